"""The source comparison on the two seed articles, against ``seeds-gold.yaml``'s
``cross_source`` items.

The statements are made by hand from the gold (the extractor is another stage): each quote is
located in the seed text, so that its offsets are true (``text[start:end] == quote``).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from generator.align import align_statements
from generator.clean import clean_paragraphs
from generator.models import Article, Outlet, Person, Registry, Site, Statement, Story
from generator.render.comparison import comparison_pages

SEEDS = Path("/work/shared/seeds")
STORY = "china-bucha-2022"
APRIL_5, APRIL_6 = dt.date(2022, 4, 5), dt.date(2022, 4, 6)


def _article(name: str, outlet: str, title: str, standfirst: str = "", via: tuple[str, ...] = ()) -> Article:
    return Article(
        id=name,
        story=STORY,
        path=f"articles/{STORY}/{name}.txt",
        title=title,
        outlet=outlet,
        url=f"https://example.org/{name}",
        published=APRIL_6,
        language="en",
        text=(SEEDS / f"{name}.txt").read_text("utf-8"),
        standfirst=standfirst,
        via=via,
    )


UKRANEWS = _article(
    "ukranews-2022-04-06-china-envoy-peace",
    "ukranews",
    "Envoy: China's only Ukraine desire is peace",
    via=("Xinhua",),
)
INFOBAE = _article(
    "infobae-2022-04-06-china-bucha-facts",
    "infobae",
    "China defended Russia after the Bucha massacre: “We must base accusations on facts”",
    standfirst=(
        "The regime of Xi Jinping, Vladimir Putin's closest ally, referred to images of the massacre "
        "carried out by Russian troops and said that “humanitarian issues should not be politicized”"
    ),
)
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
    return _statement(UKRANEWS, quote, "zhang-jun", as_written, APRIL_5, basis, kind=kind, via=("Xinhua",))


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
