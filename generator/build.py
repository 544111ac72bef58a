"""The pipeline, in order: load → clean → extract → attribute → dates → align → render → write.

:func:`build` is the whole run. The per-article stages (clean, extract, attribute, dates)
are composed in :func:`generator.statements.analyse_article`, which ``briefing extract``
shares, and cached between runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.align import align_statements
from generator.cache import ResultCache, StageCounts, project_cache
from generator.errors import Problem
from generator.load import Corpus, load_corpus
from generator.models import Registry, Site, Statement
from generator.render import render_pages
from generator.report import format_summary, progress
from generator.statements import ArticleAnalysis, analyse_article
from generator.write import WriteReport, write_changed


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
    """What one run did."""

    articles: int
    statements: tuple[Statement, ...]
    registry: Registry
    warnings: tuple[Problem, ...]
    written: WriteReport
    analysed: dict[str, StageCounts]

    def summary(self) -> str:
        return format_summary(self.articles, self.statements, self.registry, self.written, self.analysed)


def analyse_corpus(corpus: Corpus, cache: ResultCache | None = None) -> CorpusAnalysis:
    """Every article analysed; warnings for speakers missing from the registry and for
    statements with no date."""
    by_article = {a.id: analyse_article(a, corpus.registry, cache)
                  for a in progress(corpus.articles, "analysing articles")}
    unknown: dict[str, list[Statement]] = {}
    warnings: list[Problem] = []
    for analysis in by_article.values():
        for s in analysis.statements:
            if s.speaker and s.speaker not in corpus.registry.people:
                unknown.setdefault(s.speaker_name, []).append(s)
            if s.date is None:
                warnings.append(Problem(s.source, f"statement \"{s.quote[:40]}\" has no date",
                                        "give the article a publication date or the text a date", warning=True))
    for name, said in sorted(unknown.items()):
        count = f"{len(said)} statement{'s' if len(said) > 1 else ''}"
        warnings.append(Problem(said[0].source, f"speaker '{name}' is not in people.yml ({count})",
                                "add them to articles/people.yml with aliases and roles", warning=True))
    return CorpusAnalysis(by_article, tuple(warnings))


def build(project: Path, *, force: bool = False) -> BuildReport:
    """Regenerate ``content/`` from ``articles/``: everything validated before anything is
    written, and only changed files written.

    Raises InputError (nothing written) for bad input and WriteConflict for a file the
    generator does not own.
    """
    corpus = load_corpus(project / "articles", project)
    with project_cache(project) as cache:
        analysis = analyse_corpus(corpus, cache)
    statements = analysis.statements
    site = Site(
        registry=corpus.registry,
        stories=corpus.stories,
        articles=corpus.articles,
        paragraphs={key: a.paragraphs for key, a in analysis.by_article.items()},
        statements=statements,
        alignment=align_statements(statements, corpus.articles),
    )
    written = write_changed(render_pages(site), project / "content", force=force)
    return BuildReport(len(corpus.articles), statements, corpus.registry, analysis.warnings, written, cache.counts)
