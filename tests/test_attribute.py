"""Attribute stage: who said it, however the text names the speaker."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.models import Person, Registry, Role

CASES = {
    "a_deputy_is_not_the_office_he_deputises_for": (
        "Deputy Prime Minister Tom Lund opened the bridge on Monday.\n\n"
        "“We will build another,” the prime minister said.\n\n"
        "Deputy Foreign Minister Ivan Holm met the envoy. “We will not leave our friends alone,” the deputy minister said.",
        [{"quote": "We will build another", "speaker": "the prime minister"},
         {"quote": "We will not leave", "speaker": "Ivan Holm", "as_written": "the deputy minister"}],
    ),
    "a_body_named_with_two_words_joined_by_and_is_one_name": (
        "The Harbours and Canals Authority said on Monday that the lock would reopen in \"early spring.\"\n\n"
        "The Fish and Game Service said the trout stocks were \"the best in a decade.\"\n\n"
        "The Parks and Waterways Board closed the lake on Monday. The waterways regulator said it was \"a precaution.\"",
        [{"quote": "the lock would reopen", "kind": "paraphrase", "speaker": "Harbours and Canals Authority"},
         {"quote": "early spring", "kind": "fragment", "speaker": "Harbours and Canals Authority"},
         {"quote": "the trout stocks were", "kind": "paraphrase", "speaker": "Fish and Game Service"},
         {"quote": "the best in a decade", "kind": "fragment", "speaker": "Fish and Game Service"},
         {"quote": "a precaution", "kind": "fragment", "speaker": "Parks and Waterways Board"}],
    ),
    "a_body_described_again_is_the_body_named_before": (
        "The Kelby Standards Bureau (KSB) on Monday suspended two clerks of the county office.\n\nIn a statement, the "
        "anti-fraud body said that a complaint had been received in March.\n\n“The clerks asked the farmer for money,” the statement said.",
        [{"quote": "a complaint had been received", "kind": "paraphrase", "speaker": "Kelby Standards Bureau"},
         {"quote": "The clerks asked", "speaker": "Kelby Standards Bureau", "as_written": "the statement"}],
    ),
    "a_quotation_left_open_is_credited_by_the_narration_that_opens_below_it": (
        "Four men were arrested on Thursday, police said.\n\n"
        "The provincial health department revealed on Friday that methanol was found in the samples.\n\n"
        "“As part of the investigation, detectives followed up on information which led to the arrests.\n\n"
        "Police spokesman Tom Lund said two of the men were arrested at their homes.",
        [{"quote": "As part of the investigation", "kind": "quote", "speaker": "Tom Lund"}],
    ),
    "names_in_what_others_said_are_not_the_he_who_speaks_next": (
        "Talks on the island will resume next week, a UN official announced on Thursday.\n\n"
        "Gustav Olbers, the UN envoy in Valdor, said that senior officials would attend.\n\n"
        "Diplomats said Sir David Lind, Britain's special envoy, and Mark Tolland of the State Department would be among them.\n\n"
        "“It will be a good chance to review the situation,” he told reporters.",
        [{"quote": "It will be a good chance", "speaker": "Gustav Olbers", "as_written": "he"}],
    ),
    "the_quotations_own_subject_is_not_the_he_who_says_it": (
        "Kestrian President Ivan Berg signed a decree on the regions, the state news agency reported.\n\n"
        "Tom Lund, a journalist based in the capital, said the government would act.\n\n"
        "“The president has given instructions for swift penalties,” he told the radio.",
        [{"quote": "The president has given", "speaker": "Tom Lund", "as_written": "he"}],
    ),
    "he_after_a_briefing_by_someone_is_the_one_who_gave_it": (
        "Kestrian President Ivan Berg signed a decree on the new regions on Monday, the state news agency reported.\n\n"
        "The remarks came during a briefing by adviser to the head of the presidential office Tom Lund\n\n"
        "“President Berg has just signed the decree. The reform will go on,” he said.",
        [{"quote": "President Berg has just", "speaker": "Tom Lund", "as_written": "he"}],
    ),
    "a_nationality_and_an_office_without_an_article_name_its_holder": (
        "Hungarian President Anna Berg met the envoy in Valdor on Monday.\n\n"
        "“We asked them to stop the incidents,” explained Hungarian president.",
        [{"quote": "We asked them", "kind": "quote", "speaker": "Anna Berg"}],
    ),
    "a_nationality_and_an_office_nobody_was_introduced_with_are_the_one_just_quoted": (
        "Tom Reed spoke to journalists in Valdor on Monday. “The session will be held in May,” stated Reed.\n\n"
        "“We asked them to stop the incidents,” explained Hungarian president.",
        [{"quote": "The session", "speaker": "Tom Reed"}, {"quote": "We asked them", "speaker": "Tom Reed", "as_written": "Hungarian president"}],
    ),
    "relative_clause_after_an_apposition_is_about_the_one_named": (
        "The vote was close. Norman Reed, a scholar at the Kelby Institute who describes the campaign as "
        '"a slow-motion collapse of the party," was not surprised.',
        [{"quote": "a slow-motion collapse", "kind": "fragment", "speaker": "Norman Reed",
          "role": "a scholar at the Kelby Institute"}],
    ),
    "possessive_pronoun_before_a_speech_noun_is_the_speaker": (
        "Tom Reed has refused to release his tax returns, saying the public would not care.\n\n"
        "Contrary to his claim that people would \"learn nothing from them at all,\" the returns would show a great deal.",
        [{"quote": "learn nothing", "kind": "fragment", "speaker": "Tom Reed", "as_written": "his"}],
    ),
    "verb_opening_a_sentence_is_not_a_name": (
        "Having a rough-and-tumble press may make it harder for leaders to put on a show of being "
        '"strong and steady in every storm."\n\nDid Reed really think voters would call that "smart and fair to everyone"?',
        [
            {"quote": "strong and steady", "kind": "fragment", "speaker": ""},
            {"quote": "smart and fair", "kind": "fragment", "speaker": "Reed"},
        ],
    ),
    "headline_label_is_the_name_right_before_the_colon": (
        "Internet sensation Tom Reed: Debate 'got very uncomfortable from up close.'\n\n"
        "Tom Reed, a voter from Ohio, became famous overnight after the debate on Sunday.\n\n"
        "Tom Reed on Kelby Bridge: The Cracks Are 'Terrifying to anyone who drives on it.'",
        [
            {"quote": "got very uncomfortable", "kind": "fragment", "speaker": "Tom Reed"},
            {"quote": "Terrifying to anyone", "kind": "fragment", "speaker": "Tom Reed"},
        ],
    ),
    "party_before_a_name_is_a_role_not_part_of_the_name": (
        '"We will win," Democrat Ada Lund said on Monday.\n\n"No chance," Republican Tom Reed said.',
        [
            {"quote": "We will win", "speaker": "Ada Lund", "role": "Democrat"},
            {"quote": "No chance", "speaker": "Tom Reed", "role": "Republican"},
        ],
    ),
    "the_one_asked_is_whom_the_next_he_means": (
        "Tom Reed spoke to Ada Lund, the host of a morning show, on Wednesday.\n\n"
        "The race for the city council has been close for months, and polls have swung from one side to the "
        "other after each debate. Voters say the roads are the issue that matters most to them, and the council "
        "has set aside money for repairs next spring, though the work has been put off before.\n\n"
        "Lund asked Reed to describe Mayor Sam Cole twice in the interview. He did not do so, and instead "
        'argued that the city needed "a fresh start after years of neglect."',
        [{"quote": "a fresh start", "kind": "fragment", "speaker": "Tom Reed", "as_written": "He"}],
    ),
    "quotation_before_someone_elses_introduced_words_is_not_theirs": (
        "The board of Kelby General said on Monday that it would treat no more patients from the valley.\n\n"
        '"We have no choice. The money has run out." Earlier, Dana Holt, who chairs the valley\'s health trust, '
        'had said: "Our patients will not be left without care."',
        [
            {"quote": "We have no choice", "speaker": ""},
            {"quote": "Our patients will not", "speaker": "Dana Holt"},
        ],
    ),
    "acronym_is_an_organisation_as_written_and_a_shouted_name_a_person": (
        "KELBY SAYS: 'WE WILL NOT BACK DOWN'\n\n"
        '"Growth will slow next year," the IMF said on Monday. The NIESR said the forecast was "too gloomy".',
        [
            {"quote": "WE WILL NOT BACK DOWN", "speaker": "Kelby"},
            {"quote": "Growth will slow", "speaker": "IMF"},
            {"quote": "too gloomy", "speaker": "NIESR"},
        ],
    ),
    "capitalised_first_word_of_a_headline_modifying_a_noun_is_not_a_name": (
        "Pop band Kelby to 'take a long break from touring'\n\n"
        "Blind student 'hears the colours of every painting' with new software\n\n"
        "Obama on the climate: the trends are 'terrifying for all of us'",
        [
            {"quote": "take a long break", "speaker": ""},
            {"quote": "hears the colours", "speaker": ""},
            {"quote": "terrifying for all", "speaker": "Obama"},
        ],
    ),
    "every_quotation_of_a_paragraph_that_continues_a_speaker_is_theirs": (
        '"It was a fair report," said Ana Ruiz, an analyst at Kelby Bank.\n\n'
        '"Hiring was slower than expected in March." "But the trend is strong and the economy is on a solid track."',
        [
            {"quote": "It was a fair report", "speaker": "Ana Ruiz"},
            {"quote": "Hiring was slower", "speaker": "Ana Ruiz"},
            {"quote": "But the trend is strong", "speaker": "Ana Ruiz"},
        ],
    ),
    "unnamed_spokesperson_of_a_named_body_speaks_for_the_body": (
        'The rules were tightened in March. "Every application is now checked twice," a Kelby Home Office '
        "spokeswoman said.\n\nA Greenfield Party spokesman said the checks were \"far too slow for families\".",
        [
            {"quote": "Every application", "speaker": "Kelby Home Office"},
            {"quote": "far too slow", "speaker": "Greenfield Party"},
        ],
    ),
    "he_who_was_the_last_sentence_s_subject_goes_on_speaking": (
        '"The dressing room is different now," Marco Ferri said of his six seasons at the club. The club won '
        "the league twice in that time, and its stadium was rebuilt in 2003. Crowds have doubled since the new "
        "owners arrived from abroad, and the youth academy has become one of the best-funded in the country. "
        "Ticket prices have risen with them, which supporters' groups have protested at every home game this "
        "season, and the board has promised a review before the summer.\n\n"
        "So he is full of praise for two former team-mates who play on Wednesday - Luca Bianchi and Paolo "
        'Rossi. "I am happy they are still playing at this level," he said.',
        [
            {"quote": "The dressing room", "speaker": "Marco Ferri"},
            {"quote": "I am happy", "speaker": "Marco Ferri", "as_written": "he"},
        ],
    ),
    "possessive_and_role_before_a_name_after_the_verb": (
        '"She respects the press and its work," said Lund\'s publicist Dana Holt. "But this went too far."',
        [
            {"quote": "She respects the press", "speaker": "Dana Holt", "role": "Lund's publicist"},
            {"quote": "But this went too far", "speaker": "Dana Holt"},
        ],
    ),
    "he_after_a_body_s_spokesman_is_the_spokesman": (
        "Tom Reed, the opposition leader, said on Monday that the visa scheme was badly flawed. A Kelby Home "
        'Office spokesman said the checks had been tightened. He added: "Every application is now read by two officers."',
        [
            {"quote": "the visa scheme was badly flawed", "kind": "paraphrase", "speaker": "Tom Reed"},
            {"quote": "the checks had been tightened", "kind": "paraphrase", "speaker": "Kelby Home Office"},
            {"quote": "Every application", "speaker": "Kelby Home Office", "as_written": "He"},
        ],
    ),
    "british_titles_before_a_name_are_roles": (
        '"It is a farce," said Lib Dem MEP Chris Davies.\n\n"We will vote against it," Labour MP Jean Corston said.\n\n'
        '"He is innocent," Solicitor Gareth Pierce said.\n\n"We played well," Boss Steve Bruce said.',
        [
            {"quote": "It is a farce", "speaker": "Chris Davies", "role": "Lib Dem MEP"},
            {"quote": "We will vote against it", "speaker": "Jean Corston", "role": "Labour MP"},
            {"quote": "He is innocent", "speaker": "Gareth Pierce", "role": "Solicitor"},
            {"quote": "We played well", "speaker": "Steve Bruce", "role": "Boss"},
        ],
    ),
    "quotations_reopened_without_closing_are_one_speaker_s": (
        'Ada Lund told the morning programme: "We are going to court because we want an inquiry. '
        '"We want a judge to say there has been no consultation. "Then there could be a proper debate."',
        [
            {"quote": "We are going to court", "speaker": "Ada Lund"},
            {"quote": "We want a judge to say", "speaker": "Ada Lund"},
            {"quote": "Then there could be", "speaker": "Ada Lund"},
        ],
    ),
    "prof_is_a_title_and_a_clause_is_never_a_speaker": (
        '"Children must be heard," said Prof Al Aynsley-Green.\n\n'
        "Tom Reed has backed Chancellor Ada Lund's pre-Budget report amid opposition claims he was too bullish "
        "about the economy.",
        [
            {"quote": "Children must be heard", "speaker": "Al Aynsley-Green", "role": "Prof"},
            {"quote": "he was too bullish", "kind": "paraphrase", "speaker": ""},
        ],
    ),
    "letters_after_a_name_are_its_role": (
        '"We will appeal," said Guy Mansfield QC.\n\n"The figures are clear," Paul Boateng MP said on Monday.',
        [
            {"quote": "We will appeal", "speaker": "Guy Mansfield", "role": "QC"},
            {"quote": "The figures are clear", "speaker": "Paul Boateng", "role": "MP"},
        ],
    ),
    "common_word_opening_a_sentence_is_not_a_speaker": (
        'Fears had been expressed that "fee refugees" would flood the universities. The fears of parents grew '
        "all summer.",
        [],  # (nor are its short quoted words anybody's: a scare quote)
    ),
    "peer_is_named_by_the_title_not_the_place": (
        'The ruling was clear. Lord Nicholls of Kelby, in his ruling, said: "Indefinite detention is anathema."',
        [{"quote": "Indefinite detention", "speaker": "Lord Nicholls", "role": None}],
    ),
    "spokesperson_of_a_body_whose_name_holds_and_and_for": (
        'A Kelby Department for Education and Skills spokeswoman said the venture had been "ambitious and '
        'ground-breaking in every way". She added: "Others lost out on investment too."',
        [
            {"quote": "ambitious and ground-breaking", "speaker": "Kelby Department for Education and Skills"},
            {"quote": "Others lost out", "speaker": "Kelby Department for Education and Skills", "as_written": "She"},
        ],
    ),
    "reopened_quotation_is_the_previous_speaker_s_whatever_follows": (
        '"Spending is showing results," said Ana Ruiz. "But cutting jobs now would be a false economy.\n\n'
        '"It will hit morale across the service." The union said the strike would go ahead on Friday.',
        [
            {"quote": "Spending is showing results", "speaker": "Ana Ruiz"},
            {"quote": "But cutting jobs", "speaker": "Ana Ruiz"},
            {"quote": "It will hit morale", "speaker": "Ana Ruiz"},
        ],
    ),
    "a_day_or_an_opening_participle_is_no_speaker": (
        "Wednesday's statement said the federation would convene a hearing for the three athletes.\n\n"
        'Depending on how much they borrow, members earn "reward points for every year they stay".',
        [
            {"quote": "the federation would convene", "kind": "paraphrase", "speaker": ""},
            {"quote": "reward points for every year", "speaker": ""},
        ],
    ),
    "surname_misspelt_by_one_letter_is_the_person_met_before": (
        "Two voters, Tyresha McClenney and Bryan Anderson, saw the rally on Monday.\n\n"
        '"She only says it when the cameras are on," McLenney said.',
        [{"quote": "She only says it", "speaker": "Tyresha McClenney", "as_written": "McLenney"}],
    ),
    "state_after_a_town_in_an_opening_adverbial_is_not_the_subject": (
        'At a speech in Gettysburg, Pa., over the weekend that was supposed to be a "closing argument" for his '
        "campaign, Tom Reed attacked the press.\n\nAt a rally in Dayton, Ohio, the senator called the plan "
        '"a disaster for every family in the state."',
        [{"quote": "a disaster", "kind": "fragment", "speaker": "the senator"}],
    ),
    "gendered_relation_noun_as_subject_is_whom_the_pronoun_means": (
        "Ada Lund, the mayor, spoke to the town on Monday about the new bridge.\n\n"
        "My mother has softened with age, but even now at 86 she still says things such as, "
        '"We are not all meant to be equal, you know."',
        [{"quote": "We are not all meant", "speaker": "My mother", "as_written": "she"}],
    ),
    "institution_named_in_apposition_to_a_nominal_speaks": (
        "Kelby's corporate parent, the Royal Bank of Ashton Group, said in a statement on Monday that "
        '"these decisions are not taken lightly."\n\n'
        "The company's spokesman, Tam Reed, said it was \"a routine review of many accounts.\"",
        [
            {"quote": "these decisions", "kind": "fragment", "speaker": "Royal Bank of Ashton Group", "role": "Kelby's corporate parent"},
            {"quote": "a routine review", "kind": "fragment", "speaker": "Tam Reed", "role": "The company's spokesman"},
        ],
    ),
    "fragment_continuing_a_clause_after_an_earlier_quotation": (
        "In his posts, Tam Reed also slammed the other party leaders, who he said are \"far\" less loyal than "
        'Democrats are to one another and "far more difficult than the mayor ever was."',
        [
            {"quote": "far", "kind": "fragment", "speaker": "Tam Reed"},
            {"quote": "far more difficult", "kind": "fragment", "speaker": "Tam Reed"},
        ],
    ),
    "organisation_named_like_a_person_does_not_catch_he": (
        "Tam Reed in recent days has called his rivals thieves and liars, and has told crowds in three towns "
        "that the vote would be stolen from him by people he would not name.\n\n"
        "The Kelby League has protested Reed's use of old tropes when he talks of rivals meeting "
        '"in secret with bankers to plot the ruin of the town." Kelby Coal has said nothing.\n\n'
        '"It is a smear," he said.',
        [
            {"quote": "in secret with bankers", "kind": "fragment", "speaker": "Tam Reed", "as_written": "he"},
            {"quote": "It is a smear", "speaker": "Tam Reed", "as_written": "he"},
        ],
    ),
    "talks_of_introduces_the_words_of_the_one_who_talks": (
        "Tom Reed spoke in Kelby on Monday.\n\n"
        "The Kelby League has protested his use of old tropes when he talks of rivals meeting "
        '"in secret with bankers to plot the ruin of the town."',
        [{"quote": "in secret with bankers", "kind": "fragment", "speaker": "Tom Reed", "as_written": "he"}],
    ),
    "one_and_another_are_speakers_of_their_own": (
        '"So what do you think of the plan?" Ada Lund asked the students.\n\n'
        '"I like it," one said. "It is fair."\n\n'
        '"I feel good about it," said another.',
        [
            {"quote": "So what do you think", "speaker": "Ada Lund"},
            {"quote": "I like it", "speaker": "one", "as_written": "one"},
            {"quote": "It is fair", "speaker": "one"},
            {"quote": "I feel good", "speaker": "another", "as_written": "another"},
        ],
    ),
    "party_adjective_before_a_speech_noun_is_not_a_speaker": (
        'FactWatch rated 32% of Republican claims as "false" or "pants on fire," compared to 11% of Democratic claims. '
        'Conversely, FactWatch rated 22% of Democratic claims as "entirely true."',
        [
            {"quote": "false", "kind": "fragment", "speaker": "FactWatch"},
            {"quote": "pants on fire", "kind": "fragment", "speaker": "FactWatch"},
            {"quote": "entirely true", "kind": "fragment", "speaker": "FactWatch"},
        ],
    ),
    "preposition_opening_a_sentence_is_not_part_of_a_name": (
        "Judge Reed was appointed in 1990.\n\n"
        "Across America, women are increasingly willing to speak out. Last week, a lawyer accused the judge "
        'of lying; he has denied the claim as "preposterous."\n\n'
        'Among her lessons: politics can become "too touchy a subject for dinner."',
        [
            {"quote": "preposterous", "kind": "fragment", "speaker": "Reed", "as_written": "he"},
            {"quote": "too touchy", "kind": "fragment", "speaker": "", "as_written": ""},
        ],
    ),
    "place_after_the_speaker_is_not_the_speaker": (
        "Last week, a student group at the conservative Kelby University in Dayton, Ohio, derided the "
        'senator as a man "who never listens." A union at Kelby Steel called the plan "a sham."',
        [
            {"quote": "who never listens", "kind": "fragment", "speaker": "a student group"},
            {"quote": "a sham", "kind": "fragment", "speaker": "A union at Kelby Steel"},
        ],
    ),
    "person_introduced_with_an_apposition_is_whom_the_next_he_means": (
        "While Mayor Adam Reed had a wide array of supporters backing him, that has not been happening for "
        "Lund, which is something that worries Henry Castro, president of the Kelby Farmers Union.\n\n"
        '"Nobody is marching for Lund," he said.',
        [{"quote": "Nobody is marching", "speaker": "Henry Castro", "as_written": "he"}],
    ),
    "expletive_it_after_an_earlier_fragment_is_not_the_speaker": (
        'Ada Lund called Reed a "weak leader" and boasted about how "nice" it is now "that the gloves are off."',
        [
            {"quote": "weak leader", "kind": "fragment", "speaker": "Ada Lund"},
            {"quote": "nice", "kind": "fragment", "speaker": "Ada Lund"},
            {"quote": "that the gloves are off", "kind": "fragment", "speaker": "Ada Lund"},
        ],
    ),
    "relation_nominal_with_the_name_in_apposition": (
        "Mr. Reed founded Lenox Healthcare in 1990.\n\n"
        "His former business partner at Lenox, Lawrence B. Cummings, called him a master at bolting "
        'together deals. "He showed again and again an ability to put together deals."',
        [{"quote": "He showed again", "speaker": "Lawrence B. Cummings", "role": "His former business partner at Lenox"}],
    ),
    "agency_reporting_after_the_quotation_is_a_credit": (
        'Foreign Minister Ivan Petrov said on Monday that talks were "difficult", TASS reported.',
        [{"quote": "difficult", "kind": "fragment", "speaker": "Ivan Petrov", "via": ("TASS",)}],
    ),
    "exclamation_or_question_then_speaker_and_verb": (
        '"Never!" Ada Lund shouted.\n\n"Why not?" Tom Reed asked.',
        [
            {"quote": "Never!", "speaker": "Ada Lund", "as_written": "Ada Lund"},
            {"quote": "Why not?", "speaker": "Tom Reed", "as_written": "Tom Reed"},
        ],
    ),
    "quotation_over_paragraphs_attributed_at_its_end_after_another_speaker": (
        '"They are nervous," the source said.\n\n'
        '"The first part is done.\n\n'
        '"The second part will take years," Ada Lund said.',
        [
            {"quote": "They are nervous", "speaker": "the source"},
            {"quote": "The first part is done", "speaker": "Ada Lund"},
            {"quote": "The second part will take years", "speaker": "Ada Lund"},
        ],
    ),
    "name_modifying_a_noun_is_not_a_mention": (
        "Maria Lund spoke in Kelby on Monday. The rally went on for hours, and the crowd cheered every "
        "speaker who came to the stage that night in the old town square by the river, long after the "
        "lights went out. Vendors sold flags and hot tea until well past midnight.\n\n"
        '"The campaign is in panic mode," said Jordan Lin, a party official. She has worked for the party '
        "in the north for twenty years, mostly on registration drives.\n\n"
        "Party members believe the Lund campaign took its voters for granted.\n\n"
        '"They have a big problem," she said.',
        [
            {"quote": "The campaign is in panic mode", "speaker": "Jordan Lin"},
            {"quote": "They have a big problem", "speaker": "Jordan Lin", "as_written": "she"},
        ],
    ),
    "according_to_at_the_end_of_the_sentence": (
        'Labour market conditions remained "tight," with "modest" wage gains, according to the survey.',
        [
            {"quote": "tight", "kind": "fragment", "speaker": "survey"},
            {"quote": "modest", "kind": "fragment", "speaker": "survey"},
        ],
    ),
    "plural_group_as_speaker": (
        'In 2015, several environmental groups granted the company an extension, saying its "capital was less than expected."',
        [{"quote": "capital was less than expected", "kind": "fragment", "speaker": "several environmental groups"}],
    ),
    "name_in_apposition_to_a_role_nominal": (
        '"The situation is stable," the governor of the region, Ivan Petrov, wrote on Telegram.',
        [{"quote": "The situation is stable", "speaker": "Ivan Petrov", "role": "the governor of the region"}],
    ),
    "hyphenated_title_before_the_name": (
        'UN Secretary-General Ana Ruiz said: "This must stop."',
        [{"quote": "This must stop", "speaker": "Ana Ruiz", "role": "UN Secretary-General"}],
    ),
    "nominal_speaker_named_without_its_apposition": (
        '"We are ready," the president, a former banker, said.',
        [{"quote": "We are ready", "speaker": "the president", "role": "a former banker"}],
    ),
    "name_in_apposition_to_the_subject_is_the_next_he": (
        '"We will build it," Mr. Hale said.\n\n'
        "The minister of the economy, Mr. Lund, argues there is little point in responding to Mr. Hale's "
        'threats to close the border. "We must not overreact," he told me.',
        [
            {"quote": "We will build it", "speaker": "Hale"},
            {"quote": "We must not overreact", "speaker": "Lund", "as_written": "he"},
        ],
    ),
    "it_inside_the_reported_clause_is_not_the_speaker": (
        'President Reed, opening the new museum on Saturday, said it would tell a story "of suffering and delight."',
        [{"quote": "of suffering and delight", "kind": "fragment", "speaker": "Reed", "role": "President"}],
    ),
    "quotation_set_off_by_dashes_after_a_name": (
        "Many critics have said the same thing, including the former candidate Ada Lund -- "
        '"It is disqualifying to hide the returns" -- and Tom Hale, a former commissioner.',
        [{"quote": "It is disqualifying", "speaker": "Ada Lund"}],
    ),
    "quotation_set_off_by_dashes_after_an_object": (
        'Mr. Reed said Lund has recently seemed supportive of Mr. Hale -- "a completely different man to me."',
        [{"quote": "a completely different man", "kind": "fragment", "speaker": "Reed"}],
    ),
    "pull_quote_with_a_credit_line": (
        '"We have never seen anything like this. You just assume nominees know policy.\n'
        'Tom Reed, a Kelby Institute scholar, on the race."\n\n'
        "For decades, consultants have tried to make candidates likable.",
        [{"quote": "We have never seen anything like this", "speaker": "Tom Reed"}],
    ),
    "speech_noun_after_a_preposition": (
        'His office released a statement. Reed swiped at Lund in a series of tweets: "Lund does nothing!"',
        [{"quote": "Lund does nothing", "speaker": "Reed", "as_written": "Reed"}],
    ),
    "speech_verb_after_tried_to": (
        'Tom Reed, a Lund defender, tried to argue Sunday that the complaint "is not about the polls."',
        [{"quote": "is not about the polls", "kind": "fragment", "speaker": "Tom Reed"}],
    ),
    "opening_adverbial_with_a_comma_inside": (
        'Following a swiftly called, late-afternoon meeting, the council issued a statement calling the test "a clear violation."',
        [{"quote": "a clear violation", "kind": "fragment", "speaker": "council"}],
    ),
    "person_named_inside_a_quotation_is_not_the_next_he": (
        '"We lead," said Tom Reed.\n\n'
        "The rally went on for hours, and the crowd cheered every speaker who came to the stage that night in "
        "the old town square by the river, long after the lights went out. Vendors sold flags and hot tea, "
        "and the police closed the bridge to traffic until well past midnight.\n\n"
        'Ada Lund spoke next. "My adviser, John Hale, shows me the charts every week," she said.\n\n'
        '"We will win," he said.',
        [
            {"quote": "We lead", "speaker": "Tom Reed"},
            {"quote": "My adviser", "speaker": "Ada Lund"},
            {"quote": "We will win", "speaker": "Tom Reed", "as_written": "he"},
        ],
    ),
    "title_with_a_complement_before_the_name": (
        'Secretary of State John F. Kerry said the country would take "robust steps" in response.',
        [{"quote": "robust steps", "kind": "fragment", "speaker": "John F. Kerry", "role": "Secretary of State"}],
    ),
    "subject_after_a_parenthesis_with_quotations": (
        'After the fire (Lund called it "horrific" and was "grateful that everyone is safe"), Reed inflamed '
        'tensions by saying, "They burned our office."',
        [
            {"quote": "horrific", "kind": "fragment", "speaker": "Lund"},
            {"quote": "grateful that everyone is safe", "kind": "fragment", "speaker": "Lund"},
            {"quote": "They burned our office", "speaker": "Reed"},
        ],
    ),
    "document_as_speaker": (
        'Ada Lund\'s brief dismissed the reports as "old and misread claims."',
        [{"quote": "old and misread claims", "kind": "fragment", "speaker": "Ada Lund's brief"}],
    ),
    "role_complement_is_not_the_role": (
        "Tom Reed, the head of the network's parent company, was placed on a sanctions list.\n\n"
        'Norbank’s corporate parent said in a statement that "these decisions are not taken lightly."',
        [{"quote": "these decisions are not taken lightly", "kind": "fragment", "speaker": "Norbank’s corporate parent"}],
    ),
    "relative_clause_speaker": (
        'And she echoed Sen. Tom Reed (R-Kel.), who told a local paper Tuesday that Lund could be '
        'impeached for "willful concealment."',
        [{"quote": "willful concealment", "kind": "fragment", "speaker": "Tom Reed"}],
    ),
    "negated_speech_and_a_quotation_continuing_a_quotation": (
        '"There is new evidence," Hale said, though Reed and other officials haven’t said the agency is '
        'actually "reopening" its case. "Remember, you need probable cause."',
        [
            {"quote": "There is new evidence", "speaker": "Hale"},
            {"quote": "reopening", "kind": "fragment", "speaker": "officials"},
            {"quote": "Remember, you need probable cause", "speaker": "Hale"},
        ],
    ),
    "subject_of_a_sentence_with_an_earlier_quotation": (
        'Tom Reed has suggested Lund is unwell, talked of a "stolen vote" and called Lund the "Devil." The league protested.',
        [
            {"quote": "stolen vote", "kind": "fragment", "speaker": "Tom Reed"},
            {"quote": "Devil", "kind": "fragment", "speaker": "Tom Reed", "as_written": "Tom Reed"},
        ],
    ),
    "outlet_and_role_before_the_name": (
        '"The debate was a draw," said Norland TV host Ada Lund.',
        [{"quote": "The debate was a draw", "speaker": "Ada Lund", "role": "Norland TV host"}],
    ),
    "inverted_attribution_makes_the_subject_of_a_later_pronoun": (
        '"We lead," Mr. Hale said.\n\n'
        'Debates rarely move the polls, noted Kelby Radio’s Tom Reed.\n\n'
        '"Voters made up their minds long ago," he wrote.',
        [
            {"quote": "We lead", "speaker": "Hale"},
            {"quote": "Voters made up their minds", "speaker": "Tom Reed", "as_written": "he"},
        ],
    ),
    "weekday_after_the_name": (
        'The emails were released by aide Tom Reed Tuesday. "We have to stop this," Reed wrote.',
        [{"quote": "We have to stop this", "speaker": "Tom Reed", "as_written": "Reed"}],
    ),
    "surname_that_is_also_a_title": (
        '"I have never been edited," Mr. King, 82, told me.',
        [{"quote": "I have never been edited", "speaker": "King", "as_written": "King"}],
    ),
    "apposition_of_age_home_town_and_clause": (
        'Ada Lund, 59, of Kelby, Md., who watched the ceremony on a screen, said it brought back '
        'memories of "all the people who were not here."',
        [{"quote": "all the people who were not here", "kind": "fragment", "speaker": "Ada Lund"}],
    ),
    "pronoun_prefers_the_sentence_subject_to_an_earlier_speaker": (
        'Ms. Gillibrand said, "We must act."\n\n'
        'Representative Ann Lund, Democrat of Norland, kept silent for years: "My husband did not know," she said.',
        [
            {"quote": "We must act"},
            {"quote": "My husband did not know", "speaker": "Ann Lund", "as_written": "she"},
        ],
    ),
    "pronoun_skips_an_earlier_speaker_named_as_object": (
        '"We will win," Mr. Hale said.\n\n'
        'Mr. Ortiz backed Mr. Hale last year. He said he would not mention the plan because "nobody has asked about it."',
        [
            {"quote": "We will win", "speaker": "Hale"},
            {"quote": "nobody has asked about it", "kind": "fragment", "speaker": "Ortiz", "as_written": "He"},
        ],
    ),
    "sentence_adverb_before_the_subject": (
        'Even Tom Reed, the mayor\'s ally, kept quiet. "We accept the result," he said.',
        [{"quote": "We accept the result", "speaker": "Tom Reed", "as_written": "he"}],
    ),
    "speech_verb_in_an_infinitive": (
        '"We accept the result," Tom Reed said, only for Ada Brun to tweet that "the vote was stolen."',
        [
            {"quote": "We accept the result", "speaker": "Tom Reed"},
            {"quote": "the vote was stolen", "kind": "fragment", "speaker": "Ada Brun", "as_written": "Ada Brun"},
        ],
    ),
    "fragment_closing_the_sentence": (
        'Norland urged its neighbour to "stop the provocations." The Harbour Agency said Kelland must end the tests.',
        [{"quote": "stop the provocations", "kind": "fragment", "speaker": "Norland"}],
    ),
    "speech_verb_form_used_as_a_noun": (
        'Governor Ada Brun said the mayor\'s mental state is "beyond repair."',
        [{"quote": "beyond repair", "kind": "fragment", "speaker": "Ada Brun", "as_written": "Ada Brun"}],
    ),
    "speech_noun_after_a_possessive": (
        'Ada Brun said her rival Tom Reed’s tweet about the vote was only "to provoke" the crowd.',
        [{"quote": "to provoke", "kind": "fragment", "speaker": "Ada Brun"}],
    ),
    "dash_attribution": (
        '"Our aim is calm", – said Li Wei.',
        [{"quote": "Our aim is calm", "speaker": "Li Wei", "as_written": "Li Wei"}],
    ),
    "apposition": (
        "“Talks will resume,” said Li Wei, the foreign minister of Norland, after the meeting.",
        [{"quote": "Talks will resume", "speaker": "Li Wei", "role": "the foreign minister of Norland"}],
    ),
    "apposition_before_verb": (
        "Li Wei, the foreign minister of Norland, said that “talks will resume soon”.",
        [{"quote": "talks will resume soon", "kind": "fragment", "speaker": "Li Wei", "role": "the foreign minister of Norland"}],
    ),
    "title_before_name": (
        "“Talks will resume,” Foreign Minister Li Wei said.",
        [{"quote": "Talks will resume", "speaker": "Li Wei", "role": "Foreign Minister"}],
    ),
    "surname_resolution": (
        "Li Wei arrived in the capital on a rainy morning.\n\n“Talks will resume,” Li said.",
        [{"quote": "Talks will resume", "speaker": "Li Wei", "as_written": "Li"}],
    ),
    "pronouns_across_two_speakers": (
        "Anna Berg met Tom Reed at the border crossing.\n\n"
        "“We agreed on the basics,” she said.\n\n"
        "“There is more to do,” he said.",
        [
            {"quote": "We agreed on the basics", "speaker": "Anna Berg", "as_written": "she"},
            {"quote": "There is more to do", "speaker": "Tom Reed", "as_written": "he"},
        ],
    ),
    "honorific_gender": (
        "Ms. Okafor and Mr. Lind spoke after the vote.\n\n“It passed,” she said.",
        [{"quote": "It passed", "speaker": "Okafor", "as_written": "she"}],
    ),
    "role_noun": (
        "“We are ready,” said Li Wei, Norland's ambassador to the United Nations.\n\n"
        "“The council must act now,” the envoy said.",
        [
            {"quote": "We are ready", "speaker": "Li Wei"},
            {"quote": "The council must act now", "speaker": "Li Wei", "as_written": "the envoy"},
        ],
    ),
    "role_noun_with_nationality": (
        "“The reports are disturbing,” Foreign Ministry Spokesman Zhao Lijian said.\n\n"
        "“All parties must show restraint,” the Chinese spokesman said.",
        [
            {"quote": "The reports are disturbing", "speaker": "Zhao Lijian"},
            {"quote": "All parties must show restraint", "speaker": "Zhao Lijian", "as_written": "the Chinese spokesman"},
        ],
    ),
    "country_speaker": (
        "China said on Tuesday that “no talks are planned”.",
        [{"quote": "no talks are planned", "kind": "fragment", "speaker": "China", "as_written": "China"}],
    ),
    "government_noun": (
        "The Chinese government said that “dialogue is the only way”.",
        [{"quote": "dialogue is the only way", "speaker": "China"}],
    ),
    "continuation_inherits": (
        "“We will vote no,” said Anna Berg.\n\n“The bill is badly drafted and nobody has read it.”",
        [
            {"quote": "We will vote no", "speaker": "Anna Berg"},
            {"quote": "The bill is badly drafted", "speaker": "Anna Berg", "as_written": ""},
        ],
    ),
    "according_to": (
        "“Nobody came to the table,” according to Tom Reed.",
        [{"quote": "Nobody came to the table", "speaker": "Tom Reed"}],
    ),
    "according_to_before": (
        "According to Tom Reed, “nobody came to the table”.",
        [{"quote": "nobody came to the table", "speaker": "Tom Reed"}],
    ),
    "transcript_label": (
        "Tom Reed joined the programme by phone.\n\n\"REED: We are not going anywhere.",
        [{"quote": "REED: We are not going anywhere", "speaker": "Tom Reed"}],
    ),
    "speaker_before_colon": (
        "Anna Berg was blunt: “The plan is dead.”",
        [{"quote": "The plan is dead", "speaker": "Anna Berg"}],
    ),
    "intro_paragraph_with_colon": (
        "Anna Berg said in a statement:\n\n“The plan is dead and we will not revive it.”",
        [{"quote": "The plan is dead", "speaker": "Anna Berg"}],
    ),
    "organisation_nominal": (
        "“Turnout was higher than expected,” the election commission said.",
        [{"quote": "Turnout was higher than expected", "speaker": "election commission"}],
    ),
    "two_word_role_is_not_its_last_word": (
        "Vice President Tom Reed toured the plant on Monday.\n\n"
        '"The jobs are coming back," the president said.\n\n'
        "Prime Minister Ada Lund met the strikers.\n\n"
        '"We have a deal," the prime minister said. "It holds until May," the minister said.',
        [
            {"quote": "The jobs are coming back", "speaker": "the president"},
            {"quote": "We have a deal", "speaker": "Ada Lund"},
            {"quote": "It holds until May", "speaker": "the minister"},
        ],
    ),
    "title_in_capitals_before_an_apposed_name_is_the_role": (
        'The Kelvian Trade Minister, Arvo Lindqvist, called the tariffs "a mistake that hurts both sides."',
        [{"quote": "a mistake", "kind": "fragment", "speaker": "Arvo Lindqvist", "role": "Kelvian Trade Minister"}],
    ),
    "title_of_another_portfolio_is_another_person": (
        "Defence Minister Arvo Lindqvist arrived in the capital on Monday.\n\n"
        '"We are ready," the Kelvian Defence Minister said.\n\n'
        '"No comment," Kelvia\'s Interior Minister told reporters.',
        [
            {"quote": "We are ready", "speaker": "Arvo Lindqvist"},
            {"quote": "No comment", "speaker": "the Interior Minister"},
        ],
    ),
    "two_particles_inside_a_name_keep_it_whole": (
        "The board's chair, Anna van der Berg, spoke first on Monday.\n\n"
        '"The port will stay open," van der Berg said.',
        [{"quote": "The port will stay open", "speaker": "Anna van der Berg"}],
    ),
    "words_judging_a_possessors_remarks_are_the_judges": (
        "Kelvia's foreign ministry said on Friday that Tom Reed's remarks were \"deeply cynical.\"",
        [{"quote": "deeply cynical", "kind": "fragment", "speaker": "Kelvia's foreign ministry"}],
    ),
    "report_by_or_statement_from_someone_is_their_words": (
        'A survey by the Kelby Institute found that prices had risen "faster than wages" in every region.\n\n'
        '"The drills will continue," a statement from the Kelvian government said.\n\n'
        'According to a report by the port authority, the quays were "badly damaged."',
        [
            {"quote": "faster than wages", "kind": "fragment", "speaker": "Kelby Institute"},
            {"quote": "The drills will continue", "speaker": "Kelvian government"},
            {"quote": "badly damaged", "kind": "fragment", "speaker": "port authority"},
        ],
    ),
    "according_to_a_new_statement_is_where_the_subject_said_it": (
        'The port authority said on Tuesday that the quays would reopen "within days", according to a statement.\n\n'
        'Tom Reed, the mayor, hopes so. Ships would return "soon after", according to the statement.',
        [
            {"quote": "within days", "kind": "fragment", "speaker": "port authority"},
            {"quote": "soon after", "kind": "fragment", "speaker": "statement"},
        ],
    ),
    "share_of_a_poll_speaks": (
        'Sixty-three percent of respondents said the council was "on the wrong track," the poll showed.\n\n'
        'However, 41 percent said Reed was "right to wait" before he signed.\n\n'
        'Only 52 percent of voters agreed that Lund is "fit to serve," while 70 percent said the same of Reed.',
        [
            {"quote": "on the wrong track", "kind": "fragment", "speaker": "Sixty-three percent of respondents"},
            {"quote": "right to wait", "kind": "fragment", "speaker": "41 percent"},
            {"quote": "fit to serve", "kind": "fragment", "speaker": "52 percent of voters"},
        ],
    ),
    "words_inside_a_question_are_the_questioners": (
        'Asked by a journalist whether the ministry would "reconsider" its position, Marta Eskola said the decision was final.\n\n'
        "When confronted at a news conference by Kelby Radio reporter Tom Reed about whether she \"deleted\" the files, "
        'the mayor replied: "Never."',
        [
            {"quote": "reconsider", "kind": "fragment", "speaker": "a journalist"},
            {"quote": "deleted", "kind": "fragment", "speaker": "Tom Reed"},
            {"quote": "Never", "speaker": "the mayor"},
        ],
    ),
    "one_blamed_for_saying_is_the_speaker": (
        'Ada Lund criticized Tom Reed for saying the bridge was "perfectly safe."\n\n'
        "Reed's handling of the tender earned him the scrutiny of the council, where he was questioned for "
        'his role in it and for claiming that the bridge was "the safest in the state."',
        [
            {"quote": "perfectly safe", "kind": "fragment", "speaker": "Tom Reed"},
            {"quote": "the safest in the state", "kind": "fragment", "speaker": "Tom Reed"},
        ],
    ),
    "words_on_a_sign_are_whoever_put_it_up": (
        'Protesters outside the council carried banners that read "No new tolls."\n\n'
        'One recent evening, Reed placed a sign in the town hall that read, "Vote Lund: The Best Mayor Yet."\n\n'
        'The students held up signs reading "Books not bridges."',
        [
            {"quote": "No new tolls", "kind": "fragment", "speaker": "Protesters"},
            {"quote": "Vote Lund", "speaker": "Reed"},
            {"quote": "Books not bridges", "kind": "fragment", "speaker": "students"},
        ],
    ),
    "description_of_the_one_just_quoted_is_that_person": (
        'Foreign Minister Arvo Lindqvist said on Monday that Kelvia was "ready to talk."\n\n'
        '"Nobody wants a long dispute," the top diplomat told a news conference.',
        [
            {"quote": "ready to talk", "kind": "fragment", "speaker": "Arvo Lindqvist"},
            {"quote": "Nobody wants", "speaker": "Arvo Lindqvist", "as_written": "the top diplomat"},
        ],
    ),
    "in_her_words_the_rest_is_hers": (
        'Ada Lund spoke on Monday. In her words, the new plan "changes nothing at all."\n\n'
        'In the words of the envoy Tom Reed, the talks were "a waste of time."',
        [
            {"quote": "changes nothing", "kind": "fragment", "speaker": "Ada Lund", "as_written": "her"},
            {"quote": "a waste of time", "kind": "fragment", "speaker": "Tom Reed"},
        ],
    ),
    "clause_after_a_name_and_comma_is_not_its_apposition": (
        'According to Tom Reed, the talks were "a waste of time."',
        [{"quote": "a waste of time", "kind": "fragment", "speaker": "Tom Reed", "role": None}],
    ),
    "verb_in_a_title_case_headline_ends_the_name": (
        "Reed Warns Council Bridge Is 'Unsafe for Another Winter'\n\n"
        "Mayor Tom Reed spoke to the council on Monday about the old bridge.",
        [{"quote": "Unsafe for Another Winter", "kind": "fragment", "speaker": "Tom Reed"}],
    ),
    "name_saying_the_words_after_a_headline_label_speaks": (
        "Leaks: Reed Said Lund Was 'Never Ready for the Job'\n\n"
        "Emails from Tom Reed about Ada Lund were published on Monday.",
        [{"quote": "Never Ready for the Job", "kind": "fragment", "speaker": "Tom Reed"}],
    ),
    "contracted_pronoun_is_a_pronoun": (
        "Tom Reed ran the port for a decade.\n\nHe’s been criticized by the council for selling \"miracle\" cures.",
        [{"quote": "miracle", "kind": "fragment", "speaker": "Tom Reed", "as_written": "He’s"}],
    ),
    "sources_familiar_with_the_matter_speak": (
        'Two sources familiar with the matter said the deal was "all but done."',
        [{"quote": "all but done", "kind": "fragment", "speaker": "Two sources familiar with the matter"}],
    ),
    "title_of_a_department_before_an_unlisted_given_name": (
        'After the vote, Secretary of State Ada Lund sent an email praising his "steady hand" at the summit.\n\n'
        '"No," said Minister of Foreign Affairs Arvo Lindqvist.',
        [
            {"quote": "steady hand", "kind": "fragment", "speaker": "Ada Lund", "role": "Secretary of State"},
            {"quote": "No", "speaker": "Arvo Lindqvist", "role": "Minister of Foreign Affairs"},
        ],
    ),
    "institution_a_which_clause_is_about_speaks": (
        'They turned to the Kelby Police Department which reported "2,521 incidents" in the city.\n\n'
        'The figures came from the port authority, which said the damage was "extensive and costly."',
        [
            {"quote": "2,521 incidents", "kind": "fragment", "speaker": "Kelby Police Department"},
            {"quote": "extensive and costly", "kind": "fragment", "speaker": "port authority"},
        ],
    ),
    "words_that_end_the_subject_are_not_its_statement": (
        'By the spring, Kelby "bridge funds" paid for most of the ads.\n\n'
        'Those earlier campaign "road shows" drew small crowds.',
        [],
    ),
    "one_word_coined_after_an_article_is_not_a_statement": (
        'Tom Reed bought a bakery in Ashton - a "breadhouse" that was meant to fund the school.',
        [],
    ),
    "long_title_of_a_committee_before_a_name": (
        '"We do not accept this," said First Deputy Chair of the Kelby Council Committee on Foreign Affairs Ivan Petrov.\n\n'
        'The Second Deputy Chair of the Kelby Council Committee on Public Health, Ada Lund, called the move "a mistake."',
        [
            {"quote": "We do not accept this", "speaker": "Ivan Petrov"},
            {"quote": "a mistake", "kind": "fragment", "speaker": "Ada Lund"},
        ],
    ),
    "title_before_a_name_and_its_comma_is_the_role": (
        "Prime Minister Ada Lund spoke first.\n\n"
        "Dornland's foreign minister, Tomas Reyes, struck a more cautious tone on Thursday.\n\n"
        '"This is a matter of national survival," the minister said.',
        [{"quote": "This is a matter", "speaker": "Tomas Reyes", "role": "Dornland's foreign minister"}],
    ),
    "institution_named_before_its_statement_speaks": (
        'A Kelby Institute report said prices had risen "faster than ever."\n\n'
        'The Kremlin said on Monday that the talks were "useful."',
        [
            {"quote": "faster than ever", "kind": "fragment", "speaker": "Kelby Institute"},
            {"quote": "useful", "kind": "fragment", "speaker": "Kremlin"},
        ],
    ),
    "possessor_of_a_statement_speaks": (
        '"We will win," Tom Reed said on Monday.\n\n'
        'Reed\'s statement called the plan "a fraud from start to finish."',
        [
            {"quote": "We will win", "speaker": "Tom Reed"},
            {"quote": "a fraud from start", "kind": "fragment", "speaker": "Tom Reed"},
        ],
    ),
    "title_case_words_nobody_is_said_to_say_are_a_title": (
        'The network licenses "Kelby Tonight" and "Morning With Reed" from a studio in Ashton.',
        [],
    ),
    "nearest_speech_verb_in_a_report_of_a_report_speaks": (
        "Kelby Radio reported at the time that the station's editor in chief, Ada Lund, conveyed to the staff "
        'that the piece was "not in line with our policy."',
        [{"quote": "not in line", "kind": "fragment", "speaker": "Ada Lund"}],
    ),
    "abbreviated_title_is_a_role_not_part_of_the_name": (
        "Bank news\n\nKelby Bank named incoming C.E.O. Tom Reed on Monday.\n\n"
        '"It is a new day," said the chief executive.',
        [{"quote": "It is a new day", "speaker": "Tom Reed", "role": "C.E.O."}],
    ),
    "age_before_a_role_describes_the_one_talked_about": (
        "Lund on the vote\n\nAda Lund, Democrat of Kelby, spoke in Ashton on Monday.\n\n"
        '"You can imagine how tired I was," the 63-year-old senator said.',
        [{"quote": "You can imagine", "speaker": "Ada Lund", "as_written": "the 63-year-old senator"}],
    ),
    "aside_between_commas_after_a_name_is_not_a_role": (
        'Deputy Foreign Minister Tom Reed, in turn, said that Kelvia "sees no prospects" for new talks.',
        [{"quote": "sees no prospects", "kind": "fragment", "speaker": "Tom Reed", "role": "Deputy Foreign Minister"}],
    ),
    "place_ending_a_title_is_not_part_of_the_name": (
        "Kelvian Ambassador to Russia Dmitry Kasyan told the agency that the talks were \"useful.\"\n\n"
        '"We agree," Kasyan said.',
        [{"quote": "useful", "kind": "fragment", "speaker": "Dmitry Kasyan"}, {"quote": "We agree", "speaker": "Dmitry Kasyan"}],
    ),
    "person_of_an_institution_speaks": (
        'Political analyst Soren Matz of Lindford University said the chances were "fifty-fifty at best."',
        [{"quote": "fifty-fifty", "kind": "fragment", "speaker": "Soren Matz"}],
    ),
    "condition_after_a_quotation_is_not_its_attribution": (
        'Chief executive Anton Brekke said talks could resume "as early as Thursday" if the union agreed to a mediator.',
        [{"quote": "as early as Thursday", "kind": "fragment", "speaker": "Anton Brekke"}],
    ),
    "pronoun_after_an_unnamed_subject_means_it": (
        '"Buyers will switch," said Paul Ndiaye, an analyst in Geneva.\n\n'
        "A second trader, who asked not to be named, said two cargoes had been diverted to Sallent. "
        '"People are hedging already," he said.',
        [{"quote": "Buyers will switch", "speaker": "Paul Ndiaye"}, {"quote": "People are hedging", "speaker": "A second trader"}],
    ),
    "pronoun_after_the_questioner_means_the_questioner": (
        '"We are neutral," Tom Reed said of the channel.\n\n'
        "When one analyst recently said on the air that the border dispute remained an open issue for the region, "
        'the questioner quickly cut her off. "That is off the table," he exclaimed.',
        [{"quote": "We are neutral", "speaker": "Tom Reed"}, {"quote": "That is off the table", "speaker": "the questioner"}],
    ),
    "a_title_as_subject_leaves_the_pronoun_to_the_one_named": (
        "Tom Reed spoke in Ohio on Monday.\n\n"
        'The candidate did not give a cost for his plans, though he said "budget reforms" would pay for them.',
        [{"quote": "budget reforms", "kind": "fragment", "speaker": "Tom Reed"}],
    ),
    "byline_names_the_writer_not_whom_she_means": (
        "The last ferry\n\nBy Clare Dunmore\n\nAt six in the morning Agnes Whitlow is already on the slipway.\n\n"
        "“People think of the ferry as a bus,” she said.",
        [{"quote": "People think", "speaker": "Agnes Whitlow"}],
    ),
    "institution_after_an_opening_time_is_the_subject": (
        "Last month, the Hallam District Council voted for a “reduced winter timetable” on the ferry. "
        "Council leader Ada Lund says the choice was forced on her.",
        [{"quote": "reduced winter timetable", "kind": "fragment", "speaker": "Hallam District Council"}],
    ),
    "institution_noun_refers_to_the_institution_named": (
        "According to the Kelvian Ministry of Commerce, trade grew last year. "
        'The ministry said on Monday that the two sides would sign "a new batch of documents" soon.',
        [{"quote": "a new batch", "kind": "fragment", "speaker": "Kelvian Ministry of Commerce"}],
    ),
    "statement_of_a_titled_person_is_the_persons": (
        "The spokeswoman commented on the statement of Kelvian President Viktor Haldane, who on Tuesday called the sanctions "
        '"an act of economic war."',
        [{"quote": "an act of economic war", "kind": "fragment", "speaker": "Viktor Haldane"}],
    ),
    "headline_role_noun_is_the_leads_speaker": (
        'Russian diplomat says Western sanctions "doomed to fail"\n\n'
        "MOSCOW, September 18. /TASS/. The sanctions against Kelvia are doomed to fail, "
        "Russian Foreign Ministry Spokeswoman Yelena Sorokina said at a briefing on Thursday.\n\n"
        '"This policy is doomed to fail," the diplomat said.',
        [{"quote": "doomed to fail", "kind": "fragment", "speaker": "Yelena Sorokina"},
         {"quote": "This policy", "speaker": "Yelena Sorokina"}],
    ),
    "pronoun_after_a_subject_whose_given_name_tells_the_gender": (
        '"I understand the frustration," Henrik Dahl told the committee.\n\n'
        'Dahl said he had not seen the email before. "If that is genuine, it is a serious matter," he said.\n\n'
        'Erik Sund was not persuaded. He said the minister had "run out of excuses" and called for him to resign.',
        [{"quote": "I understand", "speaker": "Henrik Dahl"}, {"quote": "If that is genuine", "speaker": "Henrik Dahl"},
         {"quote": "run out of excuses", "kind": "fragment", "speaker": "Erik Sund"}],
    ),
    "slavic_surname_tells_the_gender": (
        '"We agree," Anna Berg said.\n\n'
        'Deputy Minister Zakharova took the floor at the end. "We will not leave our friends alone," she said.',
        [{"quote": "We agree", "speaker": "Anna Berg"}, {"quote": "We will not leave", "speaker": "Zakharova"}],
    ),
    "interjecting_subject_speaks_the_quotation_after_it": (
        '"I will not release it," Henrik Dahl said.\n\n'
        'Committee chairman Lars Mikkelsen, a member of Dahl\'s own party, cut in. "With respect, minister, that is not your decision."',
        [{"quote": "I will not", "speaker": "Henrik Dahl"}, {"quote": "With respect", "speaker": "Lars Mikkelsen"}],
    ),
    "name_between_commas_after_a_plain_noun_speaks": (
        'Your predecessor, Hamish Blackwood, told this newspaper that the embankment "should have been raised in 2017."',
        [{"quote": "should have been raised", "kind": "fragment", "speaker": "Hamish Blackwood"}],
    ),
    "interview_answer_first_person_is_the_interviewee": (
        "‘We underestimated the water’: A conversation with Mayor Lucia Ferrante\n\n"
        "Lucia Ferrante has been mayor for six years. Ferrante spoke to the Courier on Friday.\n\n"
        "Q: What can City Hall do?\n\n"
        "A: We have written to all six insurers. I told them very plainly: “Your customers paid their premiums.”",
        [{"quote": "We underestimated", "kind": "fragment", "speaker": "Lucia Ferrante"},
         {"quote": "Your customers", "speaker": "Lucia Ferrante"}],
    ),
    "narrators_first_person_is_nobody_quoted": (
        "Lucia Ferrante has been mayor for six years.\n\nI told her plainly: “Your time is up.”",
        [{"quote": "Your time is up", "speaker": ""}],
    ),
    "office_before_a_given_name_is_a_title": (
        "Secretary of State Ada Lund sent a flattering email to the president.\n\n"
        "“Your press conference was right on target,” Lund gushed.\n\n"
        "She also wrote about a favorite issue of her daughter Mia Lund.",
        [{"quote": "Your press conference", "speaker": "Ada Lund"}],
    ),
    "surname_two_people_share_is_the_one_named_most": (
        "Ada Lund met voters in Ohio. Ada Lund spoke for an hour, and Ada Lund took questions.\n\n"
        "Her daughter Mia Lund introduced her.\n\n"
        "“We are ready,” Lund said.",
        [{"quote": "We are ready", "speaker": "Ada Lund"}],
    ),
    "subject_of_the_pronouns_paragraph_comes_first": (
        "“I am not going to pretend this is acceptable,” Councillor Rebecca Hale said.\n\n"
        "Denise Achterberg was unconvinced. She said the tenants had heard “plenty of plans” before.",
        [{"quote": "I am not going", "speaker": "Rebecca Hale"},
         {"quote": "plenty of plans", "kind": "fragment", "speaker": "Denise Achterberg"}],
    ),
    "headline_quotation_the_body_repeats_is_its_speakers": (
        "‘We were promised homes, not excuses’: tenants confront council\n\n"
        "Tenants confronted council leaders on Tuesday night.\n\n"
        "“We were promised homes, not excuses, and we got excuses,” said Denise Achterberg, who chairs the tenants’ association.",
        [{"quote": "We were promised homes, not excuses", "kind": "fragment", "speaker": "Denise Achterberg"},
         {"quote": "We were promised homes, not excuses, and", "kind": "quote", "speaker": "Denise Achterberg"}],
    ),
    "national_of_a_country_the_lists_lack_is_the_one_introduced_so": (
        "Foreign Minister Oleg Vasnetsov held talks with his Kestrian counterpart Anders Holm on Wednesday.\n\n"
        '"We do not always agree," the Kestrian minister said.',
        [{"quote": "We do not always agree", "speaker": "Anders Holm"}],
    ),
    "participle_after_a_fragment_is_not_its_attribution": (
        'Senator Carlos Ibarra disputed that account. He said the additions were "routine technical fixes" requested by the department.',
        [{"quote": "routine technical fixes", "kind": "fragment", "speaker": "Carlos Ibarra"}],
    ),
    "person_of_an_institution_in_a_city_speaks": (
        "Professor Zheng Hui of the Institute of International Trade in Shanghai told Xinhua on Tuesday that sales would fall.\n\n"
        '"These measures will not stop progress," Zheng said.',
        [{"quote": "These measures", "speaker": "Zheng Hui", "date": "2022-04-05"}],
    ),
    "capitalised_title_alone_is_the_one_with_that_title": (
        "President of Kelvia Ivan Koval spoke in his evening address. The Head of the Office of the President "
        "Andrii Lund attended.\n\n"
        '"We know exactly what is needed," the President stressed.',
        [{"quote": "We know exactly", "speaker": "Ivan Koval"}],
    ),
    "but_before_a_second_speech_verb_keeps_the_first_ones_subject": (
        "Meanwhile, the Head of the Office of the President Andrii Lund said on Monday that the grid had held, "
        'but warned that the situation "remains difficult".',
        [{"quote": "remains difficult", "kind": "fragment", "speaker": "Andrii Lund"}],
    ),
    "where_the_words_were_given_is_not_who_gave_them": (
        "Kelvia accused Koru of arming the rebels.\n\n"
        'Koru\'s foreign ministry rejected the accusation as "baseless" in a statement on Tuesday and called for dialogue.',
        [{"quote": "baseless", "kind": "fragment", "speaker": "Koru's foreign ministry"}],
    ),
    "a_statements_participle_is_not_a_speech_verb": (
        'The rebel Northern Liberation Front said in a statement posted online that its fighters had "liberated" two outposts.',
        [{"quote": "liberated", "kind": "fragment", "speaker": "Northern Liberation Front"}],
    ),
    "headline_verb_in_the_present_attributes": (
        "Chinese experts slam new chip export rules as 'technological bullying'\n\n"
        "Chinese experts on Wednesday criticized the export restrictions.",
        [{"quote": "technological bullying", "kind": "fragment", "speaker": "Chinese experts"}],
    ),
    "the_company_is_the_business_named_before_and_it_speaks_for_it": (
        "Halvard Systems said on Monday it would close two plants.\n\n"
        'The company said the plants were "no longer viable."\n\n'
        '"We regret the decision," it added.',
        [
            {"quote": "no longer viable", "kind": "fragment", "speaker": "Halvard Systems", "as_written": "The company"},
            {"quote": "We regret the decision", "speaker": "Halvard Systems", "as_written": "it"},
        ],
    ),
    "a_documents_words_are_its_issuers": (
        "The sale was announced by the state sugar council on Monday.\n\n"
        'A council communique said "the sale was made at the best prevailing prices."\n\n'
        "Fighting resumed overnight. A high command communique said \"the attackers were repelled.\"",
        [
            {"quote": "the sale was made", "speaker": "council", "as_written": "A council communique"},
            {"quote": "the attackers were repelled", "speaker": "high command"},
        ],
    ),
    "the_statement_is_whoever_issued_it": (
        "Earlier, the Kestrian Foreign Ministry said in a statement that the talks would focus on arms control. "
        '"Kestria will raise the issue of military exercises," the statement said.',
        [{"quote": "Kestria will raise", "speaker": "Kestrian Foreign Ministry", "as_written": "the statement"}],
    ),
    "the_institution_named_again_by_its_noun_and_it": (
        "The Bank of Kelvia proposed new limits on lending, the central bank said on Monday. "
        "Banking sources said the Bank was reluctant to curb competition.\n\n"
        '"The limits will depend on the skill of the lender," the Bank\'s proposal said.\n\n'
        '"Security will count only in exceptional cases," it said.',
        [
            {"quote": "The limits will depend", "speaker": "Bank of Kelvia", "as_written": "Bank's proposal"},
            {"quote": "Security will count", "speaker": "Bank of Kelvia", "as_written": "it"},
        ],
    ),
    "the_company_is_a_business_not_a_public_body": (
        "KELBY, March 3 - Orvane Equipment said it would sell used equipment to farmers. "
        "The Kelby Port Authority said it welcomed the plan.\n\n"
        'The company said the sale was "the first of its kind."',
        [{"quote": "the first of its kind", "kind": "fragment", "speaker": "Orvane Equipment", "as_written": "The company"}],
    ),
    "initials_run_together_do_not_end_the_sentence": (
        '"The drug division brings in the highest return," said A.W. Kellerman, finance director of Orvane.',
        [{"quote": "The drug division", "speaker": "A.W. Kellerman", "role": "finance director of Orvane"}],
    ),
    "one_of_any_group_speaks_as_written": (
        'Copies can still be made through an amplifier. "Nobody can tell the difference," one salesman said.\n\n'
        '"This company could go for 30 dlrs," an arbitrageur said.',
        [{"quote": "Nobody can tell", "speaker": "one salesman"}, {"quote": "This company could go", "speaker": "an arbitrageur"}],
    ),
    "name_before_a_role_without_its_closing_comma_speaks": (
        '"We will not subsidise foreign wheat," Tom Reed, president of the growers association said.',
        [{"quote": "We will not subsidise", "speaker": "Tom Reed", "role": "president of the growers association"}],
    ),
    "a_business_named_again_by_its_first_word_is_the_full_name": (
        "Orvane Holdings Inc said it had agreed to buy a rival's environmental unit.\n\n"
        'Orvane said the purchase would have a "moderately" favourable effect on earnings.',
        [{"quote": "moderately", "kind": "fragment", "speaker": "Orvane Holdings Inc", "as_written": "Orvane"}],
    ),
    "the_official_is_the_unnamed_one_brought_in_before": (
        "A news report quoted a Kelvian Treasury official as urging the banks to consider the plan.\n\n"
        '"The banks felt that this was new information," one banker said.\n\n'
        '"The proposal is very interesting," the official said.',
        [
            {"quote": "The banks felt", "speaker": "one banker"},
            {"quote": "The proposal is very", "speaker": "Kelvian Treasury official", "as_written": "the official"},
        ],
    ),
    "the_federation_is_the_one_named_before": (
        "Support officers may now detain suspects, the Kelby Police Federation warned.\n\n"
        'The federation said officers lacked the training for "potentially confrontational" situations.',
        [{"quote": "potentially confrontational", "kind": "fragment", "speaker": "Kelby Police Federation", "as_written": "The federation"}],
    ),
    "the_airline_is_the_body_that_spoke_before": (
        "Skyvale will buy 70 new planes, the carrier's chief executive said on Monday. Skyvale said the order was its largest.\n\n"
        'The airline said it would be "Europe\'s biggest" within five years.',
        [{"quote": "Europe's biggest", "kind": "fragment", "speaker": "Skyvale", "as_written": "The airline"}],
    ),
    "a_name_in_a_reported_clause_is_not_who_says_it": (
        'Campaign chief Tom Reed unveiled the slogan on Monday. "Nobody remembers the old days fondly," he declared.\n\n'
        "Nobody, he claimed, could picture Ada Lund in the job. And Sam Cole would be in the front line of "
        'the campaign, he said. "Between now and the election the leader will be out of the capital," he promised.',
        [
            {"quote": "Nobody remembers the old days", "speaker": "Tom Reed"},
            {"quote": "Between now and the election", "speaker": "Tom Reed", "as_written": "he"},
        ],
    ),
    "a_role_broken_by_its_towns_state_is_the_names_apposition": (
        'Carl Reed, the Kelby, Ohio, investor who controls Arden Financial Corp, said his talks aimed at "an increased stake" in the firm.',
        [{"quote": "an increased stake", "kind": "fragment", "speaker": "Carl Reed"}],
    ),
    "quoted_words_that_are_the_subjects_verb_are_its": (
        'Reed denied the claims. A Kelby Party spokesman "totally refuted" any wrongdoing by the council.',
        [{"quote": "totally refuted", "kind": "fragment", "speaker": "Kelby Party"}],
    ),
    "a_countrys_minister_is_the_one_named_with_its_adjective": (
        "The Kremlin rejected the demands, while Orlandia's foreign minister called for talks \"without conditions\".\n\n"
        "The Orlandian foreign minister, Ana Beltrán, accused Moscow of blocking the corridor.",
        [{"quote": "without conditions", "kind": "fragment", "speaker": "Ana Beltrán"}],
    ),
    "continues_to_before_a_fragment_is_no_speech_verb": (
        "Kelby Stores cut its forecasts on Thursday. Chief executive Tom Reed says Kelby Stores continues to face "
        '"a difficult operating environment", due to the pressures on shoppers.',
        [{"quote": "a difficult operating environment", "kind": "fragment", "speaker": "Tom Reed"}],
    ),
    "reporter_set_off_by_a_comma_after_a_fragment_beats_the_sentence_subject": (
        "Tom Reed, a detective, gave evidence on Thursday.\n\n"
        'Lund shared "what appeared to be the address" of the singer, Reed told the court, and he agreed.\n\n'
        'Kelby expects to hire 100 staff and is "in a very good position to grow" if it gets approval, '
        "chief executive Ada Holt told Reuters ahead of the decision.\n\n"
        'Dana Cole called the plan "a slow disaster" on Monday, Reed said the crowd was huge.',
        [
            {"quote": "what appeared to be the address", "kind": "fragment", "speaker": "Tom Reed"},
            {"quote": "in a very good position", "kind": "fragment", "speaker": "Ada Holt"},
            {"quote": "a slow disaster", "kind": "fragment", "speaker": "Dana Cole"},
        ],
    ),
    "attribution_ending_in_a_colon_introduces_the_next_quotation_not_the_one_before": (
        "The prosecutor, Ada Lund, questioned the detective on Thursday.\n\n"
        'Lund said: "Were you sharing what the chat showed?" The detective, Tom Reed, replied: "Yes."',
        [
            {"quote": "Were you sharing", "speaker": "Ada Lund"},
            {"quote": "Yes.", "speaker": "Tom Reed"},
        ],
    ),
    "label_of_an_organisation_role_and_name_before_a_colon_is_the_persons": (
        "Delays on the main roads reached a record last year.\n\n"
        'AAK senior policy officer Tom Reed: "It is concerning to see delays hit a high.\n\n'
        '"Delays are bad for drivers."',
        [
            {"quote": "It is concerning", "speaker": "Tom Reed"},
            {"quote": "Delays are bad", "speaker": "Tom Reed"},
        ],
    ),
    "number_after_a_name_ends_the_name": (
        "Four channels went off the air last week.\n\n"
        '"Our channel has been removed from the cable network," a representative of TV 9 told the Kelby Courier.\n\n'
        '"We have nothing to add," Channel 4 said.',
        [
            {"quote": "Our channel has been removed", "speaker": "a representative of TV 9"},
            {"quote": "We have nothing to add", "speaker": "Channel 4"},
        ],
    ),
    "paragraph_ending_in_a_speech_verb_and_comma_introduces_the_quotation_below": (
        "Kelby plans to build a battery plant in the north.\n\n"
        "President and CEO, Tom Reed, commented,\n\n"
        '"Kelby\'s vision is to become a global supplier of batteries."',
        [{"quote": "Kelby's vision", "speaker": "Tom Reed"}],
    ),
    "institution_of_a_place_read_backwards_is_the_whole_name": (
        '"Rates will stay high for some time," the Bank of Kelby said on Thursday.\n\n'
        '"The figures are worrying," the University of Lindford said.\n\n'
        '"We are watching closely," Bank of Kelby Governor Tom Reed said.',
        [
            {"quote": "Rates will stay high", "speaker": "Bank of Kelby"},
            {"quote": "The figures are worrying", "speaker": "University of Lindford"},
            {"quote": "We are watching closely", "speaker": "Tom Reed"},
        ],
    ),
    "quotation_opening_the_paragraph_after_reported_speech_is_the_reporteds": (
        "The Kelby council banned two papers last week.\n\n"
        '"We respect the press," said Ada Lund, a council spokeswoman.\n\n'
        "She said the first act of the new mayor was to lift the ban on the Courier.\n\n"
        '"We do not sort papers into ours and theirs as the old mayor did.',
        [
            {"quote": "We respect the press", "speaker": "Ada Lund"},
            {"quote": "We do not sort papers", "speaker": "Ada Lund"},
        ],
    ),
    "quotation_right_after_another_goes_on_in_the_same_voice": (
        'Josep Borrell said there is "strong concern." "We see starvation continues," he said. '
        "Simon Harris, the Irish leader, said he is \u201cvery pleased that we are taking a historic step forward today.\u201d "
        "\u201cLooking forward to welcoming the president here to Brussels today as well.\u201d Harris also stressed other things.",
        [
            {"quote": "strong concern", "kind": "fragment", "speaker": "Josep Borrell"},
            {"quote": "We see starvation continues", "speaker": "Josep Borrell"},
            {"quote": "very pleased", "kind": "fragment", "speaker": "Simon Harris"},
            {"quote": "Looking forward to welcoming", "speaker": "Simon Harris"},
        ],
    ),
    "surname_after_a_courtesy_title_is_a_person_whatever_word_it_is": (
        'The charity backed the plan.\n\n"It is a good day," Mr Law said.\n\n"It is long overdue," said Mrs Bank.',
        [
            {"quote": "It is a good day", "speaker": "Law", "speaker_kind": "person"},
            {"quote": "It is long overdue", "speaker": "Bank", "speaker_kind": "person"},
        ],
    ),
    "name_and_role_ending_the_sentence_after_a_quotation_credit_it_without_a_verb": (
        "Kelby Foods reported higher sales.\n\n"
        '"We are very pleased with the year," Tom J.R. Reed, Kelby\'s newly elected chairman.',
        [{"quote": "We are very pleased", "speaker": "Tom J.R. Reed", "role": "Kelby's newly elected chairman"}],
    ),
    "party_called_by_its_members_nickname_is_an_organisation": (
        '"This is a scandal," the Tories said.\n\n"It is wrong," the Lib Dems said.',
        [
            {"quote": "This is a scandal", "speaker": "Tories", "speaker_kind": "organization"},
            {"quote": "It is wrong", "speaker": "Lib Dems", "speaker_kind": "organization"},
        ],
    ),
    "the_force_is_the_police_service_named_before": (
        "Kelby Police has referred itself to the Independent Office for Police Conduct.\n\n"
        '"Inquiries are continuing," the force said.',
        [{"quote": "Inquiries are continuing", "speaker": "Kelby Police"}],
    ),
    "role_with_a_hyphenated_prefix_before_the_name_after_the_verb": (
        "The cafe opened a nursery for its staff.\n\n"
        '"Nobody should have to choose," said the cafe\'s co-owner Ada Lund.',
        [{"quote": "Nobody should have to choose", "speaker": "Ada Lund", "role": "the cafe's co-owner"}],
    ),
    "a_single_name_is_not_the_first_word_of_a_longer_name_met_later": (
        "Kelby reported a steep rise in sales on Saturday.\n\n"
        'Kelby said on Saturday that it had achieved the rise "despite the storms at the ports."\n\n'
        "The Kelby Model 3 sedan accounted for most of the sales.",
        [{"quote": "despite the storms", "kind": "fragment", "speaker": "Kelby"}],
    ),
    "the_company_is_the_business_named_only_as_a_subject_or_a_source": (
        "Phone carriers are waiving charges for calls to Eastern Europe.\n\n"
        "Calls to Poland and Romania will be free until March 10, according to Kelbytel.\n\n"
        '"We want to keep families connected," the company said.\n\n'
        "Likewise, Marlo announced that it had waived its roaming charges.\n\n"
        '"We are offering support to those who need it," the company said.\n\n'
        "Shares in Arden Telecom, which runs the lines to Poland, fell 4% on Tuesday. The company said it was "
        '"watching the situation closely."',
        [
            {"quote": "We want to keep families connected", "speaker": "Kelbytel"},
            {"quote": "We are offering support", "speaker": "Marlo"},
            {"quote": "watching the situation closely", "kind": "fragment", "speaker": "Arden Telecom"},
        ],
    ),
    "a_participle_after_an_inverted_reporting_clause_is_that_clauses_speakers": (
        "Calls to Poland will be free until March 10, according to Kelbytel.\n\n"
        "Landline customers will also have their charges waived, the company said, adding that "
        '"customers need not do anything."',
        [{"quote": "customers need not do anything", "kind": "fragment", "speaker": "Kelbytel", "as_written": "the company"}],
    ),
    "rules_after_a_name_is_the_plural_noun_not_a_ruling": (
        'Tom Reed replied to the post, adding that ESG rules "have been twisted beyond recognition."',
        [{"quote": "have been twisted", "kind": "fragment", "speaker": "Tom Reed"}],
    ),
    "they_after_a_quotation_is_the_group_named_by_its_trade_and_whose_it_is": (
        "In a Friday note to clients, the Kelby Bank economists – led by Tom Reed – projected seven rate rises.\n\n"
        '"The central bank is behind the curve," they wrote.\n\n'
        "Separately, the study cited analysts at Marlo Capital who expect slower growth.\n\n"
        '"Recent events will weigh on the economy," they added.',
        [
            {"quote": "The central bank is behind", "speaker": "Kelby Bank economists"},
            {"quote": "Recent events will weigh", "speaker": "analysts at Marlo Capital"},
        ],
    ),
    "name_in_a_clause_reported_around_a_fragment_is_not_the_he_who_reports_it": (
        "Tom Reed, the party chairman, spoke for an hour at the launch on Monday.\n\n"
        'And Ada Lund would be in the "very front line" of that campaign, he said.',
        [{"quote": "very front line", "kind": "fragment", "speaker": "Tom Reed", "as_written": "he"}],
    ),
    "firm_and_role_in_lower_case_before_a_name_are_the_persons_role": (
        '"Gilts will gain," said Halden and Co assistant manager Ada Lund.\n\n'
        '"It looks grim," said Kelby steelworkers union official Tom Reed.',
        [
            {"quote": "Gilts will gain", "speaker": "Ada Lund", "role": "Halden and Co assistant manager"},
            {"quote": "It looks grim", "speaker": "Tom Reed", "role": "Kelby steelworkers union official"},
        ],
    ),
    "institution_after_an_inverted_headline_verb_is_named_whole": (
        "Farm prices face a ‘painful reset’, warns Bank of Kelvia\n\n"
        "Lenders have been told to prepare for losses. \"Rates stay high,\" said Bank of Kelvia governor Ada Lund.",
        [
            {"quote": "painful reset", "kind": "fragment", "speaker": "Bank of Kelvia"},
            {"quote": "Rates stay high", "speaker": "Ada Lund", "role": "Bank of Kelvia governor"},
        ],
    ),
    "a_statement_quoted_paragraphs_later_is_its_issuers": (
        "Kelvia has condemned the blockade of the port, the Foreign Ministry said in a statement on Thursday.\n\n"
        '"We warn against any attempt to close the strait," the ministry added.\n\n'
        'The statement called Dornland a "reckless neighbour." Trade through the port has halved since March.',
        [
            {"quote": "We warn against", "speaker": "Foreign Ministry"},
            {"quote": "reckless neighbour", "kind": "fragment", "speaker": "Foreign Ministry", "as_written": "The statement"},
        ],
    ),
    "rank_abbreviation_before_a_name_is_the_persons_title": (
        '"We held the ridge," said Pvt. Tom Reed.\n\n"Nobody was hurt," Cpl. Ada Lund said.',
        [
            {"quote": "We held the ridge", "speaker": "Tom Reed", "role": "Pvt."},
            {"quote": "Nobody was hurt", "speaker": "Ada Lund", "role": "Cpl."},
        ],
    ),
    "someone_unnamed_is_a_speaker_as_written": (
        "The hall was full an hour before the show.\n\n“Is that the one with the phones?” someone asked me at the door.",
        [{"quote": "Is that the one", "speaker": "someone", "as_written": "someone"}],
    ),
    "short_words_after_a_capitalised_common_word_are_a_scare_quote": (
        'What comes across is a kind of surrealism, as the singers drift in and out of "realist" rooms.\n\n'
        'Critics fear the staging could turn "cruel by design" in a smaller hall.',
        [{"quote": "cruel by design", "kind": "fragment", "speaker": "Critics", "as_written": "Critics"}],
    ),
    "gerund_opening_a_list_item_is_not_a_speaker_nor_the_lists_date_its": (
        "Tom Reed, the mayor, set out his plan on Monday.\n\n - Repairing the flood walls breached in the storm of 2 March\n"
        ' - Hiring and training "every engineer we can find" before winter',
        [{"quote": "every engineer we can find", "kind": "fragment", "speaker": "", "date": "2022-04-04"}],
    ),
    "surname_that_is_an_organisation_word_is_a_person_the_text_calls_mr": (
        'Jack Hall, who runs the Kelby food bank, said demand had "never been higher".\n\n'
        'Mr Hall said donations had fallen. "We are running out," he said.',
        [
            {"quote": "never been higher", "kind": "fragment", "speaker": "Jack Hall", "speaker_kind": "person"},
            {"quote": "We are running out", "speaker": "Jack Hall", "as_written": "he"},
        ],
    ),
    "institution_named_of_a_place_at_a_sentences_start_is_named_whole": (
        'Lenders face a hard year.\n\nThe Bank of Kelvia also warns that "significant downside risks remain" in housing.',
        [{"quote": "significant downside risks", "kind": "fragment", "speaker": "Bank of Kelvia"}],
    ),
    "plural_people_noun_opening_a_sentence_speaks": (
        "The plan was published on Monday.\n\nCritics said the plan was \"a recipe for chaos\" in the wards.",
        [{"quote": "a recipe for chaos", "kind": "fragment", "speaker": "Critics", "as_written": "Critics"}],
    ),
    "role_noun_means_the_person_it_gave_evidence_under_an_alias": (
        "A nurse who raised the alarm about the ward told an inquiry on Tuesday that staff were afraid.\n\n"
        "The witness spoke from behind a screen using the pseudonym Jane Hart. Asked whether she had been warned, "
        'the witness replied: "Many times."',
        [{"quote": "Many times", "speaker": "Jane Hart", "as_written": "the witness"}],
    ),
    "it_is_the_body_the_sentence_before_has_for_subject": (
        "Airlines fear a tax on jet fuel.\n\nThe Kelby Aviation Authority sought to calm them on Thursday. "
        'It added that any levy "should not hinder" trade.',
        [{"quote": "should not hinder", "kind": "fragment", "speaker": "Kelby Aviation Authority", "as_written": "It"}],
    ),
    "it_said_after_a_body_that_spoke_after_a_clause_is_that_body": (
        "Reserves will run dry by April if the ceiling stays, the Lundmark Budget Office said on Thursday. "
        "“If the limit remains unchanged, the state runs out of cash,” it said.",
        [{"quote": "If the limit remains unchanged", "speaker": "Lundmark Budget Office", "as_written": "it"}],
    ),
    "the_group_is_the_association_that_just_spoke": (
        "The bill keeps the credit. The Kestrel Drive Association said in a statement late Friday it was pleased. "
        "“The credit supports innovation,” the group said.",
        [{"quote": "The credit supports innovation", "speaker": "Kestrel Drive Association", "as_written": "the group"}],
    ),
    "the_agent_of_a_passive_verb_is_the_speaker_of_its_fragment": (
        "The ministry on Monday released a study that was swiftly attacked as “junk science” by Anna Berg. "
        "It said the plant hit a depot, a claim “flatly rejected” by inquiry chairman Paulo Reyes.",
        [{"quote": "junk science", "speaker": "Anna Berg"}, {"quote": "flatly rejected", "speaker": "Paulo Reyes"}],
    ),
    "the_agent_before_the_fragment_of_a_passive_verb_is_its_speaker": (
        "Tom Reed defended the cuts. He has been accused by the opposition leader Anna Berg of “arrogance” "
        "and was described by union chief Paulo Reyes as “out of touch”.",
        [{"quote": "arrogance", "speaker": "Anna Berg"}, {"quote": "out of touch", "speaker": "Paulo Reyes"}],
    ),
    "the_full_text_of_someones_address_after_a_colon_is_theirs": (
        "Mayor Anna Berg spoke in a video address on Monday, the agency reports.\n\n"
        "Below is the full text of her address:\n\n“Dear friends!\n\nToday was hard.\n\n"
        "President Tom Reed answered in his nightly address.\n"
        "Below is the full text of the president's address:\n“Dear citizens!\nWe hear you.",
        [{"quote": "Dear friends!", "speaker": "Anna Berg"}, {"quote": "Dear citizens!", "speaker": "Tom Reed"}],
    ),
    "an_outlet_credited_at_the_end_of_a_speakers_sentence_only_carried_it": (
        "Mayor Anna Berg stated that the ban \"did not hold\" in the suburbs as \"looting continues\" there, "
        "the Lundmark Herald reported.",
        [{"quote": "did not hold", "speaker": "Anna Berg"}, {"quote": "looting continues", "speaker": "Anna Berg"}],
    ),
    "a_role_capitalised_after_the_is_the_one_who_holds_it": (
        "No ruling was made, the Minister for Health, Mr Tom Reed, told parliament.\n\nThe Minister said the delay "
        "\"is a very serious matter\".\n\nAda Lund has quit the Green Party. The MEP said she was \"ashamed\" of it.",
        [{"quote": "is a very serious matter", "speaker": "Tom Reed", "as_written": "The Minister"},
         {"quote": "ashamed", "speaker": "Ada Lund", "as_written": "The MEP"}],
    ),
    "an_institutions_official_title_with_for_the_and_of_is_one_speaker": (
        "The front will \"hold through winter,\" the Centre for the Study of Coastal Defence said. "
        "The Agency for the Protection of Northern Fisheries warned that stocks were \"close to collapse\".",
        [{"quote": "hold through winter", "speaker": "Centre for the Study of Coastal Defence"},
         {"quote": "close to collapse", "speaker": "Agency for the Protection of Northern Fisheries"}],
    ),
    "a_party_by_its_members_plural_speaks_as_a_body": (
        "The refuge has been closed for decades. Republicans say the coast is a “non wilderness area” because "
        "it was set aside for drilling.",
        [{"quote": "non wilderness area", "speaker": "Republicans"}],
    ),
    "a_place_and_a_role_of_several_words_before_the_name_after_said": (
        "Few expect the charge to hold. “It is, I think, laughable,” said Boston lawyer and former federal "
        "prosecutor Ada Lund.",
        [{"quote": "It is, I think, laughable", "speaker": "Ada Lund"}],
    ),
    "one_name_given_after_a_kin_noun_is_a_person_of_that_gender": (
        "Reed's sister, Ada Reed-Lund, said he was kind. His mother, Zarina, told reporters she last saw him in May. "
        "The arrest was a “total shock” to the family, she said.",
        [{"quote": "total shock", "speaker": "Zarina"}],
    ),
    "plural_senators_speak_as_written_not_the_next_speaker": (
        "Senators Ada Lund and Tom Reed wrote to the minister on Monday. “We request that the agency stop the "
        "scans,” the senators wrote. “It is a bouncer who never checked IDs,” said Laura Moy.",
        [{"quote": "We request that the agency", "speaker": "senators", "as_written": "the senators"},
         {"quote": "It is a bouncer", "speaker": "Laura Moy"}],
    ),
    "words_a_colon_introduces_ending_in_an_exclamation_are_the_colons_speakers": (
        "Ada Lund said she would stay on. Tom Reed has tweeted of Lund: “should resign now. SAD!” "
        "Ada Lund told reporters she had no plans to go.",
        [{"quote": "should resign now", "speaker": "Tom Reed"}],
    ),
    "words_running_on_into_narration_then_said_and_a_name": (
        "“This seems ideally suited to landlords,” said Tom Reed, a fellow at the institute. "
        "“The idea is to use the sum of the rule to get the full deduction” on more income, said law professor "
        "Ada Lund, in an email.",
        [{"quote": "This seems ideally", "speaker": "Tom Reed"}, {"quote": "The idea is", "speaker": "Ada Lund"}],
    ),
    "a_body_of_something_and_a_title_before_the_name": (
        "The strikes hit a depot, an assertion “flatly excluded” by U.N. Commission of Inquiry on Kestria Chairman "
        "Paulo Reyes. “We are ready,” said Bank of Lundmark Governor Mervyn Holt.",
        [{"quote": "flatly excluded", "speaker": "Paulo Reyes"}, {"quote": "We are ready", "speaker": "Mervyn Holt"}],
    ),
    "a_headline_label_that_is_a_role_is_the_person_the_lead_introduces": (
        "Kestrian envoy: 'We will not back down'\n\n"
        "LUND (Reuters) - Kestria will not yield on the border, its envoy to the talks said on Sunday. Ivan Petrov, "
        "who leads the delegation, said the talks must go on.",
        [{"quote": "We will not back down", "speaker": "Ivan Petrov", "as_written": "Kestrian envoy"}],
    ),
    "the_statement_after_a_body_said_in_a_statement_after_a_clause": (
        "The speaker was told of the claims on Monday, Reed’s office said in a statement. "
        "“The speaker takes his duty seriously,” the statement said.",
        [{"quote": "The speaker takes", "speaker": "Reed’s office", "as_written": "the statement"}],
    ),
    "a_group_after_an_opening_time_is_the_subject_of_a_participle": (
        "“If we drill, the herds die,” Ada Lund said in her letter.\n\nLast week, a group of scientists whose work "
        "focuses on the Arctic asked senators to keep the refuge closed, saying that drilling would be “incompatible "
        "with its purpose.”",
        [{"quote": "If we drill", "speaker": "Ada Lund"},
         {"quote": "incompatible with its purpose", "speaker": "a group of scientists"}],
    ),
    "one_word_titled_once_is_a_name_for_he_later": (
        "Special counsel Tom Lund's inquiry into President Reed's campaign goes on, whatever Reed's allies say of "
        "Lund's team. Reed himself seemed to undercut his allies in an interview in which he said he expected "
        "Lund was “going to be fair.”",
        [{"quote": "going to be fair", "speaker": "Reed", "as_written": "he"}],
    ),
    "that_after_a_speech_verb_opens_the_reported_clause_not_a_speaker": (
        "In a statement issued on Monday, the regulatory body said that a complaint had been lodged against two clerks.\n\n"
        "“The clerks asked the farmer for money,” the statement said.",
        [{"quote": "a complaint had been lodged", "kind": "paraphrase", "speaker": "regulatory body"},
         {"quote": "The clerks asked", "speaker": "regulatory body", "as_written": "the statement"}],
    ),
    "initials_of_a_title_written_before_the_name_are_that_person": (
        "The law was welcomed by the Attorney General, Mr Kofi Mensah, at a ceremony in Accra.\n\n"
        "“Training for prosecutors will begin next month,” the AG said.",
        [{"quote": "Training for prosecutors", "speaker": "Kofi Mensah", "as_written": "AG"}],
    ),
    "a_statement_issued_by_someone_speaks_in_their_words": (
        "Parliament approved the new rules on Friday.\n\n"
        "A statement issued by the Ombudsman, Ms Ama Owusu, on Tuesday welcomed the vote.\n\n"
        "“No file will be closed before the families are heard,” the statement added.",
        [{"quote": "No file will be closed", "speaker": "Ama Owusu", "as_written": "the statement"}],
    ),
    "a_name_in_a_list_of_names_is_not_whom_she_means": (
        "A Lindford widow is asking for help after the murder of her husband, Hans Berger.\n\n"
        "Tom Aku, Ben Shilongo and Petra Nande are facing charges of murder in the High Court.\n\n"
        "“It has been very difficult as a widow,” she says.",
        [{"quote": "It has been very difficult", "speaker": "", "as_written": "she"}],
    ),
    "a_subject_called_by_her_given_name_is_whom_she_means": (
        "The fire at the bakery on Market Road took the family's savings.\n\n"
        "Mary-Jane lost her shop and her van in the blaze. Kofi Aku and Yaw Tetteh helped put it out.\n\n"
        "“We will rebuild it for our children,” she says.",
        [{"quote": "We will rebuild it", "speaker": "Mary-Jane", "as_written": "she"}],
    ),
    "countries_of_africa_and_asia_speak_as_countries": (
        "“We will repay every creditor,” Ghana said on Monday.\n\n"
        "“The talks were useful,” the Kenyan government said.",
        [{"quote": "We will repay", "speaker": "Ghana", "speaker_kind": "country"},
         {"quote": "The talks were useful", "speaker": "Kenya", "speaker_kind": "country"}],
    ),
    "a_title_after_a_country_adjective_is_whoever_holds_it": (
        "Kelvia no longer needs the debt freeze, Economics Minister Tomas Rendon said on Monday.\n\n"
        "The Nigerian Economics Minister explained that the money was for the rebuilding of the port.",
        [{"quote": "the money was for", "kind": "paraphrase", "speaker": "Tomas Rendon", "as_written": "Economics Minister"}],
    ),
    "words_named_in_passing_that_nothing_marks_as_a_person_are_not_he": (
        "The opposition caucus has answered the central bank's press release of Tuesday.\n\n"
        "In a statement signed by Dr. Cassius Oduro Boateng, MP, Kelby Central and Ranking Member, "
        "Finance Committee, he stated that the bank merely resorts to “sophistry and candid rationalisation.”\n\n"
        "“Information at page 97 discredits the claims of the bank,” he said.",
        [{"quote": "sophistry and candid", "speaker": "Cassius Oduro Boateng", "as_written": "he"},
         {"quote": "Information at page 97", "speaker": "Cassius Oduro Boateng", "as_written": "he"}],
    ),
    "quote_paragraph_below_a_persons_told_words_goes_on_in_their_voice": (
        "One of the key benefits of the project would be escalators up to the university, Ada Lund said.\n\n"
        "“We are still expecting growth in the city centre over time.”\n\n"
        "This, she said, cannot be right, considering what the review of the council reports.\n\n"
        "“How can the council claim to spend money it has already spent?”",
        [{"quote": "We are still expecting", "speaker": "Ada Lund"},
         {"quote": "How can the council", "speaker": "Ada Lund"}],
    ),
    "a_title_after_the_names_comma_that_no_comma_closes_is_the_persons": (
        "Dr Kojo Ato Mensah, Ranking Member on Finance has stated that the public debt will reach 90 percent of output.\n\n"
        "Mr Ama Owusu, Managing Director of Kelby Bank said the bank would lend more.",
        [{"quote": "the public debt will reach", "kind": "paraphrase", "speaker": "Kojo Ato Mensah"},
         {"quote": "the bank would lend more", "kind": "paraphrase", "speaker": "Ama Owusu"}],
    ),
    "the_police_are_the_force_named_before_not_its_headquarters": (
        "Officers of the Kelby Police Force (KPF) met the suspect at the border and took her straight to Police Headquarters.\n\n"
        "The police issued a statement, and below is the full statement:\n\n"
        "\"The Inspector General of Police hereby notifies the public that the suspect is in custody.\n\n"
        "\"The public is warned to desist from taking the law into their own hands.\"",
        [{"quote": "The Inspector General of Police", "speaker": "Kelby Police Force"},
         {"quote": "The public is warned", "speaker": "Kelby Police Force"}],
    ),
    "a_court_that_was_told_heard_the_words_and_a_magistrate_is_a_title": (
        "On Tuesday, Kelby Local Court was told the activist was released with “very arduous bail conditions”.\n\n"
        "Her lawyer Tom Reed told the court the conditions ban her from the city.\n\n"
        "Magistrate Daniel Covington said he was “grappling” with the curfew.\n\n"
        "He ruled to delete the condition, leaving the other “fairly strict bail conditions” intact.",
        [{"quote": "very arduous bail conditions", "kind": "fragment", "speaker": ""},
         {"quote": "grappling", "kind": "fragment", "speaker": "Daniel Covington", "role": "Magistrate"},
         {"quote": "fairly strict bail conditions", "kind": "fragment", "speaker": "Daniel Covington", "as_written": "He"}],
    ),
    "a_party_its_abbreviation_and_a_title_before_a_name_are_the_persons_role": (
        "Chen Wei-ting announced his resignation last week.\n\n"
        "Kelby Democratic Party (KDP) Legislator Lin Mei-hua (林美華) excoriated Chen for “using the country to "
        "look important,” implying that he had a choice.",
        [{"quote": "using the country", "kind": "fragment", "speaker": "Lin Mei-hua",
          "role": "Kelby Democratic Party (KDP) Legislator"}],
    ),
    "an_inverted_attribution_ending_a_fragments_sentence_is_its_speaker": (
        "Rail passengers will be offered “door-to-door” service to reach their final destination in comfort, "
        "said a top official from Kelby Rail.",
        [{"quote": "door-to-door", "kind": "fragment", "speaker": "a top official from Kelby Rail"}],
    ),
    "a_line_naming_the_speaker_without_a_verb_introduces_the_quotation_below": (
        "The delivery firm has grown fast since it launched four years ago.\n\n"
        "Amina Benali, is a support employee at the company's call centre\n\n"
        "\"When I came, we were only in two cities, but now we are everywhere.\"",
        [{"quote": "When I came", "speaker": "Amina Benali"}],
    ),
    "one_quoted_as_saying_is_the_speaker_not_the_paper": (
        "The vote was called on Monday.\n\nThe Kelby Herald quoted a senior party official as saying the rebels were "
        '"too selfish" in their demands. The paper also quoted Ada Lund, a councillor, as saying: "We will not give in."',
        [
            {"quote": "too selfish", "kind": "fragment", "speaker": "a senior party official"},
            {"quote": "We will not give in", "speaker": "Ada Lund"},
        ],
    ),
    "unnamed_official_is_not_the_person_named_last": (
        "Tom Reed and Ada Lund agreed to meet on Monday, a source in the government said.\n\n"
        '"They will talk about the budget," the unnamed official was quoted by the Kelby Herald as saying.',
        [{"quote": "They will talk", "speaker": "the unnamed official"}],
    ),
    "name_after_the_comma_of_a_role_with_its_body": (
        "The casket arrived at noon.\n\n"
        '"We receive the body of our brother," said the church\'s rector, Reverend Tom Reed.\n\n'
        '"We must act before it is too late," said UNICEF\'s Kelby representative, Ada Lund.',
        [
            {"quote": "We receive the body", "speaker": "Tom Reed"},
            {"quote": "We must act", "speaker": "Ada Lund", "role": "UNICEF's Kelby representative"},
        ],
    ),
    "one_described_by_age_is_the_person_talked_about": (
        "Ada Lund was celebrating on Tuesday after winning her fourth title.\n\n"
        "Lund, who has said she will retire next year, took the doubles with Sam Cole.\n\n"
        '"I never thought about records," said the 25-year-old, who is the reigning champion.\n\n'
        '"I am tired now," the 25-year-old said.',
        [
            {"quote": "I never thought", "speaker": "Ada Lund", "as_written": "the 25-year-old"},
            {"quote": "I am tired", "speaker": "Ada Lund"},
        ],
    ),
    "here_between_a_speaker_and_the_verb_is_the_dateline_place": (
        "The rebels say they are close to the capital.\n\n"
        '"What difference is there between the two men," a diplomat here asked on Saturday.\n\n'
        '"We will not leave," an official there said.',
        [
            {"quote": "What difference", "speaker": "a diplomat"},
            {"quote": "We will not leave", "speaker": "an official"},
        ],
    ),
    "quotation_below_a_paragraph_about_the_one_just_quoted_is_theirs": (
        'The claim was denied on Saturday.\n\n"There are many impostors in this game," Tom Reed said.\n\n'
        "He named one of them as Sam Cole, who says he is the king's son.\n\n"
        '"Cole smokes cigars like the king and never pays the bill."\n\n'
        "Ada Lund, a lawyer for Cole, was not available for comment.\n\n"
        '"It is all lies."',
        [
            {"quote": "There are many", "speaker": "Tom Reed"},
            {"quote": "Cole smokes cigars", "speaker": "Tom Reed"},
            {"quote": "It is all lies", "speaker": ""},
        ],
    ),
    "press_secretary_is_the_spokesman_not_a_secretary_of_state": (
        "Defence Secretary Tom Reed takes up his post on Monday.\n\n"
        '"Many people will be involved," government spokeswoman Ada Lund said on Friday.\n\n'
        '"But, in the end," added the press secretary, the premier "is the one who decides."',
        [
            {"quote": "Many people", "speaker": "Ada Lund"},
            {"quote": "But, in the end", "speaker": "Ada Lund", "as_written": "the press secretary"},
            {"quote": "is the one who decides", "kind": "fragment", "speaker": "Ada Lund"},
        ],
    ),
    "two_names_with_an_unclosed_role_before_the_verb_give_the_last": (
        "Some experts say the options have run out.\n\n"
        '"Policy must come to grips with two realities," Ada Lund and Tom Reed, two Kelby Institute experts wrote.',
        [{"quote": "Policy must come", "speaker": "Tom Reed"}],
    ),
    "paragraphs_quoted_above_a_credited_one_are_the_same_statements": (
        "The council met on Tuesday.\n\n"
        '"We acknowledge that the police must be allowed to complete their work.\n\n'
        '"In the circumstances, the mayor will reserve any further comment."\n\n'
        '"We feel that such an approach is right," the statement said.\n\nThe hall was quiet.\n\n"Long live the republic."',
        [
            {"quote": "We acknowledge", "speaker": "statement"},
            {"quote": "In the circumstances", "speaker": "statement"},
            {"quote": "We feel that", "speaker": "statement"},
            {"quote": "Long live", "speaker": ""},
        ],
    ),
    "one_quoted_and_identified_by_name_as_saying": (
        "The claim was denied on Saturday.\n\n"
        "The state weekly, in a dispatch from Rome, quoted the former Miss Kelby identified as Ada Lund, on Saturday "
        'as saying "I was the wife of the king."',
        [{"quote": "I was the wife", "speaker": "Ada Lund"}],
    ),
    "judgement_of_a_figure_is_the_sentence_subjects": (
        "The agency released its report on Tuesday.\n\n"
        'The study showed that a "staggering" 75 percent of hotel staff thought it was acceptable.\n\n'
        'He bought a restaurant - a "philanthropub" that gives its profits away.',
        [{"quote": "staggering", "kind": "fragment", "speaker": "study"}],
    ),
    "retired_role_never_introduced_is_the_one_just_quoted": (
        "Calls to send more troops got a cold reply on Sunday from a former chief of staff, Tom Reed.\n\n"
        'Reed, who later became a minister, said that "we are losing" the war.\n\n'
        '"I do not see victory in the cards right now," the retired general told a television station.',
        [
            {"quote": "we are losing", "kind": "fragment", "speaker": "Tom Reed"},
            {"quote": "I do not see victory", "speaker": "Tom Reed", "as_written": "the retired general"},
        ],
    ),
    "given_name_that_is_also_an_organisation_word_opens_a_persons_name": (
        "President Tom Reed will meet the rebels on Friday on board a ship, US envoy Bill Cole announced here.\n\n"
        "The talks will take place in international waters, he added.\n\n"
        '"I am pleased to announce that both have agreed to talks," he said.',
        [{"quote": "I am pleased", "speaker": "Bill Cole", "as_written": "he"}],
    ),
    "arabic_article_in_lower_case_opens_a_name": (
        "Sudanese President Omer al-Bashir met the envoy on Sunday.\n\n"
        '"We refuse any foreign force," al-Bashir said.\n\n'
        'Foreign Minister Ali el-Samani said that "peace is near." Al-Bashir called the talks "useful."',
        [
            {"quote": "We refuse", "speaker": "Omer al-Bashir", "as_written": "al-Bashir"},
            {"quote": "peace is near", "kind": "fragment", "speaker": "Ali el-Samani"},
            {"quote": "useful", "kind": "fragment", "speaker": "Omer al-Bashir"},
        ],
    ),
    "sentence_opened_by_its_speech_verb_names_the_speaker_after_it": (
        "Reed spat at Cole in the second quarter.\n\n"
        '"I got frustrated and I apologise," Reed said.\n\nSaid Cole, "I lost all respect for the guy."\n\n'
        'Added Ada Lund: "It was shameful."',
        [
            {"quote": "I got frustrated", "speaker": "Reed"},
            {"quote": "I lost all respect", "speaker": "Cole"},
            {"quote": "It was shameful", "speaker": "Ada Lund"},
        ],
    ),
    "outlet_named_after_what_it_is_speaks_by_its_name": (
        "The summit ended on Monday without a deal.\n\n"
        '"There is a deep divergence of views," said the Kelby-based Spanish daily La Voz in an editorial.',
        [{"quote": "There is a deep", "speaker": "La Voz", "as_written": "the Kelby-based Spanish daily La Voz"}],
    ),
    "fragment_in_a_sentence_opened_by_for_someone_is_their_view": (
        "The summit ended on Monday with a code of conduct.\n\n"
        "For Prime Minister Ada Lund, whose country holds the presidency, the text was "
        '"as strong as you could possibly have."',
        [{"quote": "as strong as", "kind": "fragment", "speaker": "Ada Lund"}],
    ),
    "speaker_after_an_according_to_source_is_who_speaks": (
        "The plane crashed on Monday.\n\n"
        "According to a detailed report from the local Kelby news agency, Tom Reed, the spokesman for the aviation "
        'authority, said the plane "crashed at the end of the runway."\n\nAccording to the ministry, the talks were "useful."',
        [
            {"quote": "crashed at the end", "kind": "fragment", "speaker": "Tom Reed"},
            {"quote": "useful", "kind": "fragment", "speaker": "ministry"},
        ],
    ),
    "body_named_by_the_and_its_acronym_opens_a_sentence_as_its_subject": (
        "Kelby Bank made a formal offer for the exchange on Thursday.\n\n"
        'Last week, the KSE had rejected an informal offer from the bank, describing it as "derisory".',
        [{"quote": "derisory", "kind": "fragment", "speaker": "KSE"}],
    ),
    "unattributed_quote_has_no_speaker": (
        "The hall was quiet.\n\n“Long live the republic.”",
        [{"quote": "Long live the republic", "speaker": ""}],
    ),
    "junior_after_a_name_tells_a_man_for_the_next_he": (
        'Sam Ortiz, who signed a new deal in May, said he found the idea "worth a try".\n\n'
        'Marcus Tandy Jr., a newcomer to the club, said the new stadium felt "like home already."\n\n'
        '"Everyone here made me welcome from the first day," he said.',
        [
            {"quote": "worth a try", "speaker": "Sam Ortiz"},
            {"quote": "like home already", "speaker": "Marcus Tandy Jr"},
            {"quote": "Everyone here made me", "speaker": "Marcus Tandy Jr", "as_written": "he"},
        ],
    ),
    "people_a_collective_noun_counts_speak_as_counted": (
        "On Monday, a group of 40 Kelby-based doctors who treat children asked the council to keep the clinic "
        'open, saying that closing it would be "a grave mistake for the valley." An audit of the scheme by nine '
        'economists, most of them retired, said the costs were "far higher than anyone was told."',
        [
            {"quote": "a grave mistake", "speaker": "a group of 40 Kelby-based doctors"},
            {"quote": "far higher than", "speaker": "nine economists"},
        ],
    ),
    "analysts_note_nobody_issues_is_the_rating_firms": (
        "Kelby Foods shares fell 3% on Tuesday after the snack maker was downgraded to sell from hold at Arden "
        'Securities on worries about costs. Sales rose 4% last year. "The easy gains are behind it," the note said. '
        'Revenue was $2 billion. "Margins will shrink," the note said.',
        [
            {"quote": "The easy gains", "speaker": "Arden Securities", "as_written": "the note"},
            {"quote": "Margins will shrink", "speaker": "Arden Securities"},
        ],
    ),
    "body_named_before_its_acronym_and_an_aside_speaks_and_is_it": (
        '"The cameras are a menace," the senators wrote. Parliament approved the scheme in 2019. The Office for Road '
        'Safety and Licensing (ORSL), on its website, says the cameras record "every vehicle on the motorway" each day. It says the footage is kept for a month and '
        'says that "ORSL never shares it with advertisers."',
        [
            {"quote": "every vehicle on", "speaker": "Office for Road Safety and Licensing",
             "as_written": "Office for Road Safety and Licensing"},
            {"quote": "ORSL never shares", "speaker": "Office for Road Safety and Licensing", "as_written": "It"},
            {"quote": "The cameras are a menace", "speaker": "senators"},
        ],
    ),
    "a_bodys_website_speaks_for_the_body_named_before": (
        "The governor named Ada Lund, a professor at the Arden College of Nursing, to the board on Friday. "
        'The nursing college\'s website says its course is "built around the ward, not the lecture hall."',
        [{"quote": "built around the ward", "speaker": "Arden College of Nursing"}],
    ),
    "a_documents_finding_is_its_issuers_words": (
        '"We ask you to halt the rollout," the senators wrote. They cited a study published Monday by Arden '
        "University Law School's Center on Privacy & Technology that found the agency scans faces "
        '"without any meaningful oversight." Kelby College also issued a report on Tuesday showing the plan would add '
        '$2 billion to the deficit, "even on the kindest assumptions."',
        [
            {"quote": "We ask you", "speaker": "senators"},
            {"quote": "without any meaningful", "speaker": "Arden University Law School's Center on Privacy & Technology"},
            {"quote": "even on the kindest", "speaker": "Kelby College"},
        ],
    ),
    "fragments_of_a_sentence_ending_he_said_are_his": (
        'Tom Reed, the team\'s star, said on Thursday that a crypto salary was "possible" within years.\n\n'
        'It will only take one "pioneer" working for a club with "vision" and "nerve" to sign a player who wants '
        'a contract "to show the way" for the rest of the league, he said.',
        [
            {"quote": "possible", "speaker": "Tom Reed"},
            {"quote": "pioneer", "speaker": "Tom Reed", "as_written": "he"},
            {"quote": "vision", "speaker": "Tom Reed", "as_written": "he"},
            {"quote": "nerve", "speaker": "Tom Reed", "as_written": "he"},
            {"quote": "to show the way", "speaker": "Tom Reed", "as_written": "he"},
        ],
    ),
    "a_trade_and_its_name_after_a_place_adjective_issue_the_report": (
        '"Fibre will reach every village by 2030," according to a study published by Leeds-based research firm '
        "Corvane.",
        [{"quote": "Fibre will reach", "speaker": "Corvane"}],
    ),
    "stray_comma_between_a_speaker_and_told_keeps_the_speaker": (
        "The fair opened in Leeds on Monday.\n\n"
        '"Everything is going online," Maya Kerr from the Kelby Retail Association, told the local radio station.',
        [{"quote": "Everything is going online", "speaker": "Maya Kerr"}],
    ),
    "an_age_noun_is_the_person_last_named": (
        "Kelby have signed Arden midfielder Paul Grange until the end of the season.\n\n"
        '"It was an easy decision," the 31-year-old told the club\'s website.',
        [{"quote": "It was an easy decision", "speaker": "Paul Grange", "as_written": "the 31-year-old"}],
    ),
    "a_speech_verb_nearer_the_words_beats_according_to": (
        "According to court papers that were made public on Monday, Tom Reed, a former aide, said at a June 2, 2021, "
        'meeting of the board "that the money was never there."',
        [{"quote": "that the money", "speaker": "Tom Reed", "date": "2021-06-02"}],
    ),
    "two_people_as_one_subject_credit_the_first_named": (
        'Quarterly deliveries were "a step in the right direction," Ada Lund and Tom Reed of Kelby Securities '
        "said in a note on Saturday.",
        [{"quote": "a step in the right", "speaker": "Ada Lund", "role": "of Kelby Securities"}],
    ),
    "a_headlines_name_and_plural_noun_after_says_is_no_verb": (
        "Reed says Lund charges 'years old'; report includes 2021\n\n"
        'WASHINGTON (Reuters) - President Tom Reed on Monday said the charges against Ada Lund were "old news".',
        [
            {"quote": "years old", "speaker": "Tom Reed", "as_written": "Reed"},
            {"quote": "old news", "speaker": "Tom Reed"},
        ],
    ),
    "a_possessive_speech_noun_after_a_preposition_is_the_possessors": (
        '"We will halve emissions by 2030," Tom Reed said at a rally on Monday.\n\n'
        'Critics have accused Reed of backtracking on his campaign promises to "end coal within a decade."',
        [
            {"quote": "We will halve", "speaker": "Tom Reed"},
            {"quote": "end coal within", "speaker": "Tom Reed", "as_written": "his"},
        ],
    ),
    "a_block_quote_after_a_colon_is_the_first_named_writers": (
        "Aides to the governor gathered signatures in seven counties.\n\n"
        "As Kelby Post reporters Ada Lund, Tom Reed and Sam Cole write:\n\n"
        '"The aides planned the effort county by county, the sources told the paper.", The aim? To have Mayor Ian Holt '
        "declare the count void.",
        [{"quote": "The aides planned", "speaker": "Ada Lund"}],
    ),
    "a_party_named_as_the_plural_subject_speaks_its_fragment": (
        'Ministers published the bill on Monday. The Conservatives have expressed "grave misgivings" about its cost.',
        [{"quote": "grave misgivings", "speaker": "Conservatives"}],
    ),
    "names_joined_as_objects_or_across_clauses_are_no_pair": (
        "The gala drew stars like Ada Lund, Sam Cole and Tom Reed, who joked of the hall, \"I have not seen it yet.\" "
        'His rival is Ian Holt and Maya Kerr says that he is "the best in the league."',
        [
            {"quote": "I have not seen", "speaker": "Tom Reed"},
            {"quote": "the best in the league", "speaker": "Maya Kerr"},
        ],
    ),
    "a_body_named_by_a_role_word_is_no_title": (
        'Tom Reed, chief executive of Kelby Water, said bills would rise. "We have no choice," he said.\n\n'
        'The Welsh Executive has insisted the scheme is "fully funded".',
        [
            {"quote": "We have no choice", "speaker": "Tom Reed"},
            {"quote": "fully funded", "speaker": "Welsh Executive"},
        ],
    ),
    "a_charity_named_concern_is_a_body_not_she": (
        "Maria Lopez, a pensioner in Leeds, said her bills had doubled.\n\n"
        'Elder Concern said older people faced "a winter of misery". "I have never been so cold," she said.',
        [
            {"quote": "a winter of misery", "speaker": "Elder Concern"},
            {"quote": "I have never been", "speaker": "Maria Lopez", "as_written": "she"},
        ],
    ),
    "a_school_at_a_university_speaks_by_the_whole_name": (
        "Kelby Business School at the University of Arden also issued a report on Monday finding the plan would add "
        '$1 trillion to the debt, "even with generous assumptions."',
        [{"quote": "even with generous", "speaker": "Kelby Business School at the University of Arden"}],
    ),
    "given_name_of_either_sex_does_not_block_she": (
        'Wardens will get new powers to stop drivers, the council said on Monday. Union organiser Jan Moore said '
        'the wardens had been given "no training at all" for it.\n\n'
        '"They are not police officers and should never be asked to act like them," she said.',
        [
            {"quote": "no training at all", "speaker": "Jan Moore"},
            {"quote": "They are not police", "speaker": "Jan Moore", "as_written": "she"},
        ],
    ),
    "title_to_a_place_of_two_words_before_a_name": (
        "Trade across the strait will keep growing, Chinese Ambassador to the United States Lin Haoran said on Monday.\n\n"
        '"We are ready to work with every partner," Lin said at a reception.\n\n'
        '"The door stays open," the Chinese ambassador added.',
        [
            {"quote": "We are ready", "speaker": "Lin Haoran", "role": "Chinese Ambassador to the United States"},
            {"quote": "The door stays open", "speaker": "Lin Haoran"},
        ],
    ),
    "honour_written_before_a_name_is_neither_name_nor_role": (
        "Transport Minister Datuk Seri Hamid Tun Ismail said on Monday that the ferry link would reopen next month.\n\n"
        '"The repairs are done," he said.\n\n'
        'Tan Sri Aziz Rahman, who chairs the port board, said the berths were "ready for the first sailing."',
        [
            {"quote": "The repairs are done", "speaker": "Hamid Tun Ismail", "role": "Transport Minister"},
            {"quote": "ready for the first", "speaker": "Aziz Rahman"},
        ],
    ),
    "claim_made_by_someone_or_made_by_them_is_their_words": (
        'Mayor Ada Lund reportedly made an improper remark that "the bridge is finished" while visiting the site.\n\n'
        'The audit was a response to the allegation made by critics that "the city has no money left."\n\n'
        'The council rejected the claim by the drivers\' union that "the depot is unsafe."',
        [
            {"quote": "the bridge is finished", "kind": "fragment", "speaker": "Ada Lund"},
            {"quote": "the city has no money", "kind": "fragment", "speaker": "critics"},
            {"quote": "the depot is unsafe", "kind": "fragment", "speaker": "drivers' union"},
        ],
    ),
    "dateline_is_no_part_of_the_leads_first_sentence": (
        "ARDEN, May 4 (Kelnews) -- Kelvian Foreign Ministry spokesman Tom Reed said on Sunday that the visit was planned.\n\n"
        '"It is on the agenda," the spokesman said.',
        [
            {"quote": "the visit was planned", "kind": "paraphrase", "speaker": "Tom Reed"},
            {"quote": "It is on the agenda", "speaker": "Tom Reed", "role": "Kelvian Foreign Ministry spokesman"},
        ],
    ),
    "titled_name_after_a_dateline_is_the_leads_subject": (
        "ARDEN, May 4 (Kelnews) -- Kelby Alliance (KA) chairman Datuk Seri Hamid Tun Ismail has called on voters to "
        "remain calm and place their trust on the Yang di-Pertuan Agong Sultan Idris Shah to appoint the prime minister.\n\n"
        "He said no party had won a majority in the election.\n\n"
        '"The count will be fair," he told reporters.',
        [{"quote": "The count will be fair", "speaker": "Hamid Tun Ismail", "as_written": "he"}],
    ),
    "nickname_in_quotation_marks_is_no_part_of_the_name_nor_a_statement": (
        "Former Kelvian President Tomás “Toto” Varela has left politics, but his remarks still make headlines.\n\n"
        "This time the veteran leader argues that the only answer is “to leave the trade without a market,” "
        "though he added that the world lacked the “courage” for it.\n\n"
        '"We were too timid," said Ana "Nena" Ruiz on Monday.',
        [
            {"quote": "to leave the trade", "kind": "fragment", "speaker": "Tomás Varela"},
            {"quote": "courage", "kind": "fragment", "speaker": "Tomás Varela"},
            {"quote": "We were too timid", "speaker": "Ana Ruiz"},
        ],
    ),
    "nickname_between_a_speech_verb_and_the_surname_does_not_cut_the_name": (
        '"We will win the runoff," said Maria Luísa "Malu" dos Santos on Monday.',
        [{"quote": "We will win the runoff", "speaker": "Maria Luísa dos Santos"}],
    ),
    "particles_within_a_name_after_the_verb_are_part_of_it": (
        '"The harvest will be late," said Marta Gómez de la Vega, who heads the growers\' union.\n\n'
        '"Prices will rise," said Pieter van den Berg on Monday.',
        [
            {"quote": "The harvest will be late", "speaker": "Marta Gómez de la Vega"},
            {"quote": "Prices will rise", "speaker": "Pieter van den Berg"},
        ],
    ),
    "where_a_body_said_it_is_no_part_of_the_speaker": (
        "Kelby Watch criticised the dam on Monday.\n\n"
        "“The valley will flood within a decade,” said the group in a statement.\n\n"
        '"Calculators will have to wait," said an Arden Bank official in a briefing.',
        [
            {"quote": "The valley will flood", "speaker": "Kelby Watch", "as_written": "the group"},
            {"quote": "Calculators will have", "speaker": "an Arden Bank official"},
        ],
    ),
    "fragment_after_an_inverted_attribution_and_a_participle_is_the_same_speakers": (
        "Interior Minister Ana Ruiz defended the new levy on Friday.\n\n"
        '"We had no other choice," said the minister, adding that the money “will go to the hospitals.”',
        [
            {"quote": "We had no other choice", "speaker": "Ana Ruiz"},
            {"quote": "will go to the hospitals", "kind": "fragment", "speaker": "Ana Ruiz", "as_written": "the minister"},
        ],
    ),
    "one_interviewee_is_a_person_not_whom_they_told": (
        "The inspectors spoke to 56 cadets at the academy.\n\n"
        "“We were made to run until we fell,” one interviewee told the authors of the report.",
        [{"quote": "We were made to run", "speaker": "one interviewee"}],
    ),
    "sentence_opened_by_its_speech_verb_then_the_speaker_and_the_quotation": (
        "Talks on the new season have reached an advanced stage.\n"
        "Informs a source close to the show, “We are in talks with Ravi and the deal will be signed soon.”\n"
        "Explains Ravi Menon: “I have not said yes to anything yet.”",
        [
            {"quote": "We are in talks with Ravi", "speaker": "a source"},
            {"quote": "I have not said yes", "speaker": "Ravi Menon"},
        ],
    ),
    "latin_american_government_by_its_demonym_is_the_country": (
        "The talks in The Hague ended on Monday.\n\n"
        "“We will not give up the river,” the Bolivian government said. "
        "The Paraguayan foreign ministry called the ruling “a step forward.”",
        [
            {"quote": "We will not give up", "speaker": "Bolivia"},
            {"quote": "a step forward", "kind": "fragment", "speaker": "Paraguayan foreign ministry"},
        ],
    ),
    "it_is_the_body_the_sentence_before_opens_with_not_one_that_spoke_earlier": (
        "Chile argued on Monday that the river flows into its territory naturally. Bolivia disagrees. "
        "It maintains that the water is only “artificially” Chilean.",
        [{"quote": "artificially", "kind": "fragment", "speaker": "Bolivia", "as_written": "It"}],
    ),
    "quotation_on_a_list_item_is_the_heading_names": (
        "Here is what the forecasters in Lindford expect:\n\n"
        "Ana Ruiz, Banco Sur\n– Forecast: 8 percent\n– “Rates will have to rise before the winter”\n"
        "Tom Reed, Kelby Partners\n– Forecast: 6 percent\n– “We see the peak behind us already”\n\n"
        "Dana Holt, Arden Capital\n– Forecast: 7 percent\n\n– “Nobody can tell what the harvest will bring”",
        [
            {"quote": "Rates will have to rise", "speaker": "Ana Ruiz"},
            {"quote": "We see the peak", "speaker": "Tom Reed"},
            {"quote": "Nobody can tell", "speaker": "Dana Holt"},
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_attribute_patterns(assert_extracts, name):
    text, expected = CASES[name]
    assert_extracts(text, expected)


def _zhang_registry() -> Registry:
    return Registry(people={
        "zhang-jun": Person(key="zhang-jun", name="Zhang Jun", aliases=("Zhang", "Ambassador Zhang"),
                            roles=(Role("Permanent Representative of China to the United Nations", since=dt.date(2019, 9, 1)),)),
    })


def test_attribute_registry_alias_gives_key_name_and_role_at_the_time(assert_extracts):
    found = assert_extracts(
        "“Peace is the only goal,” Ambassador Zhang said on Tuesday.",
        [{"quote": "Peace is the only goal", "speaker": "Zhang Jun", "role": "Permanent Representative of China to the United Nations"}],
        registry=_zhang_registry(),
    )
    assert found[0].speaker == "zhang-jun"


def test_attribute_registry_role_is_the_one_held_then(assert_extracts):
    found = assert_extracts(
        "“Peace is the only goal,” Zhang said on 5 April 2018.",
        [{"quote": "Peace is the only goal", "speaker": "Zhang Jun"}],
        registry=_zhang_registry(),
    )
    assert found[0].role is None  # the role started in 2019


def test_attribute_surname_of_someone_the_text_named_is_not_the_registry_namesake(assert_extracts):
    assert_extracts(
        "Ling Zhang, an engineer based in the district, said she had stopped reading the announcements.\n\n"
        "“I have got used to it,” Zhang said.",
        [{"quote": "I have got used to it", "speaker": "Ling Zhang", "as_written": "Zhang"}],
        registry=_zhang_registry(),
    )
