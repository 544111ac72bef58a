"""A synthetic article store of any size, for benchmarks: deterministic for a given seed.

Stories have several outlets each; quotes come in the styles the extractor handles (after,
before and inside the quote, split quotes, dash attributions, fragments, paraphrases);
speakers recur across stories with registry entries and surname references; outlets carry
the same utterance in reworded, trimmed and reordered forms, so alignment has real work.

    python -m benchmarks.corpus OUT_DIR N [--seed S]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

FIRST = ["Anna", "Boris", "Chen", "Dilnoza", "Emeka", "Fatima", "Goran", "Hana", "Ivan", "Jorge", "Kateryna",
         "Lars", "Mei", "Nadia", "Olu", "Pavel", "Qiu", "Rosa", "Samir", "Tomas", "Uma", "Viktor", "Wen", "Yusuf"]
LAST = ["Abara", "Bondar", "Castell", "Dorn", "Esposito", "Farouk", "Grau", "Hakimi", "Ilves", "Jovanovic",
        "Kovacs", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rahman", "Sato", "Tanaka",
        "Udeh", "Varga", "Weiss", "Xu", "Yilmaz", "Zoric"]
COUNTRIES = ["Norland", "Estova", "Valdoria", "Kesh", "Marovia", "Tirana Bay", "Ostmark", "Lusia"]
ROLES = ["Foreign Minister of {c}", "Permanent Representative of {c} to the United Nations",
         "Spokesperson of the Ministry of Foreign Affairs of {c}", "Defence Minister of {c}", "President of {c}"]
ROLE_NOUNS = {"Foreign Minister": "the minister", "Permanent Representative": "the envoy",
              "Spokesperson": "the spokesperson", "Defence Minister": "the minister", "President": "the president"}
OUTLET_KINDS = ["agency", "state media", "public broadcaster", "private"]
SUBJECTS = ["All parties", "The international community", "Our government", "Every country", "The council",
            "Humanitarian agencies", "Both sides", "The negotiators", "Our partners", "The region"]
MODALS = ["must", "should", "will", "cannot", "will continue to", "has decided to"]
VERBS = ["respect", "support", "reject", "protect", "investigate", "restore", "guarantee", "defend", "review"]
OBJECTS = ["the sovereignty of all states", "the safety of civilians", "a lasting ceasefire", "the humanitarian corridors",
           "the results of the investigation", "dialogue and negotiation", "the territorial integrity of the region",
           "the rights of detained fighters", "the peace talks in Geneva", "the supply of grain"]
TAILS = ["without delay", "in good faith", "at every step", "before the end of the month", "under international law"]
SYNONYMS = {"must": "have to", "should": "ought to", "support": "back", "reject": "refuse", "protect": "safeguard",
            "restore": "rebuild", "guarantee": "ensure", "without delay": "immediately", "in good faith": "sincerely"}
VENUES = ["during a Security Council briefing", "at a regular press conference", "in an interview with reporters",
          "at a summit in Geneva", ""]
FILLER = ["The talks have stalled for weeks, and diplomats in the capital expect little progress before the summit.",
          "Officials did not give further details about the timetable or about who would attend.",
          "Observers noted that the statement came a day after the latest round of sanctions was announced.",
          "The ministry has repeatedly called for restraint since the fighting resumed in the spring."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Speaker:
    key: str
    name: str
    surname: str
    role: str
    pronoun: str


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(MODALS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"


def reword(words: str, rng: random.Random) -> str:
    """Another outlet's wording of the same words: synonyms, a trimmed tail, or clauses swapped."""
    choice = rng.randrange(4)
    if choice == 0:
        for a, b in SYNONYMS.items():
            words = words.replace(a, b)
        return words
    if choice == 1:
        return " ".join(words.split()[:-2])
    if choice == 2 and " and " in words:
        left, right = words.split(" and ", 1)
        return f"{right[0].upper()}{right[1:]} and {left[0].lower()}{left[1:]}"
    return words


def quote_paragraph(speaker: Speaker, words: str, day: dt.date, published: dt.date, venue: str,
                    mention: str, rng: random.Random) -> str:
    """One paragraph reporting ``words`` in one of the styles news text uses; ``mention`` is
    ``first`` (full name and role), ``again`` (surname or role noun) or ``previous`` (the
    speaker of the paragraph before: a pronoun may do)."""
    when = f"on {WEEKDAYS[day.weekday()]}" if day != published else "on " + day.strftime("%B %-d")
    choices = {"first": [f"{speaker.name}, {speaker.role},"],
               "again": [speaker.surname, ROLE_NOUNS[speaker.role.split(" of ")[0]]],
               "previous": [speaker.surname, speaker.pronoun]}[mention]
    who = rng.choice(choices)
    who_plain = who.rstrip(",")
    style = rng.randrange(7)
    if style == 0:
        return f"“{words},” {who} said {when}{(' ' + venue) if venue else ''}."
    if style == 1:
        return f"{who[0].upper()}{who[1:]} said {when} that “{words[0].lower()}{words[1:]}”."
    if style == 2:
        head, _, tail = words.partition(" ")
        return f"“{head} {tail},” {who} said. “We will not stand aside.”"
    if style == 3:
        return f"\"{words}\", – said {who_plain}."
    if style == 4:
        fragment = " ".join(words.split()[-4:])
        return f"{who[0].upper()}{who[1:]} insisted that the country would act “{fragment}”."
    if style == 5:
        return f"{who[0].upper()}{who[1:]} stressed that {words[0].lower()}{words[1:]}."
    return f"«{words}», {who} told reporters {when}."


def make_corpus(root: Path, n_articles: int, seed: int = 0, per_story: int = 8) -> None:
    """Write ``articles/`` (registries, stories, ``n_articles`` article files) under ``root``."""
    rng = random.Random(seed)
    articles = root / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    speakers = []
    for i in range(max(20, n_articles // 20)):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST) + i) % len(LAST)]
        country = COUNTRIES[i % len(COUNTRIES)]
        role = ROLES[i % len(ROLES)].format(c=country)
        speakers.append(Speaker(f"{first}-{last}-{i}".lower(), f"{first} {last}", last, role,
                                rng.choice(["he", "she"])))
    outlets = [f"outlet-{i}" for i in range(max(6, n_articles // 50))]
    with open(articles / "people.yml", "w", encoding="utf-8") as out:
        for s in speakers:
            out.write(f"{s.key}:\n  name: {s.name}\n  aliases: [{s.surname}]\n  roles:\n"
                      f"    - {{title: {s.role}, from: 2015-01-01}}\n")
    with open(articles / "outlets.yml", "w", encoding="utf-8") as out:
        for i, key in enumerate(outlets):
            out.write(f'{key}: {{name: Outlet {i}, country: XX, url: "https://outlet{i}.example/", '
                      f"kind: {OUTLET_KINDS[i % len(OUTLET_KINDS)]}, language: en}}\n")
    start = dt.date(2020, 1, 1)
    for story_index in range((n_articles + per_story - 1) // per_story):
        story = f"story-{story_index:05d}"
        folder = articles / story
        folder.mkdir(exist_ok=True)
        day = start + dt.timedelta(days=story_index % 1500)
        cast = rng.sample(speakers, 3)
        utterances = [(rng.choice(cast), sentence(rng), day - dt.timedelta(days=rng.randrange(3)),
                       rng.choice(VENUES)) for _ in range(6)]
        (folder / "story.yml").write_text(
            f"title: Talks on {rng.choice(OBJECTS)} ({story_index})\nsummary: What officials said.\n"
            f"period: {{from: {day - dt.timedelta(days=3)}, to: {day}}}\n"
            "framing_terms: [ceasefire, aggression, sanctions, talks]\n", encoding="utf-8")
        for article_index in range(min(per_story, n_articles - story_index * per_story)):
            outlet = outlets[(story_index + article_index) % len(outlets)]
            published = day + dt.timedelta(days=article_index % 2)
            reported = rng.sample(utterances, 4)
            seen: set[str] = set()
            paragraphs = []
            previous = ""
            for speaker, words, said_on, venue in reported:
                words = words if article_index == 0 else reword(words, rng)
                mention = "previous" if speaker.key == previous else "again" if speaker.key in seen else "first"
                paragraphs.append(quote_paragraph(speaker, words, said_on, published, venue, mention, rng))
                seen.add(speaker.key)
                previous = speaker.key
                if rng.random() < 0.5:
                    paragraphs.append(rng.choice(FILLER))
                    previous = ""
            name = f"{published}-{outlet}-{story}-{article_index}.md"
            (folder / name).write_text(
                f"---\ntitle: '{reported[0][0].surname}: {' '.join(reported[0][1].split()[:6])}'\noutlet: {outlet}\n"
                f"url: 'https://{outlet}.example/{story}/{article_index}'\npublished: {published}\n"
                f"language: en\n---\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    make_corpus(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
