"""``briefing import``: turn a raw text file or a saved HTML page into an article file.

The scraping debris goes (the clean stage's rules), the headline and standfirst are
recognised, the front matter is filled from the flags and from what the page says, and an
existing file is never overwritten.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from slugify import slugify

from generator.clean import clean_blocks, looks_like_headline, looks_like_standfirst
from generator.errors import UsageError
from generator.load import read_text

_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "figcaption", "div", "section", "article", "br"}
_SKIPPED_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg",
                 "figure", "template", "iframe"}
_NAME_WORDS = 8


@dataclass(frozen=True)
class ImportRequest:
    """What the editor says about the file; empty fields are filled from the file."""

    source: Path
    story: str
    outlet: str
    url: str = ""
    published: dt.date | None = None
    title: str = ""
    standfirst: str = ""
    language: str = "en"
    author: str = ""
    via: tuple[str, ...] = ()


class _PageText(html.parser.HTMLParser):
    """Visible text of an HTML page, one line per block (inside <article> when the page has
    one), plus its <meta> fields and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0
        self._current: list[str] = []
        self._in_title = False
        self._in_article = 0
        self._article_lines: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or ""
            if key and "content" in values:
                self.meta.setdefault(key.lower(), values["content"])
        elif tag == "link" and values.get("rel") == "canonical":
            self.meta.setdefault("canonical", values.get("href", ""))
        elif tag == "title":
            self._in_title = True
        elif tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag == "article":
            self._in_article += 1
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _SKIPPED_TAGS and self._skip:
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "article" and self._in_article:
            self._in_article -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._current.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self._current).split())
        self._current = []
        if line:
            self.lines.append(line)
            if self._in_article:
                self._article_lines.append(line)

    def text(self) -> str:
        self._flush()
        return "\n\n".join(self._article_lines or self.lines)


def page_text(raw: str) -> tuple[str, dict[str, str]]:
    """Visible text (blank-line separated blocks) and metadata of an HTML page."""
    parser = _PageText()
    parser.feed(raw)
    parser.close()
    meta = dict(parser.meta)
    if parser.title.strip():
        meta.setdefault("title", " ".join(parser.title.split()))
    return parser.text(), meta


def _is_html(path: Path, raw: str) -> bool:
    return path.suffix.lower() in (".html", ".htm") or bool(re.match(r"\s*(<!doctype html|<html)", raw, re.I))


def yaml_scalar(value: str) -> str:
    """A YAML scalar that keeps ``value`` verbatim in the file, so that offsets into the
    file's text can point at a headline's quotation (single quotes unless the value has
    one, then double quotes unless it needs escapes)."""
    if "'" not in value:
        return "'" + value + "'"
    if '"' not in value and "\\" not in value:
        return '"' + value + '"'
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def article_file_text(request: ImportRequest, title: str, standfirst: str, url: str,
                      published: dt.date, paragraphs: list[str]) -> str:
    """The article file: front matter in the order of DESIGN.md, then the paragraphs."""
    lines = ["---", f"title: {yaml_scalar(title)}"]
    if standfirst:
        lines.append(f"standfirst: {yaml_scalar(standfirst)}")
    lines += [f"outlet: {request.outlet}", f"url: {yaml_scalar(url)}", f"published: {published.isoformat()}",
              f"language: {request.language}"]
    if request.author:
        lines.append(f"author: {yaml_scalar(request.author)}")
    if request.via:
        lines.append("via: [" + ", ".join(yaml_scalar(v) for v in request.via) + "]")
    lines.append("---")
    return "\n".join(lines) + "\n" + "\n\n".join(paragraphs) + "\n"


def import_article(request: ImportRequest, articles_dir: Path) -> Path:
    """Write ``articles/<story>/<published>-<outlet>-<title words>.md`` from the raw file.

    Returns the new file's path. Raises :class:`UsageError` when the story folder does not
    exist, when a date, URL or title cannot be found, or when the file exists already.
    """
    shown = str(request.source)
    raw = read_text(request.source, shown)
    meta: dict[str, str] = {}
    if _is_html(request.source, raw):
        raw, meta = page_text(raw)
    paragraphs = [" ".join(b.text.split()) for b in clean_blocks(raw)]
    if not paragraphs:
        raise UsageError(f"{shown}: no article text left after cleaning — is this the right file?")

    title = request.title or meta.get("og:title", "") or meta.get("title", "")
    if not title and looks_like_headline(paragraphs[0]):
        title = paragraphs[0]
    if paragraphs and " ".join(paragraphs[0].split()) == " ".join(title.split()):
        paragraphs = paragraphs[1:]  # the headline printed above the text
    standfirst = request.standfirst or meta.get("og:description", "") or meta.get("description", "")
    if not standfirst and len(paragraphs) > 1 and not request.title and looks_like_standfirst(paragraphs[0]):
        standfirst = paragraphs[0]
    if paragraphs and standfirst and paragraphs[0] == " ".join(standfirst.split()):
        paragraphs = paragraphs[1:]
    if not title:
        raise UsageError(f"{shown}: no headline found — pass it with --title")
    url = request.url or meta.get("og:url", "") or meta.get("canonical", "")
    if not url:
        raise UsageError(f"{shown}: no URL found — pass it with --url")
    published = request.published or _date_from(meta.get("article:published_time", ""))
    if published is None:
        raise UsageError(f"{shown}: no publication date found — pass it with --published YYYY-MM-DD")
    if not paragraphs:
        raise UsageError(f"{shown}: only a headline, no article text")

    folder = articles_dir / request.story
    if not (folder / "story.yml").is_file():
        raise UsageError(f"{folder}: no such story (no story.yml) — create the story folder with its story.yml first")
    words = slugify(title, max_length=60, word_boundary=True, save_order=True) or "article"
    name = f"{published.isoformat()}-{request.outlet}-{words}.md"
    target = folder / name
    text = article_file_text(request, title, standfirst, url, published, paragraphs)
    _create_new(target, text)
    return target


def _date_from(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _create_new(target: Path, text: str) -> None:
    """Write ``target`` whole or not at all, and never over an existing file: the bytes go
    to a temporary file that is then hard-linked into place (link fails if the name exists)."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise UsageError(f"{target}: exists already — the import never overwrites; "
                             "remove or rename that file first if you mean to replace it") from None
    finally:
        os.unlink(temporary)
