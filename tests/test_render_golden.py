"""Golden files: the pages and exports rendered for the two seed articles.

A change in output shows as a diff against ``tests/golden/seeds/expected/``; when the change
is intended, rewrite the files with ``pytest tests/test_render_golden.py --update-golden``
and review the diff in git.
"""

from __future__ import annotations

import difflib
import pathlib

from generator.render import render_pages
from tests.render_sites import seed_site

EXPECTED = pathlib.Path(__file__).resolve().parent / "golden" / "seeds" / "expected"


def test_render_seed_pages_match_golden_files(update_golden):
    rendered = render_pages(seed_site())
    if update_golden:
        for old in EXPECTED.rglob("*"):
            if old.is_file() and old.relative_to(EXPECTED).as_posix() not in rendered:
                old.unlink()
        for path, text in rendered.items():
            target = EXPECTED / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
    expected = {
        p.relative_to(EXPECTED).as_posix(): p.read_text("utf-8") for p in sorted(EXPECTED.rglob("*")) if p.is_file()
    }
    assert sorted(rendered) == sorted(expected), "pages added or gone (run with --update-golden if intended)"
    diffs = [
        "".join(difflib.unified_diff(expected[p].splitlines(True), rendered[p].splitlines(True), f"expected/{p}", p))
        for p in sorted(rendered)
        if rendered[p] != expected[p]
    ]
    assert not diffs, "\n".join(diffs)
