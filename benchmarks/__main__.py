"""``make bench``: generation and MkDocs build at 100, 1,000 and 10,000 articles.

For each size, in a fresh temporary project made by :mod:`benchmarks.corpus`: cold
``briefing generate`` (wall time, articles/s, peak memory), a no-change run, a run after
adding one article, ``mkdocs build`` of the result, the size of ``site/`` and of its median
page. Every run is a separate process, as an editor would run it. The last line printed is
one JSON object that tools outside the project read.

    python -m benchmarks [--sizes 100,1000,10000] [--keep DIR]

``BENCH_SIZES=100,1000`` chooses the sizes too (for a quick ``make bench``). Growth figures
compare the largest size with 1,000 articles (or the smallest size run).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import make_corpus

REPO = Path(__file__).resolve().parents[1]


def timed(command: list[str], cwd: Path) -> tuple[float, float]:
    """Run ``command``; (wall seconds, peak resident MB of that process)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024  # Linux reports kilobytes


def project_for(root: Path, n: int) -> Path:
    """A project folder: a synthetic articles/, the repository's mkdocs.yml and hand-written content."""
    make_corpus(root, n, seed=n)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for hand_written in ("stylesheets", "javascripts", "overrides"):
        if (REPO / "content" / hand_written).is_dir():
            shutil.copytree(REPO / "content" / hand_written, root / "content" / hand_written)
    return root


def add_one_article(project: Path) -> None:
    story = sorted((project / "articles").glob("story-*"))[-1]
    (story / "2030-01-01-outlet-0-added.md").write_text(
        "---\ntitle: One more\noutlet: outlet-0\nurl: https://outlet0.example/added\npublished: 2030-01-01\n"
        "language: en\n---\n“We will keep talking,” the minister said on Tuesday.\n", encoding="utf-8")


def measure(n: int, root: Path) -> dict:
    project = project_for(root, n)
    # Other work on the machine moves every figure: the load is printed beside them.
    load_before = os.getloadavg()[0]
    generate = [sys.executable, "-m", "generator.cli", "generate", "--project", str(project)]
    cold_s, peak_mb = timed(generate, REPO)
    noop_s, _ = timed(generate, REPO)
    add_one_article(project)
    add_one_s, _ = timed(generate, REPO)
    mkdocs_s, mkdocs_peak_mb = timed([sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file",
                                      str(project / "mkdocs.yml")], REPO)
    pages = sorted((project / "site").rglob("*.html"))
    sizes = [p.stat().st_size for p in pages]
    site_bytes = sum(p.stat().st_size for p in (project / "site").rglob("*") if p.is_file())
    search_index = project / "site" / "search" / "search_index.json"
    return {
        "articles": n,
        "cold_s": round(cold_s, 3),
        "articles_per_s": round(n / cold_s, 1),
        "peak_rss_mb": round(peak_mb, 1),
        "noop_s": round(noop_s, 3),
        "add_one_s": round(add_one_s, 3),
        "mkdocs_s": round(mkdocs_s, 2),
        "mkdocs_peak_rss_mb": round(mkdocs_peak_mb, 1),
        "pages": len(pages),
        "mkdocs_s_per_page": round(mkdocs_s / max(1, len(pages)), 5),
        "mkdocs_ms_per_page": round(1000 * mkdocs_s / max(1, len(pages)), 2),
        "median_page_bytes": int(statistics.median(sizes)) if sizes else 0,
        "median_page_kb": round(statistics.median(sizes) / 1024, 1) if sizes else 0,
        "largest_page_bytes": max(sizes, default=0),
        "site_bytes": site_bytes,
        "site_mb": round(site_bytes / 2**20, 1),
        "search_index_bytes": search_index.stat().st_size if search_index.is_file() else 0,
        "gen_to_mkdocs_ratio": round(cold_s / mkdocs_s, 3),
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "100,1000,10000"))
    parser.add_argument("--keep", type=Path, help="build the projects here and keep them")
    args = parser.parse_args()
    results = {}
    for n in (int(x) for x in args.sizes.split(",")):
        if args.keep:
            root = args.keep / f"n{n}"
            shutil.rmtree(root, ignore_errors=True)
            root.mkdir(parents=True)
            results[n] = measure(n, root)
        else:
            with tempfile.TemporaryDirectory(prefix=f"bench-{n}-") as tmp:
                results[n] = measure(n, Path(tmp))
        r = results[n]
        print(f"{n:>6} articles: cold {r['cold_s']:.2f} s ({r['articles_per_s']:.0f} articles/s, peak "
              f"{r['peak_rss_mb']:.0f} MB), no-change {r['noop_s']:.2f} s, add one {r['add_one_s']:.2f} s; "
              f"mkdocs {r['mkdocs_s']:.1f} s for {r['pages']} pages ({r['mkdocs_ms_per_page']:.1f} ms/page), "
              f"median page {r['median_page_kb']} KB (largest {r['largest_page_bytes'] // 1024} KB), site "
              f"{r['site_mb']} MB, search index {r['search_index_bytes'] / 2**20:.1f} MB, "
              f"generation/mkdocs {r['gen_to_mkdocs_ratio']:.2f}; load average {r['load_avg_1m'][0]}"
              f" before, {r['load_avg_1m'][1]} after", flush=True)
    largest, smallest = max(results), min(results)
    anchor = 1000 if 1000 in results else smallest
    # The "_10k" figures are the largest size's; "summary_articles" says which size that was
    # (10,000 unless BENCH_SIZES chose others), and "growth_from_articles" the growth base.
    summary = {
        "summary_articles": largest,
        "growth_from_articles": anchor,
        "articles_per_s": results[largest]["articles_per_s"],
        "noop_s_10k": results[largest]["noop_s"],
        "add_one_s_10k": results[largest]["add_one_s"],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results.values()),
        "gen_to_mkdocs_ratio": results[largest]["gen_to_mkdocs_ratio"],
        "per_page_build_growth": round(results[largest]["mkdocs_ms_per_page"]
                                       / results[anchor]["mkdocs_ms_per_page"], 3),
        "median_page_growth": round(results[largest]["median_page_bytes"] / results[anchor]["median_page_bytes"], 3)
        if results[anchor]["median_page_bytes"] else None,
        "sizes": {str(n): r for n, r in results.items()},
    }
    print(json.dumps(summary, sort_keys=True))


if __name__ == "__main__":
    main()
