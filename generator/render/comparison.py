"""The source-comparison page of each story: the same words as each outlet carried them.

The analysis is :func:`generator.align.compare_story`; this module only adds what the page
needs to show it (links relative to the page, short labels, sentences that say what an echo
is) and renders ``comparison.md.j2``.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from generator.align import EchoView, StoryComparison, compare_story
from generator.models import Article, Site, Statement, Story
from generator.render.environment import environment, front_matter

EXCERPT_WORDS = 14
"""Words of an utterance shown in a row label of the coverage matrix."""

ECHO_TITLES = {
    "echo": "Echo",
    "conflict": "Conflict",
    "restated": "Restated",
}


def comparison_path(story: str) -> str:
    """The content path of a story's comparison page."""
    return f"briefings/{story}/comparison.md"


def article_link(here: str, article: Article, paragraph: int = 0) -> str:
    """The relative Markdown link from page ``here`` to an article page (``articles/<id>.md``),
    at paragraph anchor ``#p<n>`` when ``paragraph`` is given."""
    path = posixpath.relpath(f"articles/{article.id}.md", posixpath.dirname(here))
    return f"{path}#p{paragraph}" if paragraph else path


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

    def link(self, article: Article, paragraph: int = 0) -> str:
        return article_link(self.path, article, paragraph)

    def statement_link(self, statement: Statement, article: Article) -> str:
        return article_link(self.path, article, statement.paragraph)


def comparison_page(site: Site, story: Story) -> str:
    """The Markdown of one story's comparison page."""
    page = ComparisonPage(comparison_path(story.key), compare_story(site, story))
    template = environment().get_template("comparison.md.j2")
    return template.render(
        front_matter=front_matter(f"Source comparison: {story.title}"),
        page=page,
        c=page.comparison,
        excerpt=excerpt,
        echo_explanation=echo_explanation,
        echo_titles=ECHO_TITLES,
    )


def comparison_pages(site: Site) -> dict[str, str]:
    """``{"briefings/<story>/comparison.md": markdown}`` for every story of the site."""
    return {comparison_path(story.key): comparison_page(site, story) for story in site.stories}
