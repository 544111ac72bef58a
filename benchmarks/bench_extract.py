"""Benchmark of the statement extractor: throughput and growth on pathological input.

    PYTHONPATH=. python benchmarks/bench_extract.py [--articles 1000]

Writes a deterministic synthetic corpus (quote-heavy, every quotation style) to a
temporary folder, reads it back and extracts every article on one core, then times
inputs of 10 KB, 100 KB and 1 MB made of thousands of unbalanced quotation marks, to
show that the time grows linearly with the size. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from generator.models import Article, Registry
from generator.statements import find_statements

NAMES = ["Anna Berg", "Tom Reed", "Li Wei", "Maria Lopez", "Omar Haddad", "Jana Novak", "Kofi Mensah", "Elena Petrova"]
ROLES = ["the foreign minister", "a spokeswoman for the ministry", "the envoy to the United Nations", "the mayor of Eastport"]
VERBS = ["said", "told reporters", "added", "stressed", "warned", "noted", "insisted"]
WHEN = ["on Tuesday", "yesterday", "on April 5", "last week", "on 3 March 2022", ""]
STYLES = [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’"), ("''", "''")]
WORDS = ("the talks will resume once both sides agree on a timetable for the next round and the "
         "council hears the report on the humanitarian corridors before the vote").split()


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def synthetic_article(rng: random.Random) -> str:
    """One article: a headline, a dated lead and quote-heavy paragraphs in mixed styles."""
    first = rng.choice(NAMES)
    paras = [f"{first.split()[1]} says {rng.choice(STYLES)[0]}{_sentence(rng, 5)}{rng.choice(STYLES)[1]}",
             f"{first}, {rng.choice(ROLES)}, {rng.choice(VERBS)} {rng.choice(WHEN)} that \"{_sentence(rng, 8).lower()}\"."]
    for _ in range(rng.randint(6, 14)):
        o, c = rng.choice(STYLES)
        name = rng.choice(NAMES)
        form = rng.randrange(6)
        if form == 0:
            paras.append(f"{o}{_sentence(rng, 12)},{c} {name} {rng.choice(VERBS)} {rng.choice(WHEN)}.")
        elif form == 1:
            paras.append(f"{o}{_sentence(rng, 9)},{c} {rng.choice(['he', 'she'])} said. {o}{_sentence(rng, 7)}.{c}")
        elif form == 2:
            paras.append(f"{name.split()[1]} {rng.choice(VERBS)} the plan was {o}{_sentence(rng, 4).lower()}{c} and left.")
        elif form == 3:
            paras.append(f"{o}{_sentence(rng, 15)}, – said {name}, {rng.choice(ROLES)}, at a press conference.")
        elif form == 4:
            paras.append(f"{name} said the {_sentence(rng, 10).lower()}.")
        else:
            paras.append(f"{o}{_sentence(rng, 20)}.\n\n{o}{_sentence(rng, 8)},{c} the envoy said.")
    paras.append("This was reported by Xinhua.")
    return "\n\n".join(paras) + "\n"


def _extract(path: Path) -> int:
    text = path.read_text("utf-8")
    article = Article(id=path.stem, story="bench", path=str(path), title="", outlet="", url="",
                      published=dt.date(2022, 4, 6), language="en", text=text)
    return len(find_statements(article, Registry()))


def bench_corpus(n: int) -> None:
    rng = random.Random(20220406)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(n):
            (folder / f"article-{i:05d}.txt").write_text(synthetic_article(rng), "utf-8")
        paths = sorted(folder.glob("*.txt"))
        size = sum(p.stat().st_size for p in paths)
        start = time.perf_counter()
        statements = sum(_extract(p) for p in paths)
        took = time.perf_counter() - start
    print(f"corpus: {n} articles, {size / 1e6:.2f} MB, {statements} statements")
    print(f"        {took:.2f} s  ->  {n / took:.0f} articles/s, {size / 1e6 / took:.2f} MB/s (one core)")


def pathological(size: int, kind: str) -> str:
    """Text of about ``size`` characters that stresses quote pairing."""
    rng = random.Random(size)
    if kind == "unbalanced":
        units = ["“", "”", '"', "'", "‘", "’", "«", " word", " said", " he", ",", "."]
        out = []
        length = 0
        while length < size:
            out.append(rng.choice(units))
            length += len(out[-1])
        return "".join(out)
    if kind == "one-paragraph":
        unit = '"He said, ''"no," she said. “Yes ‘ ’'
        return (unit * (size // len(unit) + 1))[:size]
    unit = "“Open quote that never closes, said Tom Reed\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def bench_growth() -> None:
    print("pathological inputs (time should grow about 10x per row):")
    for kind in ("unbalanced", "one-paragraph", "unclosed-paragraphs"):
        for size in (10_000, 100_000, 1_000_000):
            text = pathological(size, kind)
            article = Article(id=kind, story="bench", path=kind, title="", outlet="", url="",
                              published=dt.date(2022, 4, 6), language="en", text=text)
            start = time.perf_counter()
            found = find_statements(article, Registry())
            took = time.perf_counter() - start
            print(f"  {kind:20} {size / 1000:>6.0f} KB  {took:8.3f} s  {len(found)} statements")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    bench_corpus(args.articles)
    bench_growth()


if __name__ == "__main__":
    main()
