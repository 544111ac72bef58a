"""Render stage: the site's Markdown pages and data files, from the analysed statements.

:func:`render_pages` is the stage's entry point; the writer puts what it returns into
``content/`` and MkDocs builds the site from there.
"""

from __future__ import annotations

from generator.cache import Memo, uncached
from generator.models import Site
from generator.render.comparison import comparison_jobs
from generator.render.environment import environment
from generator.render.exports import export_jobs, render_exports
from generator.render.index import SiteIndex
from generator.render.pages import Pages, add_files, run_jobs
from generator.render.views import comparison_path
from generator.write import EncodedPage


def render_pages(site: Site, memo: Memo = uncached) -> dict[str, str | EncodedPage]:
    """Every generated page and export of ``site``: content-relative POSIX path -> text.
    With a cache's ``memo``, pages whose inputs did not change since an earlier run are
    reused, and every page the cache keeps comes as the writer's :class:`EncodedPage` (its
    bytes compressed, with their digest) rather than as text, as do the statement files
    (assembled from parts the cache keeps encoded).

    Pages are Markdown for MkDocs; exports are JSON, CSV and an Atom feed. Raises
    ``ValueError`` if two outputs claim one path (a bug, not an input problem).
    """
    # Every template compiled here, once, before the render forks its workers (each would
    # compile its own copy).
    for template in environment().list_templates(filter_func=lambda name: name.endswith(".j2")):
        environment().get_template(template)
    pages = Pages(SiteIndex(site), memo)
    # The costliest jobs first (comparisons, then briefings), so that the workers finish together.
    comparisons, page_parts, export_values = run_jobs(memo, [comparison_jobs(pages), pages.jobs(), export_jobs(pages)])
    exports = render_exports(pages, export_values, encoded=memo is not uncached)
    del export_values  # each story's share of the statement files, now joined in them (60 MB at 10,000 articles)
    files = pages.listings()
    for part in (*page_parts, exports, {comparison_path(story.key): text for story, text in zip(site.stories, comparisons)}):
        add_files(files, part)
    return dict(sorted(files.items()))
