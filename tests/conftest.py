"""Shared test options and helpers: `--update-golden`, and `assert_extracts` to check the
statements found in inline text against a small table."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from generator.models import Article, Registry, Statement
from generator.statements import find_statements


def require_tool(available: bool, reason: str) -> None:
    """Skip the calling test (or module) when a system tool is missing; under `make test`,
    which installs every tool, a missing one is a failure instead, so nothing is skipped
    silently in CI."""
    if available:
        return
    if os.environ.get("BRIEFING_REQUIRE_TEST_TOOLS") == "1":
        pytest.fail(f"{reason} (make test installs it; BRIEFING_REQUIRE_TEST_TOOLS=1 makes its absence an error)",
                    pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def make_article(text: str, published: dt.date | None = dt.date(2022, 4, 6), path: str = "articles/test/inline.txt") -> Article:
    return Article(id="inline", story="test", path=path, title="", outlet="", url="",
                   published=published, language="en", text=text)


def _matches(statement: Statement, want: dict) -> bool:
    return statement.quote.startswith(want["quote"])


def check_extracts(text: str, expected: list[dict], *, published: dt.date | None = dt.date(2022, 4, 6),
                   registry: Registry | None = None, exact: bool = True) -> tuple[Statement, ...]:
    """Every expected statement is found with the given fields; with ``exact`` nothing else
    is (paraphrases count only when one is expected)."""
    article = make_article(text, published)
    found = find_statements(article, registry or Registry())
    for s in found:
        assert article.text[s.start : s.end] == s.quote
    for want in expected:
        hits = [s for s in found if _matches(s, want)]
        assert hits, f"not found: {want['quote']!r} in {[s.quote for s in found]}"
        s = hits[0]
        for key, value in want.items():
            if key == "quote":
                continue
            got = getattr(s, key)
            if key == "speaker":
                got = s.speaker_name
            if key == "date" and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            assert got == value, f"{want['quote']!r}: {key} is {got!r}, expected {value!r}"
    if exact:
        wanted_kinds = {w.get("kind") for w in expected}
        counted = [s for s in found if s.kind != "paraphrase" or "paraphrase" in wanted_kinds]
        assert len(counted) == len(expected), f"extra statements: {[s.quote for s in counted]}"
    return found


@pytest.fixture
def assert_extracts():
    return check_extracts


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files under tests/golden/ from the current output instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
