"""The built site in a real browser: accessibility, links and anchors, no third-party request.

Serves a built site from 127.0.0.1 and drives Debian's Chromium (``/usr/bin/chromium``)
with Playwright. axe-core comes from ``node_modules`` (``npm ci``). Screenshots at 1280 px
and 390 px go to ``test-artifacts/screenshots/`` for a person to look at.

Run with ``pytest -m browser``; skipped, saying why, without Chromium or axe-core.
"""

from __future__ import annotations

import dataclasses
import functools
import html.parser
import http.server
import pathlib
import threading
import urllib.parse
import urllib.request

import pytest

from generator.models import Alignment, Utterance
from tests.render_sites import ROOT, seed_site, site_files, write_and_build

pytestmark = pytest.mark.browser

CHROMIUM = pathlib.Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = {
    "home": "",
    "briefing": "briefings/china-bucha-2022/",
    "person": "people/zhang-jun/",
    "outlet": "outlets/infobae/",
    "article": "articles/2022-04-06-infobae-china-defended-russia/",
    "timeline": "timeline/",
}

if not CHROMIUM.is_file() or not AXE.is_file():
    pytest.skip("needs /usr/bin/chromium and `npm ci` (axe-core)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def browser_site():
    """The seed site with one utterance that two outlets carry, so that a card links to two
    articles: Zhang Jun's and Zhao Lijian's "deeply disturbing" lines grouped for the test."""
    site = seed_site()
    zhang = next(s for s in site.statements if s.quote.startswith("The reports and images of civilian"))
    zhao = next(s for s in site.statements if s.quote.startswith("The reports and images about"))
    utterance = Utterance("u-disturbing", "china-bucha-2022", zhang.speaker, zhang.date, (zhang.id, zhao.id))
    return dataclasses.replace(site, alignment=Alignment(utterances=(utterance,)))


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    dest = tmp_path_factory.mktemp("browser")
    result = write_and_build(site_files(browser_site()), dest)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(dest / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclasses.dataclass
class Requests:
    hosts: set[str] = dataclasses.field(default_factory=set)


@pytest.fixture
def requests_seen():
    return Requests()


def _context(browser, requests_seen: Requests, width: int, **options):
    context = browser.new_context(viewport={"width": width, "height": 900}, **options)

    def route(route):
        host = urllib.parse.urlsplit(route.request.url).hostname or route.request.url.split(":", 1)[0]
        requests_seen.hosts.add(host)
        if host == "127.0.0.1" or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    return context


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_site_pages_pass_axe_wcag_aa(browser, base_url, requests_seen, scheme):
    context = _context(browser, requests_seen, 1280, color_scheme=scheme)
    page = context.new_page()
    failures = {}
    for name, path in PAGES.items():
        page.goto(base_url + path, wait_until="load")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        violations = [
            (v["id"], v["impact"], [(n["target"], n["failureSummary"][-160:]) for n in v["nodes"]][:5])
            for v in result["violations"]
        ]
        if violations:
            failures[name] = violations
    context.close()
    for name, violations in failures.items():
        for rule, impact, nodes in violations:
            print(f"axe {scheme} {name}: {rule} ({impact})", *nodes, sep="\n    ")
    assert not failures
    assert requests_seen.hosts <= {"127.0.0.1"}


def test_site_every_internal_link_and_anchor_resolves(browser, base_url, requests_seen):
    context = _context(browser, requests_seen, 1280)
    page = context.new_page()
    links: set[str] = set()
    for path in PAGES.values():
        page.goto(base_url + path, wait_until="load")
        links.update(page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"))
    context.close()
    internal = sorted(link for link in links if link.startswith(base_url))
    assert len(internal) > 50, "the pages link to each other"
    broken = []
    for link in internal:
        target, _, anchor = link.partition("#")
        ids = _ids(target)
        if ids is None:
            broken.append((link, "no page"))
        elif anchor and urllib.parse.unquote(anchor) not in ids:
            broken.append((link, "no such anchor"))
    assert not broken
    assert requests_seen.hosts <= {"127.0.0.1"}
    print(f"{len(internal)} internal links checked, {sum('#' in link for link in internal)} with an anchor")


@functools.cache
def _ids(url: str) -> frozenset[str] | None:
    try:
        with urllib.request.urlopen(url) as response:
            body = response.read()
            kind = response.headers.get_content_type()
    except OSError:
        return None
    if kind != "text/html":
        return frozenset()
    collector = _IdCollector()
    collector.feed(body.decode("utf-8"))
    return frozenset(collector.ids)


class _IdCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for name, value in attrs if name in ("id", "name") and value)


def test_site_cards_and_article_text_show_without_javascript(browser, base_url, requests_seen):
    context = _context(browser, requests_seen, 390, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + PAGES["briefing"], wait_until="load")
    card = page.locator("li.card", has_text="China does not seek geopolitical self-interest").first
    assert card.is_visible()
    assert "Ukrainian News Agency, paragraph 2" in card.inner_text()
    page.goto(base_url + PAGES["article"] + "#p4", wait_until="load")
    assert page.locator("#p4 mark a").first.is_visible()
    context.close()


def test_site_narrow_screen_has_no_horizontal_scroll(browser, base_url, requests_seen):
    context = _context(browser, requests_seen, 360)
    page = context.new_page()
    too_wide = {}
    for name, path in PAGES.items():
        page.goto(base_url + path, wait_until="load")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 360:
            too_wide[name] = width
    context.close()
    assert not too_wide


@pytest.mark.parametrize("width", [1280, 390])
def test_site_screenshots(browser, base_url, requests_seen, width):
    """Not an assertion on looks: pictures for review, written on every run."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        context = _context(browser, requests_seen, width, color_scheme=scheme)
        page = context.new_page()
        for name, path in PAGES.items():
            if scheme == "dark" and name not in ("briefing", "article"):
                continue
            page.goto(base_url + path, wait_until="load")
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}-{scheme}.png"), full_page=True)
        context.close()
    assert requests_seen.hosts <= {"127.0.0.1"}
