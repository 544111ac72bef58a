"""Generation alone at one size, without MkDocs: cold, no-change and add-one runs of
``briefing generate``, each in its own process as an editor would run them (the figures
``python -m benchmarks`` gives, in a minute instead of the MkDocs build's many).

    PYTHONPATH=. python -m benchmarks.bench_generate [--articles 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from benchmarks.__main__ import REPO, add_one_article, project_for, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    n = parser.parse_args().articles
    with tempfile.TemporaryDirectory(prefix=f"bench-generate-{n}-") as tmp:
        project = project_for(Path(tmp), n)
        generate = [sys.executable, "-m", "generator.cli", "generate", "--project", str(project)]
        load_before = os.getloadavg()[0]
        cold_s, cold_mb = timed(generate, REPO)
        noop_s, _ = timed(generate, REPO)
        add_one_article(project)
        add_one_s, add_one_mb = timed(generate, REPO)
    print(f"{n} articles: cold {cold_s:.2f} s ({n / cold_s:.0f} articles/s, peak {cold_mb:.0f} MB), no-change "
          f"{noop_s:.2f} s, add one {add_one_s:.2f} s (peak {add_one_mb:.0f} MB); load average {load_before:.2f} "
          f"before, {os.getloadavg()[0]:.2f} after")


if __name__ == "__main__":
    main()
