"""Lookups the page renderers share, computed once per site.

The pipeline hands the render stage flat tuples; every page needs to go from a statement to
its article, outlet, story and utterance, or from a speaker to a page. :class:`SiteIndex`
holds those maps and the display order of utterances, so that each page only selects.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass
from typing import Literal

from slugify import slugify

from generator.models import Article, Echo, Outlet, Person, Site, Statement, Story, Utterance

UNATTRIBUTED = "Unattributed"
"""What a card shows for words whose speaker the text does not tell."""

SpeakerGroup = Literal["person", "body"]


@dataclass(frozen=True)
class Speaker:
    """Someone quoted: a registry entry, a name only the articles give, or (``slug`` empty:
    no page) a speaker the text does not identify."""

    slug: str
    """The page's slug; empty for a description ("a spokesman"), a surname alone, or no
    speaker, which get no page: equal words in two articles need not mean one speaker."""
    name: str
    person: Person | None
    group: SpeakerGroup = "person"
    """``body`` for organisations and countries, listed apart from people."""

    @property
    def in_registry(self) -> bool:
        return self.person is not None


@dataclass(frozen=True)
class Row:
    """One utterance as a timeline shows it: the statements that carry it, first one first.

    With an empty alignment every statement is its own row.
    """

    id: str
    story: str
    statements: tuple[Statement, ...]

    @functools.cached_property
    def first(self) -> Statement:
        # (cached: sorting and grouping a large site's rows asks hundreds of thousands of times)
        return self.statements[0]

    @property
    def date(self) -> dt.date | None:
        return self.first.date


def _row_sort_key(row: Row) -> tuple[int, dt.date, str, int, str]:
    # Undated rows go last; then article and offset keep one article's rows in text order.
    first = row.first
    return (first.date is None, first.date or dt.date.min, first.article, first.start, row.id)


def speaker_slug(statement: Statement, people: dict[str, Person]) -> str:
    """The person-page slug of a statement's speaker: the registry key, else a slug of the
    name (a name that slugs to a registry key gets a suffix from its own text); empty when
    the speaker gets no page.

    A page is for a speaker known by name across articles: a registry entry, an organisation
    or a country, or a person the text names in full ("Robin Butler", "Lord Butler"). A
    description ("a spokesman") names nobody, and a surname alone ("Mr Howard") may be
    anyone of that name in another article (the registry's aliases tell whom): neither
    gets a page, nor merges with another article's."""
    if statement.speaker in people:
        return statement.speaker
    name = statement.speaker_name or statement.speaker
    if not statement.speaker_named or not has_page(statement.speaker_kind, name):
        return ""
    slug = slugify(name)
    if not slug:
        return ""
    if slug in people:
        digest = hashlib.sha1(statement.speaker_name.encode("utf-8")).hexdigest()[:6]
        return f"{slug}-{digest}"
    return slug


def has_page(kind: str, name: str) -> bool:
    """Whether a speaker not in the registry, of this kind and name, gets a page: a named
    body does, a person only when named in full (more than a surname)."""
    return speaker_group(kind) == "body" or len(name.split()) > 1


def speaker_group(kind: str) -> SpeakerGroup:
    """How a speaker of this kind (a statement's or a registry entry's) is listed:
    organisations and countries as a ``body``, apart from people."""
    return "body" if kind in ("organization", "country") else "person"


_NOT_IN_ANCHOR = re.compile(r"[^A-Za-z0-9_-]")


def statement_anchor(statement_id: str) -> str:
    """The HTML id of a statement's card: ``s-`` and the id with anything outside
    ``[A-Za-z0-9_-]`` replaced, so it is safe in a URL fragment and an attribute."""
    return "s-" + _NOT_IN_ANCHOR.sub("-", statement_id)


class SiteIndex:
    """Maps and orders over one :class:`Site`; built once, read by every page renderer."""

    def __init__(self, site: Site):
        self.site = site
        self.people: dict[str, Person] = site.registry.people
        self.outlets: dict[str, Outlet] = site.registry.outlets
        self.articles: dict[str, Article] = {a.id: a for a in site.articles}
        self.stories: dict[str, Story] = {s.key: s for s in site.stories}
        self.statements: dict[str, Statement] = {s.id: s for s in site.statements}
        self._slugs: dict[tuple[str, str, str], str] = {}
        self.slug_of: dict[str, str] = {}
        """:meth:`speaker_slug` by statement id (filled with the speakers)."""
        self.rows: tuple[Row, ...] = self._rows()
        self.speakers: dict[str, Speaker] = self._speakers()

    @functools.cached_property
    def row_of(self) -> dict[str, Row]:
        """The row of each statement, by statement id."""
        return {s.id: row for row in self.rows for s in row.statements}

    @functools.cached_property
    def row_position(self) -> dict[str, int]:
        """Where each row (by id) stands in the site's time order."""
        return {row.id: i for i, row in enumerate(self.rows)}

    def _rows(self) -> tuple[Row, ...]:
        grouped: set[str] = set()
        rows: list[Row] = []
        statements = self.statements
        for utterance in self.site.alignment.utterances:
            members = tuple([statements[i] for i in utterance.statement_ids if i in statements])
            if members:
                rows.append(Row(utterance.id, utterance.story, members))
            grouped.update(utterance.statement_ids)  # (ids the site lacks match none of its statements)
        for statement in self.site.statements:
            if statement.id not in grouped:
                rows.append(Row(statement.id, self.story_of(statement), (statement,)))
        return tuple(sorted(rows, key=_row_sort_key))

    def _speakers(self) -> dict[str, Speaker]:
        """The speakers with a page, by slug."""
        found: dict[str, Speaker] = {}
        for key, person in self.people.items():
            found[key] = Speaker(key, person.name, person, speaker_group(person.kind))
        for statement in self.site.statements:
            slug = self.slug_of[statement.id] = self.speaker_slug(statement)
            if slug and slug not in found:
                found[slug] = Speaker(slug, statement.speaker_name or statement.speaker, None,
                                      speaker_group(statement.speaker_kind))
        return dict(sorted(found.items()))

    def speaker_slug(self, statement: Statement) -> str:
        key = (statement.speaker, statement.speaker_name, statement.speaker_kind)
        if key not in self._slugs:
            self._slugs[key] = speaker_slug(statement, self.people)
        return self._slugs[key]

    def speaker_of(self, statement: Statement) -> Speaker:
        """The speaker with a page, or one without (``slug`` empty) named as the text gives it."""
        slug = self.speaker_slug(statement)
        if slug:
            return self.speakers[slug]
        name = statement.speaker_name or statement.speaker or UNATTRIBUTED
        if statement.speaker_kind == "description":
            name = name[:1].upper() + name[1:]  # it opens the line that names the speaker
        return Speaker("", name, None)

    def story_of(self, statement: Statement) -> str:
        return self.articles[statement.article].story

    def outlet_of(self, article: Article) -> Outlet:
        """The registry entry, or a bare one named after the key when the registry lacks it."""
        return self.outlets.get(article.outlet) or Outlet(key=article.outlet, name=article.outlet)

    def role_of(self, statement: Statement) -> str:
        """The role the statement names, else the registry's role on the statement's date."""
        if statement.role:
            return statement.role
        person = self.people.get(statement.speaker)
        return (person.role_on(statement.date) or "") if person else ""

    @functools.cached_property
    def outlet_keys_by_name(self) -> dict[str, str]:
        """Registry outlet keys by casefolded name, for credits printed as names."""
        return {outlet.name.casefold(): key for key, outlet in self.outlets.items()}

    @functools.cached_property
    def rows_by_story(self) -> dict[str, tuple[Row, ...]]:
        return _group(self.rows, lambda row: row.story)

    @functools.cached_property
    def utterances_by_story(self) -> dict[str, tuple[Utterance, ...]]:
        return _group(self.site.alignment.utterances, lambda utterance: utterance.story)

    @functools.cached_property
    def echoes_by_story(self) -> dict[str, tuple[Echo, ...]]:
        return _group(self.site.alignment.echoes, lambda echo: self.story_of(self.statements[echo.first]))

    @functools.cached_property
    def rows_by_speaker(self) -> dict[str, tuple[Row, ...]]:
        return _group(self.rows, lambda row: self.slug_of[row.first.id])

    @functools.cached_property
    def articles_by_story(self) -> dict[str, tuple[Article, ...]]:
        return _group(self.site.articles, lambda a: a.story)

    @functools.cached_property
    def articles_by_outlet(self) -> dict[str, tuple[Article, ...]]:
        return _group(self.site.articles, lambda a: a.outlet)

    @functools.cached_property
    def statements_by_article(self) -> dict[str, tuple[Statement, ...]]:
        return _group(self.site.statements, lambda s: s.article)

    def outlets_carrying(self, row: Row) -> tuple[tuple[Outlet, Statement], ...]:
        """Each outlet that printed the row's words, with its first printing, in row order."""
        seen: dict[str, tuple[Outlet, Statement]] = {}
        for statement in row.statements:
            outlet = self.outlet_of(self.articles[statement.article])
            seen.setdefault(outlet.key, (outlet, statement))
        return tuple(seen.values())


def _group(items, key) -> dict:
    grouped: dict = {}
    for item in items:
        grouped.setdefault(key(item), []).append(item)
    return {k: tuple(v) for k, v in grouped.items()}
