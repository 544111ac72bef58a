"""Properties of the extractor on any text: it never raises, and every statement's offsets
point at its words."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.models import Article, Person, Registry, Role
from generator.statements import find_statements, statement_record

# Text that is likely to hit the extractor's edges: quotation marks of every family,
# apostrophes, dashes, colons, names, speech verbs, tags, line breaks.
PIECES = st.sampled_from([
    "“", "”", "‘", "’", '"', "'", "''", "«", "»", "„", "‹", "›", " ", "\n", "\n\n", ", ", ". ", ": ",
    " – ", " — ", "said", " he said", " she said", "Anna Berg", "Mr. Reed", "the envoy", "China",
    "according to", "on Tuesday", "yesterday", "April 5", "This was reported by Xinhua.", "<tweet a=\"x\">",
    "(", ")", "REED:", "don’t", "’90s", "that", "Zhang", "\u00a0", "\t", "?", "!", "…",
])
TEXT = st.one_of(st.text(), st.lists(PIECES | st.text(max_size=5), max_size=60).map("".join))
REGISTRY = Registry(people={
    "zhang-jun": Person(key="zhang-jun", name="Zhang Jun", aliases=("Zhang",),
                        roles=(Role("Permanent Representative of China to the United Nations", since=dt.date(2019, 9, 1)),)),
})


def _article(text: str, published: dt.date | None) -> Article:
    return Article(id="p", story="s", path="articles/s/p.md", title="", outlet="", url="",
                   published=published, language="en", text=text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, published=st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))),
       with_registry=st.booleans())
def test_statements_never_raise_and_offsets_hold(text, published, with_registry):
    article = _article(text, published)
    found = find_statements(article, REGISTRY if with_registry else Registry())
    for s in found:
        assert text[s.start : s.end] == s.quote
        assert s.quote.strip() == s.quote and s.quote
        assert s.kind in ("quote", "fragment", "paraphrase")
        if published is not None and s.date is not None and s.date_basis != "explicit":
            assert s.date <= published
        statement_record(s, article.path)


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_statements_are_deterministic(text):
    article = _article(text, dt.date(2022, 4, 6))
    assert find_statements(article, REGISTRY) == find_statements(article, REGISTRY)
