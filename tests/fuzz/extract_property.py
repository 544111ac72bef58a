"""What must hold for any input of the extractor: the check the atheris harness
(``fuzz_extract.py``) runs on each input and ``tests/test_fuzz.py`` replays on the kept
corpus and regressions."""

from __future__ import annotations

import datetime as dt
import json

from generator.align import align_statements
from generator.models import Article, Person, Registry, Role
from generator.statements import find_statements, statement_record

PUBLISHED = dt.date(2022, 4, 6)
REGISTRY = Registry(people={
    "zhang-jun": Person(key="zhang-jun", name="Zhang Jun", aliases=("Zhang", "Ambassador Zhang"),
                        roles=(Role("Permanent Representative of China to the United Nations",
                                    since=dt.date(2019, 9, 1)),)),
    "china": Person(key="china", name="China", kind="country"),
})


def article_of(data: bytes) -> Article:
    """The input as an article's text: UTF-8, undecodable bytes replaced (the loader refuses
    them; the extractor is what is fuzzed here)."""
    return Article(id="fuzz", story="fuzz", path="articles/fuzz/fuzz.md", title="", outlet="fuzz", url="",
                   published=PUBLISHED, language="en", text=data.decode("utf-8", "replace"))


def check_extract(data: bytes) -> None:
    """Raise (AssertionError or whatever the stages raise) when the input breaks a property:
    the stages never raise; each statement's offsets point at its words, which are trimmed
    and not empty; its paragraph exists; a date not written in the text is not after the
    publication; the record is JSON; and the aligner takes the statements."""
    article = article_of(data)
    text = article.text
    statements = find_statements(article, REGISTRY)
    for s in statements:
        assert text[s.start : s.end] == s.quote, (s.start, s.end, s.quote)
        assert s.quote and s.quote.strip() == s.quote, s.quote
        assert s.kind in ("quote", "fragment", "paraphrase"), s.kind
        assert s.paragraph >= 1, s
        if s.date is not None and s.date_basis != "explicit":
            assert s.date <= PUBLISHED, s
        json.dumps(statement_record(s, article.path), ensure_ascii=False)
    align_statements(statements, (article,))
