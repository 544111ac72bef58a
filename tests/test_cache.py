"""The result cache: reuse per-article results across runs, only for the same input and code."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from generator import cache as cache_module
from generator.cache import CACHE_DIR, load_cache, map_apart, project_cache
from generator.clean import clean_paragraphs
from generator.models import Article, Person, Registry


def article(n: int, text: str | None = None) -> Article:
    body = text or f"Headline number {n}\n\n“We will talk,” the minister said on Tuesday in round {n}.\n"
    return Article(id=f"story-{n}", story="story", path=f"articles/story/{n}.md", title=f"Headline {n}",
                   outlet="outlet", url=f"https://example.org/{n}", published=dt.date(2022, 4, 6),
                   language="en", text=body)


REGISTRY = Registry(people={"zhang-jun": Person("zhang-jun", "Zhang Jun", aliases=("Zhang",))})


class Calls:
    """A stage double that records which articles it was run on."""

    def __init__(self):
        self.seen: list[str] = []

    def clean(self, a: Article):
        self.seen.append(a.id)
        return clean_paragraphs(a)

    def attribute(self, a: Article, registry: Registry):
        self.seen.append(f"{a.id}+registry")
        return tuple(sorted(registry.people)), a.title


def analyse(cache, a: Article, registry: Registry, calls: Calls):
    """The nesting build() uses: extraction keyed by the article, attribution by both."""

    def attributed():
        paragraphs = cache.memo("extract", (a,), lambda: calls.clean(a))
        return paragraphs, calls.attribute(a, registry)

    return cache.memo("analyse", (a, registry), attributed)


def run(project: Path, articles: list[Article], registry: Registry = REGISTRY) -> tuple[list, Calls]:
    calls = Calls()
    with project_cache(project) as cache:
        results = [analyse(cache, a, registry, calls) for a in articles]
    return results, calls


def test_cache_second_run_reuses_every_result_and_gives_equal_values(tmp_path):
    articles = [article(n) for n in range(5)]
    first, _ = run(tmp_path, articles)

    second, calls = run(tmp_path, articles)

    assert calls.seen == []
    assert second == first
    assert (tmp_path / CACHE_DIR).is_dir()


def test_cache_adding_one_article_analyses_only_that_one(tmp_path):
    articles = [article(n) for n in range(5)]
    run(tmp_path, articles)

    _, calls = run(tmp_path, articles + [article(99)])

    assert calls.seen == ["story-99", "story-99+registry"]


def test_cache_an_edited_article_is_analysed_again(tmp_path):
    articles = [article(n) for n in range(3)]
    run(tmp_path, articles)
    edited = replace(articles[1], text=articles[1].text + "\nOne more paragraph.\n")

    _, calls = run(tmp_path, [articles[0], edited, articles[2]])

    assert calls.seen == ["story-1", "story-1+registry"]


def test_cache_a_registry_change_reattributes_without_cleaning_again(tmp_path):
    articles = [article(n) for n in range(3)]
    run(tmp_path, articles)
    more_people = Registry(people={**REGISTRY.people, "wang-yi": Person("wang-yi", "Wang Yi")})

    results, calls = run(tmp_path, articles, more_people)

    assert calls.seen == [f"story-{n}+registry" for n in range(3)]
    assert all(r[1][0] == ("wang-yi", "zhang-jun") for r in results)


def test_cache_is_not_reused_by_another_generator(tmp_path, monkeypatch):
    articles = [article(n) for n in range(2)]
    run(tmp_path, articles)
    monkeypatch.setattr(cache_module, "generator_fingerprint", lambda: "the code changed")

    _, calls = run(tmp_path, articles)

    assert calls.seen == ["story-0", "story-0+registry", "story-1", "story-1+registry"]


def test_cache_fingerprint_follows_the_generator_source(tmp_path, monkeypatch):
    before = cache_module.generator_fingerprint()
    package = tmp_path / "generator"
    (package / "templates").mkdir(parents=True)
    (package / "extract.py").write_text("RULE = 1\n")
    (package / "templates" / "page.md.j2").write_text("{{ x }}\n")
    monkeypatch.setattr(cache_module.resources, "files", lambda name: package)

    def fingerprint():
        cache_module.generator_fingerprint.cache_clear()
        return cache_module.generator_fingerprint()

    first = fingerprint()
    (package / "extract.py").write_text("RULE = 2\n")
    second = fingerprint()
    assert second != first
    (package / "templates" / "page.md.j2").write_text("{{ y }}\n")
    assert fingerprint() != second, "rendered pages are cached too: a template edit counts"
    cache_module.generator_fingerprint.cache_clear()
    monkeypatch.undo()
    assert cache_module.generator_fingerprint() == before


def test_cache_keeps_only_what_the_last_complete_run_used(tmp_path):
    run(tmp_path, [article(n) for n in range(4)])
    run(tmp_path, [article(0)])

    _, calls = run(tmp_path, [article(1)])

    assert calls.seen == ["story-1", "story-1+registry"]


def test_cache_a_failed_run_keeps_earlier_results(tmp_path):
    articles = [article(n) for n in range(3)]
    run(tmp_path, articles)

    with pytest.raises(RuntimeError):
        with project_cache(tmp_path) as cache:
            analyse(cache, article(50), REGISTRY, Calls())
            raise RuntimeError("bad input found later in the run")

    _, calls = run(tmp_path, articles + [article(50)])
    assert calls.seen == []


def test_cache_a_damaged_file_counts_as_empty(tmp_path):
    run(tmp_path, [article(1)])
    path = tmp_path / CACHE_DIR / "results.pickle"
    path.write_bytes(path.read_bytes()[:20])

    _, calls = run(tmp_path, [article(1)])

    assert calls.seen == ["story-1", "story-1+registry"]
    _, calls = run(tmp_path, [article(1)])
    assert calls.seen == [], "the file written again is whole"


@pytest.mark.parametrize("spoil", ["a pickled dict", "a header longer than the file", "values cut short"])
def test_cache_a_foreign_or_cut_file_counts_as_empty(tmp_path, spoil):
    run(tmp_path, [article(1), article(2)])
    path = tmp_path / CACHE_DIR / "results.pickle"
    whole = path.read_bytes()
    spoiled = {"a pickled dict": pickle.dumps({"fingerprint": "x", "results": {}}),
               "a header longer than the file": (len(whole) * 2).to_bytes(8, "little") + whole[8:],
               "values cut short": whole[:-1]}[spoil]
    path.write_bytes(spoiled)

    _, calls = run(tmp_path, [article(1)])

    assert calls.seen == ["story-1", "story-1+registry"]


def test_cache_values_are_read_from_the_file_only_when_asked_for(tmp_path, monkeypatch):
    first, _ = run(tmp_path, [article(n) for n in range(5)])
    reads = []
    read = cache_module._ValueFile.read
    monkeypatch.setattr(cache_module._ValueFile, "read", lambda self, *place: reads.append(place) or read(self, *place))
    cache = load_cache(tmp_path)

    assert reads == [], "loading the cache reads no value"
    assert analyse(cache, article(3), REGISTRY, Calls()) == first[3]
    assert len(reads) == 1
    cache.close()


def test_cache_no_change_run_does_not_rewrite_the_file(tmp_path):
    run(tmp_path, [article(1)])
    path = tmp_path / CACHE_DIR / "results.pickle"
    before = path.stat().st_mtime_ns

    run(tmp_path, [article(1)])

    assert path.stat().st_mtime_ns == before


def test_cache_a_small_change_is_saved_apart_from_the_whole_file_and_read_back(tmp_path):
    articles = [article(n) for n in range(10)]
    run(tmp_path, articles)
    whole = tmp_path / CACHE_DIR / "results.pickle"
    before = whole.stat().st_mtime_ns

    run(tmp_path, [*articles[1:], article(10)])
    _, calls = run(tmp_path, [*articles[1:], article(10)])

    assert whole.stat().st_mtime_ns == before, "the whole file is not written again for one result"
    assert calls.seen == []
    _, calls = run(tmp_path, articles[:1])
    assert calls.seen == ["story-0", "story-0+registry"], "the result dropped by the small change stays dropped"


@pytest.mark.parametrize("spoil", ["damaged", "of another whole file"])
def test_cache_a_delta_file_damaged_or_written_for_another_whole_file_is_left_out(tmp_path, spoil):
    articles = [article(n) for n in range(10)]
    run(tmp_path, articles)
    run(tmp_path, [*articles, article(10)])
    delta = tmp_path / CACHE_DIR / "results.delta.pickle"
    saved = delta.read_bytes()
    if spoil == "damaged":
        delta.write_bytes(saved[:30])
    else:
        run(tmp_path, articles[:1])  # most results dropped: the whole file is written again
        delta.write_bytes(saved)

    _, calls = run(tmp_path, [*articles, article(10)])

    assert "story-10" in calls.seen


def test_cache_counts_reused_and_computed_results_per_stage(tmp_path):
    run(tmp_path, [article(1)])
    cache = load_cache(tmp_path)
    for a in (article(1), article(2)):
        analyse(cache, a, REGISTRY, Calls())

    assert (cache.counts["analyse"].reused, cache.counts["analyse"].computed) == (1, 1)
    assert (cache.counts["extract"].reused, cache.counts["extract"].computed) == (0, 1)


def test_cache_a_run_that_reuses_whole_analyses_keeps_the_extractions_under_them(tmp_path):
    articles = [article(n) for n in range(3)]
    run(tmp_path, articles)
    run(tmp_path, articles)  # every analysis reused: the extractions are not asked for
    more_people = Registry(people={**REGISTRY.people, "wang-yi": Person("wang-yi", "Wang Yi")})

    _, calls = run(tmp_path, articles, more_people)

    assert calls.seen == [f"story-{n}+registry" for n in range(3)]



def analysed_with(memo, a: Article, registry: Registry, calls: Calls):
    """``analyse`` through any memo (a worker's, a probe's)."""

    def attributed():
        paragraphs = memo("extract", (a,), lambda: calls.clean(a))
        return paragraphs, calls.attribute(a, registry)

    return memo("analyse", (a, registry), attributed)


@pytest.mark.parametrize("memo_first", [False, True])
def test_cache_results_computed_apart_equal_those_computed_in_one_process(tmp_path, monkeypatch, memo_first):
    monkeypatch.setattr(cache_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(cache_module.os, "cpu_count", lambda: 2)
    articles = [article(n) for n in range(6)]
    alone, _ = run(tmp_path / "alone", articles)
    run(tmp_path / "apart", articles[:2])
    cache = load_cache(tmp_path / "apart")
    here = Calls()

    results = list(map_apart(cache.memo, articles, lambda a, memo: analysed_with(memo, a, REGISTRY, here),
                             memo_first=memo_first))
    again = [analysed_with(cache.memo, a, REGISTRY, here) for a in articles]

    assert results == again == alone
    assert here.seen == [], "the workers computed the four new articles, and this process took them"
    assert (cache.counts["analyse"].reused, cache.counts["analyse"].computed) == (2 + 6, 4)
    cache.save()
    assert len(load_cache(tmp_path / "apart")._stored) == 12, "every article's two results are kept"


def test_cache_a_cold_run_computed_apart_equals_one_process_and_keeps_every_result(tmp_path, monkeypatch):
    monkeypatch.setattr(cache_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(cache_module.os, "cpu_count", lambda: 2)
    articles = [article(n) for n in range(40)]  # more chunks than workers: keys handed over as they go
    alone, _ = run(tmp_path / "alone", articles)
    cache = load_cache(tmp_path / "apart")
    here = Calls()

    results = list(map_apart(cache.memo, articles, lambda a, memo: analysed_with(memo, a, REGISTRY, here),
                             memo_first=True))

    assert results == alone
    assert here.seen == [], "the workers computed every article"
    assert (cache.counts["analyse"].reused, cache.counts["analyse"].computed) == (0, 40)
    again = [analysed_with(cache.memo, a, REGISTRY, here) for a in articles]
    assert again == alone and here.seen == [], "what the workers computed is in this process's cache"
    cache.save()
    assert len(load_cache(tmp_path / "apart")._stored) == 80, "every article's two results are kept"


def test_cache_a_run_pauses_the_cycle_collector_and_gives_it_back_even_when_it_fails():
    import gc

    with cache_module.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), cache_module.collector_paused():
        raise KeyError("a stage failed")
    assert gc.isenabled()


@dataclass(frozen=True)
class Said:
    words: str


@dataclass(frozen=True)
class Analysed:
    short: tuple[Said, ...]
    long: tuple[Said, ...]


def test_cache_a_new_tuple_of_a_named_results_parts_is_the_same_input_and_a_part_of_it_another(tmp_path):
    # A named result's parts are known by its key; a tuple gathered again from them (one
    # article's statements taken back out of the site's) enters a key as the whole would.
    cache = load_cache(tmp_path)
    result = cache.memo("analyse", ("article",), lambda: Analysed(tuple(Said(f"s{n}") for n in range(3)),
                                                                 tuple(Said(f"l{n}") for n in range(12))))
    for number, part in enumerate((result.short, result.long)):
        cache.memo("shown", (part,), lambda: f"shown {number}")
        copy = tuple(said for said in part)
        assert copy is not part
        assert cache.memo("shown", (copy,), lambda: "computed again") == f"shown {number}"
        for other in (part[:-1], part[::-1], (*part[:-1], Said("other"))):
            assert cache.memo("shown", (other,), lambda: "computed") == "computed"


@pytest.mark.parametrize("pages", [lambda: "# One page\n", lambda: {"a.md": "# A\n", "b/c.md": "# C\n"}])
def test_cache_reused_pages_are_known_by_their_digests_and_read_only_when_written(tmp_path, monkeypatch, pages):
    with project_cache(tmp_path) as cache:
        computed = cache.memo("page", ("inputs",), pages)
    reads = []
    read = cache_module._ValueFile.read
    monkeypatch.setattr(cache_module._ValueFile, "read", lambda self, *place: reads.append(place) or read(self, *place))
    cache = load_cache(tmp_path)

    reused = cache.memo("page", ("inputs",), lambda: pytest.fail("computed again"))

    assert reused == computed and reads == []
    as_written = [page.data() for page in (reused.values() if isinstance(reused, dict) else [reused])]
    assert as_written == [page.data() for page in (computed.values() if isinstance(computed, dict) else [computed])]
    assert len(reads) == 1, "the entry is read once for all its pages"
    assert pickle.loads(pickle.dumps(reused)) == computed
    cache.close()
