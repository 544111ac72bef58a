"""The generated content built by MkDocs: strict build, safe HTML, valid HTML, local assets only.

Builds the seed site and the hostile site into temporary folders with the project's own
``mkdocs.yml`` and stylesheet. The Nu HTML checker test needs ``npm ci`` (``vnu-jar``) and
Java; it is skipped, saying so, when either is missing.
"""

from __future__ import annotations

import html.parser
import json
import pathlib
import shutil
import subprocess
import urllib.parse

import pytest

from generator.render.views import statement_anchor
from generator.render import render_pages
from tests.conftest import require_tool
from tests.render_sites import ROOT, generate_project, hostile_site, mkdocs_build, write_and_build

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Errors the Nu checker reports in Material's own templates, not in anything we generate:
# (message start, a string of the offending markup that shows it is Material's).
MATERIAL_KNOWN_ERRORS = (
    ("Attribute “autocomplete” is only allowed", 'class="md-toggle"'),
    ("Attribute “autocomplete” is only allowed", 'class="md-search__input"'),
    ("Attribute “autocorrect” not allowed", 'class="md-search__input"'),
    # The table of contents' title labels a toggle Material leaves out on pages not in the nav.
    ("The value of the “for” attribute of the “label” element", 'for="__toc"'),
)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory) -> pathlib.Path:
    project = generate_project(tmp_path_factory.mktemp("seed"))
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> pathlib.Path:
    dest = tmp_path_factory.mktemp("hostile")
    result = write_and_build(render_pages(hostile_site()), dest)
    assert result.returncode == 0, result.stderr
    return dest / "site"


class Page(html.parser.HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.title = ""
        self._in: str | None = None
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in = tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "title":
            self.title += data


def _pages(site: pathlib.Path) -> list[pathlib.Path]:
    return sorted(site.rglob("*.html"))


def test_site_seed_builds_strict_with_every_page(seed_build):
    built = {p.relative_to(seed_build).as_posix() for p in _pages(seed_build)}
    assert {
        "index.html",
        "briefings/china-bucha-2022/index.html",
        "briefings/china-bucha-2022/comparison/index.html",
        "people/zhang-jun/index.html",
        "people/china/index.html",
        "outlets/infobae/index.html",
        "timeline/index.html",
        "downloads/index.html",
        "tags/index.html",
    } <= built
    assert len([p for p in built if p.startswith("articles/")]) == 2
    assert (seed_build / "feed.xml").is_file()
    assert json.loads((seed_build / "exports" / "statements.json").read_text("utf-8"))


def test_site_strict_build_fails_on_a_broken_anchor(tmp_path):
    project = generate_project(tmp_path)
    with (project / "content" / "downloads.md").open("a", encoding="utf-8") as page:
        page.write("\n[A card that is not there](briefings/china-bucha-2022/index.md#s-missing)\n")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "does not contain an anchor '#s-missing'" in result.stderr


def test_site_hostile_text_stays_text_in_the_built_html(hostile_build):
    for path in _pages(hostile_build):
        page = Page(path.read_text("utf-8"))
        assert not any("alert(" in script for script in page.scripts), path
        for tag, attrs in page.elements:
            assert tag not in ("b", "i", "img"), (path, tag)
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            href = (attrs.get("href") or "").strip().lower()
            assert not href.startswith("javascript:"), (path, href)
    article = Page((hostile_build / "articles/2024-05-01-evil-times-hostile/index.html").read_text("utf-8"))
    assert article.title.startswith("‹script›alert(1)‹/script› {{ x }}")


def test_site_loads_nothing_from_another_host(seed_build):
    for path in _pages(seed_build):
        for tag, attrs in Page(path.read_text("utf-8")).elements:
            loaded = attrs.get("src") if tag in ("script", "img", "iframe") else None
            if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "preconnect", "icon", "manifest"):
                loaded = attrs.get("href")
            if loaded:
                assert not urllib.parse.urlsplit(loaded).netloc, (path, tag, loaded)


def test_site_statement_anchors_exist_on_the_briefing(seed_build):
    html_text = (seed_build / "briefings/china-bucha-2022/index.html").read_text("utf-8")
    ids = {a.get("id") for _, a in Page(html_text).elements}
    statements = json.loads((seed_build / "exports" / "statements.json").read_text("utf-8"))
    assert len(statements) >= 20
    assert {statement_anchor(s["id"]) for s in statements} <= ids


def test_site_html_is_valid_beyond_material_known_errors(seed_build, hostile_build):
    require_tool(VNU_JAR.is_file() and bool(shutil.which("java")), "needs `npm ci` (vnu-jar) and java")
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--skip-non-html", "--errors-only", "--format", "json",
         str(seed_build), str(hostile_build)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    unexpected = [
        (m["url"], m["message"], m.get("extract", ""))
        for m in messages
        if not any(
            m["message"].startswith(start) and marker in m.get("extract", "") for start, marker in MATERIAL_KNOWN_ERRORS
        )
    ]
    assert not unexpected


def test_site_tags_page_lists_the_tagged_briefing(seed_build):
    tags = Page((seed_build / "tags" / "index.html").read_text("utf-8"))
    hrefs = {a.get("href") for t, a in tags.elements if t == "a"}
    assert "../briefings/china-bucha-2022/" in hrefs


def test_site_search_index_covers_generated_pages(seed_build):
    index = json.loads((seed_build / "search" / "search_index.json").read_text("utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {"briefings/china-bucha-2022/", "people/zhang-jun/"} <= locations
    assert any(location.startswith("articles/") for location in locations)
    assert any("geopolitical self-interest" in doc["text"] for doc in index["docs"])
    # Pages that repeat the briefings stay out, so the index stays proportionate.
    assert not {"timeline/", "downloads/", "briefings/china-bucha-2022/comparison/"} & locations
    assert not any("geopolitical self-interest" in doc["text"] for doc in index["docs"]
                   if doc["location"].startswith("people/"))
