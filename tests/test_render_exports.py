"""Render stage: the data exports (JSON, CSV, TimelineJS) and the Atom feed."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from generator.render import render_pages
from generator.render.exports import FEED_ENTRIES, STATEMENT_FIELDS
from tests.render_sites import hostile_site

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return render_pages(hostile_site())


def test_render_statements_json_has_every_statement_with_every_field(files):
    site = hostile_site()
    records = json.loads(files["exports/statements.json"])
    assert [r["id"] for r in records] == [s.id for s in site.statements]
    assert all(tuple(r) == STATEMENT_FIELDS for r in records)
    peace = next(r for r in records if r["outlet"] == "plain-post")
    assert peace["quote"] == "Peace {{ x }} is [near](javascript:alert(1)) {: onclick=x} <b>now</b>!"
    assert peace["venue"] == "<i>Hall</i> {: onclick=x}"
    assert peace["date"] == "2024-04-30" and peace["date_basis"] == "context"
    assert peace["role"] == "Minister of [Peace](javascript:x)"
    bob = next(r for r in records if r["speaker"].startswith("Bob"))
    assert bob["date"] is None and bob["via"] == ["<b>Agency</b>"]
    grouped = [r["utterance"] for r in records if r["quote"].startswith("Peace")]
    assert grouped == ["u-peace", "u-peace"]


def test_render_statements_csv_matches_the_json(files):
    rows = list(csv.DictReader(io.StringIO(files["exports/statements.csv"])))
    records = json.loads(files["exports/statements.json"])
    assert len(rows) == len(records)
    for row, record in zip(rows, records):
        assert tuple(row) == STATEMENT_FIELDS
        assert row["quote"] == record["quote"]
        assert row["via"] == "; ".join(record["via"])
        assert row["start"] == str(record["start"])
        assert row["date"] == (record["date"] or "")


def test_render_timelinejs_export_has_dated_events_with_escaped_text(files):
    document = json.loads(files["exports/timeline-hostile-story.json"])
    assert document["title"]["text"]["headline"].startswith("&lt;script&gt;")
    events = document["events"]
    assert [e["start_date"] for e in events] == [
        {"year": "2024", "month": "4", "day": "30"},
        {"year": "2024", "month": "5", "day": "1"},
    ]  # Bob's undated quote has no place on a TimelineJS timeline
    assert all("<script" not in e["text"]["headline"] + e["text"]["text"] for e in events)
    assert "Evil [Times](javascript:x), Plain Post" in events[0]["text"]["text"]


def test_render_feed_is_atom_dated_from_content(files):
    feed = ET.fromstring(files["feed.xml"].encode("utf-8"))
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}updated") == "2024-05-02T00:00:00+00:00"
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert titles[0].startswith("Briefing: <script>")  # newest first; text, escaped by the XML
    assert "Ann <script>alert(1)</script> Minister, 30 April 2024" in titles
    assert all(e.findtext(f"{ATOM}id").startswith("urn:uuid:") for e in entries)
    links = [e.find(f"{ATOM}link").get("href") for e in entries]
    assert "briefings/hostile-story/" in links
    assert all(not link.startswith(("http", "/")) for link in links), "relative to the feed's own URL"


def test_render_feed_keeps_only_the_newest_entries():
    feed = ET.fromstring(render_pages(hostile_site(extra_rows=FEED_ENTRIES + 10))["feed.xml"].encode())
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == FEED_ENTRIES
    dates = [e.findtext(f"{ATOM}updated") for e in entries]
    assert dates == sorted(dates, reverse=True)


def test_render_hands_each_file_of_a_job_to_ready_as_it_comes(files):
    given: dict[str, str] = {}

    def ready(part: dict[str, str]) -> None:
        assert not given.keys() & part.keys(), "each file is handed over once"
        given.update(part)

    assert render_pages(hostile_site(), ready=ready) == files
    assert {path: files[path] for path in given} == given
    # Only the listings come at the end, after the files joined from every story's part.
    assert set(files) - set(given) == {"index.md", "briefings/index.md", "people/index.md", "outlets/index.md",
                                       "downloads.md", "tags.md"}
    assert list(given)[-3:] == ["exports/statements.json", "exports/statements.csv", "feed.xml"]
