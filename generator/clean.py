"""Clean stage: split an article's text into paragraphs and leave the scraping debris out.

Debris (button labels, photo captions with their credits, "Keep reading:" link labels) is
described by data in ``data/debris.yaml``; this module only applies those rules. Offsets of
the kept paragraphs still index the article's original text, so that every later stage can
point back at the exact characters of the file.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from generator.models import Article, Paragraph, PartName

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”»]\s*$")
_BLANK_LINES = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")
_HEADLINE_MAX_WORDS = 30
_STANDFIRST_MAX_WORDS = 80


@dataclass(frozen=True)
class DebrisRules:
    """Compiled form of ``data/debris.yaml``."""

    labels: frozenset[str]
    glued_label: re.Pattern[str]
    end_markers: frozenset[str]
    captions: tuple[re.Pattern[str], ...]
    credits: tuple[re.Pattern[str], ...]

    def is_label(self, line: str) -> bool:
        return line.strip().casefold() in self.labels

    def is_end_marker(self, line: str) -> bool:
        return line.strip().rstrip(":").strip().casefold() in self.end_markers

    def is_caption(self, line: str) -> bool:
        return any(p.search(line) for p in self.captions)

    def credit_start(self, line: str) -> int:
        """Where a photographer's credit closing the line starts (the line's length if none)."""
        return min((m.start() for p in self.credits if (m := p.search(line))), default=len(line))


@functools.cache
def debris_rules() -> DebrisRules:
    """Read the packaged debris rules once per process."""
    raw = yaml.safe_load(resources.files("generator").joinpath("data/debris.yaml").read_text("utf-8"))
    labels = sorted({str(x).strip() for x in raw["labels"]}, key=len, reverse=True)
    return DebrisRules(
        labels=frozenset(x.casefold() for x in labels),
        # Longest first so that "Share this article" wins over "Share".
        glued_label=re.compile(r"^(?:%s)(?=[A-ZÀ-ÖØ-ÞА-Я“\"«])" % "|".join(re.escape(x) for x in labels)),
        end_markers=frozenset(str(x).strip().rstrip(":").casefold() for x in raw["end_markers"]),
        captions=tuple(re.compile(p) for p in raw["caption_patterns"]),
        credits=tuple(re.compile(p) for p in raw["credit_patterns"]),
    )


@dataclass(frozen=True)
class TextBlock:
    """A kept stretch of text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def clean_blocks(source: str, start: int = 0, end: int | None = None) -> tuple[TextBlock, ...]:
    """Split ``source[start:end]`` into paragraphs with the debris left out.

    Paragraphs are separated by blank lines; inside a block, a line break after the end of a
    sentence also starts a paragraph (scraped text often puts one paragraph on each line),
    while a break inside a sentence is a soft wrap. Debris lines are dropped, a repeated
    truncated first line (a caption's) is dropped, and an end marker drops the rest.
    """
    rules = debris_rules()
    end = len(source) if end is None else end
    lines: list[tuple[int, int]] = []  # (start, end) of each non-blank line, stripped
    pos = start
    while pos < end:
        nl = source.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        a, b = pos, line_end
        while a < b and source[a].isspace():
            a += 1
        while b > a and source[b - 1].isspace():
            b -= 1
        lines.append((a, b))
        pos = line_end + 1

    kept: list[tuple[int, int] | None] = []  # None marks a paragraph break
    for i, (a, b) in enumerate(lines):
        line = source[a:b]
        if a == b:
            kept.append(None)
            continue
        if rules.is_end_marker(line):
            break
        if rules.is_label(line) or rules.is_caption(line):
            kept.append(None)
            continue
        j = i + 1  # the next non-blank line (a scan, not a slice of the rest: that is quadratic)
        while j < len(lines) and lines[j][0] == lines[j][1]:
            j += 1
        following = source[lines[j][0] : lines[j][1]] if j < len(lines) else ""
        if len(line) < len(following) and following.startswith(line) and rules.is_caption(following):
            kept.append(None)  # a caption's first line, cut short and repeated
            continue
        glued = rules.glued_label.match(line)
        if glued:
            a += glued.end()
        b = a + rules.credit_start(source[a:b])
        kept.append((a, b) if a < b else None)

    blocks: list[TextBlock] = []
    current: tuple[int, int] | None = None
    for span in kept + [None]:
        if span is None:
            if current:
                blocks.append(TextBlock(current[0], current[1], source[current[0] : current[1]]))
            current = None
        elif current is None:
            current = span
        elif _SENTENCE_END.search(source[current[0] : current[1]]):
            blocks.append(TextBlock(current[0], current[1], source[current[0] : current[1]]))
            current = span
        else:
            current = (current[0], span[1])
    return tuple(blocks)


def clean_text(raw: str) -> str:
    """The cleaned text of a raw scrape: kept paragraphs, one blank line between them."""
    return "\n\n".join(" ".join(b.text.split("\n")) for b in clean_blocks(raw))


def looks_like_headline(text: str) -> bool:
    """A first paragraph that is short and either unpunctuated or in title case."""
    words = text.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS:
        return False
    if not re.search(r"[.!?]$", text.rstrip("\"'”’»")):
        return True
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= 0.6 * len(words)


def looks_like_standfirst(text: str) -> bool:
    """A second paragraph that summarises: short and without a closing full stop (one
    before a closing quotation mark counts: "… the Promised Land.''" ends a lead), and not
    opening with a dateline ("WASHINGTON --"), which only a lead does."""
    words = text.split()
    return 0 < len(words) <= _STANDFIRST_MAX_WORDS and not text.rstrip().rstrip("\"'”’»").endswith(".") \
        and not _DATELINE_OPENING.match(text)


# A dateline before a lead, no part of its first sentence: a place in capitals, perhaps a region
# and a day, then an agency or a dash ("VELMORA, March 4 (Reuters) -", "MOSCOW, September 18.
# /TASS/.", "LINDFORD, Arvenia (AP) —", "SEOUL, Sept. 23 (Yonhap) --"); or a place in title case
# before an agency ("Pyongyang, September 15 (KCNA) --", "Tehran, IRNA –"). (Not a place in
# capitals before a colon: "KELBY SAYS: ..." is a headline's speaker.)
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\- ]{1,40}(?:,\s*[A-Z][\w'’.\- ]{1,30}?)?,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})?\.?\s*"
    r"(?:(?:\([^)\n]{1,40}\)|/[^/\n]{1,20}/)\.?\s*(?:[-—–]{1,2}\s*)?|[-—–]{1,2}\s*)"
    r"|[A-Z][a-z'’.\-]{1,30}(?: [A-Z][a-z'’.\-]{1,30}){0,2}(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"(?:\s*\([^)\n]{1,40}\)|,\s*[A-Z]{2,8})\s*[-—–]{1,2}\s+"
)
_DATELINE_REACH = 120  # (a dateline is read in a paragraph's first this many characters)


def dateline(text: str, start: int, end: int) -> re.Match | None:
    """The dateline opening the paragraph that starts at ``start`` (see ``_DATELINE``), read
    before ``end`` and within the paragraph's first characters; None when it has none."""
    return _DATELINE.match(text, start, min(end, start + _DATELINE_REACH))


# A dateline's place in capitals and its dash or agency ("WASHINGTON --", "MOSCOW, March 4 (Reuters) -").
_DATELINE_OPENING = re.compile(r"[A-Z][A-Z.'’ -]{2,40}(?:,[^\n]{1,40}?)?\s*(?:--|[—–-]|\()")
# A byline ("By Clare Dunmore", "By Tessa Ravel and Jonah Okafor") or a wire story's credit
# line ("(Reporting by ...; Editing by ...)").
_BYLINE = re.compile(r"\(?(?:By|(?:Additional )?[Rr]eporting by|Writing by|Compiled by)\s+[A-Z][^\n]{0,200}$")
_BYLINE_MAX_WORDS = 24
# A byline stands at most this many paragraphs into a raw text (after a headline and a standfirst).
_BYLINE_REACH = 3


def is_byline(text: str) -> bool:
    """A paragraph that names the writers, not a paragraph of the report."""
    return bool(_BYLINE.match(text)) and len(text.split()) <= _BYLINE_MAX_WORDS


def lead_paragraph(paragraphs: tuple[Paragraph, ...]) -> Paragraph | None:
    """The lead: the first body paragraph that is not a byline (the report's first words)."""
    return next((p for p in paragraphs if p.part == "body" and not is_byline(p.text)), None)


class LineIndex:
    """Maps character offsets of one text to 1-based (line, column)."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def clean_paragraphs(article: Article) -> tuple[Paragraph, ...]:
    """The article's paragraphs, numbered from 1: headline, standfirst, then the body.

    An article with front matter takes its headline and standfirst from it (located in the
    file's text when they stand there verbatim). A raw text takes them from its first
    paragraphs when those look like a headline and a standfirst.
    """
    lines = LineIndex(article.text)
    found: list[tuple[int, int, str, PartName]] = []
    if article.body_start:
        front = article.text[: article.body_start]
        for value, part in ((article.title, "headline"), (article.standfirst, "standfirst")):
            where = front.find(value) if value else -1
            if where >= 0:
                found.append((where, where + len(value), value, part))
    blocks = clean_blocks(article.text, article.body_start)
    parts: list[PartName] = ["body"] * len(blocks)
    if not article.body_start and blocks and looks_like_headline(blocks[0].text):
        parts[0] = "headline"
        byline = next((k for k in range(1, min(len(blocks), _BYLINE_REACH + 1)) if is_byline(blocks[k].text)), None)
        if byline is not None and len(blocks) > byline + 1:
            # what stands between the headline and the byline is the standfirst, however long
            parts[1:byline] = ["standfirst"] * (byline - 1)
        elif len(blocks) > 2 and looks_like_standfirst(blocks[1].text):
            parts[1] = "standfirst"
    found.extend((b.start, b.end, b.text, p) for b, p in zip(blocks, parts))
    return tuple(
        Paragraph(index=i, start=a, end=b, text=text, part=part, line=lines.line_col(a)[0])
        for i, (a, b, text, part) in enumerate(found, start=1)
    )
