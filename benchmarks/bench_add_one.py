"""Adding one article to a large project: the whole ``briefing generate`` process, timed.

In a copy of a generated project (or a new synthetic one of ``--articles``), a first run
fills the cache for this code (a copy has new inodes, which the cache keys files by); then,
``--repeat`` times: the article of :func:`benchmarks.__main__.add_one_article` is added,
``python -m generator.cli generate`` runs in a process of its own and its wall and CPU time
(user + system, of it and its workers) are printed, and the article is taken out again
(a run puts the project back). CPU is what to compare on a busy machine; the wall time
moves with whatever else runs.

    PYTHONPATH=. python -m benchmarks.bench_add_one [--articles 10000 | --project DIR] [--repeat 3]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.__main__ import REPO, add_one_article, project_for


def generate(project: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ``briefing generate`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator.cli", "generate", "--project", str(project)], cwd=REPO,
                   check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--project", type=Path, help="a generated project to copy (else a new synthetic one)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-add-one-") as folder:
        if args.project:
            project = Path(folder) / "project"
            shutil.copytree(args.project, project, symlinks=True)
        else:
            project = project_for(Path(folder), args.articles)
        generate(project)  # the cache filled for this code and these inodes
        for run in range(1, args.repeat + 1):
            before = set((project / "articles").rglob("*.md"))
            add_one_article(project)
            wall, cpu = generate(project)
            print(f"add one, run {run}: {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)
            for added in set((project / "articles").rglob("*.md")) - before:
                added.unlink()
            generate(project)


if __name__ == "__main__":
    main()
