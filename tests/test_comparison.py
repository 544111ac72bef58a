"""The comparison page on small made-up stories: hostile text stays text, a conflict says so,
and a story with one outlet or no statements still renders."""

from __future__ import annotations

import datetime as dt
import html
import re

import markdown

from generator.align import align_statements, count_term, weighted_log_odds
from generator.models import Article, Outlet, Paragraph, Registry, Site, Statement, Story
from generator.render import render_pages

DAY = dt.date(2024, 3, 1)
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc", "pymdownx.escapeall"]


def article(key: str, outlet: str, title: str, body: str, standfirst: str = "") -> Article:
    return Article(
        id=key, story="s", path=f"articles/s/{key}.md", title=title, outlet=outlet, url="",
        published=DAY, language="en", text=body, standfirst=standfirst,
    )


def said(key: str, art: Article, quote: str, speaker: str, kind: str = "quote") -> Statement:
    start = art.text.index(quote)
    return Statement(
        id=key, article=art.id, quote=quote, kind=kind, speaker=speaker, speaker_name=speaker.title(),
        as_written=speaker, start=start, end=start + len(quote), paragraph=1, date=DAY, date_basis="explicit",
    )


def site(articles: tuple[Article, ...], statements: tuple[Statement, ...], terms: tuple[str, ...] = ()) -> Site:
    return Site(
        registry=Registry(outlets={a.outlet: Outlet(a.outlet, a.outlet.title()) for a in articles}),
        stories=(Story("s", "A story", framing_terms=terms),),
        articles=articles,
        paragraphs={a.id: (Paragraph(1, 0, len(a.text), a.text),) for a in articles},
        statements=statements,
        alignment=align_statements(statements, articles),
    )


def rendered(s: Site) -> str:
    return markdown.markdown(render_pages(s)["briefings/s/comparison.md"], extensions=EXTENSIONS)


HOSTILE = '<script>alert(1)</script> *bold* [link](javascript:x) {: .evil} &amp; done'


def test_comparison_article_text_is_escaped_everywhere():
    body = f'“{HOSTILE} we shall not move the embassy to the capital this year,” she said.'
    first = article("a", "one", f"Title {HOSTILE}", body, standfirst=HOSTILE)
    second = article("b", "two", "Other <b>title</b>", body)
    statements = (
        said("s1", first, f"{HOSTILE} we shall not move the embassy to the capital this year", "minister"),
        said("s2", second, f"{HOSTILE} we shall not move the embassy to the capital this year", "envoy"),
    )
    page = rendered(site((first, second), statements, terms=("embassy",)))
    assert "<script" not in page and "<b>" not in page and "javascript:" not in page.replace("javascript:x", "")
    assert "<em>bold</em>" not in page and "evil" not in re.findall(r'class="([^"]*)"', page)
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "<script>alert(1)</script> *bold* [link](javascript:x)" in text
    assert "&amp; done" in text  # an entity in article text is shown, not decoded


def test_comparison_conflict_tells_the_reader_to_check_the_sources():
    body = "“All parties must show restraint and avoid unfounded accusations,” the official said."
    first, second = article("a", "one", "One", body), article("b", "two", "Two", body)
    words = "All parties must show restraint and avoid unfounded accusations"
    page = rendered(site((first, second), (said("s1", first, words, "spokesman"), said("s2", second, words, "minister"))))
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())
    assert "Conflict: Spokesman (2024-03-01) and Minister (2024-03-01)" in text
    assert "one attribution may be wrong. Check the sources." in text


def test_comparison_reworded_printings_side_by_side_with_differences():
    first = article("a", "one", "One", "“The talks in Istanbul must continue without any preconditions,” he said.")
    second = article("b", "two", "Two", "He said talks in Istanbul should continue without preconditions.")
    statements = (
        said("s1", first, "The talks in Istanbul must continue without any preconditions", "envoy"),
        said("s2", second, "talks in Istanbul should continue without preconditions", "envoy", kind="paraphrase"),
    )
    page = rendered(site((first, second), statements))
    group = re.search(r'<section [^>]*class="comparison-group".*?</section>', page, re.S).group(0)
    assert "<del>The</del>" in group and "<del>must</del> <ins>should</ins>" in group and "<del>any</del>" in group
    assert "Two</strong>: paraphrased, paraphrase" in group


def test_comparison_one_outlet_and_no_statements_still_render():
    lone = article("a", "one", "Only one", "Nothing was said by anyone.")
    page = rendered(site((lone,), ()))
    assert "No statements were found in this story" in page
    assert "Only one outlet has articles in this story" in page


def test_comparison_log_odds_prefers_words_one_outlet_uses_often():
    from collections import Counter

    counts = {
        "a": Counter({"regime": 6, "massacre": 4, "china": 5}),
        "b": Counter({"aggression": 4, "peace": 6, "china": 5}),
    }
    found = weighted_log_odds(counts, top=3)
    assert [d.word for d in found["a"]] == ["regime", "massacre"]  # "china" is even: z = 0
    assert [d.word for d in found["b"]] == ["peace", "aggression"]
    assert (found["a"][0].count, found["a"][0].others) == (6, 0)
    assert weighted_log_odds({"a": counts["a"]}, top=3) == {}


def test_comparison_log_odds_breaks_ties_in_z_by_word_and_keeps_top():
    from collections import Counter

    counts = {"a": Counter({"delta": 2, "alpha": 2, "charlie": 2, "bravo": 2, "echo": 9}), "b": Counter({"peace": 9})}
    found = weighted_log_odds(counts, top=3)
    assert [d.word for d in found["a"]] == ["echo", "alpha", "bravo"]
    assert found["a"][1].z == found["a"][2].z


def test_comparison_terms_count_whole_words_any_case_any_spacing():
    parts = {
        "headline": ("Aggression: the AGGRESSION goes on",),
        "standfirst": ("non-aggression pact; aggressions; preaggression",),
        "body": ("aggression", "special military\n  operation, special  Military Operation, special military operations"),
    }
    assert count_term("aggression", [parts]) == count_term("AGGRESSION", [parts])
    found = count_term("aggression", [parts])
    assert (found.headline, found.standfirst, found.body) == (2, 1, 1)  # "non-aggression": a hyphen is no word character
    found = count_term("special military operation", [parts])
    assert (found.headline, found.standfirst, found.body) == (0, 0, 2)
