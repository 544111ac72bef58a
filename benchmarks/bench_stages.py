"""Where a cold run's time goes: one ``build()`` of a fresh project, stage by stage.

For each stage of the pipeline (load, analyse, align, render, write, and the rest of the
run): its wall time, the CPU time of this process and the CPU time of the worker
processes it ran. On a busy machine, compare the CPU figures: the wall times move with
whatever else runs.

Then the run outside its worker pools (``alone``): the stretches where this process works
and the other cores idle (the run's serial part: at saturation, a second of it costs a
second of wall time where a second of pooled work costs half of one on two cores); the CPU
figure is the one to compare on a busy machine.

    PYTHONPATH=. python -m benchmarks.bench_stages [--articles 10000] [--project DIR]

``--project`` builds a copy of DIR (its ``content/`` and cache left as they are) instead of
a new synthetic project.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import generator.build
import generator.cache
from benchmarks.__main__ import project_for

STAGES = ("load_corpus", "analyse_corpus", "align_by_story", "render_pages")
"""The functions of ``generator.build`` timed as stages; the write stage is :meth:`PageWriter.finish`
(the pages it writes were staged while the render ran: their share of the disk's work is
in ``render_pages``)."""


def cpu_seconds() -> tuple[float, float]:
    """(this process, its finished children): user and system CPU seconds so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def measured(stage: Callable, figures: list[tuple[str, float, float, float]]) -> Callable:
    def run(*args, **kwargs):
        started, (own, children) = time.perf_counter(), cpu_seconds()
        result = stage(*args, **kwargs)
        own_after, children_after = cpu_seconds()
        figures.append((stage.__qualname__, time.perf_counter() - started, own_after - own, children_after - children))
        return result

    return run


def pooled(method: Callable, spans: list[tuple[float, float]]) -> Callable:
    """``ResultCache._map_apart`` noting (wall s, this process's CPU s) of each pool, from its
    first value asked for to its end (the generator's close, when it is not run to its end)."""
    def run(*args, **kwargs):
        started, own = time.perf_counter(), cpu_seconds()[0]
        try:
            yield from method(*args, **kwargs)
        finally:
            spans.append((time.perf_counter() - started, cpu_seconds()[0] - own))

    return run


def cold_build(project: Path) -> list[tuple[str, float, float, float]]:
    """(stage, wall s, this process's CPU s, workers' CPU s) of one cold build of ``project``,
    and last ``alone``: the build outside its worker pools (workers' CPU 0)."""
    figures: list[tuple[str, float, float, float]] = []
    for name in STAGES:
        setattr(generator.build, name, measured(getattr(generator.build, name), figures))
    finish = generator.build.PageWriter.finish
    generator.build.PageWriter.finish = measured(finish, figures)  # type: ignore[method-assign]
    spans: list[tuple[float, float]] = []
    generator.cache.ResultCache._map_apart = pooled(generator.cache.ResultCache._map_apart, spans)  # type: ignore[method-assign]
    started, (own, children) = time.perf_counter(), cpu_seconds()
    generator.build.build(project)
    own_after, children_after = cpu_seconds()
    total = ("build", time.perf_counter() - started, own_after - own, children_after - children)
    rest = ("the rest", total[1] - sum(f[1] for f in figures), total[2] - sum(f[2] for f in figures),
            total[3] - sum(f[3] for f in figures))
    alone = ("alone", total[1] - sum(wall for wall, _ in spans), total[2] - sum(cpu for _, cpu in spans), 0.0)
    return [*figures, rest, total, alone]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--project", type=Path, help="build a copy of this project instead of a new one")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-stages-") as tmp:
        project = Path(tmp) / "project"
        if args.project:
            shutil.copytree(args.project, project, symlinks=True)
        figures = cold_build(project if args.project else project_for(project, args.articles))
    for name, wall, own, workers in figures:
        print(f"{name:17s} {wall:7.2f} s wall {own:7.2f} s CPU here {workers:7.2f} s CPU in workers")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB here; load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
