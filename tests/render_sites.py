"""Sites for the render tests.

``seed_site``: the two seed texts with the statements ``seeds-gold.yaml`` lists (located by
their first words and extended to the closing quotation mark), built without the extractor
so that render tests do not move when extraction changes. ``hostile_site``: hostile strings
in every field a page shows. ``generate_project`` and ``mkdocs_build``: the real pipeline
and the real MkDocs build, into a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pathlib
import os
import re
import shutil
import subprocess
import sys

import yaml

from generator.clean import clean_paragraphs
from generator.build import build
from generator.models import (
    Alignment,
    Article,
    Outlet,
    Person,
    Registry,
    Role,
    Site,
    Utterance,
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


# ----------------------------------------------------------------------------- hostile site

HOSTILE = '<script>alert(1)</script> {{ x }} {: onclick=x} [a](javascript:x) </title><img src=x onerror=alert(1)>'
"""Every way text could turn into markup: raw HTML, a Jinja expression, an attribute list,
a javascript: link, an end tag that closes <title>."""

HOSTILE_TEXT = """\
# Not a heading <script>alert("x")</script>

The minister said “Peace {{ x }} is [near](javascript:alert(1)) {: onclick=x} <b>now</b>” on Tuesday.
He shouted!“Nobody *leaves* `before` the vote” and left. It cost 5 & 6 &lt; 7.

- not a list: the envoy said the talks would resume, according to aides.

{: #p1 onclick=alert(1) }
"""


def hostile_site(extra_rows: int = 0) -> Site:
    """Two outlets printing one utterance (worded differently), an unregistered speaker, a
    paraphrase, an undated statement, and hostile strings in every field a page shows.
    ``extra_rows`` adds that many dated statements to the first article (for pagination)."""
    people = {
        "ann-minister": Person(
            "ann-minister",
            "Ann <script>alert(1)</script> Minister",
            aliases=("{{ x }}",),
            roles=(Role("Minister of [Peace](javascript:x)", dt.date(2020, 1, 1)),),
            organization="Ministry {: onclick=x}",
            country="XX",
        )
    }
    outlets = {
        "evil-times": Outlet("evil-times", "Evil [Times](javascript:x)", "XX", "javascript:alert(1)", "private", "en"),
        "plain-post": Outlet("plain-post", "Plain Post", "YY", "https://plain.example/", "public broadcaster", "en"),
    }
    text_a = "---\ntitle: t\n---\n" + HOSTILE_TEXT + "".join(
        f"\nExtra paragraph {n}: “Extra quote number {n}”, she said.\n" for n in range(extra_rows)
    )
    body_start = text_a.index("# Not")
    text_b = "Ann Minister said: “Peace {{ x }} is [near](javascript:alert(1)) {: onclick=x} <b>now</b>!” \n"
    article_a = Article(
        id="2024-05-01-evil-times-hostile",
        story="hostile-story",
        path="articles/hostile-story/2024-05-01-evil-times-hostile.md",
        title=HOSTILE,
        outlet="evil-times",
        url="javascript:alert(1)",
        published=dt.date(2024, 5, 1),
        language="en",
        text=text_a,
        body_start=body_start,
        author="{{ author }}",
        via=("<b>Agency</b>",),
        tags=("<b>tag</b>", "{{ x }}"),
    )
    article_b = Article(
        id="2024-05-02-plain-post-peace",
        story="hostile-story",
        path="articles/hostile-story/2024-05-02-plain-post-peace.txt",
        title="Peace is near, minister says",
        outlet="plain-post",
        url="https://plain.example/peace?a=1&b=(2)",
        published=dt.date(2024, 5, 2),
        language="en",
        text=text_b,
    )
    paragraphs_a = clean_paragraphs(article_a)
    paragraphs_b = clean_paragraphs(article_b)

    def located(article, paragraphs, words, **fields) -> Statement:
        start = article.text.index(words)
        paragraph = next(p for p in paragraphs if p.start <= start < p.end)
        defaults = dict(
            kind="quote", speaker="ann-minister", speaker_name="Ann Minister", as_written="The minister",
            date=dt.date(2024, 4, 30), date_basis="relative",
        )  # fmt: skip
        defaults.update(fields)
        return Statement(
            id=hashlib.sha1(f"{article.id}:{start}".encode()).hexdigest()[:12],
            article=article.id,
            quote=words,
            start=start,
            end=start + len(words),
            paragraph=paragraph.index,
            part=paragraph.part,
            **defaults,
        )

    peace_a = located(article_a, paragraphs_a, "Peace {{ x }} is [near](javascript:alert(1)) {: onclick=x} <b>now</b>")
    peace_b = located(
        article_b, paragraphs_b, "Peace {{ x }} is [near](javascript:alert(1)) {: onclick=x} <b>now</b>!",
        date_basis="context", venue="<i>Hall</i> {: onclick=x}",
    )  # fmt: skip
    nobody = located(
        article_a, paragraphs_a, "Nobody *leaves* `before` the vote",
        speaker="Bob {{ y }} <Unknown>", speaker_name="Bob {{ y }} <Unknown>", as_written="He",
        date=None, date_basis="unknown",
    )  # fmt: skip
    talks = located(
        article_a, paragraphs_a, "the talks would resume", kind="paraphrase", as_written="the envoy",
        date=dt.date(2024, 5, 1), date_basis="publication",
    )  # fmt: skip
    extras = tuple(
        located(article_a, paragraphs_a, f"Extra quote number {n}", date=dt.date(2024, 1, 1) + dt.timedelta(days=n),
                date_basis="explicit")
        for n in range(extra_rows)
    )  # fmt: skip
    statements = tuple(sorted((peace_a, peace_b, nobody, talks, *extras), key=lambda s: (s.article, s.start)))
    return Site(
        registry=Registry(people=people, outlets=dict(sorted(outlets.items()))),
        stories=(
            Story(
                "hostile-story",
                HOSTILE,
                summary="Summary {: onclick=x} [a](javascript:x) <script>alert(1)</script>",
                period_from=dt.date(2024, 4, 29),
                period_to=dt.date(2024, 5, 2),
                tags=("<b>tag</b>",),
            ),
        ),
        articles=(article_a, article_b),
        paragraphs={article_a.id: paragraphs_a, article_b.id: paragraphs_b},
        statements=statements,
        alignment=Alignment(
            utterances=(
                Utterance("u-peace", "hostile-story", "ann-minister", dt.date(2024, 4, 30), (peace_a.id, peace_b.id)),
            )
        ),
    )


# ----------------------------------------------------------------------------- building

ROOT = pathlib.Path(__file__).resolve().parent.parent


SEED_ARTICLES = pathlib.Path(__file__).resolve().parent / "golden" / "seeds" / "articles"


def generate_project(dest: pathlib.Path, articles: pathlib.Path = SEED_ARTICLES) -> pathlib.Path:
    """A project in ``dest`` with a copy of ``articles`` and its content/ generated by the
    real pipeline (``generator.build``); returns ``dest``."""
    shutil.copytree(articles, dest / "articles")
    build(dest)
    return dest


def mkdocs_build(project: pathlib.Path, engine: str = "mkdocs") -> subprocess.CompletedProcess[str]:
    """``ENGINE build --strict`` of ``project`` with the repository's mkdocs.yml and
    stylesheet; the site lands in ``project/site``. ``engine``: ``mkdocs``, or
    ``properdocs`` or ``zensical``, which read the same file."""
    shutil.copytree(ROOT / "content" / "stylesheets", project / "content" / "stylesheets", dirs_exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return subprocess.run(
        [sys.executable, "-m", engine, "build", "--strict", "-f", str(project / "mkdocs.yml")],
        capture_output=True,
        text=True,
        cwd=project,  # Zensical keeps its cache in the working folder
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def write_and_build(files: dict[str, str], dest: pathlib.Path) -> subprocess.CompletedProcess[str]:
    """``files`` laid out as ``dest/content`` and built with :func:`mkdocs_build`."""
    for path, text in files.items():
        target = dest / "content" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return mkdocs_build(dest)
