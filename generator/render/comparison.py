"""The source-comparison page of each story: the same words as each outlet carried them.

The analysis is :func:`generator.align.compare_story`; this module only adds what the page
needs to show it (links relative to the page, short labels, sentences that say what an echo
is) and renders ``comparison.md.j2``.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.align import EchoView, StoryComparison, compare_story
from generator.models import Alignment, Article, Site, Statement, Story
from generator.render.environment import environment, front_matter
from generator.render.index import SiteIndex
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


def story_site(index: SiteIndex, story: Story) -> Site:
    """A :class:`Site` holding only ``story`` and its articles, paragraphs, statements and
    alignment (the registry is shared), in the site's order."""
    articles = index.articles_by_story.get(story.key, ())
    return Site(
        registry=index.site.registry,
        stories=(story,),
        articles=articles,
        paragraphs={a.id: index.site.paragraphs.get(a.id, ()) for a in articles},
        statements=tuple(s for a in articles for s in index.statements_by_article.get(a.id, ())),
        alignment=Alignment(index.utterances_by_story.get(story.key, ()), index.echoes_by_story.get(story.key, ())),
    )


def comparison_jobs(pages: Pages) -> list[Job]:
    """One job per story for :func:`run_jobs`, returning the Markdown of its comparison page
    (``comparison_path(story.key)``); keyed by the story's :class:`StoryInputs` (its
    articles, paragraphs, statements and alignment), so that a story they did not change in
    is not compared again."""

    def job(story: Story) -> Job:
        # (the inputs gathered when the job runs: in a cold run, while the workers compute the jobs before it)
        return lambda memo: memo("comparison", (pages.story_inputs(story.key),),
                                 lambda: comparison_page(story_site(pages.index, story), story))

    return [job(story) for story in pages.index.site.stories]
