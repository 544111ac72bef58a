"""A Site built from the two seed texts and their gold statements, without the extractor.

Stands in for ``generator.build`` in render tests: the statements are the ones
``/work/shared/seeds/seeds-gold.yaml`` lists, located in the text by their first words and
extended to the closing quotation mark.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pathlib
import re

import yaml

from generator.clean import clean_paragraphs
from generator.models import (
    Alignment,
    Article,
    Outlet,
    Person,
    Registry,
    Role,
    Site,
    SourceRef,
    Statement,
    Story,
)

SEEDS = pathlib.Path(__file__).resolve().parent / "golden" / "seeds" / "input"
STORY = "china-bucha-2022"

OUTLETS = {
    "ukranews": Outlet("ukranews", "Ukrainian News Agency", "UA", "https://ukranews.com/en/", "agency", "en"),
    "infobae": Outlet("infobae", "Infobae", "AR", "https://www.infobae.com/en/", "private", "es"),
}
PEOPLE = {
    "zhang-jun": Person(
        "zhang-jun",
        "Zhang Jun",
        aliases=("Zhang", "Ambassador Zhang"),
        roles=(Role("Permanent Representative of China to the United Nations", dt.date(2019, 9, 1)),),
        organization="Permanent Mission of China to the UN",
        country="CN",
    ),
    "zhao-lijian": Person(
        "zhao-lijian",
        "Zhao Lijian",
        aliases=("Zhao",),
        roles=(Role("Spokesperson of the Ministry of Foreign Affairs of China", dt.date(2020, 2, 24)),),
        organization="Ministry of Foreign Affairs of China",
        country="CN",
    ),
}
ARTICLES = {
    "ukranews-2022-04-06-china-envoy-peace.txt": dict(
        id="2022-04-06-ukranews-china-envoy-peace",
        outlet="ukranews",
        title="Envoy: China's only Ukraine desire is peace",
        url="https://ukranews.com/en/news/847198-envoy-china-s-only-ukraine-desire-is-peace",
        via=("Xinhua",),
    ),
    "infobae-2022-04-06-china-bucha-facts.txt": dict(
        id="2022-04-06-infobae-china-defended-russia",
        outlet="infobae",
        title="China defended Russia after the Bucha massacre: “We must base accusations on facts”",
        url="https://infobae.com/en/2022/04/06/china-defended-russia-after-the-bucha-massacre-we-must-base-accusations-on-facts",
        via=(),
    ),
}
_CLOSING = re.compile(r"[”\"]")


def seed_site() -> Site:
    gold = yaml.safe_load((SEEDS / "seeds-gold.yaml").read_text("utf-8"))
    articles, paragraphs, statements = [], {}, []
    for filename, meta in ARTICLES.items():
        text = (SEEDS / filename).read_text("utf-8")
        article = Article(
            story=STORY,
            path=f"articles/{STORY}/{filename}",
            published=dt.date(2022, 4, 6),
            language="en",
            text=text,
            **meta,
        )
        articles.append(article)
        paragraphs[article.id] = clean_paragraphs(article)
        entries = gold[filename]
        for item in entries["statements"]:
            start = text.index(item["quote"])
            end = _CLOSING.search(text, start).start()
            statements.append(_statement(article, paragraphs[article.id], item, start, end, True))
        for item in entries.get("paraphrases", ()):
            start = text.index(item["text"])
            statements.append(_statement(article, paragraphs[article.id], item, start, start + len(item["text"]), False))
    articles.sort(key=lambda a: (a.published, a.outlet, a.path))
    statements.sort(key=lambda s: (s.article, s.start))
    return Site(
        registry=Registry(people=dict(sorted(PEOPLE.items())), outlets=dict(sorted(OUTLETS.items()))),
        stories=(
            Story(
                STORY,
                "China's line on Bucha",
                summary="What Beijing's officials said after the killings in Bucha came to light.",
                period_from=dt.date(2022, 4, 3),
                period_to=dt.date(2022, 4, 8),
                tags=("China", "Ukraine"),
                framing_terms=("invasion", "aggression", "massacre"),
            ),
        ),
        articles=tuple(articles),
        paragraphs=paragraphs,
        statements=tuple(statements),
        alignment=Alignment(),
    )


def _statement(article, paragraphs, item, start, end, quoted) -> Statement:
    speaker_name = item["speaker"]
    key = next((k for k, p in PEOPLE.items() if p.name == speaker_name), speaker_name)
    paragraph = next(p for p in paragraphs if p.start <= start < p.end)
    words = article.text[start:end]
    kind = ("fragment" if item.get("fragment") else "quote") if quoted else "paraphrase"
    return Statement(
        id=hashlib.sha1(f"{article.id}:{words}".encode()).hexdigest()[:12],
        article=article.id,
        quote=words,
        kind=kind,
        speaker=key,
        speaker_name=speaker_name,
        as_written=item.get("as_written", ""),
        start=start,
        end=end,
        paragraph=paragraph.index,
        part=paragraph.part,
        date=item.get("date"),
        date_basis=item.get("basis", "publication" if not item.get("date") else "explicit"),
        venue=item.get("venue"),
        via=(item["via"],) if item.get("via") else (),
        source=SourceRef(article.path, article.text.count("\n", 0, start) + 1),
    )
