"""The source-comparison page of each story: the same words as each outlet carried them.

The analysis is :func:`generator.align.compare_story`; this module only adds what the page
needs to show it (links relative to the page, short labels, sentences that say what an echo
is) and renders ``comparison.md.j2``.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.align import EchoView, StoryComparison, compare_story
from generator.models import Alignment, Article, Echo, Site, Statement, Story, Utterance
from generator.render.environment import environment, front_matter
from generator.render.pages import Job, Pages
from generator.render.views import article_path, comparison_path, link

EXCERPT_WORDS = 14
"""Words of an utterance shown in a row label of the coverage matrix."""

ECHO_TITLES = {
    "echo": "Echo",
    "conflict": "Conflict",
    "restated": "Restated",
}


def excerpt(text: str, limit: int = EXCERPT_WORDS) -> str:
    """The first ``limit`` words of ``text``, with an ellipsis when there were more."""
    parts = text.split()
    return " ".join(parts) if len(parts) <= limit else " ".join(parts[:limit]) + " …"


def echo_explanation(view: EchoView) -> str:
    """One sentence saying what the evidence shows."""
    first, second = view.first, view.second
    if view.echo.kind == "conflict":
        return (
            "Two articles give these words, said on the same day, to different speakers: "
            "one attribution may be wrong. Check the sources."
        )
    if view.echo.kind == "restated":
        return "One article gives these words to two speakers."
    same_speaker = first.speaker == second.speaker
    same_day = first.date is not None and first.date == second.date
    if same_speaker:
        return "The same speaker used these words on different days: a line repeated."
    if same_day:
        return "Two speakers used these words on the same day: a shared talking point."
    return "Two speakers used these words on different days: a talking point repeated."


@dataclass(frozen=True)
class ComparisonPage:
    """The context of ``comparison.md.j2``."""

    path: str
    comparison: StoryComparison

    def link(self, article: Article) -> str:
        """The relative link to an article's page."""
        return link(self.path, article_path(article.id))

    def statement_link(self, statement: Statement, article: Article) -> str:
        """The relative link to the paragraph of the article that prints ``statement``."""
        return link(self.path, article_path(article.id), f"p{statement.paragraph}")


def comparison_page(site: Site, story: Story) -> str:
    """The Markdown of one story's comparison page."""
    page = ComparisonPage(comparison_path(story.key), compare_story(site, story))
    template = environment().get_template("comparison.md.j2")
    return template.render(
        front_matter=front_matter(f"Source comparison: {story.title}", searchable=False),
        page=page,
        c=page.comparison,
        excerpt=excerpt,
        echo_explanation=echo_explanation,
        echo_titles=ECHO_TITLES,
    )


def story_sites(site: Site) -> dict[str, Site]:
    """One :class:`Site` per story key holding only that story's articles, paragraphs,
    statements and alignment (the registry is shared), made in one pass over the site so
    that per-story work stays linear in the size of the corpus."""
    story_of = {a.id: a.story for a in site.articles}
    stories: dict[str, list[Story]] = {story.key: [] for story in site.stories}
    articles: dict[str, list[Article]] = {story.key: [] for story in site.stories}
    statements: dict[str, list[Statement]] = {story.key: [] for story in site.stories}
    utterances: dict[str, list[Utterance]] = {story.key: [] for story in site.stories}
    echoes: dict[str, list[Echo]] = {story.key: [] for story in site.stories}
    for story in site.stories:
        stories[story.key].append(story)
    for article in site.articles:
        articles[article.story].append(article)
    for statement in site.statements:
        statements[story_of[statement.article]].append(statement)
    for utterance in site.alignment.utterances:
        utterances[utterance.story].append(utterance)
    by_id = {s.id: s for s in site.statements}
    for echo in site.alignment.echoes:
        echoes[story_of[by_id[echo.first].article]].append(echo)
    return {
        key: Site(
            registry=site.registry,
            stories=tuple(stories[key]),
            articles=tuple(articles[key]),
            paragraphs={a.id: site.paragraphs.get(a.id, ()) for a in articles[key]},
            statements=tuple(statements[key]),
            alignment=Alignment(tuple(utterances[key]), tuple(echoes[key])),
        )
        for key in articles
    }


def comparison_jobs(pages: Pages) -> list[Job]:
    """One job per story for :func:`run_jobs`, returning the Markdown of its comparison page
    (``comparison_path(story.key)``); keyed by the story's articles, statements and
    alignment, so that a story they did not change in is not compared again."""
    site = pages.index.site
    parts = story_sites(site)

    def job(story: Story) -> Job:
        part = parts[story.key]
        inputs = (pages.story_inputs(story.key), part.paragraphs, part.alignment)
        return lambda memo: memo("comparison", inputs, lambda: comparison_page(part, story))

    return [job(story) for story in site.stories]
