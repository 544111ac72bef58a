"""Regeneration end to end, through build() and the CLI on the seed articles: nothing
written twice, only what an added article shows rewritten, hand edits kept, same bytes
whatever the machine's clock, zone, locale or file order."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator.build import build
from generator.errors import InputError, WriteConflict
from generator.write import MANIFEST_NAME

REPO = Path(__file__).resolve().parents[1]

ADDED_ARTICLE = """---
title: "Zhang repeats call for talks"
outlet: infobae
url: https://example.org/added
published: 2022-04-07
language: en
---
“Dialogue and negotiation remain the way forward,” Zhang Jun said on Thursday at the Security Council.
"""


def make_project(root: Path, *, shuffled: int | None = None) -> Path:
    """A project with the repository's seed articles, mkdocs.yml and hand-written stylesheet.

    With ``shuffled``, the article files are created in a random order (seeded), so that
    the file system hands them back in another order.
    """
    project = root / "project"
    files = sorted(p for p in (REPO / "articles").rglob("*") if p.is_file())
    if shuffled is not None:
        random.Random(shuffled).shuffle(files)
    for source in files:
        target = project / "articles" / source.relative_to(REPO / "articles")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    shutil.copyfile(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(REPO / "content" / "stylesheets", project / "content" / "stylesheets")
    return project


def content_tree(project: Path) -> dict[str, bytes]:
    root = project / "content"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def mtimes(project: Path) -> dict[str, int]:
    root = project / "content"
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


def test_regenerate_second_run_writes_nothing(project):
    first = build(project)
    assert first.written.written, "the first run writes the site"
    before_bytes, before_times = content_tree(project), mtimes(project)

    second = build(project)

    assert second.skipped, "nothing changed: the run stops before reading any article"
    assert second.written.written == () and second.written.removed == ()
    assert content_tree(project) == before_bytes
    assert mtimes(project) == before_times, "no file, manifest included, is touched"
    assert "nothing changed since the last run" in second.summary()


def test_regenerate_touched_but_unchanged_input_reads_everything_and_writes_nothing(project):
    build(project)
    before_bytes, before_times = content_tree(project), mtimes(project)
    for article in (project / "articles").rglob("*.md"):
        os.utime(article)  # saved again without a change: the quick check cannot tell

    third = build(project)

    assert not third.skipped
    assert third.analysed["analyse"].computed == 0, "no article is analysed again"
    assert third.written.written == () and third.written.removed == ()
    assert content_tree(project) == before_bytes
    assert mtimes(project) == before_times, "no file, manifest included, is touched"


def test_regenerate_sees_an_article_edit_that_kept_its_size_and_time(project):
    build(project)
    article = sorted((project / "articles").rglob("*-ukranews-*.md"))[0]
    before = article.stat()
    text = article.read_text(encoding="utf-8")
    body = text.index("\n---\n") + 5
    word = next(w for w in text[body:].split() if w.isalpha() and len(w) > 4)
    article.write_text(text[:body] + text[body:].replace(word, word.upper(), 1), encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))

    report = build(project)

    assert f"content/articles/{article.stem}.md" in {f"content/{p}" for p in report.written.written}
    assert word.upper() in (project / "content" / "articles" / f"{article.stem}.md").read_text(encoding="utf-8")


def test_regenerate_deleted_page_is_restored_although_articles_did_not_change(project):
    build(project)
    (project / "content/timeline.md").unlink()

    again = build(project)

    assert not again.skipped and again.written.written == ("timeline.md",)


def test_regenerate_pages_the_cache_holds_are_checked_on_disk_and_restored_byte_for_byte(project):
    # The second run takes every page from the cache, as its digest and compressed bytes:
    # the writer must still see what happened to the files behind its back.
    build(project)
    before = content_tree(project)
    deleted, edited = "timeline.md", sorted(p for p in before if p.startswith("articles/"))[0]
    (project / "content" / deleted).unlink()
    (project / "content" / edited).write_bytes(before[edited] + b"my note\n")

    with pytest.raises(WriteConflict, match=edited):
        build(project)
    assert not (project / "content" / deleted).exists(), "a conflict writes nothing"

    forced = build(project, force=True)

    assert forced.analysed["article pages"].computed == 0, "every page came from the cache"
    assert set(forced.written.written) == {deleted, edited}
    assert content_tree(project) == before


def test_regenerate_adding_one_article_analyses_it_alone_and_rewrites_only_pages_that_show_it(project):
    build(project)
    before = content_tree(project)
    (project / "articles" / "china-bucha-2022" / "2022-04-07-infobae-zhang-repeats.md").write_text(ADDED_ARTICLE)

    report = build(project)

    assert report.analysed["analyse"].computed == 1
    after = content_tree(project)
    rewritten = {p for p in report.written.written if p in before}
    assert rewritten, "pages showing the new article change"
    shows_it = {p for p, data in after.items() if b"Zhang repeats call for talks" in data
                or b"Dialogue and negotiation remain" in data or b"2022-04-07-infobae-zhang-repeats" in data}
    listings = {p for p in after if p.endswith(("index.md", "downloads.md"))}  # counts of articles change
    assert rewritten <= shows_it | listings
    untouched_article_pages = [p for p in before if p.startswith("articles/")]
    assert untouched_article_pages and not set(untouched_article_pages) & set(report.written.written)


@pytest.mark.parametrize("in_workers", [False, True])
def test_regenerate_adding_one_article_builds_the_views_of_its_pages_only(project, monkeypatch, in_workers):
    if in_workers:  # the cold run analyses and renders in forked workers, the next one reuses here
        monkeypatch.setattr(cache_module, "PARALLEL_FROM", 2)
    seeds, other = project / "articles" / "china-bucha-2022", project / "articles" / "other-story"
    other.mkdir()  # a second story, whose pages the added article must leave alone
    for source in seeds.iterdir():
        shutil.copyfile(source, other / (source.name if source.name == "story.yml" else f"other-{source.name}"))
    build(project)
    (seeds / "2022-04-07-infobae-zhang-repeats.md").write_text(ADDED_ARTICLE)

    report = build(project)

    # An article's page is keyed by its story (its cards may move to another briefing page):
    # the story's articles again, the other story's none.
    assert report.analysed["article pages"].computed == 1
    assert report.analysed["briefing pages"].computed == 1
    assert report.analysed["statements export"].computed == 1
    assert report.analysed["timeline export"].computed == 1
    assert report.analysed["comparison"].computed == 1, "the other story's comparison is reused"
    assert report.analysed["article file"].computed == 1, "only the new file is read"
    # The other story is one lookup for its files, one for its analyses, one for its alignment.
    assert (report.analysed["story files"].computed, report.analysed["story files"].reused) == (1, 1)
    assert (report.analysed["story analyses"].computed, report.analysed["story analyses"].reused) == (1, 1)
    assert (report.analysed["analyse"].computed, report.analysed["analyse"].reused) == (1, len(list(seeds.glob("*.md"))) - 1)
    assert (report.analysed["align"].computed, report.analysed["align"].reused) == (1, 1)


def test_regenerate_a_later_run_takes_the_compiled_templates_from_the_cache(project):
    build(project)
    before = content_tree(project)

    forced = build(project, force=True)

    assert forced.analysed["templates"].reused == 1
    assert content_tree(project) == before


def test_regenerate_registry_change_reattributes_without_extracting_again(project):
    build(project)
    with open(project / "articles" / "people.yml", "a", encoding="utf-8") as out:
        out.write("wang-wenbin:\n  name: Wang Wenbin\n  aliases: [Wang]\n")

    report = build(project)

    assert report.analysed["analyse"].computed == report.articles
    assert report.analysed["extract"].computed == 0


def test_regenerate_never_overwrites_a_hand_edit_and_force_takes_it_over(project):
    build(project)
    page = sorted((project / "content" / "people").glob("*.md"))[0]
    page.write_text("# My own notes\n", encoding="utf-8")
    (project / "articles" / "china-bucha-2022" / "2022-04-07-infobae-zhang-repeats.md").write_text(ADDED_ARTICLE)

    cli = [sys.executable, "-m", "generator.cli", "generate", "--project", str(project)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    refused = subprocess.run(cli, capture_output=True, text=True, env=env)

    assert refused.returncode == 3
    assert str(page.relative_to(project / "content")) in refused.stderr
    assert "--force" in refused.stderr
    assert page.read_text() == "# My own notes\n"
    assert not (project / "content" / "articles" / "2022-04-07-infobae-zhang-repeats.md").exists()

    forced = subprocess.run([*cli, "--force"], capture_output=True, text=True, env=env)

    assert forced.returncode == 0, forced.stderr
    assert page.read_text() != "# My own notes\n"
    assert (project / "content" / "articles" / "2022-04-07-infobae-zhang-repeats.md").exists()


def test_regenerate_keeps_hand_written_pages_beside_generated_ones(project):
    (project / "content" / "about.md").write_text("# About\n")
    build(project)
    shutil.rmtree(project / "articles" / "china-bucha-2022")
    (project / "articles" / "china-bucha-2022").mkdir()
    shutil.copyfile(REPO / "articles" / "china-bucha-2022" / "story.yml",
                    project / "articles" / "china-bucha-2022" / "story.yml")

    build(project)

    assert (project / "content" / "about.md").read_text() == "# About\n"
    assert (project / "content" / "stylesheets" / "briefing.css").read_bytes() == \
        (REPO / "content" / "stylesheets" / "briefing.css").read_bytes()


def test_regenerate_a_conflict_in_build_leaves_content_as_it_was(project):
    build(project)
    (project / "content" / "index.md").write_text("# Edited\n")
    (project / "articles" / "china-bucha-2022" / "2022-04-07-infobae-zhang-repeats.md").write_text(ADDED_ARTICLE)
    before = content_tree(project)

    with pytest.raises(WriteConflict, match="index.md"):
        build(project)

    assert content_tree(project) == before


def test_regenerate_same_input_gives_the_same_bytes_whatever_the_zone_locale_order_or_cache(tmp_path):
    trees = []
    for n, (zone, locale) in enumerate([("UTC", "C"), ("Pacific/Kiritimati", "C.UTF-8"), ("America/Adak", "POSIX")]):
        project = make_project(tmp_path / str(n), shuffled=n)
        env = {**os.environ, "PYTHONPATH": str(REPO), "TZ": zone, "LC_ALL": locale, "PYTHONHASHSEED": str(n + 1)}
        command = [sys.executable, "-m", "generator.cli", "generate", "--project", str(project)]
        for _ in range(2 if n == 2 else 1):  # the last project's second run comes from the cache
            done = subprocess.run(command, capture_output=True, text=True, env=env)
            assert done.returncode == 0, done.stderr
        trees.append(content_tree(project))
    assert trees[0] == trees[1] == trees[2]
    assert MANIFEST_NAME in trees[0]


class ReversedListing:
    """``os.scandir``'s answer in reverse order: a file system that lists files otherwise."""

    def __init__(self, entries):
        with entries:
            self.entries = iter(list(entries)[::-1])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.entries)

    def close(self):
        pass


def test_regenerate_same_bytes_whatever_order_the_file_system_lists_files_in(tmp_path, monkeypatch):
    plain, reversed_order = make_project(tmp_path / "plain"), make_project(tmp_path / "reversed")
    (plain / "articles" / "china-bucha-2022" / "2022-04-07-infobae-zhang-repeats.md").write_text(ADDED_ARTICLE)
    (reversed_order / "articles" / "china-bucha-2022" / "2022-04-07-infobae-zhang-repeats.md").write_text(ADDED_ARTICLE)
    build(plain)

    real_scandir, real_listdir = os.scandir, os.listdir
    monkeypatch.setattr(os, "scandir", lambda path=".": ReversedListing(real_scandir(path)))
    monkeypatch.setattr(os, "listdir", lambda path=".": real_listdir(path)[::-1])
    build(reversed_order)
    monkeypatch.undo()

    assert content_tree(plain) == content_tree(reversed_order)


def test_regenerate_aligning_story_by_story_equals_aligning_all_at_once(tmp_path):
    from benchmarks.corpus import make_corpus
    from generator.align import align_statements
    from generator.build import align_by_story, analyse_corpus
    from generator.cache import project_cache
    from generator.load import load_corpus

    make_corpus(tmp_path, 40, seed=7)
    corpus = load_corpus(tmp_path / "articles", tmp_path)
    statements = analyse_corpus(corpus).statements
    whole = align_statements(statements, corpus.articles)
    assert whole.utterances and whole.echoes, "the synthetic stories have utterances and echoes to find"

    with project_cache(tmp_path) as cache:
        assert align_by_story(statements, corpus.articles, cache.memo) == whole
    with project_cache(tmp_path) as cache:
        assert align_by_story(statements, corpus.articles, cache.memo) == whole
        assert cache.counts["align"].computed == 0, "unchanged stories are not aligned again"


def test_generate_run_inside_the_project_folder_with_relative_paths(project):
    # `make site` runs `briefing build` in the project with the default `--project .`: every
    # path the loader checks is then relative, and a regular file must not look linked out.
    for command in (["check"], ["generate"]):
        result = subprocess.run([sys.executable, "-m", "generator.cli", *command], cwd=project, capture_output=True,
                                text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        assert result.returncode == 0, result.stdout + result.stderr
    assert (project / "content" / "briefings" / "china-bucha-2022" / "index.md").is_file()


def _edit_article_text(project: Path) -> None:
    article = sorted((project / "articles").rglob("*-ukranews-*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8").replace(" the ", " THE ", 1), encoding="utf-8")


def _retitle_story_keeping_size_and_time(project: Path) -> None:
    story = project / "articles" / "china-bucha-2022" / "story.yml"
    before = story.stat()
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("title: China's", "title: Beijing", 1), encoding="utf-8")
    assert story.stat().st_size == before.st_size
    os.utime(story, ns=(before.st_atime_ns, before.st_mtime_ns))


def _add_a_person(project: Path) -> None:
    with open(project / "articles" / "people.yml", "a", encoding="utf-8") as out:
        out.write("wang-wenbin:\n  name: Wang Wenbin\n  aliases: [Wang]\n")


def _rename_an_outlet(project: Path) -> None:
    outlets = project / "articles" / "outlets.yml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace("{name: Infobae,", "{name: Infobae English,"),
                       encoding="utf-8")


def _delete_an_article(project: Path) -> None:
    sorted((project / "articles").rglob("*-infobae-*.md"))[0].unlink()


def _add_an_article(project: Path) -> None:
    (project / "articles" / "china-bucha-2022" / "2022-04-07-infobae-zhang-repeats.md").write_text(ADDED_ARTICLE)


@pytest.mark.parametrize("change", [_edit_article_text, _retitle_story_keeping_size_and_time, _add_a_person,
                                    _rename_an_outlet, _delete_an_article, _add_an_article],
                         ids=lambda change: change.__name__[1:])
def test_regenerate_after_a_change_gives_the_bytes_of_a_cold_run(tmp_path, change):
    warm, cold = warm_and_cold(tmp_path, make_project, change)

    assert content_tree(warm) == content_tree(cold)


def warm_and_cold(tmp_path: Path, make: Callable[[Path], Path], change: Callable[[Path], None]) -> tuple[Path, Path]:
    """A project made by ``make``, generated, changed and generated again; and a project
    generated once from the changed articles."""
    warm = make(tmp_path / "warm")
    build(warm)
    change(warm)
    build(warm)
    cold = make_project(tmp_path / "cold")
    shutil.rmtree(cold / "articles")
    shutil.copytree(warm / "articles", cold / "articles")
    build(cold)
    return warm, cold


@pytest.mark.parametrize(("name", "broken", "message"), [
    ("china-bucha-2022/story.yml", "title: [unclosed\n", "story.yml:2:1: YAML syntax error"),
    ("people.yml", "zhang-jun:\n  name: [unclosed\n", "people.yml:3:1: YAML syntax error"),
    ("outlets.yml", "infobae: {name: Infobae, kind: tabloid}\n", "outlets.yml:1:26: unknown outlet kind 'tabloid'"),
])
def test_regenerate_reports_a_file_broken_after_a_run_that_read_it_on_every_run(project, name, broken, message):
    build(project)
    (project / "articles" / name).write_text(broken, encoding="utf-8")

    for _ in range(2):
        with pytest.raises(InputError, match=message):
            build(project)


SPOKEN_BY = """---
title: "{title}"
outlet: infobae
url: https://example.org/{slug}
published: 2022-04-07
language: en
---
“We will keep talking to everyone,” {name} said on Thursday.
"""


def make_two_story_project(root: Path) -> Path:
    """The seed project and a second story, later in the site's order, whose one article
    quotes a speaker the registry does not know ("Jane Doe Smith")."""
    project = make_project(root)
    later = project / "articles" / "zz-later-story"
    later.mkdir()
    (later / "story.yml").write_text("title: A later story\nsummary: Talks go on.\n", encoding="utf-8")
    (later / "2022-04-07-infobae-talks.md").write_text(
        SPOKEN_BY.format(title="Talks", slug="talks", name="Jane Doe Smith"), encoding="utf-8")
    return project


def _name_the_speaker_otherwise_in_an_earlier_story(project: Path) -> None:
    # The first statement in the site's order names a page's speaker: "Jane Doe-Smith" now,
    # on the later story's cards too.
    (project / "articles" / "china-bucha-2022" / "2022-04-07-infobae-doe-smith.md").write_text(
        SPOKEN_BY.format(title="Doe-Smith", slug="doe-smith", name="Jane Doe-Smith"), encoding="utf-8")


def _move_an_article_to_the_other_story(project: Path) -> None:
    article = sorted((project / "articles" / "china-bucha-2022").glob("*-ukranews-*.md"))[0]
    article.rename(project / "articles" / "zz-later-story" / article.name)


def _retitle_the_other_story(project: Path) -> None:
    story = project / "articles" / "zz-later-story" / "story.yml"
    story.write_text("title: Talks, later\nsummary: Talks go on.\n", encoding="utf-8")


def _delete_the_other_storys_article(project: Path) -> None:
    (project / "articles" / "zz-later-story" / "2022-04-07-infobae-talks.md").unlink()


@pytest.mark.parametrize("change", [_name_the_speaker_otherwise_in_an_earlier_story, _move_an_article_to_the_other_story,
                                    _retitle_the_other_story, _delete_the_other_storys_article, _add_a_person,
                                    _rename_an_outlet],
                         ids=lambda change: change.__name__[1:])
def test_regenerate_a_change_in_one_story_gives_the_other_storys_pages_the_bytes_of_a_cold_run(tmp_path, change):
    # Pages showing several stories (people, outlets, the timeline) are keyed by the stories
    # they show: a change in one must reach them, and the other story's own pages.
    warm, cold = warm_and_cold(tmp_path, make_two_story_project, change)

    assert content_tree(warm) == content_tree(cold)


def _delete_the_other_story(project: Path) -> None:
    shutil.rmtree(project / "articles" / "zz-later-story")


def _leave_a_temporary_file_of_a_killed_run(project: Path) -> None:
    (project / "content" / "briefings" / ".index.md.999.briefing-tmp").write_text("half a page", encoding="utf-8")


@pytest.mark.parametrize("change", [_add_an_article, _delete_an_article, _move_an_article_to_the_other_story,
                                    _delete_the_other_story, _leave_a_temporary_file_of_a_killed_run],
                         ids=lambda change: change.__name__[1:])
def test_regenerate_a_run_after_any_change_leaves_a_stamp_the_next_run_matches(tmp_path, change):
    # The stamp of content/ a run leaves is made from the one it took before writing and
    # what it wrote: it must be the one the next run takes, or that run reads everything.
    project = make_two_story_project(tmp_path)
    build(project)
    change(project)
    build(project)

    assert build(project).skipped
