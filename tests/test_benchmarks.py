"""Every benchmark (those ``make bench`` runs, and ``bench_generate``) still runs, at a small size, and prints its figures;
the scale benchmark's last line is the JSON that tools outside the project read (issue 7's
interface). Times are printed, never asserted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from tests.render_sites import ROOT

SMALL_RUNS = {
    "bench_add_one": (["--articles", "30", "--repeat", "1"], r"add one, run 1: [\d.]+ s wall, [\d.]+ s CPU"),
    "bench_align": (["300", "600", "--repeat", "1"], r"cpu time x[\d.]+ for n x2"),
    "bench_extract": (["--articles", "20"], r"articles/s, [\d.]+ MB/s"),
    "bench_generate": (["--articles", "30"], r"30 articles: cold [\d.]+ s \(\d+ articles/s"),
    "bench_hostile": (["--sizes", "2000", "--repeat", "1"], r"2000 chars: clean [\d.]+ s"),
    "bench_regenerate": (["--articles", "30"], r"one article added +[\d.]+ s wall"),
    "bench_render": (["30"], r"30 articles: render_pages [\d.]+ s wall, [\d.]+ s CPU"),
    "bench_stages": (["--articles", "30"], r"build +[\d.]+ s wall +[\d.]+ s CPU here +[\d.]+ s CPU in workers"),
    "bench_write": ([str(ROOT / "content"), "--repeat", "1"], r"stage [\d.]+\+[\d.]+ .*finish [\d.]+\+[\d.]+"),
}


def _run(module: str, args: list[str]) -> str:
    result = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_make_bench_runs_each_benchmark_checked_here():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile[makefile.index("\nbench:"):].split("\n\n")[0]
    assert set(re.findall(r"-m benchmarks\.(\w+)", recipe)) <= set(SMALL_RUNS)
    assert re.search(r"-m benchmarks$", recipe, re.MULTILINE)


@pytest.mark.parametrize("name", sorted(SMALL_RUNS))
def test_benchmark_runs_small_and_prints_its_figures(name):
    args, figure = SMALL_RUNS[name]
    assert re.search(figure, _run(f"benchmarks.{name}", args))


def test_scale_benchmark_ends_with_the_json_line():
    last = _run("benchmarks", ["--sizes", "20,40"]).strip().splitlines()[-1]
    summary = json.loads(last)
    for key in ("articles_per_s", "noop_s_10k", "add_one_s_10k", "peak_rss_mb", "gen_to_mkdocs_ratio",
                "per_page_build_growth", "median_page_growth"):
        assert isinstance(summary[key], (int, float)) and summary[key] > 0, key
    assert summary["summary_articles"] == 40 and summary["growth_from_articles"] == 20
    assert set(summary["sizes"]) == {"20", "40"}
    for size in summary["sizes"].values():
        assert size["pages"] > 0 and size["site_bytes"] > 0 and size["mkdocs_s"] > 0
