"""The writer's promises under any sequence of runs and hand edits (property tests)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import WriteConflict
from generator.write import MANIFEST_NAME, _Manifest, write_changed

NAMES = ["index.md", "people/a.md", "people/b.md", "stories/x.md", "stories/deep/y.md"]
pages = st.dictionaries(st.sampled_from(NAMES), st.sampled_from(["one", "two\n", "three\r\n\n"]), max_size=len(NAMES))
steps = st.lists(
    st.one_of(
        st.tuples(st.just("run"), pages),
        st.tuples(st.just("edit"), st.sampled_from(NAMES)),  # a person edits or creates a file
        st.tuples(st.just("delete"), st.sampled_from(NAMES)),
    ),
    max_size=10,
)


def files(content: Path) -> dict[str, bytes]:
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in content.rglob("*")
            if p.is_file() and p.name != MANIFEST_NAME}


@settings(max_examples=100, deadline=None)
@given(steps)
def test_write_never_loses_a_hand_edit_and_always_ends_in_the_pages(steps):
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        content.mkdir()
        hand: dict[str, bytes] = {}  # what people wrote, and where
        for n, (action, arg) in enumerate(steps):
            if action == "edit":
                target = content / arg
                if any(p.is_file() for p in [target, *target.parents] if p != target) or target.is_dir():
                    continue  # a file in the way of the folder, or a folder in the way: skip
                target.parent.mkdir(parents=True, exist_ok=True)
                hand[arg] = f"hand edit {n}\n".encode()
                target.write_bytes(hand[arg])
            elif action == "delete":
                (content / arg).unlink(missing_ok=True)
                hand.pop(arg, None)
            else:
                before = files(content)
                try:
                    report = write_changed(arg, content)
                except WriteConflict:
                    assert files(content) == before, "a refused run changes nothing"
                    continue
                after = files(content)
                for path, data in hand.items():
                    assert after.get(path) == data, f"hand edit of {path} lost"
                expected = {p: (t.replace("\r\n", "\n").rstrip("\n") + "\n").encode() for p, t in arg.items()}
                assert {p: after[p] for p in expected} == expected
                assert set(after) <= set(expected) | set(hand), "stale generated pages are removed"
                assert write_changed(arg, content).written == (), "a second run writes nothing"
                assert set(report.written) | set(report.unchanged) == set(arg)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(), st.text()), st.dictionaries(st.text(), st.text()))
def test_write_manifest_bytes_are_the_indented_json_tools_expect(files, pending):
    # The manifest is made without json's (slow) indenting encoder: its bytes must not change.
    expected: dict[str, object] = {"format": 1, "files": dict(sorted(files.items()))}
    if pending:
        expected["pending"] = dict(sorted(pending.items()))

    made = _Manifest(files, pending).to_bytes()

    assert made == (json.dumps(expected, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
