"""Progress bar on a terminal, plain summary everywhere."""

from __future__ import annotations

import datetime as dt
import io

from generator.cache import StageCounts
from generator.models import Person, Registry, Statement
from generator.report import RunFacts, format_summary, progress
from generator.write import WriteReport


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_report_progress_draws_a_bar_on_a_terminal_and_erases_it():
    stream = Terminal()

    assert list(progress(range(200), "analysing", stream)) == list(range(200))

    drawn = stream.getvalue()
    assert "analysing [" in drawn and "100/200" in drawn
    assert drawn.endswith("\r") and drawn.rsplit("\r", 2)[-2].strip() == ""


def test_report_progress_draws_nothing_when_not_a_terminal():
    stream = io.StringIO()
    assert list(progress(range(200), "analysing", stream)) == list(range(200))
    assert stream.getvalue() == ""


def statement(n: int, speaker: str, date: dt.date | None) -> Statement:
    return Statement(id=f"s{n}", article="a", quote="words", kind="quote", speaker=speaker, speaker_name=speaker,
                     as_written=speaker, start=0, end=5, paragraph=1, date=date)


def test_report_summary_counts_articles_statements_pages_and_warnings():
    registry = Registry(people={"zhang-jun": Person("zhang-jun", "Zhang Jun")})
    statements = [statement(1, "zhang-jun", dt.date(2022, 4, 6)), statement(2, "Li Wei", None),
                  statement(3, "Li Wei", dt.date(2022, 4, 6)), statement(4, "Ann Bo", None)]
    written = WriteReport(written=("a.md",), unchanged=("b.md", "c.md"), removed=("d.md",))

    facts = RunFacts.of(1001, statements, registry)
    text = format_summary(facts, written, {"analyse": StageCounts(reused=1000, computed=1)})

    assert text.splitlines() == [
        "articles read:    1001 (1 analysed, 1000 unchanged)",
        "statements found: 4",
        "pages:            1 written, 2 unchanged, 1 removed",
        "warnings:         2 unknown speakers (briefing check lists them), 2 undated statements",
    ]
