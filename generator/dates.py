"""Dates stage: when each statement was said, and how that is known; builds the Statements.

A date printed in the statement's own sentence ("on April 5", "on 5 April 2022") is
``explicit``; a weekday or "yesterday"/"last week" is ``relative`` and resolved against the
publication date, never into its future ("on Tuesday" in an article published on
Wednesday 2022-04-06 is 2022-04-05; on Wednesday itself it is that day). A statement
without its own date takes the date of the event the article's lead reports (``context``),
else the publication date (``publication``), else none (``unknown``). Today's date is never
used.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass


from generator.attribute import ATTRIBUTION_WINDOW, ISSUED_BY, Attributed
from generator.clean import dateline, lead_paragraph
from generator.context import find_credits, find_venue
from generator.lexicon import lexicon, read_data
from generator.models import Article, DateBasis, Paragraph, Statement


# The lead's event date is read in its first this many characters.
_LEAD_WINDOW = 1000
# Words before a date that make it a deadline, a span, a point of reference or the day an
# event is set for ("before Wednesday", "from June 9 to 13", "until Friday", "a hearing slated
# for Tuesday"), not the day words were said.
_NOT_SPEECH_TIME = frozenset("before by until till since from through to after next for".split())
# Words between a speech verb and a date that put the date in the future the words speak of
# ("he said the committee would meet again on Monday").
_FUTURE = re.compile(r"\b(?:will|would|shall|going to|plans? to|set to|due to|is to|are to)\b|['’]ll\b", re.IGNORECASE)
# Words before a date in its sentence that mark it as an earlier report's ("As Ukrinform
# reported, on Tuesday ..."; "as TASS reported earlier"): background, not the lead's event.
_EARLIER_REPORT = re.compile(r"\bas\s+(?:[\w'’.-]+\s+){1,4}?(?:reported|wrote|said)\b", re.IGNORECASE)
# A word, where a speech verb is looked for before a date, at most this many characters back
# (a sentence may run for a whole scraped page).
_WORD = re.compile(r"[A-Za-z]+")
_SPEECH_VERB_REACH = 300
# How many of a paragraph's narrated dates before a statement it may take its day from.
_NARRATED_LOOKBACK = 8
# A lowercase word right after a date written after "the": the date names the event.
_NAMES_EVENT = re.compile(r"\s+[a-z]")
# "since" between a speech verb and a date makes the date a starting point ("in her first
# comments on the tape since it was released Friday"), not the day the words were said.
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
# A lead paragraph of at most this many words without a day is a headline, a subtitle or a
# kicker ("Member of House panel says U.S. has to keep Moscow out of elections." is 13), and
# the paragraph after it is read as the lead; a news lead sentence is longer.
_KICKER_WORDS = 15
# A relative clause open before a date: ", who on Monday called", ", which was released Friday",
# "A man who attacked police on January 6 was sentenced on Friday" (its subject's background);
# an auxiliary after the clause's first word is the main clause's verb (the man "was sentenced
# on Friday"), so the clause has closed before it.
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|which|whose)\s+\S+(?:(?!\b(?:was|were|is|are|has|have|had|will)\b)[^,;:.!?])*$")
# A date in a paragraph's own narration ("Speaking on public radio on Tuesday, she called for
# early elections.") dates the paragraph's later words when it lies at most this many days
# before publication (an older one is background: "The blackout, on March 22, ...").
_RECENT_DAYS = 14
# Words by which a sentence of narration refers to someone named before it.
_REFERRING_PRONOUNS = frozenset("he she they it his her their its i we my our".split())
# A sentence that tells another's report ("On Saturday, the New York Times reported that it
# ..."): a name reports, not a pronoun ("It also reported on Friday that ...", the company's
# own results); its day is the report's, not that of the words quoted after it.
_ANOTHERS_REPORT = re.compile(r"\b[A-Z][\w&'’.-]*(?<!\bIt)(?<!\bHe)(?<!\bShe)(?<!\bThey)(?<!\bWe) (?:also |had |has )?reported\b")
# A sentence's opening clause led by "Before", open up to a date: the day of what came after.
_BEFORE_CLAUSE = re.compile(r"\s*[\"“]?Before\b[^,;.!?\"“”]*$")
# Words that refer back to a day just narrated ("said then", "at the time", "the same night").
_TIME_BACK = re.compile(r"\b(?:then|at the time|(?:the same|that|later that) (?:day|night|evening|morning|afternoon))\b", re.IGNORECASE)
# A sentence that opens with a document and who issued it ("A statement issued by the Attorney
# General, Mr Kofi Mensah, on Tuesday, 26 July 2022, said ..."): the day in it is the document's.
_ISSUED_BY = re.compile(rf"(?:A|An|The|In a|In an)\s+(?:[\w-]+\s+)?(\w+)\s+{ISSUED_BY}")
# A day carried from the paragraph before follows its speech verb or noun within this many
# characters ("told reporters on Saturday").
_CUE_REACH = 30
# ... or names the occasion words were said at, whose preposition stands at most this many
# characters before it ("during Tuesday's briefing").
_OCCASION_REACH = 8
# A weekday in the name or edition of the paper words were said to ("told the Sunday Times", "an
# interview with the Mail on Sunday", "told Monday's edition of Le Monde"): the day the paper came
# out, not the day the words were said (a paper's own words, "The Sunday Times said", are that day's).
_TOLD_PAPER_BEFORE_WEEKDAY = re.compile(r"\b(?:told|to|with)\s+(?:the\s+)?((?:Mail|Independent|Scotland)\s+on\s+)?$")
_PAPER_AFTER_WEEKDAY = re.compile(r"\s+([A-Z][a-z]+)|['’]s\s+(?:edition|issue)\b")
# A day in a clause about a topic, with what happened that day after it ("Speaking about the
# events in Mitrovica on Monday when Djuric was arrested, he said ..."): the topic's day. The
# clause is read back to its comma, at most this many characters.
_TOPIC_REACH = 100
_ABOUT = re.compile(r"\babout\b")
_WHEN_AFTER_DAY = re.compile(r",?\s+when\b")
# Words whose attribution follows "a day after" ("Peskov said talks were possible one day after
# Lavrov said they “make no sense”"): said that many days before the clause it hangs on.
_DAYS_AFTER = re.compile(r"\b(a|one|two|three) days? after\b", re.IGNORECASE)
_DAYS_AFTER_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3}
# A day followed by "from": what came from someone that day ("received cold water Sunday from
# Colin Powell", "drew a rebuke on Monday from the minister") came in their words.
_GIVEN_FROM = re.compile(r"\s+from\b")
# A day and month without a year up to this many days after publication are taken as
# this year's (an announced date, not when words were said); later ones as last year's.
_FUTURE_DAYS = 90


@dataclass(frozen=True)
class DateWords:
    """Compiled form of ``data/dates.yaml``."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    pattern: re.Pattern[str]


@functools.cache
def date_words() -> DateWords:
    """Read the packaged date vocabulary once per process."""
    raw = read_data("dates.yaml")
    months = {str(w): int(n) for n, words in raw["months"].items() for w in words}
    weekdays = {str(w): i for i, w in enumerate(raw["weekdays"])}
    relative = {str(k): int(v) for k, v in raw["relative_days"].items()}
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    weekday = "|".join(weekdays)
    rel = "|".join(sorted(map(re.escape, relative), key=len, reverse=True))
    # Every form starts a word with a digit or the first letter of one of these words: a
    # boundary and that character checked first, which the scan (it tries every offset of
    # the text) rejects most offsets and most words with, before trying each form.
    initials = _initials([*months, *weekdays, *relative, "next", "last"])
    # (each form's own first letters checked again before its words: one test of a
    # character where a word would be compared with every month's name in turn)
    pattern = re.compile(
        rf"\b(?=[\d{initials}])(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
        rf"|(?=[{_initials(months)}])(?P<md_month>{month})\.?\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_year>\d{{4}})\b)?"
        rf"|(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{month})\b\.?(?:,?\s+(?P<dm_year>\d{{4}})\b)?"
        rf"|(?=[{_initials(relative)}])(?P<rel>{rel})\b"
        rf"|(?=[{_initials([*weekdays, 'next', 'last'])}])(?P<next>next\s+)?(?P<last>last\s+)?(?P<weekday>{weekday})\b)",
        re.IGNORECASE,
    )
    return DateWords(months, weekdays, relative, pattern)


def _initials(words) -> str:
    """The first characters of ``words``, escaped for a character class."""
    return re.escape("".join(sorted({w[0] for w in words})))


class _Dates:
    """Every date expression of one text, found in one pass, each resolved on demand
    against the publication date; statements then look theirs up by offset."""

    def __init__(self, text: str, published: dt.date | None):
        self.words = date_words()
        self.text = text
        self.published = published
        self.found = list(self.words.pattern.finditer(text))
        self.starts = [m.start() for m in self.found]

    def within(self, start: int, end: int) -> list[re.Match]:
        """The expressions lying within ``[start, end)``, in text order."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end, lo=i)
        return [m for m in self.found[i:j] if m.end() <= end]

    def first_in(self, start: int, end: int, text: str = "", verb_end: int | None = None,
                 last: bool = False) -> tuple[dt.date, DateBasis] | None:
        """The first (or ``last``) expression lying within ``[start, end)`` that can date
        something said; with ``text``, not one written as a deadline or a span, nor one
        a modal after the speech verb ending at ``verb_end`` puts in the future."""
        found = self.within(start, end)
        for m in reversed(found) if last else found:
            if text and not _speech_time(text, m, verb_end):
                continue
            resolved = self._resolve(m)
            if resolved:
                return resolved
        return None

    def _resolve(self, m: re.Match) -> tuple[dt.date, DateBasis] | None:
        words, published = self.words, self.published
        if m.group("iso"):
            try:
                day = dt.date.fromisoformat(m.group("iso"))
            except ValueError:
                return None
            return (day, "explicit") if published is None or day <= published else None
        month_word = m.group("md_month") or m.group("dm_month")
        if month_word:
            if month_word[0].islower():
                return None  # "may" the verb, "mar" the verb
            day_s = m.group("md_day") or m.group("dm_day")
            year_s = m.group("md_year") or m.group("dm_year")
            day = _calendar_date(year_s, words.months[month_word.casefold()], int(day_s), published)
            return (day, "explicit") if day and (published is None or day <= published) else None
        if published is None:
            return None
        if m.group("rel"):
            if m.group("rel")[0].isupper() and not _opens_sentence(self.text, m.start()):
                return None  # a name: the Today programme, USA TODAY
            return published - dt.timedelta(days=words.relative_days[m.group("rel").casefold()]), "relative"
        if m.group("weekday") and not m.group("next") and m.group("weekday")[0].isupper():
            if _names_paper(self.text, m, words.months):
                return None
            back = (published.weekday() - words.weekdays[m.group("weekday").casefold()]) % 7
            if m.group("last") and back == 0:
                back = 7  # "last Thursday" written on a Thursday: a week before
            return published - dt.timedelta(days=back), "relative"
        return None


def _names_paper(text: str, m: re.Match, months: dict[str, int]) -> bool:
    """Whether the weekday at ``m`` is in the name or edition of a paper words were told to (see
    ``_TOLD_PAPER_BEFORE_WEEKDAY``): "told the Sunday Times" (not "to Sunday March 6")."""
    before = _TOLD_PAPER_BEFORE_WEEKDAY.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return False
    if before.group(1):
        return True  # "with the Mail on Sunday"
    after = _PAPER_AFTER_WEEKDAY.match(text, m.end())
    return bool(after) and (not after.group(1) or after.group(1).casefold() not in months)


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence (after an opening quotation mark or bracket too)."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“‘«(")
    return not before or before[-1] in ".!?:\n"


def _speech_time(text: str, m: re.Match, verb_end: int | None) -> bool:
    """Whether the date found at ``m`` may be when words were said: not after "before",
    "until", "from" ..., nor in an opening "Before ..." clause, nor one naming an event ("the 1 April vote")
    or a topic ("about the events on Monday when ..."), nor after a speech
    verb and a modal ("said ... would meet on Monday") or "since" ("said ... since it was
    released Friday")."""
    before = text[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1].casefold() in _NOT_SPEECH_TIME:
        return False
    stop = text.rfind(". ", max(0, m.start() - _SPEECH_VERB_REACH), m.start())
    if stop >= 0 and _BEFORE_CLAUSE.match(text, stop + 2, m.start()):
        return False  # "Before they thanked Trump on Wednesday, the president had ...": a day before the words
    if before and before[-1].casefold() == "the" and _NAMES_EVENT.match(text, m.end()):
        return False  # the date names an event: "the 19 February meets", "the March 2 exchange"
    if _WHEN_AFTER_DAY.match(text, m.end()):
        clause = max(text.rfind(",", max(0, m.start() - _TOPIC_REACH), m.start()), text.rfind(". ", max(0, m.start() - _TOPIC_REACH), m.start()))
        if _ABOUT.search(text, max(clause, m.start() - _TOPIC_REACH), m.start()):
            return False  # "about the events on Monday when ...": the topic's day
    return (verb_end is None or verb_end > m.start()
            or not (_FUTURE.search(text, verb_end, m.start()) or _SINCE.search(text, verb_end, m.start())))


def _calendar_date(year_s: str | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    """The date of a day and month, in the given year or else the latest one not after the
    publication date."""
    try:
        if year_s:
            return dt.date(int(year_s), month, day)
        if published is None:
            return None
        guess = dt.date(published.year, month, day)
        if guess <= published:
            return guess
        if (guess - published).days <= _FUTURE_DAYS:
            return None  # a date soon after publication is one looked forward to
        return dt.date(published.year - 1, month, day)
    except ValueError:
        return None


def _outside(att: Attributed) -> list[tuple[int, int]]:
    """The stretches of the statement's sentence around its own words (within the
    attribution window) where its date and venue are written."""
    s = att.span
    a, b = (s.start, s.end) if s.kind == "paraphrase" else (s.mark_start, s.mark_end)
    return [(max(s.sentence_start, a - ATTRIBUTION_WINDOW), a), (b, min(s.sentence_end, b + ATTRIBUTION_WINDOW))]


def _own_date(att: Attributed, text: str, dates: _Dates) -> tuple[dt.date, DateBasis] | None:
    """The date the statement's own sentence gives for it: before the words, the one in the
    attribution ("the central bank said last Thursday") ahead of one further back ("rose on
    Tuesday, and ...") and of the nearest of those; then the first after the words."""
    (lo, a), (b, hi) = _outside(att)
    verb_end = att.cue_end if att.cue_end > att.cue_start else None
    if not att.as_written and att.span.kind == "quote":
        # words no attribution of their own sentence credits (a speaker's quotation carried
        # on): a day after them is another clause's ("“Be careful!” After the players
        # returned on Tuesday, Reed tweeted: ..."), and of the days before them the nearest
        # is theirs ("Following are statements made Friday and Thursday ...: Wechsler on
        # Thursday “...”")
        return dates.first_in(lo, a, text, last=True)
    if lo <= att.cue_start < a:
        return (dates.first_in(att.cue_start, a, text, verb_end)
                or dates.first_in(lo, att.cue_start, text, verb_end, last=True)
                or dates.first_in(b, hi, text, verb_end))
    return dates.first_in(lo, a, text, verb_end) or dates.first_in(b, hi, text, verb_end)


def _days_after(att: Attributed, text: str) -> int:
    """How many days before its sentence's other clause the statement was said when its
    attribution follows "a day after", "two days after" ... (else 0)."""
    s = att.span
    a = s.start if s.kind == "paraphrase" else s.mark_start
    lo = max(s.sentence_start, a - ATTRIBUTION_WINDOW)
    clause = max(lo, *(text.rfind(mark, lo, a) + 1 for mark in ",;:.!?"))  # (where the words' clause starts)
    m = _DAYS_AFTER.search(text, clause, a)
    if m is None or not m.start() < att.cue_start < a:
        return 0  # (the attribution is not in the clause "a day after" opens)
    return _DAYS_AFTER_COUNT[m.group(1).casefold()]


def _narrated_dates(para: Paragraph, others: list[Attributed], text: str, dates: _Dates,
                    published: dt.date) -> list[tuple[int, tuple[dt.date, DateBasis], frozenset[str]]]:
    """The recent dates (see ``_RECENT_DAYS``) of a paragraph's narration, in text order,
    each with the speakers whose words' sentences hold it: not one inside a quotation, nor
    one its sentence puts in the future ("the group would meet Thursday")."""
    # Quotations and sentences looked up by position (a paragraph of thousands of quotes
    # and dates would otherwise cost their product).
    quoted = sorted((o.span.mark_start, o.span.mark_end) for o in others if o.span.kind != "paraphrase")
    quote_starts = [a for a, _ in quoted]
    sentences: dict[tuple[int, int], set[str]] = {}
    for o in others:
        sentences.setdefault((o.span.sentence_start, o.span.sentence_end), set()).add(o.speaker)
    spans = sorted(sentences)
    span_starts = [a for a, _ in spans]
    found = []
    for m in dates.within(para.start, para.end):
        q = bisect.bisect_right(quote_starts, m.start()) - 1
        if q >= 0 and m.start() < quoted[q][1]:
            continue
        if not _speech_time(text, m, _reported_from(text, max(text.rfind(". ", para.start, m.start()) + 2, para.start), m.start())):
            continue
        resolved = dates._resolve(m)
        if resolved and (published - resolved[0]).days <= _RECENT_DAYS:
            holders: set[str] = set()
            k = bisect.bisect_right(span_starts, m.start()) - 1
            while k >= 0 and m.start() < spans[k][1]:  # (the sentences that hold the date)
                holders |= sentences[spans[k]]
                k -= 1
            found.append((m.start(), resolved, frozenset(holders)))
    return found


def _narrated_date(att: Attributed, narrated: list[tuple[int, tuple[dt.date, DateBasis], frozenset[str]]],
                   text: str, para_start: int) -> tuple[dt.date, DateBasis] | None:
    """The latest of the paragraph's narrated dates before the statement's sentence, not in
    the sentence of someone else's words ("Haldane, who on Tuesday called the sanctions
    "…"." does not date the next speaker's words). A date in a sentence of no one's words
    dates them when it names the speaker; else, unless another report is told in it ("On
    Saturday, the New York Times reported that ..."), from the sentence right before, or from
    one that refers to someone ("Speaking on radio on Tuesday, she ..."), or when the words
    refer back to it ("said then"); else none does: "The court charged Reed on Monday. The
    jury ... “Enough,” Berg said." (the day Berg spoke is then read elsewhere)."""
    first = bisect.bisect_left(narrated, att.span.sentence_start, key=lambda x: x[0])
    for i in range(first - 1, max(-1, first - 1 - _NARRATED_LOOKBACK), -1):  # (the nearest few: a paragraph may hold thousands)
        at, resolved, speakers = narrated[i]
        if speakers - {att.speaker}:
            continue
        if speakers or not att.speaker_name:
            return resolved
        # (every look is bounded by the attribution window: a paragraph may be 1 MB)
        near = max(at, att.span.sentence_start - ATTRIBUTION_WINDOW)
        adjacent = near == at and text.find(". ", at, att.span.sentence_start - 2) < 0
        sentence = _sentence(text, para_start, at)
        words = set(re.findall(r"[\w'’-]+", sentence.casefold()))
        if att.speaker_name.split()[-1].casefold() in words:
            return resolved  # the sentence names the speaker
        if _ANOTHERS_REPORT.search(sentence):
            return None  # "On Saturday, the New York Times reported that it ...": another's report, its day
        if adjacent or not words.isdisjoint(_REFERRING_PRONOUNS) or _TIME_BACK.search(text, near, att.span.start):
            return resolved
        return None
    return None


def _sentence(text: str, para_start: int, at: int) -> str:
    """The sentence holding offset ``at`` (read at most the attribution window either side)."""
    lo = max(para_start, at - ATTRIBUTION_WINDOW)
    start = max(text.rfind(". ", lo, at) + 2, lo)
    end = text.find(". ", at, at + ATTRIBUTION_WINDOW)
    return text[start : end if end >= 0 else at + ATTRIBUTION_WINDOW]


def _introduced_on(att: Attributed, before: Paragraph, narrated: list[tuple[int, tuple[dt.date, DateBasis], frozenset[str]]],
                   text: str, dates: _Dates) -> tuple[dt.date, DateBasis] | None:
    """The day the paragraph before says the speaker spoke, for words that open their own
    paragraph ("Keron Blair called for more investment in a statement on Thursday." and
    below, "“…,” said Blair."): the latest narrated date of its last sentence that follows
    a speech verb or a document noun closely ("told reporters yesterday", "in a despatch
    yesterday", not "the talks reopen on Tuesday") or that something came from someone
    ("received a bucketful of cold water Sunday from ... Colin Powell"), when that sentence
    names the speaker (the last word of the speaker's name)."""
    if not narrated or not att.speaker_name:
        return None
    lex = lexicon()
    for at, resolved, _ in reversed(narrated):
        if text.find(". ", at, before.end - 1) >= 0:
            return None  # (a date in an earlier sentence of the paragraph before)
        start = max(text.rfind(". ", before.start, at) + 2, before.start)
        if not any(lex.speech_lemma(w) or w in lex.document_nouns for w in re.findall(r"[a-z]+", text[max(before.start, at - _CUE_REACH) : at])) \
                and not _names_occasion(text, at, before.start, before.end) \
                and not _GIVEN_FROM.match(text, dates.words.pattern.match(text, at).end()) \
                and not ((issued := _ISSUED_BY.match(text, start, at)) and issued.group(1) in lex.document_nouns):
            continue  # the day of something else ("asked about the decision on Monday")
        surname = att.speaker_name.split()[-1]
        return resolved if re.search(rf"\b{re.escape(surname)}\b", text[start : before.end]) else None
    return None


def _reported_from(text: str, sentence_start: int, pos: int) -> int:
    """Where the words a date at ``pos`` may look ahead in start: after the sentence's last
    inflected speech verb before it, else at the sentence's start. A modal before that verb
    is the reported words' own ("the bill will pass, an analyst said in a note on Monday"
    gives Monday); "will announce on Monday" (a bare verb) stays ahead."""
    verb_end = sentence_start
    for word in _WORD.finditer(text, max(sentence_start, pos - _SPEECH_VERB_REACH), pos):
        lemma = lexicon().speech_lemma(word.group())
        if lemma and lemma != word.group().casefold():
            verb_end = word.end()
    return verb_end


def _names_occasion(text: str, at: int, lo: int, hi: int) -> bool:
    """The date at ``at`` names an occasion for words (a venue of ``data/attribution.yaml``:
    "at Monday's presidential debate", "during Tuesday's briefing"), within ``[lo, hi)``."""
    for pattern in lexicon().venues:
        m = pattern.search(text, max(lo, at - _OCCASION_REACH), hi)
        if m and m.start() < at:
            return True
    return False


def _aside(text: str, m: re.Match, sentence_start: int) -> bool:
    """Whether the date at ``m``, in the narration of a sentence starting at
    ``sentence_start``, is not the day of the event the sentence reports: one in a relative
    clause ("Reed, who on Monday called ...", "the plan, which was published Friday"), a
    deadline, a day ahead (see :func:`_speech_time`) or an earlier report's day."""
    return bool(_RELATIVE_CLAUSE.search(text[max(sentence_start, m.start() - 150) : m.start()])
                or not _speech_time(text, m, _reported_from(text, sentence_start, m.start()))
                or _EARLIER_REPORT.search(text, sentence_start, m.start()))


def _paragraph_event_date(para: Paragraph, quoted: list[tuple[int, int]], dates: _Dates,
                          window_end: int) -> tuple[dt.date, DateBasis] | None:
    """The first day a lead paragraph's narration gives before ``window_end`` (after its
    dateline, outside its quotations, not aside: see :func:`_aside`), else its dateline's."""
    # (the dateline gives the day the report was filed, not always the day of the event the
    # lead reports, so a date the lead itself gives comes first)
    opening = dateline(dates.text, para.start, para.end)
    pos = opening.end() if opening else para.start
    for a, b in [q for q in quoted if para.start <= q[0] < para.end] + [(para.end, para.end)]:
        for m in dates.within(pos, min(max(pos, a), window_end)):
            sentence_start = max(dates.text.rfind(". ", para.start, m.start()) + 2, para.start)
            resolved = None if _aside(dates.text, m, sentence_start) else dates._resolve(m)
            if resolved:
                return resolved
        pos = max(pos, b)
    return dates.first_in(para.start, opening.end()) if opening else None


def _lead_date(attributed: tuple[Attributed, ...], paragraphs: tuple[Paragraph, ...], dates: _Dates) -> tuple[dt.date, DateBasis] | None:
    """The date of the event the article's lead reports, read in the narrator's words only
    (a date inside a quotation is the speaker's).

    The lead is the first body paragraph; a short one without a day (a headline or a
    subtitle ending in a full stop, a kicker: "So much for the contrite candidate.") gives
    way to the next. A lead that gives no day gives way to the first day the narration
    after it gives, within ``_LEAD_WINDOW`` characters of the lead's start, outside the
    sentences of words of others than the lead's speakers ("Berg answered Reed, who on
    Monday called the plan “a farce.”" gives Reed's day), and not aside (see :func:`_aside`).
    """
    first = lead_paragraph(paragraphs)
    if first is None:
        return None
    window_end = first.start + _LEAD_WINDOW
    quoted = sorted((a.span.mark_start, a.span.mark_end) for a in attributed
                    if a.span.kind != "paraphrase" and first.start <= a.span.mark_start < window_end)
    lead = first
    for para in paragraphs:
        if para.start >= window_end:
            break
        if para.part != "body" or para.index < first.index:
            continue
        found = _paragraph_event_date(para, quoted, dates, window_end)
        lead = para
        if found:
            return found
        if len(para.text.split(None, _KICKER_WORDS)) > _KICKER_WORDS:  # (words counted only as far as needed: a paragraph may be 1 MB)
            break
    # the lead's speakers: a day their later words are given on is the lead's ("Schiff
    # called on ... / “...,” Schiff told Capital Download on Wednesday)
    lead_speakers = {a.speaker for a in attributed if first.index <= a.span.paragraph <= lead.index and a.speaker}
    said_in = sorted({(a.span.sentence_start, a.span.sentence_end) for a in attributed
                      if lead.end <= a.span.sentence_start < window_end and a.speaker not in lead_speakers})
    for m in dates.within(lead.end, window_end):
        if any(a <= m.start() < b for a, b in said_in):
            continue
        if _aside(dates.text, m, max(dates.text.rfind(". ", lead.end, m.start()) + 2, lead.end)):
            continue
        resolved = dates._resolve(m)
        if resolved:
            return resolved
    return None


def _first_said_on(attributed: tuple[Attributed, ...], paragraphs: tuple[Paragraph, ...], text: str,
                   dates: _Dates) -> tuple[Attributed, tuple[dt.date, DateBasis]] | None:
    """The first words of the article's opening (``_LEAD_WINDOW`` characters from the lead)
    whose own sentence gives the day they were said on, with that day ("On Tuesday, the court
    was told she was released with “very arduous bail conditions”"): the occasion the report
    quotes, which the lead's own date ("attracted the nation's attention on June 27") need not be."""
    first = lead_paragraph(paragraphs)
    if first is None:
        return None
    for att in attributed:
        if att.span.part != "body" or att.span.start < first.start:
            continue
        if att.span.start >= first.start + _LEAD_WINDOW:
            return None
        own = _own_date(att, text, dates)
        if own is not None:
            return att, own
    return None


def _quoted_again_below(dated: Attributed, lead: Paragraph, attributed: tuple[Attributed, ...]) -> bool:
    """Whether ``dated`` are quoted words in the lead or the paragraph after it, of a speaker
    the lead quotes, or named in their attribution ("Kremlin spokesman Dmitry Peskov" for
    "the Kremlin")."""
    if dated.span.kind == "paraphrase" or dated.span.paragraph > lead.index + 1:
        return False
    attribution = f"{dated.as_written} {dated.role or ''}".casefold()
    return any(a.span.paragraph == lead.index and a.span.kind != "paraphrase" and a.speaker_name
               and (a.speaker == dated.speaker or a.speaker_name.casefold() in attribution)
               for a in attributed)


def statement_id(article: Article, start: int, end: int, quote: str) -> str:
    """A stable id from the statement's content and place: the same words at the same place
    of the same article get the same id on every run."""
    digest = hashlib.sha1(f"{article.id}\x00{start}\x00{end}\x00{quote}".encode("utf-8"))
    return digest.hexdigest()[:12]


def resolve_dates(attributed: tuple[Attributed, ...], article: Article, paragraphs: tuple[Paragraph, ...]) -> tuple[Statement, ...]:
    """Date each attributed span and build its :class:`Statement` (venue and ``via`` too).

    In: the attributed spans of one article, the article (its ``published`` date may be
    None) and its paragraphs. Out: the statements in text order. Never raises on any text.
    """
    text = article.text
    published = article.published
    dates = _Dates(text, published)
    context = _lead_date(attributed, paragraphs, dates)
    said = _first_said_on(attributed, paragraphs, text, dates)
    lead = lead_paragraph(paragraphs)
    if said is not None and context is not None and said[1][0] > context[0]:
        # words said after the day the lead reports ("attracted attention on June 27 ... On
        # Tuesday, the court was told"): the report is of that later occasion
        context = said[1]
    elif said is not None and context is None and _quoted_again_below(said[0], lead, attributed):
        # a lead that quotes words and gives no day, and the same speaker's words dated right
        # below it ("The Kremlin has dismissed as “one more hoax” a report ... / “...,” Kremlin
        # spokesman Dmitry Peskov told radio, Interfax reported Thursday"): the lead's words
        # are of that occasion
        context = said[1]
    whole_via, local_via = find_credits(article, paragraphs)
    by_index = {p.index: p for p in paragraphs}
    ordered = sorted(paragraphs, key=lambda p: p.start)
    previous = {b.index: a for a, b in zip(ordered, ordered[1:]) if b.part == "body" and a.part == "body"}
    in_paragraph: dict[int, list[Attributed]] = {}
    for att in attributed:
        in_paragraph.setdefault(att.span.paragraph, []).append(att)
    # the date each speaker's latest words were given, with their paragraph, and their end
    # when the speaker was named there: words of the same speaker in the next paragraph go on
    # the same occasion, and further on too when no day is written between ("In a Monday
    # interview, Tom Reed said ..." and, after paragraphs about something else, ""…," Reed
    # said."); a day got without the name (through a pronoun, a possessive) goes no further
    spoke_on: dict[str, tuple[int, int | None, tuple[dt.date, DateBasis]]] = {}
    narrated: dict[int, list] = {}  # a paragraph's narrated dates, read when first needed
    statements = []
    for att in attributed:
        span = att.span
        venue = None
        for a, b in _outside(att):
            venue = venue or find_venue(text, a, b)
        own = _own_date(att, text, dates)
        local = own
        if local is None and span.part == "body":
            if published is not None and span.paragraph not in narrated:
                narrated[span.paragraph] = _narrated_dates(by_index[span.paragraph], in_paragraph[span.paragraph], text, dates, published)
            local = _narrated_date(att, narrated.get(span.paragraph, []), text, by_index[span.paragraph].start)
            if local is None and att.speaker and att.speaker in spoke_on:
                paragraph, end, said_on = spoke_on[att.speaker]
                if span.paragraph - paragraph <= 1 or end is not None and not dates.within(end, span.start):
                    local = said_on
            before = previous.get(span.paragraph)
            if local is None and before is not None and published is not None and span.sentence_start <= by_index[span.paragraph].start:
                if before.index not in narrated:
                    narrated[before.index] = _narrated_dates(before, in_paragraph.get(before.index, []), text, dates, published)
                local = _introduced_on(att, before, narrated[before.index], text, dates)
            local = (local[0], "context") if local else None
        if local and att.speaker:
            named = att.as_written and att.as_written.casefold() not in lexicon().pronouns
            spoke_on[att.speaker] = (span.paragraph, span.end if named else None, local)
        if local:
            date, basis = local
        elif context:
            date, basis = context[0], "context"
        elif published:
            date, basis = published, "publication"
        else:
            date, basis = None, "unknown"
        if own is None and date is not None and (days := _days_after(att, text)):
            date, basis = date - dt.timedelta(days=days), "context"
        role = att.person.role_on(date) if att.person else None
        quote = text[span.start : span.end]
        via = tuple(dict.fromkeys(whole_via + local_via.get(span.paragraph, ())))
        statements.append(
            Statement(
                id=statement_id(article, span.start, span.end, quote),
                article=article.id,
                quote=quote,
                kind=span.kind,
                speaker=att.speaker,
                speaker_name=att.speaker_name,
                speaker_kind=att.kind,
                as_written=att.as_written,
                start=span.start,
                end=span.end,
                paragraph=span.paragraph,
                part=span.part,
                role=role or att.role,
                date=date,
                date_basis=basis,
                venue=venue,
                via=via,
                source=span.source,
            )
        )
    return tuple(statements)
