"""Live preview: regenerate ``content/`` when ``articles/`` changes, and serve the site.

Two processes, each watching one folder: this one watches ``articles/`` (article files,
``people.yml``, ``outlets.yml``, ``story.yml``) and runs the generator; ``mkdocs serve
--livereload``, a child process, watches ``content/`` and ``mkdocs.yml`` and rebuilds and
reloads the browser. Generation stays outside MkDocs (no hook, no plugin), so the same
``mkdocs.yml`` builds with Zensical and ProperDocs too.

There is no rebuild loop: the generator only reads ``articles/`` and only writes files
whose bytes change, so one article edit makes one generation and one MkDocs rebuild.
An error in the input is printed, located, and the preview goes on showing the last good
content (nothing is written when the input is bad).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.errors import BriefingError, InputError, UsageError

# Changes closer together than this are one edit (an editor's save is often several writes).
_QUIET_SECONDS = 0.3
_CHANGE_EVENTS = frozenset({"created", "modified", "deleted", "moved"})
# Editors' swap and backup files, which come and go while an article is being edited.
_EDITOR_DEBRIS_SUFFIXES = (".swp", ".swx", ".swo", "~", ".tmp", ".part")


def serve(project: Path, host: str = "127.0.0.1", port: int = 8000, *,
          generate: Callable[[Path], object] | None = None, stream: TextIO | None = None) -> int:
    """Generate, then serve ``project``'s site at ``http://host:port/`` with live reload and
    regenerate on every change under ``articles/`` until interrupted (Ctrl-C or SIGTERM).

    ``generate`` is the generation step (default: :func:`generator.build.build` with its
    summary printed); messages go to ``stream`` (stderr). Returns MkDocs' exit status, or 0
    when interrupted. Raises :class:`UsageError` when ``project`` has no ``articles/``.
    """
    project = Path(project)
    if not (project / "articles").is_dir():
        raise UsageError(f"{project / 'articles'}: no articles folder to watch — run in the project folder or pass --project")
    stream = stream or sys.stderr
    generate = generate or _build_and_report
    regenerate(project, generate, stream)

    changed = threading.Event()
    observer = Observer()
    observer.schedule(_ArticleChanges(changed), str(project / "articles"), recursive=True)
    observer.start()
    mkdocs = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"{host}:{port}",
         "--config-file", str(project / "mkdocs.yml")],
        cwd=project,
    )
    previous_sigterm = _stop_on_sigterm()
    try:
        while mkdocs.poll() is None:
            if not changed.wait(timeout=0.5):
                continue
            changed.clear()
            while changed.wait(timeout=_QUIET_SECONDS):
                changed.clear()
            print("articles changed: regenerating", file=stream, flush=True)
            regenerate(project, generate, stream)
        return mkdocs.returncode
    except KeyboardInterrupt:
        return 0
    finally:
        if previous_sigterm is not None:
            signal.signal(signal.SIGTERM, previous_sigterm)
        observer.stop()
        mkdocs.terminate()
        try:
            mkdocs.wait(timeout=10)
        except subprocess.TimeoutExpired:
            mkdocs.kill()
            mkdocs.wait()
        observer.join()


def regenerate(project: Path, generate: Callable[[Path], object], stream: TextIO) -> bool:
    """Run ``generate`` once; print what went wrong instead of stopping. True when it worked."""
    try:
        generate(project)
    except InputError as error:
        for problem in error.problems:
            print(problem, file=stream)
        print("content/ unchanged: the preview shows the last good pages; save a fix to try again",
              file=stream, flush=True)
        return False
    except BriefingError as error:
        print(f"briefing: {error}", file=stream)
        print("content/ unchanged: the preview shows the last good pages", file=stream, flush=True)
        return False
    except Exception:  # noqa: BLE001 — a bug in one stage must not end the editor's preview
        traceback.print_exc(file=stream)
        print("briefing: internal error (a bug: please report it with the trace above); the preview goes on",
              file=stream, flush=True)
        return False
    return True


def _build_and_report(project: Path) -> None:
    from generator.build import build

    print(build(project).summary(), file=sys.stderr, flush=True)


class _ArticleChanges(FileSystemEventHandler):
    """Sets ``changed`` when a file under ``articles/`` is created, changed, moved or deleted
    (reads, which the generator itself makes, are not changes)."""

    def __init__(self, changed: threading.Event):
        self.changed = changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in _CHANGE_EVENTS:
            return
        if event.is_directory and event.event_type == "modified":
            return  # a file inside changed: that file's own event counts
        paths = [event.src_path, getattr(event, "dest_path", "")]
        if any(path and _is_input(Path(str(path))) for path in paths):
            self.changed.set()


def _is_input(path: Path) -> bool:
    return not path.name.startswith((".", "#")) and not path.name.endswith(_EDITOR_DEBRIS_SUFFIXES)


def _stop_on_sigterm():
    """Make SIGTERM end :func:`serve` like Ctrl-C does, so that MkDocs is stopped with it."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)
