"""The plain data objects the pipeline stages pass to each other.

All are frozen: a stage returns new objects instead of changing the ones it was given.
Every object derived from input keeps the :class:`SourceRef` it came from, so that any
warning about it can point at the file and line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

StatementKind = Literal["quote", "fragment", "paraphrase"]
"""``quote``: a full quoted sentence; ``fragment``: quoted words inside the narrator's own
sentence; ``paraphrase``: reported speech without quotation marks."""

DateBasis = Literal["explicit", "relative", "context", "publication", "unknown"]
"""How a statement's date is known: printed (``explicit``), a weekday or ``yesterday``
resolved against the publication date (``relative``), inherited from the event the
article's lead dates (``context``), or only the publication date (``publication``)."""

PartName = Literal["headline", "standfirst", "body"]

SpeakerKind = Literal["person", "organization", "country", "description", ""]
"""What a statement's speaker is: a ``person``, an ``organization`` or a ``country`` the text
names; a ``description`` when the text only says what the speaker is, not who ("a
spokesman", "one official", "the committee"); ``""`` when no speaker can be told."""


@dataclass(frozen=True, order=True)
class SourceRef:
    """A place in an input file: project-relative POSIX path, 1-based line and column
    (0 when unknown)."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line and self.col:
            return f"{self.path}:{self.line}:{self.col}"
        if self.line:
            return f"{self.path}:{self.line}"
        return self.path


@dataclass(frozen=True)
class Role:
    """A position a person held, open-ended when ``until`` is None."""

    title: str
    since: dt.date | None = None
    until: dt.date | None = None

    def held_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.until is None
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Person:
    """An entry of ``articles/people.yml``."""

    key: str
    name: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    organization: str = ""
    country: str = ""
    kind: Literal["person", "organization", "country"] = "person"
    source: SourceRef = SourceRef("articles/people.yml")

    def role_on(self, day: dt.date | None) -> str | None:
        """The title held on ``day`` (the latest started one when several overlap)."""
        held = [r for r in self.roles if r.held_on(day)]
        if not held:
            return None
        return max(held, key=lambda r: r.since or dt.date.min).title


@dataclass(frozen=True)
class Outlet:
    """An entry of ``articles/outlets.yml``."""

    key: str
    name: str
    country: str = ""
    url: str = ""
    kind: Literal["agency", "state media", "public broadcaster", "private"] = "private"
    language: str = ""
    source: SourceRef = SourceRef("articles/outlets.yml")


@dataclass(frozen=True)
class Registry:
    """People and outlets, keyed by slug, in key order."""

    people: dict[str, Person] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)

    def lacks_speaker(self, statement: Statement) -> bool:
        """Whether the statement names a speaker ``people`` lacks (one to curate; a
        description such as "a spokesman" names nobody)."""
        return statement.speaker_named and statement.speaker not in self.people


@dataclass(frozen=True)
class Story:
    """A folder of ``articles/`` with its ``story.yml``."""

    key: str
    title: str
    summary: str = ""
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    tags: tuple[str, ...] = ()
    framing_terms: tuple[str, ...] = ()
    source: SourceRef = SourceRef("articles")


@dataclass(frozen=True)
class Article:
    """One article file: its front matter and its text.

    ``text`` is the whole file as decoded (BOM removed, newlines as ``\\n``); every offset
    anywhere in the pipeline indexes it. ``body_start`` is where the body begins, after the
    front matter (0 for a raw text file).
    """

    id: str
    story: str
    path: str
    title: str
    outlet: str
    url: str
    published: dt.date | None
    language: str
    text: str
    body_start: int = 0
    author: str = ""
    standfirst: str = ""
    via: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    source: SourceRef = SourceRef("articles")

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article's text after cleaning; ``start``/``end`` index ``Article.text``.

    ``index`` is 1-based over the kept paragraphs (headline and standfirst included) and is
    what the article page's ``#p<index>`` anchors use.
    """

    index: int
    start: int
    end: int
    text: str
    part: PartName = "body"
    line: int = 0


@dataclass(frozen=True)
class Statement:
    """Words attributed to a speaker, with where and when they were said and where printed.

    ``start``/``end`` index ``Article.text`` so that ``text[start:end] == quote``.
    """

    id: str
    article: str
    quote: str
    kind: StatementKind
    speaker: str
    """Registry key when the speaker is in ``people.yml``, else the fullest name given."""
    speaker_name: str
    """Display name: the registry's canonical name or the fullest name the text gives."""
    as_written: str
    """The words in the text that attribute it (``he``, ``the envoy``, ``Zhang``)."""
    start: int
    end: int
    paragraph: int
    part: PartName = "body"
    role: str | None = None
    date: dt.date | None = None
    date_basis: DateBasis = "unknown"
    venue: str | None = None
    via: tuple[str, ...] = ()
    source: SourceRef = SourceRef("articles")
    speaker_kind: SpeakerKind = ""
    """What the speaker is; a ``description`` names nobody, so two equal descriptions in two
    articles ("a spokesman") are not one speaker."""

    @property
    def is_quote(self) -> bool:
        return self.kind != "paraphrase"

    @property
    def speaker_named(self) -> bool:
        """The text names the speaker, rather than only describing them or not telling:
        a name the registry could hold."""
        return bool(self.speaker) and self.speaker_kind != "description"


@dataclass(frozen=True)
class Utterance:
    """Statements of one story, across articles, that render one utterance of one speaker.

    ``statement_ids`` are ordered by (date, outlet, article, start); the first is the
    group's representative.
    """

    id: str
    story: str
    speaker: str
    date: dt.date | None
    statement_ids: tuple[str, ...]


@dataclass(frozen=True)
class Echo:
    """Near-identical words that are not one utterance.

    ``kind`` is ``echo`` when different speakers or days share the words (a talking point),
    ``conflict`` when outlets attribute one quote to different people, ``restated`` when one
    article gives the words to two speakers (an institution and its spokesperson, say).
    ``first`` and ``second`` are the ids of the two closest statements, in time order.
    """

    kind: Literal["echo", "conflict", "restated"]
    first: str
    second: str
    similarity: float
    """Token-set similarity of the two passages, 0 to 1."""
    coverage: float = 0.0
    """Share of the shorter wording's content words that the longer one has."""
    first_passage: str = ""
    second_passage: str = ""
    """The sentences of each statement that carry the shared words (the whole statement when
    it is one sentence)."""


@dataclass(frozen=True)
class Alignment:
    """What the align stage finds across outlets."""

    utterances: tuple[Utterance, ...] = ()
    echoes: tuple[Echo, ...] = ()


@dataclass(frozen=True)
class Site:
    """Everything the render stage needs: the validated input and the analysed statements.

    Tuples are in their display order: stories and articles by (date, outlet, path),
    statements by (article, start).
    """

    registry: Registry
    stories: tuple[Story, ...]
    articles: tuple[Article, ...]
    paragraphs: dict[str, tuple[Paragraph, ...]]
    """Cleaned paragraphs by article id."""
    statements: tuple[Statement, ...]
    alignment: Alignment = Alignment()
