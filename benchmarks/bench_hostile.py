"""Time of the per-article stages and of the aligner on pathological text, at 10 KB,
100 KB and 1 MB, and how each grows: a ratio near 10 per tenfold size is linear, near
100 quadratic.

    python -m benchmarks.bench_hostile [--sizes 10000,100000,1000000] [--shapes ...] [--repeat 3]

Shapes: ``unbalanced`` (thousands of opening marks never closed), ``nested`` (quotes in
quotes in quotes), ``giant-paragraph`` (one paragraph of quote-heavy sentences),
``tiny-paragraphs`` (one short quoted paragraph per line), ``long-line`` (one line of
quoted words with no sentence end), ``possessives`` (``China's China's …``: each name
after a possessive). The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import time
from collections.abc import Callable

from generator.align import align_statements
from generator.attribute import attribute_speakers
from generator.clean import clean_paragraphs
from generator.dates import resolve_dates
from generator.extract import extract_quotes
from generator.models import Article, Person, Registry

SENTENCE = "The minister said “we will not move the embassy” on Tuesday, and “nobody leaves” before the vote. "
SHAPES: dict[str, Callable[[int], str]] = {
    "unbalanced": lambda n: ("“He said ‘no « maybe „ 'why \"so " * (n // 32 + 1))[:n],
    "nested": lambda n: ("“a ‘b «c „d ‚e ‹f \"g 'h' i\" j› k‘ l“ m» n’ o” " * (n // 46 + 1))[:n],
    "giant-paragraph": lambda n: (SENTENCE * (n // len(SENTENCE) + 1))[:n],
    "tiny-paragraphs": lambda n: ("“Yes,” she said.\n\n" * (n // 18 + 1))[:n],
    "long-line": lambda n: ("word “quote” " * (n // 13 + 1))[:n],
    "possessives": lambda n: ("China's " * (n // 8 + 1))[:n],
}


# Names the shapes use, so that names resolve and the work on resolved names is measured.
REGISTRY = Registry(people={
    "zhang-jun": Person(key="zhang-jun", name="Zhang Jun", aliases=("Zhang",)),
    "china": Person(key="china", name="China", kind="country"),
})


def article(text: str) -> Article:
    return Article(id="bench", story="bench", path="articles/bench/bench.md", title="", outlet="bench", url="",
                   published=dt.date(2024, 5, 1), language="en", text=text)


def timed(run: Callable[[], object]) -> tuple[float, object]:
    """CPU seconds of ``run()`` (other processes on the machine do not count) and its result;
    the garbage of the previous stage is collected first, not charged to this one."""
    gc.collect()
    started = time.process_time()
    result = run()
    return time.process_time() - started, result


def measure(text: str, repeat: int) -> dict[str, float]:
    """Each stage's least CPU time over ``repeat`` runs, and the statements found."""
    runs = []
    for _ in range(repeat):
        a = article(text)
        clean_s, paragraphs = timed(lambda: clean_paragraphs(a))
        extract_s, spans = timed(lambda: extract_quotes(a, paragraphs))
        attribute_s, attributed = timed(lambda: attribute_speakers(spans, a, paragraphs, REGISTRY))
        dates_s, statements = timed(lambda: resolve_dates(attributed, a, paragraphs))
        align_s, _ = timed(lambda: align_statements(statements, (a,)))
        runs.append({"clean": clean_s, "extract": extract_s, "attribute": attribute_s, "dates": dates_s,
                     "align": align_s})
    return {**{stage: min(r[stage] for r in runs) for stage in runs[0]}, "statements": len(statements)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the least time of each stage is shown")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, dict[int, dict[str, float]]] = {}
    for shape in args.shapes.split(","):
        results[shape] = {}
        for n in sizes:
            r = results[shape][n] = measure(SHAPES[shape](n), args.repeat)
            stages = ", ".join(f"{k} {v:.3f} s" for k, v in r.items() if k != "statements")
            print(f"{shape:>16} {n:>8} chars: {stages} ({r['statements']} statements)", flush=True)
        for smaller, larger in zip(sizes, sizes[1:]):
            growth = {k: round(results[shape][larger][k] / max(results[shape][smaller][k], 1e-6), 1)
                      for k in ("clean", "extract", "attribute", "dates", "align")}
            print(f"{shape:>16} growth {smaller}->{larger} (x{larger // smaller}): {growth}", flush=True)
    print(json.dumps({shape: {str(n): {k: round(v, 4) for k, v in r.items()} for n, r in by_size.items()}
                      for shape, by_size in results.items()}))


if __name__ == "__main__":
    main()
