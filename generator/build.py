"""The pipeline, in order: load → clean → extract → attribute → dates → align → render → write.

:func:`build` is the whole run; :func:`analyse_article` is the per-article part that
``briefing extract`` shares with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.align import align_statements
from generator.attribute import attribute_speakers
from generator.clean import clean_paragraphs
from generator.dates import resolve_dates
from generator.errors import Problem
from generator.extract import extract_quotes
from generator.load import Corpus, load_corpus
from generator.models import Article, Paragraph, Registry, Site, Statement
from generator.render import render_pages
from generator.write import WriteReport, write_changed


@dataclass(frozen=True)
class ArticleAnalysis:
    """What the per-article stages make of one article."""

    paragraphs: tuple[Paragraph, ...]
    statements: tuple[Statement, ...]


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
    statements: int
    warnings: tuple[Problem, ...]
    written: WriteReport

    def summary(self) -> str:
        return (f"{self.articles} articles, {self.statements} statements, {len(self.warnings)} warnings; "
                f"{self.written.summary()}")


def analyse_article(article: Article, registry: Registry) -> ArticleAnalysis:
    """Clean, extract, attribute and date one article's statements."""
    paragraphs = clean_paragraphs(article)
    spans = extract_quotes(article, paragraphs)
    attributed = attribute_speakers(spans, article, paragraphs, registry)
    return ArticleAnalysis(paragraphs, resolve_dates(attributed, article, paragraphs))


def analyse_corpus(corpus: Corpus) -> CorpusAnalysis:
    """Every article analysed; warnings for speakers missing from the registry and for
    statements with no date."""
    by_article = {a.id: analyse_article(a, corpus.registry) for a in corpus.articles}
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
    analysis = analyse_corpus(corpus)
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
    return BuildReport(len(corpus.articles), len(statements), analysis.warnings, written)
