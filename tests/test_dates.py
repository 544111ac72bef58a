"""Dates stage: when it was said, resolved against the publication date, never today."""

from __future__ import annotations

import datetime as dt

import pytest

WEDNESDAY = dt.date(2022, 4, 6)

CASES = [
    ("explicit_month_day", "“Enough,” Anna Berg said on April 5.", "2022-04-05", "explicit"),
    ("explicit_day_month_year", "“Enough,” Anna Berg said on 5 April 2022.", "2022-04-05", "explicit"),
    ("explicit_last_year", "“Enough,” Anna Berg said on December 30.", "2021-12-30", "explicit"),
    ("weekday", "“Enough,” Anna Berg said on Tuesday.", "2022-04-05", "relative"),
    ("weekday_never_future", "“Enough,” Anna Berg said on Friday.", "2022-04-01", "relative"),
    ("weekday_same_day", "“Enough,” Anna Berg said Wednesday.", "2022-04-06", "relative"),
    ("yesterday", "“Enough,” Anna Berg said yesterday.", "2022-04-05", "relative"),
    ("last_week", "“Enough,” Anna Berg said last week.", "2022-03-30", "relative"),
    ("publication", "“Enough,” Anna Berg said.", "2022-04-06", "publication"),
]


@pytest.mark.parametrize("name,text,date,basis", CASES, ids=[c[0] for c in CASES])
def test_dates_forms(assert_extracts, name, text, date, basis):
    assert_extracts(text, [{"quote": "Enough", "date": dt.date.fromisoformat(date), "date_basis": basis}], published=WEDNESDAY)


def test_dates_context_from_the_lead(assert_extracts):
    text = ("Anna Berg addressed the assembly on Monday.\n\n"
            "“The plan is dead,” she said.")
    assert_extracts(text, [{"quote": "The plan is dead", "date": dt.date(2022, 4, 4), "date_basis": "context"}], published=WEDNESDAY)


def test_dates_future_explicit_date_is_not_the_statement_date(assert_extracts):
    text = "“We will vote on May 20,” Anna Berg said."
    assert_extracts(text, [{"quote": "We will vote on May 20", "date": WEDNESDAY, "date_basis": "publication"}], published=WEDNESDAY)


def test_dates_unknown_without_publication_date(assert_extracts):
    assert_extracts("“Enough,” Anna Berg said on Tuesday.", [{"quote": "Enough", "date": None, "date_basis": "unknown"}], published=None)


def test_dates_explicit_with_year_without_publication_date(assert_extracts):
    assert_extracts("“Enough,” Anna Berg said on 5 April 2022.", [{"quote": "Enough", "date": dt.date(2022, 4, 5), "date_basis": "explicit"}], published=None)


def test_dates_venue(assert_extracts):
    assert_extracts("“Enough,” Anna Berg said at a regular press conference on Tuesday.",
                    [{"quote": "Enough", "venue": "regular press conference"}], published=WEDNESDAY)


def test_dates_venue_named_briefing(assert_extracts):
    assert_extracts("“Enough,” said Li Wei during a UN Security Council briefing on Ukraine.",
                    [{"quote": "Enough", "venue": "UN Security Council briefing on Ukraine"}], published=WEDNESDAY)


def test_dates_via_source_credit(assert_extracts):
    text = "“Enough,” Anna Berg said on Tuesday. This was reported by Xinhua."
    assert_extracts(text, [{"quote": "Enough", "via": ("Xinhua",)}], published=WEDNESDAY)


def test_dates_via_according_to_agency(assert_extracts):
    text = "“Enough,” Anna Berg said on Tuesday, according to TASS."
    assert_extracts(text, [{"quote": "Enough", "via": ("TASS",), "speaker": "Anna Berg"}], published=WEDNESDAY)
