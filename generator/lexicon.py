"""The word lists of news attribution, read once from ``data/attribution.yaml``.

Extraction, attribution and date resolution all speak this vocabulary (speech verbs,
pronouns, honorifics, role nouns, venues, source credits); keeping it as data means a
new verb or agency is a line of YAML, not a code path.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

# The C loader when PyYAML was built with it: the vocabulary is read once, but at start-up.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Lexicon:
    """Compiled form of ``data/attribution.yaml``; every word set holds casefolded words."""

    speech_forms: dict[str, str]
    """Every form of a speech verb (``"pointed out"``) -> its lemma (``"point out"``)."""
    multiword_heads: dict[str, tuple[str, ...]]
    """First word of a multi-word verb form -> the rest of each form that starts with it."""
    not_speech_before_to: frozenset[str]
    not_speech_before_amount: frozenset[str]
    """Lemmas that are no speech verb right before a number or a sum ("would add $1.5 trillion")."""
    """Lemmas that are no speech verb right before "to" ("continues to face")."""
    paraphrase_lemmas: frozenset[str]
    adverbs: frozenset[str]
    pronouns: dict[str, str]
    honorifics: dict[str, str | None]
    leading_honorifics: dict[str, str | None]
    """Honorifics peeled off only at a name's front ("Tan Sri", "Datuk Seri") -> the gender they tell."""
    role_groups: dict[str, str]
    """Role noun -> the name of its group (``"envoy"`` -> ``"ambassador"``)."""
    organization_nouns: frozenset[str]
    company_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    """Nouns for a number of people an "of" complement names ("a group of 37 scientists")."""
    company_words: frozenset[str]
    body_nouns: frozenset[str]
    document_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    """What a news outlet is ("daily", "news agency"): "the Spanish daily Vanguardia" is Vanguardia."""
    finding_verbs: frozenset[str]
    """Verbs by which a document reports ("a report … that found …"): its issuer's words."""
    sign_nouns: frozenset[str]
    """Things that bear words for whoever carries them ("sign", "banner")."""
    epithet_nouns: frozenset[str]
    """Nouns that describe again the person just talked about ("the top diplomat")."""
    """Things that bear words for whoever carries them ("sign", "banner")."""
    """Texts issued by someone ("report", "statement"): "a report by X" is X's words."""
    government_nouns: frozenset[str]
    organization_words: frozenset[str]
    place_names: dict[str, str]
    """Country, capital or demonym, casefolded -> the country's name."""
    given_names: dict[str, str | None]
    """Given name -> the gender it tells (None for a name given to either sex)."""
    surname_endings: tuple[tuple[str, str], ...]
    """(ending, gender): no ending of one gender ends one of the other."""
    surname_min_length: int
    male_name_suffixes: frozenset[str]
    """Words after a name that tell a man ("Jr", "Sr"), without their full stop."""
    gendered_nouns: dict[str, str]
    """A people noun that tells a gender (``"mother"`` -> ``"female"``)."""
    title_cues: frozenset[str]
    scare_cues: tuple[str, ...]
    answer_words: frozenset[str]
    law_nouns: frozenset[str]
    law_verbs: frozenset[str]
    """A law (``law_nouns``) that does this (``law_verbs``) to a fragment in its clause holds its wording."""
    """Words that, quoted alone, are an answer or a vote ("yes", "no"), not a statement."""
    venues: tuple[re.Pattern[str], ...]
    source_credits: tuple[re.Pattern[str], ...]
    agencies: frozenset[str]
    not_speakers: frozenset[str]
    """Capitalised words that open sentences or qualify nouns but never name a speaker."""

    def speech_lemma(self, word: str) -> str | None:
        return self.speech_forms.get(word.casefold())

    def name_gender(self, words: list[str]) -> str | None:
        """The gender a person's name tells: its given name's, else its surname's ending
        (``surname_endings``), or a suffix for a son or father (``male_name_suffixes``); None
        when none tells."""
        if len(words) > 1 and words[-1].casefold().rstrip(".") in self.male_name_suffixes:
            return "male"
        if len(words) > 1 and self.given_names.get(words[0].casefold()):
            return self.given_names[words[0].casefold()]
        last = words[-1].casefold() if words else ""
        if len(last) >= self.surname_min_length:
            for ending, gender in self.surname_endings:
                if last.endswith(ending):
                    return gender
        return None

    def role_group(self, word: str) -> str | None:
        low = word.casefold().rstrip(".")
        group = self.role_groups.get(low)
        if group is None and "-" in low:
            # a shared, second or past holder of a role holds a role of its own ("co-owner",
            # "vice-chair"): never the chairman met before
            prefix, _, role = low.partition("-")
            role_group = self.role_groups.get(role) if prefix in _ROLE_PREFIXES else None
            return f"{prefix}-{role_group}" if role_group else None
        return group


# Prefixes joined to a role noun by a hyphen that make a role of its kind ("co-owner", "vice-chair");
# not "ex-": a former aide is no aide the text brings in.
_ROLE_PREFIXES = frozenset("co vice deputy acting interim".split())


def read_data(name: str) -> dict:
    """A packaged YAML file of ``generator/data/`` (the vocabularies of this stage)."""
    return yaml.load(resources.files("generator").joinpath("data", name).read_text("utf-8"), Loader=_LOADER)


def _words(values) -> frozenset[str]:
    return frozenset(str(v).casefold() for v in values)


@functools.cache
def lexicon() -> Lexicon:
    """Read the packaged attribution vocabulary once per process."""
    raw = read_data("attribution.yaml")
    forms: dict[str, str] = {}
    for lemma, words in raw["speech_verbs"].items():
        for w in words:
            forms[str(w).casefold()] = str(lemma)
    heads: dict[str, list[str]] = {}
    for form in forms:
        first, _, rest = form.partition(" ")
        if rest:
            heads.setdefault(first, []).append(rest)
    roles: dict[str, str] = {}
    for group in raw["role_nouns"]:
        for w in group:
            roles.setdefault(str(w).casefold(), str(group[0]).casefold())
    for w in raw["people_nouns"]:
        roles.setdefault(str(w).casefold(), str(w).casefold())
    places: dict[str, str] = {}
    for country, others in raw["countries"].items():
        places[country.casefold()] = country
        for o in others:
            places.setdefault(str(o).casefold(), country)
    given: dict[str, str | None] = {}
    for gender, names in raw["given_names"].items():
        for n in names:
            given[str(n).casefold()] = None if gender == "either" else gender
    gendered: dict[str, str] = {}
    for gender, nouns in raw["gendered_nouns"].items():
        for n in nouns:
            gendered[str(n).casefold()] = gender
    return Lexicon(
        speech_forms=forms,
        multiword_heads={k: tuple(v) for k, v in heads.items()},
        not_speech_before_to=_words(raw["not_speech_before_to"]),
        not_speech_before_amount=_words(raw["not_speech_before_amount"]),
        paraphrase_lemmas=_words(raw["paraphrase_verbs"]),
        adverbs=_words(raw["adverbs"]),
        pronouns={str(k).casefold(): str(v) for k, v in raw["pronouns"].items()},
        honorifics={str(k).casefold(): v for k, v in raw["honorifics"].items()},
        leading_honorifics={str(k).casefold(): v for k, v in raw["leading_honorifics"].items()},
        role_groups=roles,
        organization_nouns=_words(raw["organization_nouns"]),
        company_nouns=_words(raw["company_nouns"]),
        collective_nouns=_words(raw["collective_nouns"]),
        company_words=_words(raw["company_words"]),
        body_nouns=_words(raw["body_nouns"]),
        document_nouns=_words(raw["document_nouns"]),
        outlet_nouns=_words(raw["outlet_nouns"]),
        finding_verbs=_words(raw["finding_verbs"]),
        sign_nouns=_words(raw["sign_nouns"]),
        epithet_nouns=_words(raw["epithet_nouns"]),
        government_nouns=_words(raw["government_nouns"]),
        organization_words=_words(raw["organization_words"]),
        place_names=places,
        given_names=given,
        surname_endings=tuple((str(e), g) for g in ("female", "male") for e in raw["surname_endings"][g]),
        surname_min_length=int(raw["surname_endings"]["min_length"]),
        male_name_suffixes=_words(raw["male_name_suffixes"]),
        gendered_nouns=gendered,
        title_cues=_words(raw["title_cues"]),
        scare_cues=tuple(str(c).casefold() for c in raw["scare_cues"]),
        answer_words=_words(raw["answer_words"]),
        law_nouns=_words(raw["law_nouns"]),
        law_verbs=_words(raw["law_verbs"]),
        venues=tuple(re.compile(p) for p in raw["venues"]),
        source_credits=tuple(re.compile(p) for p in raw["source_credits"]),
        agencies=_words(raw["agencies"]),
        not_speakers=_words(raw["not_speakers"]),
    )
