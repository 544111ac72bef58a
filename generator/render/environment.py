"""The Jinja2 environment every page template is rendered with, and its escaping filters.

Templates produce Markdown (with HTML blocks for cards and tables). Article text is data:
it reaches a template only as a variable, and every piece of it goes through ``md`` (for
Markdown context) or ``html`` (inside an HTML block), so that nothing in it can become
markup, an attribute list, a link or a template.
"""

from __future__ import annotations

import functools
import html
import re
import types

import jinja2
import jinja2.bccache
import jinja2.runtime
import yaml

from generator.cache import Memo
from generator.render.views import date_note

# Inline characters that open Markdown syntax here: emphasis, code, links and images,
# attribute lists, tables, and the strike/mark/caret extensions. A backslash makes each
# literal; '<' and '&' are HTML-escaped instead, so raw HTML cannot start. One table does
# both in one pass (most text has none of them, which one search finds).
_MARKDOWN_SPECIAL = "\\`*_{}[]|~^="
_MARKDOWN_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", **{c: "\\" + c for c in _MARKDOWN_SPECIAL}})
_NEEDS_ESCAPE = re.compile("[" + re.escape(_MARKDOWN_SPECIAL + "&<>") + "]")
# A block marker at the very start ("# ", "> ", "- ", "+ ", "1. ", "!!! ") would make a
# heading, quote, list or admonition when the text starts a line of the template.
_BLOCK_START = re.compile(r"^(\s*)(?:([#>+!-])|(\d+)([.)]))")
_BLOCK_START_CHARACTERS = frozenset("#>+!-0123456789")
# Characters a page drops; the data (offsets, exports) keeps the text as printed.
# Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in shown
# text they reorder what follows them, even outside the element they stand in ("Trojan
# Source"). Control characters other than whitespace: HTML calls them parse errors and XML
# (the Atom feed) cannot carry them at all.
_UNSHOWN = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def shown_text(text: object) -> str:
    """Text as a page shows it: whitespace runs folded to one space (a newline could start
    a Markdown block), bidirectional and other control characters dropped."""
    return " ".join(_UNSHOWN.sub("", str(text)).split())


# The escaping filters remember their answers: a site shows the same names, titles and words
# on many pages (a few distinct strings for every twenty escaped); typed, so 1 and True differ.
_ESCAPED_KEPT = 1 << 17


@functools.lru_cache(maxsize=_ESCAPED_KEPT, typed=True)
def escape_markdown(text: object) -> str:
    """Text made literal for inline Markdown: HTML-escaped, syntax characters backslashed,
    line breaks folded (a newline could start a block)."""
    escaped = shown_text(text)
    if _NEEDS_ESCAPE.search(escaped):
        escaped = escaped.translate(_MARKDOWN_ESCAPES)
    # shown_text strips the ends, so a block marker can only be the first character.
    return _BLOCK_START.sub(_escape_block_start, escaped) if escaped[:1] in _BLOCK_START_CHARACTERS else escaped


def _escape_block_start(match: re.Match[str]) -> str:
    indent, marker, number, delimiter = match.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{delimiter}"


@functools.lru_cache(maxsize=_ESCAPED_KEPT, typed=True)
def escape_html(text: object) -> str:
    """Text made literal inside an HTML block or attribute (Markdown is not processed there)."""
    return html.escape(shown_text(text), quote=True)


# libyaml's emitter where PyYAML has it (the wheels do): one page's front matter costs
# microseconds instead of a millisecond.
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(title: str, tags: tuple[str, ...] = (), *, searchable: bool = True) -> str:
    """The YAML front matter of a page, dumped by PyYAML (never assembled by hand).

    A page not ``searchable`` is left out of the search index: pages that only repeat what
    briefings and articles say (timelines, comparisons, lists), so that the index that
    every visitor's browser loads stays proportionate at 10,000 articles.

    Material prints both as HTML, unescaped, so both are HTML-escaped here. The title also
    has ``<``/``>`` turned into ‹›: Material passes it through ``striptags`` (which
    unescapes) into ``<title>``, where a literal ``</title>`` would end the element.
    """
    data: dict[str, object] = {"title": _front_matter_text(title.replace("<", "‹").replace(">", "›"))}
    if tags:
        data["tags"] = [_front_matter_text(tag) for tag in tags]
    if not searchable:
        data["search"] = {"exclude": True}
    dumped = yaml.dump(data, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, width=10_000)
    return "---\n" + dumped + "---\n"


def _front_matter_text(text: str) -> str:
    return html.escape(shown_text(text), quote=False)


class CompiledTemplates(jinja2.BytecodeCache):
    """The environment's compiled templates by Jinja's bucket key, kept in memory: the
    render stage hands them to the result cache and back (see :func:`compile_templates`).
    Jinja checks a bucket's source checksum and Python's bytecode version, so code for
    another template or interpreter is compiled again, never run."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.code.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


def compile_templates(memo: Memo) -> None:
    """Every template of the environment compiled, with the code ``memo``'s cache kept from
    an earlier run of this generator (compiling the templates took a tenth of a second of
    a run that adds one article to 10,000; loading their code takes milliseconds)."""
    env = environment()
    kept = env.bytecode_cache
    assert isinstance(kept, CompiledTemplates), "the environment keeps its compiled templates"
    names = tuple(env.list_templates(filter_func=lambda name: name.endswith(".j2")))

    def compiled() -> dict[str, bytes]:
        for name in names:
            env.get_template(name)
        return dict(kept.code)

    kept.code.update(memo("templates", (names,), compiled))
    for name in names:
        env.get_template(name)


_PLAIN_CALLABLES = frozenset({types.FunctionType, types.MethodType, types.BuiltinMethodType, jinja2.runtime.Macro})
"""Callables that take the template's context only when marked with ``jinja2.pass_context``
(and its kin), which leaves an attribute ``jinja_pass_arg`` on them."""


class _Context(jinja2.runtime.Context):
    """Jinja's context, calling a plain function, method or macro straight away: Jinja's
    :meth:`~jinja2.runtime.Context.call` looks for the markers of ``pass_context`` on the
    callable and on its ``__call__`` at every call, a tenth of the time a comparison page
    takes to render (hundreds of calls a page: ``date.isoformat()``, macros, links)."""

    def call(__self, __obj, *args, **kwargs):  # type: ignore[no-untyped-def]  # (Jinja's signature)
        if type(__obj) not in _PLAIN_CALLABLES or hasattr(__obj, "jinja_pass_arg"):
            return super().call(__obj, *args, **kwargs)
        # What Jinja's call does for such a callable: the frames' variables are not passed on.
        # (One that raises StopIteration, which Jinja makes an undefined value, fails the
        # render here: with StrictUndefined, Jinja's undefined value fails it as well.)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        return __obj(*args, **kwargs)


@functools.cache
def environment() -> jinja2.Environment:
    """The shared environment: templates from ``generator/templates``, StrictUndefined so a
    typo fails the build instead of rendering empty, no autoescape (the output is Markdown:
    escaping is explicit, per context, through the ``md`` and ``html`` filters)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        bytecode_cache=CompiledTemplates(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        auto_reload=False,  # one run renders thousands of pages: no stat of the template per page
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.context_class = _Context
    env.filters["md"] = escape_markdown
    env.filters["html"] = escape_html
    env.filters["date_note"] = date_note
    return env
