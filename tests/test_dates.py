"""Dates stage: when it was said, resolved against the publication date, never today."""

from __future__ import annotations

import datetime as dt

import pytest

WEDNESDAY = dt.date(2022, 4, 6)

CASES = [
    ("explicit_month_day", "“Enough,” Anna Berg said on April 5.", "2022-04-05", "explicit"),
    ("explicit_day_month_year", "“Enough,” Anna Berg said on 5 April 2022.", "2022-04-05", "explicit"),
    ("explicit_last_year", "“Enough,” Anna Berg said on December 30.", "2021-12-30", "explicit"),
    ("weekday", "“Enough,” Anna Berg said on Tuesday.", "2022-04-05", "relative"),
    ("weekday_never_future", "“Enough,” Anna Berg said on Friday.", "2022-04-01", "relative"),
    ("weekday_same_day", "“Enough,” Anna Berg said Wednesday.", "2022-04-06", "relative"),
    ("last_weekday_written_that_weekday", "“Enough,” Anna Berg said last Wednesday.", "2022-03-30", "relative"),
    ("yesterday", "“Enough,” Anna Berg said yesterday.", "2022-04-05", "relative"),
    ("last_week", "“Enough,” Anna Berg said last week.", "2022-03-30", "relative"),
    ("publication", "“Enough,” Anna Berg said.", "2022-04-06", "publication"),
]


@pytest.mark.parametrize("name,text,date,basis", CASES, ids=[c[0] for c in CASES])
def test_dates_forms(assert_extracts, name, text, date, basis):
    assert_extracts(text, [{"quote": "Enough", "date": dt.date.fromisoformat(date), "date_basis": basis}], published=WEDNESDAY)


def test_dates_context_from_the_lead(assert_extracts):
    text = ("Anna Berg addressed the assembly on Monday.\n\n"
            "“The plan is dead,” she said.")
    assert_extracts(text, [{"quote": "The plan is dead", "date": dt.date(2022, 4, 4), "date_basis": "context"}], published=WEDNESDAY)


def test_dates_future_explicit_date_is_not_the_statement_date(assert_extracts):
    text = "“We will vote on May 20,” Anna Berg said."
    assert_extracts(text, [{"quote": "We will vote on May 20", "date": WEDNESDAY, "date_basis": "publication"}], published=WEDNESDAY)


def test_dates_unknown_without_publication_date(assert_extracts):
    assert_extracts("“Enough,” Anna Berg said on Tuesday.", [{"quote": "Enough", "date": None, "date_basis": "unknown"}], published=None)


def test_dates_explicit_with_year_without_publication_date(assert_extracts):
    assert_extracts("“Enough,” Anna Berg said on 5 April 2022.", [{"quote": "Enough", "date": dt.date(2022, 4, 5), "date_basis": "explicit"}], published=None)


def test_dates_venue(assert_extracts):
    assert_extracts("“Enough,” Anna Berg said at a regular press conference on Tuesday.",
                    [{"quote": "Enough", "venue": "regular press conference"}], published=WEDNESDAY)


def test_dates_venue_named_briefing(assert_extracts):
    assert_extracts("“Enough,” said Li Wei during a UN Security Council briefing on Ukraine.",
                    [{"quote": "Enough", "venue": "UN Security Council briefing on Ukraine"}], published=WEDNESDAY)


def test_dates_via_source_credit(assert_extracts):
    text = "“Enough,” Anna Berg said on Tuesday. This was reported by Xinhua."
    assert_extracts(text, [{"quote": "Enough", "via": ("Xinhua",)}], published=WEDNESDAY)


def test_dates_via_according_to_agency(assert_extracts):
    text = "“Enough,” Anna Berg said on Tuesday, according to TASS."
    assert_extracts(text, [{"quote": "Enough", "via": ("TASS",), "speaker": "Anna Berg"}], published=WEDNESDAY)


# name: (text, date of the words “Enough”, basis), published on WEDNESDAY
ON_TEXT = {
    "dateline_gives_way_to_the_leads_own_day": (
        "ASHTON, April 6 (Reuters) - Dockworkers walked off the job on Monday, union leaders said.\n\n"
        "“Enough,” Anna Berg said.", "2022-04-04", "context"),
    "month_relative_fixes_no_day": (
        "A hearing on last month's blackout turned into a shouting match on Tuesday.\n\n"
        "“Enough,” Anna Berg said.", "2022-04-05", "context"),
    "the_attributions_own_day_before_an_earlier_clauses": (
        "Bonds rose on Tuesday, and the central bank said last Thursday it saw “Enough” risk.", "2022-03-31", "relative"),
    "a_day_the_reported_words_look_forward_to_is_not_theirs": (
        "The session ended late.\n\nSpeaking to reporters, Tom Reed said the committee would meet again on Monday "
        "and that the minister had had “Enough” time.", "2022-04-06", "publication"),
    "a_deadline_is_not_when_words_were_said": (
        "The session ended late.\n\nTom Reed said he had not seen the email before Tuesday. “Enough,” he said.",
        "2022-04-06", "publication"),
    "the_paragraphs_narration_dates_its_words": (
        "The session ended late.\n\nSpeaking on public radio on Tuesday, Anna Berg called for early elections. "
        "“Enough,” Berg said.", "2022-04-05", "context"),
    "second_part_of_a_split_quote_keeps_the_first_parts_day": (
        "The session ended late.\n\n“We warned them,” Anna Berg said on Monday night. “Enough.”", "2022-04-04", "context"),
    "someone_elses_day_in_the_paragraph_is_not_taken": (
        "The session ended late.\n\nBerg answered President Tom Reed, who on Monday called the plan “a farce.” "
        "“Enough,” Anna Berg said.", "2022-04-06", "publication"),
    "a_day_of_something_else_earlier_in_the_paragraph_is_not_the_speakers": (
        "Anna Berg said on Tuesday she would stay on. The court charged Tom Reed on Monday with fraud. "
        "The trial opens next month. “Enough,” Berg said.", "2022-04-05", "context"),
    "the_day_an_event_is_set_for_is_not_when_words_were_said": (
        "The session ended late.\n\nAsked whether he would oppose the bill at a hearing slated for Tuesday, "
        "Tom Reed replied: “Enough.”", "2022-04-06", "publication"),
    "a_day_after_words_no_attribution_credits_is_another_clauses": (
        "Tom Reed on Monday thanked the players in a tweet. “Enough!” After the players landed on Tuesday, "
        "Reed tweeted: “Welcome home!”", "2022-04-04", "context"),
    "a_lead_without_a_day_gives_way_to_the_next_paragraphs_day": (
        "So much for a quiet session.\n\nThe assembly met again after a week of rows.\n\n"
        "What followed on Monday night was a shouting match.\n\n“Enough,” Anna Berg said.", "2022-04-04", "context"),
    "a_day_the_previous_paragraph_narrates_carries_into_its_quotation": (
        "The session ended late.\n\nFive delegates held a news conference outside the hall on Monday evening. "
        "Their lawyer Tom Reed spoke for them.\n\n“Enough,” he said.", "2022-04-04", "context"),
    "an_earlier_reports_day_is_not_the_leads": (
        "Anna Berg spoke in her evening address.\n\nAs the agency reported, on Monday the ministers met in Lund.\n\n"
        "“Enough,” Anna Berg said.", "2022-04-06", "publication"),
    "a_day_after_since_is_a_starting_point_not_when_words_were_said": (
        "The assembly met on Monday.\n\n“Enough,” Anna Berg said in her first comments on the plan since it was "
        "published Friday.", "2022-04-04", "context"),
    "a_programme_or_paper_named_today_is_not_a_day": (
        "The assembly met on Monday.\n\n“Enough,” Anna Berg told the Today programme and USA TODAY.", "2022-04-04", "context"),
    "a_date_naming_an_event_is_not_when_words_were_said": (
        "The assembly met on Monday.\n\nAnna Berg said the 1 April vote was “Enough” proof.", "2022-04-04", "context"),
    "a_headline_and_subtitle_ending_in_full_stops_are_not_the_lead": (
        "Outrage over the vote in Lund.\n\nLeaders denounce the vote; others vow to act.\n\n"
        "The council on Friday made a strong condemnation of what it called “a clear threat.”\n\n"
        "“Enough,” Anna Berg said.", "2022-04-01", "context"),
    "a_day_in_a_relative_clause_of_the_lead_is_not_its_event": (
        "Anna Berg answered President Tom Reed, who on Monday called the vote a farce, at length.\n\n"
        "“Enough,” Anna Berg said.", "2022-04-06", "publication"),
    "the_day_the_leads_speaker_gives_after_the_lead_is_the_leads": (
        "Anna Berg called on the council to resign, saying it had “lost its way” and should make room for others.\n\n"
        "“It is over,” Berg told the radio on Monday, “and they know it.”\n\nThe council did not reply.\n\n"
        "“Enough,” Berg said.", "2022-04-04", "context"),
    "a_day_in_the_subjects_relative_clause_is_background": (
        "A farmer who drove a tractor into the town hall on March 3 was fined on Friday.\n\n"
        "“Enough,” Judge Anna Berg said.", "2022-04-01", "context"),
    "a_modal_before_the_speech_verb_is_the_reported_words_not_the_day": (
        "The session ended late.\n\nThe bill will clear the House as early as Friday, analyst Anna Berg said in a "
        "note on Monday. “Enough,” Berg said.", "2022-04-04", "context"),
    "the_same_speakers_later_words_keep_the_day_when_no_other_day_is_written_between": (
        "The strike went into its second week on Tuesday.\n\nIn a Monday interview with the radio, Anna Berg said the talks with the ministry had been useful and would go on.\n\n"
        "The union has asked for a pay rise of ten per cent.\n\nThe ministry has not replied.\n\n"
        "“Enough,” Berg said.", "2022-04-04", "context"),
    "the_occasion_the_paragraph_before_dates_carries_into_its_words": (
        "The session ended late on Tuesday.\n\nAnna Berg was clearly standing up for the farmers at Monday’s council debate in reply to a "
        "question.\n\nBerg told the debate audience that it was “Enough” for now.", "2022-04-04", "context"),
    "words_said_after_the_leads_day_date_the_reports_other_words": (
        "A protester who blocked the bridge has been granted a reprieve by the court.\n\n"
        "Ada Lund, 22, drew the nation's attention on March 21 when she locked herself to a car.\n\n"
        "On Tuesday, the court was told she had been released with “very strict bail conditions”.\n\n"
        "Her lawyer Tom Reed said the curfew made no sense.\n\n"
        "“Enough,” Reed said.", "2022-04-05", "context"),
    "a_statement_issued_by_the_speaker_on_a_day_dates_the_quotation_below": (
        "Parliament passed the rules on Friday, 1 April 2022.\n\n"
        "A statement issued by the Attorney General, Mr Kofi Mensah, on Tuesday, 5 April 2022, said the rules exempt serious offences.\n\n"
        "“Enough,” Mensah said.", "2022-04-05", "context"),
    "the_day_something_came_from_the_speaker_dates_the_words_below": (
        "Defense Secretary Ada Lund took office on Monday, facing deep divisions over the war.\n\n"
        "Options under review include sending more troops.\n\n"
        "But advocates of the plan received a bucketful of cold water Tuesday from a former army chief, Tom Reed.\n\n"
        "Reed, who later became minister, said that “Enough” had been done.", "2022-04-05", "context"),
    "the_day_of_a_topic_is_not_the_day_of_the_words": (
        "President Ada Lund spoke on Wednesday to TV Kelby about the arrest of an envoy.\n\n"
        "“We will not be provoked,” Lund said.\n\n"
        "Speaking about the events in Kelby on Monday when the envoy was arrested, she said that “Enough” was "
        "enough.", "2022-04-06", "context"),
    "words_said_a_day_after_others_are_a_day_earlier": (
        "The Kremlin said Tuesday that peace talks were still possible.\n\n"
        "Kremlin spokesman Tom Reed said talks were still possible one day after Foreign Minister Ada Lund said "
        "such talks made “Enough” noise.", "2022-04-04", "context"),
    "a_lead_without_a_day_takes_the_day_of_its_speakers_words_dated_below_it": (
        "The Kremlin has dismissed as “Enough” a report that cited the president as threatening the security of "
        "European capitals.\n\n"
        "“We no longer pay attention to reports like that,” Kremlin spokesman Tom Reed told a radio station, "
        "Interfax reported Tuesday.", "2022-04-05", "context"),
    "of_the_days_before_uncredited_words_the_nearest_is_theirs": (
        "WASHINGTON _ Following are statements made Tuesday and Monday by Lawrence Brenner, a lawyer for the "
        "mayor's secretary, Ada Lund; the council; and the mayor in response to an article in the Kelby Times on "
        "Tuesday about her statements regarding a meeting with the mayor: Brenner on Monday “Enough. Without "
        "commenting on the allegations raised in this article, to the extent that there is any suggestion that "
        "Mrs. Lund was aware of any impropriety by anyone, that suggestion is entirely inaccurate.” Council on "
        "Monday “We will not dignify the latest false leak with a response.”", "2022-04-04", "relative"),
    "the_same_speakers_next_paragraph_keeps_the_day": (
        "The session ended late.\n\nAnna Berg told the agency on Monday that the talks were “useful.”\n\n"
        "“Enough,” Berg said.", "2022-04-04", "context"),
}


@pytest.mark.parametrize("name", sorted(ON_TEXT))
def test_dates_on_news_text(assert_extracts, name):
    text, date, basis = ON_TEXT[name]
    assert_extracts(text, [{"quote": "Enough", "date": dt.date.fromisoformat(date), "date_basis": basis}],
                    published=WEDNESDAY, exact=False)


def test_dates_lead_with_a_dateline_and_a_closing_quotation_is_the_lead(assert_extracts):
    # A raw text's second paragraph that opens with a dateline and ends on a quotation's
    # full stop is the lead, whose day dates the article's undated words.
    text = ("Lund Opens the Harbour Museum\n\n"
            "KELBY -- Mayor Anna Lund, opening the harbour museum on Monday, said it would tell "
            "''a story of ships and of the people who built them.''\n\n"
            "Thousands of people came from the villages along the coast.\n\n"
            "''It is a fine building for a fine town,'' said Tom Reed, a retired welder.")
    assert_extracts(text, [
        {"quote": "a story of ships", "date": dt.date(2022, 4, 4)},
        {"quote": "It is a fine building", "date": dt.date(2022, 4, 4), "date_basis": "context"},
    ], published=WEDNESDAY)


def test_dates_the_day_the_paragraph_before_says_the_speaker_spoke(assert_extracts):
    text = ("Parents staged walk-ins at 2,000 schools on Wednesday.\n\n"
            "Ada Lund, who leads the alliance, called for more school funding in a statement on Monday.\n\n"
            "“We know something is very wrong,” said Lund.\n\n"
            "Spokesperson Tom Reed told reporters yesterday the vote would be held when the board meets on Tuesday.\n\n"
            "“The decision is a mistake,” Reed said.\n\n"
            "Ada Moss spoke when asked about the board's decision on Monday to close two schools.\n\n"
            "“It is a sad day,” Moss said.")
    assert_extracts(text, [
        {"quote": "We know something", "date": dt.date(2022, 4, 4), "date_basis": "context"},
        {"quote": "The decision is a mistake", "date": dt.date(2022, 4, 5), "date_basis": "context"},
        {"quote": "It is a sad day", "date": WEDNESDAY, "date_basis": "context"},
    ], published=WEDNESDAY)


def test_dates_another_outlets_report_does_not_date_the_next_speakers_words(assert_extracts):
    text = ("WASHINGTON (Reuters) - A senior senator said on Sunday that the inquiry must go on. “This inquiry will go "
            "forward,” Tom Reed said on a Sunday news program. On Saturday, the Kelby Times reported that it was not "
            "the dossier that started the inquiry. “I want somebody to look at the dossier,” Reed said.")
    assert_extracts(text, [{"quote": "I want somebody", "speaker": "Tom Reed", "date": dt.date(2017, 12, 31)}],
                    published=dt.date(2017, 12, 31), exact=False)


def test_dates_day_of_an_opening_before_clause_does_not_date_later_words(assert_extracts):
    text = ("WASHINGTON (Reuters) - President Tom Reed on Thursday told three players to thank the Chinese leader, in a "
            "tweet. The players admitted to stealing items. Before they thanked Reed on Wednesday for intervening, the "
            "president had wondered whether they would express gratitude. “To the three players I say: You are "
            "welcome!” Reed said in a tweet.")
    assert_extracts(text, [{"quote": "To the three players", "speaker": "Tom Reed", "date": dt.date(2017, 11, 16)}],
                    published=dt.date(2017, 11, 16))


@pytest.mark.parametrize("attribution,date,basis", [
    ("he said in an interview with the Sunday Independent", "2013-01-26", "context"),
    ("Tom Reed told the Mail on Sunday", "2013-01-26", "context"),
    ("Ada Lund told Monday's edition of the Kelby Post", "2013-01-26", "context"),
    ("the Sunday Times said", "2013-01-27", "relative"),  # a paper's own words: the day it came out
])
def test_dates_a_weekday_in_the_name_of_the_paper_told_is_no_day(assert_extracts, attribution, date, basis):
    text = ("DUBLIN - Justice Minister Alan Moss yesterday insisted that the police had all they need.\n\n"
            f"“The talks failed,” {attribution}.")
    assert_extracts(text, [{"quote": "The talks failed", "date": date, "date_basis": basis}], published=dt.date(2013, 1, 27))

