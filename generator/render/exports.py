"""Data files next to the pages: statements as JSON and CSV, TimelineJS files, the Atom feed.

All are deterministic: rows in the site's order, dates from the content (never the clock).
"""

from __future__ import annotations

import csv
import datetime as dt
import heapq
import html
import io
import json
import uuid
from collections.abc import Iterable
from typing import Any

from feedgen.feed import FeedGenerator

from generator.models import Statement, Story
from generator.render.environment import shown_text
from generator.render.index import SiteIndex
from generator.render.pages import STATEMENTS_CSV_PATH, STATEMENTS_JSON_PATH, Job, Pages
from generator.render.views import briefing_path, day_text, story_timeline_export_path
from generator.write import EncodedPage, encode_text

FEED_ENTRIES = 50
"""The feed carries the newest entries only, so that it stays small as the site grows."""

STATEMENT_FIELDS = (
    "id", "story", "article", "outlet", "kind", "quote", "speaker", "speaker_name", "as_written",
    "role", "date", "date_basis", "venue", "via", "article_title", "article_url", "published",
    "part", "paragraph", "start", "end", "utterance", "source", "speaker_kind",
)  # fmt: skip
"""Columns of ``statements.csv`` and keys of each object of ``statements.json``."""


def statement_record(index: SiteIndex, statement: Statement) -> dict[str, object]:
    """One statement with everything known about it, JSON-ready (``via`` a list)."""
    article = index.articles[statement.article]
    return {
        "id": statement.id,
        "story": article.story,
        "article": article.id,
        "outlet": article.outlet,
        "kind": statement.kind,
        "quote": statement.quote,
        "speaker": statement.speaker,
        "speaker_name": statement.speaker_name,
        "as_written": statement.as_written,
        "role": index.role_of(statement),
        "date": statement.date.isoformat() if statement.date else None,
        "date_basis": statement.date_basis,
        "venue": statement.venue,
        "via": list(statement.via or article.via),
        "article_title": article.title,
        "article_url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "part": statement.part,
        "paragraph": statement.paragraph,
        "start": statement.start,
        "end": statement.end,
        "utterance": index.row_of[statement.id].id,
        "source": str(statement.source),
        "speaker_kind": statement.speaker_kind,
    }


def statements_json(lines: list[bytes]) -> bytes:
    """A JSON array with one statement a line (from :func:`statement_lines`): as diffable as
    an indented file."""
    # One join, one copy of the bytes ("[" + a + "]" makes three, 40 MB each at 10,000 articles).
    parts = [b"[\n"]
    for line in lines:
        parts += (line, b",\n")
    if lines:
        parts.pop()
    parts.append(b"\n]\n")
    return b"".join(parts)


_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False)
"""One encoder for every line (``json.dumps`` with an option builds one a call)."""


def statement_lines(records: list[dict[str, object]]) -> bytes:
    """The records as lines of ``statements.json``, UTF-8, written by the json module's C
    encoder (``indent`` falls back to pure Python, seconds at 10,000 articles)."""
    return encode_text(STATEMENTS_JSON_PATH, ",\n".join(map(_LINE_ENCODER.encode, records)))


# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# ("=HYPERLINK(…)" in a quote would become a live link, "=cmd|…" worse): such cells get a
# leading apostrophe, which spreadsheets read as "this is text" and do not show.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_cell(value: object) -> object:
    """A CSV cell: None empty, a text a spreadsheet would run as a formula made text."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def statements_csv(rows: list[bytes]) -> bytes:
    """The statements as CSV, from :func:`statement_rows`."""
    return b"".join([_csv_rows([STATEMENT_FIELDS]).encode("utf-8"), *rows])


def statement_rows(records: list[dict[str, object]]) -> bytes:
    """The records as rows of ``statements.csv``, UTF-8; text cells that a spreadsheet would
    run as a formula are prefixed with an apostrophe (statements.json keeps every value exact)."""
    return encode_text(STATEMENTS_CSV_PATH, _csv_rows(_csv_cells(record) for record in records))


def _csv_cells(record: dict[str, object]) -> list[object]:
    values = {**record, "via": "; ".join(record["via"])}  # type: ignore[arg-type]
    return [_spreadsheet_cell(values[key]) for key in STATEMENT_FIELDS]


def _csv_rows(rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def timeline_json(index: SiteIndex, story_key: str) -> str:
    """The story's dated statements in TimelineJS's JSON format (its text fields are HTML)."""
    story = index.stories[story_key]
    events = []
    for row in index.rows_by_story.get(story_key, ()):
        first = row.first
        if first.date is None:
            continue  # TimelineJS needs a start date
        outlets = ", ".join(o.name for o, _ in index.outlets_carrying(row))
        words = f"“{first.quote}”" if first.is_quote else f"(reported) {first.quote}"
        events.append(
            {
                "unique_id": row.id,
                "start_date": {
                    "year": str(first.date.year),
                    "month": str(first.date.month),
                    "day": str(first.date.day),
                },
                "text": {
                    "headline": html.escape(index.speaker_of(first).name),
                    "text": f"<p>{html.escape(words)}</p><p>{html.escape(outlets)}</p>",
                },
            }
        )
    document = {
        "title": {"text": {"headline": html.escape(story.title), "text": html.escape(story.summary)}},
        "events": events,
    }
    return json.dumps(document, ensure_ascii=False) + "\n"  # no indent: the C encoder, ten times faster


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _urn(kind: str, key: str) -> str:
    # Atom ids must be absolute IRIs and stay the same across builds and hosts.
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing:{kind}:{key}").urn


def atom_feed(pages: Pages) -> str:
    """Briefings and statements, newest first, with relative links (resolved against the
    feed's own URL, so the feed is right wherever the site is hosted)."""
    index = pages.index
    stories: list[tuple[dt.date, Story]] = []
    for story in pages.stories_newest_first:
        dates = [a.published for a in index.articles_by_story.get(story.key, ()) if a.published]
        day = max(dates, default=story.period_to or story.period_from)
        if day:
            stories.append((day, story))
    rows = [(row.first.date, row) for row in index.rows if row.first.date]
    # Only entries on or after the day of the FEED_ENTRIES-th newest can make the feed:
    # the others need no id (a uuid each, a second over a large site) nor text.
    newest = heapq.nlargest(FEED_ENTRIES, (day for day, _ in [*stories, *rows]))
    cutoff = newest[-1] if len(newest) == FEED_ENTRIES else dt.date.min
    entries: list[tuple[dt.date, str, str, str, str]] = []  # (date, id, title, link, summary)
    for day, story in stories:
        if day >= cutoff:
            entries.append((day, _urn("story", story.key), f"Briefing: {story.title}",
                            _site_link(briefing_path(story.key)), story.summary))  # fmt: skip
    for day, row in rows:
        if day < cutoff:
            continue
        first = row.first
        speaker = index.speaker_of(first).name
        page, anchor = pages.card_locations[first.id]
        words = f"“{first.quote}”" if first.is_quote else first.quote
        entries.append((day, _urn("statement", row.id), f"{speaker}, {day_text(day)}",
                        _site_link(page, anchor), words))  # fmt: skip
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    entries = entries[:FEED_ENTRIES]

    feed = FeedGenerator()
    feed.id(_urn("site", "feed"))
    feed.title("Briefings: who said what, when")
    feed.link(href="./", rel="alternate")
    feed.link(href="feed.xml", rel="self")
    feed.author({"name": "Briefing site"})
    feed.language("en")
    feed.updated(_midnight(entries[0][0]) if entries else _midnight(dt.date(1970, 1, 1)))
    for day, entry_id, title, href, summary in reversed(entries):  # feedgen prepends
        entry = feed.add_entry()
        entry.id(entry_id)
        entry.title(shown_text(title))
        entry.link(href=href)
        entry.updated(_midnight(day))
        entry.published(_midnight(day))
        if summary:
            entry.summary(shown_text(summary))
    return feed.atom_str(pretty=True).decode("utf-8")


def _site_link(path: str, anchor: str = "") -> str:
    """A link from the site root (where feed.xml lives) to a page's directory URL."""
    stem = path[: -len("index.md")] if path.endswith("index.md") else path[: -len(".md")] + "/"
    return stem + (f"#{anchor}" if anchor else "")


def export_jobs(pages: Pages) -> list[Job]:
    """The data files' parts, as jobs for :func:`run_jobs`: each story's share of the
    statement files and its TimelineJS file, keyed by what they show (see
    :meth:`Pages.story_inputs`), so that a run after adding one article encodes the
    statements and the timeline of its story only. :func:`render_exports` makes the files
    of their values."""
    index = pages.index
    return [*(_statements_share(pages, key) for key in index.articles_by_story),
            *(_timeline_export(pages, story) for story in index.site.stories)]


def export_file(pages: Pages, number: int, value: Any) -> dict[str, Any]:
    """The file the ``number``-th job of :func:`export_jobs` makes on its own, from its
    value: a story's TimelineJS file; none for a story's share of the statement files (they
    are joined by :func:`render_exports`)."""
    shares = len(pages.index.articles_by_story)
    return {story_timeline_export_path(pages.index.site.stories[number - shares].key): value} if number >= shares else {}


def render_exports(pages: Pages, values: list[Any], *, encoded: bool = False) -> dict[str, str | EncodedPage]:
    """The data files but the feed (:func:`atom_feed`), from the values of :func:`export_jobs`. ``encoded``: the statement
    files as the writer's :class:`EncodedPage` (tens of MB at 10,000 articles, assembled from
    their stories' shares, which are kept encoded), not as text."""
    index = pages.index
    story_count = len(index.articles_by_story)
    # The statement files list statements in the site's order of articles, not story by story.
    share_of: dict[str, tuple[bytes, bytes]] = {}
    for shares in values[:story_count]:
        share_of.update(shares)
    shares_in_order = [share_of[article.id] for article in index.site.articles]
    statement_files = {
        STATEMENTS_JSON_PATH: statements_json([lines for lines, _ in shares_in_order if lines]),
        STATEMENTS_CSV_PATH: statements_csv([rows for _, rows in shares_in_order]),
    }
    files: dict[str, str | EncodedPage] = {
        path: EncodedPage.of_data(data) if encoded else data.decode("utf-8") for path, data in statement_files.items()}
    for number, value in enumerate(values[story_count:], start=story_count):
        files.update(export_file(pages, number, value))
    return files


def _timeline_export(pages: Pages, story: Story) -> Job:
    index = pages.index
    return lambda memo: memo("timeline export", (pages.story_inputs(story.key),), lambda: timeline_json(index, story.key))


def _statements_share(pages: Pages, key: str) -> Job:
    """The job giving, for each article of the story ``key``, its id and (statements.json
    lines, statements.csv rows) of its statements."""
    index = pages.index

    def shares() -> tuple[tuple[str, tuple[bytes, bytes]], ...]:
        parts = []
        for article in index.articles_by_story[key]:
            records = [statement_record(index, s) for s in index.statements_by_article.get(article.id, ())]
            parts.append((article.id, (statement_lines(records), statement_rows(records))))
        return tuple(parts)

    return lambda memo: memo("statements export", (pages.story_inputs(key),), shares)
