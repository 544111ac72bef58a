"""The extractor's fuzzing: every kept input (seed corpus and regressions, see
``tests/fuzz/``) passes the property check, and a short coverage-guided run with atheris
finds no new failure. README "Fuzzing" says how to run it longer."""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.fuzz.extract_property import check_extract

ROOT = Path(__file__).resolve().parent.parent
FUZZ = ROOT / "tests" / "fuzz"
KEPT = sorted(p for folder in ("corpus", "regressions") for p in (FUZZ / folder).iterdir() if p.is_file()
              and not p.name.startswith("."))
BUDGET_S = 4
# A kept input still running after this long is a hang (libFuzzer's -timeout=10 found one:
# a regular expression backtracking exponentially), not slowness.
HANG_S = 30


@pytest.mark.parametrize("path", KEPT, ids=[f"{p.parent.name}/{p.name}" for p in KEPT])
def test_kept_fuzz_inputs_pass_the_extractor_properties(path):
    def hung(signum, frame):
        raise TimeoutError(f"{path.name} still running after {HANG_S} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(HANG_S)
    try:
        check_extract(path.read_bytes())
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_short_coverage_guided_run_finds_nothing(tmp_path):
    require_tool(importlib.util.find_spec("atheris") is not None,
                 "atheris is not installed (pip install -e '.[test]'; it builds on Linux and macOS)")
    new_inputs = tmp_path / "corpus"
    new_inputs.mkdir()
    result = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz_extract.py"), f"-max_total_time={BUDGET_S}", "-timeout=10",
         "-rss_limit_mb=2048", f"-artifact_prefix={tmp_path}/", str(new_inputs), str(FUZZ / "corpus"),
         str(FUZZ / "regressions")],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    found = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert result.returncode == 0 and not found, (found, result.stderr[-3000:])
    done = re.search(r"Done (\d+) runs in (\d+) second", result.stderr)
    assert done and int(done.group(1)) > 0, result.stderr[-3000:]
    print(f"atheris: {done.group(1)} inputs in {done.group(2)} s, {len(list(new_inputs.iterdir()))} new")
