"""Coverage-guided fuzzing of the extractor (clean, extract, attribute, dates, and the
aligner on what they find) with atheris: each input, read as an article's text, must pass
:func:`tests.fuzz.extract_property.check_extract`.

From the repository root, for ten minutes (new inputs go to the first folder; the kept
corpus and the regressions are read as seeds; a failing input is saved as crash-<sha1>):

    PYTHONPATH=. python tests/fuzz/fuzz_extract.py -max_total_time=600 -timeout=10 \\
        -artifact_prefix=/tmp/ /tmp/fuzz-extract tests/fuzz/corpus tests/fuzz/regressions

Any libFuzzer option applies (``-jobs=2`` for two processes, ``-max_len=65536`` for longer
texts). Given files instead of folders, it runs each once: the way to replay a crash.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["generator", "tests.fuzz"]):
    from tests.fuzz.extract_property import check_extract


def main() -> None:
    atheris.Setup(sys.argv, check_extract)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
