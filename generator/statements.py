"""Statements of an article: the clean, extract, attribute and dates stages composed, and
the stable JSON record of a statement that ``briefing extract`` prints and outside tools score.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.attribute import attribute_speakers
from generator.cache import Memo, uncached
from generator.clean import clean_paragraphs
from generator.dates import resolve_dates
from generator.extract import QuoteSpan, extract_quotes
from generator.models import Article, Paragraph, Registry, Statement

@dataclass(frozen=True)
class ArticleAnalysis:
    """What the per-article stages make of one article."""

    paragraphs: tuple[Paragraph, ...]
    statements: tuple[Statement, ...]


def analyse_article(article: Article, registry: Registry, memo: Memo = uncached) -> ArticleAnalysis:
    """Clean, extract, attribute and date one article.

    With a cache's ``memo``, an unchanged article is not analysed again, and a changed
    registry re-attributes without cleaning and extracting again. Never raises on any text:
    words that cannot be attributed get an empty speaker.
    """

    def extracted() -> tuple[tuple[Paragraph, ...], tuple[QuoteSpan, ...]]:
        paragraphs = clean_paragraphs(article)
        return paragraphs, extract_quotes(article, paragraphs)

    def analysed() -> ArticleAnalysis:
        paragraphs, spans = memo("extract", (article,), extracted)
        attributed = attribute_speakers(spans, article, paragraphs, registry)
        return ArticleAnalysis(paragraphs, resolve_dates(attributed, article, paragraphs))

    return memo("analyse", (article, registry), analysed)


def find_statements(article: Article, registry: Registry) -> tuple[Statement, ...]:
    """Every statement of ``article`` in text order, ``article.text[s.start:s.end] == s.quote``."""
    return analyse_article(article, registry).statements


def statement_record(statement: Statement, article_path: str) -> dict:
    """The JSON object of a statement (a stable interface: keys are only ever added).

    ``speaker`` is the display name (the registry's canonical name for registered people)
    or None when unknown; ``speaker_key`` the registry key or that name; ``speaker_kind``
    what the speaker is (``person``, ``organization``, ``country``, or ``description`` when
    the text only describes the speaker: "a spokesman").
    """
    return {
        "id": statement.id,
        "article": article_path,
        "quote": statement.quote,
        "kind": statement.kind,
        "speaker": statement.speaker_name or None,
        "speaker_key": statement.speaker or None,
        "speaker_kind": statement.speaker_kind or None,
        "as_written": statement.as_written,
        "role": statement.role,
        "date": statement.date.isoformat() if statement.date else None,
        "date_basis": statement.date_basis,
        "venue": statement.venue,
        "via": list(statement.via),
        "part": statement.part,
        "paragraph": statement.paragraph,
        "start": statement.start,
        "end": statement.end,
        "line": statement.source.line,
        "col": statement.source.col,
    }
