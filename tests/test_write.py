"""The write stage: only changed files written, only its own files touched, atomic runs."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from generator import write as write_module
from generator.errors import UnsafeOutput, WriteConflict
from generator.cache import tree_stats
from generator.write import MANIFEST_NAME, EncodedPage, PageWriter, write_changed

PAGES = {
    "index.md": "# Briefings\n",
    "stories/china-bucha-2022.md": "# China's line on Bucha\n\nZhang said “facts”.\n",
    "people/zhang-jun.md": "# Zhang Jun\n",
    "outlets/infobae.md": "# Infobae\n",
}


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (manifest included) by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return tmp_path / "content"


def test_write_creates_pages_as_utf8_lf_with_one_trailing_newline(content):
    report = write_changed({"a.md": "line one\r\nline “two”\n\n\n", "b/c.md": "no newline"}, content)

    assert (content / "a.md").read_bytes() == "line one\nline “two”\n".encode()
    assert (content / "b/c.md").read_bytes() == b"no newline\n"
    assert report.written == ("a.md", "b/c.md")


def test_write_second_run_with_same_pages_writes_nothing(content):
    write_changed(PAGES, content)
    before_bytes, before_times = tree(content), mtimes(content)

    report = write_changed(PAGES, content)

    assert report.written == () and report.removed == ()
    assert report.unchanged == tuple(sorted(PAGES))
    assert tree(content) == before_bytes
    assert mtimes(content) == before_times


def test_write_rewrites_only_the_page_that_changed(content):
    write_changed(PAGES, content)
    before = mtimes(content)

    report = write_changed({**PAGES, "people/zhang-jun.md": "# Zhang Jun\n\nAmbassador.\n"}, content)

    assert report.written == ("people/zhang-jun.md",)
    after = mtimes(content)
    changed = {p for p in after if after[p] != before.get(p)}
    assert changed == {"people/zhang-jun.md", MANIFEST_NAME}


def test_write_manifest_lists_each_file_with_its_sha256(content):
    write_changed(PAGES, content)

    manifest = json.loads((content / MANIFEST_NAME).read_text("utf-8"))

    assert list(manifest["files"]) == sorted(PAGES)
    import hashlib

    for path, digest in manifest["files"].items():
        assert hashlib.sha256((content / path).read_bytes()).hexdigest() == digest


def test_write_removes_a_generated_page_no_longer_produced_and_its_empty_folder(content):
    write_changed(PAGES, content)

    report = write_changed({k: v for k, v in PAGES.items() if k != "outlets/infobae.md"}, content)

    assert report.removed == ("outlets/infobae.md",)
    assert not (content / "outlets").exists()
    assert "outlets/infobae.md" not in json.loads((content / MANIFEST_NAME).read_text())["files"]


def test_write_never_touches_hand_written_files_beside_generated_ones(content):
    (content / "stylesheets").mkdir(parents=True)
    (content / "stylesheets/briefing.css").write_text(".card { color: red }\n")
    (content / "about.md").write_text("# About us\n")
    (content / "outlets").mkdir()
    (content / "outlets/notes.md").write_text("my notes\n")
    write_changed(PAGES, content)

    write_changed({"index.md": "# Only this\n"}, content)  # every other generated page goes

    assert (content / "stylesheets/briefing.css").read_text() == ".card { color: red }\n"
    assert (content / "about.md").read_text() == "# About us\n"
    assert (content / "outlets/notes.md").read_text() == "my notes\n"
    assert not (content / "outlets/infobae.md").exists()


def test_write_refuses_to_overwrite_a_hand_edit_and_says_what_to_do(content):
    write_changed(PAGES, content)
    (content / "people/zhang-jun.md").write_text("# Zhang Jun\n\nMy own notes.\n")
    before = tree(content)

    with pytest.raises(WriteConflict) as caught:
        write_changed({**PAGES, "index.md": "# New home\n", "people/zhang-jun.md": "# Zhang Jun v2\n"}, content)

    message = str(caught.value)
    assert "people/zhang-jun.md" in message
    assert "--force" in message and "move your edit" in message
    assert tree(content) == before, "a conflict must stop the run before anything is written"


def test_write_keeps_a_hand_edit_even_when_the_page_itself_did_not_change(content):
    """The page renders as before, but the file on disk is not what the writer wrote."""
    write_changed(PAGES, content)
    (content / "index.md").write_text("# Edited by hand\n")

    with pytest.raises(WriteConflict, match="index.md"):
        write_changed(PAGES, content)

    assert (content / "index.md").read_text() == "# Edited by hand\n"


def test_write_names_every_conflict_at_once(content):
    write_changed(PAGES, content)
    (content / "index.md").write_text("edit one\n")
    (content / "outlets/infobae.md").write_text("edit two\n")
    (content / "stories/new.md").write_text("a page of my own where a new page would go\n")

    with pytest.raises(WriteConflict) as caught:
        write_changed({k: v for k, v in PAGES.items() if k != "outlets/infobae.md"} | {"stories/new.md": "x"}, content)

    message = str(caught.value)
    for name in ("index.md", "outlets/infobae.md", "stories/new.md"):
        assert name in message
    assert "delete" in message  # the stale edited page would have been removed


def test_write_refuses_to_delete_a_stale_page_edited_by_hand(content):
    write_changed(PAGES, content)
    (content / "outlets/infobae.md").write_text("# Infobae\n\nkeep this\n")

    with pytest.raises(WriteConflict, match="outlets/infobae.md"):
        write_changed({k: v for k, v in PAGES.items() if k != "outlets/infobae.md"}, content)

    assert (content / "outlets/infobae.md").read_text() == "# Infobae\n\nkeep this\n"


def test_write_force_takes_over_hand_edits_and_owns_them_afterwards(content):
    write_changed(PAGES, content)
    (content / "index.md").write_text("hand edit\n")
    (content / "outlets/infobae.md").write_text("hand edit\n")
    smaller = {k: v for k, v in PAGES.items() if k != "outlets/infobae.md"}

    report = write_changed(smaller, content, force=True)

    assert report.taken_over == ("index.md", "outlets/infobae.md")
    assert (content / "index.md").read_text() == PAGES["index.md"]
    assert not (content / "outlets/infobae.md").exists()
    assert write_changed({**smaller, "index.md": "# Next\n"}, content).written == ("index.md",)


def test_write_adopts_a_file_that_already_holds_the_page(content):
    content.mkdir()
    (content / "index.md").write_text(PAGES["index.md"])

    report = write_changed(PAGES, content)

    assert "index.md" in report.unchanged
    assert "index.md" in json.loads((content / MANIFEST_NAME).read_text())["files"]


def test_write_recreates_a_generated_page_deleted_by_hand(content):
    write_changed(PAGES, content)
    (content / "index.md").unlink()

    assert write_changed(PAGES, content).written == ("index.md",)
    assert (content / "index.md").read_text() == PAGES["index.md"]


def test_write_same_pages_in_any_order_give_identical_trees(tmp_path):
    items = list(PAGES.items()) + [(f"people/p{i}.md", f"# P{i}\n") for i in range(30)]
    trees = []
    for seed in range(3):
        random.Random(seed).shuffle(items)
        write_changed(dict(items), tmp_path / str(seed))
        trees.append(tree(tmp_path / str(seed)))
    assert trees[0] == trees[1] == trees[2]


@pytest.mark.parametrize(
    "path",
    ["../escape.md", "/etc/passwd", "a/../../b.md", "a//b.md", "./a.md", "a\\b.md", "", ".hidden.md",
     f"{MANIFEST_NAME}", "people/.x.md.briefing-tmp"],
)
def test_write_refuses_a_path_that_leaves_content_or_is_reserved(content, path):
    with pytest.raises(UnsafeOutput):
        write_changed({"index.md": "ok", path: "bad"}, content)
    assert not (content / "index.md").exists()


def test_write_refuses_a_path_through_a_symlink_out_of_content(tmp_path, content):
    outside = tmp_path / "outside"
    outside.mkdir()
    content.mkdir()
    (content / "people").symlink_to(outside, target_is_directory=True)

    with pytest.raises(UnsafeOutput, match="link"):
        write_changed({"people/zhang-jun.md": "x"}, content)
    assert list(outside.iterdir()) == []


def test_write_refuses_two_pages_on_one_file_of_a_case_insensitive_file_system(content):
    with pytest.raises(UnsafeOutput, match="case-insensitive"):
        write_changed({"people/Zhang.md": "a", "people/zhang.md": "b"}, content)


def test_write_refuses_a_page_whose_folder_is_also_a_page(content):
    with pytest.raises(UnsafeOutput, match="also a page"):
        write_changed({"people": "a", "people/zhang.md": "b"}, content)


def test_write_does_not_replace_a_symlink_it_did_not_make(tmp_path, content):
    content.mkdir()
    target = tmp_path / "mine.md"
    target.write_text("mine\n")
    (content / "index.md").symlink_to(target)

    with pytest.raises(WriteConflict, match="index.md"):
        write_changed(PAGES, content)
    assert target.read_text() == "mine\n"


def test_write_starts_a_new_manifest_when_it_is_unreadable_and_deletes_nothing(content):
    write_changed(PAGES, content)
    (content / MANIFEST_NAME).write_text("{ not json")

    report = write_changed({"index.md": PAGES["index.md"]}, content)

    assert any("unreadable manifest" in note for note in report.notes)
    assert (content / "people/zhang-jun.md").exists(), "without a manifest the writer owns nothing"


class InjectedCrash(Exception):
    pass


def crash_after(monkeypatch, renames: int) -> None:
    """Make the ``renames``+1-th os.replace of the writer fail."""
    real_replace = os.replace
    calls = {"n": 0}

    def replace(src, dst):
        if calls["n"] == renames:
            raise InjectedCrash(f"crash before rename {renames + 1}")
        calls["n"] += 1
        real_replace(src, dst)

    monkeypatch.setattr(write_module.os, "replace", replace)


def many_pages(version: str, count: int = 12) -> dict[str, str]:
    return {f"people/p{i:02}.md": f"# Person {i}\n\n{version}\n" for i in range(count)}


# 14 renames: the journal, 12 pages, the final manifest; a crash can come before any of them.
@pytest.mark.parametrize("renames", range(14))
def test_write_interrupted_run_keeps_pages_readable_and_the_next_run_completes(monkeypatch, content, renames):
    old, new, newer = many_pages("old"), many_pages("new"), many_pages("newer")
    old["stale.md"] = "# Gone next run\n"
    (content / "about.md").parent.mkdir(parents=True)
    (content / "about.md").write_text("# Hand-written\n")
    write_changed(old, content)

    crash_after(monkeypatch, renames)
    with pytest.raises(InjectedCrash):
        write_changed(new, content)
    monkeypatch.undo()

    on_disk = tree(content)
    for path in new:
        assert on_disk[path] in (old[path].encode(), new[path].encode()), "a page is either old or new, never half"
    assert not [p for p in on_disk if p.endswith(".briefing-tmp")]
    # The next run has other input again: the half-done pages are still the writer's own.
    write_changed(newer, content)
    assert {p: b.decode() for p, b in tree(content).items() if p.startswith("people/")} == newer
    assert not (content / "stale.md").exists()
    assert (content / "about.md").read_text() == "# Hand-written\n"
    assert write_changed(newer, content).written == ()


def test_write_interrupted_run_does_not_lose_a_hand_edit(monkeypatch, content):
    old = many_pages("old")
    write_changed(old, content)
    (content / "people/p05.md").write_text("hand edit\n")
    crash_after(monkeypatch, 3)

    with pytest.raises(WriteConflict):
        write_changed(many_pages("new"), content)
    monkeypatch.undo()
    with pytest.raises(WriteConflict):
        write_changed(many_pages("newer"), content)
    assert (content / "people/p05.md").read_text() == "hand edit\n"


def test_write_clears_temporary_files_a_killed_run_left(content):
    write_changed(PAGES, content)
    left = content / "people" / ".zhang-jun.md.abc123.briefing-tmp"
    left.write_text("half a page")

    report = write_changed(PAGES, content)

    assert not left.exists()
    assert report.notes and "interrupted run" in report.notes[0]


# A child process that writes pages and stops dead after a given number of renames.
KILLED_WRITER = '''
import os, sys, time
from pathlib import Path
from generator import write
content, version, stop_after = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
real_replace, renames = os.replace, 0

def replace(src, dst):
    global renames
    if renames == stop_after:
        Path(sys.argv[4]).write_text("stopped")
        time.sleep(600)  # the test kills us here
    renames += 1
    real_replace(src, dst)

write.os.replace = replace
write.write_changed({f"people/p{i:04}.md": f"# Person {i}\\n\\n{version}\\n" for i in range(600)}, content)
'''


@pytest.mark.parametrize("stop_after", [1, 300, 601])  # 602 renames: journal, 600 pages, manifest
def test_write_run_killed_with_sigkill_leaves_old_or_new_pages_and_the_next_run_completes(tmp_path, stop_after):
    import signal
    import subprocess
    import sys
    import time

    content = tmp_path / "content"
    content.mkdir()
    (content / "about.md").write_text("# Hand-written\n")
    write_changed({f"people/p{i:04}.md": f"# Person {i}\n\nold\n" for i in range(600)}, content)
    script, marker = tmp_path / "writer.py", tmp_path / "stopped"
    script.write_text(KILLED_WRITER)
    repo = Path(__file__).resolve().parents[1]
    child = subprocess.Popen([sys.executable, str(script), str(content), "new", str(stop_after), str(marker)],
                             env={**os.environ, "PYTHONPATH": str(repo)})
    deadline = time.monotonic() + 60
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert marker.exists(), "the child should have stopped mid-run"

    pages = {p: b.decode() for p, b in tree(content).items() if p.startswith("people/p") and p.endswith(".md")}
    assert len(pages) == 600
    assert all(text.endswith(("old\n", "new\n")) for text in pages.values()), "a page is old or new, never half"
    newer = {f"people/p{i:04}.md": f"# Person {i}\n\nnewer\n" for i in range(450)}
    write_changed(newer, content)
    assert {p: b.decode() for p, b in tree(content).items() if p.startswith("people/")} == newer
    assert (content / "about.md").read_text() == "# Hand-written\n"
    assert not [p for p in tree(content) if p.endswith(".briefing-tmp")]


def test_write_leaves_only_pages_and_the_manifest_in_content(content):
    write_changed(PAGES, content)
    assert sorted(tree(content)) == sorted([*PAGES, MANIFEST_NAME])


def test_write_waits_for_another_writer_on_the_same_folder(content):
    import fcntl
    import threading

    content.mkdir()
    folder = os.open(content, os.O_RDONLY)
    fcntl.flock(folder, fcntl.LOCK_EX)  # as a concurrent run (serve and generate) would hold it
    done = threading.Event()
    writer = threading.Thread(target=lambda: (write_changed(PAGES, content), done.set()))
    writer.start()
    try:
        assert not done.wait(0.5), "the writer must not run while another holds the folder"
    finally:
        os.close(folder)
    writer.join(timeout=30)
    assert done.is_set() and (content / "index.md").exists()


def test_write_reports_a_file_in_the_way_of_a_folder_as_a_conflict(content):
    content.mkdir()
    (content / "people").write_text("a file of my own named like the folder\n")

    with pytest.raises(WriteConflict, match="people/zhang-jun.md: a folder, a link or a file in the way"):
        write_changed(PAGES, content)
    assert (content / "people").read_text() == "a file of my own named like the folder\n"


def test_write_with_a_stat_record_still_refuses_an_edit_that_kept_size_and_time(tmp_path, content):
    record = tmp_path / "cache" / "written.json"
    write_changed(PAGES, content, stat_record=record)
    page = content / "people/zhang-jun.md"
    before = page.stat()
    page.write_bytes(b"# Zhang Jin\n")  # same size
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))

    with pytest.raises(WriteConflict, match="zhang-jun.md"):
        write_changed({**PAGES, "people/zhang-jun.md": "# Zhang Jun, ambassador\n"}, content, stat_record=record)
    assert page.read_bytes() == b"# Zhang Jin\n"


def test_write_with_a_stat_record_writes_what_changed_and_nothing_else(tmp_path, content):
    record = tmp_path / "cache" / "written.json"
    write_changed(PAGES, content, stat_record=record)
    assert write_changed(PAGES, content, stat_record=record).written == ()

    report = write_changed({**PAGES, "index.md": "# Briefings, all\n"}, content, stat_record=record)

    assert report.written == ("index.md",)
    assert (content / "index.md").read_text() == "# Briefings, all\n"


def test_write_encoded_pages_are_written_as_their_text_would_be_and_checked_on_disk(tmp_path, content):
    # Pages reused from the render cache come encoded, with their digest: same bytes as the
    # text, and a hand edit or a deletion behind the writer's back still seen.
    record = tmp_path / "written.json"
    encoded = {path: EncodedPage.of(text) for path, text in PAGES.items()}
    write_changed(PAGES, content, stat_record=record)
    as_text = tree(content)
    (content / "index.md").unlink()
    (content / "people/zhang-jun.md").write_text("# Mine\n", encoding="utf-8")

    with pytest.raises(WriteConflict, match="people/zhang-jun.md"):
        write_changed(encoded, content, stat_record=record)
    report = write_changed(encoded, content, force=True, stat_record=record)

    assert report.written == ("index.md", "people/zhang-jun.md")
    assert tree(content) == as_text
    assert write_changed(encoded, content, stat_record=record).written == ()


@pytest.mark.parametrize("parts", [["a,\r\n", "b “c”\r", "d\n\n\n"], ["one line"], ["“x”\n"], [""]])
def test_write_a_page_assembled_from_encoded_parts_is_written_as_its_text_would_be(tmp_path, parts):
    # The statement files are joined from parts kept as UTF-8: same bytes as from the text.
    text = "".join(parts)
    write_changed({"as-text.csv": text}, tmp_path / "text")
    write_changed({"as-parts.csv": EncodedPage.of_data(b"".join(part.encode("utf-8") for part in parts))},
                  tmp_path / "parts")

    assert (tmp_path / "parts" / "as-parts.csv").read_bytes() == (tmp_path / "text" / "as-text.csv").read_bytes()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_write_pages_are_ordinary_files_readable_under_the_umask(content):
    # A web server or a teammate reads the pages: 0o666 less the umask, as any editor writes.
    old = os.umask(0o022)
    try:
        write_changed(PAGES, content)
    finally:
        os.umask(old)
    assert {(p.stat().st_mode & 0o777) for p in content.rglob("*.md")} == {0o644}


def test_write_a_temporary_name_this_process_left_does_not_stop_it(content, monkeypatch):
    # The writer names its temporary files after its process id; a killed process with the
    # same id may have left one behind (as a file, or as a link to elsewhere).
    content.mkdir(parents=True)
    outside = content.parent / "outside.md"
    outside.write_text("not the writer's\n")
    monkeypatch.setattr(write_module, "_clear_temporaries", lambda root: [])
    (content / f".index.md.{os.getpid()}.briefing-tmp").symlink_to(outside)

    write_changed({"index.md": "# Briefings\n"}, content)

    assert (content / "index.md").read_text() == "# Briefings\n"
    assert outside.read_text() == "not the writer's\n"


def _encoded_pages(pages: dict[str, str]) -> dict[str, EncodedPage]:
    return {path: EncodedPage.of(text) for path, text in pages.items()}  # as the render stage's cache gives them


def test_write_pages_staged_while_rendering_end_as_write_changed_leaves_them(tmp_path):
    staged, direct = tmp_path / "staged", tmp_path / "direct"
    pages = {**_encoded_pages(PAGES), "downloads.md": "# Downloads\n"}  # (a text is written at the end)

    with write_module.PageWriter(staged) as writer:
        writer.stage({path: page for path, page in pages.items() if path.startswith(("people/", "stories/"))})
        writer.stage({"outlets/infobae.md": pages["outlets/infobae.md"]})
        report = writer.finish(pages)

    assert report == write_changed(pages, direct)
    assert tree(staged) == tree(direct)


def test_write_conflict_found_after_staging_leaves_content_as_it_was(content):
    content.mkdir()
    (content / "index.md").write_text("# My own home page\n")
    before = tree(content)

    with pytest.raises(WriteConflict, match="index.md"):
        with write_module.PageWriter(content) as writer:
            writer.stage(_encoded_pages(PAGES))
            writer.finish(_encoded_pages(PAGES))

    assert tree(content) == before, "no staged page, temporary file or folder is left"
    assert sorted(p.name for p in content.iterdir()) == ["index.md"]


def test_write_run_stopped_while_rendering_leaves_content_as_it_was(content):
    write_changed(PAGES, content)
    before = tree(content)

    with pytest.raises(RuntimeError):
        with write_module.PageWriter(content) as writer:
            writer.stage(_encoded_pages({**PAGES, "index.md": "# New home\n", "people/new/person.md": "# New\n"}))
            raise RuntimeError("the render failed")

    assert tree(content) == before
    assert not (content / "people/new").exists()


def test_write_stages_nothing_through_a_symlink_out_of_content(tmp_path, content):
    outside = tmp_path / "outside"
    outside.mkdir()
    content.mkdir()
    (content / "people").symlink_to(outside, target_is_directory=True)
    pages = _encoded_pages({"index.md": "# Home\n", "people/zhang-jun.md": "# Zhang Jun\n"})

    with write_module.PageWriter(content) as writer:
        writer.stage(pages)
        assert list(outside.iterdir()) == [], "no temporary file is written through the link, even for a while"
        with pytest.raises(UnsafeOutput, match="link"):
            writer.finish(pages)

    assert list(outside.iterdir()) == []
    assert sorted(p.name for p in content.iterdir()) == ["people"]


@pytest.mark.parametrize("linked", ["people", "people/deeper"])
def test_write_a_folder_listed_as_a_folder_is_trusted_and_a_linked_one_is_resolved(tmp_path, content, linked):
    outside = tmp_path / "outside"
    outside.mkdir()
    (content / linked).parent.mkdir(parents=True)
    (content / linked).symlink_to(outside, target_is_directory=True)
    listed = tree_stats(content)
    pages = {"index.md": "home", f"{linked}/zhang-jun.md": "x"}

    with pytest.raises(UnsafeOutput, match="link"), PageWriter(content, stats=listed) as writer:
        writer.finish(pages)
    assert list(outside.iterdir()) == []
    (content / linked).unlink()
    (content / linked).mkdir()

    with PageWriter(content, stats=tree_stats(content)) as writer:
        assert writer.finish(pages).written == ("index.md", f"{linked}/zhang-jun.md")


def test_write_a_large_page_is_written_apart_while_others_are_staged_and_renamed_with_them(content, monkeypatch):
    monkeypatch.setattr(write_module, "WRITTEN_APART_FROM", 100)
    large, small = "x" * 1000 + "\n", "small\n"
    pages = {"exports/large.json": EncodedPage.of_page("exports/large.json", large), "index.md": small}

    with PageWriter(content) as writer:
        writer.stage(pages)
        report = writer.finish(pages)

    assert report.written == ("exports/large.json", "index.md")
    assert (content / "exports/large.json").read_text(encoding="utf-8") == large
    assert sorted(p.name for p in content.rglob("*") if p.is_file()) == [MANIFEST_NAME, "index.md", "large.json"]


def test_write_a_large_page_written_apart_is_removed_when_the_run_stops_before_renaming(content, monkeypatch):
    monkeypatch.setattr(write_module, "WRITTEN_APART_FROM", 100)
    pages = {"exports/large.json": EncodedPage.of_page("exports/large.json", "x" * 1000)}

    with pytest.raises(RuntimeError), PageWriter(content) as writer:
        writer.stage(pages)
        raise RuntimeError("a later stage failed")

    assert [p for p in content.rglob("*") if p.is_file()] == []


def test_write_with_the_run_s_listing_of_the_folder_writes_and_refuses_as_without_it(tmp_path):
    # The listing stands for the disk (see _DiskStates): a page it lacks was not there, unless
    # a file or a link is in the way of its folder, which must still be found.
    listed, unlisted = tmp_path / "listed", tmp_path / "unlisted"
    for content in (listed, unlisted):
        content.mkdir()
        (content / "stories").write_text("a file where the generator makes a folder\n")
        (content / "index.md").write_text("# My own home page\n")
    pages = _encoded_pages(PAGES)
    refusals = []
    for content, stats in ((listed, tree_stats(listed)), (unlisted, None)):
        with pytest.raises(WriteConflict) as refused, PageWriter(content, stats=stats) as writer:
            writer.stage(pages)
            writer.finish(pages)
        refusals.append(str(refused.value).replace(str(content), "CONTENT"))
    assert refusals[0] == refusals[1]
    assert "CONTENT/stories/china-bucha-2022.md" in refusals[0] and "CONTENT/index.md" in refusals[0]

    reports = []
    for content, stats in ((listed, {}), (unlisted, None)):
        (content / "stories").unlink()
        (content / "index.md").unlink()
        with PageWriter(content, stats=tree_stats(content) if stats is not None else None) as writer:
            writer.stage(pages)
            reports.append(writer.finish(pages))
    assert reports[0] == reports[1] and reports[0].written == tuple(sorted(PAGES))
    assert tree(listed) == tree(unlisted)
