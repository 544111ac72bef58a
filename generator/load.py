"""Load stage: read ``articles/`` (registries, stories, article files) and validate all of it.

Every problem is reported, not only the first: within one file the loader stops at the
first structural error (a file that does not parse says nothing more), across files it
keeps going. Each problem names ``path:line:col``, what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from stat import S_ISDIR, S_ISLNK, S_ISREG
from typing import Any, TypeVar

import yaml

from generator.cache import Memo, map_apart, tree_stats, uncached
from generator.errors import InputError, Problem
from generator.models import Article, Outlet, Person, Registry, Role, SourceRef, Story
from generator.write import FileStat, stat_key

T = TypeVar("T")

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Names a page or folder cannot take: they collide with listing pages or are reserved
# device names on Windows, where editors also check the site out.
RESERVED_SLUGS = frozenset({"index", "con", "prn", "aux", "nul", "com1", "lpt1", "assets", "stylesheets"})
LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
ARTICLE_SUFFIXES = (".md", ".txt")
# Longer than any article (a book is about 1 MB): a bigger file is a saved page or a dump,
# whose pages would take minutes to build and bury the briefing.
MAX_ARTICLE_BYTES = 2_000_000
OUTLET_KINDS = ("agency", "state media", "public broadcaster", "private")
PERSON_KINDS = ("person", "organization", "country")
FRONT_MATTER_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)
FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)

ARTICLE_FIELDS = {
    "title": "the headline as printed",
    "outlet": "a key of articles/outlets.yml",
    "url": "the article's address, http(s)://…",
    "published": "the publication date, YYYY-MM-DD",
    "language": "a language code such as en, es, uk",
    "author": "optional: the byline",
    "standfirst": "optional: the summary printed under the headline",
    "via": "optional: the agencies the article credits, a list",
    "tags": "optional: a list of tags",
}
REQUIRED_ARTICLE_FIELDS = ("title", "outlet", "url", "published", "language")
OUTLET_FIELDS = ("name", "country", "url", "kind", "language")
PERSON_FIELDS = ("name", "aliases", "roles", "organization", "country", "kind")
ROLE_FIELDS = ("title", "from", "to")
STORY_FIELDS = ("title", "summary", "period", "tags", "framing_terms")


@dataclass(frozen=True)
class Corpus:
    """The validated input: what later stages may rely on without checking again."""

    registry: Registry
    stories: tuple[Story, ...]
    articles: tuple[Article, ...]


@dataclass
class _Report:
    """Problems gathered across files during one load."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, where: SourceRef, what: str, fix: str = "") -> None:
        self.problems.append(Problem(where, what, fix))


# --- YAML that remembers where each key stood -------------------------------------------


class _LocatedDict(dict):
    """A mapping from YAML that keeps the 1-based (line, col) of each key and of itself."""

    where: tuple[int, int] = (0, 0)
    key_where: dict[Any, tuple[int, int]]


# libyaml's parser when PyYAML was built with it (the wheels are): about five times faster.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LocatingLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that records key positions and refuses aliases.

    Aliases are refused because none of our files needs them and a few nested ones
    expand into billions of nodes (the "YAML bomb").
    """

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        mapping = _LocatedDict(super().construct_mapping(node, deep=True))
        mapping.where = (node.start_mark.line + 1, node.start_mark.column + 1)
        mapping.key_where = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                mapping.key_where[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            except TypeError:  # an unhashable key; construct_mapping above already refused it
                pass
        return mapping


    def construct_yaml_timestamp(self, node):  # type: ignore[no-untyped-def]
        # PyYAML raises a bare ValueError for a date-shaped impossible date (2022-13-45);
        # keep the text so that validation reports it at its line like any bad value.
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_LocatingLoader.add_constructor("tag:yaml.org,2002:map", _LocatingLoader.construct_mapping)
_LocatingLoader.add_constructor("tag:yaml.org,2002:timestamp", _LocatingLoader.construct_yaml_timestamp)


def parse_yaml(text: str, path: str, first_line: int = 1) -> Any:
    """Parse YAML text that starts at ``first_line`` of ``path``; positions are file lines.

    Raises :class:`InputError` with the file position of a syntax error.
    """
    try:
        if collection_indicators(text) > MAX_YAML_DEPTH:  # else it cannot nest that deep
            _refuse_deep_nesting(text)
        loader = _LocatingLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None and "*" in text:  # an alias is written *name
                _refuse_aliases(node)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + first_line) if mark else first_line
        col = (mark.column + 1) if mark else 0
        what = f"YAML syntax error: {error.problem or error.context}"
        raise InputError([Problem(SourceRef(path, line, col), what, "fix the YAML at that position")]) from None
    except yaml.YAMLError as error:
        raise InputError([Problem(SourceRef(path, first_line), f"YAML error: {error}", "fix the YAML")]) from None
    _shift_lines(data, first_line - 1)
    return data


MAX_YAML_DEPTH = 64
"""Nesting allowed in a YAML file; ours nest four levels (people.yml: person, roles, role)."""


def collection_indicators(text: str) -> int:
    """An upper bound on the YAML collections ``text`` opens: each starts at an indicator
    of its own (``[`` or ``{``, a block sequence's ``-``, a block mapping's ``:`` or ``?``).
    A front matter of a dozen fields is far below ``MAX_YAML_DEPTH`` and skips the
    parser's extra pass."""
    return sum(text.count(mark) for mark in "[{-:?")


def _refuse_deep_nesting(text: str) -> None:
    """Raise at the collection that nests deeper than ``MAX_YAML_DEPTH``. Checked on the
    parser's events before anything is composed: libyaml composes recursively and crashes
    the interpreter on ``[[[[…`` a hundred thousand deep, and PyYAML constructs recursively
    (a RecursionError at a few thousand)."""
    depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise yaml.MarkedYAMLError(None, None, f"YAML nested more than {MAX_YAML_DEPTH} levels deep",
                                           event.start_mark)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _refuse_aliases(root: yaml.Node) -> None:
    """Raise at the first node that the document reaches twice: an alias (*name) points back
    at an anchored node (&name), and the composed graph shares that node."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise yaml.MarkedYAMLError(None, None, "YAML anchors and aliases (&name, *name) are not allowed "
                                       "in briefing files", node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _shift_lines(data: Any, offset: int) -> None:
    if not offset:
        return
    if isinstance(data, _LocatedDict):
        data.where = (data.where[0] + offset, data.where[1])
        data.key_where = {k: (line + offset, col) for k, (line, col) in data.key_where.items()}
        for value in data.values():
            _shift_lines(value, offset)
    elif isinstance(data, list):
        for value in data:
            _shift_lines(value, offset)


def _where(path: str, mapping: Any, key: Any = None) -> SourceRef:
    if isinstance(mapping, _LocatedDict):
        line, col = mapping.key_where.get(key, mapping.where) if key is not None else mapping.where
        return SourceRef(path, line, col)
    return SourceRef(path, 1)


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """' (did you mean 'x'?)' when a choice is close to ``word``, else ''."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


# --- files -------------------------------------------------------------------------------


def read_text(path: Path, shown: str) -> str:
    """A file's text: UTF-8 (a BOM is dropped), newlines as ``\\n``.

    Raises :class:`InputError` for bytes that are not UTF-8 (naming the byte and, when the
    file reads as Windows-1252, the command that converts it), for NUL bytes, and for a file
    that cannot be read (missing, a folder, no permission).
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError([Problem(SourceRef(shown), f"cannot be read: {error.strerror or error}",
                                  "check the path and the file's permissions")]) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        col = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        hint = "re-save the file as UTF-8"
        try:
            data.decode("cp1252")
            hint = f"it reads as Windows-1252: convert it with `iconv -f cp1252 -t utf-8 {shown}`"
        except UnicodeDecodeError:
            pass
        what = f"not UTF-8 text: byte 0x{data[error.start]:02x} cannot be decoded"
        raise InputError([Problem(SourceRef(shown, line, col), what, hint)]) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        raise InputError(
            [Problem(SourceRef(shown, line), "NUL byte in text (a binary file?)", "remove it or re-export the text")]
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[str | None, int, int]:
    """(front matter YAML or None, offset where the body starts, line where the YAML starts)."""
    first = FRONT_MATTER_FENCE.match(text)
    if not first:
        return None, 0, 0
    end = FRONT_MATTER_END.search(text, first.end())
    if not end:
        return None, 0, 0
    body_start = end.end() + 1 if end.end() < len(text) else end.end()
    return text[first.end() + 1 : end.start()], body_start, 2


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _within(path: Path, resolved_folder: Path) -> bool:
    try:
        path.resolve().relative_to(resolved_folder)
        return True
    except ValueError:
        return False


# --- values -------------------------------------------------------------------------------


def _as_date(value: Any) -> dt.date | None:
    # datetime is a subclass of date, so test it first
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _as_strings(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return tuple(str(v) for v in value)
    return None


def _check_slug(report: _Report, where: SourceRef, kind: str, key: Any) -> bool:
    if not isinstance(key, str) or not SLUG.match(key):
        report.add(where, f"{kind} '{key}' is not a slug", "use lowercase letters, digits and single hyphens (e.g. zhang-jun)")
        return False
    if key in RESERVED_SLUGS:
        report.add(where, f"{kind} '{key}' is a reserved name", "choose another key")
        return False
    return True


def _mapping_file(report: _Report, path: Path, shown: str) -> dict | None:
    """A registry-like YAML file that must be a mapping of slug keys to mappings."""
    try:
        data = parse_yaml(read_text(path, shown), shown)
    except InputError as error:
        report.problems.extend(error.problems)
        return None
    if data is None:
        return {}
    if not isinstance(data, dict):
        report.add(SourceRef(shown, 1), "expected a mapping of keys to entries", "write `key: {name: …}` entries")
        return None
    return data


def _entries(report: _Report, data: dict, shown: str, kind: str) -> Iterator[tuple[str, dict, SourceRef]]:
    for key in sorted(data, key=str):
        where = _where(shown, data, key)
        if not _check_slug(report, where, kind, key):
            continue
        entry = data[key]
        if not isinstance(entry, dict):
            report.add(where, f"{kind} '{key}' must be a mapping", "write `key: {name: …}`")
            continue
        yield key, entry, where


def _unknown_fields(report: _Report, entry: dict, shown: str, allowed: tuple[str, ...] | dict) -> None:
    for name in entry:
        if name not in allowed:
            report.add(
                _where(shown, entry, name),
                f"unknown field '{name}'{did_you_mean(name, tuple(allowed))}",
                f"use one of: {', '.join(allowed)}",
            )


def load_outlets(report: _Report, path: Path, shown: str) -> dict[str, Outlet]:
    data = _mapping_file(report, path, shown)
    outlets: dict[str, Outlet] = {}
    for key, entry, where in _entries(report, data or {}, shown, "outlet key"):
        _unknown_fields(report, entry, shown, OUTLET_FIELDS)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            report.add(where, f"outlet '{key}' has no name", "add `name: …`")
            continue
        kind = entry.get("kind", "private")
        if kind not in OUTLET_KINDS:
            report.add(_where(shown, entry, "kind"), f"unknown outlet kind '{kind}'{did_you_mean(kind, OUTLET_KINDS)}",
                       f"use one of: {', '.join(OUTLET_KINDS)}")
            continue
        url = str(entry.get("url", ""))
        if url and not URL.match(url):
            report.add(_where(shown, entry, "url"), f"'{url}' is not an http(s) URL", "write the outlet's home address")
            continue
        outlets[key] = Outlet(key=key, name=name.strip(), country=str(entry.get("country", "")), url=url,
                              kind=kind, language=str(entry.get("language", "")), source=where)
    return outlets


def load_people(report: _Report, path: Path, shown: str) -> dict[str, Person]:
    data = _mapping_file(report, path, shown)
    people: dict[str, Person] = {}
    for key, entry, where in _entries(report, data or {}, shown, "person key"):
        _unknown_fields(report, entry, shown, PERSON_FIELDS)
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            report.add(where, f"person '{key}' has no name", "add `name: …` (the canonical name)")
            continue
        aliases = _as_strings(entry.get("aliases"))
        if aliases is None:
            report.add(_where(shown, entry, "aliases"), "aliases must be a list of names", "write `aliases: [Zhang, Ambassador Zhang]`")
            continue
        kind = entry.get("kind", "person")
        if kind not in PERSON_KINDS:
            report.add(_where(shown, entry, "kind"), f"unknown kind '{kind}'{did_you_mean(kind, PERSON_KINDS)}",
                       f"use one of: {', '.join(PERSON_KINDS)}")
            continue
        roles = _roles(report, entry.get("roles"), shown, entry)
        if roles is None:
            continue
        people[key] = Person(key=key, name=name.strip(), aliases=aliases, roles=roles,
                             organization=str(entry.get("organization", "")), country=str(entry.get("country", "")),
                             kind=kind, source=where)
    return people


def _roles(report: _Report, value: Any, shown: str, entry: dict) -> tuple[Role, ...] | None:
    if value is None:
        return ()
    if not isinstance(value, list):
        report.add(_where(shown, entry, "roles"), "roles must be a list", "write `roles: [{title: …, from: YYYY-MM-DD}]`")
        return None
    roles = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            report.add(_where(shown, entry, "roles"), "each role needs a title", "write `- {title: …, from: YYYY-MM-DD}`")
            return None
        _unknown_fields(report, item, shown, ROLE_FIELDS)
        dates = {}
        for bound in ("from", "to"):
            raw = item.get(bound)
            dates[bound] = _as_date(raw) if raw is not None else None
            if raw is not None and dates[bound] is None:
                report.add(_where(shown, item, bound), f"'{raw}' is not a date", "write it as YYYY-MM-DD")
                return None
        roles.append(Role(title=item["title"].strip(), since=dates["from"], until=dates["to"]))
    return tuple(roles)


def _registry_file(report: _Report, memo: Memo, stage: str, load: Callable[[_Report, Path, str], dict[str, T]],
                   path: Path, shown: str) -> dict[str, T]:
    """``load(report, path, shown)`` through ``memo`` (see :func:`_read_memo`): a registry
    file without problems whose stat did not change is not parsed again (a people.yml of
    hundreds of entries takes a twentieth of a second)."""
    def read() -> dict[str, T]:
        found = _Report()
        entries = load(found, path, shown)
        if found.problems:
            raise InputError(found.problems)
        return entries

    try:
        return _read_memo(memo, stage, path, (shown,), read)
    except InputError:
        return load(report, path, shown)  # read again: its problems into the report, and what it could read


def load_story(report: _Report, folder: Path, shown: str, memo: Memo = uncached,
               listed: os.stat_result | None = None) -> Story | None:
    """The story of ``folder`` (its ``story.yml``; ``shown``: the folder as messages name it),
    None with its problems in ``report``. With a cache's ``memo``, a ``story.yml`` whose stat
    did not change is not parsed again. ``listed``: the file's lstat when a listing has it."""
    key = folder.name
    path = folder / "story.yml"
    if not _check_slug(report, SourceRef(shown), "story folder", key):
        return None
    regular = listed is not None and S_ISREG(listed.st_mode)
    if not (regular or path.is_file()):
        report.add(SourceRef(f"{shown}/story.yml"), "story folder has no story.yml",
                   "create it with at least `title: …` (and summary, period, tags, framing_terms)")
        return None
    stat = stat_key(listed) if regular else None  # type: ignore[arg-type]
    try:
        return _read_memo(memo, "story file", path, (f"{shown}/story.yml", key),
                          lambda: read_story(path, f"{shown}/story.yml", key), stat)
    except InputError as error:
        report.problems.extend(error.problems)
        return None


def read_story(path: Path, shown: str, key: str) -> Story:
    """The story ``key`` from its ``story.yml`` at ``path``.

    Raises :class:`InputError` with every problem of the file.
    """
    report = _Report()
    story = _story_fields(report, path, shown, key)
    if report.problems:
        raise InputError(report.problems)
    assert story is not None, "a story is missing only with a problem reported"
    return story


def _story_fields(report: _Report, path: Path, shown: str, key: str) -> Story | None:
    data = _mapping_file(report, path, shown)
    if data is None:
        return None
    _unknown_fields(report, data, shown, STORY_FIELDS)
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        report.add(SourceRef(shown, 1), "story has no title", "add `title: …`")
        return None
    period = data.get("period") or {}
    bounds: dict[str, dt.date | None] = {"from": None, "to": None}
    if not isinstance(period, dict):
        report.add(_where(shown, data, "period"), "period must be a mapping", "write `period: {from: YYYY-MM-DD, to: YYYY-MM-DD}`")
        return None
    for bound in bounds:
        raw = period.get(bound)
        bounds[bound] = _as_date(raw) if raw is not None else None
        if raw is not None and bounds[bound] is None:
            report.add(_where(shown, period, bound), f"'{raw}' is not a date", "write it as YYYY-MM-DD")
            return None
    lists = {name: _as_strings(data.get(name)) for name in ("tags", "framing_terms")}
    for name, values in lists.items():
        if values is None:
            report.add(_where(shown, data, name), f"{name} must be a list of words", f"write `{name}: [a, b]`")
            return None
    return Story(key=key, title=title.strip(), summary=str(data.get("summary") or "").strip(),
                 period_from=bounds["from"], period_to=bounds["to"], tags=lists["tags"] or (),
                 framing_terms=lists["framing_terms"] or (), source=SourceRef(shown, 1))


def read_article(path: Path, shown: str, story: str, outlets: dict[str, Outlet] | None) -> Article:
    """One article file, validated against the outlets (skipped when ``outlets`` is None).

    Raises :class:`InputError` with every problem of the file's front matter, and for a file
    larger than ``MAX_ARTICLE_BYTES``.
    """
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise InputError([Problem(SourceRef(shown, 1), f"the file is {size / 1e6:.1f} MB, more than an article "
                                  f"({MAX_ARTICLE_BYTES // 1_000_000} MB at most)",
                                  "keep only the article's own text (a saved page or a dump holds much more)")])
    text = read_text(path, shown)
    yaml_text, body_start, first_line = split_front_matter(text)
    if yaml_text is None:
        raise InputError([Problem(SourceRef(shown, 1), "no front matter",
                                  "start the file with `---`, the fields (title, outlet, url, published, language), "
                                  "and `---`; `briefing import` writes it for a raw text")])
    meta = parse_yaml(yaml_text, shown, first_line)
    if not isinstance(meta, dict):
        raise InputError([Problem(SourceRef(shown, first_line), "front matter is not a mapping of fields",
                                  "write `field: value` lines between the `---` fences")])
    report = _Report()
    fields = _article_fields(report, meta, shown, outlets)
    body = text[body_start:]
    if not body.strip():
        report.add(SourceRef(shown, text.count("\n", 0, body_start) + 1), "the article has no text",
                   "paste the article's text below the front matter")
    if report.problems:
        raise InputError(report.problems)
    return Article(id=path.stem, story=story, path=shown, text=text, body_start=body_start,
                   source=SourceRef(shown, 1), **fields)


def _article_fields(report: _Report, meta: dict, shown: str, outlets: dict[str, Outlet] | None) -> dict[str, Any]:
    _unknown_fields(report, meta, shown, ARTICLE_FIELDS)
    for name in REQUIRED_ARTICLE_FIELDS:
        if meta.get(name) in (None, ""):
            report.add(_where(shown, meta), f"missing field '{name}'", f"add `{name}: …` ({ARTICLE_FIELDS[name]})")
    checks: list[tuple[str, Callable[[Any], bool], str]] = [
        ("title", lambda v: isinstance(v, str), "write the headline as text"),
        ("standfirst", lambda v: isinstance(v, str), "write the standfirst as text"),
        ("author", lambda v: isinstance(v, str), "write the byline as text"),
        ("url", lambda v: isinstance(v, str) and bool(URL.match(v)), "write an http(s):// address"),
        ("language", lambda v: isinstance(v, str) and bool(LANGUAGE.match(v)), "write a language code such as en"),
        ("published", lambda v: _as_date(v) is not None, "write the date as YYYY-MM-DD"),
        ("via", lambda v: _as_strings(v) is not None, "write a list of agency names"),
        ("tags", lambda v: _as_strings(v) is not None, "write a list of tags"),
    ]
    for name, valid, fix in checks:
        value = meta.get(name)
        if value not in (None, "") and not valid(value):
            report.add(_where(shown, meta, name), f"field '{name}' has an unusable value {value!r}", fix)
    outlet = meta.get("outlet")
    if outlets is not None and outlet not in (None, "") and outlet not in outlets:
        report.add(_where(shown, meta, "outlet"), f"unknown outlet '{outlet}'{did_you_mean(str(outlet), tuple(outlets))}",
                   "use a key of articles/outlets.yml or add the outlet there")
    if report.problems:
        return {}
    return {
        "title": " ".join(meta["title"].split()),
        "outlet": str(outlet),
        "url": meta["url"],
        "published": _as_date(meta["published"]),
        "language": meta["language"],
        "author": meta.get("author") or "",
        "standfirst": " ".join((meta.get("standfirst") or "").split()),
        "via": _as_strings(meta.get("via")) or (),
        "tags": _as_strings(meta.get("tags")) or (),
    }


def find_article_files(folder: Path) -> list[tuple[Path, str, bool]]:
    """Article files of a story folder in sorted order (the walk must not depend on the disk),
    each with its path relative to ``folder`` (POSIX) and whether it is a symbolic link.
    Links to folders are not walked (as ``Path.rglob`` does not), so a file found is out of
    ``folder`` only if it is a link: resolving the others would cost a second at 10,000
    articles."""
    found: list[tuple[Path, str, bool]] = []

    def walk(directory: str, prefix: str) -> None:
        # Depth first through names sorted at each level: the order of sorted paths.
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path, f"{prefix}{entry.name}/")
            elif os.path.splitext(entry.name)[1] in ARTICLE_SUFFIXES and entry.is_file():
                found.append((Path(entry.path), prefix + entry.name, entry.is_symlink()))

    walk(str(folder), "")
    return found


def load_corpus(articles_dir: Path, root: Path | None = None, memo: Memo = uncached,
                listing: Mapping[str, os.stat_result] | None = None) -> Corpus:
    """Read and validate everything under ``articles_dir``.

    Returns the :class:`Corpus` when the input is clean; raises :class:`InputError` with
    every problem found across all files otherwise. ``root`` is what paths in messages are
    relative to (the project folder by default). With a cache's ``memo``, a story whose
    files' stats did not change since an earlier run is not read again, nor is an article
    file whose stat did not change (see :func:`_read_story_files`), and many files to read
    are read in one process per core (see :func:`map_apart`).

    ``listing``: the lstat of everything under ``articles_dir`` by relative POSIX path, in
    the order of :func:`tree_stats` (a run's stamp has taken it): the files are found and
    their stats taken from it, not from the disk again.
    """
    root = root or articles_dir.parent
    report = _Report()
    if not articles_dir.is_dir():
        raise InputError([Problem(SourceRef(_relative(articles_dir, root)), "no articles folder",
                                  "create it and put one folder per story inside")])
    resolved_dir = articles_dir.resolve()  # once, not per file: a second at 10,000 articles
    outlets_path, people_path = articles_dir / "outlets.yml", articles_dir / "people.yml"
    linked_out = [p for p in (outlets_path, people_path) if p.is_file() and not _within(p, resolved_dir)]
    for path in linked_out:
        report.add(SourceRef(_relative(path, root)), "file links outside articles/", "copy the file into articles/")
    if linked_out:
        raise InputError(report.problems)
    outlets = (_registry_file(report, memo, "outlets file", load_outlets, outlets_path, _relative(outlets_path, root))
               if outlets_path.is_file() else {})
    if not outlets_path.is_file():
        report.add(SourceRef(_relative(outlets_path, root)), "no outlets registry",
                   "create articles/outlets.yml with one entry per outlet")
    people = (_registry_file(report, memo, "people file", load_people, people_path, _relative(people_path, root))
              if people_path.is_file() else {})
    registry_ok = not report.problems

    if listing is None:
        listing = tree_stats(articles_dir)
    listed = _listing_by_folder(articles_dir, listing)
    stories: list[Story] = []
    # Article files to read, each with the number of problems reported before it was found
    # (its own take that place in the report), and the stories they are read by.
    found: list[tuple[int, _ArticleFile]] = []
    story_files: list[_StoryFiles] = []
    # Messages name files by their path from root; made of names here, not by pathlib's
    # relative_to for each folder (a tenth of a run adding one article to 10,000).
    articles_shown = _relative(articles_dir, root)
    for name in listed.folders:
        folder, folder_shown = articles_dir / name, f"{articles_shown}/{name}"
        linked_folder = name not in listed.entries
        if linked_folder and not _within(folder, resolved_dir):
            report.add(SourceRef(folder_shown), "story folder links outside articles/", "replace the link with a folder")
            continue
        # In a folder within articles/, only a link can lead out.
        story_yml = listed.stats.get(f"{name}/story.yml")
        if ((story_yml is None or S_ISLNK(story_yml.st_mode)) and (folder / "story.yml").is_symlink()
                and not _within(folder / "story.yml", resolved_dir)):
            report.add(SourceRef(f"{folder_shown}/story.yml"), "file links outside articles/",
                       "copy the file into its story folder")
            continue
        story = load_story(report, folder, folder_shown, memo, story_yml)
        if story is None:
            continue
        stories.append(story)
        files: list[_ArticleFile] = []
        for relative, linked, stat in listed.article_files(folder):
            shown = f"{folder_shown}/{relative}"
            if linked and not _within(folder / relative, resolved_dir):
                report.add(SourceRef(shown), "file links outside articles/", "copy the article into its story folder")
                continue
            if not _check_slug(report, SourceRef(shown), "article file name", os.path.splitext(relative.rpartition("/")[2])[0]):
                continue
            files.append(_ArticleFile(folder, relative, shown, story.key, stat))
            found.append((len(report.problems), files[-1]))
        story_files.append(_StoryFiles(folder_shown, story.key, tuple(files)))
    # Read in one process per core when there are many (a cold run): reading and parsing
    # is most of loading, and the other core would wait for it.
    checked_outlets = outlets if registry_ok else None
    by_story = map_apart(memo, story_files, lambda files, memo: _read_story_files(memo, files, checked_outlets),
                         memo_first=True)
    read = (result for results in by_story for result in results)
    problems: list[Problem] = []
    articles: list[Article] = []
    first_seen: dict[str, str] = {}
    reported = 0
    for article, (before, file) in zip(read, found):  # (read first: zip then runs it to its end, which ends its workers)
        problems += report.problems[reported:before]
        reported = before
        if not isinstance(article, Article):
            problems += article
        elif article.id in first_seen:
            problems.append(Problem(SourceRef(file.shown), f"article id '{article.id}' is also used by {first_seen[article.id]}",
                                    "rename one of the files: the file name is the article's id"))
        else:
            first_seen[article.id] = file.shown
            articles.append(article)
    problems += report.problems[reported:]
    if problems:
        raise InputError(problems)
    articles.sort(key=lambda a: (a.published or dt.date.min, a.outlet, a.path))
    return Corpus(registry=Registry(people=people, outlets=outlets), stories=tuple(stories), articles=tuple(articles))


@dataclass(frozen=True)
class _ArticleFile:
    """An article file of the story ``story``, found by the walk and not read yet."""

    folder: Path
    relative: str
    """Its path within ``folder`` (POSIX)."""
    shown: str
    story: str
    stat: FileStat | None = None
    """Its size, modification time, inode and change time, when the listing has them (not
    for a link, whose target's count)."""

    @property
    def path(self) -> Path:
        # (made when the file is read: a run that adds one article to 10,000 reads one)
        return self.folder / self.relative


@dataclass(frozen=True)
class _StoryFiles:
    """The article files of one story, in the walk's order."""

    shown: str
    story: str
    files: tuple[_ArticleFile, ...]


class _UnreadFiles(Exception):
    """A story whose files do not all read: what each gave (an article or its problems)."""

    def __init__(self, results: tuple[Article | tuple[Problem, ...], ...]):
        self.results = results


def _read_story_files(memo: Memo, story: _StoryFiles, outlets: dict[str, Outlet] | None) -> tuple[
        Article | tuple[Problem, ...], ...]:
    """The article of each file of ``story``, or its problems (see :func:`_read_found`), through
    ``memo`` keyed by the files' names and stats: a run that adds one article to 10,000
    looks up one result a story, not one a file, and the files of a changed story that did
    not change are not read again either (each file's result is kept under the story's)."""

    def read() -> tuple[Article, ...]:
        results = tuple(_read_found(memo, file, outlets) for file in story.files)
        if not all(isinstance(result, Article) for result in results):
            raise _UnreadFiles(results)  # kept by no key: a file with problems is read and reported every run
        return results  # type: ignore[return-value]

    stats = tuple((file.shown, file.stat or _stat_of(file.path)) for file in story.files)
    try:
        return memo("story files", (story.shown, story.story, outlets, stats), read)
    except _UnreadFiles as unread:
        return unread.results


def _read_found(memo: Memo, file: _ArticleFile, outlets: dict[str, Outlet] | None) -> Article | tuple[Problem, ...]:
    """:func:`read_article` through ``memo`` (see :func:`_read_memo`), its problems returned
    rather than raised (from a worker process, a raised error would end the pool)."""
    path = file.path
    try:
        return _read_memo(memo, "article file", path, (file.shown, file.story, outlets),
                          lambda: read_article(path, file.shown, file.story, outlets), file.stat)
    except InputError as error:
        return error.problems


def _stat_of(path: Path) -> FileStat | None:
    """A file's size, modification time, inode and change time (any write changes the
    change time, which nobody can set back); None when it cannot be stat'd."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat_key(stat)


def _read_memo(memo: Memo, stage: str, path: Path, inputs: tuple[object, ...], read: Callable[[], T],
               stat: FileStat | None = None) -> T:
    """``read()`` (which reads the file at ``path``) through ``memo``, keyed by ``inputs`` and
    the file's stat (see :func:`_stat_of`; ``stat`` when the caller has it). Only what
    ``read`` returns is kept: a file with problems raises, so it is read and reported every
    run."""
    stat = stat or _stat_of(path)
    if stat is None:
        return read()  # reports why it cannot be read
    return memo(stage, (*inputs, *stat), read)


@dataclass(frozen=True)
class _Listing:
    """A listing of ``articles/`` (see :func:`load_corpus`) by story folder."""

    stats: Mapping[str, os.stat_result]
    """The listing: lstat by path relative to ``articles/``."""
    folders: tuple[str, ...]
    """The names of the folders (and links to folders) in ``articles/``, hidden ones left
    out, sorted."""
    entries: dict[str, list[tuple[str, os.stat_result]]]
    """What each folder holds, by path within it, in the walk's order; a link to a folder
    has none (the walk does not follow links)."""

    def article_files(self, folder: Path) -> Iterator[tuple[str, bool, FileStat | None]]:
        """As :func:`find_article_files`, each file by its path within ``folder`` with whether
        it is a link and its stat (None for a link)."""
        if folder.name not in self.entries:  # a link to a folder within articles/
            yield from ((relative, linked, None) for _, relative, linked in find_article_files(folder))
            return
        for relative, stat in self.entries[folder.name]:
            if os.path.splitext(relative)[1] not in ARTICLE_SUFFIXES:
                continue
            if S_ISREG(stat.st_mode):
                yield relative, False, stat_key(stat)
            elif S_ISLNK(stat.st_mode) and (folder / relative).is_file():
                yield relative, True, None


def _listing_by_folder(articles_dir: Path, listing: Mapping[str, os.stat_result]) -> _Listing:
    folders: list[str] = []
    entries: dict[str, list[tuple[str, os.stat_result]]] = {}
    for relative, stat in listing.items():
        folder, _, within = relative.partition("/")
        if within:
            if folder in entries:
                entries[folder].append((within, stat))
        elif folder.startswith("."):
            continue
        elif S_ISDIR(stat.st_mode):
            folders.append(folder)
            entries[folder] = []
        elif S_ISLNK(stat.st_mode) and (articles_dir / folder).is_dir():
            folders.append(folder)
    return _Listing(listing, tuple(sorted(folders)), entries)


def read_raw_article(path: Path, published: dt.date | None = None) -> Article:
    """Any article file for ``briefing extract``: with front matter it is read as usual
    (without the outlet check); a raw text is taken whole, dated by ``published`` or by a
    YYYY-MM-DD in its file name."""
    shown = str(path)
    text = read_text(path, shown)
    if split_front_matter(text)[0] is not None:
        article = read_article(path, shown, story="", outlets=None)
        return replace(article, published=published) if published is not None else article
    if published is None:
        found = re.search(r"(\d{4}-\d{2}-\d{2})", path.name)
        published = _as_date(found.group(1)) if found else None
    return Article(id=path.stem, story="", path=shown, title="", outlet="", url="", published=published,
                   language="", text=text, source=SourceRef(shown, 1))


def read_registry(people_path: Path) -> Registry:
    """The people registry alone (for ``briefing extract``): empty when the file is absent.

    Raises :class:`InputError` listing the file's problems.
    """
    if not people_path.is_file():
        return Registry()
    report = _Report()
    people = load_people(report, people_path, str(people_path))
    if report.problems:
        raise InputError(report.problems)
    return Registry(people=people)
