"""Regeneration at 1,000 articles: what a run costs and what it touches.

In a fresh project of synthetic, deterministic articles (:mod:`benchmarks.corpus`), four
runs of ``build()``, each in its own process as an editor would run them: cold (no cache,
empty ``content/``), no change, one article added, and one person added to ``people.yml``.
For each: wall time of the process, articles analysed vs reused, pages written,
unchanged and removed.

    PYTHONPATH=. python benchmarks/bench_regenerate.py [--articles 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
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
report = build(Path(sys.argv[1]))
counts = report.analysed.get("analyse")
print(json.dumps({"skipped": report.skipped,
                  "analysed": counts.computed if counts else 0, "reused": counts.reused if counts else 0,
                  "extracted": report.analysed["extract"].computed if "extract" in report.analysed else 0,
                  "written": len(report.written.written), "unchanged": len(report.written.unchanged),
                  "removed": len(report.written.removed)}))
"""


def run(project: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", ONE_RUN, str(project)], cwd=REPO, capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stderr}")
    return {"seconds": round(elapsed, 3), **json.loads(done.stdout.splitlines()[-1])}


def add_one_person(project: Path) -> None:
    with open(project / "articles" / "people.yml", "a", encoding="utf-8") as out:
        out.write("added-person:\n  name: Added Person\n  aliases: [Added]\n")


def measure(project: Path) -> dict[str, dict]:
    results = {"cold": run(project), "no change": run(project)}
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
            print(f"  {name:<18} {r['seconds']:6.2f} s   nothing changed since the last run: nothing read, nothing written")
            continue
        print(f"  {name:<18} {r['seconds']:6.2f} s   articles {r['analysed']:>5} analysed ({r['extracted']} extracted),"
              f" {r['reused']:>5} reused   pages {r['written']:>5} written, {r['unchanged']:>5} unchanged,"
              f" {r['removed']} removed")
    print(json.dumps(results, sort_keys=True))


if __name__ == "__main__":
    main()
