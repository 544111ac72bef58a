"""Statements of an article: the extract, attribute and dates stages composed, and the
stable JSON record of a statement that ``briefing extract`` prints and outside tools score.
"""

from __future__ import annotations

from generator.attribute import attribute_speakers
from generator.clean import clean_paragraphs
from generator.dates import resolve_dates
from generator.extract import extract_quotes
from generator.models import Article, Registry, Statement


def find_statements(article: Article, registry: Registry) -> tuple[Statement, ...]:
    """Every statement of ``article``: quotations, fragments and reported speech.

    In: an article (its ``published`` date may be None) and the registry of people (may
    be empty). Out: statements in text order, ``article.text[s.start:s.end] == s.quote``.
    Never raises on any text: words that cannot be attributed get an empty speaker.
    """
    paragraphs = clean_paragraphs(article)
    spans = extract_quotes(article, paragraphs)
    attributed = attribute_speakers(spans, article, paragraphs, registry)
    return resolve_dates(attributed, article, paragraphs)


def statement_record(statement: Statement, article_path: str) -> dict:
    """The JSON object of a statement (a stable interface: keys are only ever added).

    ``speaker`` is the display name (the registry's canonical name for registered people)
    or None when unknown; ``speaker_key`` the registry key or that name.
    """
    return {
        "id": statement.id,
        "article": article_path,
        "quote": statement.quote,
        "kind": statement.kind,
        "speaker": statement.speaker_name or None,
        "speaker_key": statement.speaker or None,
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
