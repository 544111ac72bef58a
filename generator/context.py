"""Context of a statement: the venue where the words were said and the outlets a report
credits (second-hand sourcing, kept as ``via``).

Both are read with the patterns of ``data/attribution.yaml``. A credit such as "This was
reported by Xinhua" is never a statement; it applies to every statement of the article,
while "according to TASS" applies to the statements of its own paragraph.
"""

from __future__ import annotations

from generator.lexicon import lexicon
from generator.models import Article, Paragraph


def find_venue(text: str, start: int, end: int) -> str | None:
    """The first venue named in ``text[start:end]`` ("UN Security Council briefing on
    Ukraine", "regular press conference"), or None."""
    for pattern in lexicon().venues:
        m = pattern.search(text, start, end)
        if m:
            return m.group(1).strip(" ,.")
    return None


def find_credits(article: Article, paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """The outlets the article credits: (for the whole article, per paragraph index).

    "This was reported by X" credits the whole report; "according to X", "quoted by X" with
    an agency's name credit the paragraph. The front matter's ``via`` comes first.
    """
    lex = lexicon()
    whole: list[str] = list(article.via)
    local: dict[int, tuple[str, ...]] = {}
    for para in paragraphs:
        names: list[str] = []
        for k, pattern in enumerate(lex.source_credits):
            for m in pattern.finditer(article.text, para.start, para.end):
                name = m.group(1).strip(" ,.").removeprefix("The ").removeprefix("the ")
                if not name:
                    continue
                target = whole if k == 0 else names
                if name not in target:
                    target.append(name)
        if names:
            local[para.index] = tuple(names)
    return tuple(whole), local
