"""The write stage of a cold run alone: a generated ``content/`` written again into an empty
folder as ``build()`` writes it (pages staged as they come, then renamed into place by
``finish``, then the run's output stamp), with this process's user and system CPU time of
each step.

    PYTHONPATH=. python -m benchmarks.bench_write CONTENT [--repeat 3]

``CONTENT`` is the ``content/`` of a generated project (it is only read). Its pages are
given to the writer as the render stage's cache gives them (LZ4-compressed with their
digest), so decompressing them is part of the staging, as in a run. The figures are CPU
seconds: on a busy machine they move less than wall time.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
from pathlib import Path

import lz4.block

from generator.cache import output_stamp, take_stamp
from generator.write import MANIFEST_NAME, EncodedPage, PageWriter


def cpu_seconds() -> tuple[float, float]:
    """(user, system) CPU seconds of this process so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime, own.ru_stime


def pages_of(content: Path) -> dict[str, EncodedPage]:
    """Every page under ``content`` (the writer's own files left out), as the cache keeps them."""
    pages = {}
    for path in sorted(content.rglob("*")):
        relative = path.relative_to(content).as_posix()
        if path.is_file() and not path.name.startswith("."):
            page = EncodedPage.of_data(path.read_bytes())
            pages[relative] = EncodedPage(page.digest, lz4.block.compress(page.data()))
    assert MANIFEST_NAME not in pages
    return pages


def write_once(pages: dict[str, EncodedPage], project: Path) -> dict[str, tuple[float, float]]:
    """Write ``pages`` into the empty ``content/`` of ``project``: CPU (user, system) by step."""
    figures: dict[str, tuple[float, float]] = {}

    def note(step: str, before: tuple[float, float]) -> tuple[float, float]:
        now = cpu_seconds()
        figures[step] = (now[0] - before[0], now[1] - before[1])
        return now

    started = cpu_seconds()
    stamp = take_stamp(project)
    with PageWriter(project / "content", stat_record=project / "written.json", stats=stamp.content) as writer:
        started = note("stamp before", started)
        for path, page in pages.items():
            writer.stage({path: page})
        started = note("stage", started)
        written = writer.finish(pages)
        started = note("finish", started)
    output_stamp(project, stamp, written.touched, written.stats)
    note("stamp after", started)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages = pages_of(args.content)
    size = sum(len(page.data()) for page in pages.values())
    print(f"{len(pages)} pages, {size / 1e6:.0f} MB")
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="bench-write-") as tmp:
            project = Path(tmp)
            (project / "content").mkdir()
            figures = write_once(pages, project)
            shutil.rmtree(project / "content")
        total = sum(user + system for user, system in figures.values())
        print("  ".join(f"{step} {user:.2f}+{system:.2f}" for step, (user, system) in figures.items())
              + f"  (user+sys s CPU; total {total:.2f})")


if __name__ == "__main__":
    main()
