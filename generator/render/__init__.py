"""Render stage: the site's Markdown pages and data files, from the analysed statements.

:func:`render_pages` is the stage's entry point; the writer puts what it returns into
``content/`` and MkDocs builds the site from there.
"""

from __future__ import annotations

from generator.cache import Memo, uncached
from generator.models import Site
from generator.render.comparison import comparison_pages
from generator.render.environment import environment
from generator.render.exports import render_exports
from generator.render.index import SiteIndex
from generator.render.pages import Pages
from generator.write import EncodedPage


def render_pages(site: Site, memo: Memo = uncached) -> dict[str, str | EncodedPage]:
    """Every generated page and export of ``site``: content-relative POSIX path -> text.
    With a cache's ``memo``, pages whose inputs did not change since an earlier run are
    reused, and every page the cache keeps comes as the writer's :class:`EncodedPage` (its
    bytes compressed, with their digest) rather than as text.

    Pages are Markdown for MkDocs; exports are JSON, CSV and an Atom feed. Raises
    ``ValueError`` if two outputs claim one path (a bug, not an input problem).
    """
    # Every template compiled here, once, before the render forks its workers (each would
    # compile its own copy).
    for template in environment().list_templates(filter_func=lambda name: name.endswith(".j2")):
        environment().get_template(template)
    pages = Pages(SiteIndex(site), memo)
    files = pages.render()
    for extra in (render_exports(pages), comparison_pages(site, memo)):
        overlap = files.keys() & extra.keys()
        if overlap:
            raise ValueError(f"two outputs for one path: {sorted(overlap)}")
        files.update(extra)
    return dict(sorted(files.items()))
