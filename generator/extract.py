"""Extract stage: find the words of statements in an article's paragraphs.

Three kinds of span are found: quotations between quotation marks (``quote``), quoted
words inside the narrator's own sentence (``fragment``) and reported speech without marks
after a speech verb (``paraphrase``). Who said them is :mod:`generator.attribute`'s job.

Quotation marks are paired by one left-to-right scan per paragraph, so the work grows
linearly with the text however many unbalanced marks it holds.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from generator.clean import LineIndex, dateline
from generator.lexicon import lexicon
from generator.models import Article, Paragraph, PartName, SourceRef, StatementKind

# Families of quotation marks: a quote opened with one family is closed by the same family;
# marks of another family inside it are nested quotes.
_CURLY_OPEN = "“„«"
_CURLY_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’›"
_ALL_MARKS = frozenset(_CURLY_OPEN + _CURLY_CLOSE + _SINGLE_OPEN + _SINGLE_CLOSE + "\"'")
# What the scan for marks stops at (the rest of the text is skipped in C): a mark or a tag's "<".
_MARK_OR_TAG = re.compile("[<%s]" % re.escape("".join(sorted(_ALL_MARKS))))
# The longest HTML-like tag skipped whole (an embedded tweet's attributes hold its text).
_TAG_LENGTH = 4000
_OPENING_CONTEXT = frozenset("([{—–-/")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-…")
# Words a leading apostrophe shortens ('em, 'til, 'n'): never an opening quotation mark.
_ELISIONS = ("em ", "til ", "cause ", "n ", "n'", "n’", "tis ", "twas ", "bout ")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt maj capt cpt adm cmdr cdr brig pvt pfc cpl spc det insp supt rev st jr sr "
    "prof pres hon atty "
    "vs etc inc corp ltd co no jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s "
    "u.k u.n e.u d.c n.y l.a i.e e.g ft mt".split()
)
# An attribution that ends a paragraph after a comma, its quotation's closing mark left out:
# ", said Wood Gundie analyst Edward Comeau.", ", he said."
_UNMARKED_ATTRIBUTION = re.compile(
    r",\s+(?:(?:said|says|added|adds|noted|stated|told)\s+(?:[A-Z][\w.'’-]*|the|an?)(?:\s+[\w.'’-]+){0,10}"
    r"|(?:he|she|they)\s+(?:said|says|added|adds))\s*[.!?]?\s*\Z"
)
# A short name a text defines for itself in brackets ("Kelby Ltd ("Kelby" or the "Company")",
# "a study (the "Study")"): the quoted words right after the bracket, its "the", or an "or".
_DEFINED_TERM_WORDS = 4
_DEFINED_TERM_BEFORE = re.compile(r"\((?:the)?\Z|\([^()]*\bor(?:\s+the)?\Z")  # (read stripped)
_DEFINED_TERM_AFTER = re.compile(r"\s*(?:\)|or\b)")
# Initials run together before a surname ("A.W. Clements", "J.F. O'Reilly"): no sentence end.
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_]")
_SENTENCE_OPENERS = frozenset("\"'“‘«„(")
_SENTENCE_END_MARK = re.compile(r"[.!?]")
_LIST_ITEM = re.compile(r"\n[ \t]*[-•*–—][ \t]+")
_INNER_SENTENCE_END = re.compile(r"[a-z0-9][.!?]\s+[A-Z]")
_CLAUSE_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
# Participles that give a name to the noun before them ("a phenomenon called "…"", "a
# group dubbed "…""), unlike a speaker calling something ("what he called "…"", "the deal,
# which Reed called "…""): after a noun, not after a pronoun, a name or "what"/"which".
_NAMING = frozenset("called dubbed termed named nicknamed titled entitled".split())
# Participles after which quoted capitalised words are a title, not words someone said.
_TITLING = frozenset("titled entitled headlined".split())
_NOT_NAMED = frozenset("what which who whom that whatever it they".split())
# A short quoted item of a list and what may follow it before the next item ("“vulnerable,”
# “fetus” and “diversity”"): read backwards from an item's opening mark to the one before.
_LIST_ITEM_BEFORE = re.compile(r"[“\"][^“”\"\n]{1,40}[”\"],?\s*(?:(?:and|or)\s+)?$")
_LIST_ITEMS = 12
# A law's wording: its clause is read this far back, its verb at most this many words after the law.
_LAW_REACH = 200
_LAW_VERB_WORDS = 5
# Tokens an apposition between a subject and its verb may take ("Tom Reed, the leader of
# the opposition in the regional assembly, said that …").
_APPOSITION_TOKENS = 16
# A short adverbial of time or place between a speech verb and "that".
_ADVERBIAL_THAT = re.compile(r"\s+(?:on|in|at|during|after|before|to|for|with|last|this|late|early|earlier|later)\b"
                             r"[^,.:;\"“”‘’«»\n]{0,40}?\s+that\s+")
_BE = frozenset("is are was were be been being".split())
_DETERMINERS = frozenset("that the a an this these those his her its their our".split())
# Words that open a short adverbial before a sentence's subject and its speech verb.
# (Not a connector such as "However," or "On the contrary,": what follows it often reports
# findings or a stance, not words.)
_OPENERS = frozenset("earlier later meanwhile separately previously yesterday today then last".split())
_OPENING_PREPOSITIONS = frozenset("in on at".split())
# The most tokens an opening prepositional phrase of occasion may have before its comma (other
# openers have at most three: "Yesterday Argentina's economy minister, Tom Reed, said" is a subject).
_OPENING_TOKENS = 8

# Finite verbs that a reported clause may hold and that end in neither -ed nor -s.
_FINITE = frozenset("would will could can should shall may might must do did had were are am be rose fell took made "
                    "gave went came saw knew thought told said got found left felt kept held brought began ran won "
                    "lost met paid sent spent stood understood wrote spoke broke chose grew led meant put set cut hit "
                    "let become became need want remain".split())
_SUBJECT_PRONOUNS = frozenset("i we you he she it they there".split())
_SMALL_WORDS = frozenset("a an and the of in on at to for with from by or nor but as vs is".split())
# Lower-case words inside a title in capitals ("Ranking Member on Finance", "Minister of State").
TITLE_JOINERS = frozenset("of and for the & on at in".split())


@dataclass(frozen=True)
class QuoteSpan:
    """Words that may be a statement, as found in one paragraph.

    ``start``/``end`` index ``Article.text`` and cover the words only (marks, surrounding
    white space and a trailing comma left out). ``mark_start``/``mark_end`` include the
    quotation marks (``mark_end`` is the paragraph end when the quote runs on).
    ``sentence_start``/``sentence_end`` bound the sentence that holds it, so that later
    stages can read its attribution. ``unclosed``: the paragraph ended inside the quote;
    ``continues``: the quote reopens one left open in the previous paragraph.
    """

    start: int
    end: int
    kind: StatementKind
    paragraph: int
    part: PartName
    mark_start: int
    mark_end: int
    sentence_start: int
    sentence_end: int
    unclosed: bool = False
    continues: bool = False
    source: SourceRef = SourceRef("articles")


@dataclass(frozen=True)
class _Mark:
    pos: int
    family: str  # "curly", "straight" or "single"
    role: str  # "open", "close", "amb" (either) or "poss" (a closing mark or an apostrophe)
    width: int = 1


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int) -> _Mark | None:
    """What the mark at ``text[i]`` is, from its neighbours alone; None for an apostrophe."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    openish = (prev.isspace() or prev in _OPENING_CONTEXT or prev in _ALL_MARKS) and not nxt.isspace()
    closeish = not prev.isspace() and (nxt.isspace() or nxt in _CLOSING_CONTEXT or nxt in _ALL_MARKS)
    if ch in _CURLY_OPEN:
        role = "close" if ch == "“" and closeish and not openish else "open"
        return _Mark(i, "curly", role)
    if ch in _CURLY_CLOSE:
        return _Mark(i, "curly", "amb" if openish and not closeish else "close")
    if ch == '"':
        return _Mark(i, "straight", "open" if openish and not closeish else "close" if closeish and not openish else "amb")
    # A single mark: an apostrophe between letters (don't, Putin's), before a year ('90s) or
    # an elision ('em) is not a quotation mark.
    if _is_word(prev) and _is_word(nxt):
        return None
    if nxt.isdigit() or text[i + 1 : i + 6].casefold().startswith(_ELISIONS):
        return None
    if ch in _SINGLE_OPEN and ch != "‚" or (ch in "'’" and openish and not closeish):
        return _Mark(i, "single", "open") if openish or ch in _SINGLE_OPEN else None
    if closeish:
        # "the voters' choice": a plural possessive looks like a closing mark.
        return _Mark(i, "single", "poss" if prev in "sSzZ" and nxt == " " else "close")
    return None


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    """The quotation marks of ``text[start:end]``, left to right.

    Two apostrophes in a row ('' or ’’) are one double mark, as typewritten archives print
    “ and ”. Marks inside an HTML-like tag (``<tweet author="@x">``) are attribute quotes.
    """
    marks: list[_Mark] = []
    close = start - 1  # the next ">" found so far (end when there is none): one search per tag
    found = _MARK_OR_TAG.search(text, start, end)
    while found:
        i = found.start()
        ch = text[i]
        after = i + 1
        if ch == "<":
            if i + 1 < end and (text[i + 1].isalpha() or text[i + 1] == "/"):
                if close < i:
                    close = text.find(">", i, end)
                    close = end if close < 0 else close
                if close < end and close - i <= _TAG_LENGTH:
                    after = close + 1
        elif ch in "'’‘" and i + 1 < end and text[i + 1] == ch:
            marks.append(_classify_double(text, i))
            after = i + 2
        else:
            mark = _classify(text, i)
            if mark:
                marks.append(mark)
        found = _MARK_OR_TAG.search(text, after, end)
    return marks


def _classify_double(text: str, i: int) -> _Mark:
    """A doubled apostrophe used as a double quotation mark, by its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 2] if i + 2 < len(text) else " "
    openish = (prev.isspace() or prev in _OPENING_CONTEXT or prev in _ALL_MARKS) and not nxt.isspace()
    closeish = not prev.isspace() and (nxt.isspace() or nxt in _CLOSING_CONTEXT or nxt in _ALL_MARKS)
    role = "open" if openish and not closeish else "close" if closeish and not openish else "amb"
    return _Mark(i, "straight", role, 2)


def _pair_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int, bool, int]], bool]:
    """Pair the quotation marks of ``text[start:end]`` (one paragraph) in one scan.

    Returns (opening mark, closing mark or ``end``, unclosed, mark width) of the top-level
    quotes, and whether the paragraph opens with a quotation mark. A double quote left open
    at the paragraph end runs to it (news style for a quote over several paragraphs); a
    single one left open was an apostrophe after all and is dropped.
    """
    marks = _marks(text, start, end)
    last_single_close = max((k for k, m in enumerate(marks) if m.family == "single" and m.role == "close"), default=-1)
    last_double_close = max((k for k, m in enumerate(marks) if m.family != "single" and m.role in ("close", "amb")), default=-1)
    spans: list[tuple[int, int, bool, int]] = []
    top: _Mark | None = None
    nested = 0
    for k, m in enumerate(marks):
        if top is None:
            if m.role == "open" or (m.role == "amb" and m.family != "single"):
                top, nested = m, 0
            continue
        if m.family != top.family:
            if m.role == "open":
                nested += 1
            elif nested:
                nested -= 1
            elif m.role in ("close", "amb") and (m.family != "single" or m.role == "close" and k > last_double_close):
                # mixed typography: “ closed by ", and in sloppy copy ‘ closed by ” (never an
                # apostrophe) or “ by ’ when no double mark closes it later
                spans.append((top.pos, m.pos, False, top.width))
                top = None
            continue
        if m.role in ("close", "amb") or (m.role == "poss" and k > last_single_close):
            spans.append((top.pos, m.pos, False, top.width))
            top = None
        elif m.role == "open" and m.family != "single":
            spans.append((top.pos, m.pos, True, top.width))  # reopened: the previous one never closed
            top, nested = m, 0
    if top is not None and top.family != "single":
        # the closing mark left out before the paragraph's attribution ("“… in the
        # company, said analyst Edward Comeau."): the quote ends at the comma
        missing = _UNMARKED_ATTRIBUTION.search(text, top.pos, end)
        spans.append((top.pos, missing.start() + 1, False, top.width) if missing else (top.pos, end, True, top.width))
    first = start
    while first < end and text[first].isspace():
        first += 1
    opens_with_mark = bool(marks) and marks[0].pos == first and marks[0].role in ("open", "amb")
    return spans, opens_with_mark


def _sentence_bounds(text: str, start: int, end: int, quotes: list[tuple[int, int, bool, int]]) -> list[int]:
    """Offsets where sentences of ``text[start:end]`` begin.

    A quote's interior never splits, but a quotation that closes with the sentence's full
    stop (``Russia urged Pyongyang "to stop." The agency said ...``) ends it; one that
    closes with "?" or "!" does not (``"Why not?" Reed asked.``).
    """
    inside = bytearray(end - start)  # 1 inside a quote, marks included
    closes = set()
    for a, b, _, _ in quotes:
        closes.add(b)
        inside[a - start : min(b + 1, end) - start] = bytes([1]) * (min(b + 1, end) - a)
    starts = [start]
    opening = dateline(text, start, end)
    if opening and opening.end() < end and (text[opening.end()].isupper() or text[opening.end()] in _SENTENCE_OPENERS):
        starts.append(opening.end())  # "BEIJING, June 22 (Xinhua) -- ": the first sentence follows it
    # Only a ".!?" can end a sentence: the text between them is skipped in C.
    for end_mark in _SENTENCE_END_MARK.finditer(text, start, end):
        i = end_mark.start()
        ch = end_mark.group()
        if inside[i - start] and not (ch == "." and i + 1 in closes):
            continue
        j = i + 1
        while j < end and text[j] in "\"'”’»)":
            j += 1
        if not (j < end and text[j].isspace()):
            continue
        k = j
        while k < end and text[k].isspace():
            k += 1
        if k < end and (text[k].isupper() or text[k].isdigit() or text[k] in _SENTENCE_OPENERS):
            w = i
            while w > start and not text[w - 1].isspace():
                w -= 1
            word = text[w:i].casefold().lstrip("(\"'“‘")
            initial = len(word) == 1 and word.isalpha() or _INITIALS.fullmatch(word) is not None
            if ch != "." or (word not in _ABBREVIATIONS and not initial):
                starts.append(k)
    # an item of a list set out in lines ("\n - Upgrading security ...") is a sentence of its
    # own, full stop or not
    items = [m.end() for m in _LIST_ITEM.finditer(text, start, end) if not inside[m.start() - start]]
    return sorted(set(starts + items)) if items else starts


def _is_aside(text: str, a: int, b: int) -> bool:
    """Words wholly in brackets ("(CROSSTALK)", "[inaudible]"): a transcript's stage note."""
    return text[a] in "([" and text[b - 1] in ")]." and text[a:b].rstrip(".")[-1:] in ")]"


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def _quote_kind(text: str, para: Paragraph, mark: int, a: int, b: int, continues: bool) -> StatementKind:
    """``quote`` for a quotation that stands as a sentence, else ``fragment``.

    A headline's quotation is always a fragment: headlines abridge what was said.
    """
    if para.part == "headline":
        return "fragment"
    if continues:
        return "quote"
    j = mark - 1
    while j >= para.start and text[j] in " \t\u00a0":
        j -= 1
    prev = text[j] if j >= para.start else "\n"
    first = next((c for c in text[a:b] if c.isalnum()), "")
    upper = first.isupper() or first.isdigit()
    possessive = prev in "’'" and text[j - 1 : j] in ("s", "S")  # "CBS’ “Face the Nation”": an apostrophe, not a mark
    if upper and (prev in "\n.!?:;—–-," or prev in _ALL_MARKS and not possessive):
        return "quote"
    # Words that run on past the end of a sentence are a quotation, however they begin.
    return "quote" if _INNER_SENTENCE_END.search(text, a, b) else "fragment"


def _words_before(text: str, lo: int, pos: int, n: int) -> list[str]:
    words = re.findall(r"[\w'’.-]+", text[max(lo, pos - 80) : pos])
    return [w.casefold().strip(".'’") for w in words[-n:]]


def _is_mention(text: str, para: Paragraph, mark: int, close: int, a: int, b: int, kind: StatementKind) -> bool:
    """A quoted title, nickname or scare-quoted word: words mentioned, not said.

    ``mark`` is the opening mark's offset, ``close`` the closing mark's last character.

    ``the show "Shark Tank"``, ``Dwayne "The Rock" Johnson``, ``the word "invasion"``,
    ``her memoir, "Plenty Ladylike."``, ``MSNBC's "Morning Joe"``, ``a "Town Hall Forum"``.
    A quotation that stands as a sentence is a title only after a title word and a comma.
    """
    lex = lexicon()
    words = re.findall(r"[\w'’-]+", text[a:b])
    if not words:
        return True
    if kind != "fragment":
        before = text[max(para.start, mark - 40) : mark].rstrip()
        cue = _words_before(text, para.start, mark, 1)
        if cue and cue[0] in _TITLING and _title_cased(words):
            return True  # "a statement titled: “Suspect Returns Safely, Now in Custody”": a title, however long
        return (before.endswith(",") and _words_before(text, para.start, mark - 1, 1)[-1:] in ([c] for c in lex.title_cues)
                or before[-1:] in _ALL_MARKS and _listed_after_title_cue(text, para.start, mark)) \
            and len(words) <= 8 and _title_cased(words)
    before = text[max(para.start, mark - 40) : mark].casefold().rstrip()
    if _listed_after_cue(text, para.start, mark, lex.scare_cues):
        return True
    if len(words) == 1 and words[0].casefold() in lex.answer_words \
            and not lex.speech_lemma((_words_before(text, para.start, mark, 1) or [""])[0]):
        return True  # "voted “yes”", "a committee ‘no’ vote": an answer, not a statement ("he said “yes”" is one)
    if _law_wording(text, para.start, mark):
        return True
    if len(words) <= _DEFINED_TERM_WORDS and _DEFINED_TERM_BEFORE.search(before) and _DEFINED_TERM_AFTER.match(text, close + 1):
        return True  # a short name defined in brackets: "NextSource Materials Inc. ("NextSource" or the "Company")"
    named = re.findall(r"[\w'’.,-]+", text[max(para.start, mark - 40) : mark])[-2:]
    if len(named) == 2 and named[1].casefold() in _NAMING and named[0].isalpha() and named[0].islower() \
            and named[0] not in lex.pronouns and named[0] not in _NOT_NAMED and text[mark - 1].isspace():
        return True  # "a phenomenon called “differential nonresponse”": a name given to a thing
    after = text[close + 1 : close + 3] if close < para.end else ""
    prev_word = _words_before(text, para.start, mark, 1)
    if not _title_cased(words) or para.part == "headline":
        return False
    if len(words) >= 2 and words[-1].casefold() in lex.organization_words:
        return True  # the name of an event, a law or a body: "a "Commander-in-Chief Forum""
    if re.search(r"[A-Z][\w.-]*(?:['’][sS]|[sS]['’])\s$", text[max(para.start, mark - 30) : mark]):
        return True  # a programme or work of someone named: "MSNBC's "Morning Joe"", "CBS’ “Face the Nation”"
    # Between two capitalised words with nothing else around it: a nickname.
    prev_tok = text[max(para.start, mark - 30) : mark]
    if re.search(r"[A-Z][\w'’.-]*\s$", prev_tok) and re.match(r"\s[A-Z]", after) and len(words) <= 3:
        return True
    next_words = re.findall(r"[\w'’-]+", text[close + 1 : close + 40])[:1]
    if prev_word and prev_word[0] in lex.title_cues or next_words and next_words[0].casefold() in lex.title_cues:
        return True
    if _listed_after_title_cue(text, para.start, mark):
        return True  # the next titles of a list: "nights entitled "Asia Magic," "KL Six" and ..."
    # Two capitalised words or more inside the narrator's sentence are a name or a title
    # ("the bikers' organisation "Night Wolves,"", "known as the "King of Steam Trains,"",
    # "joined 'Fox & Friends Weekend'"): said words are not written in capitals.
    return sum(w[0].isupper() for w in words) >= 2


def _law_wording(text: str, lo: int, mark: int) -> bool:
    """Whether the fragment opened at ``mark`` is a law's wording: in its clause (since the
    sentence's start or the last comma, a few words back) a law noun comes a few words before
    a verb of what the law does ("The statute targets … the proceeds of “…”", "parts of the
    statute also require funds to “promote” …")."""
    lex = lexicon()
    start = max(lo, mark - _LAW_REACH)
    if _law_noun().search(text, start, mark) is None:
        return False  # (most fragments: no law named near them, told without splitting clauses)
    clause = re.split(r"[.!?;,:]\s", text[start:mark])[-1]
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", clause)]
    law = next((i for i, w in enumerate(words) if w in lex.law_nouns), None)
    return law is not None and any(w in lex.law_verbs for w in words[law + 1 : law + 1 + _LAW_VERB_WORDS])


@functools.cache
def _law_noun() -> re.Pattern[str]:
    """Any law noun of the vocabulary, as a word."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(lexicon().law_nouns))), re.IGNORECASE)


def _listed_after_cue(text: str, lo: int, mark: int, cues: tuple[str, ...]) -> bool:
    """Whether the fragment opened at ``mark`` follows a mention cue, itself or as an item of
    a list of quoted words that follows one (``seven words: “a,” “b” and “c”``)."""
    for _ in range(_LIST_ITEMS):
        before = text[max(lo, mark - 40) : mark].casefold().rstrip()
        if any(before.endswith(cue) for cue in cues):
            return True
        window = max(lo, mark - 60)
        item = _LIST_ITEM_BEFORE.search(text[window:mark])
        if item is None:
            return False
        mark = window + item.start()
    return False


def _listed_after_title_cue(text: str, lo: int, mark: int) -> bool:
    """Whether the words opened at ``mark`` are an item of a list of quoted titles after a
    title word (``nights entitled “Asia Magic,” “KL Six” and …``)."""
    return _listed_after_cue(text, lo, mark, tuple(f" {cue}" for cue in lexicon().title_cues))


def _title_cased(words: list[str]) -> bool:
    return all(w[0].isupper() or w.casefold() in _SMALL_WORDS or not w[0].isalpha() for w in words)


def _opens_with_time(tokens: list[re.Match]) -> bool:
    """The sentence opens with a short adverbial of time or occasion ("Earlier,", "On Monday,",
    "In a statement,", "Last week,")."""
    first = tokens[0].group().casefold()
    if first in _OPENERS:
        return True
    nxt = tokens[1].group() if len(tokens) > 1 else ""
    return first in _OPENING_PREPOSITIONS and (nxt[:1].isupper() or nxt[:1].isdigit() or nxt in {"a", "an"})


def _paraphrases(text: str, para: Paragraph, sentences: list[int], quotes: list[tuple[int, int, bool, int]]) -> list[tuple[int, int, int, int]]:
    """Reported speech without marks: ``SUBJECT VERB [that] CLAUSE`` at a sentence start.

    Returns (start, end, sentence start, sentence end) of each clause found.
    """
    lex = lexicon()
    found = []
    quote_starts = sorted(q[0] for q in quotes)  # (looked up by position: a paragraph may hold thousands)
    bounds = sentences + [para.end]
    for s, e in zip(bounds, bounds[1:]):
        if text[s] in _ALL_MARKS:
            continue
        # (the verb is among the first 12 tokens and its second word the 13th at most, not
        # counting an apposition: the rest of the sentence is not tokenised)
        scan = _CLAUSE_TOKEN.finditer(text, s, e)
        tokens = list(itertools.islice(scan, 13))
        verb_end = None
        reach = 12
        k = -1
        while k + 1 < reach and k + 1 < len(tokens):
            k += 1
            t = tokens[k]
            written = t.group()
            word = written.casefold().rstrip(".")
            if word == "," and 0 < k and reach == 12 and _opens_with_time(tokens) and all(tokens[c].group() != "," for c in range(k)) \
                    and (k <= 3 or k <= _OPENING_TOKENS and tokens[0].group().casefold() in _OPENING_PREPOSITIONS):
                # "Earlier, the ministry said that …", "On Monday, Reed said …", "In a Monday
                # interview with state television, Finance Minister Tom Reed said …": an opening
                # adverbial, and the subject and verb are read as far after it
                if k > 3:
                    tokens += itertools.islice(scan, k)
                    reach += k
                continue
            if word == "," and k > 0 and reach == 12:
                # "Tom Reed, the opposition leader, said that …": read on past the apposition
                tokens += itertools.islice(scan, _APPOSITION_TOKENS)
                close = next((c for c in range(k + 2, len(tokens)) if tokens[c].group() in {",", ":", ";"}
                              or tokens[c].group() in _ALL_MARKS), None)
                if close is not None and tokens[close].group() == ",":
                    tokens += itertools.islice(scan, 2)
                    k, reach = close, close + 2
                    continue
                v = _title_left_open(tokens, k) if close is None else None
                if v is not None:
                    # "Dr Kojo Mensah, Ranking Member on Finance has stated that …": a title in
                    # capitals that no comma closes before the verb
                    reach = v + 2
                    continue
            if word in {",", ":"} or written in _ALL_MARKS:
                break
            if not written[0].islower():
                continue  # speech verbs are written in lower case ("the United States")
            lemma = lex.speech_lemma(word)
            if lemma is None and word in lex.multiword_heads and k + 1 < len(tokens):
                two = word + " " + tokens[k + 1].group().casefold()
                lemma = lex.speech_lemma(two)
                if lemma:
                    t = tokens[k + 1]
            if lemma and k > 0 and tokens[k - 1].group().casefold() in _BE and not word.endswith("ing"):
                break  # "800 parents were warned they would …": told, not telling
            if word == "state" and k + 1 < len(tokens) and tokens[k + 1].group().isalpha() and tokens[k + 1].group().islower() \
                    and tokens[k + 1].group() not in _DETERMINERS:
                continue  # "a Republican state lawmaker stepped down": the noun, not the verb
            if lemma in lex.paraphrase_lemmas and k > 0 and word not in {"saying", "telling", "adding", "noting"}:
                verb_end = t.end()
                if lemma == "tell":
                    rest = text[verb_end:e]
                    that = re.match(r"\s+(?:[\w'’.-]+\s+){1,3}?that\s", rest)
                    verb_end = verb_end + that.end() - 1 if that else None
                break
        if verb_end is None:
            continue
        rest = text[verb_end:e]
        # "said on Monday that …", "said in a statement that …": where or when, then the clause
        # (not after a word that is as often a noun: "the seven states with … races that")
        clause = _ADVERBIAL_THAT.match(rest) if word == "says" or not word.endswith("s") else None
        if clause is None and re.match(r"\s*(?:[:,\"“‘'«—–-]|(?:on|for|to|in|with|about|of|at|by)\s)", rest):
            continue  # "said:" or "said, "..."": a quotation follows, not reported speech
        clause = clause or re.match(r"\s+(?:that\s+)?", rest)
        a = verb_end + (clause.end() if clause else 0)
        q = bisect.bisect_left(quote_starts, a)
        b = quote_starts[q] if q < len(quote_starts) and quote_starts[q] < e else e  # (the clause stops at a quotation)
        b = _strip_clause_tail(text, a, b)
        if len(text[a:b].split()) >= 4 and text[a : a + 1].isalnum() and (
                clause and "that" in clause.group() or _reads_as_clause(text[a:b])):
            found.append((a, b, s, e))
    return found


def _title_left_open(tokens: list[re.Match], c: int) -> int | None:
    """The verb's token after a person's name, a comma at token ``c`` and a title in capitals
    that no comma closes ("Mr Ama Owusu, Managing Director of Kelby Bank said"), else None:
    the sentence opens with the name (no article, preposition or adverbial before it) and
    only capitalised words and their joiners stand between the comma and the verb."""
    lex = lexicon()
    first = tokens[0].group().casefold()
    if c < 1 or first in _DETERMINERS or first in _SMALL_WORDS or first in _OPENERS or not tokens[0].group()[:1].isupper():
        return None
    v = c + 1
    while v < len(tokens) and v - c <= _APPOSITION_TOKENS and (tokens[v].group()[:1].isupper() or tokens[v].group() in TITLE_JOINERS):
        v += 1
    if v == c + 1 or v >= len(tokens):
        return None
    word = tokens[v].group()
    if lex.speech_lemma(word) or word in {"has", "had", "have"} and v + 1 < len(tokens) and lex.speech_lemma(tokens[v + 1].group()):
        return v
    return None


def _reads_as_clause(words: str) -> bool:
    """Whether the words after a speech verb with no "that" hold a finite verb before their
    first comma, as a clause does ("the vote would be delayed", "prices rose"), unlike the
    verb's object ("confirmed Russian authorship of the massacre", "maintained an ambiguous
    position, calling for …")."""
    words_ = words.split(",", 1)[0].casefold().split()
    if words_[0] in _SUBJECT_PRONOUNS:
        return True  # "they plan to tune in"
    # (a word after a determiner or a preposition is a noun: "on the talks")
    return any(w in _FINITE or (w.endswith("ed") or w.endswith("s") and not w.endswith(("ss", "us", "is")))
               and before not in _SMALL_WORDS and before not in _DETERMINERS for before, w in zip(words_, words_[1:]))


_TAIL_WORDS = frozenset("that its his her their but and the a an is was to of which who as".split())


def _strip_clause_tail(text: str, a: int, b: int) -> int:
    """Cut connecting words and punctuation left where a clause meets a quotation."""
    while b > a:
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
            b -= 1
        w = b
        while w > a and not text[w - 1].isspace():
            w -= 1
        if text[w:b].casefold() in _TAIL_WORDS:
            b = w
        else:
            break
    return b


def extract_quotes(article: Article, paragraphs: tuple[Paragraph, ...]) -> tuple[QuoteSpan, ...]:
    """The quotations, fragments and paraphrases of an article, in text order.

    In: the article and its cleaned paragraphs (:func:`generator.clean.clean_paragraphs`).
    Out: one :class:`QuoteSpan` per statement candidate, with ``text[start:end]`` its words.
    Titles, nicknames and scare-quoted words are left out. Never raises on any text.
    """
    text = article.text
    spans: list[QuoteSpan] = []
    left_open = False
    lines = LineIndex(text)
    for para in paragraphs:
        pairs, opens_with_mark = _pair_marks(text, para.start, para.end)
        sentences = _sentence_bounds(text, para.start, para.end, pairs)
        bounds = sentences + [para.end]
        s_idx = 0
        for n, (mark, close, unclosed, width) in enumerate(pairs):
            a, b = _trimmed(text, mark + width, close)
            if a >= b or not any(c.isalnum() for c in text[a:b]) or _is_aside(text, a, b):
                continue
            continues = n == 0 and left_open and opens_with_mark
            while s_idx + 1 < len(sentences) and sentences[s_idx + 1] <= mark:
                s_idx += 1
            kind = _quote_kind(text, para, mark, a, b, continues)
            if _is_mention(text, para, mark, close + width - 1, a, b, kind):
                continue
            spans.append(_span(article, lines, para, a, b, kind, mark, min(close + width, para.end), bounds[s_idx], bounds[s_idx + 1], unclosed, continues))
        left_open = bool(pairs) and pairs[-1][2] and pairs[-1][1] == para.end
        if para.part == "body":
            for a, b, s, e in _paraphrases(text, para, sentences, pairs):
                spans.append(_span(article, lines, para, a, b, "paraphrase", a, b, s, e, False, False))
    spans.sort(key=lambda q: (q.start, q.end))
    return tuple(spans)


def _span(article: Article, lines: LineIndex, para: Paragraph, a: int, b: int, kind: StatementKind,
          mark_start: int, mark_end: int, s: int, e: int, unclosed: bool, continues: bool) -> QuoteSpan:
    line, col = lines.line_col(a)
    return QuoteSpan(
        start=a, end=b, kind=kind, paragraph=para.index, part=para.part,
        mark_start=mark_start, mark_end=mark_end, sentence_start=s, sentence_end=e,
        unclosed=unclosed, continues=continues,
        source=SourceRef(article.path, line, col),
    )
