"""Listing pages split into pages of a fixed size, so that no page grows with the site.

Page 1 of a listing lives at its own path (``timeline.md``); page *n* at ``<base>/page/<n>.md``
(``timeline/page/2.md``). Slugs never contain ``/``, so these paths cannot meet a story,
person or outlet page.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

Item = TypeVar("Item")


@dataclass(frozen=True)
class PageLink:
    number: int
    path: str


@dataclass(frozen=True)
class Slice(Generic[Item]):
    """One page of a listing: its items, its path, and the paths of all its pages."""

    number: int
    path: str
    items: tuple[Item, ...]
    pages: tuple[PageLink, ...]

    @property
    def count(self) -> int:
        return len(self.pages)

    @property
    def previous(self) -> PageLink | None:
        return self.pages[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> PageLink | None:
        return self.pages[self.number] if self.number < len(self.pages) else None


def page_path(first: str, number: int) -> str:
    """The path of page ``number`` of the listing whose first page is ``first``."""
    if number == 1:
        return first
    stem = first[: -len(".md")]
    base = posixpath.dirname(stem) if posixpath.basename(stem) == "index" else stem
    return f"{base}/page/{number}.md"


def paginate(items: Sequence[Item], per_page: int, first: str) -> tuple[Slice[Item], ...]:
    """``items`` cut into pages of ``per_page``; an empty listing still has its first page."""
    count = max(1, -(-len(items) // per_page))
    pages = tuple(PageLink(n, page_path(first, n)) for n in range(1, count + 1))
    return tuple(
        Slice(link.number, link.path, tuple(items[(link.number - 1) * per_page : link.number * per_page]), pages)
        for link in pages
    )
