"""Render stage, page by page, on sites built in code (hostile strings included)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html.parser
import pathlib
import re

import jinja2
import markdown
import pytest
import yaml

from generator.models import Alignment
from generator.render import render_pages
from generator.render.environment import CompiledTemplates, compile_templates, environment
from generator.render.pages import CARDS_PER_PAGE, LINES_PER_PAGE
from tests.render_sites import HOSTILE, hostile_site, seed_site

ROOT = pathlib.Path(__file__).resolve().parent.parent
BRIEFING = "briefings/hostile-story/index.md"
ARTICLE_A = "articles/2024-05-01-evil-times-hostile.md"
ARTICLE_B = "articles/2024-05-02-plain-post-peace.md"


def _mkdocs_extensions() -> tuple[list, dict]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=Loader)
    names, configs = [], {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            (name, options), = entry.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(entry)
    return names, configs


def to_html(page: str) -> str:
    """A page's Markdown as MkDocs renders it (front matter off, mkdocs.yml's extensions)."""
    body = page.split("---\n", 2)[2] if page.startswith("---\n") else page
    names, configs = _mkdocs_extensions()
    return markdown.markdown(body, extensions=names, extension_configs=configs)


class Elements(html.parser.HTMLParser):
    """Every start tag with its attributes, and the text, of an HTML fragment."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.tags if a.get("id")]

    def hrefs(self) -> list[str]:
        return [a["href"] for t, a in self.tags if t == "a" and a.get("href")]

    def plain(self) -> str:
        return " ".join("".join(self.text).split())


@pytest.fixture(scope="module")
def hostile_pages() -> dict[str, str]:
    return render_pages(hostile_site())


def test_render_pages_returns_every_page_and_export(hostile_pages):
    expected = {
        "index.md", BRIEFING, "briefings/index.md", ARTICLE_A, ARTICLE_B,
        "people/index.md", "people/ann-minister.md", "outlets/index.md", "outlets/evil-times.md",
        "outlets/plain-post.md", "timeline.md", "downloads.md", "tags.md", "feed.xml",
        "exports/statements.json", "exports/statements.csv", "exports/timeline-hostile-story.json",
    }  # fmt: skip
    assert expected <= hostile_pages.keys()
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9./-]*", p) for p in hostile_pages), "paths are plain slugs"


@pytest.mark.parametrize("path", [p for p in render_pages(hostile_site()) if p.endswith(".md")])
def test_render_escapes_hostile_text_on_every_page(hostile_pages, path):
    page = to_html(hostile_pages[path])
    elements = Elements(page)
    assert not {t for t, _ in elements.tags} & {"script", "img", "b", "i"}
    assert len(elements.ids()) == len(set(elements.ids())), "ids are unique on a page"
    assert all(not name.startswith("on") for _, attrs in elements.tags for name in attrs)
    assert all(not href.lower().startswith("javascript:") for href in elements.hrefs())
    assert not re.search(r"<h\d[^>]*>[^<]*Not a heading", page), "a '#' in the text stays text"
    assert not re.search(r"<li>not a list", page), "a '-' in the text stays text"
    # What was written is shown as written: the hostile words survive as text.
    if "{{ x }}" in hostile_pages[path] or "\\{\\{ x \\}\\}" in hostile_pages[path]:
        assert "{{ x }}" in elements.plain()


def test_render_front_matter_title_cannot_close_the_title_element(hostile_pages):
    front = yaml.safe_load(hostile_pages[ARTICLE_A].split("---\n")[1])
    assert "<" not in front["title"] and ">" not in front["title"]
    assert front["tags"] == ["&lt;b&gt;tag&lt;/b&gt;", "{{ x }}"]


def test_render_article_anchors_every_paragraph_and_links_statements_to_their_cards(hostile_pages):
    site = hostile_site()
    article = Elements(to_html(hostile_pages[ARTICLE_A]))
    paragraphs = site.paragraphs["2024-05-01-evil-times-hostile"]
    assert [i for i in article.ids() if re.fullmatch(r"p\d+", i)] == [f"p{p.index}" for p in paragraphs]
    briefing_ids = set(Elements(to_html(hostile_pages[BRIEFING])).ids())
    card_links = [h for h in article.hrefs() if h.startswith("../briefings/hostile-story/index.md#")]
    statements = [s for s in site.statements if s.article == "2024-05-01-evil-times-hostile"]
    assert len(card_links) == len(statements)
    assert all(h.split("#")[1] in briefing_ids for h in card_links)
    marks = [a.get("class") for t, a in article.tags if t == "mark"]
    assert sorted(marks) == ["paraphrase", "quote", "quote"]


def test_render_article_keeps_spaces_around_marked_words():
    text = Elements(to_html(render_pages(hostile_site())[ARTICLE_A])).plain()
    assert "the envoy said the talks would resume, according" in text
    assert "shouted!“Nobody *leaves* `before` the vote” and left" in text


def test_render_article_links_the_original_only_when_it_is_a_web_address(hostile_pages):
    evil = Elements(to_html(hostile_pages[ARTICLE_A]))
    assert "javascript:alert(1)" in evil.plain()
    plain = Elements(to_html(hostile_pages[ARTICLE_B]))
    assert "https://plain.example/peace?a=1&b=%282%29" in plain.hrefs()


def test_render_briefing_shows_one_row_per_utterance_with_every_outlet(hostile_pages):
    briefing = to_html(hostile_pages[BRIEFING])
    timeline = briefing.split('<h2 id="timeline">')[1].split("<h2")[0]
    rows = Elements(timeline)
    cards = [a for t, a in rows.tags if t == "li" and "card" in (a.get("class") or "")]
    assert len(cards) == 2  # the peace utterance (two outlets) and Bob's undated quote
    text = rows.plain()
    assert "Evil [Times](javascript:x), paragraph 2" in text
    assert "Plain Post, paragraph 1" in text
    assert text.index("Peace {{ x }}") < text.index("Nobody *leaves*"), "dated before undated"


def test_render_briefing_without_alignment_shows_each_statement_as_its_own_row():
    site = dataclasses.replace(hostile_site(), alignment=Alignment())
    briefing = to_html(render_pages(site)[BRIEFING])
    timeline = briefing.split('<h2 id="timeline">')[1].split("<h2")[0]
    cards = [a for t, a in Elements(timeline).tags if t == "li" and "card" in (a.get("class") or "")]
    assert len(cards) == 3


def test_render_briefing_shows_paraphrases_apart_from_quotes(hostile_pages):
    briefing = to_html(hostile_pages[BRIEFING])
    timeline = briefing.split('<h2 id="timeline">')[1].split("<h2")[0]
    reported = briefing.split('<h2 id="reported-speech">')[1].split("<h2")[0]
    assert "the talks would resume" not in timeline
    assert "the talks would resume" in Elements(reported).plain()
    assert "<blockquote>" not in reported


def test_render_card_marks_an_inferred_date_and_says_why(hostile_pages):
    text = Elements(to_html(hostile_pages[BRIEFING])).plain()
    assert "≈ 30 April 2024 (counted back from the publication date: the text names a weekday or “yesterday”)" in text
    assert "Undated (date unknown)" in text
    assert "≈ 1 May 2024 (the publication date; the text gives none)" in text


def test_render_briefing_links_comparison_articles_and_timeline_export(hostile_pages):
    hrefs = Elements(to_html(hostile_pages[BRIEFING])).hrefs()
    assert "comparison.md" in hrefs
    assert "../../articles/2024-05-02-plain-post-peace.md" in hrefs
    assert "../../exports/timeline-hostile-story.json" in hrefs


def test_render_person_page_for_a_speaker_not_in_the_registry(hostile_pages):
    page = hostile_pages["people/bob-y-unknown.md"]
    text = Elements(to_html(page)).plain()
    assert "Bob {{ y }} <Unknown>" in text
    assert "Not in the registry" in text
    assert "Nobody *leaves*" in text


def test_render_person_page_lists_profile_and_statements_in_time_order():
    site = hostile_site(extra_rows=3)
    text = Elements(to_html(render_pages(site)["people/ann-minister.md"])).plain()
    assert "Minister of [Peace](javascript:x) (from 1 January 2020)" in text
    assert "Ministry {: onclick=x}" in text
    positions = [text.index(f"Extra quote number {n}") for n in range(3)] + [text.index("Peace {{ x }}")]
    assert positions == sorted(positions)


def test_render_outlet_page_lists_articles_and_whom_it_quotes(hostile_pages):
    text = Elements(to_html(hostile_pages["outlets/evil-times.md"])).plain()
    assert "Whom it quotes" in text
    assert "Ann <script>alert(1)</script> Minister: 2 statements" in text
    assert "Bob {{ y }} <Unknown>: 1 statement" in text
    assert HOSTILE.split()[0] in text  # the article's headline, as text


def test_render_home_lists_briefings_with_counts_and_latest_statements(hostile_pages):
    text = Elements(to_html(hostile_pages["index.md"])).plain()
    assert "2 articles · 2 outlets · 4 statements · 2 named speakers" in text
    assert "Latest statements" in text and "Peace {{ x }}" in text


def test_render_home_lists_briefings_newest_first():
    seed = seed_site()
    later = dataclasses.replace(seed.stories[0], key="later-story", title="Later story", period_to=dt.date(2023, 1, 1))
    site = dataclasses.replace(seed, stories=(seed.stories[0], later))
    text = Elements(to_html(render_pages(site)["index.md"])).plain()
    assert text.index("Later story") < text.index("China's line on Bucha")


def test_render_listings_paginate_so_each_page_stays_small():
    site = hostile_site(extra_rows=2 * LINES_PER_PAGE + 5)
    pages = render_pages(site)
    assert {"timeline.md", "timeline/page/2.md", "timeline/page/3.md"} <= pages.keys()
    assert "timeline/page/4.md" not in pages
    story_pages = [p for p in pages if p.startswith("briefings/hostile-story/page/")]
    assert len(story_pages) == -(-(2 * LINES_PER_PAGE + 5 + 3) // CARDS_PER_PAGE) - 1
    small = render_pages(hostile_site(extra_rows=LINES_PER_PAGE))
    assert len(pages["timeline/page/2.md"]) < 1.2 * len(small["timeline.md"])
    last = Elements(to_html(pages["timeline/page/3.md"]))
    assert "2.md" in last.hrefs() and "Page 3 of 3" in last.plain()


def test_render_statement_links_point_at_the_page_that_holds_the_card():
    pages = render_pages(hostile_site(extra_rows=CARDS_PER_PAGE + 5))
    article = Elements(to_html(pages[ARTICLE_A]))
    targets = {h.split("#")[0] for h in article.hrefs() if "#s-" in h}
    assert targets == {"../briefings/hostile-story/index.md", "../briefings/hostile-story/page/2.md"}
    for target in targets:
        path = "briefings/hostile-story/" + target.removeprefix("../briefings/hostile-story/")
        ids = set(Elements(to_html(pages[path])).ids())
        for href in article.hrefs():
            if href.startswith(target + "#"):
                assert href.split("#")[1] in ids


def test_render_is_deterministic():
    assert render_pages(hostile_site()) == render_pages(hostile_site())
    assert render_pages(seed_site()) == render_pages(seed_site())


def test_render_downloads_page_links_every_export(hostile_pages):
    hrefs = set(Elements(to_html(hostile_pages["downloads.md"])).hrefs())
    exports = {p for p in hostile_pages if p.startswith("exports/") or p == "feed.xml"}
    assert exports == hrefs & exports


def test_render_credits_each_agency_once_by_its_registry_name():
    site = hostile_site()
    plain = next(s for s in site.statements if s.article == "2024-05-02-plain-post-peace")
    credited = dataclasses.replace(plain, via=("plain-post", "PLAIN POST", "Reuters"))
    site = dataclasses.replace(site, statements=tuple(credited if s is plain else s for s in site.statements))
    page = to_html(render_pages(site)[BRIEFING])
    assert "via Plain Post, Reuters" in Elements(page).plain()
    assert "../../outlets/plain-post.md" in Elements(page).hrefs()


@pytest.mark.parametrize(
    ("period_from", "period_to", "shown"),
    [
        (dt.date(2024, 4, 29), dt.date(2024, 5, 2), "29 April 2024 – 2 May 2024 ·"),
        (dt.date(2024, 4, 29), None, "from 29 April 2024 ·"),
        (None, dt.date(2024, 5, 2), "until 2 May 2024 ·"),
        (None, None, "Summary"),
    ],
)
def test_render_briefing_period_says_only_what_story_yml_gives(period_from, period_to, shown):
    site = hostile_site()
    story = dataclasses.replace(site.stories[0], period_from=period_from, period_to=period_to)
    text = Elements(to_html(render_pages(dataclasses.replace(site, stories=(story,)))[BRIEFING])).plain()
    assert shown in text and "Undated –" not in text and "– Undated" not in text


def test_render_timelines_head_each_day_once_in_time_order():
    pages = render_pages(hostile_site(extra_rows=3))
    for path in ("timeline.md", BRIEFING, "people/ann-minister.md"):
        page = to_html(pages[path])
        days = re.findall(r'<h3 id="[^"]*">(?:<time datetime="([\d-]+)">)?', page)
        dated = [d for d in days if d]
        assert dated == sorted(set(dated)), path
    timeline_days = [d or "undated" for d in re.findall(r'<h3 id="[^"]*">(?:<time datetime="([\d-]+)">)?', to_html(pages["timeline.md"]))]
    assert timeline_days == ["2024-01-01", "2024-01-02", "2024-01-03", "2024-04-30", "2024-05-01", "undated"]


def _search_excluded(page: str) -> bool:
    meta = yaml.safe_load(page.split("---\n", 2)[1])
    return bool(meta.get("search", {}).get("exclude"))


def test_render_search_indexes_briefings_articles_and_people_not_the_pages_that_repeat_them(hostile_pages):
    searched = {p for p in hostile_pages if p.endswith(".md") and not _search_excluded(hostile_pages[p])}
    assert {BRIEFING, ARTICLE_A, ARTICLE_B, "index.md", "people/index.md", "people/ann-minister.md"} <= searched
    assert not searched & {"timeline.md", "briefings/index.md", "outlets/index.md", "outlets/evil-times.md",
                           "downloads.md", "tags.md", "briefings/hostile-story/comparison.md"}
    person = to_html(hostile_pages["people/ann-minister.md"])
    excluded = [a for t, a in Elements(person).tags if "data-search-exclude" in a]
    assert {a.get("class") for a in excluded} == {"cards person-statements"}, "the cards, not the profile"


def test_render_templates_compiled_from_kept_code_render_as_compiled_from_source(monkeypatch):
    environment.cache_clear()
    from_source = render_pages(seed_site())
    kept = dict(environment().bytecode_cache.code)
    assert kept, "compiling keeps each template's code"
    environment.cache_clear()
    monkeypatch.setattr(type(environment()), "compile", lambda *args, **kwargs: pytest.fail("compiled again"))

    compile_templates(lambda stage, inputs, compute: kept)

    assert render_pages(seed_site()) == from_source
    monkeypatch.undo()
    environment.cache_clear()


def test_render_kept_code_for_another_template_source_is_compiled_again():
    compile_templates(lambda stage, inputs, compute: compute())
    kept = {key: b"not the code of this source" for key in environment().bytecode_cache.code}
    environment.cache_clear()

    compile_templates(lambda stage, inputs, compute: kept)

    assert all(code != b"not the code of this source" for code in environment().bytecode_cache.code.values())
    environment.cache_clear()


def test_render_environment_passes_the_context_to_callables_that_ask_for_it_and_only_to_them():
    # The environment calls plain callables straight away (see environment._Context):
    # those marked pass_context, pass_environment or pass_eval_context still get theirs.
    @jinja2.pass_context
    def page_title(context, suffix):
        return context["title"] + suffix

    @jinja2.pass_environment
    def escaped_by(env, text):
        return env.filters["html"](text)

    template = environment().from_string(
        "{% macro stars(n) %}{{ '*' * n }}{% endmacro %}"
        "{% for x in xs %}{{ page_title('!') }} {{ escaped_by(x) }} {{ x.upper() }} {{ stars(loop.index) }}|{% endfor %}")
    assert template.render(title="T", xs=["<a>", "b"], page_title=page_title, escaped_by=escaped_by) == (
        "T! &lt;a&gt; <A> *|T! b B **|")
