"""The engine stays portable: the ``content/`` the generator writes and the project's
``mkdocs.yml`` build, unchanged and in strict mode, with ProperDocs and Zensical as well as
MkDocs, into the same pages, with the statements on them and no request to another host."""

from __future__ import annotations

import html
import pathlib
import re
import shutil

import pytest

from tests.render_sites import generate_project, mkdocs_build

ENGINES = ("mkdocs", "properdocs", "zensical")
BRIEFING = pathlib.Path("briefings/china-bucha-2022/index.html")


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, pathlib.Path]:
    """The seed project generated once, then built by each engine in its own copy."""
    generated = generate_project(tmp_path_factory.mktemp("generated"))
    built = {}
    for engine in ENGINES:
        project = tmp_path_factory.mktemp(engine)
        shutil.copytree(generated, project, dirs_exist_ok=True)
        result = mkdocs_build(project, engine)
        assert result.returncode == 0, f"{engine} build failed:\n{result.stderr}"
        built[engine] = project / "site"
    return built


def _html_pages(site: pathlib.Path) -> set[pathlib.Path]:
    return {p.relative_to(site) for p in site.rglob("*.html")}


@pytest.mark.parametrize("engine", ENGINES[1:])
def test_engine_builds_every_page_mkdocs_builds(sites, engine):
    assert _html_pages(sites[engine]) == _html_pages(sites["mkdocs"])


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_shows_the_statements_and_their_speakers(sites, engine):
    page = html.unescape((sites[engine] / BRIEFING).read_text(encoding="utf-8"))
    assert "China does not seek geopolitical self-interest" in page
    assert re.search(r'<a href="[./]*people/zhang-jun/?(index\.html)?"[^>]*>Zhang Jun</a>', page)


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_site_loads_nothing_from_other_hosts(sites, engine):
    """Scripts, stylesheets, fonts and images come from the site itself (links out to the
    articles' outlets are fine: they are followed, not loaded)."""
    for page in sorted(sites[engine].rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        loaded = re.findall(r'<(?:script|img|iframe)\b[^>]*\bsrc="([^"]+)"', text)
        loaded += re.findall(r'<link\b[^>]*\brel="(?:stylesheet|preload|preconnect|icon)"[^>]*\bhref="([^"]+)"', text)
        remote = [url for url in loaded if re.match(r"(?:https?:)?//", url)]
        assert remote == [], f"{engine}: {page.relative_to(sites[engine])} loads {remote}"
