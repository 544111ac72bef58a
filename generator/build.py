"""The pipeline, in order: load → clean → extract → attribute → dates → align → render → write.

:func:`build` is the whole run. The per-article stages (clean, extract, attribute, dates)
are composed in :func:`generator.statements.analyse_article`, which ``briefing extract``
shares, and cached between runs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from generator.align import align_statements
from generator.cache import (CACHE_DIR, Memo, ResultCache, RunStamp, StageCounts, collector_paused, last_run, map_apart,
                             output_stamp, project_cache, record_run, take_stamp, uncached)
from generator.errors import Problem
from generator.load import Corpus, load_corpus
from generator.models import Alignment, Article, Site, Statement
from generator.render import render_pages
from generator.report import RunFacts, format_summary, progress
from generator.statements import ArticleAnalysis, analyse_article
from generator.write import PageWriter, WriteReport


@dataclass(frozen=True)
class CorpusAnalysis:
    """Every article analysed, and what an editor should curate."""

    by_article: dict[str, ArticleAnalysis]
    warnings: tuple[Problem, ...]

    @property
    def statements(self) -> tuple[Statement, ...]:
        return tuple(s for analysis in self.by_article.values() for s in analysis.statements)


@dataclass(frozen=True)
class BuildReport:
    """What one run did. ``skipped``: nothing had changed since the last complete run, so
    nothing was read (``facts`` are that run's)."""

    facts: RunFacts
    warnings: tuple[Problem, ...]
    written: WriteReport
    analysed: dict[str, StageCounts]
    skipped: bool = False
    retained: tuple[object, ...] = dataclasses.field(default=(), repr=False, compare=False)
    """What the run made (the cache with its results, the site, the pages), freed with the
    report: a process that ends after the run may keep the report and end without freeing
    them object by object (a tenth of a run that adds one article to 10,000)."""

    @property
    def articles(self) -> int:
        return self.facts.articles

    def summary(self) -> str:
        if self.skipped:
            return (f"nothing changed since the last run ({self.facts.articles} articles, "
                    f"{self.facts.statements} statements): no page written")
        return format_summary(self.facts, self.written, self.analysed)


def analyse_corpus(corpus: Corpus, cache: ResultCache | None = None) -> CorpusAnalysis:
    """Every article analysed; warnings for speakers missing from the registry and for
    statements with no date."""
    registry = corpus.registry

    def analyse_story(printed: tuple[Article, ...], memo: Memo) -> tuple[ArticleAnalysis, ...]:
        # One result a story, each article's kept under it: a run that adds one article to
        # 10,000 looks up 1,250 results, not 10,000, and analyses the new article alone.
        return memo("story analyses", (printed, registry),
                    lambda: tuple(analyse_article(article, registry, memo) for article in printed))

    stories = articles_by_story(corpus.articles)
    if cache:
        # Counted article by article only in the stories analysed again: none may be.
        cache.counts.setdefault("analyse", StageCounts())
    # In one process per core when there are many stories to analyse (a cold run).
    analyses = map_apart(cache.memo if cache else uncached, stories, analyse_story, memo_first=True)
    of_article = {article.id: analysis for printed, analysed in zip(progress(stories, "analysing articles"), analyses)
                  for article, analysis in zip(printed, analysed)}
    by_article = {article.id: of_article[article.id] for article in corpus.articles}
    unknown: dict[str, list[Statement]] = {}
    warnings: list[Problem] = []
    for analysis in by_article.values():
        for s in analysis.statements:
            if corpus.registry.lacks_speaker(s):
                unknown.setdefault(s.speaker_name, []).append(s)
            if s.date is None:
                warnings.append(Problem(s.source, f"statement \"{s.quote[:40]}\" has no date",
                                        "give the article a publication date or the text a date", warning=True))
    for name, said in sorted(unknown.items()):
        count = f"{len(said)} statement{'s' if len(said) > 1 else ''}"
        warnings.append(Problem(said[0].source, f"speaker '{name}' is not in people.yml ({count})",
                                "add them to articles/people.yml with aliases and roles", warning=True))
    return CorpusAnalysis(by_article, tuple(warnings))


def articles_by_story(articles: tuple[Article, ...]) -> list[tuple[Article, ...]]:
    """The articles of each story, stories by key, each story's in the order of ``articles``."""
    by_story: dict[str, list[Article]] = {}
    for article in articles:
        by_story.setdefault(article.story, []).append(article)
    return [tuple(printed) for _, printed in sorted(by_story.items())]


def align_by_story(statements: tuple[Statement, ...], articles: tuple[Article, ...], memo: Memo = uncached) -> Alignment:
    """:func:`align_statements`, one story at a time through ``memo``: stories align apart,
    so adding an article re-aligns its story only. Equal to aligning all at once."""
    by_article: dict[str, list[Statement]] = {}
    for statement in statements:
        by_article.setdefault(statement.article, []).append(statement)
    # A story's statements go in article by article: each article's are then known by the
    # name of its analysis (see ResultCache._whole_name), not one by one.
    stories = [(tuple(tuple(by_article.get(a.id, ())) for a in printed), printed)
               for printed in articles_by_story(articles)]
    # In one process per core when there are many stories to align (a cold run).
    parts = list(map_apart(memo, stories, lambda story, memo: memo("align", story, lambda: _align_story(*story)),
                           memo_first=True))
    return Alignment(tuple(u for part in parts for u in part.utterances), tuple(e for part in parts for e in part.echoes))


def _align_story(said: tuple[tuple[Statement, ...], ...], printed: tuple[Article, ...]) -> Alignment:
    """:func:`align_statements` of one story: its articles, and their statements article by article."""
    return align_statements(tuple(s for statements in said for s in statements), printed)


def build(project: Path, *, force: bool = False) -> BuildReport:
    """Regenerate ``content/`` from ``articles/``: everything validated before anything is
    written, and only changed files written. When neither the input, the generator nor
    ``content/`` changed since the last complete run, nothing is read at all.

    Raises InputError (nothing written) for bad input and WriteConflict for a file the
    generator does not own.
    """
    stamp = take_stamp(project)
    previous = last_run(project)
    if previous and previous[0] == stamp and not force:
        return BuildReport(RunFacts(**previous[1]), (), WriteReport(), {}, skipped=True)
    with project_cache(project) as cache, collector_paused():
        corpus = load_corpus(project / "articles", project, cache.memo, listing=stamp.articles)
        analysis = analyse_corpus(corpus, cache)
        statements = analysis.statements
        site = Site(
            registry=corpus.registry,
            stories=corpus.stories,
            articles=corpus.articles,
            paragraphs={key: a.paragraphs for key, a in analysis.by_article.items()},
            statements=statements,
            alignment=align_by_story(statements, corpus.articles, cache.memo),
        )
        # The writer takes the pages as they are rendered: the disk works while the workers render.
        with PageWriter(project / "content", force=force, stat_record=project / CACHE_DIR / "written.json",
                        stats=stamp.content) as writer:
            pages = render_pages(site, cache.memo, ready=writer.stage)
            written = writer.finish(pages)
    facts = RunFacts.of(len(corpus.articles), statements, corpus.registry)
    record_run(project, RunStamp(stamp.inputs, output_stamp(project, stamp, written.touched, written.stats)),
               dataclasses.asdict(facts))
    return BuildReport(facts, analysis.warnings, written, cache.counts, retained=(cache, site, pages))
