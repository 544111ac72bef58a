"""Regeneration at 1,000 articles: what a run costs and what it touches.

In a fresh project of synthetic, deterministic articles (:mod:`benchmarks.corpus`), five
runs of ``build()``, each in its own process as an editor would run them: cold (no cache,
empty ``content/``), no change (it stops before reading anything), every article touched
(same bytes, new times), one article added, and one person added to ``people.yml``. For
each: wall and CPU time of the process (CPU is what to compare on a busy machine),
articles analysed vs reused, pages written, unchanged and removed.

    PYTHONPATH=. python benchmarks/bench_regenerate.py [--articles 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.__main__ import add_one_article, project_for

REPO = Path(__file__).resolve().parents[1]

# Run inside each measured process: one build(), its counts as JSON on stdout.
ONE_RUN = """
import json, sys
from pathlib import Path
from generator.build import build
from generator.cache import StageCounts
report = build(Path(sys.argv[1]))
analysed, extracted = (report.analysed.get(stage, StageCounts()) for stage in ("analyse", "extract"))
print(json.dumps({"skipped": report.skipped, "analysed": analysed.computed, "reused": analysed.reused,
                  "extracted": extracted.computed, "written": len(report.written.written),
                  "unchanged": len(report.written.unchanged), "removed": len(report.written.removed)}))
"""


def run(project: Path) -> dict:
    """One build in a new process: its wall and CPU seconds (CPU time is what to compare on
    a busy machine) and its counts."""
    with tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", ONE_RUN, str(project)], cwd=REPO, stdout=subprocess.PIPE,
                                   stderr=err, text=True, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
        out = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"build failed:\n{err.read()}")
    return {"seconds": round(elapsed, 3), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
            **json.loads(out.splitlines()[-1])}


def add_one_person(project: Path) -> None:
    with open(project / "articles" / "people.yml", "a", encoding="utf-8") as out:
        out.write("added-person:\n  name: Added Person\n  aliases: [Added]\n")


def touch_articles(project: Path) -> None:
    """New modification times, same bytes (a fresh checkout, a sync tool): the quick no-change
    check no longer applies and the run reads everything, with every result from the cache."""
    for path in (project / "articles").rglob("*"):
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))


def measure(project: Path) -> dict[str, dict]:
    results = {"cold": run(project), "no change": run(project)}
    touch_articles(project)
    results["files touched"] = run(project)
    add_one_article(project)
    results["one article added"] = run(project)
    add_one_person(project)
    results["one person added"] = run(project)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="make the project here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-regenerate-") as tmp:
        root = args.keep or Path(tmp)
        results = measure(project_for(root, args.articles))
    print(f"{args.articles} articles")
    for name, r in results.items():
        if r["skipped"]:
            print(f"  {name:<18} {r['seconds']:6.2f} s wall {r['cpu_seconds']:6.2f} s CPU   nothing changed since the last"
                  " run: nothing read, nothing written")
            continue
        print(f"  {name:<18} {r['seconds']:6.2f} s wall {r['cpu_seconds']:6.2f} s CPU   articles {r['analysed']:>5}"
              f" analysed ({r['extracted']} extracted),"
              f" {r['reused']:>5} reused   pages {r['written']:>5} written, {r['unchanged']:>5} unchanged,"
              f" {r['removed']} removed")
    print(json.dumps(results, sort_keys=True))


if __name__ == "__main__":
    main()
