"""Malformed input through ``briefing generate``, one test per case: each is either refused
with located lines (``path:line[:col]: what — what to do``) and ``content/`` left exactly as
the last good run wrote it, or processed into pages that show the text. Never a traceback
(an exception out of ``main`` fails the test), never a hang (a case that runs past
``CASE_BUDGET_S`` fails).

Every case starts from the seed project after one good run, so "unchanged" is checked
against real pages, not an empty folder.
"""

from __future__ import annotations

import codecs
import os
import re
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import main

SEEDS = Path(__file__).resolve().parent / "golden" / "seeds" / "articles"
STORY = "articles/china-bucha-2022"
CASE_BUDGET_S = 60
FRONT = ("---\ntitle: {title}\noutlet: infobae\nurl: https://example.org/a\npublished: 2022-04-07\n"
         "language: en\n---\n")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def front(title: str = "A headline") -> str:
    return FRONT.format(title=title)


@pytest.fixture(scope="module")
def good_project(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("good")
    shutil.copytree(SEEDS, project / "articles")
    assert main(["generate", "--project", str(project)]) == 0
    return project


@pytest.fixture
def project(good_project: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the project after a good run, with a time limit on the case."""
    copy = tmp_path / "project"
    shutil.copytree(good_project, copy, symlinks=True)

    def overran(signum, frame):
        raise TimeoutError(f"the case ran past {CASE_BUDGET_S} s")

    previous = signal.signal(signal.SIGALRM, overran)
    signal.alarm(CASE_BUDGET_S)
    try:
        yield copy
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def put(project: Path, name: str, content: str | bytes) -> Path:
    path = project / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def snapshot(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted((project / "content").rglob("*"))
            if p.is_file()}


def generate(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["generate", "--project", str(project)])
    err = capsys.readouterr().err.replace(str(project) + os.sep, "")
    return code, err.splitlines()


def refused(project: Path, capsys: pytest.CaptureFixture[str], *expected: str) -> list[str]:
    """Generate; it must fail with exactly the ``expected`` line patterns and leave
    ``content/`` as it was. Returns the lines."""
    before = snapshot(project)
    code, lines = generate(project, capsys)
    assert code == 1, lines
    assert lines[-1].endswith("found; nothing was written"), lines
    assert len(lines) - 1 == len(expected), lines
    for line, pattern in zip(lines, expected):
        assert re.fullmatch(pattern, line), line
    assert snapshot(project) == before, "a refused run changed content/"
    return lines


def processed(project: Path, capsys: pytest.CaptureFixture[str], article_id: str) -> str:
    """Generate; it must succeed; returns the article's page."""
    code, lines = generate(project, capsys)
    assert code == 0, lines
    return (project / "content" / "articles" / f"{article_id}.md").read_text("utf-8")


# --- encodings and bytes ------------------------------------------------------------------


def test_cp1252_article_is_refused_with_the_command_that_converts_it(project, capsys):
    put(project, f"{STORY}/2022-04-07-a.md", (front() + "“We want peace,” Zhang said.\n").encode("cp1252"))
    refused(project, capsys, rf"{STORY}/2022-04-07-a\.md:8:1: not UTF-8 text: byte 0x93 cannot be decoded — it reads "
            rf"as Windows-1252: convert it with `iconv -f cp1252 -t utf-8 {STORY}/2022-04-07-a\.md`")


def test_undecodable_bytes_are_refused_at_their_position(project, capsys):
    # 0x81 is neither UTF-8 here nor any Windows-1252 character: no conversion is guessed.
    put(project, f"{STORY}/2022-04-07-a.md", front().encode() + b"Peace \x81\xfe\xff talks.\n")
    refused(project, capsys, rf"{STORY}/2022-04-07-a\.md:8:7: not UTF-8 text: byte 0x81 cannot be decoded — "
            r"re-save the file as UTF-8")


def test_undecodable_registry_is_refused(project, capsys):
    people = (project / "articles/people.yml").read_bytes()
    put(project, "articles/people.yml", people + b"\nbad-bytes:\n  name: Caf\xe9\n")
    refused(project, capsys, r"articles/people\.yml:\d+:\d+: not UTF-8 text: byte 0xe9 cannot be decoded — it reads as "
            r"Windows-1252: .*")


def test_byte_order_marks_are_dropped(project, capsys):
    put(project, f"{STORY}/2022-04-07-a.md", codecs.BOM_UTF8 + (front() + "“We want peace,” Zhang said.\n").encode())
    outlets = project / "articles/outlets.yml"
    outlets.write_bytes(codecs.BOM_UTF8 + outlets.read_bytes())
    page = processed(project, capsys, "2022-04-07-a")
    assert page.startswith("---\ntitle: A headline\n")
    assert "We want peace" in page and "\ufeff" not in page


def test_crlf_and_lone_cr_line_ends_are_read_as_newlines(project, capsys):
    text = front() + "“We want peace,” Zhang said.\n\n“Talks go on,” Zhang said.\n"
    put(project, f"{STORY}/2022-04-07-crlf.md", text.replace("\n", "\r\n"))
    put(project, f"{STORY}/2022-04-07-cr.md", text.replace("\n", "\r").replace("A headline", "Another"))
    for article_id in ("2022-04-07-crlf", "2022-04-07-cr"):
        page = processed(project, capsys, article_id)
        assert "\r" not in page
        assert 'id="p2"' in page and "Talks go on" in page


def test_nul_byte_is_refused_at_its_line(project, capsys):
    put(project, f"{STORY}/2022-04-07-a.md", front() + "First line.\nSecond \x00 line.\n")
    refused(project, capsys, rf"{STORY}/2022-04-07-a\.md:9: NUL byte in text \(a binary file\?\) — remove it or "
            r"re-export the text")


def test_zero_width_and_bidi_controls_are_kept_as_data_and_dropped_from_pages(project, capsys):
    body = "“We want\u200b peace \u202eecaep\u202c now,” Zhang\u200d said.\n\n\u2067Isolated\u2069 text.\n"
    put(project, f"{STORY}/2022-04-07-a.md", front("Head\u200bline \u202eenildaeh\u202c") + body)
    page = processed(project, capsys, "2022-04-07-a")
    assert "Head\u200bline enildaeh" in page and "Isolated text" in page
    for path, text in snapshot(project).items():
        if path.endswith(".md"):
            assert not BIDI_CONTROLS.search(text.decode("utf-8")), path
    exported = (project / "content/exports/statements.json").read_text("utf-8")
    assert "peace \u202eecaep\u202c now" in exported, "the data keeps the text as printed"


def test_control_characters_are_dropped_from_pages_and_feed(project, capsys):
    # Found by the property tests: a \x03 in a quote ended the run in lxml's "All strings
    # must be XML compatible" when the feed was written.
    put(project, f"{STORY}/2022-04-07-a.md", front('"Ctl \\x03 title \\x7f"') + "“We want \x03 peace \x1b now,” Zhang said.\n")
    page = processed(project, capsys, "2022-04-07-a")
    assert "We want peace now" in page and "Ctl title" in page
    feed = (project / "content/feed.xml").read_text("utf-8")
    assert "We want peace now" in feed
    for path, data in snapshot(project).items():
        if not path.endswith((".csv", ".json")):
            assert not re.search(r"[\x00-\x08\x0e-\x1f\x7f]", data.decode("utf-8")), path


# --- size and shape -----------------------------------------------------------------------


def test_a_10_mb_article_is_refused_as_not_an_article(project, capsys):
    paragraph = "“We want peace,” Zhang said on Tuesday, and the talks went on for hours.\n\n"
    put(project, f"{STORY}/2022-04-07-big.md", front() + paragraph * (10_000_000 // len(paragraph)))
    refused(project, capsys, rf"{STORY}/2022-04-07-big\.md:1: the file is 10\.\d MB, more than an article \(2 MB at "
            r"most\) — keep only the article's own text .*")


def test_a_100_000_character_line_is_processed(project, capsys):
    sentence = "“We want peace,” Zhang said, and the talks went on "
    line = (sentence * (100_000 // len(sentence) + 1))[:100_000]
    put(project, f"{STORY}/2022-04-07-long.md", front() + line + "\n")
    page = processed(project, capsys, "2022-04-07-long")
    assert page.count('<mark class=') > 1000, "each quotation of the line is marked"


def test_a_file_of_only_quotation_marks_is_processed(project, capsys):
    marks = "“”‘’\"'«»„‚‹›「」『』"
    put(project, f"{STORY}/2022-04-07-marks.md", front() + (marks * 2000) + "\n" + ("\"" * 5000) + "\n")
    page = processed(project, capsys, "2022-04-07-marks")
    assert "«»" in page


def test_unbalanced_quotes_do_not_swallow_the_rest(project, capsys):
    body = ("“We want peace, Zhang said on Tuesday, and never closed the quotation.\n\n"
            "“Talks will go on,” Zhang said on Wednesday.\n\n"
            "He said ‘yes and « maybe and „ perhaps.\n")
    put(project, f"{STORY}/2022-04-07-open.md", front() + body)
    page = processed(project, capsys, "2022-04-07-open")
    assert re.search(r'<mark class="quote">\[Talks will go on\]', page), page


# --- YAML ---------------------------------------------------------------------------------


def test_yaml_alias_bomb_is_refused_before_it_expands(project, capsys):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{b}: &{b} [{','.join(['*' + a] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi")]
    put(project, "articles/outlets.yml", "\n".join(lines) + "\n")
    refused(project, capsys, r"articles/outlets\.yml:1:4: YAML syntax error: YAML anchors and aliases \(&name, \*name\) "
            r"are not allowed in briefing files — fix the YAML at that position")


@pytest.mark.parametrize("depth", [5_000, 200_000])
def test_deeply_nested_yaml_is_refused_where_it_gets_too_deep(project, capsys, depth):
    # 5,000 levels made a RecursionError, 200,000 crashed the interpreter inside libyaml.
    put(project, "articles/outlets.yml", "a: " + "[" * depth + "]" * depth + "\n")
    # Our limit stops it at column 67; the libyaml of newer PyYAML wheels (6.0.4) scans a
    # flow collection ahead and stops at its own limit, 1,000 levels, first. Either is located.
    expected = (r"articles/outlets\.yml:1:(67: YAML syntax error: YAML nested more than 64 levels deep"
                r"|1003: YAML syntax error: exceeded maximum nesting depth) — fix the YAML at that position")
    refused(project, capsys, expected)
    assert main(["check", "--project", str(project)]) == 1
    assert re.fullmatch(expected, capsys.readouterr().err.replace(str(project) + os.sep, "").splitlines()[0])


def test_deeply_nested_front_matter_is_refused_at_its_file_line(project, capsys):
    put(project, f"{STORY}/2022-04-07-a.md", front().replace("language: en\n", "language: en\ntags:\n" + "- " * 100
                                                               + "x\n") + "Text.\n")
    refused(project, capsys, rf"{STORY}/2022-04-07-a\.md:8:127: YAML syntax error: YAML nested more than 64 levels "
            r"deep — fix the YAML at that position")


# --- paths and names ----------------------------------------------------------------------


def test_article_symlinked_out_of_articles_is_refused(project, capsys, tmp_path):
    outside = put(tmp_path, "outside/secret.md", front() + "“Secret,” Zhang said.\n")
    (project / STORY / "2022-04-07-leak.md").symlink_to(outside)
    refused(project, capsys, rf"{STORY}/2022-04-07-leak\.md: file links outside articles/ — copy the article into "
            r"its story folder")


def test_story_folder_symlinked_out_of_articles_is_refused(project, capsys, tmp_path):
    shutil.copytree(SEEDS / "china-bucha-2022", tmp_path / "elsewhere")
    (project / "articles/linked-story").symlink_to(tmp_path / "elsewhere")
    refused(project, capsys, r"articles/linked-story: story folder links outside articles/ — replace the link with a "
            r"folder")


@pytest.mark.parametrize("name", ["people.yml", "outlets.yml", "china-bucha-2022/story.yml"])
def test_registry_or_story_file_symlinked_out_of_articles_is_refused(project, capsys, tmp_path, name):
    target = project / "articles" / name
    outside = put(tmp_path, "outside/" + target.name, target.read_bytes())
    target.unlink()
    target.symlink_to(outside)
    refused(project, capsys, rf"articles/{re.escape(name)}: file links outside articles/ — copy the file into .*")


def test_symlink_to_a_system_file_is_not_read(project, capsys):
    (project / "articles/people.yml").unlink()
    (project / "articles/people.yml").symlink_to("/etc/passwd")
    lines = refused(project, capsys, r"articles/people\.yml: file links outside articles/ — .*")
    assert "root" not in "\n".join(lines)


@pytest.mark.parametrize(
    ("registry", "key"),
    [("people.yml", "../../etc"), ("people.yml", "/etc/passwd"), ("outlets.yml", "..\\..\\windows"),
     ("outlets.yml", "a/../../b")],
)
def test_registry_keys_that_are_paths_are_refused(project, capsys, registry, key):
    path = project / "articles" / registry
    path.write_text(path.read_text("utf-8") + f"'{key}': {{name: Evil}}\n", "utf-8")
    kind = "person" if registry == "people.yml" else "outlet"
    refused(project, capsys, rf"articles/{registry}:\d+:1: {kind} key '{re.escape(key)}' is not a slug — use lowercase "
            r"letters, digits and single hyphens \(e\.g\. zhang-jun\)")


def test_front_matter_outlet_that_is_a_path_is_refused(project, capsys):
    put(project, f"{STORY}/2022-04-07-a.md", front().replace("outlet: infobae", "outlet: ../../outlets/infobae")
        + "Text.\n")
    refused(project, capsys, rf"{STORY}/2022-04-07-a\.md:3:1: unknown outlet '\.\./\.\./outlets/infobae'.* — use a key "
            r"of articles/outlets\.yml or add the outlet there")


@pytest.mark.parametrize("stem", ["..evil", "a..b", "CON", "Index"])
def test_article_file_names_that_are_not_slugs_are_refused(project, capsys, stem):
    put(project, f"{STORY}/{stem}.md", front() + "Text.\n")
    refused(project, capsys, rf"{STORY}/{re.escape(stem)}\.md: article file name '{re.escape(stem)}' is not a slug — .*")


def test_file_and_folder_names_that_are_not_utf8_are_refused(project, capsys):
    # Found while testing this list: such a name ended the run in the cache's stamp, before
    # the loader could report it.
    story = os.fsencode(project / STORY)
    with open(story + b"/\xff\xfe-bad.md", "wb") as file:
        file.write((front() + "Text.\n").encode())
    os.mkdir(os.fsencode(project / "articles") + b"/\xe9story")
    refused(project, capsys,
            rf"{STORY}/\\udcff\\udcfe-bad\.md: article file name '\\udcff\\udcfe-bad' is not a slug — .*",
            r"articles/\\udce9story: story folder '\\udce9story' is not a slug — .*")


@pytest.mark.parametrize("stem", ["con", "nul", "index", "assets", "stylesheets"])
def test_reserved_article_names_are_refused(project, capsys, stem):
    put(project, f"{STORY}/{stem}.md", front() + "Text.\n")
    refused(project, capsys, rf"{STORY}/{stem}\.md: article file name '{stem}' is a reserved name — choose another key")


@pytest.mark.parametrize("key", ["index", "aux", "lpt1"])
def test_reserved_registry_keys_and_story_folders_are_refused(project, capsys, key):
    path = project / "articles/people.yml"
    path.write_text(path.read_text("utf-8") + f"{key}: {{name: Someone}}\n", "utf-8")
    put(project, f"articles/{key}/story.yml", "title: A story\n")
    refused(project, capsys, rf"articles/people\.yml:\d+:1: person key '{key}' is a reserved name — choose another key",
            rf"articles/{key}: story folder '{key}' is a reserved name — choose another key")


def test_names_of_generated_pages_can_be_keys_without_colliding(project, capsys):
    """Keys that name generated pages elsewhere (feed, timeline, tags, comparison, exports)
    live in their own folder, so they are allowed and every page survives."""
    path = project / "articles/outlets.yml"
    path.write_text(path.read_text("utf-8") + "feed: {name: Feed News}\ntimeline: {name: Timeline Post}\n", "utf-8")
    put(project, "articles/comparison/story.yml", "title: Comparison\n")
    put(project, "articles/comparison/tags.md", front().replace("infobae", "feed") + "“Yes,” Zhang said.\n")
    put(project, "articles/comparison/exports.md", front().replace("infobae", "timeline") + "“No,” Zhang said.\n")
    code, lines = generate(project, capsys)
    assert code == 0, lines
    content = project / "content"
    for page in ("outlets/feed.md", "outlets/timeline.md", "articles/tags.md", "articles/exports.md",
                 "briefings/comparison/index.md", "briefings/comparison/comparison.md", "feed.xml", "timeline.md",
                 "tags.md", "exports/statements.json", "briefings/china-bucha-2022/comparison.md"):
        assert (content / page).is_file(), page
    assert "Feed News" in (content / "outlets/feed.md").read_text("utf-8")
    assert (content / "feed.xml").read_text("utf-8").startswith("<?xml")


# --- files given on the command line ------------------------------------------------------


@pytest.mark.parametrize("command", [["extract"], ["import", "--story", "china-bucha-2022", "--outlet", "infobae"]])
@pytest.mark.parametrize("given", ["missing.txt", "a-folder"])
def test_a_file_that_cannot_be_read_is_a_located_error(project, capsys, command, given):
    (project / "a-folder").mkdir()
    before = sorted(p.relative_to(project) for p in (project / "articles").rglob("*"))
    code = main([*command, *(["--project", str(project)] if command[0] == "import" else []), str(project / given)])
    lines = capsys.readouterr().err.replace(str(project) + os.sep, "").splitlines()
    assert code == 1
    assert re.fullmatch(rf"{given}: cannot be read: (No such file or directory|Is a directory) — check the path and "
                        r"the file's permissions", lines[0]), lines
    assert sorted(p.relative_to(project) for p in (project / "articles").rglob("*")) == before
