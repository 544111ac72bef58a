"""What a run tells the person who started it: a progress bar on a terminal, a summary after.

Both go to stderr (stdout stays free for data, e.g. ``briefing extract --format json``).
The bar is drawn only when stderr is a terminal, so logs and CI output get the summary alone.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TextIO, TypeVar

from generator.cache import StageCounts
from generator.models import Registry, Statement
from generator.write import WriteReport

T = TypeVar("T")

_BAR_WIDTH = 30
# Below this a run is too quick for a bar to be anything but flicker.
_BAR_MIN_ITEMS = 50


def progress(items: Sequence[T], label: str, stream: TextIO | None = None) -> Iterator[T]:
    """Yield ``items``, drawing ``label [#####     ] 12/40`` on ``stream`` (stderr by default)
    when it is a terminal; the bar is erased when the items are done."""
    stream = stream or sys.stderr
    total = len(items)
    if total < _BAR_MIN_ITEMS or not stream.isatty():
        yield from items
        return
    drawn = -1
    for done, item in enumerate(items):
        filled = done * _BAR_WIDTH // total
        if filled != drawn:
            stream.write(f"\r{label} [{'#' * filled}{' ' * (_BAR_WIDTH - filled)}] {done}/{total}")
            stream.flush()
            drawn = filled
        yield item
    stream.write("\r" + " " * (len(label) + _BAR_WIDTH + 4 + 2 * len(str(total)) + 1) + "\r")
    stream.flush()


@dataclass(frozen=True)
class RunFacts:
    """The numbers a run reports about its input."""

    articles: int
    statements: int
    unknown_speakers: int
    undated: int

    @classmethod
    def of(cls, articles: int, statements: Sequence[Statement], registry: Registry) -> RunFacts:
        unknown = {s.speaker for s in statements if registry.lacks_speaker(s)}
        return cls(articles, len(statements), len(unknown), sum(1 for s in statements if s.date is None))


def format_summary(facts: RunFacts, written: WriteReport, analysed: Mapping[str, StageCounts] | None = None,
                   stage: str = "analyse") -> str:
    """The plain summary of a run, one fact per line.

    ``analysed`` is the cache's counts; with it the first line says how many articles were
    analysed and how many not (``stage`` names the per-article stage in the counts).
    """
    counts = analysed.get(stage) if analysed else None
    # (articles reused within a story reused whole are not counted one by one)
    read = f"{facts.articles}" + (f" ({counts.computed} analysed, {facts.articles - counts.computed} unchanged)"
                                  if counts else "")
    plural = "s" if facts.unknown_speakers != 1 else ""
    lines = [
        f"articles read:    {read}",
        f"statements found: {facts.statements}",
        f"pages:            {written.counts()}",
        f"warnings:         {facts.unknown_speakers} unknown speaker{plural} "
        f"(briefing check lists them), {facts.undated} undated statement{'s' if facts.undated != 1 else ''}",
    ]
    lines += written.notes
    return "\n".join(lines)
