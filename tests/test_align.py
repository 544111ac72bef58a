"""Align stage: which printings are one utterance, which words are echoed, and that the
candidates come from an index rather than from all pairs."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from generator.align import (
    align_statements,
    candidate_pairs,
    compare_wordings,
    content_id,
    variant_label,
    word_diff,
    _wordings,
)
from generator.models import Article, Statement

DAY = dt.date(2024, 3, 1)
NEXT_DAY = DAY + dt.timedelta(days=1)


def article(key: str, outlet: str, story: str = "talks") -> Article:
    return Article(
        id=key, story=story, path=f"articles/{story}/{key}.md", title=key, outlet=outlet,
        url="", published=NEXT_DAY, language="en", text="",
    )


ARTICLES = (
    article("a1", "agency"),
    article("b1", "broadcaster"),
    article("c1", "daily"),
    article("d1", "weekly"),
)


def said(key: str, art: str, quote: str, speaker: str = "minister", day: dt.date = DAY,
         kind: str = "quote", basis: str = "explicit") -> Statement:
    return Statement(
        id=key, article=art, quote=quote, kind=kind, speaker=speaker, speaker_name=speaker.title(),
        as_written=speaker, start=0, end=len(quote), paragraph=1, date=day, date_basis=basis,
    )


def groups(alignment) -> set[frozenset[str]]:
    """The utterances with more than one printing, as sets of statement ids."""
    return {frozenset(u.statement_ids) for u in alignment.utterances if len(u.statement_ids) > 1}


def kinds(alignment) -> dict[frozenset[str], str]:
    return {frozenset((e.first, e.second)): e.kind for e in alignment.echoes}


# ----------------------------------------------------------------------------- one utterance

VARIANTS = [
    pytest.param(
        "We will not accept any deal that rewards the aggressor, and we will keep supporting Ukraine",
        "We will keep supporting Ukraine and we will not accept any deal that rewards the aggressor",
        "reordered",
        id="reordered",
    ),
    pytest.param(
        "The reports and images of civilian deaths in Bucha are deeply disturbing",
        "The reports and images about the deaths of civilians in Bucha are deeply disturbing",
        "reworded",
        id="reworded",
    ),
    pytest.param(
        "Sanctions hurt ordinary people. The talks in Istanbul must continue without preconditions",
        "The talks in Istanbul must continue without preconditions",
        "trimmed",
        id="trimmed",
    ),
    pytest.param(
        "We must base accusations on facts",
        "Any accusation must be based on facts",
        "reworded",
        id="reworded-translated",
    ),
]


@pytest.mark.parametrize("first, second, label", VARIANTS)
def test_align_groups_variants_of_one_utterance(first, second, label):
    statements = (said("s1", "a1", first), said("s2", "b1", second))
    alignment = align_statements(statements, ARTICLES)
    assert groups(alignment) == {frozenset({"s1", "s2"})}
    assert alignment.echoes == ()
    assert variant_label(statements[0], statements[1]) == label


def test_align_groups_a_quote_with_its_paraphrase():
    statements = (
        said("s1", "a1", "Humanitarian issues should not be politicized"),
        said("s2", "b1", "humanitarian issues should not be politicized", kind="paraphrase"),
    )
    alignment = align_statements(statements, ARTICLES)
    assert groups(alignment) == {frozenset({"s1", "s2"})}
    assert variant_label(statements[0], statements[1]) == "paraphrased"


def test_align_keeps_one_printing_per_outlet_in_a_widely_carried_quote():
    # Forty outlets carrying the words verbatim, and one trimming them: a single utterance.
    quote = "Every effort should be made to prevent the escalation of the local conflict"
    arts = tuple(article(f"x{i:02d}", f"outlet-{i:02d}") for i in range(41))
    statements = tuple(said(f"s{i:02d}", f"x{i:02d}", quote) for i in range(40)) + (
        said("s40", "x40", "prevent the escalation of the local conflict", kind="fragment"),
    )
    alignment = align_statements(statements, arts)
    assert groups(alignment) == {frozenset(s.id for s in statements)}


UNRELATED = [
    pytest.param(
        "We will continue to support peace talks between the two sides in Ukraine",
        "We will continue to support humanitarian corridors for the civilians in Ukraine",
        id="same-frame-other-point",
    ),
    pytest.param(
        "The sovereignty and territorial integrity of all countries should be respected",
        "The security of all countries should be respected and is indivisible",
        id="shared-function-words",
    ),
    pytest.param(
        "We will send more troops to the eastern border this week",
        "We will not send more troops to the eastern border this week",
        id="negated",
    ),
    pytest.param(
        "China will continue to promote peace talks and play a constructive role",
        "China will continue to provide humanitarian assistance to Ukraine",
        id="seed-neighbours",
    ),
]


@pytest.mark.parametrize("first, second", UNRELATED)
def test_align_does_not_group_unrelated_statements_that_share_words(first, second):
    statements = (said("s1", "a1", first), said("s2", "b1", second))
    alignment = align_statements(statements, ARTICLES)
    assert groups(alignment) == set()
    assert alignment.echoes == ()


@pytest.mark.parametrize("first, second", UNRELATED)
def test_align_no_echo_between_unrelated_statements_of_two_speakers(first, second):
    statements = (said("s1", "a1", first, speaker="minister"), said("s2", "b1", second, speaker="envoy", day=NEXT_DAY))
    assert align_statements(statements, ARTICLES).echoes == ()


def test_align_same_speaker_on_two_days_is_two_utterances_and_an_echo():
    words = "Dialogue and negotiation is the only way leading to the door for peace"
    statements = (said("s1", "a1", words), said("s2", "b1", words, day=NEXT_DAY))
    alignment = align_statements(statements, ARTICLES)
    assert len(alignment.utterances) == 2
    assert kinds(alignment) == {frozenset({"s1", "s2"}): "echo"}


def test_align_publication_date_is_close_enough_to_the_day_said():
    words = "Dialogue and negotiation is the only way leading to the door for peace"
    statements = (said("s1", "a1", words), said("s2", "b1", words, day=NEXT_DAY, basis="publication"))
    assert groups(align_statements(statements, ARTICLES)) == {frozenset({"s1", "s2"})}


def test_align_echo_of_talking_point_by_another_speaker_inside_a_longer_quote():
    statements = (
        said("s1", "a1", "humanitarian issues should not be politicized", speaker="envoy", kind="paraphrase"),
        said("s2", "b1", "The images are disturbing, but we must ascertain the truth. Humanitarian issues "
             "should not be politicized, and any accusations must be based on facts", speaker="spokesman", day=NEXT_DAY),
    )
    alignment = align_statements(statements, ARTICLES)
    [echo] = alignment.echoes
    assert (echo.kind, echo.first, echo.second) == ("echo", "s1", "s2")
    assert echo.first_passage == "humanitarian issues should not be politicized"
    assert echo.second_passage == "Humanitarian issues should not be politicized, and any accusations must be based on facts"
    assert echo.coverage == 1.0


def test_align_conflict_when_two_outlets_give_one_quote_to_different_people():
    words = "All parties must show restraint and avoid unfounded accusations"
    statements = (said("s1", "a1", words, speaker="spokesman"), said("s2", "b1", words, speaker="minister"))
    assert kinds(align_statements(statements, ARTICLES)) == {frozenset({"s1", "s2"}): "conflict"}


def test_align_restated_when_one_article_gives_the_words_to_two_speakers():
    statements = (
        said("s1", "a1", "any accusation must be based on facts", speaker="china", kind="fragment"),
        said("s2", "a1", "Humanitarian issues should not be politicized, and any accusations must be based on facts",
             speaker="spokesman"),
    )
    assert kinds(align_statements(statements, ARTICLES)) == {frozenset({"s1", "s2"}): "restated"}


def test_align_stories_are_aligned_apart():
    words = "Dialogue and negotiation is the only way leading to the door for peace"
    arts = ARTICLES + (article("z1", "daily", story="other"),)
    statements = (said("s1", "a1", words), said("s2", "z1", words))
    alignment = align_statements(statements, arts)
    assert groups(alignment) == set()
    assert {u.story for u in alignment.utterances} == {"talks", "other"}


# ----------------------------------------------------------------------------- ids and order


def test_align_ids_derive_from_content_and_output_ignores_input_order():
    statements = [
        said("s1", "a1", "The talks in Istanbul must continue without preconditions"),
        said("s2", "b1", "talks in Istanbul must continue without preconditions", kind="fragment"),
        said("s3", "c1", "The talks in Istanbul must continue without preconditions", speaker="envoy", day=NEXT_DAY),
        said("s4", "d1", "Nothing else was agreed"),
    ]
    alignment = align_statements(tuple(statements), ARTICLES)
    for seed in range(5):
        random.Random(seed).shuffle(statements)
        assert align_statements(tuple(statements), tuple(reversed(ARTICLES))) == alignment
    grouped = next(u for u in alignment.utterances if len(u.statement_ids) == 2)
    assert grouped.id == content_id("u", ["s1", "s2"])
    assert grouped.statement_ids == ("s1", "s2")


# ----------------------------------------------------------------------------- index


def _sharing_two_words(count: int) -> list[Statement]:
    """Statements that share "Ukraine" and "support" and no other word."""
    return [
        said(f"s{i}", "a1", "Ukraine support " + " ".join(f"word{i * 8 + k}" for k in range(8)))
        for i in range(count)
    ]


def test_align_candidates_skip_features_every_wording_shares():
    assert candidate_pairs(_wordings(_sharing_two_words(300))) == []


def test_align_candidates_find_the_reworded_pair_among_many():
    statements = _sharing_two_words(300) + [
        said("x1", "a1", "The reports and images of civilian deaths in Bucha are deeply disturbing"),
        said("x2", "b1", "The reports and images about the deaths of civilians in Bucha are deeply disturbing"),
    ]
    wordings = _wordings(statements)
    found = {
        frozenset(p.statement.id for w in (wordings[i], wordings[j]) for p in w.passages)
        for i, j in candidate_pairs(wordings)
    }
    assert found == {frozenset({"x1", "x2"})}


# ----------------------------------------------------------------------------- diff and scores


def test_align_word_diff_marks_what_each_wording_lacks():
    parts = word_diff(
        "The reports and images of civilian deaths in Bucha are deeply disturbing",
        "The reports and images about the deaths of civilians in Bucha are deeply disturbing,",
    )
    assert [(p.op, p.text) for p in parts] == [
        ("equal", "The reports and images"),
        ("insert", "about the deaths"),
        ("equal", "of"),
        ("delete", "civilian deaths"),
        ("insert", "civilians"),
        ("equal", "in Bucha are deeply disturbing,"),
    ]


def test_align_scores_say_how_much_of_the_shorter_wording_the_longer_has():
    match = compare_wordings(
        "humanitarian issues should not be politicized",
        "Humanitarian issues should not be politicized, and any accusations must be based on facts",
    )
    assert (match.shared, match.coverage, match.similarity) == (4, 1.0, 1.0)  # "not" counts
    unrelated = compare_wordings("Attacks against civilians are unacceptable", "Sanctions are unacceptable")
    assert unrelated.coverage < 1.0 and not unrelated.passes((3, 0.8, 0.75))
