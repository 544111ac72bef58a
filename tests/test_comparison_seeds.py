"""The source comparison on the two seed articles, against the ``cross_source`` items of
``seeds-gold.yaml`` (tests/seeds, a copy of ../shared/seeds): (a) echoed words, different speakers and days; (b) one
talking point quoted for one official and paraphrased for the other; (c) framing.

The articles are the repository's imported seeds (``articles/china-bucha-2022``). The first
tests use statements made by hand from the gold, each located in its article's text so that
its offsets are true (``text[start:end] == quote``); the last ones run the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
from pathlib import Path

import markdown
import pytest

from generator.align import align_statements
from generator.build import build
from generator.clean import clean_paragraphs
from generator.load import load_corpus
from generator.models import Article, Site, Statement
from generator.render import render_pages

ROOT = Path(__file__).resolve().parents[1]
CORPUS = load_corpus(ROOT / "articles", ROOT)
STORY = "china-bucha-2022"
PAGE = f"briefings/{STORY}/comparison.md"
APRIL_5, APRIL_6 = dt.date(2022, 4, 5), dt.date(2022, 4, 6)


def _seed(outlet: str) -> Article:
    [article] = [a for a in CORPUS.articles if a.story == STORY and a.outlet == outlet]
    return article


UKRANEWS = _seed("ukranews")
INFOBAE = _seed("infobae")
PEOPLE = {
    "zhang-jun": "Zhang Jun",
    "zhao-lijian": "Zhao Lijian",
    "china": "China",
}


def _statement(article: Article, quote: str, speaker: str, as_written: str, date: dt.date, basis: str,
               kind: str = "quote", part: str = "body", via: tuple[str, ...] = ()) -> Statement:
    start = article.text.index(quote)
    paragraphs = clean_paragraphs(article)
    paragraph = next(p.index for p in paragraphs if p.start <= start < p.end)
    return Statement(
        id=f"{article.id}-{start}",
        article=article.id,
        quote=quote,
        kind=kind,
        speaker=speaker,
        speaker_name=PEOPLE[speaker],
        as_written=as_written,
        start=start,
        end=start + len(quote),
        paragraph=paragraph,
        part=part,
        date=date,
        date_basis=basis,
        via=via,
    )


def _ukranews(quote: str, kind: str = "quote", as_written: str = "Zhang", basis: str = "context") -> Statement:
    return _statement(UKRANEWS, quote, "zhang-jun", as_written, APRIL_5, basis, kind=kind, via=("xinhua",))


def _infobae(quote: str, speaker: str, as_written: str, kind: str = "quote", part: str = "body",
             basis: str = "context") -> Statement:
    return _statement(INFOBAE, quote, speaker, as_written, APRIL_6, basis, kind=kind, part=part)


SEED_STATEMENTS = (
    _ukranews("only one goal", kind="fragment", as_written="China's ambassador to the United Nations", basis="relative"),
    _ukranews("China does not seek geopolitical self-interest", as_written="Zhang Jun"),
    _ukranews("It is not our mindset to watch the situation indifferently from the sideline, let alone do anything to add fuel to the fire"),
    _ukranews("There is only one goal we sincerely look forward to, and that is peace. China will continue to promote peace talks and play a constructive and responsible role in helping resolve the crisis in Ukraine", as_written="he"),
    _ukranews("As we have stressed many times, dialogue and negotiation is the only way leading to the door for peace"),
    _ukranews("should create favorable conditions and environment for negotiations between the two sides, open up space for political settlement, and should not set up obstacles for peace, let alone add fuel to the fire in aggravation of confrontations. Every effort should be made to prevent the escalation of the local conflict", kind="fragment"),
    _ukranews("China attaches great importance to the humanitarian issues in Ukraine and supports all initiatives and measures conducive to alleviating the humanitarian crisis in Ukraine"),
    _ukranews("As the conflict continues, we call on the parties to abide by international humanitarian law, protect the safety of civilians and civilian facilities, minimize civilian casualties, ensure safe and smooth humanitarian corridors for evacuees and humanitarian assistance, and guarantee the basic rights of women, children and wounded and detained fighters"),
    _ukranews("International humanitarian agencies should maintain neutrality and impartiality, actively mobilize and coordinate more resources and make unremitting efforts to save lives and protect civilians", as_written="he"),
    _ukranews("will continue to provide humanitarian assistance to Ukraine and its neighboring countries", kind="fragment"),
    _ukranews("Attacks against civilians are unacceptable", as_written="he"),
    _ukranews("The reports and images of civilian deaths in Bucha are deeply disturbing. The relevant circumstances and specific causes of the incident should be verified and established"),
    _ukranews("The sovereignty and territorial integrity of all countries should be respected"),
    _ukranews("All countries have the right to decide their foreign policy independently and should not be forced to take sides. The security of all countries is indivisible, and the security of one country cannot be achieved at the expense of the security of others"),
    _ukranews("his country is not pursuing geopolitical goals", kind="paraphrase", as_written="China's ambassador to the United Nations", basis="relative"),
    _ukranews("humanitarian issues should not be politicized", kind="paraphrase", as_written="The envoy"),
    _ukranews("civilians should be spared of any form of violence in armed conflicts", kind="paraphrase", as_written="He"),
    _infobae("We must base accusations on facts", "china", "China", kind="fragment", part="headline"),
    _infobae("humanitarian issues should not be politicized", "china", "The regime of Xi Jinping", kind="fragment", part="standfirst"),
    _infobae("any accusation must be based on facts", "china", "China", kind="fragment", basis="relative"),
    _infobae("The reports and images about the deaths of civilians in Bucha are deeply disturbing, but we must ascertain the truth. Humanitarian issues should not be politicized, and any accusations must be based on facts", "zhao-lijian", "Foreign Ministry Spokesman Zhao Lijian"),
    _infobae("All parties must show restraint and avoid unfounded accusations before the results of the investigation are delivered", "zhao-lijian", "the Chinese spokesman"),
    _infobae("China supports all efforts to help alleviate the humanitarian crisis in Ukraine. We will continue to work with the international community to prevent any harm to civilians", "zhao-lijian", "he"),
)

# The extensions of mkdocs.yml that change how the page's Markdown becomes HTML.
MARKDOWN_EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc", "pymdownx.escapeall"]


def seed_site(statements: tuple[Statement, ...] = SEED_STATEMENTS) -> Site:
    articles = (INFOBAE, UKRANEWS)
    return Site(
        registry=CORPUS.registry,
        stories=CORPUS.stories,
        articles=articles,
        paragraphs={a.id: clean_paragraphs(a) for a in articles},
        statements=statements,
        alignment=align_statements(statements, articles),
    )


@pytest.fixture(scope="module")
def page() -> str:
    return render_pages(seed_site())[PAGE]


@pytest.fixture(scope="module")
def page_html(page: str) -> str:
    return markdown.markdown(page, extensions=MARKDOWN_EXTENSIONS)


def plain(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags out, entities decoded, spaces folded."""
    inline = re.sub(r"</?(?:time|ins|del|strong|em|a|span)\b[^>]*>", "", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inline)).split())


def section(page_html: str, heading: str) -> str:
    match = re.search(rf'<h2 id="[^"]*">{re.escape(heading)}.*?</h2>(.*?)(?=<h2 |\Z)', page_html, re.S)
    assert match, f"no section {heading!r}"
    return match.group(1)


def evidence(page_html: str) -> list[str]:
    return re.findall(r'<section [^>]*class="comparison-echo .*?</section>', page_html, re.S)


def row(table: str, header: str) -> list[str]:
    """The cells of the table row whose row header is ``header``, as text."""
    match = re.search(rf'<tr>\s*<th scope="row">{re.escape(header)}</th>(.*?)</tr>', table, re.S)
    assert match, f"no row {header!r}"
    return [plain(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", match.group(1), re.S)]


def test_comparison_seed_statements_point_at_their_words():
    assert len(SEED_STATEMENTS) == 23  # 14 + 3 paraphrases + 6, as in seeds-gold.yaml
    for st in SEED_STATEMENTS:
        text = (UKRANEWS if st.article == UKRANEWS.id else INFOBAE).text
        assert text[st.start : st.end] == st.quote


def test_comparison_seeds_echoed_words_different_speakers_and_days(page_html):
    # cross_source (a): Zhang Jun on 5 April and Zhao Lijian on 6 April.
    zhang = "The reports and images of civilian deaths in Bucha are deeply disturbing"
    zhao = "The reports and images about the deaths of civilians in Bucha are deeply disturbing"
    [found] = [e for e in evidence(page_html) if zhang in plain(e) and zhao in plain(e)]
    text = plain(found)
    assert text.startswith("Echo: Zhang Jun (2022-04-05) and Zhao Lijian (2022-04-06)")
    assert "Two speakers used these words on different days" in text
    assert row(found, "Speaker") == ["Zhang Jun", "Zhao Lijian"]
    assert [cell[:10] for cell in row(found, "Said on")] == ["2022-04-05", "2022-04-06"]
    outlets = row(found, "Outlet")
    assert outlets[0].startswith("Ukrainian News Agency") and outlets[1].startswith("Infobae")
    assert re.search(r"Similarity 0\.\d\d", text)
    assert "<ins>about the deaths</ins>" in found and "<del>civilian deaths</del>" in found


def test_comparison_seeds_talking_point_quoted_for_one_paraphrased_for_the_other(page_html):
    # cross_source (b): Zhao quoted (Infobae), Zhang paraphrased (Ukrainian News).
    found = [
        e for e in evidence(page_html)
        if row(e, "Speaker") == ["Zhang Jun", "Zhao Lijian"] and "politicized" in plain(e)
    ]
    assert len(found) == 1
    [echo] = found
    assert row(echo, "As printed") == ["paraphrase", "quote"]
    words = row(echo, "Words")
    assert words[0] == "humanitarian issues should not be politicized"
    assert words[1].startswith("Humanitarian issues should not be politicized")
    outlets = row(echo, "Outlet")
    assert outlets[0].startswith("Ukrainian News Agency") and outlets[1].startswith("Infobae")


def test_comparison_seeds_framing_headlines_side_by_side(page_html):
    # cross_source (c): the same official line under opposite headlines.
    headlines = plain(section(page_html, "Headlines side by side"))
    assert "Infobae" in headlines and "China defended Russia after the Bucha massacre" in headlines
    assert "The regime of Xi Jinping, Vladimir Putin's closest ally" in headlines
    assert "Ukrainian News Agency" in headlines and "Envoy: China's only Ukraine desire is peace" in headlines


def test_comparison_seeds_framing_terms_counted_per_outlet(page_html):
    terms = section(page_html, "Framing terms")
    assert "Infobae</th><th scope=\"col\">Ukrainian News Agency" in terms  # column order
    infobae_massacre, ukranews_massacre = row(terms, "massacre")
    assert infobae_massacre.startswith("4 ") and "headline 1, standfirst 1" in infobae_massacre
    assert ukranews_massacre == "0"
    assert row(terms, "regime")[0].startswith("2 ") and "standfirst 1" in row(terms, "regime")[0]
    assert row(terms, "aggression") == ["0", "1 (headline 0, standfirst 0, text 1)"]
    # The photo caption's "invasion" is debris and is not counted; the body's two are.
    assert row(terms, "invasion")[0].startswith("2 ")


def test_comparison_seeds_distinctive_words_show_z_and_counts(page_html):
    words = section(page_html, "Words distinctive of each outlet")
    tables = re.findall(r'<table [^>]*class="[^"]*comparison-distinctive".*?</table>', words, re.S)
    assert [plain(re.search(r"<caption>(.*?)</caption>", t).group(1)) for t in tables] == ["Infobae", "Ukrainian News Agency"]
    assert row(tables[0], "massacre") == ["1.33", "4", "0"]
    assert row(tables[1], "zhang")[1:] == ["8", "0"]
    listed = {w for t in tables for w in re.findall(r'<th scope="row">(.*?)</th>', t)}
    assert not listed & {"the", "and", "of", "said"}  # function words left out


def test_comparison_seeds_coverage_and_second_hand(page_html):
    matrix = section(page_html, "Who carried what")
    assert matrix.count('<td class="coverage-absent">absent</td>') == 21  # no utterance in common
    assert 'class="coverage-paraphrased">paraphrased' in matrix
    assert "via Xinhua News Agency" in plain(section(page_html, "Second-hand reports"))
    only = plain(section(page_html, "Reported by one outlet only"))
    assert "Infobae: 5 utterances" in only and "Ukrainian News Agency: 16 utterances" in only
    quotes = section(page_html, "Whom each outlet quotes")
    assert row(quotes, "Ukrainian News Agency") == ["Zhang Jun", "14", "332", "100%", "3"]


def test_comparison_seeds_page_is_deterministic(page):
    shuffled = tuple(sorted(SEED_STATEMENTS, key=lambda s: s.quote))
    assert render_pages(seed_site(shuffled))[PAGE] == page


# ----------------------------------------------------------------------------- real pipeline


@pytest.fixture(scope="module")
def built_html(tmp_path_factory) -> str:
    """The comparison page as ``briefing generate`` writes it for the repository's seeds."""
    project = tmp_path_factory.mktemp("seeds")
    shutil.copytree(ROOT / "articles", project / "articles")
    build(project)
    page = (project / "content" / PAGE).read_text("utf-8")
    return markdown.markdown(page, extensions=MARKDOWN_EXTENSIONS)


def test_comparison_pipeline_surfaces_every_cross_source_item(built_html):
    echoes = evidence(built_html)
    # (a) echoed words: Zhang Jun on 5 April, Zhao Lijian on 6 April.
    [echoed] = [e for e in echoes if "The reports and images of civilian deaths in Bucha" in plain(e)]
    assert row(echoed, "Speaker") == ["Zhang Jun", "Zhao Lijian"]
    assert [cell[:10] for cell in row(echoed, "Said on")] == ["2022-04-05", "2022-04-06"]
    assert "The reports and images about the deaths of civilians in Bucha are deeply disturbing" in row(echoed, "Words")[1]
    # (b) one talking point: paraphrased for Zhang Jun (Ukrainian News), quoted for Zhao Lijian (Infobae).
    [point] = [
        e for e in echoes
        if row(e, "Speaker") == ["Zhang Jun", "Zhao Lijian"] and "politicized" in row(e, "Words")[0]
    ]
    assert row(point, "As printed") == ["paraphrase", "quote"]
    assert [cell.split(":")[0] for cell in row(point, "Outlet")] == ["Ukrainian News Agency", "Infobae"]
    # (c) framing: the headlines side by side and the terms counted per outlet.
    headlines = plain(section(built_html, "Headlines side by side"))
    assert "China defended Russia after the Bucha massacre" in headlines
    assert "Envoy: China's only Ukraine desire is peace" in headlines
    terms = section(built_html, "Framing terms")
    assert row(terms, "massacre")[0].startswith("4 ") and row(terms, "massacre")[1] == "0"
    assert row(terms, "regime")[0].startswith("2 ") and row(terms, "regime")[1] == "0"
    assert row(terms, "aggression") == ["0", "1 (headline 0, standfirst 0, text 1)"]
