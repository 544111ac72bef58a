"""Render stage: the site's Markdown pages and data files, from the analysed statements.

:func:`render_pages` is the stage's entry point; the writer puts what it returns into
``content/`` and MkDocs builds the site from there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.cache import Memo, uncached
from generator.models import Site
from generator.render.comparison import comparison_jobs
from generator.render.environment import compile_templates
from generator.render.exports import atom_feed, export_file, export_jobs, render_exports
from generator.render.index import SiteIndex
from generator.render.pages import FEED_PATH, STATEMENTS_CSV_PATH, STATEMENTS_JSON_PATH, Pages, add_files, run_jobs
from generator.render.views import comparison_path
from generator.write import EncodedPage


def render_pages(site: Site, memo: Memo = uncached,
                 ready: Callable[[dict[str, str | EncodedPage]], None] | None = None) -> dict[str, str | EncodedPage]:
    """Every generated page and export of ``site``: content-relative POSIX path -> text.
    With a cache's ``memo``, pages whose inputs did not change since an earlier run are
    reused, and every page the cache keeps comes as the writer's :class:`EncodedPage` (its
    bytes compressed, with their digest) rather than as text, as do the statement files
    (assembled from parts the cache keeps encoded).

    Pages are Markdown for MkDocs; exports are JSON, CSV and an Atom feed. Raises
    ``ValueError`` if two outputs claim one path (a bug, not an input problem).

    ``ready`` is called with the pages and files that jobs of the worker processes make, a
    job's at a time, as they come, then with the data files (all but the listings): the
    writer can start on them while the rest render (see :class:`generator.write.PageWriter`).
    """
    # Every template compiled here, once, before the render forks its workers (each would
    # compile its own copy).
    compile_templates(memo)
    pages = Pages(SiteIndex(site), memo)
    # The costliest jobs first (comparisons, then briefings), so that the workers finish together.
    comparison_paths = [comparison_path(story.key) for story in site.stories]
    files_of: tuple[Callable[[int, Any], dict[str, Any]], ...] = (
        lambda number, text: {comparison_paths[number]: text},
        lambda number, texts: texts,
        lambda number, value: export_file(pages, number, value),
    )

    def done(group: int, number: int, value: Any) -> None:
        if ready is not None:
            ready(files_of[group](number, value))

    files: dict[str, str | EncodedPage] = {}

    def render_listings() -> None:
        # They show the index alone: rendered here while the workers render the other pages.
        add_files(files, {**pages.listings(), FEED_PATH: atom_feed(pages)})

    comparisons, page_parts, export_values = run_jobs(memo, [comparison_jobs(pages), pages.jobs(), export_jobs(pages)],
                                                      done, render_listings)
    exports = render_exports(pages, export_values, encoded=memo is not uncached)
    del export_values  # each story's share of the statement files, now joined in them (60 MB at 10,000 articles)
    if ready is not None:
        # The files joined from every story's part: the writer writes them (the statement
        # files, tens of MB) while the rest is gathered.
        ready({STATEMENTS_JSON_PATH: exports[STATEMENTS_JSON_PATH], STATEMENTS_CSV_PATH: exports[STATEMENTS_CSV_PATH],
               FEED_PATH: files[FEED_PATH]})
    for part in (*page_parts, exports, dict(zip(comparison_paths, comparisons))):
        add_files(files, part)
    return dict(sorted(files.items()))
