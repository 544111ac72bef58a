"""Live preview: an edit under articles/ reaches the served page; bad input keeps the last good page."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from watchdog import events

REPO = Path(__file__).resolve().parents[1]
TIMEOUT = 90  # generous: the test waits for a change to show, it does not time it

# A stand-in for build(): one page per article, through the real writer, InputError on bad input.
FAKE_GENERATOR = '''
from generator.errors import InputError, Problem
from generator.models import SourceRef
from generator.write import write_changed


def generate(project):
    pages = {}
    for path in sorted((project / "articles").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        shown = path.relative_to(project).as_posix()
        if "BROKEN" in text:
            raise InputError([Problem(SourceRef(shown, 2, 1), "broken front matter", "fix the article")])
        pages[path.stem + ".md"] = text
    write_changed(pages, project / "content")
'''


def save(path: Path, text: str) -> None:
    """Save as many editors do, in one step (a temporary file renamed over the article), so
    that one edit is one change event however loaded the machine is."""
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(check, what: str, log: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    pytest.fail(f"gave up waiting for {what}; serve said:\n{log.read_text(errors='replace')}")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    (project / "articles" / "story").mkdir(parents=True)
    (project / "articles" / "people.yml").write_text("{}\n")
    (project / "articles" / "story" / "news.md").write_text("# News\n\nfirst version\n")
    (project / "mkdocs.yml").write_text("site_name: Preview test\ndocs_dir: content\n")
    (tmp_path / "fake_generator.py").write_text(FAKE_GENERATOR)
    return project


def test_serve_shows_an_article_edit_and_keeps_the_last_good_page_on_bad_input(project):
    port, log = free_port(), project.parent / "serve.log"
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        sys.path.insert(0, {str(project.parent)!r})
        import fake_generator
        from generator.serve import serve
        sys.exit(serve(Path({str(project)!r}), "127.0.0.1", {port}, generate=fake_generator.generate))
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-c", script], stdout=out, stderr=subprocess.STDOUT, env=env)
    page = f"http://127.0.0.1:{port}/news/"
    article = project / "articles" / "story" / "news.md"
    try:
        wait_for(lambda: "first version" in fetch(page), "the first page", log)

        save(article, "# News\n\nsecond version\n")
        wait_for(lambda: "second version" in fetch(page), "the edit to show", log)

        save(article, "---\nBROKEN\n---\nthird version\n")
        wait_for(lambda: "articles/story/news.md:2:1: broken front matter" in log.read_text(), "the error", log)
        assert "second version" in fetch(page), "bad input must leave the last good page served"

        save(article, "# News\n\nfourth version\n")
        wait_for(lambda: "fourth version" in fetch(page), "the fixed article to show", log)
        # Generation reads articles/ and writes content/: it must not set itself off again.
        time.sleep(2)
        assert log.read_text().count("articles changed: regenerating") == 3
    finally:
        server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=30)
    assert status == 0
    assert fetch(page) == "", "stopping serve stops the MkDocs server too"


def test_serve_through_the_cli_regenerates_the_site_when_an_article_changes(tmp_path):
    from tests.test_regenerate import make_project

    project = make_project(tmp_path)
    article = sorted((project / "articles" / "china-bucha-2022").glob("*ukranews*.md"))[0]
    port, log = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--project", str(project),
                                   "--dev-addr", f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT, env=env)
    page = f"http://127.0.0.1:{port}/articles/{article.stem}/"
    try:
        wait_for(lambda: "only one goal" in fetch(page), "the article page", log)

        save(article, article.read_text("utf-8").replace("only one goal", "one single aim"))
        wait_for(lambda: "one single aim" in fetch(page), "the edited article to show", log)
        rebuilds = log.read_text().count("Detected file changes")
        time.sleep(3)
        said = log.read_text()
        assert said.count("articles changed: regenerating") == 1
        assert said.count("Detected file changes") == rebuilds, "MkDocs rebuilds must stop: no loop"

        good = article.read_text("utf-8")
        save(article, good.replace("published: 2022-04-06", "published: 2022-13-45").replace("one single", "a broken"))
        located = f"articles/china-bucha-2022/{article.name}:5"
        wait_for(lambda: located in log.read_text(), "the located error", log)
        assert "one single aim" in fetch(page), "bad input must leave the last good page served"
    finally:
        server.send_signal(signal.SIGTERM)
        status = server.wait(timeout=30)
    assert status == 0


def test_serve_refuses_a_folder_without_articles(tmp_path):
    from generator.errors import UsageError
    from generator.serve import serve

    with pytest.raises(UsageError, match="no articles folder"):
        serve(tmp_path, "127.0.0.1", free_port(), generate=lambda project: None)


@pytest.mark.parametrize(
    ("event", "counts"),
    [
        (events.FileModifiedEvent('/p/articles/story/a.md'), True),
        (events.FileCreatedEvent('/p/articles/people.yml'), True),
        (events.FileDeletedEvent('/p/articles/story/a.md'), True),
        (events.FileMovedEvent('/p/articles/story/.a.md.swp', '/p/articles/story/a.md'), True),
        (events.DirDeletedEvent('/p/articles/story'), True),
        (events.FileOpenedEvent('/p/articles/story/a.md'), False),  # the generator reading it
        (events.FileClosedNoWriteEvent('/p/articles/story/a.md'), False),
        (events.DirModifiedEvent('/p/articles/story'), False),
        (events.FileModifiedEvent('/p/articles/story/.a.md.swp'), False),
        (events.FileCreatedEvent('/p/articles/story/a.md~'), False),
        (events.FileCreatedEvent('/p/articles/story/#a.md#'), False),
    ],
)
def test_serve_regenerates_for_changes_to_input_files_only(event, counts):
    import threading

    from generator.serve import _ArticleChanges

    changed = threading.Event()
    _ArticleChanges(changed).on_any_event(event)
    assert changed.is_set() == counts
