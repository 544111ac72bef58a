"""The loader: a valid corpus loads; each kind of bad input gets one located, actionable line."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cache as cache_module
from generator.cache import project_cache, tree_stats, uncached
from generator.cli import main
from generator.errors import InputError
from generator.load import collection_indicators, load_corpus, parse_yaml, read_raw_article

OUTLETS = 'infobae: {name: Infobae, country: AR, url: "https://www.infobae.com/en/", kind: private, language: es}\n'
PEOPLE = "zhang-jun:\n  name: Zhang Jun\n  aliases: [Zhang]\n  roles:\n    - {title: Envoy, from: 2019-09-01}\n"
STORY = "title: A story\nsummary: What was said.\nperiod: {from: 2022-04-03, to: 2022-04-08}\n"


def article(**fields: str) -> str:
    meta = {"title": "A headline", "outlet": "infobae", "url": "https://example.org/a", "published": "2022-04-06",
            "language": "en"}
    meta.update(fields)
    lines = [f"{k}: {v}" for k, v in meta.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---\n“We want peace,” Zhang said on Tuesday.\n"


def make_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """A project folder with the given files under articles/ (registries and story added)."""
    base = {"articles/outlets.yml": OUTLETS, "articles/people.yml": PEOPLE, "articles/story/story.yml": STORY}
    for name, content in {**base, **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


def test_load_valid_corpus(tmp_path: Path) -> None:
    make_tree(tmp_path, {"articles/story/2022-04-06-infobae-a.md": article()})
    corpus = load_corpus(tmp_path / "articles")
    (only,) = corpus.articles
    assert only.id == "2022-04-06-infobae-a"
    assert only.published == dt.date(2022, 4, 6)
    assert only.body.startswith("“We want peace,”")
    assert corpus.registry.people["zhang-jun"].role_on(dt.date(2022, 4, 5)) == "Envoy"
    assert corpus.stories[0].period_from == dt.date(2022, 4, 3)


def test_load_seeds_corpus_of_the_repository() -> None:
    corpus = load_corpus(Path(__file__).resolve().parents[1] / "articles")
    assert {a.outlet for a in corpus.articles} == {"infobae", "ukranews"}
    assert [s.key for s in corpus.stories] == ["china-bucha-2022"]


# One case per problem: the files that cause it and the line `briefing check` must print.
BROKEN = {
    "yaml_syntax": (
        {"articles/story/a.md": "---\ntitle: [unclosed\noutlet: infobae\n---\ntext\n"},
        r"articles/story/a\.md:3:\d+: YAML syntax error: .* — fix the YAML at that position",
    ),
    "missing_field": (
        {"articles/story/a.md": article(url=None)},
        r"articles/story/a\.md:2:1: missing field 'url' — add `url: …`",
    ),
    "unknown_field": (
        {"articles/story/a.md": article(titel="x")},
        r"articles/story/a\.md:7:1: unknown field 'titel' \(did you mean 'title'\?\) — use one of: ",
    ),
    "unknown_outlet": (
        {"articles/story/a.md": article(outlet="infobea")},
        r"articles/story/a\.md:3:1: unknown outlet 'infobea' \(did you mean 'infobae'\?\) — use a key of articles/outlets\.yml",
    ),
    "bad_date": (
        {"articles/story/a.md": article(published="2022-13-45")},
        r"articles/story/a\.md:5:1: field 'published' has an unusable value '2022-13-45' — write the date as YYYY-MM-DD",
    ),
    "undecodable": (
        {"articles/story/a.md": article().encode("cp1252")},
        r"articles/story/a\.md:8:1: not UTF-8 text: byte 0x93 cannot be decoded — it reads as Windows-1252: "
        r"convert it with `iconv -f cp1252 -t utf-8 articles/story/a\.md`",
    ),
    "empty_article": (
        {"articles/story/a.md": article().split("---\n“")[0] + "---\n\n  \n"},
        r"articles/story/a\.md:8: the article has no text — paste the article's text below the front matter",
    ),
    "no_front_matter": (
        {"articles/story/a.md": "Just text.\n"},
        r"articles/story/a\.md:1: no front matter — start the file with `---`",
    ),
    "duplicate_id": (
        {"articles/story/a.md": article(), "articles/other/a.md": article(), "articles/other/story.yml": STORY},
        r"articles/story/a\.md: article id 'a' is also used by articles/other/a\.md — rename one of the files",
    ),
    "key_leaving_folder": (
        {"articles/people.yml": PEOPLE + "../../etc:\n  name: Evil\n"},
        r"articles/people\.yml:6:1: person key '\.\./\.\./etc' is not a slug — use lowercase letters, digits and single hyphens",
    ),
    "reserved_key": (
        {"articles/outlets.yml": OUTLETS + "index: {name: Index}\n"},
        r"articles/outlets\.yml:2:1: outlet key 'index' is a reserved name — choose another key",
    ),
    "story_without_story_yml": (
        {"articles/lonely/a.md": article()},
        r"articles/lonely/story\.yml: story folder has no story\.yml — create it with at least `title: …`",
    ),
    "bad_registry_yaml": (
        {"articles/people.yml": "zhang-jun: {name: Zhang Jun\n"},
        r"articles/people\.yml:2:1: YAML syntax error: .*",
    ),
    "yaml_alias": (
        {"articles/people.yml": "a: &x {name: A}\nb: *x\n"},
        r"articles/people\.yml:1:4: YAML syntax error: YAML anchors and aliases \(&name, \*name\) are not allowed",
    ),
    "bad_url": (
        {"articles/story/a.md": article(url="javascript:alert(1)")},
        r"articles/story/a\.md:4:1: field 'url' has an unusable value 'javascript:alert\(1\)' — write an http\(s\):// address",
    ),
    "bad_role_date": (
        {"articles/people.yml": "zhang-jun:\n  name: Zhang Jun\n  roles:\n    - {title: Envoy, from: last year}\n"},
        r"articles/people\.yml:4:22: 'last year' is not a date — write it as YYYY-MM-DD",
    ),
}


def check_lines(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check", "--project", str(root)])
    err = capsys.readouterr().err
    return code, [line for line in err.splitlines() if not line.endswith("nothing was written")]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_load_reports_each_problem_located(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files, expected = BROKEN[case]
    code, lines = check_lines(make_tree(tmp_path, files), capsys)
    assert code == 1
    assert len(lines) == 1, lines
    assert re.match(expected, lines[0].replace(str(tmp_path) + os.sep, "")), lines[0]


def test_load_reports_every_problem_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Problems in different files are all reported (a bad article does not hide the next)."""
    files = {
        "articles/story/a.md": article(outlet="infobea"),
        "articles/story/b.md": article(published="yesterday"),
        "articles/story/c.md": "---\ntitle: [\n---\ntext\n",
    }
    code, lines = check_lines(make_tree(tmp_path, files), capsys)
    assert code == 1
    assert [line.split(":")[0] for line in lines] == ["articles/story/a.md", "articles/story/b.md", "articles/story/c.md"]


def test_load_reads_in_workers_what_one_process_reads_and_reports_problems_in_walk_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(cache_module.os, "cpu_count", lambda: 2)
    files = {
        "articles/story/a.md": article(outlet="infobea"),
        "articles/story/b.md": article(),
        "articles/story/Bad Name.md": article(),
        "articles/story-two/story.yml": "title: [\n",
        "articles/story-two/c.md": article(),
        "articles/story-three/story.yml": STORY,
        "articles/story-three/b.md": article(),
        "articles/story-three/d.md": article(published="yesterday"),
        "articles/zz-lonely/e.md": article(),
    }
    make_tree(tmp_path, files)
    with pytest.raises(InputError) as alone:
        load_corpus(tmp_path / "articles", tmp_path)
    with pytest.raises(InputError) as apart, project_cache(tmp_path) as cache:
        load_corpus(tmp_path / "articles", tmp_path, cache.memo)

    assert apart.value.problems == alone.value.problems
    assert [(p.where.path, p.what.split(" ")[0]) for p in apart.value.problems] == [
        ("articles/story/Bad Name.md", "article"), ("articles/story/a.md", "unknown"),
        ("articles/story-three/b.md", "article"), ("articles/story-three/d.md", "field"),
        ("articles/story-two/story.yml", "YAML"), ("articles/zz-lonely/story.yml", "story"),
    ]
    del files["articles/story/a.md"], files["articles/story/Bad Name.md"], files["articles/story-three/b.md"]
    files["articles/story-three/d.md"] = article(published="2022-04-07")
    files["articles/story-two/story.yml"] = STORY
    files["articles/zz-lonely/story.yml"] = STORY
    clean = tmp_path / "clean"
    make_tree(clean, files)
    with project_cache(clean) as cache:
        assert load_corpus(clean / "articles", clean, cache.memo) == load_corpus(clean / "articles", clean)


def test_load_refuses_symlink_out_of_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text(article())
    make_tree(tmp_path / "project", {})
    (tmp_path / "project/articles/story/leak.md").symlink_to(outside)
    code, lines = check_lines(tmp_path / "project", capsys)
    assert code == 1
    assert lines == ["articles/story/leak.md: file links outside articles/ — copy the article into its story folder"]


def test_load_bom_and_crlf_are_read(tmp_path: Path) -> None:
    text = "\ufeff" + article().replace("\n", "\r\n")
    make_tree(tmp_path, {"articles/story/a.md": text})
    (only,) = load_corpus(tmp_path / "articles").articles
    assert only.title == "A headline" and "\r" not in only.text


def test_load_yaml_positions_are_file_lines() -> None:
    data = parse_yaml("a: 1\nb:\n  c: 2\n", "f.yml", first_line=2)
    assert data.key_where == {"a": (2, 1), "b": (3, 1)}
    assert data["b"].key_where == {"c": (4, 3)}


def test_load_raw_text_dated_from_file_name(tmp_path: Path) -> None:
    path = tmp_path / "outlet_2016-09-25_story.txt"
    path.write_text("“Yes,” she said.\n")
    raw = read_raw_article(path)
    assert raw.published == dt.date(2016, 9, 25) and raw.body_start == 0
    assert read_raw_article(path, dt.date(2020, 1, 1)).published == dt.date(2020, 1, 1)


_YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=40)


@settings(max_examples=300, deadline=None)
@given(_YAML_VALUES, st.sampled_from([None, True, False]))
def test_yaml_nesting_never_exceeds_the_indicator_count(value: object, flow_style: bool | None) -> None:
    # The loader skips its nesting check on text with few indicators; that is safe only if
    # every collection the parser opens needs an indicator character of its own.
    text = yaml.safe_dump(value, default_flow_style=flow_style, allow_unicode=True)
    depth = deepest = 0
    for event in yaml.parse(text):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            deepest = max(deepest, depth)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    assert deepest <= collection_indicators(text)


def test_load_from_a_listing_finds_what_a_walk_finds_links_within_articles_included(tmp_path: Path) -> None:
    make_tree(tmp_path, {
        "articles/story/2022-04-06-infobae-a.md": article(),
        "articles/story/deeper/2022-04-07-infobae-b.md": article(url="https://example.org/b"),
        "articles/story/notes.pdf": "not an article",
        "articles/story/c-target.txt": article(url="https://example.org/c"),
        "articles/.hidden/story.yml": STORY,
        "articles/.hidden/2022-04-09-infobae-d.md": article(url="https://example.org/d"),
    })
    (tmp_path / "articles/story/2022-04-08-infobae-c.md").symlink_to(tmp_path / "articles/story/c-target.txt")

    def listed(memo=uncached):
        return load_corpus(tmp_path / "articles", tmp_path, memo, listing=tree_stats(tmp_path / "articles"))

    walked = load_corpus(tmp_path / "articles", tmp_path)
    assert sorted(a.id for a in walked.articles) == ["2022-04-06-infobae-a", "2022-04-07-infobae-b",
                                                     "2022-04-08-infobae-c", "c-target"]
    assert listed() == walked
    with project_cache(tmp_path) as cache:
        assert listed(cache.memo) == walked
    # A story folder linked to another within articles/ (the listing does not follow links):
    # the same files again, whose ids the story after it finds taken.
    (tmp_path / "articles/linked").symlink_to(tmp_path / "articles/story", target_is_directory=True)
    with pytest.raises(InputError) as from_walk:
        load_corpus(tmp_path / "articles", tmp_path)
    with pytest.raises(InputError) as from_listing:
        listed()
    assert from_listing.value.problems == from_walk.value.problems
    assert "articles/story/2022-04-06-infobae-a.md" in {p.where.path for p in from_listing.value.problems}


def test_load_an_unchanged_story_is_one_lookup_and_an_edited_file_is_read_again(tmp_path: Path) -> None:
    make_tree(tmp_path, {f"articles/story/2022-04-0{n}-infobae-{n}.md": article(url=f"https://example.org/{n}")
                         for n in range(1, 4)})
    make_tree(tmp_path, {"articles/other/story.yml": STORY,
                         "articles/other/2022-04-05-infobae-o.md": article(url="https://example.org/o")})
    with project_cache(tmp_path) as cache:
        first = load_corpus(tmp_path / "articles", tmp_path, cache.memo, listing=tree_stats(tmp_path / "articles"))
    edited = tmp_path / "articles/story/2022-04-02-infobae-2.md"
    edited.write_text(article(url="https://example.org/2", title="Another headline"), encoding="utf-8")

    with project_cache(tmp_path) as cache:
        again = load_corpus(tmp_path / "articles", tmp_path, cache.memo, listing=tree_stats(tmp_path / "articles"))

    assert cache.counts["story files"].reused == 1 and cache.counts["story files"].computed == 1
    assert cache.counts["article file"].computed == 1, "the story's other files are not read again"
    titles = {a.id: a.title for a in again.articles}
    assert titles.pop("2022-04-02-infobae-2") == "Another headline"
    assert set(titles.values()) == {"A headline"}
    assert again == load_corpus(tmp_path / "articles", tmp_path)
    assert [a for a in again.articles if a.id in titles] == [a for a in first.articles if a.id in titles]


def test_load_a_file_broken_in_a_story_read_before_is_reported_every_run(tmp_path: Path) -> None:
    make_tree(tmp_path, {"articles/story/2022-04-06-infobae-a.md": article(),
                         "articles/story/2022-04-07-infobae-b.md": article(url="https://example.org/b")})
    with project_cache(tmp_path) as cache:
        load_corpus(tmp_path / "articles", tmp_path, cache.memo)
    (tmp_path / "articles/story/2022-04-07-infobae-b.md").write_text(article(outlet="infobea"), encoding="utf-8")

    for _ in range(2):
        with pytest.raises(InputError, match="unknown outlet 'infobea'"), project_cache(tmp_path) as cache:
            load_corpus(tmp_path / "articles", tmp_path, cache.memo, listing=tree_stats(tmp_path / "articles"))
        assert cache.counts["article file"].reused == 1, "the story's good file is not read again"
