"""Attribute stage: say who spoke the words of each span the extract stage found.

The attribution is read from the sentence around the words, in this order: a transcript
label (``PENCE: ...``); an attribution right after the quotation (``", he said``,
``", – said Zhang Jun, China's ...``); a speech verb before it (``Zhang said that "...``,
``According to the ministry, "...``); a headline's ``Subject: "..."``. A span with none
inherits: a quote that reopens one left open in the previous paragraph, or that shares a
paragraph with an attributed one, has that speaker; a paragraph that opens with a quotation
right after an attributed paragraph continues its speaker.

The words found (``Zhang``, ``he``, ``the envoy``, ``China's ambassador to the UN``) are then
resolved to a speaker: a surname to the fullest name the article or the registry gives, a
pronoun to the most recent speaker it agrees with, a role noun to the person introduced with
that role, a government noun to the country the article quotes.
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from rapidfuzz.distance import Levenshtein

from generator.clean import dateline, is_byline, lead_paragraph, looks_like_headline
from generator.extract import TITLE_JOINERS, QuoteSpan
from generator.lexicon import Lexicon, lexicon
from generator.models import Article, Paragraph, Person, Registry, SpeakerKind

ATTRIBUTION_WINDOW = 400
"""How far (in characters) from its words an attribution is looked for. News text never
attributes farther away within a sentence, and the bound keeps the work linear however
long a sentence of unbalanced marks runs."""
# How far back (in characters) a pronoun or a role noun looks for the one it refers to.
_REFERENCE_WINDOW = 5000
# An apposition ("China's permanent representative to the UN") is at most this many words.
_APPOSITION_TOKENS = 20
# ... and at most this many comma-separated pieces ("59, of Ashton, Md., who ...").
_APPOSITION_PIECES = 4
# A title written before a name and its comma ("Kelvia's foreign minister, Tomas Reyes,") is
# at most this many words.
_TITLE_WORDS = 5
# A line that names a speaker and a comma, with no verb nor stop, above their quotation
# ("Wissem Lechaa, a Customer Support employee at the call centre").
_LABEL_LINE = re.compile(r"(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+,")
# A pull quote's credit line ("Jane Doe, a historian, on the vote.") is at most this long.
_CREDIT_WORDS = 25
# A list item's opening: a dash or a bullet and a space.
_LIST_ITEM_MARKS = ("– ", "- ", "— ", "• ")
_PIECE_ENDS = frozenset({",", ";", ":", '"', "“", "”", "«", "»"})
# How far (in characters) after "issued by" a name in apposition stands ("by the Ombudsman, Ms
# Ama Owusu,").
_APPOSITION_REACH = 80
# A surname this long or longer may be a misspelling of one met before.
_MISSPELT_MIN = 6
# How many earlier (or later) mentions of a surname are weighed to resolve it.
_NAME_LOOKUPS = 8

# Words, numbers and punctuation; a full stop stays with a title's abbreviation ("Sen.")
# or an initial ("H.", "U.S."), not with a sentence's last word. (The capital looked for
# first: most tokens are then not compared with each abbreviation.)
_TOKEN = re.compile(
    r"(?=[A-Z])(?:Mr|Mrs|Ms|Dr|Sens?|Reps?|Govs?|Gen|Lt|Col|Sgt|Maj|Capt|Cpt|Adm|Cmdr|Cdr|Brig|Pvt|Pfc|Cpl|Spc|Det|Insp|Supt|Rev|St|Jr|Sr|Prof|Pres|Hon|Atty|Del|Ft|Mt)\."
    r"|(?:[A-Z]\.){1,3}(?![a-z])"
    r"|[^\W\d_][\w'’&]*(?:[.-](?=\w)[\w'’&]*)*|\d\w*(?:[,.](?=\d)\w*)*|[^\w\s]"
)  # (runs of word characters taken whole, not one character per alternation: the same tokens)
_DETERMINERS = frozenset("the a an his her its their our my this that these those another one some".split())
# Verbs before "to" whose subject is the one who then speaks ("tried to argue").
_TRYING = frozenset("tried tries wanted wants sought seeks went goes continued continues began begins "
                    "moved moves rushed rushes hastened appeared appears seemed seems used".split())
# Lower-case words inside an institution's name ("Bank of Scotland", "Bailey and Sons").
_NAME_JOINERS = frozenset("of and for the & on".split())
# ... those that join the parts of an institution's official title, read back from its last
# word ("Office for the Coordination of Humanitarian Affairs"), over at most this many tokens.
_OFFICIAL_TITLE_JOINERS = frozenset("of for and on &".split())
_LONG_TITLE_TOKENS = 12
# ... those that join the words of a firm's name ("Halden and Co", "Bank of Japan"), and those
# that join an institution's name after an inverted verb ("…, warns Bank of England").
_FIRM_JOINERS = frozenset("of and &".split())
# (the words that join a title to its complement before a name: "President of Ukraine ...",
# "Ambassador to the United States ...")
_TITLE_COMPLEMENTS = frozenset("of to".split())
_OF_JOINERS = frozenset("of for".split())
# Bodies a school or institute belongs to, named after "at" ("… School at the University of X").
_PARENT_BODIES = frozenset("university college".split())
# ... and those inside a name its acronym follows ("Office for Budget Responsibility (OBR)").
_ACRONYM_JOINERS = frozenset("of for and &".split())
# Nouns before a name that make it the alias of the sentence's subject ("The officer gave
# evidence using the alias David Nelson").
_ALIAS_NOUNS = frozenset("alias pseudonym codename".split())
# Participles of judging that no speech verb's list holds: "attacked as “…” by X" gives X's words.
_JUDGING_PARTICIPLES = frozenset("attacked deemed rejected excluded reprimanded ridiculed mocked".split())
# Forms of "be" before a participle that make a speech verb passive ("was told", "were asked").
_BE_FORMS = frozenset("was were been be being is are".split())
# Speech verbs whose passive subject is the one told ("the court was told", "was informed").
_TELLING = frozenset("tell inform brief assure remind".split())
# Verbs whose object is the one who answers next ("Lund asked Reed to ...").
_ASKING = frozenset("asked asks pressed presses questioned questions".split())
# A label before a colon ("Internet sensation Ken Bone: ...") is at most this many words.
_LABEL_WORDS = 8
# A possessive pronoun before a speech noun ("his claim that") -> the pronoun that speaks.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# Words that stand for one unnamed member of a group just mentioned ("“…,” one said.",
# "“…,” said another."): a speaker of its own, shown as written, not the one before.
_ANONYMOUS = frozenset({"one", "another", "someone", "somebody"})
# The noun of a person described by age ("the 25-year-old said").
_AGE_NOUN = "year-old"
# Words before a role noun that describe the person's past ("the retired general"): no title
# anyone was introduced with, so the person just talked about.
_FORMER = frozenset({"retired", "former", "ex"})
# Words before an office that make its holder someone below or beside it: a Deputy Prime
# Minister is not "the prime minister", a shadow chancellor not "the chancellor".
_SUBORDINATE = frozenset({"deputy", "shadow", "assistant", "junior"})
# Speech verbs that open a sentence before the speaker's name ("Said Hall, "…"", "Added Reed: "…"").
_OPENING_SPEECH = frozenset("said says added adds asked explained explains replied wrote informs notes recalls opines quips "
                            "reveals insists continues concludes".split())
# Words that say a person is left unnamed ("the unnamed official", "an anonymous source").
_UNNAMED = frozenset({"unnamed", "anonymous", "unidentified"})
# Endings of nouns for people by what they do ("salesman", "dealer", "arbitrageur"): after
# "one", "another", "a" or "an" such a noun is a speaker, listed or not.
_AGENT_ENDINGS = ("man", "woman", "person", "er", "eur", "or", "ist", "ian", "ant", "ent")
# ... of which these alone after "a" or "an", where "-er" and "-ent" are as often a thing ("a
# quarter", "a comment").
_PERSON_ENDINGS = ("man", "woman", "person", "eur", "ist", "ian")
# A speech verb after its subject and before a capitalised word: the reported clause's own
# subject ("Diplomats said David Cavanaugh … would be among those taking part"). (Only verbs
# whose object is what is said: after "asked", "told" or "accused" the name is the one spoken
# to, who answers; "claims" may be a noun.)
_REPORTED_SUBJECT = re.compile(r"(?<=\w) (?:said|says|added|adds|stated|insisted|argued|noted) (?:that )?(?=[A-Z][a-z])")
_WORD = re.compile(r"\w+")
# An inverted pronoun attribution after a clause reported without quotation marks
# (", he said."): the pronoun and the verb's word.
_INVERTED_PRONOUN = re.compile(r",\s+(he|she|they)\s+([a-z]+)\b[^.!?\n\"“”]{0,60}[.!?](?=\s|$)")
# How a sentence ends before the next starts: a closing quotation mark ends one only after
# the sentence's own stop (a fragment's mark mid-sentence, "in the "front line" of it, he
# said", does not).
_SENTENCE_ENDS = tuple(stop + mark + " " for stop in ".?!" for mark in ("", '"', "”", "’", "'"))
# ... and any inverted pronoun attribution, in the sentence (", he claimed,") or after it.
_INVERTED_ATTRIBUTION = re.compile(r",\s+(he|she|they)\s+([a-z]+)\b")
# A country's name is at least this long to be read in its adjective ("Kestria" in "Kestrian").
_STEM_MIN = 4
# Party adjectives: before a speech verb's form without a determiner they make it a noun.
_PARTY_ADJECTIVES = frozenset("republican democratic conservative liberal progressive partisan bipartisan".split())
_PREPOSITIONS = frozenset("of in on with by for from about after before at into".split())
# ... of which those that never open a speaker's complement ("on his campaign promises", not
# "a spokesman for his campaign says")
_TOPIC_PREPOSITIONS = frozenset("on about over against into after before despite through toward towards upon".split())
# Determiners after which a speech verb's form is a noun ("the statement", "her post").
_NOUN_DETERMINERS = frozenset("the a an his its their our my your these those another".split())
# Lower-case particles inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
# A nickname's quotation marks (opening: closing) and its most words ("José “Pepe” Mujica").
_NICKNAME_MARKS = {"“": "”", '"': '"'}
_NICKNAME_WORDS = 2
_CONNECTORS = frozenset("de van von der den bin al da del la le du di dos das ibn abu".split())
_FUNCTION_WORDS = frozenset(
    "the a an and but or so in on at to for of by with from as if when while after before "
    "this that these those it he she they we i you his her its their our my your there here "
    "then now also yet still meanwhile however although though because since until".split()
)
# Prepositions that open a sentence before a name or place ("Across America, ...",
# "Among her lessons: ..."): never the first word of a name.
_OPENING_PREPOSITIONS = frozenset(
    "across among amid amidst around along beyond inside outside within throughout toward towards "
    "against despite unlike upon via".split()
)
# Verbs (and the like) that open a sentence or a question before a name ("Having said that,
# ...", "Did Trump ...", "Whatever the outcome, ..."): never the first word of a name.
_OPENING_VERBS = frozenset(
    "having being did does do has have had was were is are could would should must whatever whoever contrary".split())
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning afternoon evening night week month year earlier later last this on "
    "recently previously once again".split()
)
# An opening adverbial ("When one analyst said on the air that ..., the questioner ...") is
# at most this many tokens before the comma after which the subject stands.
_INTRO_TOKENS = 25
# Words that open an adverbial before a sentence's subject ("During the forum, Trump ...").
_INTRO_WORDS = frozenset(
    "during after before following in at on when while as speaking asked although though since "
    "with without despite like unlike for from by under over meanwhile however still but and yet "
    "so also then later earlier instead asked responding writing".split()
)
# Pronoun resolution weighs distance in characters: an entity of unknown gender counts as
# this much farther, one already quoted as this much nearer.
_UNKNOWN_GENDER_COST = 200
_SPEAKER_BONUS = 300
_SUBJECT_BONUS = 300
_PARAGRAPH_BONUS = 200
_COURTESY_TITLES = frozenset("mr mrs ms miss mx dr".split())
# A noun that refers back to a body whose name ends in another word: British news calls a
# police service named before "the force" ("Staffordshire Police ... The force said").
_BODY_NOUN_NAMES = {"force": ("police", "constabulary")}
# Nouns a text describes a body it named before with ("the anti-graft body", "the nuclear
# watchdog"), whatever its name holds.
_BODY_EPITHETS = frozenset("body agency watchdog regulator".split())
# A document's participle and "by" before whoever issued it ("a statement issued by the
# Attorney General, Mr Kofi Mensah,"), as a pattern.
ISSUED_BY = r"(?:issued|released|signed|published|sent|posted) by\b"
# Last words of an institution's name that make it a building or a place, not a body that
# speaks ("Police Headquarters", "Baramulla Police Station").
_PREMISES = frozenset("headquarters hq station barracks compound premises building".split())
# How far back (in characters) "the company" looks for a business named only as a subject or a
# source (a few paragraphs, captions and link labels between them), and "they" for a group.
_BUSINESS_REACH = 1500
# A name a business may go by where the name scan does not keep it (it keeps people): a
# sentence's or a joined clause's subject before a lower-case word (a verb, checked after), the first of two
# joined subjects, a source after "according to", or the company whose shares moved.
_BUSINESS_NAMED = re.compile(
    r"\b(?:according to|[Ss]hares (?:in|of)) (?P<source>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&'’-]*){0,2})(?=[.,;\s])"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\bbut\s))(?P<subject>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&'’-]*){0,2})"
    r"(?:\s+and\s+[A-Z][\w&'’-]*)?\s+(?P<verb>[a-z]+)\b",
    re.MULTILINE,
)
# People named by their trade, with whose they are: "the Bank of America economists", "analysts
# at Kelby Bank" (the trade's singular must be a listed role).
_GROUP = re.compile(
    r"(?P<the>\b[Tt]he\s+)?(?P<whose>(?:[A-Z][\w&.'’-]*\s+(?:of\s+)?){1,4})?(?P<trade>[a-z]{4,}s)\b"
    r"(?:\s+(?P<joiner>at|of|from)\s+(?P<of>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))?"
)
# Adverbs that open a sentence before its subject ("Even Mike Pence ...").
_SENTENCE_ADVERBS = frozenset("even only just perhaps maybe indeed instead meanwhile moreover still".split())
# Adjectives that follow a noun with their complement ("sources familiar with the matter",
# "people close to the talks"): the noun before them is the head.
_POSTMODIFIERS = frozenset("familiar close aware briefed knowledgeable involved loyal linked allied".split())
# Verbs that make the words after a name's comma a clause, not an apposition.
_FINITE_VERBS = frozenset("is are was were has have had will would can could".split())
_MODALS = frozenset("shall should may might must do did".split())
_CLAUSE_VERBS = _FINITE_VERBS | _MODALS  # (one of them makes a clause of its own)
# Titles of peers, who are named "Lord X of Y" after a place.
_PEERAGES = frozenset("lord lady baron baroness viscount earl".split())
# Titles written with a name that say nothing of a position ("Mr Blair", "Sir Menzies
# Campbell", "Lady Sylvia Hermon"); a peer's title before a surname alone is part of the
# name instead ("Lord Butler": see _name_parts).
_NAME_TITLES = _COURTESY_TITLES | _PEERAGES | {"sir", "dame"}
# Letters written after a name for an office or an honour.
_POSTNOMINALS = frozenset("mp mep msp mla qc kc obe mbe cbe".split())
# What may follow a name that opens a sentence, besides a verb or a preposition: "Tories
# and Lib Dems welcomed …", "Protesters outside the hall chanted …".
_BETWEEN_NAMES = frozenset("and or outside inside near across around".split())
# Nouns after "in his ..." or "in the ... of X" that make the rest of the sentence that
# person's words ("In her words, ...", "In the view of the ministry, ...").
_VIEW_NOUNS = frozenset("words view opinion estimation".split())
# An outlet's credit ending a sentence ("..., BBC reported").
_REPORTED_END = re.compile(r"\b(?:reported|reports)$")
# What someone says aloud, whose full text a report may print after a colon.
_SPOKEN_TEXT_NOUNS = frozenset("address speech remarks appeal".split())
# Nouns of a claim that are no speech verb's forms ("the allegation made by critics that")
_CLAIM_NOUNS = frozenset("allegation allegations assertion assertions accusation accusations".split())
# The verbs that make a claim a person's ("made an improper remark that")
_MAKING = frozenset("made make makes making".split())
# A speaking occasion and "by" before a name, with a few words of title between: the
# occasion's speaker ("during a briefing by advisor to the head of the office Ada Lund").
_SPEAKING_BY = re.compile(r"\b(?:briefing|conference|speech|address|remarks|interview|lecture|statement)\s+by\s+(?:[\w'’-]+,?\s+){0,10}$")
_SPEAKING_BY_REACH = 120  # characters before the name in which to look for it
# The last words of a public body's name that two words joined by "and" may open ("the
# Securities and Exchange Commission", "the Fish and Wildlife Service"): not those of bodies
# that speak together ("the IMF and World Bank", "the Conservatives and Lib Dems").
_ONE_BODY_HEADS = frozenset("commission administration service authority agency board bureau council "
                            "office department institute directorate enforcement".split())
# Participles after which "by" names who asks ("confronted by a reporter about whether ...").
_QUESTIONING = frozenset("asked confronted pressed questioned challenged quizzed".split())
# ... which stand at most this many tokens apart, and "by" as far before "whether".
_QUESTION_TOKENS = 12
# Conjunctions that open a clause contrasting with the one before ("…," while most said ...).
_CONTRASTING = frozenset("while whereas although though".split())
# ... and conjunctions that open a condition or a reason: its subject is not the speaker
# ("talks could resume "as early as Thursday" if the union agreed to a mediator").
_CONDITIONAL = frozenset("if unless because provided".split())
_LABEL_ROLE_WORDS = 4  # lower-case role words between an organisation and its person in a label
_REPORTING_CLAUSE_TOKENS = 20  # how far after a fragment the comma of its reporter may be
_LAST_CLAUSE_TOKENS = 8  # ... and past that, how near the sentence's end (", the Tory leader said.")
_CONJUNCTIONS = frozenset("but and yet so also then still however even".split())
_COMPLEMENT = frozenset("of for to at from with in".split())
# Prepositions before a place that completes a nominal ("a group at Kelby University").
_PLACE_PREPOSITIONS = frozenset("at in from near".split())
# What follows an institution's name before its speech verb: an acronym in brackets, an aside
# between commas ("(CBP), on its website, says").
_INSTITUTION_VERB = re.compile(r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:,[^,.\n]{1,60},\s*)?([a-z]+)\b")
# A stock rated by a firm: "was downgraded to underperform from neutral at Credit Suisse".
_RATED = re.compile(r"\b(?:downgraded|upgraded|initiated|reiterated|rated)\b[^.!?\n]{0,100}?\b(?:at|by) "
                    r"(?P<firm>[A-Z][\w&.'’-]*(?:\s[A-Z][\w&'’-]*){0,3})")
# (an Arabic name's article written in lower case opens a name too: "al-Bashir", "el-Sisi")
_NAME_CHARS = re.compile(r"^(?:[ae]l-)?[A-ZÀ-ÖØ-ÞĀ-ſА-Я]")
_ARTICLES = ("al-", "el-")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Anywhere: where a token may start a name (a lower-case article, "al-", is read back from its
# capital: a class alone is what the scan of every paragraph can find fast).
_NAME_CHAR = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſА-Я]")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_DATE_WORDS = _TIME_WORDS | _MONTHS
# A capitalised word and a participle after a hyphen: an adjective ("UK-based", "Paris-born",
# "state-backed"), not "Pass-through" nor "E-slates".
_HYPHENED_ADJECTIVE = re.compile(r"[A-Z][\w.]*-(?:[a-z]+ed|born|run)$")
_AMOUNT_STARTS = frozenset("0123456789$£€¥")  # the first character of a sum or a number
_DASHES = frozenset({"-", "--", "–", "—"})
_QUOTE_MARKS = frozenset("\"'“”‘’«»„")
# ... standing as a token of its own (not the apostrophe inside "company's")
_QUOTE_MARK = re.compile("(?<![\\w'’])[{0}]|[{0}](?![\\w'’])".format(re.escape("".join(sorted(_QUOTE_MARKS)))))
_CLAUSE_STOP = re.compile("[;:]")
_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")
# The label of an interview's answer ("A: We knew it needed work.").
_ANSWER = re.compile(r"A\s?[:—–]\s")
# Nouns after a headline's quotation that say it comes from an interview with someone
# ("‘…’: A conversation with Mayor Lucia Ferrante").
_INTERVIEW_NOUNS = frozenset("conversation interview q&a chat talk".split())
_PARA_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):\s*[\"“«„]")


@dataclass(frozen=True)
class Attributed:
    """A span with its speaker.

    ``speaker`` is the registry key, or the fullest name the text gives ("" when nobody can
    be told); ``speaker_name`` the name to show; ``as_written`` the words of the text that
    attribute it ("" when inherited); ``role`` the apposition or title the text gives;
    ``kind`` what the speaker is (see :data:`generator.models.SpeakerKind`); ``person`` the
    registry entry when there is one; ``cue_start``/``cue_end`` the stretch of text that
    holds the attribution (where a venue or a date for the words is looked for).
    """

    span: QuoteSpan
    speaker: str
    speaker_name: str
    as_written: str
    role: str | None = None
    kind: SpeakerKind = ""
    person: Person | None = None
    cue_start: int = 0
    cue_end: int = 0


@dataclass
class _Entity:
    """A speaker or person the article names: what is known of it so far."""

    name: str
    kind: SpeakerKind
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    person: Person | None = None
    country: str | None = None
    # the gender of the spokesperson a body last spoke through ("a Home Office spokesman
    # said … He added"): whom the next "he" may mean
    voice: str | None = None
    # named only by what it is ("a spokesman", "the committee"): its statements say
    # ``description``, and two equal descriptions in two articles are not one speaker
    described: bool = False

    @property
    def key(self) -> str:
        return self.person.key if self.person else self.name

    @property
    def display(self) -> str:
        return self.person.name if self.person else self.name


@dataclass(frozen=True)
class _Phrase:
    """The words that name a speaker: ``text[start:end]``, parsed."""

    start: int
    end: int
    kind: str  # "name", "pronoun", "nominal"
    head: str  # the name without titles, the pronoun, or the nominal's head noun
    role: str | None = None
    modifiers: tuple[str, ...] = ()


# The registry's names by casefolded alias, per registry object (kept so its id stays its
# own): one registry serves every article of a run, and rebuilding this per article made
# attribution grow with the registry, quadratic in the corpus (a scale profile found it).
_NAMES_BY_REGISTRY: dict[int, tuple[Registry, dict[str, Person]]] = {}


def _registry_names(registry: Registry) -> dict[str, Person]:
    known = _NAMES_BY_REGISTRY.get(id(registry))
    if known is None:
        names: dict[str, Person] = {}
        for person in registry.people.values():
            for alias in (person.name, *person.aliases):
                names.setdefault(alias.casefold(), person)
        _NAMES_BY_REGISTRY.clear()  # one registry at a time: the previous one is done
        known = _NAMES_BY_REGISTRY[id(registry)] = (registry, names)
    return known[1]


class _Article:
    """What attribution knows about one article while it walks through its spans."""

    def __init__(self, article: Article, paragraphs: tuple[Paragraph, ...], registry: Registry,
                 spans: tuple[QuoteSpan, ...] = ()):
        self.text = article.text
        # where quotations stand: a person named inside one is not whom the narrator's
        # next "he said" means
        quoted = sorted((s.mark_start, s.mark_end) for s in spans if s.kind != "paraphrase")
        self._quoted_starts = [a for a, _ in quoted]
        self._quoted_ends = [b for _, b in quoted]
        self.article = article
        self.lex = lexicon()
        self.paragraphs = {p.index: p for p in paragraphs}
        ordered = sorted(paragraphs, key=lambda p: p.start)
        self._lead = lead_paragraph(tuple(ordered))
        self._para_starts = [p.start for p in ordered]
        self._para_ends = [p.end for p in ordered]
        self._para_tokens: dict[int, tuple[list[re.Match], list[int]]] = {}
        self._order = {p.index: k for k, p in enumerate(ordered)}
        self.entities: dict[str, _Entity] = {}
        self.by_token: dict[str, list[tuple[int, _Entity]]] = {}
        # (the entries of by_token whose entity has a name of two words or more)
        self.full_names_by_token: dict[str, list[tuple[int, _Entity]]] = {}
        self.mentions: list[tuple[int, _Entity]] = []
        self.institutions: list[tuple[int, str]] = []  # institutions named, in text order
        self.subjects: set[int] = set()  # offsets of mentions as a sentence's subject
        self.listed: set[int] = set()  # offsets of mentions in a list of names ("A, B and C")
        self._met: set[str] = set()  # names of the people mentioned so far while scanning
        self.nicknames: set[int] = set()  # offsets of the opening marks of nicknames within names
        self.spoken: list[tuple[int, int, _Entity]] = []
        self.with_role: dict[str, list[_Entity]] = {}
        self.registry_names = _registry_names(registry)
        for para in paragraphs:
            self._scan_names(para)

    # -- names met in the text -------------------------------------------------------

    def _scan_names(self, para: Paragraph) -> None:
        """Record every person-like name of a paragraph, so surnames and pronouns resolve.

        A headline in title case is skipped: every word of it looks like a name."""
        if para.part == "headline" and looks_like_headline(para.text) and _title_case(para.text) or is_byline(para.text):
            return  # (a byline's names are the writers', never whom a later "she said" means)
        tokens, starts = self._paragraph_tokens(self._order[para.index])
        token_at = dict(zip(starts, itertools.count()))
        k = 0
        # (only the tokens whose first character may start a name: the rest are skipped in C)
        for capital in _NAME_CHAR.finditer(self.text, para.start, para.end):
            at = capital.start()
            if at not in token_at and self.text[at - 3 : at] in _ARTICLES:
                at -= 3  # "al-Bashir": the token opens at its article
            if token_at.get(at, -1) < k:
                continue
            k = token_at[at]
            j = k
            while j + 1 < len(tokens) and self._continues_name(tokens, j):
                j += 1
            nickname = self._nickname_end(tokens, j)
            if nickname is not None:
                # "José “Pepe” Mujica": the name goes on after the nickname
                self.nicknames.add(tokens[j + 1].start())
                j = nickname + 1
                while j + 1 < len(tokens) and self._continues_name(tokens, j):
                    j += 1
            phrase = self._parse_name(tokens[k].start(), tokens[j].end(), tokens[k : j + 1])
            if phrase and phrase.kind == "name" and _names_organization(phrase.head) and not self._in_quotation(tokens[k].start()):
                self._add_institution(tokens, k, j, phrase)
            if phrase and phrase.kind == "name" and phrase.role is None and " " not in phrase.head and k > 1 and tokens[k - 1].group() == ",":
                kin = self._phrase_ending(tokens, k - 2, 0)
                if kin is not None and kin.kind == "nominal" and kin.head in self.lex.gendered_nouns:
                    # "Saipov's mother, Mukaddas,": one name, given after the person it is
                    phrase = replace(phrase, role=self.text[kin.start : kin.end])
            if phrase and phrase.kind == "name":
                ent = self._entity_for_name(phrase, tokens[k].start())
                if ent is None and self._given_name_gender(phrase) and self._starts_sentence(para.start, tokens[k].start()) \
                        and j + 1 < len(tokens) and (tokens[j + 1].group()[:1].islower() or tokens[j + 1].group() == ",") \
                        and not self._in_quotation(tokens[k].start()):
                    # "Carol-Ann suffered severe injuries.": a person the story calls by her
                    # given name (no one fuller named), whom a later "she" may mean
                    ent = self._entity(phrase.head, "person")
                    ent.gender = ent.gender or self._given_name_gender(phrase)
                if ent is not None:
                    self._title_of(tokens, k, phrase, ent)
                modifier = j + 1 < len(tokens) and tokens[j + 1].group()[:1].islower() and not tokens[j].group().endswith(("'s", "’s")) and (
                    tokens[j + 1].group().casefold() in self.lex.organization_nouns or self.lex.role_group(tokens[j + 1].group()))
                if ent is not None and not modifier and not self._in_quotation(tokens[k].start()):
                    # (a name modifying a noun, "the Clinton campaign", "a Trump supporter",
                    # does not bring that person up)
                    first_mention = ent.name not in self._met
                    self._met.add(ent.name)
                    self.mentions.append((tokens[k].start(), ent))
                    if self._in_name_list(tokens, k, j):
                        self.listed.add(tokens[k].start())
                    role_end = self._apposition_end(tokens, j + 1, len(tokens))
                    verb = next((t for t in range(j + 3, role_end + 1) if self.verb_at(tokens, t)), None) if role_end else None
                    if verb is not None:
                        # "Mr Prettejohn, Lloyd's chief executive said": the role ends at the verb;
                        # "in the Northern Echo, the Bishop said:": a clause after an adverbial, no role
                        governed = k > 0 and tokens[k - 1].group().casefold() in _PREPOSITIONS or k > 1 and \
                            tokens[k - 1].group().casefold() == "the" and tokens[k - 2].group().casefold() in _PREPOSITIONS
                        role_end = None if governed else verb - 1
                    after = role_end + 1 if role_end and role_end + 1 < len(tokens) and tokens[role_end + 1].group() == "," else j
                    speaks = after + 1 < len(tokens) and tokens[after + 1].group()[:1].islower() and self.lex.speech_lemma(tokens[after + 1].group())
                    # (a name its speech verb follows, "..., Spokeswoman Yelena Sorokina said", is that verb's subject)
                    if speaks or self._is_subject(para, tokens, k) or role_end and first_mention and self._introduces(tokens, j, ent):
                        self.subjects.add(tokens[k].start())
                    if role_end:
                        self._add_role(ent, self.text[tokens[j + 2].start() : tokens[role_end].end()])
                    if k > 1 and tokens[k - 1].group().casefold() in _ALIAS_NOUNS and tokens[k - 2].group().casefold() in {"the", "a", "an"}:
                        self._add_alias_role(tokens, k, ent)
                    if k > 1 and tokens[k - 1].group() == ",":
                        # "Dornland's foreign minister, Tomas Reyes,": the role before the name
                        title = self._phrase_ending(tokens, k - 2, 0)
                        if title is not None and title.kind == "nominal":
                            ent.gender = ent.gender or self.lex.gendered_nouns.get(title.head)  # "Saipov's mother, Mukaddas,"
                        if title is not None and title.kind == "nominal" and self.lex.role_group(title.head) \
                                and len(title.modifiers) <= _TITLE_WORDS and (
                                    title.modifiers[0].casefold() == "the" or title.modifiers[0].endswith(("'s", "’s"))):
                            # (a definite title: not "As a summer associate at a law firm," a past one)
                            self._add_role(ent, self.text[title.start : title.end])
                        elif title is None and (written := self._capitalised_title(tokens, k - 2)):
                            # "the Attorney General, Mr Kofi Mensah,": a title in capitals before the name
                            self._add_role(ent, written)
            k = j + 1

    def _unmarked(self, ent: _Entity, at: int) -> bool:
        """Nothing marks the entity met at ``at`` as a person (no registry entry, gender, role,
        voice or given name) and a person whom something does mark was named earlier in the
        same sentence: words of that person's description, more likely than someone else."""
        if ent.person is not None or ent.gender is not None or ent.voice is not None or ent.roles \
                or ent.name.split()[0].casefold() in self.lex.given_names:
            return False
        lo = start = max(0, at - ATTRIBUTION_WINDOW)
        end = at
        while (stop := self.text.rfind(". ", lo, end)) >= 0:
            word = re.search(r"\w+$", self.text[max(lo, stop - 6) : stop])
            if not word or not (len(word.group()) == 1 or word.group().casefold() in self.lex.honorifics):
                start = stop
                break
            end = stop  # "Dr. Ada Lund", "J. Reed": an abbreviation's stop, not the sentence's
        i = bisect.bisect_left(self.mentions, start, key=lambda x: x[0])
        return any(p < at and e is not ent and (e.roles or e.gender or e.person) for p, e in self.mentions[i : i + 8])

    def _given_name_gender(self, phrase: _Phrase) -> str | None:
        """The gender of a one-word name that is a given name, or given names joined by a
        hyphen ("Carol-Ann", "Jean-Pierre"); None for any other word."""
        words = phrase.head.casefold().split("-")
        if " " in phrase.head or phrase.role or not all(w in self.lex.given_names for w in words):
            return None
        return self.lex.given_names[words[0]]

    def _in_name_list(self, tokens: list[re.Match], k: int, j: int) -> bool:
        """The name of tokens ``k``..``j`` is one of a list of people's names ("Tom Aku, Ben
        Shilongo and Petrus Nande are charged", "Reed and Lund met"): one of several, whom a
        later "he" or "she" does not mean. Not a name and its titles ("Dr Ada Lund, MP,
        Kelby Constituency and Ranking Member")."""
        n = len(tokens)

        def person_like(a: int, b: int) -> bool:  # (tokens a..b-1 name a person: no title, body or abbreviation)
            words = [t.group() for t in tokens[a:b]]
            return bool(words) and all(_NAME_CHARS.match(w) and not w.isupper() and not self.lex.role_group(w)
                                       and w.casefold() not in self.lex.organization_words for w in words)

        def name_end(t: int) -> int:
            while t < n and _NAME_CHARS.match(tokens[t].group()):
                t += 1
            return t

        if k >= 2 and tokens[k - 1].group() in {"and", "&"} and _NAME_CHARS.match(tokens[k - 2].group()):
            s = k - 2
            while s > 0 and _NAME_CHARS.match(tokens[s - 1].group()):
                s -= 1
            return person_like(s, k - 1) and person_like(k, j + 1)
        t = j + 1
        # the names after it, each after a comma, up to the list's "and" (not an apposition,
        # "Tomas Reyes, the minister, said", nor a place, "In Lindford, Tom Reed said")
        while t + 1 < n and t - j < _APPOSITION_TOKENS and tokens[t].group() == "," and person_like(t + 1, name_end(t + 1)):
            t = name_end(t + 1)
        if t + 1 < n and tokens[t].group() == "," and tokens[t + 1].group() == "and":
            t += 1  # (a serial comma)
        return t + 1 < n and tokens[t].group() in {"and", "&"} and person_like(t + 1, name_end(t + 1)) and person_like(k, j + 1)

    def _capitalised_title(self, tokens: list[re.Match], j: int) -> str | None:
        """The title in capitals that ends at token ``j`` after "the", when it holds a role
        word ("the Attorney General", "the Inspector General of Police"), else None."""
        i = j
        while i >= 0 and j - i < _TITLE_WORDS and (_NAME_CHARS.match(tokens[i].group()) or tokens[i].group() in _OF_JOINERS):
            i -= 1
        if i < 0 or i == j or tokens[i].group().casefold() != "the" or not _NAME_CHARS.match(tokens[i + 1].group()):
            return None
        words = [t.group() for t in tokens[i + 1 : j + 1]]
        return " ".join(words) if any(map(self.lex.role_group, words)) else None

    def _add_alias_role(self, tokens: list[re.Match], k: int, ent: _Entity) -> None:
        """Give ``ent``, named at token ``k`` as an alias ("The officer gave evidence using the
        alias David Nelson"), the role noun its sentence's subject is: whom "the officer"
        then means."""
        s = k - 1
        while s > 0 and tokens[s - 1].group() not in {".", "!", "?"}:
            s -= 1
        subject = _subject(self, tokens[s:k], k - s)
        if subject is not None and subject.kind == "nominal" and self.lex.role_group(subject.head):
            self._add_role(ent, " ".join(subject.modifiers))

    def _title_of(self, tokens: list[re.Match], k: int, phrase: _Phrase, ent: _Entity) -> None:
        """Give ``ent`` the title written before its name with an "of" or "to" complement
        ("President of Ukraine Volodymyr Zelensky", "Minister of Foreign Affairs Ada Lund",
        "Ambassador to the United States Cui Tiankai"): the capitalised words before the "of"
        or "to" that ends at token ``k``, when one of them is a role."""
        of = k - 1 if k >= 1 and tokens[k - 1].group() in _TITLE_COMPLEMENTS else k - 2 if k >= 2 \
            and tokens[k - 2].group() in _TITLE_COMPLEMENTS and tokens[k - 1].group() == "the" else None
        if of is None:
            return
        i = of
        while i > 0 and of - i < _TITLE_WORDS and _NAME_CHARS.match(tokens[i - 1].group()):
            i -= 1
        if i < of and any(self.lex.role_group(t.group()) for t in tokens[i:of]):
            self._add_role(ent, self.text[tokens[i].start() : phrase.start].strip())

    def _add_institution(self, tokens: list[re.Match], k: int, j: int, phrase: _Phrase) -> None:
        """Record the institution named by tokens ``k``..``j``, with the complement of its
        name ("the Chinese Ministry of Commerce"), for "the ministry" to refer back to."""
        last = self._institution_end(tokens, j, len(tokens))
        start, at = phrase.start, tokens[k].start()
        if k >= 2 and tokens[k - 1].group() in {"and", "&"} and self.text[tokens[k - 2].end() : tokens[k].start()] == f" {tokens[k - 1].group()} " \
                and self._one_body_of_two_words([tokens[k - 2].group(), tokens[k - 1].group(), *self.text[phrase.start : phrase.end].split()]):
            start = at = tokens[k - 2].start()  # "the Securities and Exchange Commission": one name, read from its first word
        name = self.text[start : tokens[last].end() if last > j else phrase.end]
        self.institutions.append((at, re.sub(r"^(?i:the)\s+", "", name)))

    def _institution_end(self, tokens: list[re.Match], j: int, n: int, joiners: frozenset[str] = _NAME_JOINERS) -> int:
        """The last token of an institution's name whose first words end at token ``j``,
        through the complements of its name ("Bank of England", "Department for Education
        and Skills", "Institute for the Study of War") that ``joiners`` join, before token ``n``."""
        while j + 2 < n and tokens[j + 1].group() in joiners:
            the = tokens[j + 2].group() == "the" and tokens[j + 1].group() in {"of", "for", "on"}
            if not (j + 2 + the < n and _NAME_CHARS.match(tokens[j + 2 + the].group())):
                break
            j += 2 + the
            while j + 1 < n and _NAME_CHARS.match(tokens[j + 1].group()) and self.text[tokens[j].end() : tokens[j + 1].start()] == " ":
                j += 1
        return j

    def _institution(self, noun: str, pos: int) -> str | None:
        """The latest institution named before ``pos`` whose name holds ``noun`` ("the
        ministry" after "the Chinese Ministry of Commerce"), within the reference window."""
        i = bisect.bisect_left(self.institutions, pos, key=lambda x: x[0])
        while i > 0 and self.institutions[i - 1][0] >= pos - _REFERENCE_WINDOW:
            i -= 1
            name = self.institutions[i][1]
            words = name.casefold().split()
            if words[-1] in _PREMISES:
                continue  # a building, not the body: "escorted to Police Headquarters"
            # (a police service by its name's head: not "the Office for Police Conduct")
            if (noun in words or words[-1] in _BODY_NOUN_NAMES.get(noun, ())) and name.casefold() != noun:
                return name  # (not "Bank" itself: "the Bank" refers back to the full name)
        return None

    def _introduces(self, tokens: list[re.Match], j: int, ent: _Entity) -> bool:
        """The name ending at token ``j``, met for the first time, brings a person in with a
        role ("... worries Henry Crespo, president of the caucus."): whom the next "he said"
        most likely means, as much as a sentence's subject. Only a person whose gender is
        known, and only a role proper ("a ...", "the ...", "Bloomberg's ...", "president of
        ..."), not the rest of a sentence ("..., became agitated")."""
        first = tokens[j + 2].group()
        return ent.gender is not None and (
            first.casefold() in {"a", "an", "the"} or first.endswith(("'s", "’s")) or bool(self.lex.role_group(first.casefold())))

    def _in_quotation(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted_ends[i]

    def _is_subject(self, para: Paragraph, tokens: list[re.Match], k: int) -> bool:
        """The name at token ``k`` opens a sentence (a leading conjunction or title aside) or
        follows a speech verb (``…, noted NBC's Dante Chinni.``): the subject, whom a later
        "he" or "she" most likely means."""
        v = k - 1
        if v >= 0 and tokens[v].group().endswith(("'s", "’s")):
            v -= 1  # past the outlet: "noted Kelby Radio's Tom Reed"; a name is a few words
            # (unbounded, "China's China's …" walked back over every name for each name)
            while v >= 0 and k - v < _APPOSITION_TOKENS and _NAME_CHARS.match(tokens[v].group()):
                v -= 1
        if v > 0 and self.lex.speech_lemma(tokens[v].group()) and tokens[v - 1].group() in {",", "”", '"', "'", "’"}:
            return True  # an inverted attribution, not "said Pence did well"
        if v > 0 and tokens[v].group().casefold() in _ASKING:
            return True  # "Lund asked Reed to describe the mayor. He ...": who is asked answers
        titled = k
        while k > 0 and (tokens[k - 1].group().casefold() in _CONJUNCTIONS or self.lex.role_group(tokens[k - 1].group().casefold())
                         or tokens[k - 1].group().casefold().rstrip(".") in self.lex.honorifics):
            k -= 1
        body = k
        if k < titled and self.lex.role_group(tokens[k].group().casefold()):
            # "Barisan Nasional (BN) chairman Najib ... has called": the title's body (its
            # acronym in brackets) before the title
            while body > 0 and k - body < _TITLE_WORDS and (_NAME_CHARS.match(tokens[body - 1].group()) or tokens[body - 1].group() in {"(", ")"}):
                body -= 1
        if k > 1 and tokens[k - 1].group() == ",":
            # "The minister of the economy, Mr. Guajardo, argues": the name of the subject
            f = k - 2
            while f > 0 and k - f < _APPOSITION_TOKENS and tokens[f - 1].group() not in {",", ".", ";", ":"}:
                f -= 1
            first = tokens[f].group()
            if (first.casefold() in _DETERMINERS or first.endswith(("'s", "’s"))) and self._starts_sentence(para.start, tokens[f].start()):
                return True
        # (right after a lead's dateline, the name and its title, with the title's body, open the
        # story's first sentence: "KUALA LUMPUR, May 10 (Bernama) -- Barisan Nasional (BN)
        # chairman Najib ... has called"; elsewhere a body before the title is no sign)
        opening = dateline(self.text, para.start, tokens[k].start())
        return self._starts_sentence(para.start, tokens[k].start()) or opening is not None and opening.end() in (tokens[k].start(), tokens[body].start())

    def _starts_sentence(self, para_start: int, pos: int) -> bool:
        """``pos`` starts a sentence of the paragraph starting at ``para_start``."""
        # Back from pos over spaces and quotation marks (a slice from the paragraph's start
        # would copy the paragraph again for each name: quadratic).
        i = pos
        while i > para_start and self.text[i - 1] in " \"“”'‘’":
            i -= 1
        return i == para_start or self.text[i - 1] in ".!?:" or self._opens_list_item(para_start, i)

    def _opens_list_item(self, para_start: int, pos: int) -> bool:
        """``pos`` follows the bullet of an item of a list set out in lines ("\n - Hiring
        engineers ..."), in the paragraph starting at ``para_start``."""
        i = pos
        while i > para_start and self.text[i - 1] in " \t":
            i -= 1
        if i == para_start or self.text[i - 1] not in "-•*–—":
            return False
        i -= 1
        while i > para_start and self.text[i - 1] in " \t":
            i -= 1
        return i == para_start or self.text[i - 1] == "\n"

    def _continues_name(self, tokens: list[re.Match], j: int) -> bool:
        nxt = tokens[j + 1].group()
        gap = self.text[tokens[j].end() : tokens[j + 1].start()]
        if gap != " " or tokens[j].group().endswith(("'s", "’s")):
            return False  # "NBC's Dante Chinni": a possessive ends the name before it
        if _NAME_CHARS.match(nxt):
            # A title-case headline runs names into words: stop at function words and verbs.
            low = nxt.casefold()
            # (a place's second word is no verb: "United States", "Ivory Coast")
            return low not in _FUNCTION_WORDS and (not self.lex.speech_lemma(low)
                                                   or f"{tokens[j].group()} {nxt}".casefold() in self.lex.place_names)
        # a particle or two before the rest of the name ("Ursula von der Leyen"); most names
        # end at a word that is none, told before reading on
        if nxt not in _CONNECTORS:
            return False
        rest = next((t for t in tokens[j + 2 : j + 4] if t.group() not in _CONNECTORS), None)
        return rest is not None and bool(_NAME_CHARS.match(rest.group()))

    def _nickname_end(self, tokens: list[re.Match], j: int, n: int | None = None) -> int | None:
        """The index of the closing mark of a nickname in double quotation marks that follows
        the name ending at token ``j`` and is followed by the rest of the name ("José “Pepe”
        Mujica", "Luiz Inácio "Lula" da Silva"), before token ``n``; None when no nickname
        stands there."""
        n = len(tokens) if n is None else n
        if j + 3 >= n or tokens[j + 1].group() not in _NICKNAME_MARKS or tokens[j].group().endswith(("'s", "’s")) \
                or self.text[tokens[j].end() : tokens[j + 1].start()] != " ":
            return None
        m = j + 2
        while m < min(n, j + 2 + _NICKNAME_WORDS) and _NAME_CHARS.match(tokens[m].group()) \
                and self.text[tokens[m - 1].end() : tokens[m].start()] in {"", " "}:
            m += 1
        if m == j + 2 or m + 1 >= n or tokens[m].group() != _NICKNAME_MARKS[tokens[j + 1].group()] \
                or self.text[tokens[m - 1].end() : tokens[m].start()] or self.text[tokens[m].end() : tokens[m + 1].start()] != " ":
            return None
        rest = tokens[m + 1].group()
        return m if _NAME_CHARS.match(rest) or rest in _CONNECTORS else None

    def _parse_name(self, a: int, b: int, tokens: list[re.Match] | None = None) -> _Phrase | None:
        """A capitalised phrase as a name: titles and function words peeled off the front.

        ``tokens``: the tokens of ``text[a:b]`` when the caller has them (a run of whole
        tokens of a paragraph is tokenised alike on its own)."""
        found = list(_TOKEN.finditer(self.text, a, b)) if tokens is None else tokens
        # (after "of" the first words may end a title: "Secretary of State Ada Lund")
        parts = self._name_parts(tuple(map(re.Match.group, found)), self.text[max(0, a - 7) : a].endswith(("of ", "of the ")))
        if parts is None:
            return None
        first, last, cut, head, role, gender = parts
        return _Phrase(found[first].start(), found[last].end() + cut, "name", head, role, (gender,))

    @staticmethod
    @functools.lru_cache(maxsize=65536)  # the same names, titles and capitalised words recur
    def _name_parts(found: tuple[str, ...], after_of: bool = False) -> tuple[int, int, int, str, str | None, str] | None:
        """What :meth:`_parse_name` makes of these tokens: the name's first and last token
        (by index), the characters the last loses at its end (-2 for "'s"), the name, the
        title before it and the gender the title tells ("" when none); None when no name.
        ``after_of``: the tokens follow "of", where a title's last words may stand first,
        and the title words before the name are the complement's ("Head of the Office of the
        President Andrii Koval" is no president), not the person's role."""
        lex = lexicon()
        # (word, index of its token, characters cut off the token's end)
        words = [(w, k, 0) for k, w in enumerate(found)]
        while words and words[-1][0] in {"'s", "’s", "'", "’"}:
            words.pop()
        opening = next((i for i, (w, _, _) in enumerate(words) if w in _NICKNAME_MARKS), 0)
        closing = next((i for i in range(opening + 1, len(words)) if words[i][0] == _NICKNAME_MARKS[words[opening][0]]), 0) if opening else 0
        if closing:
            del words[opening : closing + 1]  # "José “Pepe” Mujica": a nickname is no part of the name
        if words and words[-1][0].endswith(("'s", "’s")):
            w, s, e = words[-1]
            words[-1] = (w[:-2], s, e - 2)
        role_words: list[str] = []
        title = None  # the title word right before the name
        gender = None
        while words:
            low = words[0][0].casefold()
            if low in _FUNCTION_WORDS or low in _MONTHS or low in _TIME_WORDS or low in _OPENING_PREPOSITIONS or low in _OPENING_VERBS \
                    or (low in _SENTENCE_ADVERBS or low in _OPENING_SPEECH) and len(words) > 1:
                words.pop(0)
                role_words = []
            elif len(words) == 1 and role_words and role_words[-1].casefold().rstrip(".") in _COURTESY_TITLES:
                break  # "Mr. King": after a courtesy title, the name itself
            elif low in lex.honorifics or low.rstrip(".") in lex.honorifics or lex.role_group(low):
                gender = lex.honorifics.get(low) or lex.honorifics.get(low.rstrip(".")) or gender
                title = words.pop(0)
                role_words.append(title[0])
            else:
                break
        # A title written before the name ("Foreign Ministry Spokesman Zhao Lijian"): the
        # name starts after the last title word.
        for t in range(len(words) - 2, -1, -1):
            low = words[t][0].casefold()
            if low in lex.honorifics or low.rstrip(".") in lex.honorifics or lex.role_group(low):
                gender = gender or lex.honorifics.get(low) or lex.honorifics.get(low.rstrip("."))
                role_words += [w for w, _, _ in words[: t + 1]]
                title = words[t]
                words = words[t + 1 :]
                break
        front = next((n for n in (2, 1) if len(words) > n
                      and " ".join(w for w, _, _ in words[:n]).casefold() in lex.leading_honorifics), 0)
        if front:
            # "Datuk Seri Najib Tun Razak", "Prime Minister Tan Sri Muhyiddin Yassin": an honour
            # written before the name, neither the name nor a role
            gender = gender or lex.leading_honorifics[" ".join(w for w, _, _ in words[:front]).casefold()]
            words = words[front:]
        while len(words) > 2 and (words[0][0].casefold() in lex.place_names
                                  or after_of and words[1][0].casefold() in lex.given_names
                                  or words[0][0].casefold() in lex.organization_words
                                  and (after_of or words[1][0].casefold() in lex.given_names)
                                  and words[-1][0].casefold() not in lex.organization_words):
            # "Ambassador to Russia Dmitry Kasyan", "Secretary of State Hillary Clinton",
            # "President of Kelvia Ivan Koval": the place or office the title ends with
            role_words.append(words.pop(0)[0])
        if len(words) > 3 and " ".join(w for w, _, _ in words[:2]).casefold() in lex.place_names \
                and words[-1][0].casefold() not in lex.organization_words:
            # "Ambassador to the United States Cui Tiankai": a place of two words, before a
            # name of two words or more (the title's, not a role when nothing else is); not
            # "Sri Lanka Banks Association", a body
            role_words += [w for w, _, _ in words[:2]] if role_words else []
            words = words[2:]
        while len(words) > 1 and words[-1][0].casefold() in _TIME_WORDS:
            words.pop()  # "John Podesta Tuesday": the day the text gives after the name
        while len(words) > 2 and words[-1][0].casefold().rstrip(".") in _POSTNOMINALS:
            role_words.append(words.pop()[0])  # "Paul Boateng MP", "Guy Mansfield QC"
        if words and words[-1][0].endswith(".") and len(words[-1][0]) > 2 and words[-1][0].casefold() not in lex.honorifics:
            w, s, e = words[-1]
            words[-1] = (w[:-1], s, e - 1)  # a sentence's full stop, not an abbreviation's
        if not words or sum(w not in _CONNECTORS for w, _, _ in words) > 4 or len(words) > 1 and all(w.isupper() for w, _, _ in words):
            return None  # a run of capitalised words too long for a name, or a shouted subhead
        if len(words) == 1 and title and title[0].casefold() in _PEERAGES and title[1] == words[0][1] - 1:
            # "Lord Butler": a peer goes by the title and the name, in every article alike,
            # and a surname met later is his ("Butler"), not whoever else bears it
            words.insert(0, title)
            role_words.pop()
        names = [w for w, _, _ in words]
        head = " ".join(names)
        return words[0][1], words[-1][1], words[-1][2], head, None if after_of else " ".join(role_words) or None, gender or ""

    def _entity_for_name(self, phrase: _Phrase, pos: int) -> _Entity | None:
        """The entity a name refers to, created when the name is new (None for non-persons
        met while scanning, which only records people)."""
        name = phrase.head
        low = name.casefold()
        gender = phrase.modifiers[0] if phrase.modifiers and phrase.modifiers[0] else None
        person = self._registered(phrase, pos)
        if low in self.lex.place_names and person is None or low in self.lex.not_speakers:
            return None
        if _names_organization(name) and person is None and not _courtesy_titled(phrase) and not self._titled_elsewhere(name):
            return None
        words = name.split()
        if len(words) == 1 and person is None:
            ent = self._known_surname(words[0], pos)
            if ent is None and not phrase.role:
                return None
            ent = ent or self._entity(name, "person")
        else:
            ent = self._entity(person.name if person else name, "person", person)
        if gender and not ent.gender:
            ent.gender = gender
        if not ent.gender and (len(words) > 1 or ent.person is None):
            ent.gender = self.lex.name_gender(ent.name.split())
        if phrase.role:
            self._add_role(ent, phrase.role)
        for w in words:
            self._index_word(w, pos, ent)
        return ent

    def _registered(self, phrase: _Phrase, pos: int) -> Person | None:
        """The registry entry a name phrase names: by the name, the title and the name
        ("Ambassador Zhang"), or a peer's name without the title ("Butler" for "Lord Butler");
        not a surname alone when the text has named someone else by it before ``pos`` ("Carrot
        Zhang, an employee, said ... “…,” Zhang said" is not the registry's Zhang Jun)."""
        words = phrase.head.split()
        person = self.registry_names.get(phrase.head.casefold()) \
            or phrase.role and self.registry_names.get(f"{phrase.role} {phrase.head}".casefold()) \
            or len(words) == 2 and words[0].casefold() in _PEERAGES and self.registry_names.get(words[1].casefold()) \
            or None
        if person is not None and len(words) == 1 and not phrase.role:
            seen = self.full_names_by_token.get(phrase.head.casefold(), [])
            before = bisect.bisect_left(seen, pos, key=lambda x: x[0])
            if before and seen[before - 1][1].person is None:
                return None
        return person

    def entity_of(self, key: str) -> _Entity | None:
        """The entity met so far whose :attr:`_Entity.key` (a statement's speaker) is ``key``."""
        return self.entities.get(key.casefold())

    def _entity(self, name: str, kind: SpeakerKind, person: Person | None = None, described: bool = False) -> _Entity:
        key = person.key if person else name
        if person:
            kind = person.kind  # the registry knows a country from a person ("China said")
        ent = self.entity_of(key)
        if ent is None:
            ent = self.entities[key.casefold()] = _Entity(name=name, kind=kind, person=person, described=described)
            if person:
                for w in (w for alias in (*person.aliases, person.name) for w in alias.split()):
                    self._index_word(w, -1, ent)
                for role in person.roles:
                    self._add_role(ent, role.title)
        return ent

    def _index_word(self, word: str, pos: int, ent: _Entity) -> None:
        """Record that a word of ``ent``'s name was met at ``pos`` (-1: the registry's)."""
        entry = (pos, ent)
        bisect.insort(self.by_token.setdefault(word.casefold(), []), entry, key=lambda x: x[0])
        if len(ent.name.split()) > 1:
            bisect.insort(self.full_names_by_token.setdefault(word.casefold(), []), entry, key=lambda x: x[0])

    def _add_role(self, ent: _Entity, role: str) -> None:
        groups, country = _role_facts(role)
        if role not in ent.roles:
            ent.roles.append(role)
            for group in groups:
                if ent not in self.with_role.setdefault(group, []):
                    self.with_role[group].append(ent)
        if country and not ent.country:
            ent.country = country

    def _known_surname(self, word: str, pos: int) -> _Entity | None:
        """The person whose name holds ``word``: the latest met before ``pos``, else the first
        after (where a word opening the name must be a given name)."""
        seen = self.by_token.get(word.casefold().rstrip("."), [])
        i = bisect.bisect_right(seen, pos, key=lambda x: x[0])
        # The nearest few before (a last-name match preferred over a first-name one,
        # "Clinton" over "Hillary"), else the first after: a bounded look either way.
        before = [e for p, e in seen[max(0, i - _NAME_LOOKUPS) : i] if len(e.name.split()) > 1 or e.person]
        if before:
            last = [e for e in before if e.name.split()[-1].casefold() == word.casefold()]
            if len({id(e) for e in last}) > 1:
                # two people share the surname ("Chelsea Clinton" met after "Hillary Clinton"):
                # the surname alone is the one the text names most, the other goes by her
                # given name; the latest of those tied
                counts = collections.Counter(id(e) for _, e in seen[:i])
                return max(reversed(last), key=lambda e: counts[id(e)])
            return (last or before)[-1]
        # (not by a first word that is no given name: "Kelby said" is not "The Kelby Model 3
        # sedan" named later, while "Sharon" is "Sharon Osbourne")
        low = word.casefold().rstrip(".")
        after = [e for p, e in seen[i : i + _NAME_LOOKUPS] if len(e.name.split()) > 1
                 and (e.name.split()[0].casefold() != low or low in self.lex.given_names)]
        if after:
            return after[0]
        # no fuller name at all: the one word an office came with ("President Trump's
        # campaign ... Trump himself ..., he said"; not a rank or style, "Prince Harry")
        titled = [e for p, e in seen[max(0, i - _NAME_LOOKUPS) : i]
                  if any(self.lex.role_group(r.split()[-1]) for r in e.roles)
                  and not any(len(o.name.split()) > 1 for _, o in seen[:_NAME_LOOKUPS])]
        if titled:
            return titled[-1]
        return None if seen else self._misspelt_surname(word)

    def _misspelt_surname(self, word: str) -> _Entity | None:
        """The person among the latest met whose surname ``word`` misspells by one letter
        ("McLenney" for "Tyresha McClenney"): only for longer names, whose first letter
        agrees, and only when one person fits."""
        low = word.casefold()
        if len(low) < _MISSPELT_MIN:
            return None
        fits = {ent.name: ent for ent in itertools.islice(reversed(self.entities.values()), _NAME_LOOKUPS * 4)
                if ent.kind == "person" and len(ent.name.split()) > 1 and ent.name.split()[-1][:1].casefold() == low[:1]
                and Levenshtein.distance(ent.name.split()[-1].casefold(), low, score_cutoff=1) == 1}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def note_speaker(self, pos: int, ent: _Entity) -> None:
        """Remember who spoke at ``pos`` (kept in text order for the lookups below)."""
        bisect.insort(self.spoken, (pos, len(self.spoken), ent), key=lambda x: x[:2])

    def _recent(self, pos: int) -> list[tuple[int, _Entity, bool]]:
        """Speakers and people named within the reference window before ``pos``, nearest
        first, as (offset, entity, whether it spoke)."""
        lo = pos - _REFERENCE_WINDOW
        out = []
        for history, spoke in ((self.spoken, True), (self.mentions, False)):
            i = bisect.bisect_left(history, pos, key=lambda x: x[0])
            while i > 0 and history[i - 1][0] >= lo:
                i -= 1
                out.append((history[i][0], history[i][-1], spoke))
        out.sort(key=lambda x: -x[0])
        return out

    # -- finding the words that attribute a span ------------------------------------

    def tokens(self, a: int, b: int) -> list[re.Match]:
        """The tokens lying within ``text[a:b]``; a paragraph is tokenised once and sliced,
        so that the many overlapping windows read around dense quotations cost little."""
        k = bisect.bisect_right(self._para_starts, a) - 1
        if k < 0 or b > self._para_ends[k]:
            return list(_TOKEN.finditer(self.text, a, b))
        found, starts = self._paragraph_tokens(k)
        i = bisect.bisect_left(starts, a)
        j = bisect.bisect_left(starts, b, lo=i)
        while j > i and found[j - 1].end() > b:
            j -= 1
        return found[i:j]

    def _paragraph_tokens(self, k: int) -> tuple[list[re.Match], list[int]]:
        """The tokens of the ``k``-th paragraph in text order and their offsets (not to be changed)."""
        if k not in self._para_tokens:
            found = list(_TOKEN.finditer(self.text, self._para_starts[k], self._para_ends[k]))
            self._para_tokens[k] = (found, list(map(re.Match.start, found)))
        return self._para_tokens[k]

    def verb_at(self, tokens: list[re.Match], k: int) -> tuple[str, int] | None:
        """The speech verb's lemma starting at token ``k`` and the index of its last token."""
        word = tokens[k].group()
        if not word[:1].islower() and not (
                # "Said Hall, "…"": a sentence opened by its verb, the speaker right after it
                word[:1].isupper() and word.casefold() in _OPENING_SPEECH and (k == 0 or tokens[k - 1].group() in {".", "!", "?"})
                # (or a description: "Informs a source close to the show, "…"")
                and k + 1 < len(tokens) and (_NAME_CHARS.match(tokens[k + 1].group()) or tokens[k + 1].group() in {"a", "an", "the"})):
            return None
        low = word.casefold().rstrip(".")
        if low not in self.lex.multiword_heads and not self.lex.speech_lemma(low):
            return None  # (most words: no need to read their neighbours)
        if k > 0 and (tokens[k - 1].group().casefold() in _NOUN_DETERMINERS or tokens[k - 1].group().endswith(("'s", "’s"))
                      or tokens[k - 1].group() in _PREPOSITIONS and not word.endswith("ing")) or (
                k + 1 < len(tokens) and tokens[k + 1].group() in {"is", "was", "are", "were"}):
            return None  # "the tweet", "Trump's remarks", "a series of tweets", "her mental state is": a noun
        if k > 2 and low.endswith("s") and tokens[k - 3].group() in _TOPIC_PREPOSITIONS and tokens[k - 1].group().islower() \
                and tokens[k - 2].group().casefold() in _POSSESSIVE_PRONOUNS:
            return None  # "backpedaling on his campaign promises": a noun phrase's plural noun, no verb
        if k > 0 and tokens[k - 1].group().casefold() in _PARTY_ADJECTIVES and (
                k < 2 or tokens[k - 2].group().casefold() not in _DETERMINERS):
            return None  # "32% of Republican claims": a party's claims, not "the Republican claims"
        for rest in self.lex.multiword_heads.get(low, ()):
            parts = rest.split()
            if k + len(parts) < len(tokens) and [t.group().casefold().rstrip(".") for t in tokens[k + 1 : k + 1 + len(parts)]] == parts:
                return self.lex.speech_forms[f"{low} {rest}"], k + len(parts)
        lemma = self.lex.speech_lemma(low)
        if lemma in self.lex.not_speech_before_to and k + 1 < len(tokens) and tokens[k + 1].group().casefold() == "to":
            return None  # "Kelby continues to face "…"": no speech, the clause's own verb follows
        if lemma in self.lex.not_speech_before_amount and k + 1 < len(tokens) and tokens[k + 1].group()[:1] in _AMOUNT_STARTS:
            return None  # "the plan would add $1.5 trillion to the debt": a sum, not words
        return (lemma, k) if lemma else None

    def phrase_before(self, tokens: list[re.Match], k: int, lo_token: int = 0) -> _Phrase | None:
        """The speaker phrase that ends right before token ``k`` (a verb), reading backwards."""
        j = k - 1
        while j >= lo_token and (tokens[j].group().casefold() in self.lex.adverbs and tokens[j].group()[:1].islower() or tokens[j].group().casefold() in _TIME_WORDS
                                 or tokens[j].group().endswith(("ly", "n't", "n’t")) and tokens[j].group().islower()):
            j -= 1
        if j > lo_token and tokens[j].group() == "to":
            j -= 1  # "The pressure prompted the prime minister to say …": who says it
        if j > lo_token and tokens[j].group().casefold() in {"who", "whom", "which"} and tokens[j - 1].group() in {",", ")"}:
            j -= 1  # "Sen. Ron Johnson (R-Wis.), who told ...", "the ministry, which said": what the clause is about
            if tokens[j].group() == ",":
                j -= 1
        elif j > lo_token and tokens[j].group().casefold() == "who":
            named = self._named_before_apposition(tokens, j, lo_token)
            if named is not None:
                return named
        elif j > lo_token and tokens[j].group().casefold() == "which" and _NAME_CHARS.match(tokens[j - 1].group()):
            j -= 1  # "the Kelby Police Department which reported": the institution named
        if j < lo_token:
            return None
        low = tokens[j].group().casefold()
        if low in _ANONYMOUS and (j == lo_token or not tokens[j - 1].group()[:1].isalnum()):
            return _Phrase(tokens[j].start(), tokens[j].end(), "nominal", low, None, (low,))  # ""…," one said"
        if low in {"and", "but"}:
            # "X said on Monday that …, but warned that …": the subject of the first speech
            # verb, read as that verb reads it (the sentence's start may hold a long title)
            first = next((v for v in range(j - 1, lo_token, -1) if self.verb_at(tokens, v)), None)
            return (self.phrase_before(tokens, first, lo_token) if first is not None else None) \
                or self.phrase_after(tokens, lo_token, k)
        if tokens[j].group() == ")":
            while j >= lo_token and tokens[j].group() != "(":
                j -= 1
            j -= 1
            named = self._named_before_acronym(tokens, j, lo_token)
            if named is not None:
                return named  # "The Customs and Border Protection (CBP) says"
        role = None
        if j >= lo_token and tokens[j].group() == ",":
            # "Zhang Jun, China's permanent representative to the UN, said"; "Ann Lund, 59,
            # of Ashton, Md., who watched the ceremony, said": through ages, places, clauses
            c = j - 1
            while c >= lo_token and tokens[c].group() not in _PIECE_ENDS:
                c -= 1
            stray = self._phrase_ending(tokens, j - 1, lo_token) if c < lo_token and j - 1 >= lo_token else None
            if stray is not None and stray.start == tokens[lo_token].start():
                # "“…,” Ada Lund from the Kelby Institute, told the BBC": a stray comma
                # between the subject and its verb, the subject all the words before it
                return stray
            if c < lo_token or tokens[c].group() != "," or c >= j - 1:
                return None
            role_end = j - 1
            state = False  # the piece after is one capitalised word: a town's state
            for _ in range(_APPOSITION_PIECES):
                a = c
                while a - 1 >= lo_token and tokens[a - 1].group() not in _PIECE_ENDS:
                    a -= 1
                words = [t.group() for t in tokens[a:c]]
                if a - 1 < lo_token or a == c or tokens[a - 1].group() != "," or not (
                        self._apposition_piece(words)
                        # a role broken by its town's state: "Lindner, the Cincinnati, Ohio, investor who ..."
                        or state and words[0].casefold() in {"the", "a", "an"} and _NAME_CHARS.match(words[-1])):
                    break
                state = len(words) == 1 and bool(_NAME_CHARS.match(words[0]))
                c = a - 1
            role = self.text[tokens[c + 1].start() : tokens[role_end].end()]
            first = role.split()[0].casefold() if role.split() else ""
            if role.isdigit():
                role = None  # an age
            elif first in _PREPOSITIONS or first in self.lex.adverbs or first in _TIME_WORDS or first.endswith("ly"):
                role = None  # "Sergey Ryabkov, in turn, said", "Reed, however, said": an aside
            j = c - 1
            if j > lo_token and tokens[j].group() == ")" and role is None:
                # "The Customs and Border Protection (CBP), on its website, says": the name
                # before its acronym and the aside
                while j > lo_token and tokens[j].group() != "(":
                    j -= 1
                j -= 1
                named = self._named_before_acronym(tokens, j, lo_token)
                if named is not None:
                    return named
        if j < lo_token:
            return None
        phrase = self._phrase_ending(tokens, j, lo_token)
        if phrase is None and role and _NAME_CHARS.match(role):
            named = self._name_phrase(tokens[j + 2].start(), tokens[k - 1].end() if tokens[k - 1].group() != "," else tokens[k - 2].end())
            if named is not None and named.kind == "name" and len(named.head.split()) > 1 and not _names_organization(named.head):
                return named  # "Your predecessor, Hamish Blackwood, told": the name between the commas
        holder = self._holder_of_place(tokens, phrase, j, lo_token) if phrase and phrase.kind == "name" else None
        if holder is not None:
            return holder
        if phrase and (phrase.kind == "nominal" or phrase.kind == "name" and _names_organization(phrase.head)) \
                and role and _NAME_CHARS.match(role):
            named = self._name_phrase(tokens[j + 2].start(), tokens[k - 1].end() if tokens[k - 1].group() != "," else tokens[k - 2].end())
            if named is not None and named.kind == "name" and len(named.head.split()) > 1:
                # "the governor of the region, Vyacheslav Gladkov, wrote": the name is who speaks
                nominal = self.text[phrase.start : phrase.end]
                return _Phrase(phrase.start, named.end, "name", named.head, named.role or nominal, named.modifiers)
        if phrase and phrase.kind == "nominal" and role and role.startswith("the "):
            institution = role[4:]
            words = institution.split()
            if words and all(_NAME_CHARS.match(w) or w in _NAME_JOINERS for w in words) and _NAME_CHARS.match(words[-1]) \
                    and _names_organization(institution):
                # "NatWest's corporate parent, the Royal Bank of Scotland Group, said": the
                # institution the apposition names speaks
                end = tokens[k - 1].end() if tokens[k - 1].group() != "," else tokens[k - 2].end()
                return _Phrase(phrase.start, end, "name", institution, self.text[phrase.start : phrase.end])
        if phrase and role and not role.casefold().startswith(("who ", "which ", "that ")) and not role.split()[0].endswith("ing"):
            return _Phrase(phrase.start, tokens[k - 1].end() if tokens[k - 1].group() != "," else tokens[k - 2].end(), phrase.kind, phrase.head, role, phrase.modifiers)
        if role is None and (phrase is None or phrase.kind == "nominal" or _names_organization(phrase.head)
                             or self.lex.role_group(phrase.head.split()[-1])):
            titled = self._title_left_open(tokens, j, lo_token)
            if titled is not None:
                return titled
        if phrase is not None and any(t.group().casefold() in {"who", "which"} for t in tokens[max(lo_token, j) : k]):
            return phrase  # (a relative clause is about the last one named)
        return self._first_of_pair(tokens, phrase, lo_token) or phrase

    def _one_of_people(self, phrase: _Phrase | None) -> bool:
        """Whether ``phrase`` is a person's full name (two words or more, no body, no place)."""
        return phrase is not None and phrase.kind == "name" and len(phrase.head.split()) > 1 \
            and not _names_organization(phrase.head) and phrase.head.casefold() not in self.lex.place_names

    def _first_of_pair(self, tokens: list[re.Match], phrase: _Phrase | None, lo: int) -> _Phrase | None:
        """The first of two people (or of a list) named as one subject ("Daniel Ives and John
        Katsingris of Wedbush Securities said"), credited as the text names them first, with
        the pair's complement for a role; None unless ``phrase`` is the last person's full name
        and the list opens its clause (not "His name is Tote King and Manuel Millan says", nor a
        list of objects, "celebrities like Patti LaBelle and Stevie Wonder, who joked")."""
        if not self._one_of_people(phrase):
            return None
        i = bisect.bisect_left(tokens, phrase.start, lo=lo, key=re.Match.start)
        if i - 2 < lo or tokens[i - 1].group() != "and":
            return None
        first = self._phrase_ending(tokens, i - 2, lo)
        if not self._one_of_people(first):
            return None
        while True:  # "CNN's Marshall Cohen, Zachary Cohen and Dan Merica write": the first of the list
            f = bisect.bisect_left(tokens, first.start, lo=lo, key=re.Match.start)
            earlier = self._phrase_ending(tokens, f - 2, lo) if f - 2 >= lo and tokens[f - 1].group() == "," else None
            if not self._one_of_people(earlier):
                break
            first = earlier
        opener = tokens[f - 1].group() if f > lo else ""
        if opener and not (opener in _PIECE_ENDS or opener in {".", "As", "as"} or opener.endswith(("'s", "’s"))
                           or self.lex.role_group(opener.removesuffix("s"))):
            return None
        own = self.text[tokens[i].start() : phrase.end]
        complement = own[own.find(phrase.head) + len(phrase.head) :].strip() if phrase.head in own else ""
        return _Phrase(first.start, phrase.end, "name", first.head, first.role or complement or None, first.modifiers)

    def _parent_end(self, tokens: list[re.Match], j: int, n: int) -> int:
        """The last token of the university a school whose name ends at token ``j`` belongs to
        ("Wharton Business School at the University of Pennsylvania"), else ``j``."""
        a = j + 2 if j + 2 < n and tokens[j + 1].group() == "at" else None
        if a is not None and tokens[a].group() == "the" and a + 1 < n:
            a += 1
        if a is None or tokens[a].group().casefold() not in _PARENT_BODIES \
                and not (a + 1 < n and tokens[a + 1].group().casefold() in _PARENT_BODIES):
            return j
        e = a
        while e + 1 < n and _NAME_CHARS.match(tokens[e + 1].group()) and self.text[tokens[e].end() : tokens[e + 1].start()] == " ":
            e += 1
        return self._institution_end(tokens, e, n, _OF_JOINERS)

    def _named_before_acronym(self, tokens: list[re.Match], j: int, lo: int) -> _Phrase | None:
        """The institution whose full name ends at token ``j``, right before its acronym in
        brackets, when the name joins words with "and" or "of" ("The U.S. Customs and Border
        Protection (CBP)"): the brackets say the words before are one name, however long."""
        if not (lo <= j and j + 3 < len(tokens) and tokens[j + 1].group() == "(" and tokens[j + 2].group().isupper()
                and tokens[j + 3].group() == ")"):
            return None
        b = j
        while b - 1 >= lo and (_NAME_CHARS.match(tokens[b - 1].group()) and tokens[b - 1].group().casefold() not in _DETERMINERS
                               or tokens[b - 1].group() in _ACRONYM_JOINERS and b - 2 >= lo and _NAME_CHARS.match(tokens[b - 2].group())):
            b -= 1
        words = [t.group() for t in tokens[b : j + 1]]
        if _ACRONYM_JOINERS.isdisjoint(words) or not _names_organization(" ".join(words)):
            return None
        return _Phrase(tokens[b].start(), tokens[j].end(), "name", self.text[tokens[b].start() : tokens[j].end()])

    def _title_left_open(self, tokens: list[re.Match], j: int, lo: int) -> _Phrase | None:
        """A person's name and a title in capitals after a comma that no comma closes before the
        verb ("Dr Kojo Mensah, Ranking Member on Finance has stated", "Mr Ama Owusu, Managing
        Director of Kelby Bank said"), the title ending at token ``j``: the person."""
        c = j
        while c > lo and j - c < _APPOSITION_TOKENS and (_NAME_CHARS.match(tokens[c].group()) or tokens[c].group() in TITLE_JOINERS):
            c -= 1
        if c <= lo or c == j or tokens[c].group() != "," or not _NAME_CHARS.match(tokens[c + 1].group()):
            return None
        named = self._phrase_ending(tokens, c - 1, lo)
        if named is None or named.kind != "name" or len(named.head.split()) < 2 or _names_organization(named.head) \
                or named.head.casefold() in self.lex.place_names:
            return None
        role = self.text[tokens[c + 1].start() : tokens[j].end()]
        return _Phrase(named.start, tokens[j].end(), "name", named.head, role, named.modifiers)

    def _holder_of_place(self, tokens: list[re.Match], phrase: _Phrase, j: int, lo: int) -> _Phrase | None:
        """The nominal a place completes ("a student group at the conservative Kelby
        University in Dayton, Ohio, derided"): the group speaks, not the town or the
        university. Read back over at most a few such places; None when no nominal holds
        them."""
        for _ in range(3):
            i = j
            while i > lo and tokens[i].start() > phrase.start:
                i -= 1
            b = i - 1
            while b > lo and i - b <= 3 and tokens[b].group().islower() and tokens[b].group() not in _PLACE_PREPOSITIONS \
                    and not self.lex.speech_lemma(tokens[b].group()):
                b -= 1  # "the overwhelmingly conservative"
            if b <= lo or tokens[b].group() not in _PLACE_PREPOSITIONS:
                return None
            j = b - 1
            phrase = self._phrase_ending(tokens, j, lo)
            if phrase is None or phrase.kind == "nominal":
                return phrase
            if phrase.kind != "name":
                return None
        return None

    def _named_before_apposition(self, tokens: list[re.Match], j: int, lo: int) -> _Phrase | None:
        """The person named before the apposition that a "who" at token ``j`` closes
        ("Norman Ornstein, a scholar at the American Enterprise Institute who describes
        ..."): the one the clause is about, the apposition his role."""
        c = j - 1
        while c >= lo and tokens[c].group() not in _PIECE_ENDS:
            c -= 1
        if c <= lo or tokens[c].group() != "," or c >= j - 1:
            return None
        first = tokens[c + 1].group()
        if not (first.casefold() in _DETERMINERS or first.endswith(("'s", "’s")) or self.lex.role_group(first)):
            return None  # an apposition opens with "a", "the", "Bloomberg's" or a role
        named = self._phrase_ending(tokens, c - 1, lo)
        if named is None or named.kind != "name" or _names_organization(named.head):
            return None
        role = self.text[tokens[c + 1].start() : tokens[j - 1].end()]
        return _Phrase(named.start, tokens[j - 1].end(), "name", named.head, named.role or role, named.modifiers)

    def _apposition_piece(self, words: list[str]) -> bool:
        """Words between two commas after a name that are not the name itself: an age
        ("59"), a home town ("of Ashton", "Md."), a relative clause ("who watched ...")."""
        first = words[0].casefold()
        if len(words) == 1 and words[0].isdigit() or first in {"of", "from", "who", "whose"}:
            return True
        return len(words) <= 2 and bool(_NAME_CHARS.match(words[0])) and (len(words) == 1 or words[1] == ".")

    def _institution_ending(self, tokens: list[re.Match], j: int, lo: int) -> _Phrase | None:
        """An institution's long name read back from its last word across the joiners of
        official titles ("the Institute for the Study of War", "the UN Office for the
        Coordination of Humanitarian Affairs"): it opens with an institution word before
        any joiner, and no person's title or name is part of it."""
        i = j
        while i - 1 >= lo and j - i < _LONG_TITLE_TOKENS and self.text[tokens[i - 1].end() : tokens[i].start()] == " " and (
                _NAME_CHARS.match(tokens[i - 1].group()) and tokens[i - 1].group() != "The"
                or tokens[i - 1].group() in _OFFICIAL_TITLE_JOINERS
                or tokens[i - 1].group() == "the" and i - 2 >= lo and tokens[i - 2].group() in {"for", "of", "on"}):
            i -= 1
        while i < j and not _NAME_CHARS.match(tokens[i].group()):
            i += 1
        before = [t.group().casefold() for t in tokens[max(lo, i - 2) : i]]
        if before and (before[-1] in _COMPLEMENT or before[-1] == "the" and len(before) > 1 and before[0] in _COMPLEMENT):
            return None  # "head of genetics at the National Institute of ...": it completes a nominal
        words = [t.group() for t in tokens[i : j + 1]]
        joiner = next((w for w, word in enumerate(words) if word in _OFFICIAL_TITLE_JOINERS), None)
        if joiner == 1 and words[1] in {"and", "&"} and self._one_body_of_two_words(words):
            return _Phrase(tokens[i].start(), tokens[j].end(), "name", " ".join(words))
        if joiner is None or words[joiner] in {"and", "&"} or not any(w.casefold() in self.lex.organization_words for w in words[:joiner]):
            return None
        tail = list(itertools.takewhile(lambda w: w not in _OFFICIAL_TITLE_JOINERS and w != "the", reversed(words)))
        if any(self.lex.role_group(w) or w.casefold() in self.lex.given_names or w.casefold().rstrip(".") in self.lex.honorifics
               for w in [*words[:joiner], *tail]):
            return None  # a person's title or name ("Bank of Kelby Governor Tom Reed", "Labour MP for Birkenhead")
        return _Phrase(tokens[i].start(), tokens[j].end(), "name", " ".join(words))

    def _one_body_of_two_words(self, words: list[str]) -> bool:
        """Whether ``words``, a capitalised word, "and" and a name ending in a public body's
        word (see ``_ONE_BODY_HEADS``), name one body ("the Securities and Exchange
        Commission", "the Food and Drug Administration"), not two that speak together ("the
        IMF and World Bank", "Britain and France"): the first word is no acronym, body, place,
        person or title of its own."""
        first = words[0].casefold()
        return (len(words) > 2 and words[-1].casefold() in _ONE_BODY_HEADS and words[0][:1].isupper() and not words[0].isupper()
                and first not in self.lex.organization_words and first not in self.lex.place_names
                and first not in self.lex.given_names and not self.lex.role_group(words[0])
                and not any(w.casefold() in _OFFICIAL_TITLE_JOINERS for w in words[2:]))

    def _phrase_ending(self, tokens: list[re.Match], j: int, lo: int) -> _Phrase | None:
        word = tokens[j].group()
        low = word.casefold()
        if word.isdigit() and j - 1 >= lo and _NAME_CHARS.match(tokens[j - 1].group()) \
                and self.text[tokens[j - 1].end() : tokens[j].start()] == " ":
            # "a representative of TV 9", "Channel 4": the number ends the name
            phrase = self._phrase_ending(tokens, j - 1, lo)
            if phrase is None:
                return None
            head = f"{phrase.head} {word}" if phrase.kind == "name" else phrase.head
            return replace(phrase, end=tokens[j].end(), head=head, modifiers=phrase.modifiers + (word,))
        if low in self.lex.pronouns:
            return _Phrase(tokens[j].start(), tokens[j].end(), "pronoun", low)
        if _NAME_CHARS.match(word) and (institution := self._institution_ending(tokens, j, lo)) is not None:
            return institution
        if _NAME_CHARS.match(word):
            i = j
            while i - 1 >= lo and self.text[tokens[i - 1].end() : tokens[i].start()] == " " and (
                _NAME_CHARS.match(tokens[i - 1].group())
                or tokens[i - 1].group() in _CONNECTORS
                or self.lex.role_group(tokens[i - 1].group())
            ) and not tokens[i - 1].group().endswith(("'s", "’s")):
                i -= 1
            while i < j and tokens[i].group() in _CONNECTORS:
                i += 1
            if i == j - 1 and tokens[i].group().casefold() == "the" and self.lex.role_group(word):
                # "The Minister said" after "the Minister for Justice, Mr O'Donoghue": a role
                # capitalised as Irish and British papers write it, read as "the minister" is
                return _Phrase(tokens[i].start(), tokens[j].end(), "nominal", low, None, ("the", word))
            before = [t.group().casefold() for t in tokens[max(lo, i - 2) : i]]
            if before and before[-1] == "of" and i - 2 >= lo and _NAME_CHARS.match(tokens[i - 2].group()):
                # "Lord Nicholls of Birkenhead": a peer is named by the title, not the place
                h = i - 2
                while h - 1 >= lo and _NAME_CHARS.match(tokens[h - 1].group()) and self.text[tokens[h - 1].end() : tokens[h].start()] == " ":
                    h -= 1
                if h < i - 2 and tokens[h].group() == "The":
                    h += 1  # a sentence's "The Bank of England said": the name after the article
                if tokens[h].group().casefold() in _PEERAGES:
                    return self._name_phrase(tokens[h].start(), tokens[i - 2].end())
                if any(t.group().casefold() in self.lex.organization_words for t in tokens[h : i - 1]) and not any(
                        self.lex.role_group(t.group()) or t.group().casefold() in self.lex.given_names for t in tokens[i : j + 1]):
                    # "the Bank of England said", "the University of Kelby said": the institution
                    # is named by the whole, not by the place it is of (when the whole parses)
                    whole = self._name_phrase(tokens[h].start(), tokens[j].end())
                    if whole is not None and whole.kind == "name" and whole.start == tokens[h].start():
                        return whole
            if before and (before[-1] in _COMPLEMENT or before[-1] == "the" and len(before) > 1 and before[0] in _COMPLEMENT):
                # "China's ambassador to the United Nations": the name completes a nominal
                n = 1 if before[-1] in _COMPLEMENT else 2  # "of" or "to the"
                nominal = self._phrase_ending(tokens, i - n - 1, lo) if i - n - 1 >= lo else None
                given = next((g for g in range(i + 1, j) if tokens[g].group().casefold() in self.lex.given_names), None)
                if given is None:
                    # a given name the lists lack: the name starts after the complement's last
                    # institution word ("Secretary of State Ada Lund", "of Foreign Affairs ...")
                    last = max((g for g in range(i, j - 1) if tokens[g].group().casefold() in self.lex.organization_words), default=None)
                    if last is None:
                        # ... or after its last title word ("the statement of Norvalian President Viktor Haldane")
                        last = max((g for g in range(i, j) if self.lex.role_group(tokens[g].group())
                                    or tokens[g].group().casefold().rstrip(".") in self.lex.honorifics), default=None)
                    given = last + 1 if last is not None else None
                title = tokens[i - n - 1].group().casefold().rstrip(".") if i - n - 1 >= lo else ""
                if given is not None and (nominal or title in self.lex.honorifics or self.lex.role_group(title)):
                    # "Secretary of State John F. Kerry": the title ends where a given name starts
                    named = self._name_phrase(tokens[given].start(), tokens[j].end())
                    if named is not None and named.kind == "name":
                        start = nominal.start if nominal else tokens[i - n - 1].start()
                        role = self.text[start : tokens[given - 1].end()]
                        return _Phrase(start, named.end, "name", named.head, role, named.modifiers)
                if nominal and nominal.kind == "nominal":
                    return _Phrase(nominal.start, tokens[j].end(), "nominal", nominal.head, None,
                                   nominal.modifiers + tuple(t.group() for t in tokens[i - n : j + 1]))
                if nominal and nominal.kind == "name" and len(nominal.head.split()) > 1 \
                        and not _names_organization(nominal.head) and nominal.head.casefold() not in self.lex.place_names:
                    # "analyst Soren Matz of Lindford University", "Zheng Hui of the Institute of
                    # International Trade in Shanghai": the person, of the place (read back
                    # through each "of", "in" to the name)
                    return _Phrase(nominal.start, tokens[j].end(), "name", nominal.head,
                                   nominal.role or self.text[tokens[i - 1].start() : tokens[j].end()], nominal.modifiers)
            return self._name_phrase(tokens[i].start(), tokens[j].end())
        if not word[:1].isalpha():
            return None
        # A nominal: back to its determiner ("the Chinese spokesman", "a spokesman for the
        # campaign"), through "of"/"for"/"to" complements.
        i = j
        steps = 0
        inner = None  # the determiner nearest the head, should the complement walk go too far
        while i - 1 >= lo and steps < 10:
            prev = tokens[i - 1].group()
            plow = prev.casefold()
            hyphen = prev == "-" and tokens[i - 1].start() == tokens[i - 2].end() and tokens[i - 1].end() == tokens[i].start() if i >= 2 else False
            if plow in {"and", "&"} and i - 2 >= lo and _NAME_CHARS.match(tokens[i].group()) and _NAME_CHARS.match(tokens[i - 2].group()):
                i -= 1  # inside a name: "a Department for Education and Skills spokeswoman"
                steps += 1
                continue
            if not (prev[:1].isalnum() or hyphen) or self.lex.speech_lemma(plow) \
                    or plow in {"and", "but", "that", "who", "which", "when", "as", "while", "because", "if"}:
                break  # (through a hyphen inside a word: "the 63-year-old senator")
            i -= 1
            steps += 1
            if plow in _DETERMINERS or prev.endswith(("'s", "’s")):
                before = tokens[i - 1].group().casefold() if i - 1 >= lo else ""
                if before in {"of", "for", "to", "at", "from", "with", "in"}:
                    inner = i if inner is None else inner
                    continue
                if prev.endswith(("'s", "’s")) and i - 1 >= lo and _NAME_CHARS.match(tokens[i - 1].group()):
                    continue  # "Hillary Clinton's campaign"
                break
        first = tokens[i].group().casefold()
        if first not in _DETERMINERS and not tokens[i].group().endswith(("'s", "’s")) and i != j and not _NAME_CHARS.match(tokens[i].group()) \
                and not first[:1].isdigit():
            i = j  # no determiner (nor a number, "63 percent"): only a bare plural such as "officials" can speak
        while i < j and tokens[i].group().casefold() in _SENTENCE_ADVERBS:
            i += 1  # "Only 52 percent of voters"
        issuer = next((p for p in (self._issuer(tokens, i, h, j + 1) for h in range(i, j)) if p is not None), None)
        if issuer is not None:
            return issuer
        head = self._nominal_head(tokens, i, j)
        if head is None and inner is not None:
            i = inner  # "The figures came from the port authority": the authority, not the figures
            head = self._nominal_head(tokens, i, j)
        if head is None:
            return None
        mods = tuple(t.group() for t in tokens[i : j + 1])
        return _Phrase(tokens[i].start(), tokens[j].end(), "nominal", head, None, mods)

    def _nominal_head(self, tokens: list[re.Match], i: int, j: int) -> str | None:
        """The head noun of a nominal: its last word before an "of"/"for"/"to" complement
        (the people a collective noun counts: "scientists" of "a group of 37 scientists")."""
        end = j
        for t in range(i, j + 1):
            if tokens[t].group().casefold() in {"of", "for", "to", "at", "from", "with", "in"} and t > i:
                if t < j and _NAME_CHARS.match(tokens[t - 1].group()) and _NAME_CHARS.match(tokens[t + 1].group()) \
                        and tokens[j].group()[:1].islower():
                    continue  # inside a name before the head: "a Department for Education and Skills spokeswoman"
                end = self._counted_people(tokens, t - 1, j + 1) or t - 1
                break
        while end > i and tokens[end].group().casefold() in _POSTMODIFIERS:
            end -= 1  # "sources familiar with the matter": the sources
        head = tokens[end].group().casefold()
        two = f"{tokens[end - 1].group().casefold()} {head}" if end > i else ""
        if self.lex.role_group(two) or two in self.lex.organization_nouns:
            return two  # "the prime minister": the role is the two words
        if self.lex.role_group(head) or head in self.lex.organization_nouns or head in self.lex.government_nouns \
                or head in self.lex.document_nouns:
            return head
        if head == _AGE_NOUN and end > i and tokens[i].group().casefold() == "the":
            return head  # "the 25-year-old": a person, described by age
        if head in _BODY_NOUN_NAMES and end == i + 1 and tokens[i].group().casefold() == "the":
            return head  # "the force said", never "more force" nor "the use of force"
        if head == "year-old" and tokens[i].group().casefold() == "the":
            return head  # "the 34-year-old told": the person just talked about, by age
        if end == i + 1 and tokens[end].group().islower() and _trade(tokens[i].group().casefold(), head):
            return head  # "one salesman said", "an arbitrageur said": one of a trade, listed or not
        return None

    def _counted_people(self, tokens: list[re.Match], h: int, n: int) -> int | None:
        """The index of the plural noun for people that the collective noun at token ``h``
        counts in its "of" complement ("a group of 37 U.S.-based scientists", "a panel of
        five judges"), before token ``n``; None for another noun or complement."""
        if tokens[h].group().casefold() not in self.lex.collective_nouns or h + 2 >= n or tokens[h + 1].group() != "of":
            return None
        for e in range(h + 2, min(n, h + _TITLE_WORDS + 2)):
            word = tokens[e].group()
            low = word.casefold()
            if low in _FUNCTION_WORDS - _DETERMINERS or low in _FINITE_VERBS or self.lex.speech_lemma(low) \
                    or not (word[:1].isalnum() or word == "-"):  # (through "U.S.-based")
                return None
            single = low.removesuffix("s")
            if low.endswith("s") and word.islower() and (
                    low in self.lex.organization_nouns or self.lex.role_group(single) or single.endswith(_AGENT_ENDINGS)):
                return e
        return None

    def _name_phrase(self, a: int, b: int) -> _Phrase | None:
        phrase = self._parse_name(a, b)
        if phrase is None:
            words = self.text[a:b].split()
            title = " ".join(words).casefold().rstrip(".")
            before = self.text[max(0, a - 4) : a].casefold()
            if 0 < len(words) <= 2 and self.lex.role_group(title) and (before.endswith("the ") or before.endswith(("'s ", "’s "))):
                # "the President stressed", "the Minister noted": a title alone, in capitals
                # as translated reports write it
                return _Phrase(a, b, "nominal", title, None, ("the", *words))
            return None
        if phrase.head.casefold() in self.lex.pronouns:
            return _Phrase(phrase.start, phrase.end, "pronoun", phrase.head.casefold())
        words = phrase.head.casefold().split()
        title = " ".join(words[-2:]) if self.lex.role_group(" ".join(words[-2:])) else words[-1]
        before = self.text[max(0, phrase.start - 4) : phrase.start].casefold()
        body = len(words) > 1 and words[-1] in self.lex.organization_words and not self.lex.role_group(words[-2])
        if self.lex.role_group(title) and (before.endswith("the ") or before.endswith(("'s ", "’s "))) \
                and phrase.head.casefold() not in self.registry_names and not body:
            # (not "the Scottish Executive": a body by a role's name, its qualifier no title)
            # "The U.N. Secretary-General", "Kelvia's Foreign Minister": a title in capitals
            # after a determiner, not a name (a surname such as King or Judge has none)
            return _Phrase(phrase.start, phrase.end, "nominal", title, None, ("the", *phrase.head.split()))
        return phrase

    def phrase_after(self, tokens: list[re.Match], k: int, limit: int | None = None) -> _Phrase | None:
        """The speaker phrase that starts at token ``k``, reading forwards (``said Zhang Jun,
        China's permanent representative to the UN,``)."""
        n = len(tokens) if limit is None else min(limit, len(tokens))
        while k < n and (tokens[k].group() in {"–", "—", "-", ","} or _HYPHENED_ADJECTIVE.match(tokens[k].group())):
            k += 1  # (nor "UK-based", "Paris-born": an adjective before the name)
        if k >= n:
            return None
        word = tokens[k].group()
        low = word.casefold()
        contracted = re.sub(r"['’](?:s|re|ve|ll|d)$", "", low)  # "He’s been ...", "They’re"
        if contracted in self.lex.pronouns:
            return _Phrase(tokens[k].start(), tokens[k].end(), "pronoun", contracted)
        if low in _ANONYMOUS and (k + 1 >= n or not tokens[k + 1].group()[:1].isalnum()):
            return _Phrase(tokens[k].start(), tokens[k].end(), "nominal", low, None, (low,))  # ""…," said another."
        j = k
        # (through the particles within a name: "Cristina Fernández de Kirchner", "Ursula von der Leyen")
        while (_NAME_CHARS.match(tokens[j].group()) or j > k and tokens[j].group() in _CONNECTORS) \
                and not tokens[j].group().endswith(("'s", "’s")) and j + 1 < n and (
            self.text[tokens[j].end() : tokens[j + 1].start()] == " "
            and (_NAME_CHARS.match(tokens[j + 1].group()) or tokens[j + 1].group() in _CONNECTORS)
            # a headline in title case: "Lavrov Says West ..." ends the name at its verb
            and not (self.lex.speech_lemma(tokens[j + 1].group()) and tokens[j + 1].group().casefold() not in self.lex.organization_words)
            or (nickname := self._nickname_end(tokens, j, n)) is not None and (j := nickname)
        ):
            j += 1
        while j > k and tokens[j].group() in _CONNECTORS:
            j -= 1  # (a name ends at a word of its own)
        if j + 4 < n and [t.group() for t in (tokens[j + 1], tokens[j + 3])] == ["(", ")"] and tokens[j + 2].group().isupper() \
                and _names_organization(self.text[tokens[k].start() : tokens[j].end()]):
            # "Chinese Nationalist Party (KMT) Legislator Lai Shyh-bao": the body, its
            # abbreviation, then the person's title and name
            named = self.phrase_after(tokens, j + 4, n)
            if named is not None and named.kind == "name" and named.role and not _names_organization(named.head):
                role = f"{self.text[tokens[k].start() : tokens[j + 3].end()]} {named.role}"
                return _Phrase(tokens[k].start(), named.end, "name", named.head, role, named.modifiers)
        described = self._nationality_and_role(tokens, k, j, n)
        if _NAME_CHARS.match(word) and low not in _DETERMINERS and not described:
            # "NBC's Dante Chinni", "MSNBC host Chris Matthews", "Chicago lawyer and former
            # federal prosecutor Patrick Cotter", "Halden and Co assistant manager Ada Lund": an
            # outlet, a place or a firm (and a role written in lower case) before the name
            r = self._role_after(tokens, j + 1, n)
            if r == j + 1 and j + 2 < n and (tokens[j + 1].group() in {"and", "&"} or tokens[j + 1].group() == "of"
                                             and _names_organization(self.text[tokens[k].start() : tokens[j].end()])):
                firm = self._institution_end(tokens, j, n, _FIRM_JOINERS)
                if self._role_after(tokens, firm + 1, n) > firm + 1:
                    r = self._role_after(tokens, firm + 1, n)
            possessive = tokens[j].group().endswith(("'s", "’s"))
            if r > j + 1 and r + 1 < n and tokens[r].group() == "," and _NAME_CHARS.match(tokens[r + 1].group()):
                # "UNICEF's Kenya representative, Ada Lund": the name after the role's comma
                named = self.phrase_after(tokens, r + 1, n)
                if named is not None and named.kind == "name" and len(named.head.split()) > 1 \
                        and not _names_organization(named.head):
                    return _Phrase(tokens[k].start(), named.end, "name", named.head,
                                   self.text[tokens[k].start() : tokens[r - 1].end()], named.modifiers)
            if (possessive or r > j + 1) and r < n and _NAME_CHARS.match(tokens[r].group()):
                named = self.phrase_after(tokens, r, n)
                if named is not None and named.kind == "name" and not _names_organization(named.head):
                    role = self.text[tokens[k].start() : tokens[r - 1].end()]
                    if named.role is not None:
                        # the role read from the name's own phrase, with the body's possessive when it
                        # opens there ("UNICEF's Kelby representative, Ada Lund")
                        own = self.text.startswith(named.role, tokens[r].start())
                        role = self.text[tokens[k].start() : tokens[r].start() + len(named.role)] if own else named.role
                    return _Phrase(tokens[k].start(), named.end, "name", named.head, role, named.modifiers)
                owner = self.text[tokens[k].start() : tokens[j].end() - 2]
                if possessive and named is not None and named.kind == "name" and named.end == tokens[r].end() \
                        and (_names_organization(owner) or owner.casefold() in self.lex.place_names):
                    # "Kelby Law School's Center on Privacy & Technology": the body's own body,
                    # by the whole name
                    last = self._institution_end(tokens, r, n)
                    return _Phrase(tokens[k].start(), tokens[last].end(), "name", self.text[tokens[k].start() : tokens[last].end()])
        if _NAME_CHARS.match(word) and low not in _DETERMINERS and not described and not tokens[j].group().endswith(("'s", "’s")):
            phrase = self._name_phrase(tokens[k].start(), tokens[j].end())
            if phrase is None and j + 2 < n and tokens[j + 1].group() == "of" and _NAME_CHARS.match(tokens[j + 2].group()):
                # "Secretary of State Ada Lund": a title and its complement before the name,
                # read back from the name's end as a name ending there is
                e = j + 2
                while e + 1 < n and _NAME_CHARS.match(tokens[e + 1].group()) and self.text[tokens[e].end() : tokens[e + 1].start()] == " ":
                    e += 1
                phrase = self._phrase_ending(tokens, e, k)
            if (phrase is None or self.lex.role_group(phrase.head) or _names_organization(phrase.head)) \
                    and j + 1 < n and tokens[j + 1].group() == "of":
                # a longer title ("First Deputy Chairman of the State Duma Committee on
                # International Affairs Dmitry Novikov"), or a body's name and a title
                # ("New York University School of Law Professor Ada Lund"): the name starts at
                # a given name (after a role word, after a body)
                body = phrase is not None and _names_organization(phrase.head)
                given = next((g for g in range(j + 2, min(n, j + _APPOSITION_TOKENS)) if not tokens[g].group()[:1].isalnum()
                              or (self.lex.role_group(tokens[g - 1].group()) and _NAME_CHARS.match(tokens[g].group())
                                  and not self.lex.role_group(tokens[g].group()) if body
                                  else tokens[g].group().casefold() in self.lex.given_names)), None)
                if given is not None and tokens[given].group()[:1].isalnum():
                    named = self.phrase_after(tokens, given, n)
                    if named is not None and named.kind == "name":
                        return _Phrase(tokens[k].start(), named.end, "name", named.head,
                                       self.text[tokens[k].start() : tokens[given - 1].end()], named.modifiers)
            if phrase is None:
                return None
            if phrase.kind == "name" and _names_organization(phrase.head) and phrase.end == tokens[j].end():
                last = self._parent_end(tokens, self._institution_end(tokens, j, n, _OF_JOINERS), n)
                if last > j:
                    # "…, warns Bank of England", "Wharton Business School at the University of
                    # Pennsylvania": the institution by its whole name
                    return replace(phrase, end=tokens[last].end(), head=self.text[phrase.start : tokens[last].end()])
            if phrase.kind == "name" and _names_organization(phrase.head) is False:
                role_end = self._apposition_end(tokens, j + 1, n)
                if role_end:
                    role = self.text[tokens[j + 2].start() : tokens[role_end].end()]
                    return _Phrase(phrase.start, tokens[role_end].end(), phrase.kind, phrase.head, role, phrase.modifiers)
            return phrase
        # A nominal: determiner (or a possessive name) and modifiers, a role or institution
        # noun as head, then an "of"/"for"/"to" complement ("a spokeswoman for Trump hotels",
        # "Clinton's communications director").
        if low in _PREPOSITIONS or low == "that":
            # "in a statement on Tuesday": where it was said, not who said it; "said that a
            # complaint was received": the reported clause, never an inverted subject
            return None
        j = k
        head_at = None
        for h in range(k, min(n, k + 6)):
            hlow = tokens[h].group().casefold()
            if hlow == "-" and h > k and h + 1 < n and tokens[h - 1].end() == tokens[h].start() == tokens[h].end() - 1 == tokens[h + 1].start() - 1:
                continue  # a hyphen inside a word: "the 25-year-old"
            if not tokens[h].group()[:1].isalnum() or self.lex.speech_lemma(hlow) and h > k or hlow in _FINITE_VERBS:
                break
            if hlow == _AGE_NOUN and h + 1 < n and tokens[h + 1].group()[:1].isalnum() and not self.lex.speech_lemma(tokens[h + 1].group()):
                continue  # "the 28-year-old Morientes", "the 63-year-old senator": the age describes what follows
            if self.lex.role_group(hlow) or hlow in self.lex.organization_nouns or hlow in self.lex.outlet_nouns \
                    or hlow == _AGE_NOUN and tokens[k].group().casefold() == "the":
                head_at = h
                if h + 1 < n and (self.lex.role_group(tokens[h + 1].group()) or tokens[h + 1].group().casefold() in self.lex.organization_nouns):
                    continue  # "campaign spokesman": the last noun is the head
                break
        if head_at is None:
            if low == "the" and k + 1 < n and _ACRONYM.fullmatch(tokens[k + 1].group()) and not self.lex.role_group(tokens[k + 1].group()) \
                    and (k + 2 >= n or not tokens[k + 2].group()[:1].isalpha() or self._follows_subject(tokens[k + 2].group())):
                # "the LSE had rejected ...", "the IMF warned": a body by its acronym (not "the UK
                # operator", a modifier, nor "the DJ", a role)
                return _Phrase(tokens[k + 1].start(), tokens[k + 1].end(), "name", tokens[k + 1].group())
            return None
        j = head_at
        issuer = self._issuer(tokens, k, j, n)
        if issuer is not None:
            return issuer
        if j + 1 < n and _NAME_CHARS.match(tokens[j + 1].group()) and (
                self.lex.role_group(tokens[j].group()) or tokens[j].group() in self.lex.company_nouns | self.lex.body_nouns):
            # "spokesman Josh Schwerin": a role written before the name; "research firm
            # Analysys": a business by its trade (no role of a person's)
            named = self.phrase_after(tokens, j + 1, n)
            if named and named.kind == "name":
                role = self.text[tokens[k].start() : tokens[j].end()] if self.lex.role_group(tokens[j].group()) else None
                return _Phrase(tokens[k].start(), named.end, "name", named.head, named.role or role, named.modifiers)
        if j + 1 < n and tokens[j].group().casefold() in self.lex.outlet_nouns and tokens[k].group().casefold() == "the" \
                and _NAME_CHARS.match(tokens[j + 1].group()) and tokens[j + 1].group().casefold() not in _DATE_WORDS:
            # "the Barcelona-based Spanish daily Vanguardia": the outlet by its name
            e = j + 1
            while e + 1 < n and _NAME_CHARS.match(tokens[e + 1].group()) and self.text[tokens[e].end() : tokens[e + 1].start()] == " ":
                e += 1
            named = self._name_phrase(tokens[j + 1].start(), tokens[self._institution_end(tokens, e, n)].end())
            if named is not None and named.kind == "name":
                return _Phrase(tokens[k].start(), named.end, "name", named.head, self.text[tokens[k].start() : tokens[j].end()])
        counted = self._counted_people(tokens, j, n)
        if counted is not None:
            j = counted  # "a group of 37 scientists": the people, as the text counts them
        elif j + 1 < n and tokens[j + 1].group().casefold() in _COMPLEMENT:
            e = j + 2
            # "said the group in a statement", "an official in a briefing": where it was said, not
            # whose (a place's complement ends at a name or a body, never at a text nor at "a")
            where = tokens[j + 1].group() in _PLACE_PREPOSITIONS
            nouns = self.lex.organization_nouns - self.lex.document_nouns if where else self.lex.organization_nouns
            while e < n and e < j + 7 and (tokens[e].group().casefold() in _DETERMINERS or _NAME_CHARS.match(tokens[e].group())
                                           or tokens[e].group().casefold() in nouns):
                e += 1
            while where and e > j + 2 and tokens[e - 1].group().casefold() in _DETERMINERS:
                e -= 1
            if e > j + 2 and _NAME_CHARS.match(tokens[e - 1].group()):
                e = self._institution_end(tokens, e - 1, n, _OF_JOINERS) + 1  # "the Institute for the Study of War"
            if e > j + 2:
                j = e - 1
        # "a spokeswoman for Trump hotels, Jennifer Rodstrom": the name after the nominal
        if j + 2 < n and tokens[j + 1].group() == "," and _NAME_CHARS.match(tokens[j + 2].group()) and self.lex.role_group(tokens[head_at].group()):
            named = self.phrase_after(tokens, j + 2, n)
            possessive = named is not None and self.text[named.start : named.end + 2].endswith(("'s", "’s"))
            if named and named.kind == "name" and len(named.head.split()) > 1 and not possessive:
                role = self.text[tokens[k].start() : tokens[j].end()]
                return _Phrase(tokens[k].start(), named.end, "name", named.head, role, named.modifiers)
        head = self._nominal_head(tokens, k, j)
        if head is None:
            return None
        return _Phrase(tokens[k].start(), tokens[j].end(), "nominal", head, None, tuple(t.group() for t in tokens[k : j + 1]))

    def _nationality_and_role(self, tokens: list[re.Match], k: int, j: int, n: int) -> bool:
        """Whether the capitalised words at tokens ``k``-``j`` open with a country or its
        adjective and a role in lower case follows them with no name after it ("explained
        Serbian president.", "Greek EU Commission spokesman wants"): a description of the
        person, not the country."""
        r = self._role_after(tokens, j + 1, n)
        return tokens[k].group().casefold() in self.lex.place_names and r > j + 1 \
            and (r == n or not _NAME_CHARS.match(tokens[r].group()))

    def _role_after(self, tokens: list[re.Match], r: int, n: int) -> int:
        """The token after a role written in lower case from token ``r`` ("host", "assistant
        manager", "lawyer and former federal prosecutor"): at most a few words, none a verb,
        the last a role noun; ``r`` itself when none stands there."""
        end = r
        while end < n and end <= r + _TITLE_WORDS - 1 and tokens[end].group()[:1].islower() and tokens[end].group().isalpha() \
                and not (self.lex.speech_lemma(tokens[end].group()) or tokens[end].group() in _FINITE_VERBS):
            end += 1
        while end > r and not self.lex.role_group(tokens[end - 1].group().casefold()):
            end -= 1
        return end

    def _issuer(self, tokens: list[re.Match], k: int, h: int, n: int) -> _Phrase | None:
        """The one who issued the text named at token ``h`` ("a report by the Institute for
        Regional Studies", "a statement from the ministry"), as the phrase from token ``k``
        to the issuer's end: a report's words are its issuer's. None for another noun."""
        if tokens[h].group().casefold() not in self.lex.document_nouns or h + 2 >= n:
            return None
        b = h + 1
        if tokens[b].group().endswith("ed") and tokens[b].group().islower():
            b += 1  # "a report released Thursday by the institute": who released it
            while b < n - 1 and tokens[b].group().casefold() in _TIME_WORDS:
                b += 1
            if tokens[b].group() != "by":
                return None
            h = b - 1
        if tokens[h + 1].group().casefold() not in {"by", "from", "of"}:
            return None
        if tokens[h + 1].group() == "of":
            # "An assessment of the bill by 13 tax experts": the "of" names what it is about
            # when a "by" follows
            h = next((b - 1 for b in range(h + 2, min(n - 1, h + 2 + _TITLE_WORDS)) if tokens[b].group() == "by"
                      and all(t.group()[:1].isalnum() and not self.verb_at(tokens, x) for x, t in enumerate(tokens[h + 2 : b], h + 2))), h)
        issuer = self.phrase_after(tokens, h + 2, n)
        if issuer is None or issuer.kind == "pronoun":
            return None
        return _Phrase(tokens[k].start(), issuer.end, issuer.kind, issuer.head, issuer.role, issuer.modifiers)

    def _apposition_end(self, tokens: list[re.Match], c: int, n: int) -> int | None:
        """The last token of an apposition that starts with the comma at ``c``, if any."""
        if c >= n or tokens[c].group() != "," or c + 1 >= n:
            return None
        first = tokens[c + 1].group()
        if not (first.casefold() in _DETERMINERS or first.endswith(("'s", "’s")) or first[:1].islower() or self.lex.role_group(first)):
            return None
        if first.casefold() in {"who", "which", "that", "adding", "noting", "saying", "according", "and", "but", "as", "in", "on", "at", "during", "after", "before", "when", "while"}:
            return None
        if first[:1].islower() and (self.lex.speech_lemma(first) or first.endswith("ed")):
            return None  # "Jane Doe, called him a master": a verb, not an apposition
        e = c + 1
        while e + 1 < n and e - c < _APPOSITION_TOKENS and tokens[e + 1].group() not in {",", ".", ";", ":", "—", "–", "(", "\"", "“", "”"}:
            e += 1
        if first[:1].islower() and first.casefold() not in _DETERMINERS and not any(
                self.lex.role_group(t.group()) or t.group().casefold() in self.lex.organization_nouns for t in tokens[c + 1 : e + 1]):
            return None  # "Tomas Reyes, struck a more cautious tone": a verb, not a role
        for t in tokens[c + 1 : e + 1]:
            word = t.group().casefold()
            if word in {"who", "which", "that"}:
                break  # "a historian who was ...": a clause inside the apposition
            if word in _FINITE_VERBS:
                return None  # "According to Tom Reed, the talks were ...": the sentence goes on
        return e

    # -- resolving a phrase to a speaker --------------------------------------------

    def resolve(self, phrase: _Phrase, pos: int) -> _Entity | None:
        if phrase.kind == "pronoun":
            return self._resolve_pronoun(phrase.head, pos)
        if any(w in _FINITE_VERBS for w in (*phrase.head.split(), *(phrase.modifiers if phrase.kind == "nominal" else ()))):
            return None  # a clause read as a speaker ("Tony Blair has backed … amid opposition claims")
        if phrase.kind == "nominal":
            return self._resolve_nominal(phrase, pos)
        return self._resolve_name(phrase, pos)

    def _resolve_name(self, phrase: _Phrase, pos: int) -> _Entity | None:
        name = phrase.head
        low = name.casefold()
        person = self._registered(phrase, pos)
        if person is None and low in self.lex.not_speakers and low in self.lex.organization_nouns and " " not in low \
                and self._starts_sentence(self._paragraph_start(phrase.start), phrase.start):
            # "Critics said ...", "Officials say ...": the plural noun that opens the
            # sentence is capitalised as every first word is, and speaks as "critics" does
            return self._resolve_nominal(_Phrase(phrase.start, phrase.end, "nominal", low, None, (name,)), pos)
        if person is None and low in self.lex.not_speakers and low.endswith("s") and low.removesuffix("s") in _PARTY_ADJECTIVES \
                and self.text[max(0, phrase.start - 4) : phrase.start].casefold() == "the ":
            return self._entity(name, "organization")  # "The Conservatives have expressed …": the party
        if person is None and (low in self.lex.not_speakers or low in _TIME_WORDS or low in _MONTHS):
            return None  # (a day is no speaker: "Wednesday's statement said")
        words = name.split()
        if person is None and phrase.role and phrase.role.casefold() in self.lex.place_names and len(words) > 1 \
                and self.lex.role_group(words[-1]) and not any(w.casefold() in self.lex.given_names for w in words):
            # "the Indonesian Economics Minister": a title after its country, whoever holds it
            return self._resolve_nominal(_Phrase(phrase.start, phrase.end, "nominal", words[-1].casefold(), None,
                                                 ("the", phrase.role, *words)), pos)
        if person:
            ent = self._entity(person.name, "person", person)
        elif low in self.lex.place_names:
            ent = self._entity(self.lex.place_names[low], "country")
        elif _names_organization(name) and not _courtesy_titled(phrase) and not self._titled_elsewhere(name):
            # "the Bank said" after "the Bank of England": the institution named before (not
            # a list of them, "Labour and Conservative")
            named = self._institution(low, pos) if " " not in low and self.text[max(0, phrase.start - 4) : phrase.start].casefold() == "the " else None
            named = named if named and not re.search(r" (?:and|or|on|&) ", named) else None
            ent = self._entity(named or re.sub(r"^(?i:the)\s+", "", name), "organization")
        elif name.isupper() and len(name) > 1 and " " not in name and (titled := self._titled_by_initials(name, pos)):
            ent = titled  # "the AG said" after "the Attorney General, Mr Kofi Mensah,"
        elif name.isupper() and len(name) > 1 and " " not in name and not self._shouted(pos) \
                and not self._known_surname(name, pos):
            ent = self._entity(name, "organization")  # "IBM said", "the IMF warned": an acronym
        elif len(name.split()) == 1 and self._business_short_for(name, pos):
            ent = self._entity(self._business_short_for(name, pos), "organization")  # "Versar said" after "Versar Inc"
        elif len(name.split()) == 1:
            ent = self._known_surname(name, pos)
            if ent is None and self._opens_with_common_word(phrase):
                return None  # "Existing adult learners could …", "Pop band Busted …": not a name
            ent = ent or self._entity(name.title() if name.isupper() else name, "person")
            ent.gender = ent.gender or (phrase.modifiers[0] if phrase.modifiers and phrase.modifiers[0] else None) \
                or self.lex.name_gender(ent.name.split())
        else:
            ent = self._entity(name, "person")
            ent.gender = ent.gender or (phrase.modifiers[0] if phrase.modifiers and phrase.modifiers[0] else None) \
                or self.lex.name_gender(name.split())
        if phrase.role:
            self._add_role(ent, phrase.role)
        return ent

    def _titled_by_initials(self, acronym: str, pos: int) -> _Entity | None:
        """The latest person before ``pos`` whose title in capitals has these initials ("the
        AG" for the Attorney General, "the IGP" for the Inspector General of Police): papers
        in South Asia and Africa write a title so once it is given."""
        for _, ent, _ in self._recent(pos):
            if ent.kind == "person" and any(self._title_initials(role) == acronym for role in ent.roles):
                return ent
        return None

    def _title_initials(self, role: str) -> str | None:
        """The initials of a role that is a title in capitals holding a role word ("AG" of
        "Attorney General", "IGP" of "Inspector General of Police"); None for any other role
        ("vice president of the Consumer Electronics Association" is not the CEA)."""
        words = [w for w in role.split() if w.casefold() not in _OF_JOINERS]
        if not words or not all(w[:1].isupper() for w in words) or not any(map(self.lex.role_group, words)):
            return None
        return "".join(w[0] for w in words)

    def _titled_elsewhere(self, name: str) -> bool:
        """A given name and a surname that is also an organisation word ("Jack Law", "Jenny
        Hall"), the surname written after a courtesy title somewhere in the text ("Mr Law"):
        a person, not a body."""
        words = name.split()
        return len(words) == 2 and words[0].casefold() in self.lex.given_names and words[1] in self._courtesy_surnames

    @functools.cached_property
    def _courtesy_surnames(self) -> frozenset[str]:
        return frozenset(re.findall(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w'’-]+)", self.text))

    def _opens_with_common_word(self, phrase: _Phrase) -> bool:
        """The one capitalised word opens its sentence, capitalised as every first word is,
        and is a common word rather than a name: the article writes it in lower case
        elsewhere ("Fears had been expressed …" and "… the fears of parents"), or the next
        word, in lower case, is no verb it could govern ("Existing adult learners", "Blind
        student")."""
        title = self.text[max(0, phrase.start - 6) : phrase.start].split()[-1:]
        if title and title[0].casefold().rstrip(".") in self.lex.honorifics \
                or not self._starts_sentence(self._paragraph_start(phrase.start), phrase.start):
            return False  # (a titled name is a name, whatever the title's full stop: "Mr. King")
        following = re.match(r" ([a-z][a-z-]*)\b", self.text[phrase.end : phrase.end + 40])
        word = following.group(1) if following else ""
        if self.lex.speech_lemma(word):
            return False  # "Traders said …": whoever they are, they speak
        low = phrase.head.lower()
        if low.endswith(("ly", "ing")) and (len(low) > 6 or self._opens_list_item(self._paragraph_start(phrase.start), phrase.start)):
            # "Shortly, …", "Depending on …", " - Hiring engineers …": an adverb or a
            # participle opens the sentence or the list's item
            return True
        if low in self._lowercase_words and not (low in self.lex.organization_nouns or self.lex.role_group(low)
                                                 or self.lex.role_group(low.removesuffix("s"))):
            return True
        return bool(word) and not self._follows_subject(word)

    def _follows_subject(self, word: str) -> bool:
        """Whether a lower-case word may follow a sentence's subject: a verb ("had", "warned",
        "says", "will"), an adverb, a preposition or a joining word, not a noun the word
        before would modify."""
        return word in _FINITE_VERBS or word in self.lex.adverbs or word.endswith(("ed", "s")) or word in _MODALS \
            or word in _PREPOSITIONS or word in _BETWEEN_NAMES or self.lex.speech_lemma(word) is not None

    @functools.cached_property
    def _lowercase_words(self) -> frozenset[str]:
        return frozenset(re.findall(r"\b[a-z][a-z'’-]*", self.text))

    def _shouted(self, pos: int) -> bool:
        """The line around ``pos`` is in capitals throughout (a headline set in caps), or
        it opens with the name as a transcript's label ("PENCE: Well, look, …")."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        line = self.text[start : end if end >= 0 else len(self.text)]
        return not any(c.islower() for c in line) or re.match(r"\W*[A-Z][A-Z.'-]+:", line) is not None

    def _resolve_pronoun(self, pronoun: str, pos: int) -> _Entity | None:
        agrees = self.lex.pronouns.get(pronoun)
        if agrees == "first":
            # the narrator's "I" is the writer, never quoted; an interview's answer ("A: ...
            # I told them: "…"") is the interviewee's
            return self._interviewee if _ANSWER.match(self.text, self._paragraph_start(pos)) else None
        # "And Tony Blair would be in the front line, he said.": whom a reported clause names
        # is what is said, not who says it, in its sentence's "he said" or after it
        recent = [r for r in self._recent(pos) if not self._in_reported_clause(r[0])]
        first = self._first_inverted(pos, pronoun)
        if first is not None:
            # "Nobody, he claimed, could ... And Blair would lead, he said. "…," he promised.":
            # the paragraph's inverted "he" attributions are one speaker's, the first one's
            return self._resolve_pronoun(pronoun, first)
        if agrees in ("plural", "thing"):
            body = next(((p, ent) for p, ent, spoke in recent if spoke and ent.kind in ("organization", "country")
                         and not (agrees == "thing" and re.search(r"\b[a-z]+[^s]s$", ent.name))), None)
            # (not "it" for "Banking sources"); a body named as a speech verb's subject ("it"),
            # or a group named since the body spoke ("they"), is nearer
            if agrees == "thing":
                nearer = self._speaking_institution(pos, body[0] if body else pos - _REFERENCE_WINDOW)
            else:
                nearer = self._group_before(pos, body[0] if body else 0)
            # (else "it" is the body the sentence before opens with, nearer than one that spoke
            # earlier, "Chile argues that …. Bolivia disagrees. It maintains that …", unless that
            # is the one that spoke, read short: "The Office for Road Safety and Licensing")
            subject = self._subject_body(pos) if agrees == "thing" else None
            if body and subject and body[1].name.startswith(subject.name):
                subject = body[1]
            return nearer or subject or (body[1] if body else None)
        subject = self._gendered_subject(pos, agrees)
        if subject is not None:
            return subject
        chain = self._subject_pronoun_before(pos, pronoun)
        if chain is not None and not any(chain < p and ent.kind == "person" and ent.gender in (None, agrees)
                                         and (spoke or p in self.subjects) for p, ent, spoke in recent):
            # "So he is full of praise for Maldini and Costacurta. "…," he said": the
            # sentence before had the same "he" for its subject, and only objects were named
            # since; the same person goes on
            return self._resolve_pronoun(pronoun, chain)
        # The nearest person who agrees; one whose gender is unknown counts as farther, a
        # mention where a person speaks or is a sentence's subject as nearer (who a report
        # quotes, and whom its next sentence goes on about), an object mention as it is.
        # A subject or speaker of the pronoun's own paragraph is nearer again: the paragraph
        # goes on about them ("Achterberg was unconvinced. She said ..."), even when their
        # name does not tell their gender.
        best, best_cost = None, None
        paragraph = self._paragraph_start(pos)
        for p, ent, spoke in recent:
            if (ent.kind != "person" or ent.gender not in (None, agrees)) and not (spoke and ent.voice == agrees):
                continue
            if not spoke and p in self.listed and ent.gender is None:
                continue  # one of a list of names ("Aku, Shilongo and Nande are charged") is "they",
                # unless a title or given name sets her apart ("Ms Okafor and Mr Lind")
            speaking = spoke or _SPEAKING_BY.search(self.text, max(self._paragraph_start(p), p - _SPEAKING_BY_REACH), p)
            salience = _SPEAKER_BONUS if speaking else _SUBJECT_BONUS if p in self.subjects else 0
            if salience and p >= paragraph:
                salience += _PARAGRAPH_BONUS
            cost = pos - p + (_UNKNOWN_GENDER_COST if ent.gender is None and ent.voice is None else 0) - salience
            if not salience and self._unmarked(ent, p):
                # capitalised words named in passing after a person, that nothing marks as a
                # person's ("Dr Ada Lund, MP, Kelby Central and Ranking Member, Finance Committee,")
                cost += _UNKNOWN_GENDER_COST
            if best_cost is None or cost < best_cost:
                best, best_cost = ent, cost
        if best is not None and best.gender is None:
            best.gender = agrees  # "he said" tells the gender from now on
        return best

    def _group_before(self, pos: int, since: int) -> _Entity | None:
        """Whom the "they" of an attribution right after a quotation (""…," they wrote")
        means when no body spoke: the latest group of people named by their trade and whose
        they are in the paragraph of ``pos`` or the one before, after ``since``, outside
        quotations ("the Bank of America economists – led by Tom Reed – projected ...", "a
        note from analysts at Kelby Bank"); not a bare "sources", "voters", "Rover bosses"."""
        if not re.search(r"[\"”’'],?\s*$|,\s*$", self.text[max(0, pos - 4) : pos]):
            return None
        lo = max(since, pos - _BUSINESS_REACH, self._para_starts[max(0, bisect.bisect_right(self._para_starts, pos) - 2)])
        found = None
        for m in _GROUP.finditer(self.text, lo, pos):
            if (m.group("the") and m.group("whose") or m.group("of")) and self.lex.role_group(m.group("trade").removesuffix("s")) \
                    and not self._in_quotation(m.start()):
                found = m
        if found is None:
            return None
        name = " ".join(w.strip() for w in (found.group("whose"), found.group("trade")) if w)
        if found.group("of"):
            name += f" {found.group('joiner')} {found.group('of')}"
        return self._entity(name.strip(), "organization", described=True)

    @functools.cached_property
    def _reported_clauses(self) -> list[tuple[int, int]]:
        """The clauses reported without quotation marks before an inverted pronoun
        attribution ("And Tony Blair would be in the front line, he said."), as (start of
        the sentence, the comma before the pronoun), and those after a speech verb and its
        subject ("Diplomats said David Cavanaugh … would be among those taking part."), as
        (the clause's start, its sentence's end), in text order."""
        found = []
        for m in _INVERTED_PRONOUN.finditer(self.text):
            if self.lex.speech_lemma(m.group(2)) and not self._in_quotation(m.start()):
                # (a sentence is read back at most the attribution window: a paragraph of
                # thousands of commas would otherwise be read again for each)
                lo = max(self._paragraph_start(m.start()), m.start() - ATTRIBUTION_WINDOW)
                start = max(lo, *(self.text.rfind(end, lo, m.start()) + len(end) for end in _SENTENCE_ENDS))
                found.append((start, m.start()))
        for m in _REPORTED_SUBJECT.finditer(self.text):
            first = _WORD.match(self.text, m.end()).group().casefold()
            if not self._in_quotation(m.start()) and first not in _DATE_WORDS and first not in self.lex.place_names:
                hi = min(len(self.text), m.end() + ATTRIBUTION_WINDOW)
                end = min((i for i in (self.text.find(stop, m.end(), hi) for stop in (". ", "\n", "? ", "! ")) if i >= 0), default=hi)
                if not _CLAUSE_VERBS.isdisjoint(self.text[m.end() : end].split()):
                    # a clause with a verb of its own (not "… gamers said Lindsay Schroth, an
                    # analyst", nor a headline's "… says Andreeva": an attribution without its comma)
                    found.append((m.end(), end))
        found.sort()
        return found

    @functools.cached_property
    def _inverted(self) -> list[tuple[int, str]]:
        """The inverted pronoun attributions (", he claimed,", "…, he said."), outside
        quotations: the pronoun's offset and the pronoun, in text order."""
        return [(m.start(1), m.group(1)) for m in _INVERTED_ATTRIBUTION.finditer(self.text)
                if self.lex.speech_lemma(m.group(2)) and not self._in_quotation(m.start(1))]

    def _first_inverted(self, pos: int, pronoun: str) -> int | None:
        """The offset of the paragraph's first inverted attribution by the same pronoun
        before ``pos`` (", he claimed,", "…, he said."), within the reference window, when
        nobody speaks between it and ``pos`` and nobody is a sentence's subject there but
        in a reported clause."""
        lo = max(self._paragraph_start(pos), pos - _REFERENCE_WINDOW)
        i = bisect.bisect_left(self._inverted, lo, key=lambda x: x[0])
        inverted = self._inverted
        while i < len(inverted) and inverted[i][0] < pos - len(pronoun) and inverted[i][1] != pronoun:
            i += 1
        if i == len(inverted) or inverted[i][0] >= pos - len(pronoun):
            return None
        at = inverted[i][0]
        m = bisect.bisect_left(self.mentions, at, key=lambda x: x[0])
        named = itertools.takewhile(lambda x: x[0] < pos, self.mentions[m : m + _NAME_LOOKUPS * 4])
        if any(not self._in_reported_clause(p) and p in self.subjects for p, _ in named):
            return None
        k = bisect.bisect_right(self.spoken, at, key=lambda x: x[0])
        return at if k == len(self.spoken) or self.spoken[k][0] >= pos else None

    def _in_reported_clause(self, pos: int) -> bool:
        i = bisect.bisect_right(self._reported_clauses, pos, key=lambda x: x[0]) - 1
        return i >= 0 and pos < self._reported_clauses[i][1]

    def _last_ends(self, tokens: list[re.Match], n: int, narrated: bool) -> list[int]:
        """The indices of the last ``n`` sentence-ending tokens, in text order (``narrated``:
        only those outside quotations). Read from the end: a pronoun looks back a sentence or
        two, and a list of every end in its window, made for each pronoun, was most of the
        time spent on a paragraph of quotations."""
        ends: list[int] = []
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i].group() in {".", "!", "?"} and not (narrated and self._in_quotation(tokens[i].start())):
                ends.append(i)
                if len(ends) == n:
                    break
        return ends[::-1]

    def _subject_pronoun_before(self, pos: int, pronoun: str) -> int | None:
        """The offset of ``pronoun`` as the subject of the sentence before the one at
        ``pos`` (its first word, or after a conjunction: "So he …", "But he …"), in the
        same paragraph."""
        tokens = self.tokens(max(self._paragraph_start(pos), pos - ATTRIBUTION_WINDOW), pos)
        ends = self._last_ends(tokens, 2, False)
        if not ends:
            return None
        k = ends[-2] + 1 if len(ends) > 1 else 0
        while k < ends[-1] and tokens[k].group().casefold() in _CONJUNCTIONS | {'"', "“", "”"}:
            k += 1
        if k < ends[-1] and tokens[k].group().casefold() == pronoun and (k > 0 or self._starts_sentence(self._paragraph_start(tokens[k].start()), tokens[k].start())):
            return tokens[k].start()
        return None

    def _subject_body(self, pos: int) -> _Entity | None:
        """The organisation or country that is the subject of the sentence before the one at
        ``pos``, in its paragraph ("The EU sought to allay the airlines' fears. It added that
        ..."): whom "it" means when no body has spoken before."""
        tokens = self.tokens(max(self._paragraph_start(pos), pos - ATTRIBUTION_WINDOW), pos)
        ends = self._last_ends(tokens, 2, True)
        if not ends:
            return None
        s = ends[-2] + 1 if len(ends) > 1 else 0
        if s == 0 and tokens and tokens[0].start() != self._paragraph_start(pos):
            return None  # (the sentence before starts outside the window read)
        phrase = _subject(self, tokens[s : ends[-1]], ends[-1] - s)
        if phrase is None or phrase.kind == "pronoun" or phrase.start > tokens[min(s + 1, ends[-1])].start() \
                or re.search(r"['’]s\b", self.text[phrase.start : phrase.end]):
            return None  # (the sentence's opening words only: not one read after a comma, nor "Sizzla's UK tour")
        ent = self.resolve(phrase, phrase.start)
        return ent if ent is not None and ent.kind in ("organization", "country") else None

    def _gendered_subject(self, pos: int, gender: str) -> _Entity | None:
        """The people nominal that is the subject of the pronoun's sentence, or of the
        sentence before it in its paragraph, when it agrees with the pronoun and no name
        comes between ("My mother has softened with age, but even now she says ...", "A
        second trader, who asked not to be named, said ... "…," he said.", "the questioner
        cut her off. "…," he exclaimed"): whom the pronoun means, not someone named before.
        A gendered noun must agree; a noun for people of either sex is taken unless the
        text names someone after it."""
        tokens = self.tokens(max(self._paragraph_start(pos), pos - ATTRIBUTION_WINDOW), pos)
        ends = self._last_ends(tokens, 2, True)
        starts = [e + 1 for e in ends]
        if len(ends) < 2 and tokens and tokens[0].start() == self._paragraph_start(pos):
            starts.insert(0, 0)
        for s, e in reversed(list(zip(starts, starts[1:] + [len(tokens)]))):
            phrase = _subject(self, tokens[s:e], e - s) if s < e else None
            if phrase is None or phrase.kind != "nominal" or phrase.head in self.lex.organization_nouns \
                    or phrase.modifiers[0].casefold() not in _DETERMINERS | _ANONYMOUS or self._in_quotation(phrase.start):
                continue  # (a sentence of the quotation itself: ""The President has signed it," he said")
            sex = self.lex.gendered_nouns.get(phrase.head)
            if sex not in (None, gender) or sex is None and not self.lex.role_group(phrase.head):
                continue
            named = bisect.bisect_left(self.mentions, phrase.end, key=lambda x: x[0])
            if named < len(self.mentions) and self.mentions[named][0] < pos:
                return None  # "My mother met Ada Lund, and she ...": either may be meant
            ent = self._resolve_nominal(phrase, phrase.start)
            written = self.text[phrase.start : phrase.end]
            if ent is not None and ent.kind == "person" and ent.person is None and ent.name == written \
                    and phrase.modifiers[0].casefold() not in {"a", "an"} | _ANONYMOUS and self.lex.role_group(phrase.head) != phrase.head:
                return None  # "The GOP candidate ..., though he said": a title for someone named before
            # (a body's unnamed spokesman speaks for the body: "A Home Office spokesman said …")
            return ent if ent is not None else self._entity(written, "person")
        return None

    @functools.cached_property
    def _interviewee(self) -> _Entity | None:
        """Whom an interview's answers are by: the person the article names most often (the
        first met among those)."""
        counts = collections.Counter(ent.key for _, ent in self.mentions if ent.kind == "person")
        if not counts:
            return None
        key = counts.most_common(1)[0][0]  # (ties in the order first met)
        return next(ent for _, ent in self.mentions if ent.key == key)

    def _paragraph_start(self, pos: int) -> int:
        k = bisect.bisect_right(self._para_starts, pos) - 1
        return self._para_starts[k] if k >= 0 else 0

    def _resolve_nominal(self, phrase: _Phrase, pos: int) -> _Entity | None:
        if phrase.head in _ANONYMOUS:
            return self._entity(phrase.head, "person", described=True)
        words = [w.casefold() for w in phrase.modifiers]
        if not _UNNAMED.isdisjoint(words) and self.lex.role_group(phrase.head):
            # "the unnamed official was quoted as saying": someone the text will not name,
            # never the person named last
            return self._entity(" ".join(phrase.modifiers), "person", described=True)
        country = next((self.lex.place_names[re.sub(r"['’]s$", "", w)] for w in words if re.sub(r"['’]s$", "", w) in self.lex.place_names), None)
        group = self.lex.role_group(phrase.head)
        if group and not _SUBORDINATE.isdisjoint(words):
            # "the deputy prime minister" is a deputy, as "Deputy Prime Minister John Prescott" is
            group = next(iter(_role_facts(" ".join(phrase.modifiers))[0]), None)
        definite = bool(words) and (words[0] in {"the", "his", "her", "their", "its"} or words[0].endswith(("'s", "’s")))
        if phrase.head in self.lex.document_nouns:
            before, issuer = _issuer_words(phrase)
            if issuer:
                return self._body(issuer)  # "a Kremlin statement", "a Kelby Institute report": its issuer's words
            if before and before[-1].endswith(("'s", "’s")):
                # "the ministry's statement", "Reed's statement": its possessor's words
                owner = [*before[:-1], before[-1][:-2]]
                if _NAME_CHARS.match(owner[-1]):
                    named = list(itertools.takewhile(lambda w: _NAME_CHARS.match(w) and w.casefold() not in _DETERMINERS, reversed(owner)))[::-1]
                    return self._resolve_name(_Phrase(phrase.start, phrase.end, "name", " ".join(named)), pos)
                named = self._institution(owner[-1], pos) if owner[-1].islower() else None
                if named:
                    return self._entity(named, "organization")  # "the law school's website": the school named before
                if owner[-1].casefold() in self.lex.organization_nouns or self.lex.role_group(owner[-1]):
                    return self._resolve_nominal(_Phrase(phrase.start, phrase.end, "nominal", owner[-1].casefold(), None, tuple(owner)), pos)
            elif before and (before[-1].casefold() in self.lex.organization_nouns or self.lex.role_group(before[-1])):
                # "a council communique", "a high command communique": the council's words
                issuer = tuple(itertools.takewhile(lambda w: w.casefold() not in _DETERMINERS, reversed(before)))[::-1]
                return self._resolve_nominal(_Phrase(phrase.start, phrase.end, "nominal", issuer[-1].casefold(), None, ("the", *issuer)), pos)
            elif before and before[0].casefold() == "the" and len(before) == 1:
                issued = self._issuer_of_earlier(phrase.head, phrase.start) or self._rating_firm(phrase.start)
                if issued:
                    # "X said in a statement that ... "…," the statement said"; "… was
                    # downgraded at Credit Suisse … "…," the note said": the firm's note
                    return issued
        if phrase.head in self.lex.government_nouns:
            if country:
                return self._entity(country, "country")
            before = list(itertools.takewhile(lambda w: w.casefold() != phrase.head, phrase.modifiers))
            if self._portfolio(before) and len(before) < len(phrase.modifiers):
                # "the Kelvian government": a country the word lists do not know, named
                # before the noun (not "the regime of Xi Jinping", a country's leader)
                named = " ".join(phrase.modifiers[: len(before) + 1])
                return self._entity(re.sub(r"^(?i:the)\s+", "", named), "organization")
            return self._nearest_country(pos)
        # a country's adjective with no article before one office (""…," explained Serbian
        # president" in translated copy) names its holder as "the Serbian president" does
        unarticled = bool(words) and words[0] in self.lex.place_names and not phrase.head.endswith("s")
        if group and (definite or unarticled):
            # a portfolio written in capitals ("Kelvia's Interior Minister") must be the
            # person's own: the defence minister met before is someone else
            portfolio = self._portfolio(phrase.modifiers)
            # (an epithet, "the diplomat", may describe whoever was just talked about: never
            # someone named only further on)
            ent = self._with_role(group, country, pos, portfolio, phrase.head not in self.lex.epithet_nouns) \
                or self._introduced_as(portfolio, pos)
            if ent is None and unarticled:
                # ... and, with nobody introduced with it, the person just quoted, an epithet
                ent = next((e for _, e, spoke in self._recent(pos) if e.kind == "person" and spoke
                            and not (country and e.country and e.country != country)), None)
            if ent:
                return ent
        if group and len(phrase.modifiers) == 2 and words[0] == "the" and phrase.modifiers[1][:1].isupper():
            # "The MEP said", "The Chancellor said": a title in capitals nobody was introduced
            # with is the person just quoted or talked about, as an epithet is
            ent = next((e for p, e, spoke in self._recent(pos) if e.kind == "person" and (spoke or p in self.subjects)), None)
            if ent:
                return ent
        if group == "spokesman":
            issuer = _issuer_words(phrase)[1]
            if issuer and (_names_organization(issuer) or issuer.casefold() in self.lex.place_names):
                body = self._body(issuer)  # "a Cabinet Office spokeswoman said": the office's words
                body.voice = self.lex.gendered_nouns.get(phrase.head)
                return body
        if words == ["the", phrase.head] and phrase.head in self.lex.epithet_nouns:
            introduced = self._unnamed_introduction(phrase.head, pos)
            if introduced:
                return introduced  # "a Reagan Administration official ... "…," the official said"
        if words and words[0] == "the" and (phrase.head in self.lex.epithet_nouns or _AGE_NOUN in words
                                            or group and not _FORMER.isdisjoint(words)):
            # "Lavrov said ... "…," the top diplomat told a news conference", "the
            # 63-year-old senator": a description of the person just quoted or talked
            # about, whatever title was given (by an age or a past title, someone the text named:
            # "the 30-year-old" is not "the defender" quoted before)
            named_only = phrase.head not in self.lex.epithet_nouns
            ent = next((e for p, e, spoke in self._recent(pos)
                        if e.kind == "person" and (spoke or p in self.subjects) and not (named_only and e.described)), None)
            if ent is None and _AGE_NOUN in words:
                # (an age describes the person last named, said to do something or not:
                # "Norwich have signed Graham Stuart … "…," the 34-year-old told …")
                ent = next((e for _, e, _ in self._recent(pos) if e.kind == "person"), None)
            if ent:
                return ent
        if not group and definite and len(words) == 2 and (phrase.head in self.lex.organization_nouns or phrase.head in _BODY_NOUN_NAMES):
            named = self._institution(phrase.head, pos)
            if named:
                return self._entity(named, "organization")  # "The ministry said", the one named before
            if phrase.head in _BODY_NOUN_NAMES:
                return None  # (no police named before: "the force" is no speaker)
            body = self._business(pos, public=phrase.head in self.lex.body_nouns) or self._speaking_institution(pos) \
                if phrase.head in self.lex.company_nouns | self.lex.body_nouns else None
            if body:
                return body  # "Digital Equipment said ... The company said", "Ryanair ... The airline said"
        if not group and definite and phrase.head in _BODY_EPITHETS and len(words) > 2 and all(w.islower() for w in phrase.modifiers[1:]):
            # "the anti-graft body said" after "The Anti Corruption Bureau (ACB) on Monday
            # arrested …": the body named before as the subject of what it did
            body = self._speaking_institution(pos, speaking=False)
            if body:
                return body
        # the nominal's own words, not an apposition read with it ("the president, a banker,")
        text = " ".join(phrase.modifiers).replace(" - ", "-") if phrase.modifiers else self.text[phrase.start : phrase.end]
        if group:
            return (None if definite else self._headline_subject(pos, country)) or self._entity(text, "person", described=True)
        if words and _trade(words[0], phrase.head) and phrase.head not in self.lex.organization_nouns:
            return self._entity(text, "person", described=True)  # "an arbitrageur", "one salesman": a person of a trade
        # a body named before its noun ("the Labour party") is an organisation; the other
        # words only describe ("the committee", "US officials", "researchers from Birkbeck")
        named = bool(_issuer_words(phrase)[1]) and not self.lex.role_group(phrase.head.removesuffix("s"))
        return self._entity(re.sub(r"^(?i:the)\s+", "", text), "organization", described=not named)

    def _unnamed_introduction(self, noun: str, pos: int) -> _Entity | None:
        """The unnamed person last brought in before ``pos`` as "a [Capitalised words] noun"
        ("a Reagan Administration official", "a Western diplomat"), when no name stands in
        apposition to it ("Tom Reed, a Treasury official," is Tom Reed): whom "the noun" means."""
        lo = max(0, pos - _REFERENCE_WINDOW)
        found = None
        for found in re.finditer(rf"\b[Aa]n? ((?:[A-Z][\w.&'’-]*\s+){{1,4}}){re.escape(noun)}\b", self.text[lo:pos]):
            pass
        if found is None:
            return None
        before = self.text[max(lo, lo + found.start() - 3) : lo + found.start()]
        after = self.text[lo + found.end() : lo + found.end() + 3]
        if before.endswith(", ") or re.match(r", [A-Z]", after):
            return None
        return self._entity(f"{found.group(1).strip()} {noun}", "person")

    def _business_short_for(self, word: str, pos: int) -> str | None:
        """The business named before ``pos`` by its full name, which opens with ``word`` and
        holds a business word ("Versar Inc", "USAir Group Inc"): what ``word`` alone means."""
        i = bisect.bisect_left(self.institutions, pos, key=lambda x: x[0])
        for _, name in reversed(self.institutions[:i]):
            words = name.split()
            if len(words) > 1 and words[0] == word and not self.lex.company_words.isdisjoint(w.casefold().strip(".,") for w in words):
                return name
        return None

    def _speaking_institution(self, pos: int, after: int | None = None, speaking: bool = True) -> _Entity | None:
        """The latest institution named before ``pos`` (within the reference window, and after
        ``after``) as the subject of a speech verb that follows its name, an
        acronym in brackets or an aside between commas ("the Congressional Budget Office said
        on Thursday", "The Customs and Border Protection (CBP), on its website, says"): whom
        "it said" or "the group said" means when nothing marked that body's words as a
        statement of its own (an attribution after a clause: "..., the Budget Office said.").
        Without ``speaking``, of any verb, or none (not a preposition's complement)."""
        lo = max(pos - _REFERENCE_WINDOW, after or 0)
        i = bisect.bisect_left(self.institutions, pos, key=lambda x: x[0])
        while i > 0 and self.institutions[i - 1][0] >= lo:
            i -= 1
            at, name = self.institutions[i]
            if name.casefold() in self.lex.organization_words:
                continue  # "the Bank": the full name said before, found by "the bank"
            before = re.findall(r"[\w'’]+", self.text[max(0, at - 20) : at])[-1:]
            if before and before[0].casefold() in _PREPOSITIONS:
                continue  # a complement ("founder of Grassroots Media, which ..., said"), not the subject
            end = self.text.find(name, at, pos)
            verb = _INSTITUTION_VERB.match(self.text, end + len(name)) if end >= 0 and speaking else None
            if not speaking or verb and self.lex.speech_lemma(verb.group(1)):
                return self._entity(name, "organization")
        return None

    def _rating_firm(self, pos: int) -> _Entity | None:
        """The firm that last rated a stock before ``pos`` within the reference window ("was
        downgraded to underperform from neutral at Credit Suisse", "upgraded by Kelby
        Securities"): whose note an analysts' "the note said" quotes when no text says who
        issued it."""
        found = None
        for found in _RATED.finditer(self.text, max(0, pos - _REFERENCE_WINDOW), pos):
            pass
        return self._entity(found.group("firm"), "organization") if found else None

    def _issuer_of_earlier(self, noun: str, pos: int) -> _Entity | None:
        """Who issued the latest document of that noun said to be issued before ``pos`` within
        the reference window ("the ministry said in a statement that ...", "issued a report"),
        however many paragraphs quote it between: the speaker whose attribution stands in that
        sentence, nearest it."""
        lo = max(0, pos - _REFERENCE_WINDOW)
        found = None
        for found in re.finditer(rf"\b(?:in|issued|released|published) (?:a|an|its|their|his|her) (?:[\w-]+ )?{re.escape(noun)}\b"
                                 rf"|\b(?:a|an) (?:[\w-]+ )?{re.escape(noun)},? {ISSUED_BY}",
                                 self.text[lo:pos], re.IGNORECASE):
            pass
        if found is None:
            return None
        at = lo + found.start()
        if found.group().endswith(" by"):
            # "A statement issued by the Attorney General, Mr Kofi Mensah, said ...": whoever it is by
            by = lo + found.end()
            tokens = self.tokens(by, min(pos, by + ATTRIBUTION_WINDOW))
            issuer = self.phrase_after(tokens, 0) if tokens else None
            ent = self.resolve(issuer, issuer.start) if issuer is not None else None
            if ent is None:  # "by the Ombudsman, Ms Ama Owusu,": the person named in apposition
                i = bisect.bisect_left(self.mentions, by, key=lambda x: x[0])
                ent = next((e for p, e in self.mentions[i : i + 2] if p < by + _APPOSITION_REACH and e.kind == "person"), None)
            return ent
        start = max(self.text.rfind(". ", lo, at), self.text.rfind("\n", lo, at)) + 1
        end = self.text.find(". ", at, pos)
        end = pos if end < 0 else end
        i = bisect.bisect_left(self.spoken, start, key=lambda x: x[0])
        near = [(abs(p - at), ent) for p, _, ent in self.spoken[i:] if p < end]
        if near:
            return min(near, key=lambda x: x[0])[1]
        # no words of that sentence quoted: who said it in the document, or whose it was
        # ("Kelvia has condemned ..., the Foreign Ministry said in a statement", "An IMF
        # mission made the comments in a report")
        tokens = self.tokens(start, at)
        verb = next((v for v in range(len(tokens) - 1, max(-1, len(tokens) - 4), -1) if self.verb_at(tokens, v)), None)
        issuer = self.phrase_before(tokens, verb) if verb is not None else _subject(self, tokens, len(tokens))
        return self.resolve(issuer, at) if issuer is not None else None

    def _business(self, pos: int, public: bool = False) -> _Entity | None:
        """The body that last spoke or was a sentence's subject before ``pos``: an
        organisation named as a business ("Versar Inc", "IBM", not "the Port Authority"),
        or any organisation when ``public`` (a panel, a watchdog), or a name nothing marks
        as a person's (no registry entry, gender, role or given name: "Digital Equipment",
        "Ryanair") nor as a common noun, which from then on counts as an organisation, for
        "it said" too."""
        found, at = None, pos - _REFERENCE_WINDOW
        for p, ent, spoke in self._recent(pos):
            if not (spoke or p in self.subjects) or not _NAME_CHARS.match(ent.name.split()[-1]) or ent.person is not None:
                continue  # (nor a description, "the Australian firm")
            words = ent.name.casefold().split()
            if all(w in self._lowercase_words for w in words) or self.lex.role_group(words[-1].removesuffix("s")):
                continue  # "Analysts said", "Legal experts say": people, written as a sentence opens
            if ent.kind == "organization" and (public or not (_names_organization(ent.name) and self.lex.company_words.isdisjoint(w.strip(".,") for w in words))) \
                    or ent.kind == "person" and ent.gender is None and not ent.roles and words[0] not in self.lex.given_names:
                found, at = ent, p
                break
        named = None if public else self._named_business(max(at, pos - _BUSINESS_REACH), pos)
        if named and not (found and found.name.startswith(named)):  # ("Mosaic" after "Mosaic Co." is that)
            return self._entity(named, "organization")
        if found:
            found.kind = "organization"
        return found

    def _named_business(self, lo: int, pos: int) -> str | None:
        """The latest one-word-or-more name between ``lo`` and ``pos`` that the name scan does
        not keep (it keeps people) but that a business goes by: a sentence's subject before
        its verb ("Likewise, Marlo announced ...", "Kelbytel and Marlo became ..."), a source
        after "according to" ("..., according to Kelbytel.") or the company whose shares moved
        ("Shares in Arden Logistics fell"), outside quotations, and no place, person, role
        or word the text also writes in lower case."""
        best = None
        for m in _BUSINESS_NAMED.finditer(self.text, lo, pos):
            name = m.group("subject") or m.group("source")
            if name.endswith(".") and name[:-1].split()[-1].casefold() not in self.lex.company_words:
                name = name[:-1]  # the sentence's full stop, not "Co."
            verb = m.group("verb")
            if verb and not (verb in _FINITE_VERBS or verb in _MODALS or verb.endswith("ed") or self.lex.speech_lemma(verb)
                             or verb in {"became", "becomes", "says", "has", "is"}) or verb in {"were", "are"} and name.endswith("s"):
                continue  # (a plural noun opening a sentence, "Revenues were", is no business)
            words = name.casefold().split()
            if self._in_quotation(m.start()) or words[0] in self._lowercase_words or words[0] in _FUNCTION_WORDS \
                    or len(words) == 1 and words[0].removesuffix("s") in self._lowercase_words \
                    or name.casefold() in self.lex.place_names or name.casefold() in self.lex.not_speakers \
                    or words[0] in self.lex.given_names or words[0].rstrip(".") in _NAME_TITLES or self.lex.role_group(words[0]) \
                    or self.lex.role_group(words[-1].removesuffix("s")) \
                    or _told_person(self.entity_of(name) or self._known_surname(name.split()[-1], m.start())):
                continue  # (nor "Analysts polled by FactSet expected", "Mr Gill said", "Judge Ann Clark ruled", "Shrader said")
            best = name
        return best

    def _headline_subject(self, pos: int, country: str | None) -> _Entity | None:
        """Whom a headline's bare role noun means ("Russian diplomat says ..."): the first
        person the lead names as a subject or speaker (of that country, when both tell)."""
        lead = self._lead
        if lead is None or pos >= lead.start:
            return None  # (not in a headline or standfirst: they stand before the lead)
        i = bisect.bisect_left(self.mentions, lead.start, key=lambda x: x[0])
        for p, ent in self.mentions[i:]:
            if p >= lead.end:
                break
            if ent.kind == "person" and p in self.subjects and not (country and ent.country and ent.country != country):
                return ent
        return None

    def _body(self, name: str) -> _Entity:
        """The country or organisation of that name."""
        place = self.lex.place_names.get(name.casefold())
        return self._entity(place, "country") if place else self._entity(name, "organization")

    def _with_role(self, group: str, country: str | None, pos: int, portfolio: set[str], ahead: bool) -> _Entity | None:
        """The person introduced with a role of ``group`` (of the same portfolio when both
        name one): the latest before, else (when ``ahead``) the first after."""
        def fits(ent: _Entity) -> bool:
            if ent.kind != "person" or (country and ent.country and ent.country != country):
                return False
            for role in ent.roles:
                own = self._portfolio(_role_words(role))
                if group in _role_facts(role)[0] and (not (portfolio and own) or _same_portfolio(portfolio, own)):
                    return True
            return False
        for _, ent, _ in self._recent(pos):
            if fits(ent):
                return ent
        return next((ent for ent in self.with_role.get(group, ()) if fits(ent)), None) if ahead else None

    def _introduced_as(self, portfolio: set[str], pos: int) -> _Entity | None:
        """The latest person named right after one of these capitalised words ("his Kestrian
        counterpart Anders Holm" for "the Kestrian minister"): a nationality the word lists
        do not know, given where the person was brought in."""
        for p, ent, _ in self._recent(pos) if portfolio else ():
            before = set(re.findall(r"\w+", self.text[max(0, p - 40) : p].casefold()))
            if ent.kind == "person" and portfolio & before:
                return ent
        return None

    def _portfolio(self, words) -> set[str]:
        """The words in capitals that qualify a noun ("Interior" of "Interior Minister",
        "Kelvian" of "the Kelvian government"), casefolded: not a known country, a
        determiner, a role or an abbreviation."""
        return {w.casefold() for w in words if _NAME_CHARS.match(w) and not w.isupper()
                and re.sub(r"['’]s$", "", w).casefold() not in self.lex.place_names
                and w.casefold() not in _DETERMINERS and not self.lex.role_group(w)}

    def _nearest_country(self, pos: int) -> _Entity | None:
        before = next((e for _, e, spoke in self._recent(pos + 1) if spoke and e.kind == "country"), None)
        if before:
            return before
        for m in re.finditer(r"[A-Z][\w.]*(?: [A-Z][\w.]*)?", self.text[pos : pos + _REFERENCE_WINDOW]):
            country = self.lex.place_names.get(m.group().casefold())
            if country and self.lex.place_names.get(m.group().casefold()) == m.group():
                return self._entity(country, "country")
        return None


def _told_person(ent: _Entity | None) -> bool:
    """Whether ``ent`` is a person by more than the shape of a name: a registry entry, a
    gender or a role (two capitalised words alone may name a company: "Arden Telecom")."""
    return ent is not None and ent.kind == "person" and bool(ent.person or ent.gender or ent.roles)


def _predicate(ctx: _Article, words: str) -> bool:
    """Whether quoted words right after a subject are its verb ("A Tory spokesman "totally
    refuted" any wrongdoing", "The ministry "strongly condemned" the attack"): in lower
    case, opening with an adverb or a verb in the past or a speech verb. (Not in a
    headline, where "Kuznetsova 'failed a drugs test'" is a claim about the subject.)"""
    first = words.split()[0] if words.split() else ""
    return first.islower() and (first.endswith(("ly", "ed")) or bool(ctx.lex.speech_lemma(first)))


def _same_portfolio(one: set[str], other: set[str]) -> bool:
    """Whether two roles' capitalised qualifiers name the same office or country, a
    country's name and its people's adjective alike ("Kestria's" and "Kestrian")."""
    stems = {re.sub(r"['’]s$", "", w) for w in one}
    return any(a == b or len(min(a, b, key=len)) >= _STEM_MIN and (a.startswith(b) or b.startswith(a))
               for a in stems for b in {re.sub(r"['’]s$", "", w) for w in other})


def _trade(determiner: str, noun: str) -> bool:
    """Whether ``determiner noun`` is one person of a trade ("one salesman", "another
    dealer", "an arbitrageur"), listed among the roles or not."""
    if determiner in _ANONYMOUS:
        return noun.endswith(_AGENT_ENDINGS)
    return determiner in {"a", "an"} and noun.endswith(_PERSON_ENDINGS)


@functools.lru_cache(maxsize=65536)  # a name is met again and again, in an article and across
def _issuer_words(phrase: _Phrase) -> tuple[list[str], str]:
    """A nominal's words before its head, and the capitalised run that ends them ("" when
    none or when nothing follows the head): "a Kremlin statement", "a Home Office spokesman"."""
    before = list(itertools.takewhile(lambda w: w.casefold() != phrase.head, phrase.modifiers))
    k = len(before)
    while k > 0 and (_NAME_CHARS.match(before[k - 1]) and before[k - 1].casefold() not in _DETERMINERS
                     and not before[k - 1].endswith(("'s", "’s"))
                     or before[k - 1] in _NAME_JOINERS and k > 1 and k < len(before) and _NAME_CHARS.match(before[k - 2])):
        k -= 1  # (through "for", "and", "of" inside a name: "Department for Education and Skills")
    issuer = before[k:]
    return before, " ".join(issuer) if issuer and len(before) < len(phrase.modifiers) else ""


@functools.lru_cache(maxsize=65536)  # names recur in an article and across the corpus
def _names_organization(name: str) -> bool:
    """Whether a name is an organisation's: it holds an organisation word, or opens with "the"."""
    words = name.casefold().split()
    lex = lexicon()
    # (a given name that is also an organisation word opens a person's name: "Bill Richardson")
    return any(w.strip(".") in lex.organization_words and not (i == 0 and len(words) > 1 and w in lex.given_names)
               for i, w in enumerate(words)) or (len(words) > 1 and words[0] in {"the"})


def _courtesy_titled(phrase: _Phrase) -> bool:
    """Whether a name is written after a courtesy title: "Mr Law", "Mrs Day" are people,
    whatever organisation word the surname is."""
    return bool(phrase.role) and phrase.role.split()[-1].casefold().rstrip(".") in _COURTESY_TITLES


@functools.lru_cache(maxsize=4096)  # one article gives a role again and again, a registry to every article
def _role_facts(role: str) -> tuple[tuple[str, ...], str | None]:
    """The role groups of a role's words (see :func:`_role_words`), a two-word role read
    whole ("Vice President" is a vice president, not a president, and "Prime Minister" not a
    minister), and the first country the role names."""
    lex = lexicon()
    words = _role_words(role)
    groups: list[str] = []
    k = 0
    below = None  # "deputy", "shadow": the office named next is held by someone else
    while k < len(words):
        pair = lex.role_group(" ".join(words[k : k + 2])) if k + 1 < len(words) else None
        group = pair or lex.role_group(words[k])
        if group and below:
            # a Deputy Prime Minister is a deputy prime minister only, a Deputy Foreign Minister a deputy minister
            group, below = f"{below} {group}", None
        if group and group not in groups:
            groups.append(group)
        if words[k].casefold() in _SUBORDINATE and not pair:
            below = words[k].casefold()
        k += 2 if pair else 1
    countries = (lex.place_names.get(re.sub(r"['’]s$", "", word).casefold()) for word in re.findall(r"[\w'’-]+", role))
    return tuple(groups), next((country for country in countries if country), None)


def _role_words(role: str) -> list[str]:
    """The words of a role before its complement: "the head of RT's parent company" is a
    head, not a parent."""
    words = re.findall(r"\w[\w.-]*", role)  # (an abbreviation whole: "C.E.O.")
    cut = next((i for i, w in enumerate(words) if w.casefold() in _COMPLEMENT and i > 0), len(words))
    return words[:cut]


def _label(ctx: _Article, span: QuoteSpan) -> _Phrase | None:
    """A transcript speaker label: ``"PENCE: Well, ...`` or ``Trump: "...``."""
    m = _LABEL.match(ctx.text, span.start)
    if m and len(m.group(1)) > 1:
        return ctx._name_phrase(m.start(1), m.end(1))
    para = ctx.paragraphs[span.paragraph]
    m = _PARA_LABEL.match(ctx.text, para.start)
    if m and m.end() - 1 == span.mark_start and m.group(1).split()[0].casefold() not in _OPENING_SPEECH:
        return ctx._name_phrase(m.start(1), m.end(1))  # (not "Added Reed: "…"", read as "said Reed")
    return None


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.casefold() not in _FUNCTION_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _is_agency(ctx: _Article, phrase: _Phrase) -> bool:
    """``according to Xinhua``: a credited outlet, which is ``via``, not a speaker."""
    return ctx.text[phrase.start : phrase.end].casefold().removeprefix("the ") in ctx.lex.agencies


def _after(ctx: _Article, span: QuoteSpan, limit: int) -> tuple[_Phrase, int] | None:
    """An attribution right after the quotation: ``", he said``, ``", said Zhang``."""
    tokens = ctx.tokens(span.mark_end, min(limit, span.mark_end + ATTRIBUTION_WINDOW))
    if not tokens:
        return None
    k = 0
    comma = False
    while k < len(tokens) and tokens[k].group() in {",", "–", "—", "-"}:
        comma = True
        k += 1
    if k >= len(tokens):
        return None
    if tokens[0].group() == ":" and span.part == "headline":
        w = next((i for i in range(1, min(len(tokens), 6)) if tokens[i].group().casefold() == "with"), None)
        if w is not None and any(t.group().casefold() in _INTERVIEW_NOUNS for t in tokens[1:w]):
            phrase = ctx.phrase_after(tokens, w + 1)  # "‘…’: A conversation with Mayor Lucia Ferrante"
            return (phrase, phrase.end) if phrase else None
    inner_end = ctx.text[span.end - 1 : span.end + 1]
    comma = comma or "," in inner_end
    if k + 1 < len(tokens) and tokens[k].group().casefold() == "according" and tokens[k + 1].group() == "to":
        phrase = ctx.phrase_after(tokens, k + 2)
        if phrase and not _is_agency(ctx, phrase):
            return phrase, phrase.end
        return None
    if tokens[k].group() == "by" and not comma and span.kind == "fragment" and _passive(ctx, span):
        phrase = ctx.phrase_after(tokens, k + 1)
        return (phrase, phrase.end) if phrase else None  # "attacked as “junk science” by unions": the agent's words
    verb = ctx.verb_at(tokens, k)
    if verb and verb[1] + 1 < len(tokens) and tokens[verb[1] + 1].group() == "by" and not comma:
        return None  # "the additions were "routine fixes" requested by the department": a participle, not who speaks
    if verb:
        phrase = ctx.phrase_after(tokens, verb[1] + 1)
        if phrase:
            return phrase, tokens[verb[1]].end()
        return None
    if tokens[k].group().casefold() in _CONTRASTING | _CONDITIONAL:
        return None  # ""…," while most said the opposite": a clause of its own
    # Speaker first: find the verb within a short distance.
    for v in range(k + 1, min(len(tokens), k + 25)):
        if tokens[v].group() == "." and comma:
            # ""…," Anthony O'Reilly, Heinz's newly elected chairman.": wire copy credits the
            # words with a name and its role that end the sentence, no verb
            named = _name_and_role(ctx, tokens, k, v)
            return (named, named.end) if named else None
        if tokens[v].group() in {".", "!", "?", ";"} or tokens[v].group() in "\"“”«»":
            return None
        found = ctx.verb_at(tokens, v)
        if found and found[0] == "quote":
            phrase = ctx.phrase_after(tokens, found[1] + 1)  # "the website quoted Ms. Simonyan"
            return (phrase, tokens[found[1]].end()) if phrase else None
        if found:
            phrase = ctx.phrase_before(tokens, v, k)
            if phrase is not None and _is_agency(ctx, phrase):
                return None  # "…", TASS reported: the outlet that carried it, not who said it
            if phrase is None or phrase.kind == "nominal":
                # ""…," Jim Miller, president of NAWG said.": the name, its role unclosed by a comma
                phrase = _name_and_role(ctx, tokens, k, v) or phrase
            if phrase is None and tokens[v - 1].group() == "," and tokens[k].group()[:1].islower() and found[0] != "tell":
                # "“…” on more income, said law professor Ada Lund": the words run on into
                # the narrator's phrase, then the inverted attribution
                phrase = ctx.phrase_after(tokens, found[1] + 1)
            if phrase is None:
                return None
            if found[1] + 1 < len(tokens) and tokens[found[1] + 1].group() == ":":
                return None  # ""…?" The officer replied: "Yes."": it introduces the next quotation
            if not comma:
                nxt = tokens[found[1] + 1].group().casefold() if found[1] + 1 < len(tokens) else "."
                if nxt in _DETERMINERS - {"that"} or nxt in ctx.lex.pronouns or nxt == "that":
                    return None  # "…." Trump said the crowd was huge: a new sentence
            return phrase, tokens[found[1]].end()
    return None


def _passive(ctx: _Article, span: QuoteSpan) -> bool:
    """Whether a fragment followed by "by" is what a passive verb of saying or judging gives:
    after its participle, with or without "as" ("attacked as “…” by", "branded “…” by"), or
    that participle itself ("a claim “rejected” by"); not words in a passive of another verb
    ("fans who feel “taken for granted” by", "outlets “bombarded” by")."""
    before = re.findall(r"[\w'’-]+", ctx.text[max(0, span.mark_start - 30) : span.mark_start])[-2:]
    if before[-1:] == ["as"]:
        before = before[:-1]
    last = re.findall(r"[\w'’-]+", ctx.text[span.start : span.end])[-1:]
    return any(w.casefold().endswith("ed") and (w.casefold() in _JUDGING_PARTICIPLES or ctx.lex.speech_lemma(w))
               for w in before[-1:] + last)


def _name_and_role(ctx: _Article, tokens: list[re.Match], k: int, v: int) -> _Phrase | None:
    """The name opening tokens ``k``..``v`` and the role after its comma, up to token ``v``
    ("Jim Miller, president of NAWG"); None unless a name comes first and the one role after
    it holds a role word."""
    role_comma = next((c for c in range(k + 1, v) if tokens[c].group() == ","), None) \
        if _NAME_CHARS.match(tokens[k].group()) else None
    if role_comma is None or "," in {t.group() for t in tokens[role_comma + 1 : v]} or not any(
            ctx.lex.role_group(t.group()) or ctx.lex.role_group(t.group().removesuffix("s")) for t in tokens[role_comma + 1 : v]):
        return None
    named = ctx._name_phrase(tokens[k].start(), tokens[role_comma - 1].end())
    joined = next((a for a in range(k + 2, role_comma - 1) if tokens[a].group() == "and"), None)
    if named is None and joined is not None and ctx._name_phrase(tokens[k].start(), tokens[joined - 1].end()) is not None:
        # "Ada Lund and Tom Reed, two Kelby Institute experts wrote": the one named last,
        # as "Ada Lund and Tom Reed wrote" reads
        k = joined + 1
        named = ctx._name_phrase(tokens[k].start(), tokens[role_comma - 1].end())
    if named is None or named.kind != "name" or named.start != tokens[k].start():
        return None
    return _Phrase(named.start, tokens[v - 1].end(), "name", named.head,
                   ctx.text[tokens[role_comma + 1].start() : tokens[v - 1].end()], named.modifiers)


def _before(ctx: _Article, span: QuoteSpan, lo: int) -> tuple[_Phrase, int, int] | None:
    """A speech verb before the words in their sentence (``Zhang said that "...``), or
    ``according to X``; returns the phrase and the stretch that attributes."""
    tokens = ctx.tokens(max(lo, span.mark_start - ATTRIBUTION_WINDOW), span.mark_start)
    if not tokens:
        return None
    low = [t.group().casefold() for t in tokens]
    d = len(tokens) - 1
    while d > 0 and tokens[d].group() in _DASHES:
        d -= 1
    if d < len(tokens) - 1 and _NAME_CHARS.match(tokens[d].group()) and ctx.text[tokens[d].end() : span.mark_start].strip() in _DASHES:
        # "including the former candidate Mitt Romney -- "It is disqualifying" --"
        phrase = ctx._phrase_ending(tokens, d, 0)
        b = d
        while b > 0 and _NAME_CHARS.match(tokens[b - 1].group()):
            b -= 1
        before = tokens[b - 1].group().casefold() if b > 0 else ""
        if phrase is not None and phrase.kind == "name" and before not in _PREPOSITIONS and before != "to":
            return phrase, phrase.start, tokens[d].end()  # (not "supportive of Mr. Trump -- "…"")
    for k in range(len(tokens) - 2, -1, -1):
        if low[k] == "according" and low[k + 1] == "to" and span.kind != "paraphrase" \
                and any(ctx.verb_at(tokens, v) for v in range(k + 2, len(tokens))):
            break  # "According to court documents, Reed said at a meeting "…"": the nearer verb's subject speaks
        if low[k] == "according" and low[k + 1] == "to":
            phrase = ctx.phrase_after(tokens, k + 2)
            if phrase and not _is_agency(ctx, phrase) and not _speaks_after(ctx, tokens, phrase.end):
                return phrase, tokens[k].start(), phrase.end
        if low[k] == "in" and low[k + 1] in _POSSESSIVE_PRONOUNS and k + 2 < len(tokens) and low[k + 2] in _VIEW_NOUNS:
            # "In her words, the plan "contains nothing new"": hers
            return (_Phrase(tokens[k + 1].start(), tokens[k + 1].end(), "pronoun", _POSSESSIVE_PRONOUNS[low[k + 1]]),
                    tokens[k].start(), tokens[k + 2].end())
        if low[k] == "in" and low[k + 1] == "the" and k + 3 < len(tokens) and low[k + 2] in _VIEW_NOUNS and low[k + 3] == "of":
            phrase = ctx.phrase_after(tokens, k + 4)  # "In the words of the envoy, ..."
            if phrase:
                return phrase, tokens[k].start(), phrase.end
    for k in range(len(tokens) - 1, -1, -1):
        if low[-1] == "that" and (low[k] in _CLAIM_NOUNS or ctx.lex.speech_lemma(low[k])) and k < len(tokens) - 1 \
                and (claimant := _claimant(ctx, span, tokens, k)) is not None:
            return claimant
        found = ctx.verb_at(tokens, k)
        if not found:
            finding = _document_finding(ctx, span, tokens, k) if low[k] in ctx.lex.finding_verbs else None
            if finding is not None:
                return finding
            if k > 0 and tokens[k - 1].group().endswith(("'s", "’s")) and ctx.lex.speech_lemma(low[k]) and (
                    k == len(tokens) - 1 or low[k + 1] in {"that", "of", ",", ":"} | _DASHES):
                # "Trump's claim that "…"", "her remark, "…"": the possessor said it (not
                # "Lavrov's remarks were "cynical"", the words of whoever judges them)
                phrase = ctx._phrase_ending(tokens, k - 1, 0)
                if phrase and phrase.kind == "name":
                    return phrase, phrase.start, tokens[k].end()
            if k > 0 and low[k - 1] in _POSSESSIVE_PRONOUNS and ctx.lex.speech_lemma(low[k]) and (
                    k == len(tokens) - 1 or low[k + 1] in {"that", "of"}):  # (not "his comments were "…"")
                # "Contrary to his claim that people would "learn nothing"": his words
                return (_Phrase(tokens[k - 1].start(), tokens[k - 1].end(), "pronoun", _POSSESSIVE_PRONOUNS[low[k - 1]]),
                        tokens[k - 1].start(), tokens[k].end())
            if k > 1 and low[k - 2] in _POSSESSIVE_PRONOUNS and low[k - 1].isalpha() and low[k].endswith("s") \
                    and ctx.lex.speech_lemma(low[k]) and (k == len(tokens) - 1 or low[k + 1] in {"that", "to"}):
                # "backpedaling on his campaign promises to "confront …"": his words
                return (_Phrase(tokens[k - 2].start(), tokens[k - 2].end(), "pronoun", _POSSESSIVE_PRONOUNS[low[k - 2]]),
                        tokens[k - 2].start(), tokens[k].end())
            continue
        lemma, last = found
        if low[k] == "saying" and k > 1 and low[k - 1] == "as":
            quoted = _quoted_as_saying(ctx, tokens, k - 1)
            if quoted:
                return quoted, quoted.start, tokens[k].end()
        if k > 0 and low[k - 1] in _BE_FORMS and low[k] != "said":
            if last + 1 < len(tokens) and low[last + 1] == "by" and lemma != "quote":
                agent = ctx.phrase_after(tokens, last + 2)
                if agent and not _is_agency(ctx, agent) and ctx.text[agent.end : span.mark_start].strip() in {"of", "as"}:
                    # "was accused by Berg of "…"", "described by Berg as "…"": the agent's words
                    # (not "criticized by the council for selling "miracle" cures")
                    return agent, tokens[k].start(), agent.end
            continue  # passive: "was asked", "was quoted"
        if k > 1 and low[k].endswith("s") and _NAME_CHARS.match(tokens[k - 1].group()) and ctx.verb_at(tokens, k - 2) \
                and ctx.paragraphs[span.paragraph].part == "headline":
            continue  # a headline's "Trump says Manafort charges 'years ago'": a noun, the charges against him
        if k > 1 and low[k - 1] in ctx.lex.document_nouns and low[k - 2] in {"a", "an"} and low[k].endswith("ed"):
            continue  # "said in a statement posted online that": the statement's participle (not "The statement noted")
        sign = _sign_before(ctx, low, k) if lemma in {"read", "say"} else None
        if sign is not None:
            # "Reed put up a sign in the hall that read "…"", "students held signs reading
            # "…"": the words of whoever put it up or holds it
            phrase = _subject(ctx, *_clause_start(ctx, span, tokens, sign))
        elif low[k].endswith("ing") and k > 0 and _NAME_CHARS.match(tokens[k - 1].group()):
            phrase = ctx.phrase_before(tokens, k)  # "an email has Podesta saying"
        elif k > 1 and low[k - 1] == "to" and _NAME_CHARS.match(tokens[k - 2].group()):
            phrase = ctx.phrase_before(tokens, k - 1)  # "only for Trump to tweet that"
        elif k > 1 and low[k - 1] == "to" and low[k - 2] in _TRYING:
            phrase = _subject(ctx, *_clause_start(ctx, span, tokens, k - 2))  # "X tried to argue that"
        elif low[k - 1 if k else 0] in {"and", "but"}:
            # "… said on Monday that …, but warned that "…"": who the first speech verb says
            first = next((v for v in range(k - 2, 0, -1) if ctx.verb_at(tokens, v)), None)
            phrase = (ctx.phrase_before(tokens, first) if first is not None else None) \
                or _subject(ctx, *_clause_start(ctx, span, tokens, k))
        elif low[k].endswith("ing") and k > 0 and low[k - 1] == "for":
            phrase = _doer(ctx, tokens, k - 1) or _subject(ctx, tokens, k)
        elif low[k].endswith("ing") and k > 2 and low[k - 1] == "," and ctx.verb_at(tokens, k - 2):
            # "Charges will be waived, the company said, adding that "…"": the reporting
            # clause just before the participle, not the reported sentence's subject
            phrase = ctx.phrase_before(tokens, k - 2) or _subject(ctx, tokens, k)
        elif low[k].endswith("ing"):
            phrase = _subject(ctx, tokens, k)
        else:
            phrase = ctx.phrase_before(tokens, k)
            if phrase is None and k + 1 < len(tokens) and lemma != "tell" and (k == 0 or not tokens[k - 1].group()[:1].isalnum()):
                phrase = ctx.phrase_after(tokens, last + 1)  # "said Zhang: "...""
        if phrase and phrase.kind == "pronoun" and ctx.lex.pronouns.get(phrase.head) == "thing" and k > 0:
            continue  # "Obama said it would tell a story of "...": the verb before speaks
        if phrase:
            return phrase, phrase.start, tokens[last].end()
        return None
    later = ctx.tokens(span.mark_end, min(span.sentence_end, span.mark_end + ATTRIBUTION_WINDOW))
    for k in range(len(later) - 2):
        if later[k].group().casefold() == "according" and later[k + 1].group().casefold() == "to":
            # "Conditions remained "tight," with "modest" gains, according to the survey."
            phrase = ctx.phrase_after(later, k + 2)
            if phrase and not _is_agency(ctx, phrase):
                return phrase, later[k].start(), phrase.end
            break
    words = ctx.text[span.start : span.end].split()
    if span.kind == "fragment" and tokens[-1].group() != ":" and ctx.paragraphs[span.paragraph].part != "headline" \
            and _title_case(ctx.text[span.start : span.end]) and words[0][:1].isupper() and len(words) <= _LABEL_WORDS:
        return None  # "The network licenses "Politicking" and ...": a title, with no one said to say it
    if span.kind == "fragment":
        reporter = _reporting_clause_after(ctx, span)
        if reporter is not None:
            return reporter
    if tokens[-1].group() == ":" and len(tokens) > 1 and tokens[-2].group().islower() and ctx.lex.role_group(tokens[-2].group()):
        # a label that is a role ("Senior U.S. Republican senator: '…'", "Russian envoy:
        # "…""): the person it describes, as a role noun is resolved
        label = list(itertools.takewhile(lambda t: t.group()[:1].isalpha(), reversed(tokens[:-1])))[::-1]
        if len(label) <= _TITLE_WORDS and label[0].start() == span.sentence_start:
            return (_Phrase(label[0].start(), label[-1].end(), "nominal", label[-1].group(), None, tuple(t.group() for t in label)),
                    label[0].start(), tokens[-1].end())
    if span.kind == "fragment" and low[0] == "for" and tokens[0].start() == span.sentence_start:
        viewer = ctx.phrase_after(tokens, 1)
        if viewer is not None and viewer.kind == "name" and not _names_organization(viewer.head) \
                and len(viewer.head.split()) > 1 and viewer.end < span.mark_start:
            # "For Prime Minister Tony Blair, the statement was "as strong as you could have"":
            # the view, and the words, of the one the sentence opens with
            return viewer, tokens[0].start(), viewer.end
    if tokens[-1].group() == ":" and (owner := _owner_of_text(ctx, tokens)) is not None:
        return owner, tokens[0].start(), tokens[-1].end()
    if tokens[-1].group() == ":" or span.kind == "fragment":
        # "Japan branded North Korea an "outlaw nation"", "Trump: "...": the words are the
        # sentence subject's.
        phrase = _subject(ctx, *_clause_start(ctx, span, tokens, len(tokens) - 1 if tokens[-1].group() == ":" else len(tokens)))
        if tokens[-1].group() == ":" and phrase is not None and len(tokens) > 1:
            phrase = _label_before_colon(ctx, tokens, phrase) or phrase
        first = tokens[0].group()
        after_quotation = span.sentence_start < lo and ctx.text[lo - 1] in _QUOTE_MARKS and not ctx.text[lo : tokens[0].start()].strip()
        if span.kind == "fragment" and after_quotation and phrase is not None and (
                phrase.kind == "pronoun" and ctx.lex.pronouns.get(phrase.head) == "thing"
                or phrase.kind == "nominal" and phrase.start == tokens[0].start() and first[:1].islower()
                and first.casefold() not in _DETERMINERS):
            # the words go on a clause an earlier quotation of the sentence opened, not a
            # clause of their own: "... boasted about how "nice" it is now "that ..."" (an
            # expletive "it"), "who he said are "far" less loyal than rivals and "..."" (no
            # subject at all); they are the sentence subject's
            phrase = _subject(ctx, ctx.tokens(span.sentence_start, span.mark_start), 10**6) or phrase
        if phrase and not ctx.text[phrase.end : span.mark_start].strip() and not (
                _predicate(ctx, ctx.text[span.start : span.end]) and ctx.paragraphs[span.paragraph].part == "body"):
            return None  # "Those other campaign "October surprises" involved ...": the words end the subject itself
        if phrase and span.kind == "fragment" and tokens[-1].group().casefold() in {"a", "an"} \
                and len(ctx.text[span.start : span.end].split()) == 1 and not _opens_figure(ctx.text[span.mark_end : span.mark_end + 3]):
            # "bought a restaurant - a "philanthropub" that ...": a word coined, not said (not "a
            # "staggering" 75 percent", a judgement of the figure that follows)
            return None
        verb = re.match(r"\s+(\w+)\s+(\w+)", ctx.text[phrase.end : span.mark_start]) if phrase else None
        if verb and verb.group(1).casefold() in _BE_FORMS and ctx.lex.speech_lemma(verb.group(2)) in _TELLING:
            return None  # "the court was told she was held with "…"": the subject heard the words
        if phrase:
            return phrase, tokens[0].start(), tokens[-1].end()
    return None


def _claimant(ctx: _Article, span: QuoteSpan, tokens: list[re.Match], k: int) -> tuple[_Phrase, int, int] | None:
    """Whose is the claim named at token ``k``, whose "that" ends ``tokens`` right before
    the quotation: the agent after "by" ("the allegation made by critics that "…"", "the
    claim by the union that") or the subject of the "made" before it ("Moon reportedly made
    an improper remark that "…""); None when neither."""
    low = [t.group().casefold() for t in tokens]
    by = k + 1 + (low[k + 1] in _MAKING)
    if by < len(tokens) - 1 and low[by] == "by":
        agent = ctx.phrase_after(tokens, by + 1)
        if agent is None or ctx.text[agent.end : tokens[-1].start()].strip():
            return None
        return agent, tokens[k].start(), agent.end
    if k != len(tokens) - 2:
        return None
    m = k - 1
    while m > 0 and k - m <= 3 and low[m] not in _MAKING and low[m].isalpha() and tokens[m].group().islower():
        m -= 1  # back over the claim's article and adjectives ("an improper")
    if low[m] not in _MAKING:
        return None
    phrase = _subject(ctx, *_clause_start(ctx, span, tokens, m))
    return (phrase, phrase.start, tokens[k].end()) if phrase is not None and phrase.kind in ("name", "nominal") else None


def _speaks_after(ctx: _Article, tokens: list[re.Match], pos: int) -> bool:
    """Whether a speech verb follows ``pos`` among the tokens before the words: "According to a
    report from Fars, Reza Jafarzadeh, the spokesman, said the plane "…"" is the spokesman's
    (the report is where it was read)."""
    return any(ctx.verb_at(tokens, v) for v in range(len(tokens)) if tokens[v].start() >= pos)


def _quoted_as_saying(ctx: _Article, tokens: list[re.Match], a: int) -> _Phrase | None:
    """Who "as saying" (at token ``a``) gives the words of, when a verb of quoting comes first
    in its clause: the one quoted ("The Herald quoted a party official as saying …" is the
    official's, not the paper's), or the passive's subject ("Reed was quoted by the Herald as
    saying …")."""
    for q in range(a - 1, max(-1, a - 1 - _APPOSITION_TOKENS), -1):
        if tokens[q].group() in {".", ";", "!", "?"} or tokens[q].group() in _QUOTE_MARKS:
            return None
        found = ctx.verb_at(tokens, q)
        if not found or found[0] != "quote":
            continue
        if q > 0 and tokens[q - 1].group().casefold() in {"was", "were", "been", "being", "is", "are"}:
            return ctx.phrase_before(tokens, q - 1)
        phrase = ctx.phrase_after(tokens, q + 1)
        if phrase is None:
            # "quoted the former Miss Naples identified as Ada Lund, on Saturday, as saying":
            # the last name before "as saying", a day after it skipped
            last = next((t for t in range(a - 1, q, -1) if _NAME_CHARS.match(tokens[t].group())
                         and tokens[t].group().casefold() not in _TIME_WORDS), None)
            phrase = ctx._phrase_ending(tokens, last, q + 1) if last is not None else None
            if phrase is not None and (phrase.kind != "name" or _names_organization(phrase.head)):
                return None
        return phrase if phrase is not None and phrase.end <= tokens[a].start() else None
    return None


def _opens_figure(text: str) -> bool:
    """Whether text opens with a number or an amount ("75 percent", "$2 billion")."""
    first = text.strip()[:1]
    return first.isdigit() or first in "$€£¥"


def _owner_of_text(ctx: _Article, tokens: list[re.Match]) -> _Phrase | None:
    """Whose words a colon after "the text of" someone's address or statement brings: "Below
    is the full text of his address:" is his (a pronoun), "... of the president's speech:"
    the president's."""
    low = [t.group().casefold() for t in tokens]
    n = len(tokens) - 1
    if n < 4 or low[n] != ":" or not (low[n - 1] in _SPOKEN_TEXT_NOUNS or low[n - 1] in ctx.lex.document_nouns):
        return None
    of = next((i for i in range(n - 2, max(0, n - 6), -1) if low[i] == "of"), None)
    if of is None or low[of - 1] != "text":
        return None
    if low[of + 1] in _POSSESSIVE_PRONOUNS and of + 2 == n - 1:
        return _Phrase(tokens[of + 1].start(), tokens[of + 1].end(), "pronoun", _POSSESSIVE_PRONOUNS[low[of + 1]])
    if not low[n - 2].endswith(("'s", "’s")):
        return None
    start, end = tokens[of + 1].start(), tokens[n - 2].end() - 2
    words = tuple(ctx.text[start:end].split())
    if words[-1][:1].isupper():
        return ctx._name_phrase(start, end)
    return _Phrase(start, end, "nominal", words[-1].casefold(), None, words)  # "the president's"


def _document_finding(ctx: _Article, span: QuoteSpan, tokens: list[re.Match], k: int) -> tuple[_Phrase, int, int] | None:
    """The issuer of the document whose finding the verb at token ``k`` reports ("cited a
    report released Thursday by the Kelby Institute that found the scans run "…"", "Kelby
    College also issued a report on Monday finding the plan would cost "…""): the words are
    the document's, so its issuer's; None when no document of the clause names one."""
    v = k - 1 if k > 0 and tokens[k - 1].group().casefold() in {"that", "which"} else k
    for h in range(v - 1, max(-1, v - _APPOSITION_TOKENS), -1):
        word = tokens[h].group().casefold()
        if word in {".", ";", "!", "?"} or ctx.verb_at(tokens, h):
            return None
        if word not in ctx.lex.document_nouns:
            continue
        issuer = ctx._issuer(tokens, h, h, v)
        if issuer is None and h > 1 and tokens[h - 1].group().casefold() in {"a", "an", "its", "their"} \
                and tokens[h - 2].group().casefold() in {"issued", "released", "published"}:
            issuer = _subject(ctx, *_clause_start(ctx, span, tokens, h - 2))  # whoever issued it
        return (issuer, issuer.start, tokens[k].end()) if issuer is not None else None
    return None


def _label_before_colon(ctx: _Article, tokens: list[re.Match], subject: _Phrase) -> _Phrase | None:
    """The person a body's label names right before its colon when the subject read forwards
    stops short of it: "RAC senior policy officer Rod Dennis: "…"" is Rod Dennis's, not the
    RAC's (lower-case role words between, no verb)."""
    label = ctx._phrase_ending(tokens, len(tokens) - 2, 0)
    if label is None or label.kind != "name" or label.start <= subject.start or subject.kind != "name":
        return None
    between = [t.group() for t in tokens if subject.end <= t.start() < label.start]
    if not between or len(between) > _LABEL_ROLE_WORDS or any(
            not w.isalpha() or not w.islower() or w in _DETERMINERS or ctx.lex.speech_lemma(w) for w in between):
        return None
    return label


def _reporting_clause_after(ctx: _Article, span: QuoteSpan) -> tuple[_Phrase, int, int] | None:
    """The reporter of a sentence whose own verb speaks no words, set off by a comma later in
    it: "Plumb shared "what appeared to be the address" of the presenter, Nelson told the
    court", "... is "in a good position" if it gets approval, its chief Ada Lund told Reuters"
    (the words are the reporter's, not the sentence subject's); None when the clause after the
    comma says more than who spoke, to whom and when ("..., Reed said the crowd was huge").
    Farther away, past other fragments of the sentence ("It will take one "game-changer"
    with "foresight" to ..., he said."), only an attribution that ends the sentence counts."""
    limit = min(span.sentence_end, span.mark_end + ATTRIBUTION_WINDOW)
    end = ctx.text.find("\n", span.mark_end, limit)
    tokens = ctx.tokens(span.mark_end, limit if end < 0 else end)
    if not tokens:
        return None
    clause_end = _CLAUSE_STOP.search(ctx.text, span.mark_end, tokens[-1].end())  # (another clause's)
    quoted = _QUOTE_MARK.search(ctx.text, span.mark_end, tokens[-1].end())
    n = len(tokens)
    # the commas near the words, and those near the sentence's end (a long sentence's middle
    # holds no reporting clause: read token by token, it was most of the time on quote marks)
    for c in itertools.chain(range(min(n, _REPORTING_CLAUSE_TOKENS)), range(max(_REPORTING_CLAUSE_TOKENS, n - _LAST_CLAUSE_TOKENS), n)):
        if clause_end is not None and tokens[c].start() >= clause_end.start():
            return None
        if tokens[c].group() != ",":
            continue
        # past another quotation mark or the near reach, only the sentence's last clause
        far = c >= _REPORTING_CLAUSE_TOKENS or quoted is not None and quoted.start() < tokens[c].start()
        if far and n - c > _LAST_CLAUSE_TOKENS:
            continue
        inverted = ctx.verb_at(tokens, c + 1) if c + 1 < len(tokens) else None
        if inverted is not None:
            # "... in the utmost comfort, said a top official from Etihad Rail.": the speaker after the verb
            phrase = ctx.phrase_after(tokens, inverted[1] + 1)
            end = next((i for i in range(inverted[1] + 1, len(tokens)) if phrase is not None and tokens[i].start() >= phrase.end), len(tokens))
            if phrase is not None and phrase.kind != "pronoun" and (end == len(tokens) or tokens[end].group() in {".", "!", "?", ","}):
                return phrase, tokens[c].start(), phrase.end
            continue
        phrase = ctx.phrase_after(tokens, c + 1)
        v = next((i for i in range(c + 1, len(tokens)) if phrase is not None and tokens[i].start() >= phrase.end), None)
        verb = ctx.verb_at(tokens, v) if v is not None else None
        if verb is None or phrase.kind == "pronoun" and ctx.lex.pronouns.get(phrase.head) == "thing":
            continue
        rest = [t.group().casefold() for t in tokens[verb[1] + 1 :]]
        stop = next((i for i, w in enumerate(rest) if w in {",", ".", "!", "?"}), len(rest))
        told = rest[:stop]
        if "that" in told or any(w in ctx.lex.pronouns for w in told) or told[:1] and verb[0] != "tell" and (
                told[0] in _DETERMINERS or _NAME_CHARS.match(tokens[verb[1] + 1].group())):
            return None  # "..., Reed said the crowd was huge": a clause of its own
        if far and (told or stop < len(rest) and rest[stop] == ","):
            return None
        return phrase, tokens[c].start(), tokens[verb[1]].end()
    return None


def _clause_start(ctx: _Article, span: QuoteSpan, tokens: list[re.Match], k: int) -> tuple[list[re.Match], int]:
    """The tokens whose subject is the subject of token ``k``'s clause (and how many count):
    those from the sentence's start when an earlier quotation cut the window short ("He
    called Ryan a "weak leader" and boasted that "...""), unless the sentence opens with a
    quotation, whose words are not the narrator's."""
    start = tokens[0].start() if tokens else span.mark_start
    if not span.sentence_start < start <= span.sentence_start + ATTRIBUTION_WINDOW or k >= len(tokens) \
            or ctx.text[span.sentence_start] in _QUOTE_MARKS:
        return tokens, k
    head = ctx.tokens(span.sentence_start, start)
    return head + tokens, len(head) + k


def _subject(ctx: _Article, tokens: list[re.Match], k: int) -> _Phrase | None:
    """The subject of the sentence whose first ``k`` tokens are given, an opening
    adverbial ("During the forum, ...") skipped."""
    start = 0
    k = min(k, len(tokens))
    while start < k and (tokens[start].group().casefold() in _CONJUNCTIONS or not tokens[start].group()[:1].isalnum()):
        start += 1
    while start + 1 < k and tokens[start + 1].group() == "," and (
            tokens[start].group().casefold() in ctx.lex.adverbs or tokens[start].group().endswith("ly")):
        start += 2  # "Conversely, FactWatch rated ...": a sentence adverb before the subject
    inverted = ctx.verb_at(tokens, start) if start < k else None
    if inverted:
        # "“…,” said the official, adding that “…”": the clause opens with an inverted
        # attribution, whose subject follows its verb
        return ctx.phrase_after(tokens, inverted[1] + 1, k)
    colon = next((c for c in range(start + 1, min(k, start + _LABEL_WORDS)) if tokens[c].group() == ":"), None)
    if colon is not None and _NAME_CHARS.match(tokens[colon - 1].group()):
        # a headline's label ("Internet sensation Ken Bone: Debate "got ...""): the name
        # that ends right before the colon, unless one after it says the words ("Leaks:
        # Reed Said Lund Was "…"", the source's label before the speaker)
        speaker = ctx.phrase_after(tokens, colon + 1, k)
        verb = next((i for i in range(colon + 1, k) if speaker is not None and tokens[i].start() >= speaker.end), None)
        if speaker is not None and speaker.kind == "name" and verb is not None and ctx.lex.speech_lemma(tokens[verb].group()):
            return speaker
        label = ctx._phrase_ending(tokens, colon - 1, start)
        first = next((i for i in range(start, colon) if label is not None and tokens[i].start() >= label.start), colon)
        if label is not None and label.kind == "name" and not (first > start and tokens[first - 1].group().casefold() in _PREPOSITIONS):
            return label  # (not "Obama on Climate Change: ...", whose topic ends the label)
    if start < k and tokens[start].group().casefold() in _INTRO_WORDS:
        # the subject follows one of the adverbial's first commas ("Following a swiftly
        # called, late-afternoon meeting, the council ...")
        for comma in [i for i in range(start, min(k, start + _INTRO_TOKENS)) if tokens[i].group() == ","][:3]:
            phrase = ctx.phrase_after(tokens, comma + 1, k)
            if phrase is not None and _state_after_town(ctx, tokens, comma, phrase):
                continue  # "At a speech in Gettysburg, Pa., over the weekend": a place
            if phrase is not None:
                return phrase
        return None
    phrase = ctx.phrase_after(tokens, start, k) if start < k else None
    comma = next((c for c in range(start, min(k, start + _LABEL_WORDS)) if tokens[c].group() == ","), None)
    if phrase is None and comma is not None and any(t.group().casefold() in _TIME_WORDS for t in tokens[start:comma]):
        # "One recent evening, Reed ...", "Last month, the Hallam District Council ...": the
        # name after an opening time (an institution's too)
        named = ctx.phrase_after(tokens, comma + 1, k)
        institution = named is not None and named.kind == "nominal" and len(named.modifiers) > 1 \
            and all(_NAME_CHARS.match(w) for w in named.modifiers[1:])
        # (or a group of people or a body by its noun: "Last week, a group of 37 scientists ...";
        # not one person by a role, "Last week, a lawyer accused the judge; he denied ...")
        group = named is not None and named.kind == "nominal" and named.modifiers[0].casefold() in {"a", "an", "the"} \
            and named.head in ctx.lex.organization_nouns
        phrase = named if named is not None and (named.kind == "name" or institution or group) else None
    return phrase


def _state_after_town(ctx: _Article, tokens: list[re.Match], comma: int, phrase: _Phrase) -> bool:
    """The name after the comma at ``comma`` is a state or country written after a town
    ("in Gettysburg, Pa., over the weekend"): one short word between the town's comma and
    the next, the town after a preposition."""
    rest = [t for t in tokens[comma + 1 : comma + 4]]
    short = len(rest) >= 2 and phrase.kind == "name" and len(phrase.head.split()) == 1 and (
        rest[1].group() == "," or rest[1].group() == "." and len(rest) > 2 and rest[2].group() == ",")
    town = comma >= 2 and _NAME_CHARS.match(tokens[comma - 1].group()) and tokens[comma - 2].group().casefold() in _PLACE_PREPOSITIONS
    return bool(short and town)


def _narration(ctx: _Article, para: Paragraph, spans: list[QuoteSpan]) -> list[tuple[int, _Phrase]]:
    """Attributions in a paragraph's own words, outside its quotations ("..., Schiff said.",
    "He said:"), as (offset of the verb, phrase)."""
    found = []
    cuts = [(s.mark_start, s.mark_end) for s in spans if s.kind != "paraphrase"]
    edges = [para.start] + [x for ab in cuts for x in ab] + [para.end]
    for a, b in zip(edges[::2], edges[1::2]):
        tokens = ctx.tokens(a, b)
        for k in range(len(tokens)):
            verb = ctx.verb_at(tokens, k)
            if not verb:
                continue
            if verb[0] in _TELLING and k > 0 and tokens[k - 1].group().casefold() in _BE_FORMS and not tokens[k].group().endswith("ing"):
                continue  # "the court was told": its subject heard the words
            if tokens[k].group().endswith("ing"):
                phrase = _subject(ctx, tokens, k)
            else:
                phrase = ctx.phrase_before(tokens, k) or ctx.phrase_after(tokens, verb[1] + 1)
            if phrase:
                found.append((tokens[k].start(), phrase))
    return found


def _explicit(ctx: _Article, spans: list[QuoteSpan], n: int) -> tuple[_Phrase, int, int] | None:
    """The attribution a span's own sentence gives: label, after, before (in that order)."""
    span = spans[n]
    # (a nickname within a name, "said José “Pepe” Mujica", is no quotation of its own)
    following = n + 1
    while following < len(spans) and spans[following].mark_start in ctx.nicknames:
        following += 1
    nxt = spans[following].mark_start if following < len(spans) else span.sentence_end
    # (a quotation reopened before it closed ends where the next begins: what follows is that one's)
    limit = min(span.sentence_end, nxt) if nxt > span.mark_start else span.sentence_end
    lo = span.sentence_start
    for k in range(n - 1, -1, -1):
        prev = spans[k]
        if prev.mark_end <= lo:
            break
        if prev.kind != "paraphrase" and prev.mark_start < span.mark_start and prev.mark_start not in ctx.nicknames:
            lo = max(lo, min(prev.mark_end, span.mark_start))  # (one reopened runs to this one's mark)
            break
    if span.kind == "fragment":
        questioner = _questioner(ctx, span, lo)
        if questioner:
            return questioner
    if span.kind != "paraphrase":
        label = _label(ctx, span)
        if label:
            return label, label.start, label.end
        after = _after(ctx, span, limit)
        if after and after[0].kind == "nominal" and after[0].head in ctx.lex.document_nouns \
                and after[0].modifiers[0].casefold() in {"a", "an"}:
            # "Kelvia said that talks would resume "within weeks", according to a statement":
            # a text new to the story and naming no issuer is where the sentence's speaker
            # said it ("..., according to the report" is the report's words, reported in it)
            return _before(ctx, span, lo) or (after[0], span.mark_end, after[1])
        if after and ctx.text[span.end - 1 : span.end] in {"!", "?"} and ctx.text[lo : span.mark_start].rstrip().endswith(":"):
            # "Reed has tweeted of Lund: “… SAD!” Ada Lund told reporters ...": words a colon
            # introduces and that end in "!" or "?" are the colon's speaker's; the name after
            # them opens a sentence of its own
            return _before(ctx, span, lo) or (after[0], span.mark_end, after[1])
        if after and _REPORTED_END.search(ctx.text, span.mark_end, after[1]):
            # "Zelensky stated that "…" as "fighting continues" there, BBC reported": the
            # outlet that carried the words; a speech verb before them names who spoke
            before = _before(ctx, span, span.sentence_start)  # (past an earlier fragment of the sentence)
            if before and any(ctx.lex.speech_lemma(w) for w in re.findall(r"[\w'’]+", ctx.text[before[1] : before[2]])):
                return before
        if after:
            return after[0], span.mark_end, after[1]
    return _before(ctx, span, lo)


def _sign_before(ctx: _Article, low: list[str], k: int) -> int | None:
    """The index of the sign that bears the words the verb at ``k`` reads ("a sign in the
    hall that read", "signs reading"), at most a short place away; None when none does."""
    v = k - 1 if k > 0 and low[k - 1] in {"that", "which"} else k if low[k].endswith("ing") else None
    if v is None:
        return None
    for i in range(v - 1, max(-1, v - 6), -1):
        if low[i] in ctx.lex.sign_nouns:
            return i
        if not low[i][:1].isalnum() or ctx.lex.speech_lemma(low[i]):
            return None
    return None


def _doer(ctx: _Article, tokens: list[re.Match], p: int) -> _Phrase | None:
    """Who is blamed or praised for what the "for" at token ``p`` and its gerund say ("...
    criticized Lund for saying", "... earned him a rebuke for saying"): the person named or
    meant nearest before it in its sentence (a pronoun's name when the sentence gives it
    earlier: "Oz's advice earned him ... for saying"), else None."""
    pronoun = None
    for i in range(p - 1, -1, -1):
        word = tokens[i].group()
        if word in {".", ";", "!", "?"}:
            break
        low = _POSSESSIVE_PRONOUNS.get(word.casefold()) or {"him": "he", "them": "they"}.get(word.casefold(), word.casefold())
        if low in {"he", "she", "they"} and pronoun is None:
            pronoun = _Phrase(tokens[i].start(), tokens[i].end(), "pronoun", low)
        elif _NAME_CHARS.match(word) and (i + 1 == p or not _NAME_CHARS.match(tokens[i + 1].group())):
            phrase = ctx._phrase_ending(tokens, i, 0)
            if phrase is not None and phrase.kind == "name" and not _names_organization(phrase.head) \
                    and phrase.head.casefold() not in ctx.lex.place_names and phrase.head.casefold() not in ctx.lex.not_speakers:
                return phrase
    return pronoun


def _questioner(ctx: _Article, span: QuoteSpan, lo: int) -> tuple[_Phrase, int, int] | None:
    """The one who asks, when the words lie in the question ("Asked by a journalist whether
    the ministry would "reconsider" ...", "confronted by reporter Ed Lund about whether she
    "wiped" ..."): the words are the questioner's, not the answer's."""
    a = max(lo, span.mark_start - ATTRIBUTION_WINDOW)
    if ctx.text.rfind(" by ", a, span.mark_start) < 0:
        return None  # (a cheap test first: most words have no questioner before them)
    tokens = ctx.tokens(a, span.mark_start)
    w = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].group() in {"whether", "if", ","}), None)
    if w is None or tokens[w].group() == ",":
        return None  # (the words after a comma are the answer's sentence)
    by = next((b for b in range(w - 1, max(-1, w - _QUESTION_TOKENS), -1) if tokens[b].group() in {"by", ","}), None)
    if by is None or tokens[by].group() != "by" \
            or not any(tokens[v].group().casefold() in _QUESTIONING for v in range(max(0, by - _QUESTION_TOKENS), by)):
        return None
    phrase = ctx.phrase_after(tokens, by + 1, w)
    return (phrase, tokens[by].start(), tokens[w].end()) if phrase is not None else None


def attribute_speakers(spans: tuple[QuoteSpan, ...], article: Article, paragraphs: tuple[Paragraph, ...],
                       registry: Registry) -> tuple[Attributed, ...]:
    """Give each span its speaker; leave out scare quotes.

    In: the spans of one article in text order, the article, its paragraphs and the
    registry of people. Out: one :class:`Attributed` per statement, in the same order; a
    span whose speaker cannot be told gets ``speaker == ""``, except a short quoted
    fragment nobody is said to have said, which is a scare quote and left out. Never
    raises on any text.
    """
    ctx = _Article(article, paragraphs, registry, spans)
    out: list[Attributed] = []
    last: Attributed | None = None  # the latest attributed quotation, for continuations
    reported: Attributed | None = None  # the latest attributed reported speech
    pending: list[int] = []  # unattributed paragraphs of a quote that runs on
    orphans: list[int] = []  # unattributed quotations opening the paragraphs just before
    by_para: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        by_para.setdefault(span.paragraph, []).append(span)
    previous_para: Paragraph | None = None
    for para in paragraphs:
        group = by_para.get(para.index, [])
        found: list[tuple[_Entity | None, str, str | None, int, int] | None] = []
        scare: set[int] = set()  # the spans that are scare quotes after all
        for n, span in enumerate(group):
            if span.mark_start in ctx.nicknames:
                found.append(None)
                scare.add(n)  # (a nickname within a name: "José “Pepe” Mujica")
                continue
            hit = _explicit(ctx, group, n)
            if hit is None:
                found.append(None)
                continue
            phrase, cue_a, cue_b = hit
            ent = ctx.resolve(phrase, phrase.start)
            if ent is not None:
                ctx.note_speaker(phrase.start, ent)
            elif phrase.kind == "name" and " " not in phrase.head and not (
                    ctx.lex.role_group(phrase.head) or phrase.head.casefold() in ctx.lex.organization_nouns) \
                    and _scare_quote(span, article.text):
                # "What comes across is a "realist" setting", "Fears had been expressed that
                # "fee refugees" ...": a capitalised common word is no speaker, and short
                # words nobody is said to say are a scare quote (not "Critics fear ...")
                scare.add(n)
            found.append((ent, article.text[phrase.start : phrase.end], phrase.role, cue_a, cue_b))
        narration: list[tuple[int, _Phrase]] | None = None
        whole: list[int] | None = None  # the attributed whole quotations, when first needed
        introductions: tuple[tuple[int, int], ...] = ()
        attributed = [k for k, f in enumerate(found) if f is not None and f[0] is not None and group[k].kind != "paraphrase"]
        for n, span in enumerate(group):
            if n in scare:
                continue
            if found[n] is not None:
                ent, as_written, role, cue_a, cue_b = found[n]
                att = _attributed(span, ent, as_written, role, cue_a, cue_b)
            else:
                # a whole quotation continues whole quotations when there are any: a fragment
                # in the narrator's sentence between them is often someone else's word
                if whole is None:  # (once a paragraph: per span it grew with the square of a paragraph of quotes)
                    whole = [k for k in attributed if group[k].kind == "quote"]
                    introductions = _introductions(found, group)
                quotes = whole if span.kind == "quote" else []
                ent = _credit_line(ctx, para) if span.unclosed else None
                if ent is None:
                    ent = _list_heading(ctx, para, span)
                if ent is None and n > 0 and out and out[-1].span is group[n - 1] and out[-1].speaker \
                        and not article.text[group[n - 1].mark_end : span.mark_start].strip():
                    # "... said he is "very pleased ..." "Looking forward to ..."": a quotation
                    # right after another, nothing between, goes on in the same voice
                    ent = ctx.entity_of(out[-1].speaker)
                if ent is None:
                    ent = _same_paragraph(found, group, quotes or attributed, n)
                if ent is None and span.continues and last is not None and last.speaker and last.kind:
                    # the paragraph reopens the previous one's quotation: the same speaker's,
                    # whoever the narration after it names
                    ent = ctx.entity_of(last.speaker)
                if ent is None and previous_para is not None and _opens(para, span) and _introduces_next(ctx, previous_para):
                    # "Sanders made the following comment:" and the quotation below it (whoever
                    # the narration after it names)
                    intro = _narration(ctx, previous_para, by_para.get(previous_para.index, []))
                    ent = _nearest(ctx, intro, previous_para.end)
                    owner = _owner_of_text(ctx, ctx.tokens(previous_para.start, previous_para.end)) if ent is None else None
                    if owner is not None:
                        ent = ctx.resolve(owner, owner.start)  # "Below is the full text of his address:"
                    if ent is None and owner is None:
                        phrase = _subject(ctx, ctx.tokens(previous_para.start, previous_para.end), 10**6)
                        ent = ctx.resolve(phrase, phrase.start) if phrase else None
                if ent is None:
                    narration = _narration(ctx, para, group) if narration is None else narration
                    ent = _nearest(ctx, narration, span.mark_start, introductions)
                if ent is not None:
                    att = _attributed(span, ent, "", None, span.sentence_start, span.sentence_end)
                elif last is not None and span.kind != "paraphrase" and last.speaker and (
                        _opens(para, span) and last.span.paragraph == para.index - 1
                        # the next whole quotation of a paragraph that continued the speaker
                        or last.span.paragraph == para.index and last.span.kind == span.kind == "quote"):
                    att = Attributed(span, last.speaker, last.speaker_name, "", last.role, last.kind, last.person, span.sentence_start, span.sentence_end)
                elif span.kind == "quote" and reported is not None and reported.kind == "person" and _opens(para, span) \
                        and reported.span.paragraph == para.index - 1 and (last is None or last.span.start < reported.span.start):
                    # "She said the first act was to lift the ban.\n\n"We don't ..."": the
                    # paragraph below a person's reported words goes on in her own (a body's
                    # words are said to be its own each time)
                    att = replace(reported, span=span, as_written="", cue_start=span.sentence_start, cue_end=span.sentence_end)
                elif span.kind == "quote" and last is not None and last.kind in {"person", "description"} and _opens(para, span) \
                        and previous_para is not None and last.span.paragraph == previous_para.index - 1 \
                        and not by_para.get(previous_para.index) and _about(ctx, previous_para) == last.speaker:
                    # ""…," Farag said.\n\nHe named one of them.\n\n"…"": a paragraph about the
                    # one just quoted (whoever else it says says something) goes on in that voice
                    att = replace(last, span=span, as_written="", cue_start=span.sentence_start, cue_end=span.sentence_end)
                elif span.kind == "quote" and _opens(para, span) and previous_para is not None and previous_para.index == para.index - 1 \
                        and not any(s.kind != "paraphrase" for s in by_para.get(previous_para.index, ())) \
                        and (told := _teller(ctx, previous_para)) is not None:
                    # "One of the benefits would be escalators, Beck said.\n\n"We are still
                    # ..."": the paragraph below a person's words told without marks goes on in
                    # that person's own
                    att = _attributed(span, told, "", None, span.sentence_start, span.sentence_end)
                elif span.kind == "quote" and span.unclosed and _opens(para, span) and (told := _named_below(ctx, para)) is not None:
                    att = _attributed(span, told, "", None, span.sentence_start, span.sentence_end)
                elif _scare_quote(span, article.text):
                    continue  # a scare quote: short words nobody is said to have said
                else:
                    att = Attributed(span, "", "", "", None, "", None, span.sentence_start, span.sentence_end)
            if att.speaker and att.as_written and span.continues:
                # A quote over several paragraphs attributed only at its end: its opening
                # paragraphs are the same speaker's.
                for k in pending:
                    out[k] = replace(att, span=out[k].span, as_written="", cue_start=out[k].cue_start, cue_end=out[k].cue_end)
            if span.kind != "paraphrase":
                opens = _opens(para, span)
                if opens and att.speaker and att.as_written and att.cue_start >= span.mark_end and orphans \
                        and out[orphans[-1]].span.paragraph == para.index - 1:
                    # a statement quoted over several paragraphs, each closed, credited only in
                    # the last ("“…”\n\n“…,” the statement said."): the paragraphs above are its
                    for k in orphans:
                        out[k] = replace(att, span=out[k].span, as_written="", cue_start=out[k].cue_start, cue_end=out[k].cue_end)
                chained = bool(orphans) and out[orphans[-1]].span.paragraph >= para.index - 1
                if opens and not att.speaker:
                    orphans = orphans if chained else []
                    orphans.append(len(out))  # (in place: a copy each paragraph grew with their square)
                else:
                    orphans = []
            if span.kind != "paraphrase":
                if not (span.continues or att.speaker):
                    pending = []
                if span.unclosed:
                    # an opening paragraph that only inherited its speaker waits for the
                    # attribution that may close the quotation further on
                    pending = (pending if span.continues else []) + ([len(out)] if not att.as_written else [])
                elif not span.continues:
                    pending = []
            out.append(att)
            if span.kind != "paraphrase":
                last = att
            elif att.speaker:
                reported = att
        previous_para = para
    return tuple(_echoed_in_the_body(out, article.text))


def _introduces_next(ctx: _Article, para: Paragraph) -> bool:
    """The paragraph ends by introducing the quotation below it: a colon ("Sanders made the
    following comment:"), a comma right after a speech verb ("President and CEO, Craig
    Scherba, commented,"), or it is a line naming the speaker with a comma and no verb nor
    stop ("Wissem Lechaa, a Customer Support employee at the call centre")."""
    intro = ctx.text[max(para.start, para.end - ATTRIBUTION_WINDOW) : para.end].rstrip()
    if intro.endswith(":"):
        return True
    words = intro[:-1].split()
    if intro.endswith(",") and words and ctx.lex.speech_lemma(words[-1]) is not None:
        return True
    line = ctx.text[para.start : para.end].strip() if para.end - para.start <= ATTRIBUTION_WINDOW else ""
    return para.part == "body" and line[-1:].isalnum() and len(line.split()) <= _CREDIT_WORDS and bool(_LABEL_LINE.match(line))


def _teller(ctx: _Article, para: Paragraph) -> _Entity | None:
    """The person whose words the last sentence of a paragraph without quotations tells
    ("..., Beck said.", "This, he said, cannot be factual ..."), else None."""
    end = para.start + len(ctx.text[para.start : para.end].rstrip())
    for at, phrase in reversed(_narration(ctx, para, [])):
        if ctx.text.find(". ", at, end - 1) >= 0:
            return None  # (a sentence after it tells something else)
        ent = ctx.resolve(phrase, phrase.start)
        if ent is not None and ent.kind == "person":
            return ent  # (not a document it cites: "This, he said, ignores what the review reports")
    return None


def _named_below(ctx: _Article, para: Paragraph) -> _Entity | None:
    """The person a quotation left open at its paragraph's end is credited to when the next
    paragraph, narration, opens by naming a speaker ("“As part of the investigation,
    detectives followed up on information …¶Kinana said three of the four suspects …"): the
    writer closed the quotation with its credit. None when that paragraph opens otherwise."""
    below = ctx.paragraphs.get(para.index + 1)
    if below is None or ctx.text[below.start] in _QUOTE_MARKS:
        return None  # (the quotation goes on below)
    first = ctx.text.find(". ", below.start, below.end)
    credits = [phrase for at, phrase in _narration(ctx, below, []) if first < 0 or at < first]
    ent = _resolved_name(ctx, credits[0]) if credits else None
    return ent if ent is not None and ent.kind == "person" else None


def _about(ctx: _Article, para: Paragraph) -> str | None:
    """The key of whom a paragraph of narration is about: its first sentence's subject."""
    phrase = _subject(ctx, ctx.tokens(para.start, para.end), 10**6)
    ent = ctx.resolve(phrase, phrase.start) if phrase is not None else None
    return ent.key if ent is not None else None


def _echoed_in_the_body(out: list[Attributed], text: str) -> list[Attributed]:
    """A headline's or standfirst's quotation nobody is said to have said takes the speaker
    of the body's quotation that holds the same words ("‘We were promised homes, not
    excuses’: tenants confront council" and, below, "“We were promised homes, not excuses,”
    said Denise Achterberg"): headlines quote the body."""
    said = None  # (the body's attributed quotations, read only for a quotation above them)
    for k, att in enumerate(out):
        if att.span.part == "body" or att.speaker or _scare_quote(att.span, text):
            continue  # (three words or fewer are too few to tell an echo)
        if said is None:
            said = [(" ".join(re.findall(r"\w+", text[a.span.start : a.span.end].casefold())), a)
                    for a in out if a.span.part == "body" and a.speaker and a.span.kind != "paraphrase"]
        words = " ".join(re.findall(r"\w+", text[att.span.start : att.span.end].casefold()))
        source = next((a for body, a in said if words and words in body), None)
        if source is not None:
            out[k] = replace(source, span=att.span, as_written="", cue_start=att.cue_start, cue_end=att.cue_end)
    return out


def _scare_quote(span: QuoteSpan, text: str) -> bool:
    """Short quoted words in the narrator's sentence (at most three): a scare quote when
    nobody is said to have said them."""
    return span.kind == "fragment" and len(text[span.start : span.end].split()) <= 3


def _attributed(span: QuoteSpan, ent: _Entity | None, as_written: str, role: str | None, cue_a: int, cue_b: int) -> Attributed:
    if ent is None:
        return Attributed(span, "", "", as_written, role, "", None, cue_a, cue_b)
    # "Mr Blair": how the name is written, not a position ("Tony Blair, Mr")
    role = _untitled(role) if role is not None else None
    if ent.person is None and role is None:
        # the role the text introduced this speaker with
        role = next(filter(None, map(_untitled, ent.roles)), None)
    kind = "description" if ent.described else ent.kind
    return Attributed(span, ent.key, ent.display, as_written, role, kind, ent.person, cue_a, cue_b)


def _untitled(role: str) -> str | None:
    """The role without the titles written with the name at its end ("Archbishop of
    Canterbury Dr" of "Archbishop of Canterbury Dr Rowan Williams"); None when only those
    ("Mr", "Sir", "Lady")."""
    words = role.split()
    while words and words[-1].casefold().rstrip(".") in _NAME_TITLES:
        words.pop()
    return " ".join(words) or None


def _opens(para: Paragraph, span: QuoteSpan) -> bool:
    """The span's quotation opens its paragraph (or reopens the previous one's)."""
    return span.continues or span.mark_start == para.start


def _resolved_name(ctx: _Article, phrase: _Phrase | None) -> _Entity | None:
    """Whom ``phrase`` names, when it is a name (a credit line's, a list's heading): None for
    a nominal, a pronoun or no phrase."""
    return ctx.resolve(phrase, phrase.start) if phrase is not None and phrase.kind == "name" else None


def _credit_line(ctx: _Article, para: Paragraph) -> _Entity | None:
    """A pull quote's credit: the quotation left open at its paragraph's end is closed by
    a short next line that names the speaker ("“…¶Jane Doe, a historian.”")."""
    credit = ctx.paragraphs.get(para.index + 1)
    if credit is None:
        return None
    line = ctx.text[credit.start : credit.end].rstrip()
    if not line or line[-1] not in "”\"’'»" or any(m in line for m in "“«„") or len(line.split()) > _CREDIT_WORDS:
        return None
    return _resolved_name(ctx, ctx.phrase_after(ctx.tokens(credit.start, credit.end), 0))


def _list_heading(ctx: _Article, para: Paragraph, span: QuoteSpan) -> _Entity | None:
    """The speaker of a quotation on a list item, a line opening with a dash or a bullet:
    the name heading the items ("Ana Ruiz, Banco Sur¶– Forecast: 8 percent¶– “…”"), the
    first line above them that is no item, with a comma after the name and no sentence."""
    # (the item's line is short: its start is read back a window's length, not over a long paragraph)
    lo = max(para.start, span.mark_start - ATTRIBUTION_WINDOW)
    newline = ctx.text.rfind("\n", lo, span.mark_start)
    end = newline + 1 if newline >= 0 else para.start if lo == para.start else -1
    if end < 0 or not ctx.text.startswith(_LIST_ITEM_MARKS, end):
        return None
    floor = max(0, end - ATTRIBUTION_WINDOW)
    while end > floor:
        end -= 1  # (the line break before the line)
        start = max(floor, ctx.text.rfind("\n", floor, end) + 1)
        line = ctx.text[start:end].strip()
        if line and not line.startswith(_LIST_ITEM_MARKS):
            break
        end = start
    else:
        return None
    if len(line.split()) > _CREDIT_WORDS or line[-1:] in ".:!?" or not _LABEL_LINE.match(line):
        return None
    return _resolved_name(ctx, ctx.phrase_after(ctx.tokens(start, end), 0))


def _introductions(found: list, group: list[QuoteSpan]) -> tuple[tuple[int, int], ...]:
    """The stretches of a paragraph's attributions that come before the whole quotation
    they attribute ("Holt said: "…"")."""
    return tuple((f[3], f[4]) for f, span in zip(found, group)
                 if f is not None and span.kind == "quote" and f[3] < span.mark_start)


def _same_paragraph(found: list, group: list[QuoteSpan], attributed: list[int], n: int) -> _Entity | None:
    """The speaker of the nearest attributed quotation of the same paragraph (indices in
    ``attributed``, ascending), the one before preferred. A later one counts only when its
    attribution follows it ("…." "…," he said): one that introduces its own words ("Later,
    Rose said: "…") begins someone else's turn."""
    i = bisect.bisect_left(attributed, n)
    if i > 0:
        return found[attributed[i - 1]][0]
    if i == len(attributed):
        return None
    later = attributed[i]
    return found[later][0] if found[later][3] >= group[later].mark_end else None


def _nearest(ctx: _Article, narration: list[tuple[int, _Phrase]], pos: int,
             introductions: tuple[tuple[int, int], ...] = ()) -> _Entity | None:
    """The speaker of the narration's attribution nearest before ``pos``, else the first
    after it that does not introduce a quotation of its own (``introductions``: "Holt had
    said: "…"" begins Holt's turn and does not claim the quotation before it)."""
    i = bisect.bisect_left(narration, pos, key=lambda x: x[0])
    later = (n for n in narration[i:] if not any(a <= n[0] < b for a, b in introductions))
    pick = narration[i - 1] if i > 0 else next(later, None)
    if pick is None:
        return None
    ent = ctx.resolve(pick[1], pick[1].start)
    if ent is not None:
        ctx.note_speaker(pick[1].start, ent)
    return ent
