"""The ``briefing`` command. The only place where errors become exit codes.

Exit codes: 0 success, 1 bad input (every problem printed, ``path:line:col: what — fix``),
2 wrong usage, 3 a write the generator refuses (a file it does not own).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from generator import __version__
from generator.errors import BriefingError, InputError, UsageError


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date: write YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def project_option(command: argparse.ArgumentParser) -> None:
        command.add_argument("--project", type=Path, default=Path("."),
                             help="the project folder holding articles/, content/ and mkdocs.yml (default: .)")

    check = commands.add_parser("check", help="validate articles/ and list speakers missing from people.yml")
    project_option(check)
    check.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    check.set_defaults(run=run_check)

    importing = commands.add_parser("import", help="turn a raw text or saved HTML page into an article file")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE")
    importing.add_argument("--story", required=True, help="the story folder (a key under articles/)")
    importing.add_argument("--outlet", required=True, help="a key of articles/outlets.yml")
    importing.add_argument("--url", default="", help="the article's address (found in a saved HTML page)")
    importing.add_argument("--published", type=_date, help="publication date YYYY-MM-DD (found in HTML metadata)")
    importing.add_argument("--title", default="", help="the headline when the text has none")
    importing.add_argument("--standfirst", default="", help="the standfirst when the text has none")
    importing.add_argument("--language", default="en", help="language code (default: en)")
    importing.add_argument("--author", default="", help="the byline")
    importing.add_argument("--via", action="append", default=[], help="an agency the article credits (repeatable)")
    project_option(importing)
    importing.set_defaults(run=run_import)

    extract = commands.add_parser("extract", help="print the statements of article files (raw .txt accepted)")
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--published", type=_date, help="publication date for raw texts (default: a date in the file name)")
    extract.add_argument("--format", choices=("json", "text"), default="text")
    extract.add_argument("--people", type=Path, default=Path("articles/people.yml"),
                         help="people registry for canonical names (default: articles/people.yml when present)")
    extract.set_defaults(run=run_extract)

    generate = commands.add_parser("generate", help="write the briefing pages into content/ (only what changed)")
    project_option(generate)
    generate.add_argument("--force", action="store_true", help="take over generated files that were edited by hand")
    generate.set_defaults(run=run_generate)

    build = commands.add_parser("build", help="generate, then `mkdocs build --strict` into site/")
    project_option(build)
    build.add_argument("--force", action="store_true", help="take over generated files that were edited by hand")
    build.set_defaults(run=run_build)
    serving = commands.add_parser("serve", help="preview: regenerate when articles/ changes, serve with live reload")
    project_option(serving)
    serving.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="HOST:PORT",
                         help="where to serve the preview (default: 127.0.0.1:8000)")
    serving.set_defaults(run=run_serve)
    return parser


def run_check(args: argparse.Namespace) -> int:
    from generator.load import load_corpus

    corpus = load_corpus(args.project / "articles", args.project)
    from generator.build import analyse_corpus  # the extractor loads only for valid input

    warnings = analyse_corpus(corpus).warnings
    for warning in warnings:
        print(warning)
    print(f"{len(corpus.articles)} articles in {len(corpus.stories)} stories: input is valid"
          + (f"; {len(warnings)} warnings" if warnings else ""), file=sys.stderr)
    return 1 if args.strict and warnings else 0


def run_import(args: argparse.Namespace) -> int:
    from generator.importer import ImportRequest, import_article

    if len(args.files) > 1 and (args.url or args.title or args.standfirst):
        raise UsageError("--url, --title and --standfirst describe one file: import the files one at a time")
    for source in args.files:
        request = ImportRequest(source=source, story=args.story, outlet=args.outlet, url=args.url,
                                published=args.published, title=args.title, standfirst=args.standfirst,
                                language=args.language, author=args.author, via=tuple(args.via))
        target = import_article(request, args.project / "articles")
        print(f"{source} -> {target}")
    return 0


def run_extract(args: argparse.Namespace) -> int:
    from generator.load import read_raw_article, read_registry
    from generator.statements import analyse_article, statement_record

    registry = read_registry(args.people)
    records = []
    for path in args.files:
        article = read_raw_article(path, args.published)
        records.extend(statement_record(s, str(path)) for s in analyse_article(article, registry).statements)
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in records:
            print(f"{r['article']}:{r['paragraph']} [{r['kind']}] {r['speaker'] or '?'} ({r['date'] or 'undated'}, "
                  f"{r['date_basis']}): {r['quote']}")
    return 0


def run_generate(args: argparse.Namespace) -> int:
    from generator.build import build

    report = build(args.project, force=args.force)
    print(report.summary(), file=sys.stderr)
    if _kept_until_exit is not None:
        _kept_until_exit.append(report)
    return 0


def run_build(args: argparse.Namespace) -> int:
    run_generate(args)
    config = args.project / "mkdocs.yml"
    # Material's end-of-life notice would bury the build's own warnings in every run.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.call([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)], env=env)


def run_serve(args: argparse.Namespace) -> int:
    from generator.serve import serve

    host, _, port = args.dev_addr.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(f"--dev-addr '{args.dev_addr}' is not HOST:PORT, e.g. 127.0.0.1:8000")
    return serve(args.project, host, int(port))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written", file=sys.stderr)
        return error.exit_code
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return error.exit_code


# Set by run_and_exit: the reports of the runs of a process about to end, kept so that what
# the runs made is never freed (see BuildReport.retained).
_kept_until_exit: list[object] | None = None


def run_and_exit(argv: Sequence[str] | None = None) -> NoReturn:
    """The command line: :func:`main`, then the process ends at once, leaving what its run
    made for the system to reclaim rather than freeing it object by object (a tenth of a
    run that adds one article to 10,000)."""
    global _kept_until_exit
    _kept_until_exit = []
    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run_and_exit()
