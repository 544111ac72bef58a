"""Alignment time for 10,000 and 100,000 synthetic statements.

    PYTHONPATH=. python benchmarks/bench_align.py [N ...] [--seed S] [--stories K]

The statements are deterministic for a seed. Words are drawn from a Zipf-distributed
vocabulary (function words from ``data/stopwords.txt`` at the head, so that the content-word
filter sees what it sees in news text), and utterances are printed by several outlets as
verbatim copies, trimmed quotes, reordered and reworded variants and paraphrases; a share of
them is echoed by another speaker or on another day. The number of stories is fixed, so a
story grows with N and the index, not the story split, has to keep the work in check.

Prints, for each N: seconds, microseconds per statement, utterances, echoes; then the ratio of
the largest to the smallest time next to what n log n growth would give.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import datetime as dt
import itertools
import math
import random
import sys
import time

from generator.align import align_statements, stop_words
from generator.models import Alignment, Article, Statement

VOCABULARY = 40_000
OUTLETS = 60
SPEAKERS = 400
STATEMENTS_PER_ARTICLE = 10
START = dt.date(2022, 1, 1)


class Corpus:
    """A deterministic stream of synthetic statements and the articles that carry them."""

    truth: dict[str, tuple[int, str, dt.date]]

    def __init__(self, seed: int, stories: int):
        self.rng = random.Random(seed)
        self.stories = stories
        functions = sorted(stop_words())
        content = [self._token(i) for i in range(VOCABULARY)]
        self.rng.shuffle(functions)
        self.words = functions + content
        weights = [1 / (rank + 1) ** 1.07 for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))

    @staticmethod
    def _token(i: int) -> str:
        letters = "bcdfghjklmnprstvz"
        vowels = "aeiou"
        out = []
        i += 1
        while i:
            i, r = divmod(i, len(letters) * len(vowels))
            out.append(letters[r % len(letters)] + vowels[r // len(letters)])
        return "".join(out) + "n"

    def sentence(self) -> list[str]:
        n = self.rng.randint(7, 22)
        total = self.cumulative[-1]
        return [self.words[bisect.bisect(self.cumulative, self.rng.random() * total)] for _ in range(n)]

    def variant(self, sentences: list[list[str]]) -> tuple[str, str]:
        """A printing of an utterance: (words, kind)."""
        roll = self.rng.random()
        if roll < 0.45:
            chosen = sentences
        elif roll < 0.65:  # trimmed: one sentence, or a stretch of one
            s = self.rng.choice(sentences)
            a = self.rng.randint(0, len(s) // 3)
            chosen = [s[a:]]
        elif roll < 0.8:  # reordered clauses
            s = self.rng.choice(sentences)
            cut = len(s) // 2
            chosen = [s[cut:] + s[:cut]]
        else:  # reworded: a few words replaced
            chosen = []
            for s in sentences:
                s = list(s)
                for _ in range(max(1, len(s) // 6)):
                    s[self.rng.randrange(len(s))] = self.rng.choice(self.words[-5000:])
                chosen.append(s)
        kind = "paraphrase" if self.rng.random() < 0.1 else "quote"
        text = ". ".join(" ".join(s).capitalize() for s in chosen)
        return text, kind

    def build(self, n: int) -> tuple[tuple[Statement, ...], tuple[Article, ...]]:
        """``n`` statements; each printing goes to an article of a random outlet in the
        utterance's story, ``STATEMENTS_PER_ARTICLE`` statements to an article. ``truth``
        then maps each statement id to the utterance it really prints."""
        articles: list[Article] = []
        statements: list[Statement] = []
        open_articles: dict[tuple[int, str], tuple[Article, int]] = {}
        story_start = [self.rng.randrange(300) for _ in range(self.stories)]
        self.truth: dict[str, tuple[int, str, dt.date]] = {}
        while len(statements) < n:
            utterance = len(self.truth)
            story = self.rng.randrange(self.stories)
            speaker = f"speaker-{self.rng.randrange(SPEAKERS):03d}"
            day = START + dt.timedelta(days=story_start[story] + self.rng.randrange(10))
            sentences = [self.sentence() for _ in range(self.rng.choice((1, 1, 2)))]
            printings = self.rng.choice((1, 1, 2, 2, 3, 4, 6))
            for p in range(printings):
                words, kind = self.variant(sentences)
                echoed = p > 0 and self.rng.random() < 0.03  # another speaker, or another day
                who = f"speaker-{self.rng.randrange(SPEAKERS):03d}" if echoed and self.rng.random() < 0.5 else speaker
                when = day + dt.timedelta(days=self.rng.randrange(1, 4)) if echoed else day
                outlet = f"outlet-{self.rng.randrange(OUTLETS):02d}"
                article, count = open_articles.get((story, outlet), (None, STATEMENTS_PER_ARTICLE))
                if count >= STATEMENTS_PER_ARTICLE:
                    key = f"a{len(articles):06d}"
                    article = Article(
                        id=key, story=f"story-{story}", path=f"articles/{key}.md", title="", outlet=outlet,
                        url="", published=when, language="en", text="",
                    )
                    articles.append(article)
                    count = 0
                open_articles[(story, outlet)] = (article, count + 1)
                self.truth[f"s{len(statements):07d}"] = (utterance, who, when)
                statements.append(Statement(
                    id=f"s{len(statements):07d}", article=article.id, quote=words, kind=kind, speaker=who,
                    speaker_name=who, as_written=who, start=0, end=len(words), paragraph=1, date=when,
                    date_basis="context",
                ))
        return tuple(statements[:n]), tuple(articles)


def pair_scores(alignment: Alignment, truth: dict[str, tuple]) -> tuple[float, float]:
    """Pairwise precision and recall of the utterance groups against the true utterances."""
    predicted = {sid: u.id for u in alignment.utterances for sid in u.statement_ids}

    def pairs(counts: collections.Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(collections.Counter((truth[s], u) for s, u in predicted.items()))
    grouped = pairs(collections.Counter(predicted.values()))
    true = pairs(collections.Counter(truth[s] for s in predicted))
    return both / grouped if grouped else 1.0, both / true if true else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=20220405)
    parser.add_argument("--stories", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    print(f"align_statements, {args.stories} stories, seed {args.seed}, best of {args.repeat}")
    print("cpu: process time (other processes on the machine do not count); wall: elapsed time")
    print("precision, recall: of the pairs of statements grouped as one utterance, against the generator's truth")
    print(
        f"{'statements':>11} {'cpu s':>7} {'wall s':>7} {'cpu us/st':>10} {'utterances':>11} {'echoes':>7}"
        f" {'precision':>10} {'recall':>7}"
    )
    corpora = {}
    truths = {}
    for n in sorted(args.sizes):
        corpus = Corpus(args.seed, args.stories)
        corpora[n] = corpus.build(n)
        truths[n] = corpus.truth
    cpu = {n: math.inf for n in corpora}
    wall = {n: math.inf for n in corpora}
    found = {}
    # Sizes take turns, so that a busy spell on the machine hits each of them alike.
    for _ in range(args.repeat):
        for n, (statements, articles) in corpora.items():
            started_cpu, started_wall = time.process_time(), time.perf_counter()
            alignment = align_statements(statements, articles)
            cpu[n] = min(cpu[n], time.process_time() - started_cpu)
            wall[n] = min(wall[n], time.perf_counter() - started_wall)
            found[n] = (len(alignment.utterances), len(alignment.echoes), *pair_scores(alignment, truths[n]))
    for n in corpora:
        utterances, echoes, precision, recall = found[n]
        print(
            f"{n:>11,} {cpu[n]:>7.2f} {wall[n]:>7.2f} {cpu[n] / n * 1e6:>10.1f} {utterances:>11,} {echoes:>7,}"
            f" {precision:>10.3f} {recall:>7.3f}"
        )
    timings = sorted(cpu.items())
    if len(timings) > 1:
        (n0, t0), (n1, t1) = timings[0], timings[-1]
        print(f"cpu time x{t1 / t0:.1f} for n x{n1 / n0:.0f}; n log n would be x{n1 * math.log(n1) / (n0 * math.log(n0)):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
