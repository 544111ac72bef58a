"""Align stage: find, within each story, the statements that render one utterance, and the
words that recur where they should not (echoes, conflicting attributions).

Two statements are compared on their *content words*: lowercased, lightly stemmed
("civilians" and "civilian", "based" and "base" compare equal) and without function words
(``data/stopwords.txt``). Order does not matter to that comparison, so reordered clauses,
rewordings that keep the content ("images of civilian deaths" / "images about the deaths of
civilians") and trimmed quotes (a fragment of a longer quote) all score high, while two
sentences that share only their function words do not.

Candidate pairs come from an inverted index of rare features (content words and unordered
pairs of neighbouring content words) built per story: a feature carried by more than
``_COMMON_FEATURE_POSTINGS`` distinct wordings says nothing about a pair and is skipped, so
the work per statement is bounded and no stage ever compares all pairs. Verbatim copies are
collapsed into one wording before indexing, so that a quote carried by a hundred outlets
costs one entry, not a hundred.

A matched pair is then one of:

- the same utterance: the same speaker, on a compatible date (equal, unknown, or close when
  one date is only the publication date);
- ``restated``: one article gives the words to two speakers (an institution and its
  spokesperson, a headline and the body);
- ``conflict``: two articles give near-verbatim words of one day to different speakers;
- ``echo``: anything else, i.e. a talking point carried by another speaker or on another day.

The module also builds the per-story comparison the comparison page renders
(:func:`compare_story`): coverage by outlet, framing terms, distinctive words.
"""

from __future__ import annotations

import collections
import datetime as dt
import difflib
import functools
import hashlib
import itertools
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Literal

from rapidfuzz import fuzz

from generator.models import Alignment, Article, Echo, Site, Statement, Story, Utterance

# A feature shared by more distinct wordings than this is too common to propose a pair.
_COMMON_FEATURE_POSTINGS = 48
# A pair must share at least this many index features to be scored at all.
_MIN_SHARED_FEATURES = 2

# Thresholds (content words shared, share of the shorter wording's content words found in the
# longer, token-set similarity of the words) for one utterance of one speaker...
_SAME_UTTERANCE = (2, 0.6, 0.6)
# ...and the stricter ones for words worth flagging across speakers or days: a talking point
# must be a phrase, not a couple of shared nouns.
_SAME_WORDS = (3, 0.8, 0.75)
# A conflict also needs the words to be all but verbatim.
_CONFLICT_SIMILARITY = 0.9
# Days a date known only from the publication may lie after the day the words were said.
_PUBLICATION_SLACK = dt.timedelta(days=2)

_DATE_BASIS_RANK = {"explicit": 0, "relative": 1, "context": 2, "publication": 3, "unknown": 4}
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_SUFFIXES = ("ing", "ed", "es", "s", "e")


# ---------------------------------------------------------------------------------------
# Words


@functools.cache
def stop_words() -> frozenset[str]:
    """The packaged English function words (``data/stopwords.txt``)."""
    text = resources.files("generator").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def words(text: str) -> list[str]:
    """The lowercased words of ``text``, possessive ``'s`` removed."""
    return [_POSSESSIVE.sub("", w.replace("’", "'")) for w in _WORD.findall(text.casefold())]


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem for matching only: one common English suffix off, keeping three letters.

    Crude on purpose (``issue`` and ``issues`` both become ``issu``): it only has to map
    the inflections of one word to one key, and a real stemmer would be a dependency for
    that alone.
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Stems of the words of ``text`` that are not function words, in order."""
    stops = stop_words()
    return [stem(w) for w in words(text) if w not in stops]


# ---------------------------------------------------------------------------------------
# Pairs


_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-ZÀ-ÖØ-ÞА-Я0-9])")


def sentences(text: str) -> list[str]:
    """The sentences of a statement: a break after ``.!?;`` when a capital follows."""
    return [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]


@dataclass(frozen=True)
class Passage:
    """A sentence of a statement."""

    statement: Statement
    text: str

    @property
    def is_whole(self) -> bool:
        return self.text == self.statement.quote.strip()


@dataclass(frozen=True)
class Wording:
    """One distinct wording of a story's sentences: the passages that print these words."""

    key: tuple[str, ...]
    """The stems of all its words: verbatim copies share it."""
    text: str
    """The words, lowercased, as one string (for similarity)."""
    content: frozenset[str]
    passages: tuple[Passage, ...]

    def features(self) -> set[str]:
        stems = [w for w in self.key if w in self.content]
        pairs = {"|".join(sorted(p)) for p in zip(stems, stems[1:]) if p[0] != p[1]}
        return set(self.content) | pairs


@dataclass(frozen=True)
class Match:
    """How close two wordings are."""

    shared: int
    """Content words the two have in common."""
    coverage: float
    """Share of the shorter wording's content words found in the longer one."""
    similarity: float
    """Token-set similarity of the lowercased words, 0 to 1 (rapidfuzz)."""

    def passes(self, thresholds: tuple[int, float, float]) -> bool:
        shared, coverage, similarity = thresholds
        return self.shared >= shared and self.coverage >= coverage and self.similarity >= similarity


def compare_wordings(first: str, second: str) -> Match:
    """Score two wordings: content words shared, coverage of the shorter, similarity."""
    a, b = set(content_words(first)), set(content_words(second))
    return _match(a, b, " ".join(words(first)), " ".join(words(second)))


def _match(a: frozenset[str] | set[str], b: frozenset[str] | set[str], text_a: str, text_b: str) -> Match:
    shared = len(a & b)
    shorter = min(len(a), len(b))
    coverage = shared / shorter if shorter else 0.0
    similarity = fuzz.token_set_ratio(text_a, text_b) / 100
    return Match(shared, round(coverage, 4), round(similarity, 4))


def _wordings(statements: Iterable[Statement]) -> list[Wording]:
    by_key: dict[tuple[str, ...], list[Passage]] = collections.defaultdict(list)
    stops = stop_words()
    for st in statements:
        for sentence in sentences(st.quote):
            by_key[tuple(stem(w) for w in words(sentence))].append(Passage(st, sentence))
    result = []
    for key, passages in sorted(by_key.items()):
        plain = words(passages[0].text)
        content = frozenset(stem(w) for w in plain if w not in stops)
        result.append(Wording(key, " ".join(plain), content, tuple(passages)))
    return result


def candidate_pairs(wordings: list[Wording]) -> list[tuple[int, int]]:
    """Pairs of wording indexes (i < j) that share at least ``_MIN_SHARED_FEATURES`` rare
    features, in order. Cost: the postings of rare features, each capped, so linear in the
    number of wordings for a bounded sentence length."""
    postings: dict[str, list[int]] = collections.defaultdict(list)
    for i, wording in enumerate(wordings):
        for feature in wording.features():
            postings[feature].append(i)
    shared: collections.Counter[tuple[int, int]] = collections.Counter()
    for members in postings.values():
        if 1 < len(members) <= _COMMON_FEATURE_POSTINGS:
            shared.update(itertools.combinations(members, 2))
    return sorted(pair for pair, count in shared.items() if count >= _MIN_SHARED_FEATURES)


# ---------------------------------------------------------------------------------------
# Alignment


def _order_key(st: Statement, articles: dict[str, Article]) -> tuple:
    return (st.date or dt.date.max, articles[st.article].outlet, st.article, st.start, st.id)


def _dates_compatible(a: Statement, b: Statement) -> bool:
    if a.date is None or b.date is None or a.date == b.date:
        return True
    slack = "publication" in (a.date_basis, b.date_basis)
    return slack and abs(a.date - b.date) <= _PUBLICATION_SLACK


def content_id(prefix: str, parts: Iterable[str]) -> str:
    """A stable id from content: ``prefix`` and 12 hex digits of the SHA-1 of the sorted parts."""
    digest = hashlib.sha1("\n".join(sorted(parts)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


class _UnionFind:
    def __init__(self, items: Iterable[str]):
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id becomes the root, so that the result does not depend on order.
            self.parent[max(ra, rb)] = min(ra, rb)


def _relation(
    a: Statement, b: Statement, match: Match, identical: bool
) -> Literal["same", "restated", "conflict", "echo"] | None:
    """What two statements whose passages match are to each other; ``identical`` when the
    two statements print the same words (then even a two-word quote is one utterance)."""
    if a.speaker == b.speaker and _dates_compatible(a, b):
        return "same" if identical or match.passes(_SAME_UTTERANCE) else None
    if not match.passes(_SAME_WORDS):
        return None
    if a.speaker == b.speaker:
        return "echo"  # the same speaker on another day: a line repeated
    if a.article == b.article:
        return "restated"
    if _dates_compatible(a, b) and match.similarity >= _CONFLICT_SIMILARITY:
        return "conflict"
    return "echo"


def align_statements(statements: tuple[Statement, ...], articles: tuple[Article, ...]) -> Alignment:
    """Group each story's statements into utterances and find its echoes and conflicts.

    Input: every statement and the articles they come from (a statement of an article not
    given raises ``KeyError``: that is a pipeline bug, not an input error). Output is
    deterministic and its ids derive from the statements' ids, so they are stable across
    regenerations.
    """
    by_id = {a.id: a for a in articles}
    per_story: dict[str, list[Statement]] = collections.defaultdict(list)
    for st in statements:
        per_story[by_id[st.article].story].append(st)
    utterances: list[Utterance] = []
    echoes: list[Echo] = []
    for story in sorted(per_story):
        story_utterances, story_echoes = _align_story(story, per_story[story], by_id)
        utterances.extend(story_utterances)
        echoes.extend(story_echoes)
    return Alignment(utterances=tuple(utterances), echoes=tuple(echoes))


def _align_story(
    story: str, statements: list[Statement], articles: dict[str, Article]
) -> tuple[list[Utterance], list[Echo]]:
    statements = sorted(statements, key=lambda s: s.id)
    wordings = _wordings(statements)
    groups = _UnionFind(s.id for s in statements)
    others: list[tuple[str, Passage, Passage, Match]] = []

    def relate(a: Passage, b: Passage, match: Match, same_words: bool) -> None:
        if a.statement.id == b.statement.id:
            return
        identical = same_words and a.is_whole and b.is_whole
        relation = _relation(a.statement, b.statement, match, identical)
        if relation == "same":
            groups.union(a.statement.id, b.statement.id)
        elif relation is not None:
            others.append((relation, a, b, match))

    for wording in wordings:
        verbatim = Match(len(wording.content), 1.0, 1.0)
        for a, b in itertools.combinations(wording.passages, 2):
            relate(a, b, verbatim, same_words=True)
    for i, j in candidate_pairs(wordings):
        first, second = wordings[i], wordings[j]
        match = _match(first.content, second.content, first.text, second.text)
        if not match.passes(_SAME_UTTERANCE):
            continue
        for a, b in itertools.product(first.passages, second.passages):
            relate(a, b, match, same_words=False)

    members: dict[str, list[Statement]] = collections.defaultdict(list)
    for st in statements:
        members[groups.find(st.id)].append(st)
    utterance_of: dict[str, str] = {}
    utterances = []
    for group in members.values():
        ordered = sorted(group, key=lambda s: _order_key(s, articles))
        best = min(ordered, key=lambda s: (_DATE_BASIS_RANK[s.date_basis], s.date or dt.date.max))
        utterance = Utterance(
            id=content_id("u", (s.id for s in ordered)),
            story=story,
            speaker=ordered[0].speaker,
            date=best.date,
            statement_ids=tuple(s.id for s in ordered),
        )
        utterances.append((_order_key(ordered[0], articles), utterance))
        for s in ordered:
            utterance_of[s.id] = utterance.id
    utterances.sort(key=lambda pair: pair[0])

    best_per_pair: dict[tuple[str, str], tuple[tuple, Echo]] = {}
    rank = {"conflict": 0, "restated": 1, "echo": 2}
    for relation, a, b, match in others:
        ua, ub = utterance_of[a.statement.id], utterance_of[b.statement.id]
        if ua == ub:
            continue
        first, second = sorted((a, b), key=lambda p: (_order_key(p.statement, articles), p.text))
        echo = Echo(
            relation,
            first.statement.id,
            second.statement.id,
            match.similarity,
            coverage=match.coverage,
            first_passage=first.text,
            second_passage=second.text,
        )
        score = (rank[relation], -match.coverage, -match.similarity, echo.first, echo.second, first.text, second.text)
        key = (min(ua, ub), max(ua, ub))
        if key not in best_per_pair or score < best_per_pair[key][0]:
            best_per_pair[key] = (score, echo)
    statements_by_id = {s.id: s for s in statements}
    story_echoes = sorted(
        (echo for _, echo in best_per_pair.values()),
        key=lambda e: (
            rank[e.kind],
            _order_key(statements_by_id[e.first], articles),
            _order_key(statements_by_id[e.second], articles),
        ),
    )
    return [u for _, u in utterances], story_echoes
