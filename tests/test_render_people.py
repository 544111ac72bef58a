"""Who gets a person page: named people and bodies do; descriptions ("a spokesman") and
surnames alone are shown on their cards as the text gives them, never merged across articles.
Attribution's part (what kind of speaker, how a peer is named) is checked on inline text."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json

import pytest

from generator.clean import clean_paragraphs
from generator.models import Alignment, Article, Outlet, Person, Registry, Site, Statement, Story, Utterance
from generator.render import render_pages
from generator.cli import main
from tests import test_load
from tests.render_sites import STORY
from tests.test_load import make_tree
from tests.test_render_pages import Elements, to_html

BRIEFING = f"briefings/{STORY}/index.md"


def _article(key: str, day: int, body: str) -> Article:
    return Article(id=f"2005-01-0{day}-bbc-{key}", story=STORY, path=f"articles/{STORY}/{key}.md", title=f"Story {key}",
                   outlet="bbc", url=f"https://bbc.example/{key}", published=dt.date(2005, 1, day), language="en", text=body)


def _said(article: Article, words: str, name: str, kind: str, key: str = "") -> Statement:
    start = article.text.index(words)
    return Statement(id=hashlib.sha1(f"{article.id}:{start}".encode()).hexdigest()[:12], article=article.id,
                     quote=words, kind="quote", speaker=key or name, speaker_name=name, as_written=name, start=start,
                     end=start + len(words), paragraph=1, date=article.published, date_basis="publication",
                     speaker_kind=kind)


def _site(*said: tuple[Article, str, str, str], people: dict[str, Person] | None = None) -> Site:
    """A story of BBC articles; each ``said`` is (article, words, speaker as named, kind)."""
    articles = tuple(sorted({a.id: a for a, *_ in said}.values(), key=lambda a: a.id))
    statements = []
    for article, words, name, kind in said:
        key = next((k for k, p in (people or {}).items() if name in (p.name, *p.aliases)), "")
        statements.append(_said(article, words, name, kind, key))
    return Site(
        registry=Registry(people=people or {}, outlets={"bbc": Outlet("bbc", "BBC News", "GB", "", "public broadcaster")}),
        stories=(Story(STORY, "UK politics"),),
        articles=articles,
        paragraphs={a.id: clean_paragraphs(a) for a in articles},
        statements=tuple(sorted(statements, key=lambda s: (s.article, s.start))),
    )


SPOKESMAN_A = _article("visas", 3, '"The rules will not change," a spokesman said.')
SPOKESMAN_B = _article("schools", 4, '"Every school will be inspected," a spokesman said.')
HOME_OFFICE = _article("asylum", 5, '"Claims are down," the Home Office said. "We are on track," Charles Clarke said.')
CLARKE = _article("id-cards", 6, '"The cards will come," Charles Clarke said. "It is a disgrace," Mr Howard said.')


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return render_pages(_site(
        (SPOKESMAN_A, "The rules will not change", "a spokesman", "description"),
        (SPOKESMAN_B, "Every school will be inspected", "a spokesman", "description"),
        (HOME_OFFICE, "Claims are down", "Home Office", "organization"),
        (HOME_OFFICE, "We are on track", "Charles Clarke", "person"),
        (CLARKE, "The cards will come", "Charles Clarke", "person"),
        (CLARKE, "It is a disgrace", "Howard", "person"),
    ))


def _people_index(pages: dict[str, str]) -> str:
    return Elements(to_html(pages["people/index.md"])).plain()


def test_render_description_gets_no_person_page_and_no_entry_in_the_people_index(pages):
    assert not [p for p in pages if p.startswith("people/") and "spokesman" in p]
    assert "a spokesman ·" not in _people_index(pages)
    assert not [h for h in Elements(to_html(pages["people/index.md"])).hrefs() if "spokesman" in h]


def test_render_description_is_shown_on_its_card_as_written_without_a_link(pages):
    for path in (BRIEFING, "timeline.md"):
        page = Elements(to_html(pages[path]))
        assert "A spokesman" in page.plain(), path
        assert not [h for h in page.hrefs() if "spokesman" in h], path


def test_render_descriptions_in_two_articles_stay_two_speakers():
    # Key statements take one per speaker while speakers last, earliest first: the second
    # article's spokesman is one of them only if he is not the first article's.
    first = _article("visas", 3, '"One." "Two." "Three," a spokesman said.')
    pages = render_pages(_site(*((first, words, "a spokesman", "description") for words in ("One.", "Two.", "Three")),
                               (SPOKESMAN_B, "Every school will be inspected", "a spokesman", "description")))
    key = Elements(to_html(pages[BRIEFING])).plain().split("Key statements")[1].split("Timeline")[0]
    assert "Every school will be inspected" in key


def test_render_surname_alone_gets_no_page_but_the_same_full_name_in_two_articles_gets_one(pages):
    assert "people/howard.md" not in pages
    assert "It is a disgrace" in Elements(to_html(pages[BRIEFING])).plain()
    clarke = Elements(to_html(pages["people/charles-clarke.md"])).plain()
    assert "We are on track" in clarke and "The cards will come" in clarke
    assert [p for p in pages if "clarke" in p] == ["people/charles-clarke.md"]


def test_render_surname_in_the_registry_gets_the_registry_page():
    howard = Person("michael-howard", "Michael Howard", aliases=("Howard",))
    site = _site((CLARKE, "It is a disgrace", "Howard", "person"), people={"michael-howard": howard})
    pages = render_pages(site)
    assert "It is a disgrace" in Elements(to_html(pages["people/michael-howard.md"])).plain()


def test_render_people_index_lists_people_then_organisations_and_countries(pages):
    text = _people_index(pages)
    people, bodies = text.split("Organisations and countries", 1)
    assert "Charles Clarke" in people and "Home Office" not in people
    assert "Home Office · 1 statement" in bodies
    assert "people/home-office.md" in pages


def test_render_outlet_page_counts_unnamed_speakers_apart_from_whom_it_quotes(pages):
    text = Elements(to_html(pages["outlets/bbc.md"])).plain()
    assert "Charles Clarke: 2 statements" in text and "Home Office: 1 statement" in text
    assert "Speakers not named, or named by surname alone: 3 statements" in text
    assert "a spokesman:" not in text


def test_render_briefing_counts_named_speakers_only(pages):
    assert "6 statements · 2 named speakers" in Elements(to_html(pages["index.md"])).plain()


def test_render_exports_say_what_kind_of_speaker(pages):
    records = {r["quote"]: r for r in json.loads(pages["exports/statements.json"])}
    assert records["The rules will not change"]["speaker_kind"] == "description"
    assert records["Claims are down"]["speaker_kind"] == "organization"
    rows = {r["quote"]: r for r in csv.DictReader(io.StringIO(pages["exports/statements.csv"]))}
    assert rows["Every school will be inspected"]["speaker_kind"] == "description"
    assert rows["Every school will be inspected"]["speaker_name"] == "a spokesman"


# ----------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(("text", "expected"), [
    ('"The rules will not change," a spokesman said.',
     {"quote": "The rules", "speaker": "a spokesman", "speaker_kind": "description"}),
    ('"It is over," one official said.', {"quote": "It is over", "speaker_kind": "description"}),
    ('"Claims are down," a Home Office spokeswoman said.',
     {"quote": "Claims are down", "speaker": "Home Office", "speaker_kind": "organization"}),
    ('"We object," the Labour party said.', {"quote": "We object", "speaker_kind": "organization"}),
    ('"We will not back down," China said.', {"quote": "We will not", "speaker": "China", "speaker_kind": "country"}),
    ('"We are on track," Charles Clarke said.', {"quote": "We are on track", "speaker_kind": "person"}),
])  # fmt: skip
def test_attribute_says_what_kind_of_speaker(assert_extracts, text, expected):
    assert_extracts(text, [expected])


@pytest.mark.parametrize(("text", "role"), [
    ('Tony Reed visited the school. "It is a fine school," Mr Reed said.', None),
    ('"It is a fine school," Sir Tony Reed said.', None),
    ('"It is a fine school," Lady Toni Reed said.', None),
    ('"It is a fine school," Bishop of Kelby Dr Tony Reed said.', "Bishop of Kelby"),
])  # fmt: skip
def test_attribute_title_written_with_a_name_is_no_role(assert_extracts, text, role):
    found = assert_extracts(text, [{"quote": "It is a fine school", "role": role}])
    assert found[0].speaker_name.endswith("Reed") and len(found[0].speaker_name.split()) == 2


def test_attribute_peer_in_the_registry_by_surname(assert_extracts):
    registry = Registry(people={"robin-kelby": Person("robin-kelby", "Robin Kelby", aliases=("Kelby",))})
    found = assert_extracts('"It is not over," Lord Kelby said.', [{"quote": "It is not over", "speaker": "Robin Kelby"}],
                            registry=registry)
    assert found[0].speaker == "robin-kelby"


def test_render_words_nobody_is_said_to_have_said_are_unattributed_without_a_page():
    article = _article("fees", 7, 'Fees rose. "Nobody can pay this," read a banner.')
    pages = render_pages(_site((article, "Nobody can pay this", "", "")))
    card = Elements(to_html(pages[BRIEFING]))
    assert "Unattributed" in card.plain()
    assert not [p for p in pages if p.startswith("people/") and p != "people/index.md"]
    assert "No people yet." in _people_index(pages)


def test_render_person_page_cards_do_not_repeat_whose_page_it_is(pages):
    page = Elements(to_html(pages["people/charles-clarke.md"]))
    assert "charles-clarke.md" not in page.hrefs()
    assert page.plain().count("Charles Clarke") == 1, "the heading only (the title is front matter)"


def test_render_key_statements_prefer_named_speakers(pages):
    key = Elements(to_html(pages[BRIEFING])).plain().split("Key statements")[1].split("Timeline")[0]
    assert "Charles Clarke" in key and "Home Office" in key


def test_render_comparison_counts_a_description_apart_in_each_article(pages):
    page = to_html(pages[f"briefings/{STORY}/comparison.md"])
    table = page.split('class="comparison-table comparison-speakers"')[1].split("</table>")[0]
    rows = [r for r in table.split("<tr>") if "a spokesman" in r]
    assert len(rows) == 2, "two spokesmen in two articles are two rows"
    assert sum("Charles Clarke" in r for r in table.split("<tr>")) == 1


def test_render_person_page_says_how_often_the_outlets_printed_the_statements():
    site = _site((CLARKE, "The cards will come", "Charles Clarke", "person"))
    again = dataclasses.replace(site.statements[0], id="again")
    site = dataclasses.replace(site, statements=(site.statements[0], again),
                               alignment=Alignment((Utterance("u1", STORY, "Charles Clarke", None, ("again", site.statements[0].id)),)))
    pages = render_pages(site)
    assert "Statements 1 in 1 briefing, printed 2 times" in Elements(to_html(pages["people/charles-clarke.md"])).plain()
    assert "Charles Clarke: 2 statements" in Elements(to_html(pages["outlets/bbc.md"])).plain()


def test_render_people_pages_mark_names_missing_from_the_registry_only_when_it_has_entries(pages):
    assert "not in the registry" not in _people_index(pages)
    assert "The registry (articles/people.yml) is empty" in _people_index(pages)
    howard = Person("michael-howard", "Michael Howard", aliases=("Howard",))
    site = _site((CLARKE, "The cards will come", "Charles Clarke", "person"), (CLARKE, "It is a disgrace", "Howard", "person"),
                 people={"michael-howard": howard})
    registered = render_pages(site)
    text = _people_index(registered)
    assert "Charles Clarke · 1 statement · not in the registry" in text
    assert "Michael Howard · 1 statement ·" not in text
    assert "Not in the registry" in Elements(to_html(registered["people/charles-clarke.md"])).plain()
    assert "Not in the registry" not in Elements(to_html(registered["people/michael-howard.md"])).plain()
    assert "Not in the registry" not in Elements(to_html(pages["people/charles-clarke.md"])).plain()


@pytest.mark.parametrize(("text", "name"), [
    # a peer goes by the title the text writes, and the surname alone is then his
    ('Former civil service chief Lord Kelby said ministers had "too much freedom". He added: "It is a grave flaw."'
     '\n\nLord Kelby has sat in the Lords since 1998.\n\n"It is not over," Kelby said.', "Lord Kelby"),
    # within one article a surname meets the full name, given later or earlier
    ('Mr Reed said the plan was "a disgrace". He added: "We will fight it."\n\nThe council met on Monday. '
     'Tom Reed, the opposition leader, has campaigned against it for a year.\n\n"It is not over," Mr Reed said.', "Tom Reed"),
])  # fmt: skip
def test_attribute_one_speaker_by_every_name_the_article_gives(assert_extracts, text, name):
    found = assert_extracts(text, [{"quote": text.split('"')[k][:8], "speaker": name} for k in (1, 3, 5)])
    assert found[1].as_written == "He"


def test_render_card_shows_who_spoke_for_a_body_as_written_with_the_body_linked():
    article = _article("checks", 8, '"Every application is checked twice," a Home Office spokeswoman said.')
    site = _site((article, "Every application is checked twice", "Home Office", "organization"))
    spoken = dataclasses.replace(site.statements[0], as_written="a Home Office spokeswoman")
    pages = render_pages(dataclasses.replace(site, statements=(spoken,)))
    for path in (BRIEFING, "timeline.md"):
        page = Elements(to_html(pages[path]))
        assert "A Home Office spokeswoman" in page.plain(), path
        assert any(h.endswith("people/home-office.md") for h in page.hrefs()), path
    assert "A Home Office spokeswoman" in Elements(to_html(pages["people/home-office.md"])).plain()


def test_check_lists_names_missing_from_the_registry_not_descriptions(tmp_path, capsys):
    body = '"The rules will not change," a spokesman said. "They will," Tom Reed said.\n'
    make_tree(tmp_path, {"articles/story/2022-04-06-infobae-a.md": test_load.article().rsplit("---\n", 1)[0] + "---\n" + body})
    main(["check", "--project", str(tmp_path)])
    listed = capsys.readouterr().out
    assert "speaker 'Tom Reed' is not in people.yml" in listed
    assert "spokesman" not in listed


def test_extract_json_says_what_kind_of_speaker_beside_the_stable_keys(tmp_path, capsys):
    raw = tmp_path / "raw.txt"
    raw.write_text('"The rules will not change," a spokesman said. "They will," Tom Reed said.\n', encoding="utf-8")
    assert main(["extract", str(raw), "--published", "2022-04-06", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [(r["speaker"], r["speaker_key"], r["speaker_kind"]) for r in records] == [
        ("a spokesman", "a spokesman", "description"), ("Tom Reed", "Tom Reed", "person")]


def test_render_a_surname_never_merges_speakers_of_different_articles():
    first = _article("one", 3, '"Yes," Tom Reed said.')
    second = _article("two", 4, '"No," Ann Reed said.')
    third = _article("three", 5, '"Maybe," Reed said. "Never," Lord Reed said.')
    pages = render_pages(_site((first, "Yes", "Tom Reed", "person"), (second, "No", "Ann Reed", "person"),
                               (third, "Maybe", "Reed", "person"), (third, "Never", "Lord Reed", "person")))
    assert sorted(p for p in pages if "reed" in p) == ["people/ann-reed.md", "people/lord-reed.md", "people/tom-reed.md"]
    assert "Maybe" not in "".join(pages[p] for p in pages if "reed" in p)


def test_render_description_and_body_wording_are_text_never_markup():
    hostile = "a <script>alert(1)</script> [spokesman](javascript:x)"
    article = _article("hostile", 9, '"Fine," a spokesman said. "Done," the Home Office said.')
    site = _site((article, "Fine", hostile, "description"), (article, "Done", "Home Office", "organization"))
    done = dataclasses.replace(site.statements[1], as_written="a <b>Home Office</b> {: onclick=x} spokesman")
    pages = render_pages(dataclasses.replace(site, statements=(site.statements[0], done)))
    for path in (BRIEFING, "timeline.md", "people/home-office.md"):
        page = Elements(to_html(pages[path]))
        assert not {t for t, _ in page.tags} & {"script", "b"}, path
        assert not [h for h in page.hrefs() if h.startswith("javascript:")], path
    assert "A <script>alert(1)</script> [spokesman](javascript:x)" in Elements(to_html(pages[BRIEFING])).plain()
