"""What a template shows of a statement, a date or a link, computed for one page.

Links are relative to the page that holds them (Markdown links between ``.md`` files, which
MkDocs rewrites to URLs and checks with ``validation``). The views hold text as data; the
templates escape it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import urllib.parse
from dataclasses import dataclass

from generator.models import DateBasis, Statement
from generator.render.index import Row, SiteIndex, Speaker, statement_anchor

_MONTHS = (
    "January February March April May June July August September October November December"
).split()

DATE_NOTES: dict[DateBasis, str] = {
    "explicit": "",
    "relative": "counted back from the publication date: the text names a weekday or “yesterday”",
    "context": "inferred from the date of the reported event",
    "publication": "the publication date; the text gives none",
    "unknown": "date unknown",
}
"""The visible explanation of a date that the text does not print."""

DATE_LABELS: dict[DateBasis, str] = {
    "explicit": "",
    "relative": "inferred",
    "context": "inferred",
    "publication": "publication date",
    "unknown": "",
}
"""The short form of the explanation, for one-line entries that link to the card."""

# Characters that would end or bend a Markdown link destination, or break an attribute.
_URL_UNSAFE = re.compile(r"[\s()<>\[\]{}\\\"'`|^]")


def day_text(day: dt.date | None) -> str:
    """``5 April 2022``: the same in every locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else "Undated"


def link(here: str, target: str, anchor: str = "") -> str:
    """The relative link from page ``here`` to content file ``target`` (both content-relative
    POSIX paths without ``..``)."""
    path = _relative(here.rpartition("/")[0], target)  # posixpath.dirname, without its checks
    return f"{path}#{anchor}" if anchor else path


@functools.lru_cache(maxsize=65536)
def _relative(directory: str, target: str) -> str:
    # posixpath.relpath resolves both paths against the working directory: slow when a
    # site has hundreds of thousands of links, and the paths here are relative already.
    source = directory.split("/") if directory else []
    parts = target.split("/")
    common = 0
    while common < min(len(source), len(parts) - 1) and source[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + parts[common:])


def external_url(url: str) -> str | None:
    """An http(s) URL made safe as a Markdown link destination, or None for any other scheme
    (``javascript:``, ``data:``), which is then shown as text and never linked."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        return None
    return _URL_UNSAFE.sub(lambda m: urllib.parse.quote(m.group(0), safe=""), url.strip())


@dataclass(frozen=True)
class DateView:
    text: str
    iso: str
    basis: DateBasis
    note: str
    label: str

    @property
    def inferred(self) -> bool:
        return self.basis != "explicit"


def date_note(statement: Statement) -> str:
    """How the statement's date is known, in words; empty when the text prints it."""
    return DATE_NOTES[statement.date_basis if statement.date else "unknown"]


def date_view(statement: Statement) -> DateView:
    return DateView(
        text=day_text(statement.date),
        iso=statement.date.isoformat() if statement.date else "",
        basis=statement.date_basis if statement.date else "unknown",
        note=date_note(statement),
        label=DATE_LABELS[statement.date_basis if statement.date else "unknown"],
    )


@dataclass(frozen=True)
class Credit:
    """An agency an article credits: linked to its outlet page when the registry has it."""

    name: str
    link: str


def credits(index: SiteIndex, via: tuple[str, ...], here: str) -> tuple[Credit, ...]:
    """The agencies of ``via``, each once: entries are outlet keys (as the importer writes
    them) or names as printed; a name the registry knows links to its outlet page."""
    seen: dict[str, Credit] = {}
    for entry in via:
        key = entry if entry in index.outlets else index.outlet_keys_by_name.get(entry.casefold())
        if key:
            seen.setdefault(key, Credit(index.outlets[key].name, link(here, outlet_path(key))))
        else:
            seen.setdefault(entry.casefold(), Credit(entry, ""))
    return tuple(seen.values())


@dataclass(frozen=True)
class Printing:
    """One outlet's printing of a card's words, linked to the exact paragraph."""

    anchor: str
    outlet: str
    article_title: str
    link: str
    paragraph: int
    part: str
    via: tuple[Credit, ...]
    words: str
    """The words as this outlet printed them when they differ from the card's, else ''."""


@dataclass(frozen=True)
class Card:
    """A statement (or an utterance several outlets printed) as a quote card or timeline entry."""

    anchor: str
    kind: str
    words: str
    speaker: str
    speaker_link: str
    """Empty when the speaker has no page (see :func:`generator.render.index.speaker_slug`)."""
    speaker_before: str
    speaker_after: str
    """The words the text puts around a body's name when someone speaks for it ("A" and
    "spokeswoman" of "a Home Office spokeswoman"), else empty."""
    role: str
    date: DateView
    venue: str
    printings: tuple[Printing, ...]
    story: str
    story_link: str
    permalink: str

    @property
    def is_quote(self) -> bool:
        return self.kind != "paraphrase"


def card(index: SiteIndex, row: Row, here: str, locations: dict[str, tuple[str, str]]) -> Card:
    """The card of ``row`` as shown on page ``here``; ``locations`` maps statement ids to the
    page and anchor of their card on the briefing pages."""
    first = row.first
    speaker = index.speaker_of(first)
    story = index.stories.get(row.story)
    printings = []
    for number, statement in enumerate(row.statements):
        article = index.articles[statement.article]
        printings.append(
            Printing(
                # The card itself carries the first statement's anchor.
                anchor=statement_anchor(statement.id) if number else "",
                outlet=index.outlet_of(article).name,
                article_title=article.title,
                link=link(here, article_path(article.id), f"p{statement.paragraph}"),
                paragraph=statement.paragraph,
                part=statement.part,
                via=credits(index, statement.via or article.via, here),
                words="" if statement.quote == first.quote else statement.quote,
            )
        )
    card_page, card_anchor = locations[first.id]
    before, after = _around_body(first.as_written, speaker)
    return Card(
        anchor=statement_anchor(first.id),
        kind=first.kind,
        words=first.quote,
        speaker=speaker.name,
        speaker_link=link(here, person_path(speaker.slug)) if speaker.slug else "",
        speaker_before=before,
        speaker_after=after,
        role=index.role_of(first),
        date=date_view(first),
        venue=first.venue or "",
        printings=tuple(printings),
        story=story.title if story else row.story,
        story_link=link(here, briefing_path(row.story)),
        permalink=link(here, card_page, card_anchor),
    )


def _around_body(as_written: str, speaker: Speaker) -> tuple[str, str]:
    """The words of ``as_written`` before and after the name of the body it holds ("a Home
    Office spokeswoman", "the NAO report"): who spoke for the body, as the text says."""
    at = as_written.casefold().find(speaker.name.casefold()) if speaker.group == "body" else -1
    if at < 0 or as_written.casefold() == speaker.name.casefold():
        return "", ""
    before, after = as_written[:at], as_written[at + len(speaker.name) :]
    return before[:1].upper() + before[1:], after


@dataclass(frozen=True)
class Day:
    """Consecutive cards said on one day (or all undated ones), for a timeline's day heading."""

    text: str
    iso: str
    cards: tuple[Card, ...]


def by_day(cards: tuple[Card, ...]) -> tuple[Day, ...]:
    """``cards`` (in time order) grouped into runs of one date, order kept."""
    days: list[Day] = []
    for item in cards:
        if days and days[-1].iso == item.date.iso:
            days[-1] = Day(days[-1].text, days[-1].iso, days[-1].cards + (item,))
        else:
            days.append(Day(item.date.text, item.date.iso, (item,)))
    return tuple(days)


def article_path(article_id: str) -> str:
    return f"articles/{article_id}.md"


def person_path(slug: str) -> str:
    return f"people/{slug}.md"


def outlet_path(key: str) -> str:
    return f"outlets/{key}.md"


def briefing_path(story: str) -> str:
    return f"briefings/{story}/index.md"


def comparison_path(story: str) -> str:
    return f"briefings/{story}/comparison.md"


def story_timeline_export_path(story: str) -> str:
    return f"exports/timeline-{story}.json"
