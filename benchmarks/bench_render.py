"""The render stage alone: ``render_pages`` of a cold run at each size, wall and CPU time.

    PYTHONPATH=. python -m benchmarks.bench_render [N ...]   (articles; 10000 when none)

The project is analysed and aligned first (not timed), through a project cache as
``briefing generate`` does, so the stage renders as in a cold run: every page computed,
keyed and stored, in one worker process per core. CPU time counts this process and its
workers, so it stays comparable when other work shares the cores (wall time does not).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.__main__ import project_for
from generator.build import align_by_story, analyse_corpus
from generator.cache import collector_paused, project_cache
from generator.load import load_corpus
from generator.models import Site
from generator.render import render_pages
from generator.write import EncodedPage


def cpu_seconds() -> float:
    """User and system time of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def cold_render(project: Path) -> tuple[float, float, dict[str, str | EncodedPage]]:
    """(wall seconds, CPU seconds, files) of ``render_pages`` in a cold run of ``project``."""
    with project_cache(project) as cache, collector_paused():
        corpus = load_corpus(project / "articles", project, cache.memo)
        analysis = analyse_corpus(corpus, cache)
        site = Site(corpus.registry, corpus.stories, corpus.articles,
                    {key: a.paragraphs for key, a in analysis.by_article.items()}, analysis.statements,
                    align_by_story(analysis.statements, corpus.articles, cache.memo))
        wall, cpu = time.perf_counter(), cpu_seconds()
        files = render_pages(site, cache.memo)
        return time.perf_counter() - wall, cpu_seconds() - cpu, files


def main() -> None:
    for n in map(int, sys.argv[1:] or ["10000"]):
        with tempfile.TemporaryDirectory(prefix=f"bench-render-{n}-") as tmp:
            wall, cpu, files = cold_render(project_for(Path(tmp), n))
        size = sum(len(page.data()) if isinstance(page, EncodedPage) else len(page.encode()) for page in files.values())
        print(f"{n} articles: render_pages {wall:.2f} s wall, {cpu:.2f} s CPU (with workers), {len(files)} files, "
              f"{size / 1e6:.0f} MB")

if __name__ == "__main__":
    main()
