"""The Markdown pages of the site: one context dataclass per template, one function per kind.

Every function takes the :class:`SiteIndex` and returns ``{content path: Markdown}``. Listing
pages are cut with :func:`paginate` so that each page stays the same size as the site grows.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import functools
import heapq
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from generator.models import Article, Echo, Outlet, Paragraph, Registry, Statement, Story, Utterance
from generator.cache import Memo, map_apart, uncached
from generator.render.environment import environment, front_matter
from generator.render.index import Row, SiteIndex, Speaker, statement_anchor
from generator.render.pagination import Slice, paginate
from generator.render.views import (
    Card,
    Credit,
    Day,
    article_path,
    briefing_path,
    by_day,
    card,
    comparison_path,
    credits,
    day_text,
    external_url,
    link,
    outlet_path,
    person_path,
    story_timeline_export_path,
)

CARDS_PER_PAGE = 50
"""Quote cards on one briefing or person page."""
LINES_PER_PAGE = 100
"""One-line entries (timeline, lists of articles, people, briefings) on one page."""
KEY_STATEMENTS = 3
LATEST_STATEMENTS = 10
HOME_BRIEFINGS = 20
TOP_SPEAKERS = 30

DOWNLOADS_PATH = "downloads.md"
TIMELINE_PATH = "timeline.md"
BRIEFINGS_PATH = "briefings/index.md"
PEOPLE_PATH = "people/index.md"
OUTLETS_PATH = "outlets/index.md"
TAGS_PATH = "tags.md"
FEED_PATH = "feed.xml"
STATEMENTS_JSON_PATH = "exports/statements.json"
STATEMENTS_CSV_PATH = "exports/statements.csv"


Job = Callable[[Memo], Any]
"""A part of the render stage for :func:`run_jobs`: called with the ``memo`` of the process
that runs it, it returns the value of its first ``memo`` call (see :func:`map_apart`)."""


def run_jobs(memo: Memo, groups: Sequence[Sequence[Job]], done: Callable[[int, int, Any], None] | None = None,
             meanwhile: Callable[[], None] | None = None) -> list[list[Any]]:
    """The value of every job, group by group: jobs whose result ``memo``'s cache holds are
    taken from it, the others computed in one pool of worker processes for all the groups
    (one per core; see :func:`map_apart`). ``done(group, job, value)`` is called with each
    value (group and job by their index) as soon as it is there, in order; ``meanwhile()``
    once, when the first value is there (the workers then have every job to compute)."""
    values = []
    bounds = list(itertools.accumulate(len(group) for group in groups))
    for value in map_apart(memo, [job for group in groups for job in group], _call, memo_first=True):
        if meanwhile is not None:
            meanwhile()
            meanwhile = None
        if done is not None:
            group = bisect.bisect_right(bounds, len(values))
            done(group, len(values) - (bounds[group - 1] if group else 0), value)
        values.append(value)
    if meanwhile is not None:
        meanwhile()
    computed = iter(values)
    return [list(itertools.islice(computed, len(group))) for group in groups]


def _call(job: Job, memo: Memo) -> Any:
    return job(memo)


def add_files(files: dict[str, str], more: dict[str, str]) -> None:
    """``files`` updated with ``more``; raises ``ValueError`` when both have a path (a bug,
    not an input problem)."""
    overlap = files.keys() & more.keys()
    if overlap:
        raise ValueError(f"two outputs for one path: {sorted(overlap)}")
    files.update(more)


def _render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def _render_keyed(memo: Memo, template: str, inputs: tuple[object, ...], context: Callable[[], dict[str, object]]) -> str:
    """``template`` rendered with ``context()``, through ``memo`` keyed by ``inputs``, what
    the context is made of: a page whose view costs a pass over much of the site is
    reused without building it."""
    return memo("page", (template, *inputs), lambda: _render(template, **context()))


def _render_memo(memo: Memo, template: str, **context: object) -> str:
    """``_render`` through ``memo``: the page views are frozen dataclasses holding everything
    their template shows, so equal views render equal pages."""
    return memo("page", (template, *sorted(context.items())), lambda: _render(template, **context))


# ----------------------------------------------------------------------------- shared views


@dataclass(frozen=True)
class Pager:
    """Links to the other pages of a listing, relative to the current page."""

    number: int
    count: int
    previous: str
    next: str
    pages: tuple[tuple[int, str], ...]


def pager(page: Slice, here: str) -> Pager:
    return Pager(
        number=page.number,
        count=page.count,
        previous=link(here, page.previous.path) if page.previous else "",
        next=link(here, page.next.path) if page.next else "",
        pages=tuple((p.number, link(here, p.path)) for p in page.pages),
    )


@dataclass(frozen=True)
class StoryInputs:
    """Everything the pages of one story and of its articles show: one object in all their
    cache keys, which the cache digests once (by its fields, see ``generator.cache``).
    An article's page is keyed by its story's: adding an article renders its story's
    articles again (their cards may move to another briefing page), no other.

    A story's cards are not part of it: the code makes them of these fields alone (rows
    from the utterances and statements, card places from the rows, speakers' names from
    ``speakers``, outlets' names and roles from the registry). So the pages that show cards
    of several stories (a person's, an outlet's, the timeline) are keyed by the
    :class:`StoryInputs` of those stories, already digested: keying them costs a lookup a
    story, not a pass over their cards."""

    key: str
    story: Story | None
    articles: tuple[Article, ...]
    paragraphs: tuple[tuple[Paragraph, ...], ...]
    """Each article's paragraphs, in article order."""
    statements: tuple[tuple[Statement, ...], ...]
    """Each article's statements, in article order."""
    utterances: tuple[Utterance, ...]
    """The story's part of the alignment: which statements share a card."""
    echoes: tuple[Echo, ...]
    """The rest of its alignment: words that are not one utterance (its comparison page)."""
    speakers: tuple[Speaker, ...]
    """The speakers with a page among those statements', by slug: the name and group each
    shows come from the whole site (the registry, or the first statement that names them)."""
    registry: Registry


@dataclass(frozen=True)
class BriefingSummary:
    """A briefing as the home page and the briefing list show it."""

    title: str
    link: str
    summary: str
    period: str
    articles: int
    outlets: int
    statements: int
    people: int


@dataclass(frozen=True)
class ArticleLine:
    title: str
    link: str
    outlet: str
    outlet_link: str
    date: str
    statements: int


class CardLocations(dict[str, tuple[str, str]]):
    """Where each statement's card is: statement id -> (briefing page path, card anchor),
    filled a story at a time when one of its statements is first asked for (a run that
    adds one article renders the cards of a few stories)."""

    def __init__(self, index: SiteIndex, story_slices: dict[str, tuple[Slice[Row], ...]]):
        super().__init__()
        self.index = index
        self.story_slices = story_slices

    def __missing__(self, statement_id: str) -> tuple[str, str]:
        story = self.index.story_of(self.index.statements[statement_id])
        self.update({statement.id: (page.path, statement_anchor(statement.id))
                     for page in self.story_slices.get(story, ()) for row in page.items for statement in row.statements})
        return dict.__getitem__(self, statement_id)  # (a KeyError when its story's pages do not show it)


class Pages:
    """Renders every page of one site; holds the paginations that links between pages need."""

    def __init__(self, index: SiteIndex, memo: Memo = uncached):
        self.index = index
        self.memo = memo
        self.story_slices: dict[str, tuple[Slice[Row], ...]] = {
            story.key: paginate(index.rows_by_story.get(story.key, ()), CARDS_PER_PAGE, briefing_path(story.key))
            for story in index.site.stories
        }
        self.card_locations = CardLocations(index, self.story_slices)
        self.story_inputs_by_key: dict[str, StoryInputs] = {}
        """:meth:`story_inputs` by story key, shared likewise."""

    def listings(self) -> dict[str, str]:
        """The home page, the lists of briefings, people and outlets, the downloads and tags
        pages: a few pages, rendered in this process."""
        pages: dict[str, str] = {}
        for part in (self.home(), self.briefing_list(), self.people_list(), self.outlet_list(), self.downloads(),
                     self.tags()):
            add_files(pages, part)
        return pages

    def jobs(self) -> list[Job]:
        """The briefing, person, timeline, article and outlet pages, as jobs for
        :func:`run_jobs`: each returns its pages, keyed by their inputs before any work, so
        that only those whose inputs changed are rendered (most of a site's pages in a cold
        run; a few in a run after adding one article)."""
        index = self.index
        # The shared lookups (cached properties) computed here once, not in every worker.
        _ = (self.stories_newest_first, index.rows_by_speaker, index.articles_by_story,
             index.articles_by_outlet, index.statements_by_article, index.outlet_keys_by_name,
             index.utterances_by_story, index.echoes_by_story)
        return [
            *(self._job(Pages.briefing_pages, story) for story in index.site.stories),
            *(self._job(Pages.person_pages, slug) for slug in index.speakers),
            *(self._job(Pages.timeline_page, slice_) for slice_ in paginate(index.rows, LINES_PER_PAGE, TIMELINE_PATH)),
            *(self._job(Pages.article_pages, key) for key in index.articles_by_story),
            *(self._job(Pages.outlet_pages, key) for key in sorted(self.outlet_keys)),
        ]

    def _job(self, method: Callable[..., dict[str, str]], *arguments: object) -> Job:
        def job(memo: Memo) -> dict[str, str]:
            pages = copy.copy(self)  # its pages cached through the memo of the process that runs it
            pages.memo = memo
            return method(pages, *arguments)

        return job

    # -------------------------------------------------------------------------- helpers

    def card(self, row: Row, here: str) -> Card:
        return card(self.index, row, here, self.card_locations)

    def stories_inputs(self, stories: Iterable[str]) -> tuple[StoryInputs, ...]:
        """The :class:`StoryInputs` of ``stories`` (keys, repeats allowed), by key: for the
        key of a page that shows cards or articles of those stories (see :class:`StoryInputs`)."""
        return tuple(self.story_inputs(key) for key in sorted(set(stories)))

    @functools.cached_property
    def stories_newest_first(self) -> tuple[Story, ...]:
        def newest(story: Story) -> dt.date:
            dates = [a.published for a in self.index.articles_by_story.get(story.key, ()) if a.published]
            return story.period_to or max(dates, default=story.period_from or dt.date.min)

        by_key = sorted(self.index.site.stories, key=lambda s: s.key)
        return tuple(sorted(by_key, key=newest, reverse=True))

    def briefing_summary(self, story: Story, here: str) -> BriefingSummary:
        articles = self.index.articles_by_story.get(story.key, ())
        statements = [s for a in articles for s in self.index.statements_by_article.get(a.id, ())]
        if story.period_from and story.period_to:
            period = f"{day_text(story.period_from)} – {day_text(story.period_to)}"
        elif story.period_from or story.period_to:
            period = f"from {day_text(story.period_from)}" if story.period_from else f"until {day_text(story.period_to)}"
        else:
            period = ""
        return BriefingSummary(
            title=story.title,
            link=link(here, briefing_path(story.key)),
            summary=story.summary,
            period=period,
            articles=len(articles),
            outlets=len({a.outlet for a in articles}),
            statements=len(statements),
            people=len({self.index.speaker_slug(s) for s in statements} - {""}),
        )

    def article_line(self, article: Article, here: str) -> ArticleLine:
        outlet = self.index.outlet_of(article)
        return ArticleLine(
            title=article.title,
            link=link(here, article_path(article.id)),
            outlet=outlet.name,
            outlet_link=link(here, outlet_path(outlet.key)),
            date=day_text(article.published),
            statements=len(self.index.statements_by_article.get(article.id, ())),
        )

    # -------------------------------------------------------------------------- pages

    def home(self) -> dict[str, str]:
        """Keyed by the stories it shows (see :class:`StoryInputs`)."""
        here = "index.md"
        stories = self.stories_newest_first[:HOME_BRIEFINGS]
        latest = heapq.nlargest(LATEST_STATEMENTS, (r for r in self.index.rows if r.date and r.first.is_quote),
                                key=lambda r: (r.date, r.id))
        more_briefings = len(self.stories_newest_first) > HOME_BRIEFINGS

        def context() -> dict[str, object]:
            page = HomePage(
                briefings=tuple(self.briefing_summary(s, here) for s in stories),
                more_briefings=more_briefings,
                briefings_link=link(here, BRIEFINGS_PATH),
                latest=tuple(self.card(r, here) for r in latest),
                timeline_link=link(here, TIMELINE_PATH),
                downloads_link=link(here, DOWNLOADS_PATH),
                feed_link=link(here, FEED_PATH),
            )
            return {"front_matter": front_matter("Briefings"), "page": page}

        inputs = (tuple(s.key for s in stories), tuple(r.id for r in latest), more_briefings,
                  self.stories_inputs([*(s.key for s in stories), *(r.story for r in latest)]))
        return {here: _render_keyed(self.memo, "home.md.j2", inputs, context)}

    def story_inputs(self, key: str) -> StoryInputs:
        """What the pages of the story ``key`` and of its articles show, gathered once per
        story and shared by their keys (see :class:`StoryInputs`)."""
        known = self.story_inputs_by_key.get(key)
        if known is None:
            articles = self.index.articles_by_story.get(key, ())
            statements = tuple(self.index.statements_by_article.get(a.id, ()) for a in articles)
            known = StoryInputs(
                key=key,
                story=self.index.stories.get(key),
                articles=articles,
                paragraphs=tuple(self.index.site.paragraphs.get(a.id, ()) for a in articles),
                statements=statements,
                utterances=self.index.utterances_by_story.get(key, ()),
                echoes=self.index.echoes_by_story.get(key, ()),
                speakers=tuple(self.index.speakers[slug] for slug in sorted(
                    {self.index.slug_of[s.id] for said in statements for s in said} - {""})),
                registry=self.index.site.registry,
            )
            self.story_inputs_by_key[key] = known
        return known

    def briefing_pages(self, story: Story) -> dict[str, str]:
        """Keyed by what the pages show (see :meth:`article_pages`)."""
        return self.memo("briefing pages", (self.story_inputs(story.key),), lambda: self._briefing_texts(story))

    def _briefing_texts(self, story: Story) -> dict[str, str]:
        pages: dict[str, str] = {}
        for slice_ in self.story_slices[story.key]:
            here = slice_.path
            rows = slice_.items
            key_rows = self.key_rows(story) if slice_.number == 1 else ()
            articles = self.index.articles_by_story.get(story.key, ())
            page = BriefingPage(
                story=story,
                summary=self.briefing_summary(story, here),
                key_cards=tuple(self.card(r, here) for r in key_rows),
                cards=tuple(self.card(r, here) for r in rows if r.first.is_quote),
                reported=tuple(self.card(r, here) for r in rows if not r.first.is_quote),
                pager=pager(slice_, here),
                articles=tuple(self.article_line(a, here) for a in articles[:LINES_PER_PAGE]),
                more_articles=len(articles) - LINES_PER_PAGE,
                comparison_link=link(here, comparison_path(story.key)),
                timeline_export_link=link(here, story_timeline_export_path(story.key)),
                first_page_link=link(here, briefing_path(story.key)),
            )
            title = story.title if slice_.number == 1 else f"{story.title} (page {slice_.number})"
            pages[here] = _render("briefing.md.j2", front_matter=front_matter(title, story.tags), page=page)
        return pages

    def key_rows(self, story: Story) -> tuple[Row, ...]:
        """A few statements to read first: those the most outlets carried, named speakers
        before those without a page ("a spokesman"), full quotes before fragments, earliest
        first, one per speaker while speakers last; in timeline order."""
        rows = [r for r in self.index.rows_by_story.get(story.key, ()) if r.first.is_quote]
        ranked = sorted(
            rows,
            key=lambda r: (
                -len(self.index.outlets_carrying(r)),
                not self.index.speaker_slug(r.first),
                r.first.kind != "quote",
                r.date or dt.date.max,
                self.index.row_position[r.id],
            ),
        )
        chosen: dict[str, Row] = {}
        speakers: set[tuple[str, str]] = set()
        for row in ranked:
            if len(chosen) == KEY_STATEMENTS:
                break
            # (a speaker without a page is one within its article: "a spokesman")
            speaker = (self.index.speaker_slug(row.first) or row.first.article, row.first.speaker)
            if speaker not in speakers:
                chosen[row.id] = row
                speakers.add(speaker)
        for row in ranked:
            if len(chosen) == KEY_STATEMENTS:
                break
            chosen.setdefault(row.id, row)
        return tuple(sorted(chosen.values(), key=lambda r: self.index.row_position[r.id]))

    def briefing_list(self) -> dict[str, str]:
        """Each page keyed by the stories it lists (see :class:`StoryInputs`)."""
        pages: dict[str, str] = {}
        for slice_ in paginate(self.stories_newest_first, LINES_PER_PAGE, BRIEFINGS_PATH):
            def context(slice_: Slice[Story] = slice_) -> dict[str, object]:
                here = slice_.path
                page = ListPage(
                    title="All briefings",
                    briefings=tuple(self.briefing_summary(s, here) for s in slice_.items),
                    pager=pager(slice_, here),
                )
                return {"front_matter": front_matter(page.title, searchable=False), "page": page}

            keys = tuple(s.key for s in slice_.items)
            inputs = (slice_.number, slice_.pages, keys, self.stories_inputs(keys))
            pages[slice_.path] = _render_keyed(self.memo, "briefings.md.j2", inputs, context)
        return pages

    def article_pages(self, key: str) -> dict[str, str]:
        """The pages of the story ``key``'s articles, keyed by what they show, so that they
        are reused without building their views (most of a site's pages are articles: a run
        after adding one article would otherwise build them all). One job a story, not an
        article: a story's articles change together (see :class:`StoryInputs`), and a
        run that reuses them looks up one entry, not one an article."""
        articles = self.index.articles_by_story.get(key, ())
        return self.memo("article pages", (self.story_inputs(key),),
                         lambda: {article_path(a.id): self._article_text(a, article_path(a.id)) for a in articles})

    def _article_text(self, article: Article, here: str) -> str:
        outlet = self.index.outlet_of(article)
        story = self.index.stories.get(article.story)
        by_paragraph: dict[int, list[Statement]] = {}
        for statement in self.index.statements_by_article.get(article.id, ()):
            by_paragraph.setdefault(statement.paragraph, []).append(statement)
        page = ArticlePage(
            article=article,
            outlet=outlet.name,
            outlet_link=link(here, outlet_path(outlet.key)),
            date=day_text(article.published),
            date_iso=article.published.isoformat() if article.published else "",
            url=external_url(article.url),
            story=story.title if story else article.story,
            story_link=link(here, briefing_path(article.story)),
            via=credits(self.index, article.via, here),
            paragraphs=tuple(
                self.paragraph_view(article, p, by_paragraph.get(p.index, ()), here)
                for p in self.index.site.paragraphs.get(article.id, ())
            ),
        )
        return _render("article.md.j2", front_matter=front_matter(article.title, article.tags), page=page)

    def paragraph_view(self, article: Article, paragraph: Paragraph, statements, here: str) -> ParagraphView:
        """The paragraph cut into plain text and the marked words of ``statements`` (those
        printed in it); where two overlap, the one that starts first is marked."""
        segments: list[Segment] = []
        position = paragraph.start
        for statement in sorted(statements, key=lambda s: (s.start, -s.end, s.id)):
            if statement.start < position or statement.end > paragraph.end or statement.start >= statement.end:
                continue
            if statement.start > position:
                segments.append(Segment.plain(article.text[position : statement.start]))
            page, anchor = self.card_locations[statement.id]
            segments.append(
                Segment(
                    text=article.text[statement.start : statement.end],
                    kind=statement.kind,
                    link=link(here, page, anchor),
                    label=f"{self.index.speaker_of(statement).name}, {day_text(statement.date)}",
                )
            )
            position = statement.end
        if position < paragraph.end:
            segments.append(Segment.plain(article.text[position : paragraph.end]))
        return ParagraphView(index=paragraph.index, part=paragraph.part, segments=tuple(segments))

    def person_pages(self, slug: str) -> dict[str, str]:
        """Keyed by what the pages show (see :meth:`article_pages`)."""
        rows = self.index.rows_by_speaker.get(slug, ())
        inputs = (self.index.speakers[slug], self.stories_inputs(row.story for row in rows), self.index.site.registry)
        return self.memo("person pages", inputs, lambda: self._person_texts(slug))

    def _person_texts(self, slug: str) -> dict[str, str]:
        pages: dict[str, str] = {}
        speaker = self.index.speakers[slug]
        rows = self.index.rows_by_speaker.get(slug, ())
        stories = len({r.story for r in rows})
        for slice_ in paginate(rows, CARDS_PER_PAGE, person_path(slug)):
            here = slice_.path
            page = PersonPage(
                speaker=speaker,
                roles=tuple(
                    RoleView(r.title, day_text(r.since) if r.since else "", day_text(r.until) if r.until else "")
                    for r in (speaker.person.roles if speaker.person else ())
                ),
                organization=speaker.person.organization if speaker.person else "",
                country=speaker.person.country if speaker.person else "",
                aliases=speaker.person.aliases if speaker.person else (),
                statements=len(rows),
                printings=sum(len(r.statements) for r in rows),
                stories=stories,
                cards=tuple(self.card(r, here) for r in slice_.items),
                pager=pager(slice_, here),
                people_link=link(here, PEOPLE_PATH),
                registry=bool(self.index.people),
            )
            title = speaker.name if slice_.number == 1 else f"{speaker.name} (page {slice_.number})"
            pages[here] = _render("person.md.j2", front_matter=front_matter(title), page=page)
        return pages

    def people_list(self) -> dict[str, str]:
        """People first, then organisations and countries, each by name."""
        pages: dict[str, str] = {}
        speakers = sorted(self.index.speakers.values(), key=lambda s: (s.group != "person", s.name.casefold(), s.slug))
        for slice_ in paginate(speakers, LINES_PER_PAGE, PEOPLE_PATH):
            here = slice_.path
            entries = tuple(
                PersonLine(
                    name=s.name,
                    link=link(here, person_path(s.slug)),
                    role=(s.person.role_on(None) or "") if s.person else "",
                    in_registry=s.in_registry,
                    statements=len(self.index.rows_by_speaker.get(s.slug, ())),
                    group=s.group,
                )
                for s in slice_.items
            )
            page = PeopleListPage(people=entries, pager=pager(slice_, here), registry=bool(self.index.people))
            pages[here] = _render_memo(self.memo, "people.md.j2", front_matter=front_matter("People"), page=page)
        return pages

    def outlet_pages(self, key: str) -> dict[str, str]:
        """Keyed by what the pages show (see :meth:`article_pages`)."""
        articles = self.index.articles_by_outlet.get(key, ())
        inputs = (key, self.stories_inputs(a.story for a in articles), self.index.site.registry)
        return self.memo("outlet pages", inputs, lambda: self._outlet_texts(key))

    def _outlet_texts(self, key: str) -> dict[str, str]:
        pages: dict[str, str] = {}
        outlet = self.index.outlets.get(key) or Outlet(key=key, name=key)
        articles = self.index.articles_by_outlet.get(key, ())
        quoted = Counter(
            self.index.speaker_slug(s)
            for a in articles
            for s in self.index.statements_by_article.get(a.id, ())
        )
        unnamed = quoted.pop("", 0)
        for slice_ in paginate(articles, LINES_PER_PAGE, outlet_path(key)):
            here = slice_.path
            speakers = sorted(quoted.items(), key=lambda kv: (-kv[1], kv[0]))
            page = OutletPage(
                outlet=outlet,
                url=external_url(outlet.url),
                articles=tuple(self.article_line(a, here) for a in slice_.items),
                article_count=len(articles),
                quoted=tuple(
                    (self.index.speakers[slug].name, link(here, person_path(slug)), count)
                    for slug, count in speakers[:TOP_SPEAKERS]
                )
                if slice_.number == 1
                else (),
                more_quoted=max(0, len(speakers) - TOP_SPEAKERS),
                unnamed=unnamed,
                pager=pager(slice_, here),
                outlets_link=link(here, OUTLETS_PATH),
            )
            title = outlet.name if slice_.number == 1 else f"{outlet.name} (page {slice_.number})"
            pages[here] = _render("outlet.md.j2", front_matter=front_matter(title, searchable=False), page=page)
        return pages

    @functools.cached_property
    def outlet_keys(self) -> set[str]:
        return set(self.index.outlets) | {a.outlet for a in self.index.site.articles}

    def outlet_list(self) -> dict[str, str]:
        pages: dict[str, str] = {}
        outlets = sorted(
            (self.index.outlets.get(k) or Outlet(key=k, name=k) for k in self.outlet_keys),
            key=lambda o: (o.name.casefold(), o.key),
        )
        for slice_ in paginate(outlets, LINES_PER_PAGE, OUTLETS_PATH):
            here = slice_.path
            page = OutletListPage(
                outlets=tuple(
                    (o, link(here, outlet_path(o.key)), len(self.index.articles_by_outlet.get(o.key, ())))
                    for o in slice_.items
                ),
                pager=pager(slice_, here),
            )
            pages[here] = _render_memo(self.memo, "outlets.md.j2", front_matter=front_matter("Outlets", searchable=False), page=page)
        return pages

    def timeline_page(self, slice_: Slice[Row]) -> dict[str, str]:
        """Keyed by what the page shows (see :meth:`article_pages`)."""
        inputs = (slice_.number, slice_.path, slice_.pages, tuple(row.id for row in slice_.items),
                  self.stories_inputs(row.story for row in slice_.items))
        return self.memo("timeline page", inputs, lambda: self._timeline_text(slice_))

    def _timeline_text(self, slice_: Slice[Row]) -> dict[str, str]:
        here = slice_.path
        page = TimelinePage(cards=tuple(self.card(r, here) for r in slice_.items), pager=pager(slice_, here))
        title = "Timeline" if slice_.number == 1 else f"Timeline (page {slice_.number})"
        return {here: _render("timeline.md.j2", front_matter=front_matter(title, searchable=False), page=page)}

    def downloads(self) -> dict[str, str]:
        here = DOWNLOADS_PATH
        page = DownloadsPage(
            statements_json=link(here, STATEMENTS_JSON_PATH),
            statements_csv=link(here, STATEMENTS_CSV_PATH),
            feed=link(here, FEED_PATH),
            timelines=tuple(
                (story.title, link(here, story_timeline_export_path(story.key))) for story in self.stories_newest_first
            ),
            statements=len(self.index.site.statements),
        )
        return {here: _render_memo(self.memo, "downloads.md.j2", front_matter=front_matter("Downloads", searchable=False), page=page)}

    def tags(self) -> dict[str, str]:
        return {TAGS_PATH: _render_memo(self.memo, "tags.md.j2", front_matter=front_matter("Tags", searchable=False))}


# ----------------------------------------------------------------------------- page contexts


@dataclass(frozen=True)
class HomePage:
    briefings: tuple[BriefingSummary, ...]
    more_briefings: bool
    briefings_link: str
    latest: tuple[Card, ...]
    timeline_link: str
    downloads_link: str
    feed_link: str


@dataclass(frozen=True)
class BriefingPage:
    story: Story
    summary: BriefingSummary
    key_cards: tuple[Card, ...]
    cards: tuple[Card, ...]
    reported: tuple[Card, ...]
    pager: Pager
    articles: tuple[ArticleLine, ...]
    more_articles: int
    comparison_link: str
    timeline_export_link: str
    first_page_link: str

    @property
    def days(self) -> tuple[Day, ...]:
        return by_day(self.cards)

    @property
    def reported_days(self) -> tuple[Day, ...]:
        return by_day(self.reported)


@dataclass(frozen=True)
class ListPage:
    title: str
    briefings: tuple[BriefingSummary, ...]
    pager: Pager


@dataclass(frozen=True)
class Segment:
    """A stretch of a paragraph: plain text (``kind`` empty) or a statement's words."""

    text: str
    kind: str = ""
    link: str = ""
    label: str = ""

    @classmethod
    def plain(cls, text: str) -> Segment:
        return cls(text)

    @property
    def space_before(self) -> bool:
        # The md filter folds whitespace at the ends; the boundary space must survive.
        return self.text[:1].isspace()

    @property
    def space_after(self) -> bool:
        return self.text[-1:].isspace()


@dataclass(frozen=True)
class ParagraphView:
    index: int
    part: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ArticlePage:
    article: Article
    outlet: str
    outlet_link: str
    date: str
    date_iso: str
    url: str | None
    story: str
    story_link: str
    via: tuple[Credit, ...]
    paragraphs: tuple[ParagraphView, ...]


@dataclass(frozen=True)
class RoleView:
    title: str
    since: str
    until: str


@dataclass(frozen=True)
class PersonPage:
    speaker: Speaker
    roles: tuple[RoleView, ...]
    organization: str
    country: str
    aliases: tuple[str, ...]
    statements: int
    printings: int
    """Statements as the outlets printed them: more than ``statements`` when words were
    printed twice (by two outlets, or in a headline and a paragraph)."""
    stories: int
    cards: tuple[Card, ...]
    pager: Pager
    people_link: str
    registry: bool
    """Whether ``people.yml`` has anyone (see :class:`PeopleListPage`)."""

    @property
    def days(self) -> tuple[Day, ...]:
        return by_day(self.cards)


@dataclass(frozen=True)
class PersonLine:
    name: str
    link: str
    role: str
    in_registry: bool
    statements: int
    group: str


@dataclass(frozen=True)
class PeopleListPage:
    people: tuple[PersonLine, ...]
    pager: Pager
    registry: bool
    """Whether ``people.yml`` has anyone: without, marking each entry as not in it is noise."""

    @property
    def sections(self) -> tuple[tuple[str, tuple[PersonLine, ...]], ...]:
        """The page's entries under their heading: people, then organisations and countries."""
        titles = {"person": "People", "body": "Organisations and countries"}
        return tuple((titles[group], tuple(lines)) for group, lines in itertools.groupby(self.people, lambda p: p.group))


@dataclass(frozen=True)
class OutletPage:
    outlet: Outlet
    url: str | None
    articles: tuple[ArticleLine, ...]
    article_count: int
    quoted: tuple[tuple[str, str, int], ...]
    more_quoted: int
    unnamed: int
    """Statements whose speaker has no page (a description, a surname alone, nobody)."""
    pager: Pager
    outlets_link: str


@dataclass(frozen=True)
class OutletListPage:
    outlets: tuple[tuple[Outlet, str, int], ...]
    pager: Pager


@dataclass(frozen=True)
class TimelinePage:
    cards: tuple[Card, ...]
    pager: Pager

    @property
    def days(self) -> tuple[Day, ...]:
        return by_day(self.cards)


@dataclass(frozen=True)
class DownloadsPage:
    statements_json: str
    statements_csv: str
    feed: str
    timelines: tuple[tuple[str, str], ...]
    """(briefing title, link to its TimelineJS file), newest briefing first."""
    statements: int
