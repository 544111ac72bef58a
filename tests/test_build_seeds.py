"""The committed seed articles, read by the loader with the repository's own registry (which
holds China as a country speaker): every statement of ``seeds-gold.yaml`` is found with the
right speaker, date, basis and kind — what the published site shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.load import load_corpus
from generator.statements import analyse_article

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "seeds" / "seeds-gold.yaml"


def cases():
    gold = yaml.safe_load(GOLD.read_text("utf-8"))
    for seed, entry in gold.items():
        if isinstance(entry, dict) and "statements" in entry:
            outlet = seed.split("-")[0]
            for want in entry["statements"]:
                yield pytest.param(outlet, want, id=f"{outlet}: {want['quote'][:40]}")


@pytest.fixture(scope="module")
def statements_by_outlet():
    corpus = load_corpus(REPO / "articles")
    return {a.outlet: analyse_article(a, corpus.registry).statements for a in corpus.articles}


@pytest.mark.parametrize("outlet,want", list(cases()))
def test_build_seed_statement_with_repository_registry(statements_by_outlet, outlet, want):
    hits = [s for s in statements_by_outlet[outlet] if s.quote.startswith(want["quote"]) and s.kind != "paraphrase"]
    assert hits, f"not found: {want['quote']!r}"
    found = hits[0]
    assert (found.speaker_name, found.date, found.date_basis) == (want["speaker"], want["date"], want["basis"])
    assert found.kind == ("fragment" if want.get("fragment") else "quote")
