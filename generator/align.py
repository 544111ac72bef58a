"""Align stage: find, within each story, the statements that render one utterance, and the
words that recur where they should not (echoes, conflicting attributions).

Two statements are compared on their *content words*: lowercased, lightly stemmed
("civilians" and "civilian", "based" and "base" compare equal) and without function words
(``data/stopwords.txt``). Order does not matter to that comparison, so reordered clauses,
rewordings that keep the content ("images of civilian deaths" / "images about the deaths of
civilians") and trimmed quotes (a fragment of a longer quote) all score high, while two
sentences that share only their function words do not.

Statements are compared sentence by sentence, so that a quote trimmed to one of its
sentences, or a talking point inside a longer quote, still matches. Candidate pairs of
sentences come from an inverted index of their features (content words and unordered pairs
of neighbouring content words) built per story: each sentence looks up only its few rarest
features, and a feature that more than ``_COMMON_FEATURE_POSTINGS`` distinct sentences share
says nothing about a pair and is never looked up, so the work per statement is bounded and no
stage ever compares all pairs. Verbatim copies are collapsed into one wording before
indexing, so that a quote carried by a hundred outlets costs one entry, not a hundred.

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
import contextlib
import dataclasses
import datetime as dt
import difflib
import functools
import gc
import hashlib
import heapq
import itertools
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Iterator, Literal

from rapidfuzz import fuzz

from generator.models import Alignment, Article, Echo, Site, Statement, Story, Utterance

# A feature shared by more distinct wordings than this is too common to propose a pair.
_COMMON_FEATURE_POSTINGS = 16
# Features a wording looks up in the index, rarest first...
_PROBES = 4
# ...and how many of them must reach another wording for the pair to be scored at all.
_MIN_SHARED_FEATURES = 2

# Thresholds (content words shared, share of the shorter wording's content words found in the
# longer, token-set similarity of the words) for one utterance of one speaker...
_SAME_UTTERANCE = (2, 0.6, 0.6)
# ...and the stricter ones for words worth flagging across speakers or days: a talking point
# must be a phrase, not a couple of shared nouns.
_SAME_WORDS = (3, 0.8, 0.75)
# A conflict also needs the words to be all but verbatim.
_CONFLICT_SIMILARITY = 0.9
# Wordings whose content words number at least this share of the other's are "of about one
# length" (see Match.negation_differs).
_SIMILAR_LENGTH = 0.75
_NEGATIONS = frozenset({"not", "no", "never", "nor", "without", "cannot", "nothing", "none"})
# Days a date known only from the publication may lie after the day the words were said.
_PUBLICATION_SLACK = dt.timedelta(days=2)

_DATE_BASIS_RANK = {"explicit": 0, "relative": 1, "context": 2, "publication": 3, "unknown": 4}
_WORD = re.compile(r"\w+(?:'\w+)*")
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
    text = text.casefold().replace("’", "'")
    found = _WORD.findall(text)
    if "'" not in text:
        return found  # (most statements: no word to look at for a possessive)
    return [w[:-2] if w.endswith("'s") else w for w in found]


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


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of a statement."""

    statement: Statement
    text: str

    @property
    def is_whole(self) -> bool:
        return self.text == self.statement.quote.strip()


@dataclass(frozen=True, slots=True)
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
        # each pair in alphabetical order, so that "a|b" is the feature of "a b" and "b a"
        pairs = {f"{a}|{b}" if a < b else f"{b}|{a}" for a, b in zip(stems, stems[1:]) if a != b}
        return set(self.content) | pairs


@dataclass(frozen=True, slots=True)
class Match:
    """How close two wordings are."""

    shared: int
    """Content words the two have in common."""
    coverage: float
    """Share of the shorter wording's content words found in the longer one."""
    similarity: float
    """Token-set similarity of the lowercased words, 0 to 1 (rapidfuzz)."""
    negation_differs: bool = False
    """Two wordings of about one length, one negated and the other not ("we will send" /
    "we will not send"): however close, they do not say the same."""

    def passes(self, thresholds: tuple[int, float, float]) -> bool:
        shared, coverage, similarity = thresholds
        return (
            not self.negation_differs
            and self.shared >= shared
            and self.coverage >= coverage
            and self.similarity >= similarity
        )


def compare_wordings(first: str, second: str) -> Match:
    """Score two wordings: content words shared, coverage of the shorter, similarity."""
    a, b = set(content_words(first)), set(content_words(second))
    return _match(a, b, " ".join(words(first)), " ".join(words(second)))


def _match(a: frozenset[str] | set[str], b: frozenset[str] | set[str], text_a: str, text_b: str) -> Match:
    shared = len(a & b)
    shorter, longer = (len(a), len(b)) if len(a) <= len(b) else (len(b), len(a))
    coverage = shared / shorter if shorter else 0.0
    similarity = fuzz.token_set_ratio(text_a, text_b) / 100
    # A fragment inside a longer sentence may leave out a negation the sentence has
    # elsewhere; only wordings of about one length must agree on being negated.
    negation_differs = shorter >= _SIMILAR_LENGTH * longer and _negated(text_a) != _negated(text_b)
    return Match(shared, round(coverage, 4), round(similarity, 4), negation_differs)


@functools.lru_cache(maxsize=65536)  # a wording is scored against several others
def _negated(text: str) -> bool:
    """Whether lowercased words (joined by spaces) hold a negation."""
    return any(w in _NEGATIONS or w.endswith("n't") for w in text.split())


def _wordings(statements: Iterable[Statement]) -> list[Wording]:
    by_key: dict[tuple[str, ...], list[Passage]] = {}
    first_words: dict[tuple[str, ...], list[str]] = {}
    for st in statements:
        for sentence in sentences(st.quote):
            plain = words(sentence)
            key = tuple(map(stem, plain))
            if key not in by_key:
                by_key[key] = []
                first_words[key] = plain
            by_key[key].append(Passage(st, sentence))
    stops = stop_words()
    result = []
    for key in sorted(by_key):
        plain = first_words[key]
        content = frozenset(s for w, s in zip(plain, key) if w not in stops)
        result.append(Wording(key, " ".join(plain), content, tuple(by_key[key])))
    return result


def candidate_pairs(wordings: list[Wording]) -> list[tuple[int, int]]:
    """Pairs of wording indexes (i < j) worth scoring, in order.

    Every wording is indexed under its features that 2 to ``_COMMON_FEATURE_POSTINGS``
    wordings share; each then probes the index with only its ``_PROBES`` rarest such
    features (fewest postings, then alphabetical) and proposes the wordings that
    ``_MIN_SHARED_FEATURES`` of its probes reach. A wording that holds a shorter one holds
    its rarest features too, so trimmed quotes are found; and the work per wording is at most
    ``_PROBES * _COMMON_FEATURE_POSTINGS`` postings, so the whole is linear in the number of
    wordings (plus the final sort).
    """
    features = [wording.features() for wording in wordings]
    postings_count: collections.Counter[str] = collections.Counter()
    for own in features:
        postings_count.update(own)
    probes = [
        [f for _, f in sorted((postings_count[f], f) for f in own if 1 < postings_count[f] <= _COMMON_FEATURE_POSTINGS)]
        for own in features
    ]
    # Lists only for the features that can be probed: most features occur once.
    postings: dict[str, list[int]] = {}
    for i, own in enumerate(probes):
        for feature in own:
            postings.setdefault(feature, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for i, own in enumerate(probes):
        reached: collections.Counter[int] = collections.Counter()
        for feature in own[:_PROBES]:
            reached.update(postings[feature])
        pairs.update((min(i, j), max(i, j)) for j, count in reached.items() if j != i and count >= _MIN_SHARED_FEATURES)
    return sorted(pairs)


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


def _alike(passages: tuple[Passage, ...]) -> list[list[Passage]]:
    """Passages of one wording grouped by all that :func:`_relation` reads (speaker, date,
    article, whether the passage is its whole statement), in order. Two of a group are one
    utterance (or, too short to tell, nothing), and each relates to any other passage as the
    group's first does."""
    groups: dict[tuple, list[Passage]] = {}
    for p in passages:
        st = p.statement
        groups.setdefault((st.speaker, st.date, st.date_basis, st.article, p.is_whole), []).append(p)
    return list(groups.values())


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
    with _cycle_collector_paused():
        for story in sorted(per_story):
            story_utterances, story_echoes = _align_story(story, per_story[story], by_id)
            utterances.extend(story_utterances)
            echoes.extend(story_echoes)
    return Alignment(utterances=tuple(utterances), echoes=tuple(echoes))


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Alignment makes millions of small objects (tuples, frozensets, counters) that form no
    reference cycles, so reference counting frees them all; CPython's cycle collector would
    still traverse the growing heap again and again as they pile up, which made the time per
    statement grow with the story (bench_align: 63 µs a statement at 10,000 and 61 at
    100,000 with it paused, 79 and 98 without)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _align_story(
    story: str, statements: list[Statement], articles: dict[str, Article]
) -> tuple[list[Utterance], list[Echo]]:
    statements = sorted(statements, key=lambda s: s.id)
    order = {s.id: _order_key(s, articles) for s in statements}  # each is read many times
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

    # Copies of one wording alike in all that decides a relation are chained, and only the
    # first of them is related to the rest: a sentence repeated ten thousand times costs ten
    # thousand steps, not fifty million.
    firsts: list[list[Passage]] = []
    for wording in wordings:
        if len(wording.passages) == 1:
            firsts.append(list(wording.passages))  # (most wordings: printed once, nothing to chain)
            continue
        verbatim = Match(len(wording.content), 1.0, 1.0)
        copies = _alike(wording.passages)
        for alike in copies:
            for a, b in itertools.pairwise(alike):
                relate(a, b, verbatim, same_words=True)
        firsts.append([alike[0] for alike in copies])
        for a, b in itertools.combinations(firsts[-1], 2):
            relate(a, b, verbatim, same_words=True)
    for i, j in candidate_pairs(wordings):
        first, second = wordings[i], wordings[j]
        match = _match(first.content, second.content, first.text, second.text)
        if not match.passes(_SAME_UTTERANCE):
            continue
        for a, b in itertools.product(firsts[i], firsts[j]):
            relate(a, b, match, same_words=False)

    members: dict[str, list[Statement]] = collections.defaultdict(list)
    for st in statements:
        members[groups.find(st.id)].append(st)
    utterance_of: dict[str, str] = {}
    utterances = []
    for group in members.values():
        ordered = sorted(group, key=lambda s: order[s.id])
        best = min(ordered, key=lambda s: (_DATE_BASIS_RANK[s.date_basis], s.date or dt.date.max))
        utterance = Utterance(
            id=content_id("u", (s.id for s in ordered)),
            story=story,
            speaker=ordered[0].speaker,
            date=best.date,
            statement_ids=tuple(s.id for s in ordered),
        )
        utterances.append((order[ordered[0].id], utterance))
        for s in ordered:
            utterance_of[s.id] = utterance.id
    utterances.sort(key=lambda pair: pair[0])

    best_per_pair: dict[tuple[str, str], tuple[tuple, Echo]] = {}
    rank = {"conflict": 0, "restated": 1, "echo": 2}
    for relation, a, b, match in others:
        ua, ub = utterance_of[a.statement.id], utterance_of[b.statement.id]
        if ua == ub:
            continue
        first, second = (b, a) if (order[b.statement.id], b.text) < (order[a.statement.id], a.text) else (a, b)
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
    story_echoes = sorted(
        (echo for _, echo in best_per_pair.values()),
        key=lambda e: (rank[e.kind], order[e.first], order[e.second]),
    )
    return [u for _, u in utterances], story_echoes


# ---------------------------------------------------------------------------------------
# Word-level differences


@dataclass(frozen=True)
class DiffPart:
    """A run of words of a word-level diff: kept (``equal``), only in the other wording
    (``delete``), or only in this one (``insert``)."""

    op: Literal["equal", "delete", "insert"]
    text: str


@functools.lru_cache(maxsize=65536)
def _diff_key(token: str) -> str:
    # Cached: a story's wordings share most of their words, and every variant is diffed.
    return "".join(words(token)) or token


def word_diff(old: str, new: str) -> tuple[DiffPart, ...]:
    """Where ``new`` differs from ``old``, word by word (case and punctuation aside).

    Equal runs carry ``new``'s words as printed; a replaced run is a ``delete`` of the old
    words followed by an ``insert`` of the new ones.
    """
    a, b = old.split(), new.split()
    if a == b:  # most printings of an utterance: no need to match word keys
        return (DiffPart("equal", " ".join(b)),) if b else ()
    matcher = difflib.SequenceMatcher(None, [_diff_key(t) for t in a], [_diff_key(t) for t in b], autojunk=False)
    parts: list[DiffPart] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart("equal", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("delete", " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("insert", " ".join(b[j1:j2])))
    return tuple(parts)


VariantLabel = Literal["as first printed", "same words", "trimmed", "longer", "reordered", "reworded", "paraphrased"]


def variant_label(first: Statement, other: Statement) -> VariantLabel:
    """How ``other`` renders the words of ``first``, the utterance's first printing."""
    if other.id == first.id:
        return "as first printed"
    if other.kind == "paraphrase" and first.kind != "paraphrase":
        return "paraphrased"
    if other.quote == first.quote:  # most printings: no need to split the words
        return "same words"
    a, b = words(first.quote), words(other.quote)
    if a == b:
        return "same words"
    if _contains(a, b):
        return "trimmed"
    if _contains(b, a):
        return "longer"
    if sorted(a) == sorted(b):
        return "reordered"
    return "reworded"


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return 0 < n < len(longer) and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


# ---------------------------------------------------------------------------------------
# Comparison of the outlets of one story


CoverageCell = Literal["quoted", "paraphrased", "absent"]


@dataclass(frozen=True)
class Variant:
    """One printing of an utterance: the statement, its article, how it renders the
    first printing and the word-level diff against it."""

    statement: Statement
    article: Article
    label: VariantLabel
    diff: tuple[DiffPart, ...]


@dataclass(frozen=True)
class UtteranceView:
    """An utterance with its printings and its row of the coverage matrix."""

    utterance: Utterance
    speaker_name: str
    variants: tuple[Variant, ...]
    cells: tuple[CoverageCell, ...]
    """One per outlet of the story, in :attr:`StoryComparison.outlets` order."""

    @property
    def first(self) -> Statement:
        return self.variants[0].statement

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({v.article.outlet for v in self.variants}))

    @property
    def reworded(self) -> bool:
        return any(v.label not in ("as first printed", "same words") for v in self.variants)


@dataclass(frozen=True)
class EchoView:
    """An echo, conflict or restatement with its evidence: both statements and articles,
    and the word-level diff from the first passage to the second."""

    echo: Echo
    first: Statement
    first_article: Article
    first_speaker: str
    second: Statement
    second_article: Article
    second_speaker: str
    diff: tuple[DiffPart, ...]

    @property
    def anchor(self) -> str:
        return content_id(self.echo.kind, (self.first.id, self.second.id))


@dataclass(frozen=True)
class SpeakerShare:
    """Whom an outlet quotes: statements, quoted words (quotes and fragments), paraphrases."""

    speaker: str
    speaker_name: str
    quotes: int
    quoted_words: int
    paraphrases: int
    share: float
    """``quoted_words`` over all the words the outlet quotes in the story."""


@dataclass(frozen=True)
class TermCount:
    """Occurrences of one framing term in one outlet's articles, by part."""

    headline: int = 0
    standfirst: int = 0
    body: int = 0

    @property
    def total(self) -> int:
        return self.headline + self.standfirst + self.body


@dataclass(frozen=True)
class DistinctiveWord:
    """A word an outlet uses more than the others: weighted log-odds ratio with an
    informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), as a z-score."""

    word: str
    z: float
    count: int
    """Occurrences in this outlet's articles."""
    others: int
    """Occurrences in the other outlets' articles."""


@dataclass(frozen=True)
class OutletView:
    """One outlet of a story: its articles, whom it quotes, its framing."""

    key: str
    name: str
    articles: tuple[Article, ...]
    speakers: tuple[SpeakerShare, ...]
    quoted_words: int
    exclusive: tuple[UtteranceView, ...]
    """Utterances no other outlet of the story carried."""
    terms: tuple[TermCount, ...]
    """One per framing term of the story, in :attr:`Story.framing_terms` order."""
    words_counted: int
    distinctive: tuple[DistinctiveWord, ...]


@dataclass(frozen=True)
class SecondHand:
    """Statements of one article that it reports through ``via`` (``Statement.via``, else the
    agencies the article credits); an article that credits agencies is listed even when it
    has no statements."""

    article: Article
    via: tuple[str, ...]
    """The agencies' names."""
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class StoryComparison:
    """Everything the comparison page of one story shows."""

    story: Story
    outlets: tuple[OutletView, ...]
    utterances: tuple[UtteranceView, ...]
    echoes: tuple[EchoView, ...]
    second_hand: tuple[SecondHand, ...]
    """Articles and statements reported through another outlet, in article order."""

    @property
    def article_count(self) -> int:
        return sum(len(o.articles) for o in self.outlets)

    @property
    def statement_count(self) -> int:
        return sum(len(u.variants) for u in self.utterances)

    outlet_names: dict[str, str] = dataclasses.field(default_factory=dict)
    """Names of the registry's outlets, for the agencies articles credit (``via``)."""

    def outlet_name(self, key: str) -> str:
        """An outlet's name: the registry's, else the key as written."""
        return self.outlet_names.get(key, key)

    def via_names(self, via: tuple[str, ...]) -> tuple[str, ...]:
        return _via_names(via, self.outlet_names)

    @property
    def reworded(self) -> tuple[UtteranceView, ...]:
        """Utterances printed more than once, with the wordings compared."""
        return tuple(u for u in self.utterances if len(u.variants) > 1)


DISTINCTIVE_WORDS = 8
"""Words listed per outlet, highest z first."""


def compare_story(site: Site, story: Story) -> StoryComparison:
    """The source comparison of ``story`` from the site's articles, statements and alignment.

    Outlets are ordered by name (then key); utterances as the alignment orders them.
    """
    articles = tuple(a for a in site.articles if a.story == story.key)
    article_by_id = {a.id: a for a in articles}
    statements = {s.id: s for s in site.statements if s.article in article_by_id}
    outlet_keys = sorted({a.outlet for a in articles}, key=lambda k: (_outlet_name(site, k).casefold(), k))

    utterances = tuple(
        _utterance_view(site, u, statements, article_by_id, outlet_keys)
        for u in site.alignment.utterances
        if u.story == story.key
    )
    echoes = tuple(
        EchoView(
            echo=e,
            first=statements[e.first],
            first_article=article_by_id[statements[e.first].article],
            first_speaker=statements[e.first].speaker_name or statements[e.first].speaker,
            second=statements[e.second],
            second_article=article_by_id[statements[e.second].article],
            second_speaker=statements[e.second].speaker_name or statements[e.second].speaker,
            diff=word_diff(e.first_passage or statements[e.first].quote, e.second_passage or statements[e.second].quote),
        )
        for e in site.alignment.echoes
        if e.first in statements
    )
    texts = {a.id: _article_parts(site, a) for a in articles}
    articles_of: dict[str, list[Article]] = collections.defaultdict(list)
    for article in articles:
        articles_of[article.outlet].append(article)
    statements_of: dict[str, list[Statement]] = collections.defaultdict(list)
    for st in sorted(statements.values(), key=lambda s: (s.article, s.start, s.id)):
        statements_of[st.article].append(st)
    exclusive: dict[str, list[UtteranceView]] = collections.defaultdict(list)
    for view in utterances:
        if len(view.outlets) == 1 and len(outlet_keys) > 1:
            exclusive[view.outlets[0]].append(view)
    counts = {key: collections.Counter(_distinctive_words_of(texts[a.id] for a in articles_of[key])) for key in outlet_keys}
    distinctive = weighted_log_odds(counts, DISTINCTIVE_WORDS)
    outlets = []
    for key in outlet_keys:
        printed = [st for a in articles_of[key] for st in statements_of[a.id]]
        speakers = _speaker_shares(printed)
        outlets.append(OutletView(
            key=key,
            name=_outlet_name(site, key),
            articles=tuple(articles_of[key]),
            speakers=speakers,
            quoted_words=sum(s.quoted_words for s in speakers),  # the words of its quotes, counted once
            exclusive=tuple(exclusive[key]),
            terms=tuple(count_term(term, [texts[a.id] for a in articles_of[key]]) for term in story.framing_terms),
            words_counted=sum(counts[key].values()),
            distinctive=distinctive.get(key, ()),
        ))
    names = {key: outlet.name for key, outlet in site.registry.outlets.items()}
    second_hand = []
    for article in articles:
        # Keyed by the agencies' names: a registry key and the name the text prints are one.
        by_via: dict[tuple[str, ...], list[Statement]] = collections.defaultdict(list)
        if article.via:
            by_via[_via_names(article.via, names)] = []
        for st in statements_of[article.id]:
            if st.via or article.via:
                by_via[_via_names(st.via or article.via, names)].append(st)
        second_hand.extend(SecondHand(article, via, tuple(sts)) for via, sts in sorted(by_via.items()))
    return StoryComparison(story, tuple(outlets), utterances, echoes, tuple(second_hand), names)


def _via_names(via: tuple[str, ...], names: dict[str, str]) -> tuple[str, ...]:
    """The names of the credited agencies, each once: a registry key and the name the text
    prints are one agency."""
    return tuple(dict.fromkeys(names.get(key, key) for key in via))


def _outlet_name(site: Site, key: str) -> str:
    outlet = site.registry.outlets.get(key)
    return outlet.name if outlet else key


def _utterance_view(
    site: Site,
    utterance: Utterance,
    statements: dict[str, Statement],
    articles: dict[str, Article],
    outlet_keys: list[str],
) -> UtteranceView:
    printed = [statements[i] for i in utterance.statement_ids]
    first = printed[0]
    variants = tuple(
        Variant(s, articles[s.article], variant_label(first, s), word_diff(first.quote, s.quote) if s is not first else ())
        for s in printed
    )

    quoted: dict[str, bool] = {}
    for st in printed:
        outlet = articles[st.article].outlet
        quoted[outlet] = quoted.get(outlet, False) or st.is_quote
    return UtteranceView(
        utterance=utterance,
        speaker_name=first.speaker_name or first.speaker,
        variants=variants,
        cells=tuple(
            "absent" if key not in quoted else "quoted" if quoted[key] else "paraphrased" for key in outlet_keys
        ),
    )


def _speaker_shares(statements: Iterable[Statement]) -> tuple[SpeakerShare, ...]:
    quotes: collections.Counter[tuple[str, str]] = collections.Counter()
    quoted_words: collections.Counter[tuple[str, str]] = collections.Counter()
    paraphrases: collections.Counter[tuple[str, str]] = collections.Counter()
    names: dict[tuple[str, str], str] = {}
    for st in statements:
        # a description ("a spokesman") is one speaker within its article only
        key = (st.speaker, st.article if st.speaker_kind == "description" else "")
        names.setdefault(key, st.speaker_name or st.speaker)
        if st.is_quote:
            quotes[key] += 1
            quoted_words[key] += len(words(st.quote))
        else:
            paraphrases[key] += 1
    total = sum(quoted_words.values())
    shares = [
        SpeakerShare(
            speaker=key[0],
            speaker_name=names[key],
            quotes=quotes[key],
            quoted_words=quoted_words[key],
            paraphrases=paraphrases[key],
            share=quoted_words[key] / total if total else 0.0,
        )
        for key in names
    ]
    return tuple(sorted(shares, key=lambda x: (-x.quoted_words, -x.paraphrases, x.speaker_name.casefold(), x.speaker)))


ArticleParts = dict[str, tuple[str, ...]]


def _article_parts(site: Site, article: Article) -> ArticleParts:
    """The cleaned text of an article by part (debris, such as photo captions, left out);
    the front matter's title and standfirst stand in when the text does not print them."""
    paragraphs = site.paragraphs.get(article.id, ())
    parts: dict[str, tuple[str, ...]] = {
        part: tuple(p.text for p in paragraphs if p.part == part) for part in ("headline", "standfirst", "body")
    }
    if not parts["headline"] and article.title:
        parts["headline"] = (article.title,)
    if not parts["standfirst"] and article.standfirst:
        parts["standfirst"] = (article.standfirst,)
    if not paragraphs:
        parts["body"] = (article.body,)
    return parts


@functools.lru_cache(maxsize=256)
def _term_pattern(term: str) -> re.Pattern[str]:
    parts = term.split()
    if not parts:
        return re.compile(r"(?<!\w)(?!\w)")
    # "Not after a word character" is checked behind the first word, once it has matched
    # (the character before its len(first) characters): a pattern that starts with the word
    # itself is scanned for several times faster than one that starts with a look-behind.
    first = re.escape(parts[0]) + r"(?<!\w.{%d})" % len(parts[0])
    return re.compile(r"\s+".join([first, *map(re.escape, parts[1:])]) + r"(?!\w)", re.IGNORECASE | re.DOTALL)


def count_term(term: str, articles: Iterable[ArticleParts]) -> TermCount:
    """Occurrences of ``term`` (case-insensitive, whole words, any white space between the
    words of a phrase) in the headline, standfirst and body of the given articles."""
    findall = _term_pattern(term).findall
    found = dict.fromkeys(("headline", "standfirst", "body"), 0)
    for parts in articles:
        for part, texts in parts.items():
            for text in texts:
                found[part] += len(findall(text))
    return TermCount(**found)


def _distinctive_words_of(texts: Iterable[ArticleParts]) -> list[str]:
    """The words counted for distinctiveness: lowercased, no function words or numbers."""
    stops = stop_words()
    # One article's texts in one call: no word spans a line break, so their words are those of the parts.
    return [w for parts in texts for w in words("\n".join(text for part_texts in parts.values() for text in part_texts))
            if len(w) > 1 and w not in stops and not w.isdigit()]


def weighted_log_odds(
    counts: dict[str, collections.Counter[str]], top: int
) -> dict[str, tuple[DistinctiveWord, ...]]:
    """For each group, its ``top`` words by z-score of the weighted log-odds ratio against
    all other groups pooled, with an informative Dirichlet prior taken from the counts of
    all groups together (Monroe, Colaresi & Quinn 2008, eq. 22 and 20). Only words with a
    positive z are kept; ties go to the word in alphabetical order. Fewer than two groups
    give nothing to compare."""
    if len(counts) < 2:
        return {}
    prior = collections.Counter()
    for counter in counts.values():
        prior.update(counter)
    prior_total = sum(prior.values())
    log, sqrt = math.log, math.sqrt  # local names: the loop runs once per word and outlet
    result = {}
    for key, own in counts.items():
        own_total = sum(own.values())
        other_total = prior_total - own_total
        # z depends on a word's two counts only: computed once for each pair of counts (tens),
        # not for each word (thousands).
        by_counts: dict[tuple[int, int], list[str]] = collections.defaultdict(list)
        for word, count in own.items():
            by_counts[count, prior[word] - count].append(word)
        scored = []  # (-z, count, others, words): the order wanted, ties in z by word below
        for (count, others), group in by_counts.items():
            alpha = count + others
            delta = log((count + alpha) / (own_total + prior_total - count - alpha)) - log(
                (others + alpha) / (other_total + prior_total - others - alpha)
            )
            z = delta / sqrt(1 / (count + alpha) + 1 / (others + alpha))
            if z > 0:
                scored.append((-round(z, 2), count, others, group))
        chosen: list[DistinctiveWord] = []
        for negative_z, tied in itertools.groupby(sorted(scored, key=lambda s: s[0]), key=lambda s: s[0]):
            best = heapq.nsmallest(top - len(chosen), ((word, count, others) for _, count, others, group in tied
                                                        for word in group))
            chosen.extend(DistinctiveWord(word, -negative_z, count, others) for word, count, others in best)
            if len(chosen) == top:
                break
        result[key] = tuple(chosen)
    return result
