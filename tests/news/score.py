"""Score the statements found in the news fixtures of this folder against ``gold.yaml``.

The fixtures are articles in the styles the extractor must read without having been
written against them (wire agencies, translated state media, a long feature, an interview,
a hearing of alternating speakers, a story dated by weekdays): an estimate of how it does
on text nobody here tuned it for. ``python -m tests.news.score`` prints the figures;
``tests/test_news_fixtures.py`` holds them to thresholds.

Matching: a gold statement is found by the quotation-mark statement (quote or fragment)
whose words start with the gold's first words. Speakers match as the quote-eval scorer
matches them: the same words, or the same last word, once case, punctuation, a possessive
and a leading determiner or title are set aside ("Tan Yue" ~ "Tan", "the central bank" ~
"central bank").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.load import read_raw_article
from generator.models import Registry, Statement
from generator.statements import find_statements

HERE = Path(__file__).parent
_LEADING = frozenset("a an the his her its their mr mrs ms dr president minister".split())


@dataclass(frozen=True)
class FileScore:
    """One fixture's figures: counts of gold statements found, of those with the right
    speaker, kind and date (over those the text dates), and of false statements."""

    name: str
    gold: int
    found: int
    extra: list[str]
    speakers_right: int
    kinds_right: int
    dated: int
    dates_right: int
    misses: list[str]

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        predicted = self.found + len(self.extra)
        return self.found / predicted if predicted else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.found if self.found else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dated if self.dated else 1.0


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("“”‘’", "\"\"''"))
    return " ".join(re.findall(r"\w+", text.casefold()))


def _name_tokens(name: str) -> list[str]:
    words = [re.sub(r"'s$", "", w) for w in _norm(name.replace("’", "'")).split()]
    while len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    return words


def names_match(found: str, gold: str) -> bool:
    a, b = _name_tokens(found), _name_tokens(gold)
    return bool(a and b) and (a == b or a[-1] == b[-1])


def gold_table() -> dict:
    return yaml.safe_load((HERE / "gold.yaml").read_text("utf-8"))


def statements_of(name: str) -> tuple[Statement, ...]:
    return find_statements(read_raw_article(HERE / name), Registry())


def score_file(name: str, gold: dict) -> FileScore:
    found = [s for s in statements_of(name) if s.kind != "paraphrase"]
    used: set[int] = set()
    hits = speakers = kinds = dated = dates = 0
    misses = []
    for g in gold["statements"]:
        prefix = _norm(g["quote"])
        k = next((i for i, s in enumerate(found) if i not in used and _norm(s.quote).startswith(prefix)), None)
        if k is None:
            misses.append(f"not found: {g['quote']!r}")
            continue
        used.add(k)
        s = found[k]
        hits += 1
        names = [g["speaker"], *g.get("also", [])]
        if any(names_match(s.speaker_name, n) for n in names) if s.speaker_name else False:
            speakers += 1
        else:
            misses.append(f"speaker {s.speaker_name or '(none)'!r} for {g['quote']!r}, not {g['speaker']!r}")
        if (s.kind == "fragment") == bool(g.get("fragment")):
            kinds += 1
        else:
            misses.append(f"kind {s.kind} for {g['quote']!r}")
        if g.get("date") is not None:
            dated += 1
            want = g["date"] if isinstance(g["date"], dt.date) else dt.date.fromisoformat(g["date"])
            if s.date == want:
                dates += 1
            else:
                misses.append(f"date {s.date} ({s.date_basis}) for {g['quote']!r}, not {want}")
    extra = [s.quote for i, s in enumerate(found) if i not in used]
    misses += [f"not a statement: {q!r}" for q in extra]
    return FileScore(name, len(gold["statements"]), hits, extra, speakers, kinds, dated, dates, misses)


def score_all() -> list[FileScore]:
    return [score_file(name, gold) for name, gold in sorted(gold_table().items())]


def main() -> None:
    scores = score_all()
    print(f"{'file':48} {'P':>5} {'R':>5} {'speaker':>8} {'date':>6} {'kind':>5}")
    for s in scores:
        print(f"{s.name:48} {s.precision:5.2f} {s.recall:5.2f} {s.speaker_accuracy:8.2f} {s.date_accuracy:6.2f} "
              f"{s.kinds_right / s.found if s.found else 1:5.2f}")
    total = lambda attr: sum(getattr(s, attr) for s in scores)  # noqa: E731
    predicted = total("found") + sum(len(s.extra) for s in scores)
    p, r = total("found") / predicted, total("found") / total("gold")
    print(f"{'all':48} {p:5.2f} {r:5.2f} {total('speakers_right') / total('found'):8.2f} "
          f"{total('dates_right') / total('dated'):6.2f} {total('kinds_right') / total('found'):5.2f}"
          f"   (quote F1 {2 * p * r / (p + r):.3f}; {total('gold')} gold, {total('dated')} dated)")
    for s in scores:
        for m in s.misses:
            print(f"  {s.name}: {m}")


if __name__ == "__main__":
    main()
