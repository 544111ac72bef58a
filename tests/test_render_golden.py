"""Golden tree: the seed articles through the whole pipeline, compared file by file.

``tests/golden/seeds/articles`` is the input (the two seeds as imported, with the registry
and story.yml); ``tests/golden/seeds/expected`` is what ``generator.build`` writes into
content/. A change in output shows as a unified diff; when it is intended, rewrite the
expected tree with ``pytest tests/test_render_golden.py --update-golden`` and review the
diff in git.
"""

from __future__ import annotations

import difflib
import pathlib
import shutil

from tests.render_sites import generate_project

EXPECTED = pathlib.Path(__file__).resolve().parent / "golden" / "seeds" / "expected"
MANIFEST = ".briefing-manifest.json"


def _tree(root: pathlib.Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text("utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def test_render_seed_site_matches_golden_tree(tmp_path, update_golden):
    generated = _tree(generate_project(tmp_path) / "content")
    if update_golden:
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for path, text in generated.items():
            target = EXPECTED / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
    expected = _tree(EXPECTED)
    assert sorted(generated) == sorted(expected), "pages added or gone (run with --update-golden if intended)"
    diffs = [
        "".join(difflib.unified_diff(expected[p].splitlines(True), generated[p].splitlines(True), f"expected/{p}", p))
        for p in sorted(generated)
        if generated[p] != expected[p]
    ]
    assert not diffs, "\n".join(diffs)
