"""The quote-and-speaker extractor: spans, speakers, roles, channels, statement vs scare."""
import json
from pathlib import Path

import pytest

from analysis.quotes import find_quotes

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def only(body: str):
    quotes = find_quotes(body)
    assert len(quotes) == 1, quotes
    return quotes[0]


def seed_body(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return "\n\n".join(line for line in lines if line)


# ---------------------------------------------------------------- finding quotation spans


def test_a_straight_quote_spans_the_words_inside_the_marks():
    body = 'The mayor spoke. "We will rebuild," she said.'
    quote = only(body)
    assert body[quote.start:quote.end] == "We will rebuild,"
    assert quote.text == "We will rebuild,"


def test_curly_quotes_are_found():
    assert only("“We will rebuild,” she said.").text == "We will rebuild,"


def test_british_single_quotes_around_words_are_quotes():
    assert only("‘We will rebuild,’ she said.").text == "We will rebuild,"


def test_apostrophes_are_never_quote_marks():
    body = "Trump’s aides weren't sure. The officials' plan, from the '90s, was rock 'n' roll."
    assert find_quotes(body) == []


def test_a_plural_possessive_inside_single_quotes_does_not_end_the_quote():
    quote = only("'It's the players' decision,' he said.")
    assert quote.text == "It's the players' decision,"


def test_a_quote_split_by_its_attribution_is_one_quote_joined_by_a_space():
    body = '"We will rebuild," she said, "and soon."'
    quote = only(body)
    assert quote.text == "We will rebuild, and soon."
    assert (quote.start, quote.end) == (1, len(body) - 1)


def test_a_quote_split_by_an_attribution_sentence_is_one_quote():
    quote = only("“I want to go back,” Todd said. “Do you wish this raid didn’t happen?”")
    assert quote.text == "I want to go back, Do you wish this raid didn’t happen?"
    assert quote.speaker == "Todd"


def test_a_split_quote_whose_attribution_ends_with_an_initial_is_one_quote():
    quote = only('"Using people as props is disgusting," Newsom wrote on X. "Texas should be ashamed."')
    assert (quote.text, quote.via) == ("Using people as props is disgusting, Texas should be ashamed.", "X")


def test_quotes_with_their_own_speakers_are_not_merged():
    quotes = find_quotes('"It is over," said Paul. "Done," replied Mary.')
    assert [q.speaker for q in quotes] == ["Paul", "Mary"]


def test_a_quote_running_over_paragraphs_is_one_quote():
    body = article(
        '"Nobody likes to close a library," Mayor Linda Park said. "But we had a hole to fill.',
        '"We looked at every line.',
        '"I believe this is a responsible budget."',
    )
    quote = only(body)
    assert quote.text.endswith("We looked at every line. I believe this is a responsible budget.")
    assert quote.speaker == "Linda Park"


def test_a_british_quote_running_over_paragraphs_is_one_quote():
    body = article("Smith said: ‘We will fight on the beaches.", "‘We will never surrender.’")
    quote = only(body)
    assert (quote.text, quote.speaker) == ("We will fight on the beaches. We will never surrender.", "Smith")


def test_guillemets_are_quotation_marks():
    assert only("Le ministre a répondu : « Nous ne céderons pas ».").text == "Nous ne céderons pas"


def test_nested_quotes_are_one_outer_quote():
    quote = only("\"When they hear 'responsible,' they hear 'you're on your own,'\" Ortiz told reporters.")
    assert quote.text == "When they hear 'responsible,' they hear 'you're on your own,'"


def test_an_unclosed_mark_never_runs_into_the_next_paragraphs():
    body = article('The 5\'11" forward scored. Critics called the plan "unworkable and',
                   "Residents packed the hall.", '"We want answers," said Joan Miller.')
    quotes = find_quotes(body)
    assert all("\n" not in q.text for q in quotes)
    assert quotes[-1].text == "We want answers,"


def test_a_headline_quote_counts_and_takes_the_speaker_of_the_words_it_repeats():
    body = article("Acting DHS Chief Concedes 'Timing Was Unfortunate' For Raids",
                   "Kevin McAleenan defended the raids on Sunday.",
                   "“The timing was unfortunate,” McAleenan said.")
    headline = find_quotes(body)[0]
    assert headline.text == "Timing Was Unfortunate"
    assert headline.speaker == "Kevin McAleenan"


# ---------------------------------------------------------------- speakers


def test_a_surname_resolves_to_the_full_name_given_earlier():
    body = article("Acting Homeland Security Secretary Kevin McAleenan defended the raids.",
                   "“That’s fair,” McAleenan said.")
    assert only(body).speaker == "Kevin McAleenan"


def test_he_added_is_the_speaker_of_the_previous_quote():
    body = article('"We are deeply concerned," ACLU legal director Joshua Tom said in a statement.',
                   '"We stand in solidarity with the families," he added.')
    assert [q.speaker for q in find_quotes(body)] == ["Joshua Tom", "Joshua Tom"]


def test_she_said_goes_to_the_subject_not_to_a_man_named_after_her():
    body = article("Sen. Kamala Harris (D-Calif.) also joined Todd on Sunday to discuss the raids.",
                   "“Children are afraid to go to school,” she said.")
    assert only(body).speaker == "Kamala Harris"


def test_a_pronoun_prefers_the_sentences_subject_to_a_name_in_its_when_clause():
    body = ('Prosecutor Angela Reyes told jurors that Brandt shot first when Foster posed no threat. '
            '"The evidence will show his hands were on the wheel," she said.')
    assert only(body).speaker == "Angela Reyes"


def test_a_pronoun_skips_people_of_the_other_sex():
    body = article("Mayor Linda Park met Police Chief John Reed on Monday.",
                   "Reed said the plan would work.", "“We are ready,” she said.")
    assert only(body).speaker == "Linda Park"


def test_an_inverted_said_x_names_the_speaker():
    quote = only('"This is blatantly unconstitutional," said Felicia Brown-Williams, a lawyer for the '
                 "Center for Reproductive Rights.")
    assert quote.speaker == "Felicia Brown-Williams"
    assert quote.role == "lawyer for the Center for Reproductive Rights"


def test_a_title_before_the_name_is_the_role():
    quote = only("“This was a textbook operation,” ICE acting Director Matthew Albence said.")
    assert (quote.speaker, quote.role) == ("Matthew Albence", "ICE acting Director")


def test_a_title_with_a_place_in_it_stays_whole():
    body = ("U.S. Attorney for the Southern District of Mississippi Mike Hurst called the raids "
            "“the largest single-state immigration enforcement operation in our nation’s history.”")
    quote = only(body)
    assert (quote.speaker, quote.role) == ("Mike Hurst", "U.S. Attorney for the Southern District of Mississippi")


def test_a_common_noun_before_a_name_is_its_role():
    quote = only('Parent Lisa Tran raised concerns. "I want to reach my daughter," she said.')
    assert (quote.speaker, quote.role) == ("Lisa Tran", "Parent")


def test_a_party_and_state_tag_is_not_a_speaker():
    quote = only('Rep. Matt Gaetz (R-Fla.), who has threatened to oust McCarthy, called the deal "a surrender."')
    assert quote.speaker == "Matt Gaetz"


def test_an_appositive_after_a_party_tag_gives_the_role():
    quote = only('Rep. Hakeem Jeffries (D-N.Y.), the minority leader, said Democrats had "saved the American '
                 'people from a needless shutdown."')
    assert (quote.speaker, quote.role) == ("Hakeem Jeffries", "Rep.")


def test_a_person_of_an_organisation_is_the_person():
    quote = only('"Two million dollars is a rounding error," said Jordan Michaels of the Electronic Privacy '
                 'Information Center.')
    assert quote.speaker == "Jordan Michaels"


def test_a_name_with_age_and_job_between_commas_is_the_subject():
    body = ("Its owner, 34-year-old nurse Priya Shah, had just stepped inside. "
            '"Thirty seconds earlier and I would have been in it," she said.')
    assert only(body).speaker == "Priya Shah"


def test_lowercase_title_words_stay_in_the_subject():
    body = article("Former state Treasurer Robert Hale said the book was full of errors.",
                   '"She\'s trying to sell books," he said.')
    quote = only(body)
    assert (quote.speaker, quote.role) == ("Robert Hale", "Former state Treasurer")


def test_a_persons_book_speaks_for_them():
    quote = only('Sen. Claire Donovan\'s new memoir accuses her opponent of running "the dirtiest campaign '
                 'in state history."')
    assert quote.speaker == "Claire Donovan"


def test_an_appositive_gives_the_role():
    body = ('"Laws should not be used to criminalize migrant workers," Óscar Chacón, the executive director '
            "of Alianza Americas, said.")
    quote = only(body)
    assert (quote.speaker, quote.role) == ("Óscar Chacón", "executive director of Alianza Americas")


def test_a_role_written_before_the_name_between_commas_is_the_role():
    body = "The county's health director, Paul Jensen, told reporters: “We have enough vaccine.”"
    quote = only(body)
    assert (quote.speaker, quote.role) == ("Paul Jensen", "county's health director")


def test_an_anonymous_source_is_the_descriptor_without_its_article():
    quote = only("An ICE official told NBC News that the agency is “a law enforcement agency, not a social "
                 "services agency.”")
    assert (quote.speaker, quote.named) == ("ICE official", False)


def test_one_person_familiar_keeps_its_description():
    quote = only("“I know he has not approved of this,” one person familiar with those private "
                 "conversations said during a phone call.")
    assert quote.speaker == "person familiar with those private conversations"
    assert quote.named is False


def test_a_capitalised_word_that_is_also_a_verb_stays_in_the_name():
    quote = only('A U.S. State Department spokesperson said Washington was "cautiously hopeful."')
    assert quote.speaker == "U.S. State Department spokesperson"


def test_the_channel_after_an_inverted_source_is_not_part_of_it():
    quote = only('"It\'s better than nothing, but it\'s not what we fought for," wrote one teacher on Facebook.')
    assert (quote.speaker, quote.via) == ("teacher", "Facebook")


def test_a_spokesperson_for_an_agency_is_anonymous():
    quote = only('"Over 300 were released," said a spokesperson for ICE.')
    assert (quote.speaker, quote.named) == ("spokesperson for ICE", False)


def test_a_clause_after_a_comma_is_not_part_of_the_descriptor():
    quote = only("The “family op” is slated to target 2,000 families, said the officials, who spoke on "
                 "the condition of anonymity to describe the operation.")
    assert quote.speaker == "officials"


def test_a_restrictive_clause_about_anonymity_stays_in_the_descriptor():
    body = 'A nurse who asked not to be named because she was not authorized said staff were "exhausted."'
    assert only(body).speaker == "nurse who asked not to be named because she was not authorized"


def test_a_source_who_gave_only_a_first_name_is_named_by_it():
    quote = only("‘My sister went to work this morning,’ said a woman who gave her name only as Shirin.")
    assert (quote.speaker, quote.named) == ("Shirin", True)


def test_the_official_refers_back_to_the_anonymous_official_described_before():
    body = article("A senior immigration official confirmed the plan on Friday.",
                   "“More raids are coming,” the official said.")
    assert only(body).speaker == "senior immigration official"


def test_a_verb_inside_the_sources_relative_clause_is_not_the_attribution():
    body = ('"Nobody wants to strike," one first officer, who asked not to be named for fear of '
            'retaliation, told the Associated Press. "But we are not flying for 2019 wages."')
    quote = only(body)
    assert (quote.speaker, quote.via) == ("first officer", "the Associated Press")


def test_an_ordinal_official_keeps_its_ordinal():
    assert only("“That’s our belief,” a second official said.").speaker == "second official"


def test_an_organisation_is_a_named_speaker():
    quote = only('On Wednesday, Alianza Americas noted in a statement sent to Newsweek, "an operation by ICE '
                 'led to the arrest of 680 workers."')
    assert (quote.speaker, quote.named) == ("Alianza Americas", True)


def test_the_coalition_resolves_to_the_organisation_quoted_before():
    body = article("Alianza Americas, a network of 50 immigrant-led organizations, said in a statement: "
                   '"An operation by ICE led to the arrest of 680 workers."',
                   '"These actions come only days after a mass shooting," the coalition said.')
    assert [q.speaker for q in find_quotes(body)] == ["Alianza Americas", "Alianza Americas"]


def test_the_group_resolves_to_the_alliance_quoted_before():
    body = article("The Clean Rivers Alliance, which is leading the suit, said the review ignored risks.",
                   '"This pipeline crosses more than 200 streams," the group said in a statement.')
    assert only(body).speaker == "Clean Rivers Alliance"


def test_a_name_between_commas_after_an_unknown_phrase_is_the_speaker():
    quote = only('The pipeline\'s developer, Summit Midstream, said the lawsuit was "without merit." '
                 "It said construction would begin in the spring.")
    assert quote.speaker == "Summit Midstream"


def test_the_union_does_not_resolve_to_a_company():
    body = article('"These are difficult decisions," Acme Corp said.',
                   'The union representing the workers said it would "fight every single layoff."')
    assert find_quotes(body)[1].speaker == "union representing the workers"


def test_a_short_form_of_an_organisation_resolves_to_its_full_name():
    body = article("The Army Corps of Engineers blamed a contractor dispute.",
                   "“We expect work to resume within weeks,” the Corps said.")
    assert only(body).speaker == "Army Corps of Engineers"


def test_who_said_refers_to_the_person_not_the_newspaper():
    quote = only("The remarks follow comments made by ICE acting Director Matthew Albence to The Washington "
                 "Post, who said that the raid was conducted in a “textbook” manner.")
    assert quote.speaker == "Matthew Albence"


def test_people_at_a_named_place_are_the_people_not_the_place():
    assert only('Fans at the United Center chanted "Sieve!" at the goalie.').speaker == "Fans at the United Center"


def test_a_complaint_is_not_written_by_the_person_named_before_it():
    body = "Prosecutors say Linda Marsh wrote herself checks. The complaint describes the scheme as \"brazen.\""
    assert only(body).speaker == "complaint"


def test_quoted_as_saying_is_the_sentences_subject():
    assert only('Smith was quoted as saying "the plan is dead and buried for good."').speaker == "Smith"


def test_read_a_statement_from_an_organisation_is_that_organisation():
    quote = only('"We will not comment on rumors," read a statement from the White House.')
    assert (quote.speaker, quote.named) == ("White House", True)


def test_the_statement_said_is_whoever_issued_it():
    body = article("The White House issued a statement.", '"We will not comment," the statement said.')
    assert only(body).speaker == "White House"


def test_a_quote_with_no_attribution_has_no_speaker():
    quote = only(article("The findings were published on Monday.", '"Nature solved this problem long ago."'))
    assert (quote.speaker, quote.named) == (None, False)


def test_a_colon_lead_in_gives_the_speaker():
    body = article("Ben Okafor was more cautious. He put it this way:",
                   '"Counting is a big word. What we can say is that they respond to quantity."')
    assert only(body).speaker == "Ben Okafor"


def test_a_quote_paragraph_after_a_quoted_speaker_continues_with_that_speaker():
    body = article('"We are not done," said Coach Maria Vance.', '"Next year we come back stronger."')
    assert [q.speaker for q in find_quotes(body)] == ["Maria Vance", "Maria Vance"]


def test_said_inside_a_quote_is_not_an_attribution():
    quote = only("“Is that fair to say you didn’t answer?” Todd asked.")
    assert quote.speaker == "Todd"


def test_a_dateline_is_not_a_speaker():
    quote = only("JACKSON, Miss. (AP) — Gov. Tate Reeves signed the bill Tuesday, calling it "
                 '"a victory for life."')
    assert quote.speaker == "Tate Reeves"


def test_a_possessive_before_the_quote_names_whose_words_they_are():
    quote = only("Pressure grew on the minister over the government’s pledge to ‘stop the boats’.")
    assert (quote.speaker, quote.named) == ("government", False)


def test_his_use_of_the_word_goes_to_the_man_just_mentioned():
    body = article("President Donald Trump has faced backlash over the shooting.",
                   "The language reflects that deployed by the U.S. leader, including his use of the "
                   'word "invasion" to describe arrivals.')
    assert only(body).speaker == "Donald Trump"


def test_words_on_signs_belong_to_the_people_carrying_them():
    quotes = find_quotes('Nurses carried signs reading "Short staffed = unsafe" and "Patients before profits".')
    assert [q.speaker for q in quotes] == ["Nurses", "Nurses"]


def test_a_quantity_of_people_is_the_people():
    assert only('Outside, a handful of protesters held signs reading "Schools, not stadiums."').speaker == \
        "protesters"


def test_a_headline_quote_said_unquoted_in_the_body_takes_that_sentences_speaker():
    body = article("Factory fire: 14 killed as workers ‘trapped behind locked gate’",
                   "Survivors said workers on the upper floors were trapped behind a locked gate.")
    assert only(body).speaker == "Survivors"


def test_speech_that_would_happen_later_is_not_the_source():
    body = article("“Teachers have had enough,” Daniel Kebede said.",
                   "He added that the union would announce dates “within weeks”.")
    assert find_quotes(body)[1].speaker == "Daniel Kebede"


def test_shot_back_is_a_speech_verb():
    quote = only('Webb shot back that rent control had "failed everywhere it\'s been tried."')
    assert (quote.speaker, quote.kind) == ("Webb", "scare")


def test_a_second_verb_shares_the_sentences_subject():
    quote = only('The Federal Reserve held rates steady and said it would need "greater confidence" first.')
    assert quote.speaker == "Federal Reserve"


def test_a_title_named_in_a_later_paragraph_resolves_forward():
    body = article('The mayor of a small border town is sounding the alarm, telling Fox News Digital that '
                   'resources are stretched "to the breaking point."',
                   '"We are overwhelmed," Eagle Pass Mayor Rolando Salinas said.')
    assert find_quotes(body)[0].speaker == "Rolando Salinas"


def test_according_to_a_statement_from_an_office_is_that_office():
    assert only('"There was no warning," according to a statement from the mayor\'s office.').speaker == \
        "mayor's office"


def test_the_paper_is_the_newspaper_named_before():
    body = article("The Dayton Daily News first reported the closure.",
                   'In an editorial, the paper called it "a betrayal of a community that built this company."')
    assert only(body).speaker == "Dayton Daily News"


def test_a_relative_clause_does_not_supply_the_speaker():
    quote = only("A Republican strategist who has advised the Kessler campaign, speaking on condition of "
                 'anonymity, described the race as "a coin flip".')
    assert (quote.speaker, quote.named) == ("Republican strategist", False)


# ---------------------------------------------------------------- channels


def test_told_an_outlet_is_the_channel():
    assert only("“I don’t think I can say that,” Jerome Miles told The Washington Post.").via == \
        "The Washington Post"


def test_a_statement_sent_to_an_outlet_has_the_outlet_as_channel():
    body = 'Alianza Americas noted in a statement sent to Newsweek, "an operation by ICE led to arrests."'
    assert only(body).via == "Newsweek"


def test_told_reporters_is_the_channel():
    assert only('On Friday, he told reporters outside the White House, "You have to go in."').via == "reporters"


def test_said_in_a_statement_is_the_channel():
    assert only('"We are deeply concerned," Joshua Tom said in a statement.').via == "a statement"


def test_during_a_phone_call_is_the_channel():
    assert only("“That’s our belief,” a second official said during a phone call.").via == "a phone call"


def test_a_post_on_x_is_the_channel():
    assert only("Meridian Energy said in a post on X that it “supports peaceful dialogue.”").via == "a post on X"


def test_an_interview_on_a_show_is_the_channel_of_the_speakers_later_quotes():
    body = article("In an interview with Chuck Todd on NBC’s Meet the Press, acting Homeland Security "
                   "Secretary Kevin McAleenan defended the raids.",
                   "“The timing was unfortunate,” McAleenan said.")
    assert only(body).via == "NBC’s Meet the Press"


def test_according_to_an_outlet_is_the_speaker_of_a_scare_quote():
    quote = only("McAleenan sought to “sabotage” it, according to the Washington Examiner.")
    assert (quote.speaker, quote.kind) == ("Washington Examiner", "scare")


def test_according_to_an_outlet_is_also_the_channel():
    assert only("McAleenan sought to “sabotage” it, according to the Washington Examiner.").via == \
        "Washington Examiner"


def test_a_channel_given_just_before_carries_to_the_speakers_quote():
    body = article("A fire service official told the Guardian that chemicals were stored illegally.",
                   "‘It was a bomb waiting to go off,’ the official said.")
    assert only(body).via == "the Guardian"


def test_told_a_person_is_not_a_channel():
    body = article("Meta CEO Mark Zuckerberg testified on Wednesday.",
                   '"You knew," Sen. Richard Blumenthal told Mark Zuckerberg.')
    assert only(body).via is None


def test_a_quote_without_a_channel_has_none():
    assert only('"That\'s fair," McAleenan said.').via is None


# ---------------------------------------------------------------- statement or scare


def test_a_word_in_the_writers_sentence_is_a_scare_quote():
    quote = only("Albence said the raid was conducted in a “textbook” manner.")
    assert (quote.kind, quote.speaker) == ("scare", "Albence")


def test_a_phrase_after_called_is_a_scare_quote_of_the_caller():
    quote = only("Harris said the administration is running a “campaign of terror.”")
    assert (quote.kind, quote.speaker) == ("scare", "Harris")


def test_a_phrase_longer_than_six_words_is_a_statement_even_after_called():
    quote = only("Council member Raymond Ortiz called it \"a budget that balances the books on the backs of "
                 'working families."')
    assert quote.kind == "statement"


def test_a_quoted_clause_after_said_is_a_statement():
    quote = only("Chacón said raids targeting workers \"are a waste of public resources that should be "
                 'used elsewhere."')
    assert quote.kind == "statement"


def test_a_quote_with_a_comma_attribution_is_a_statement_however_short():
    assert only('"Yes," she said.').kind == "statement"


def test_a_short_phrase_with_a_comma_attribution_is_a_statement():
    quote = only('The raids were "a disgrace," Smith said.')
    assert (quote.kind, quote.speaker) == ("statement", "Smith")


def test_a_short_phrase_inside_the_writers_sentence_is_scare():
    assert only('Smith said the raids were "a disgrace" and left.').kind == "scare"


def test_a_chant_with_an_exclamation_mark_is_a_statement():
    assert only('Supporters answered with chants of "Fire Marsh!"').kind == "statement"


def test_a_quote_after_a_colon_is_a_statement_however_short():
    assert only('Graham went further: "You have blood on your hands."').kind == "statement"


def test_a_headline_clause_is_a_statement():
    body = article("Acting DHS Chief Concedes 'Timing Was Unfortunate' For Raids",
                   "“The timing was unfortunate,” McAleenan said.")
    assert find_quotes(body)[0].kind == "statement"


def test_a_headline_opening_with_a_quote_and_a_colon_is_a_statement():
    body = article("'Nobody listened': Flood victims demand answers",
                   "'Nobody listened,' said Gary Thompson.")
    assert find_quotes(body)[0].kind == "statement"


def test_a_fragment_after_a_headline_colon_is_a_scare_quote():
    body = article("Newsom Blasts Texas Governor: 'Cruel Political Stunt'",
                   'Newsom called the move a "cruel political stunt."')
    assert find_quotes(body)[0].kind == "scare"


def test_a_headline_fragment_is_a_scare_quote():
    body = article("ICE official on children left behind: We’re ‘not a social services agency’",
                   "An ICE official said the agency is “a law enforcement agency, not a social services agency.”")
    assert find_quotes(body)[0].kind == "scare"


def test_a_scare_quote_nobody_is_said_to_have_used_has_no_speaker():
    quote = only("Some of the language reflects his use of the word \"invasion\" to describe arrivals.")
    assert (quote.kind, quote.speaker) == ("scare", None)


def test_a_pronoun_scare_quote_speaker_is_resolved():
    body = article("The El Paso gunman, who killed 22, was reportedly intent on targeting Mexicans due to "
                   "what he characterized as a “Hispanic invasion of Texas.”")
    quote = only(body)
    assert (quote.kind, quote.speaker, quote.named) == ("scare", "El Paso gunman", False)


# ---------------------------------------------------------------- seeds and speed


def test_seed_interview_article_attributes_every_quote():
    speakers = [q.speaker for q in find_quotes(seed_body("000"))]
    assert speakers == ["Kevin McAleenan", "Chuck Todd", "Kevin McAleenan", "El Paso gunman", "Kamala Harris",
                        "Kamala Harris", "Chuck Todd", "Kevin McAleenan"]


def test_seed_with_anonymous_sources_keeps_them_anonymous():
    quotes = find_quotes(seed_body("003"))
    anonymous = [q.speaker for q in quotes if not q.named and q.speaker]
    assert anonymous == ["officials",
                         "person familiar with those private conversations", "second official",
                         "first official", "third official"]


# ---------------------------------------------------------------- titles and roles before names


def test_an_unknown_capitalised_title_before_a_first_name_is_a_role():
    quote = only('Inside, Bursar Paula Reyes defended the cuts, saying they were "the least bad option we had."')
    assert (quote.speaker, quote.named) == ("Paula Reyes", True)


def test_a_lowercase_job_description_before_a_name_is_the_role_of_a_named_speaker():
    quote = only('"We wanted a closer," Rangers vice president of hockey operations Carl Moss said.')
    assert (quote.speaker, quote.named) == ("Carl Moss", True)
    assert quote.role == "Rangers vice president of hockey operations"


def test_an_organisation_named_after_a_lowercase_noun_is_the_named_speaker():
    quote = only('The fishermen\'s union Sindicato del Mar said the quota would "ruin" the ports.')
    assert (quote.speaker, quote.named) == ("Sindicato del Mar", True)


def test_a_name_after_a_determiner_inside_a_descriptor_stays_in_the_descriptor():
    quote = only('"We will appeal," a spokesperson for the company Verity Polymers said.')
    assert quote.named is False


def test_a_university_title_before_a_name_is_a_role():
    quote = only('"Tuition has to rise," Provost Alma Reyes said.')
    assert (quote.speaker, quote.role) == ("Alma Reyes", "Provost")


# ---------------------------------------------------------------- outlets and places are not speakers


def test_according_to_an_outlet_after_reported_speech_keeps_the_person_as_speaker():
    body = 'Dana Lee had told friends she "would like to coach in Boston one day," according to The Globe.'
    quote = only(body)
    assert (quote.speaker, quote.via) == ("Dana Lee", "The Globe")


def test_according_to_alone_still_names_the_source():
    assert only('"We are done," according to the coach.').speaker == "coach"


def test_reached_by_phone_is_the_channel():
    body = 'Omar Pike lost his job in May. Reached by phone Monday, he said he was "relieved" to go.'
    assert only(body).via == "phone"


def test_a_company_based_in_a_city_and_state_is_the_speaker_not_the_place():
    quote = only('Brontel, based in Hoboken, New Jersey, said in an email to Reuters that it had "fully" complied.')
    assert (quote.speaker, quote.via) == ("Brontel", "Reuters")


# ---------------------------------------------------------------- whole organisation names, descriptors ending at the verb


def test_an_ampersand_company_name_stays_whole_before_a_role():
    quote = only('An AT&T spokesperson said the company had "restored service to most customers."')
    assert quote.speaker == "AT&T spokesperson"


def test_an_ampersand_between_capitalised_words_joins_one_name():
    assert only('"We are fine," said Procter & Gamble.').speaker == "Procter & Gamble"


def test_a_possessive_inside_an_office_name_keeps_the_name_whole():
    quote = only('The flooding was "under control," the Marin County Sheriff\'s Office said.')
    assert (quote.speaker, quote.named) == ("Marin County Sheriff's Office", True)


def test_a_descriptor_ends_before_an_irregular_past_verb():
    quote = only('A man in the front row held a sign reading "Save Our Library."')
    assert quote.speaker == "man in the front row"


def test_a_head_count_is_not_part_of_a_group_descriptor():
    quote = only('Two hundred nurses marched to city hall, chanting "Staff the wards now."')
    assert (quote.speaker, quote.named) == ("nurses", False)


def test_a_banner_belongs_to_the_subject_of_the_clause_that_unfurls_it():
    body = ('The hearing grew loud when a small group of counter-demonstrators from a local business '
            'lobby unfurled a banner reading "Jobs First, Always."')
    assert only(body).speaker == "counter-demonstrators"


def test_he_never_resolves_to_an_outlet_named_with_the():
    body = ('Omar Pike had told teammates he "would love to play in Denver someday," according to '
            'The Ringer. Reached by phone Sunday, he said he was "grateful" to Boston.')
    assert [q.speaker for q in find_quotes(body)] == ["Omar Pike", "Omar Pike"]


def test_a_job_noun_between_a_team_and_a_name_belongs_to_the_subject():
    body = 'Former Rockies reliever Tom Beckley was blunter. "They have wrecked this team."'
    assert only(body).speaker == "Tom Beckley"


def test_a_first_name_given_after_a_comma_names_the_subject():
    body = 'A woman who gave only her first name, Marta, put it more bluntly: "We cannot pay this."'
    assert (only(body).speaker, only(body).named) == ("Marta", True)


def test_a_given_first_name_carries_to_the_quote_in_the_next_sentence():
    body = 'A father who gave only his first name, Tomasz, said his son studied there. "Where will he go now?"'
    assert only(body).speaker == "Tomasz"


def test_a_capitalised_plural_of_people_opening_a_sentence_is_an_unnamed_group():
    quote = only('Readers chanted "Books, not budgets" outside the hall.')
    assert (quote.speaker, quote.named) == ("Readers", False)


def test_a_chamber_of_commerce_keeps_its_whole_name():
    body = ('The Fairview Chamber of Commerce welcomed the vote. "Visitors will come downtown," '
            'the chamber said in a statement.')
    assert only(body).speaker == "Fairview Chamber of Commerce"


def test_a_sentence_ending_on_a_quote_does_not_take_the_next_sentence_as_attribution():
    body = ('The hearing grew loud when a few counter-demonstrators unfurled a banner reading '
            '"Jobs First, Always." Some marchers shouted at them before stewards stepped in.')
    assert only(body).speaker == "counter-demonstrators"


# ---------------------------------------------------------------- texts speak for whoever left them


def test_a_note_speaks_for_whoever_left_it():
    body = 'The thieves had left a note at the scene. "You will never see them again," the note said.'
    assert (only(body).speaker, only(body).named) == ("thieves", False)


def test_a_message_read_speaks_for_the_organisation_that_posted_it():
    body = ('The Redfield Tenants Union posted a message on Monday. "We will not pay," the message read.')
    assert (only(body).speaker, only(body).named) == ("Redfield Tenants Union", True)


def test_the_group_refers_to_the_gang_known_by_name_not_to_a_country():
    body = ('Investigators linked the attack to a ransomware gang known as NightLock, which has hit at '
            'least 14 U.S. hospitals. On Tuesday, the group posted a message on its leak site. '
            '"The council chose to gamble with your data," the message read.')
    assert (only(body).speaker, only(body).named) == ("NightLock", True)


# ---------------------------------------------------------------- attribution given after the quote, Q&A blocks


def test_that_is_how_in_the_next_sentence_names_the_speaker():
    body = '"It was like a dam breaking." That is how Rosa Lin, a mortgage broker, described the spring.'
    assert only(body).speaker == "Rosa Lin"


def test_answers_in_a_question_and_answer_block_belong_to_the_interviewee():
    body = article(
        "The orchard has been in the family for a century.",
        "We put two questions to Tomas Berg, the farm's manager.",
        "Why sell now?",
        '"The water is gone. We cannot grow apples without it."',
        "What comes next?",
        '"Solar panels, probably."',
    )
    assert [q.speaker for q in find_quotes(body)] == ["Tomas Berg", "Tomas Berg"]


def test_a_quote_after_an_unquoted_question_without_an_interview_lead_in_has_no_speaker():
    body = article("Why did the council wait so long?", '"Nobody wanted to pay for it."')
    assert only(body).speaker is None


def test_that_is_how_in_the_next_paragraph_names_a_quote_standing_alone():
    body = article('"It was like a dam breaking."',
                   "That is how Rosa Lin, a mortgage broker, described the first weekend of spring.")
    assert only(body).speaker == "Rosa Lin"


def test_a_scare_quote_in_a_that_clause_belongs_to_the_writer_of_the_clause_not_a_later_aside():
    body = ('County Supervisor Ann Holt wrote in a Facebook post early Thursday that "at least 10 people" '
            "had died, a figure the sheriff's office later said was based on rumours.")
    quote = only(body)
    assert (quote.speaker, quote.via) == ("Ann Holt", "a Facebook post")


def test_an_aside_asked_about_it_does_not_hide_the_speaker():
    body = 'A CDC spokesperson, asked about the criticism, said the agency had "sharply increased" its checks.'
    assert only(body).speaker == "CDC spokesperson"


def test_a_scare_quote_in_a_list_of_voiced_objections_belongs_to_the_subject():
    body = "Residents raised the usual complaints: noise, parking and the park's \"charm.\""
    assert (only(body).speaker, only(body).named) == ("Residents", False)


# ---------------------------------------------------------------- anonymous groups and pronouns


def test_a_sentence_opening_on_but_keeps_its_subject():
    body = article(
        '"Care is safe," chief executive Dr. Dana Whitcomb said in a video.',
        "But two pharmacists at the county hospital, who spoke on condition of anonymity, described "
        'a different picture. They said the system was "completely down."',
    )
    assert find_quotes(body)[1].speaker == "pharmacists at the county hospital"


def test_one_of_an_anonymous_group_keeps_her_quotes_from_the_named_woman_before():
    body = article(
        '"Care is safe," chief executive Dr. Dana Whitcomb said in a video.',
        "But two nurses at the county hospital, who spoke on condition of anonymity, described a "
        "different picture. One said orders were being written by hand.",
        '"We are guessing at doses," she said.',
    )
    quote = find_quotes(body)[1]
    assert (quote.speaker, quote.named) == ("nurses at the county hospital", False)


def test_they_refers_to_a_group_named_by_a_suffixed_plural():
    body = 'Two pharmacists described a different picture. They said the system was "completely down."'
    assert only(body).speaker == "pharmacists"


def test_an_inverted_anonymous_source_keeps_the_clause_explaining_the_anonymity():
    quote = only('"The pools are still full," said a driver who declined to give his name.')
    assert quote.speaker == "driver who declined to give his name"


def test_an_inverted_descriptor_drops_a_relative_clause_unrelated_to_anonymity():
    assert only('"Fine," said a man who lives nearby.').speaker == "man"


def test_everyday_job_nouns_are_people():
    assert only('"Nobody tips anymore," said a waiter at the cafe.').speaker == "waiter at the cafe"


def test_a_quote_right_after_called_belongs_to_the_caller_not_a_later_clause():
    body = ('The fan podcast Green Monster Talk called the move "a salary dump dressed up as a rebuild," '
            "and the team's post announcing the trade drew thousands of replies.")
    assert (only(body).speaker, only(body).named) == ("Green Monster Talk", True)


def test_and_said_goes_back_to_a_subject_with_a_lowercase_role_before_the_name():
    body = ('Student body president Ana Ruiz accused the board of "cooking the books" and said managers '
            'had given themselves raises while "crying poor" to lawmakers.')
    assert [q.speaker for q in find_quotes(body)] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_name_before_a_members_organisation_noun_is_the_organisation():
    body = 'The Sindicato del Mar fishermen’s union called the quota "a death sentence" for the ports.'
    assert (only(body).speaker, only(body).named) == ("Sindicato del Mar", True)


def test_a_name_before_a_plural_members_possessive_is_the_organisation():
    body = 'The Agro Unido growers’ union called the cut "a death sentence" for orchards.'
    assert (only(body).speaker, only(body).named) == ("Agro Unido", True)


def test_the_last_noun_of_a_descriptor_is_its_head():
    body = ('A state environmental official, who asked not to be named, said checks were hourly. '
            '"So far the numbers are within safe limits," the official said.')
    assert only(body).speaker == "state environmental official"


# ---------------------------------------------------------------- honorifics, postnominals, foreign titles


@pytest.mark.parametrize("honorific", ["Mr", "Mr.", "Dr", "Prof", "Sir", "Lord"])
def test_an_honorific_and_surname_resolve_to_the_full_name_given_before(honorific):
    body = f'Tom Gallagher left the hearing. "I am relieved," {honorific} Gallagher said.'
    assert only(body).speaker == "Tom Gallagher"


@pytest.mark.parametrize("honorific", ["Ms", "Mrs", "Dame", "Baroness"])
def test_an_honorific_for_a_woman_resolves_to_her_full_name(honorific):
    body = f'Helen Whitford chairs the board. "We will not rush this," {honorific} Whitford said.'
    assert only(body).speaker == "Helen Whitford"


def test_an_honorific_before_a_full_name_is_not_part_of_the_speaker():
    assert only('"We will study the findings," said Dr Priya Raman.').speaker == "Priya Raman"


@pytest.mark.parametrize("letters", ["KC", "QC", "MP", "TD", "MEP", "MSP", "OBE", "PhD", "Jr."])
def test_letters_after_a_name_are_not_part_of_the_speaker(letters):
    assert only(f'"The law is clear," said Sarah Okonjo {letters}.').speaker == "Sarah Okonjo"


def test_a_name_with_letters_after_it_is_found_again_by_its_surname():
    body = 'Her barrister, Sarah Okonjo KC, spoke first. "He did his job," Ms Okonjo said.'
    assert only(body).speaker == "Sarah Okonjo"


def test_an_irish_party_and_office_before_a_name_are_its_role():
    quote = only('Fianna Fáil TD Niamh Kearns said the Government had "abandoned the west".')
    assert (quote.speaker, quote.role) == ("Niamh Kearns", "Fianna Fáil TD")


def test_a_british_party_and_office_before_a_name_are_its_role():
    quote = only('"People want change," said Labour MP Jo Smith.')
    assert (quote.speaker, quote.role) == ("Jo Smith", "Labour MP")


def test_the_australian_councillor_abbreviation_is_a_title():
    body = 'Greens councillor Ruth Ahern will vote against. "We need more time," Cr Ahern said.'
    assert only(body).speaker == "Ruth Ahern"


def test_a_first_name_that_is_also_a_title_starts_a_full_name():
    body = ('Dean Whitlock, a professor of law, followed the case. '
            '"Judges have been reluctant to go this far," Whitlock said.')
    assert only(body).speaker == "Dean Whitlock"


def test_a_surname_alone_resolves_to_the_full_name_given_later():
    body = article('"Judges have been reluctant," Whitlock said.',
                   'Dean Whitlock is a professor of law at Carrow University.')
    assert only(body).speaker == "Dean Whitlock"


def test_police_ranks_without_full_stops_resolve_to_the_full_name():
    body = 'Det Supt Claire Evans spoke first. "Call us," Det Supt Evans said.'
    assert only(body).speaker == "Claire Evans"


def test_an_irish_office_before_a_name_is_a_title():
    quote = only('Tánaiste Micheál Martin said the deal was "fair".')
    assert (quote.speaker, quote.role) == ("Micheál Martin", "Tánaiste")


def test_a_womans_honorific_picks_the_woman_among_two_people_with_one_surname():
    body = ('Karen Harte spoke at the inquest into the death of her son, Liam Harte. '
            '"He was kind," Ms Harte said.')
    assert only(body).speaker == "Karen Harte"


def test_a_mans_honorific_picks_the_man_among_two_people_with_one_surname():
    body = ('Liam Harte spoke at the inquest into the death of his sister, Karen Harte. '
            '"She was kind," Mr Harte said.')
    assert only(body).speaker == "Liam Harte"


def test_a_first_name_that_is_also_a_title_after_an_honorific_starts_the_name():
    body = 'Prof Dean Whitlock said it was "historic". "Judges are cautious," Prof Whitlock said.'
    assert [q.speaker for q in find_quotes(body)] == ["Dean Whitlock", "Dean Whitlock"]


def test_an_irish_surname_with_its_particle_resolves_to_the_full_name():
    body = 'Phil Ní Sheaghdha said it was "damning". "Our members are working," Ms Ní Sheaghdha said.'
    assert [q.speaker for q in find_quotes(body)] == ["Phil Ní Sheaghdha", "Phil Ní Sheaghdha"]


def test_an_office_named_with_for_before_a_name_is_the_role_and_the_minister_finds_her():
    body = ('Minister for Health Jennifer Carroll MacNeill said she was "deeply concerned". '
            '"No patient should wait," the minister said.')
    quotes = find_quotes(body)
    assert [(q.speaker, q.role) for q in quotes] == [("Jennifer Carroll MacNeill", "Minister for Health")] * 2


def test_the_american_spelling_councilor_is_a_title():
    quote = only('Councilor Angelita Morillo said it would give workers "a fighting chance".')
    assert (quote.speaker, quote.role) == ("Angelita Morillo", "Councilor")


def test_a_surname_alone_resolves_to_the_full_name_given_only_in_the_headline():
    body = article("Tom Gallagher wins unfair dismissal claim",
                   'A nurse has won his claim. "I am relieved," Gallagher said.')
    assert only(body).speaker == "Tom Gallagher"


def test_an_mp_for_a_constituency_before_a_name_keeps_the_place_in_the_role():
    quote = only('Labour MP for Ashworth North Jo Smith said: "Voters have spoken."')
    assert (quote.speaker, quote.role) == ("Jo Smith", "Labour MP for Ashworth North")


def test_an_organisation_after_director_of_is_not_cut_into_a_person():
    quote = only('The director of Public Health England said the risk was "low".')
    assert (quote.speaker, quote.named) == ("director of Public Health England", False)


# ---------------------------------------------------------------- scare quotes in the writer's sentence


def test_a_scare_quote_in_what_a_judge_found_is_the_judges():
    body = ('U.S. District Judge Naomi Feldstein found that the company had "willfully maintained" '
            'its monopoly.')
    quote = only(body)
    assert (quote.speaker, quote.role) == ("Naomi Feldstein", "U.S. District Judge")


def test_a_scare_quote_in_what_a_court_ruled_is_the_courts():
    body = 'The Court of Appeal ruled that the ban was "plainly unlawful".'
    assert only(body).speaker == "Court of Appeal"


def test_countries_that_accuse_someone_used_the_words():
    body = 'Some developing countries accused the bloc of "backsliding" on earlier promises.'
    assert only(body).speaker == "developing countries"


def test_an_observer_from_a_group_is_the_descriptor_not_the_group():
    body = 'An observer from a major environmental group called the talks "poisonous".'
    assert (only(body).speaker, only(body).named) == ("observer from a major environmental group", False)


def test_a_term_named_with_what_experts_call_has_no_speaker():
    quote = only('The ruling turned on what economists call "switching costs".')
    assert (quote.speaker, quote.named) == (None, False)


def test_what_critics_call_something_is_still_the_critics_words():
    assert only('It is what critics call "a land grab".').speaker == "critics"


def test_a_family_described_by_a_long_phrase_is_not_the_road_at_its_end():
    body = ('The family of a cyclist killed on a notorious stretch of the A38 said they had been '
            '"failed at every turn".')
    quote = only(body)
    assert (quote.speaker, quote.named) == ("family of a cyclist killed on a notorious stretch of the A38", False)


def test_a_generational_suffix_after_a_title_like_surname_is_dropped():
    assert only('"We will appeal," said Martin Luther King Jr., the lawyer.').speaker == "Martin Luther King"


def test_words_on_t_shirts_belong_to_the_people_wearing_them():
    quote = only('Relatives wore T-shirts reading "Justice for Liam" as they arrived at court.')
    assert (quote.speaker, quote.named) == ("Relatives", False)


def test_the_union_refers_to_the_union_named_before_not_its_official():
    body = article("The Queensland Teachers' Union said members had voted to strike.",
                   '"Our members are exhausted," union president Cresta Richardson said.',
                   'The union called the offer "insulting".')
    quote = find_quotes(body)[-1]
    assert (quote.speaker, quote.named) == ("Queensland Teachers' Union", True)


def test_a_place_before_a_job_is_part_of_the_descriptor():
    quote = only('"I lost money on every animal I sold," a Ballinrobe suckler farmer said.')
    assert (quote.speaker, quote.named) == ("Ballinrobe suckler farmer", False)


def test_a_company_before_a_job_and_name_is_the_role_not_the_speaker():
    quote = only('Google software engineer Priya Nair said the tool was "barely tested".')
    assert (quote.speaker, quote.role) == ("Priya Nair", "Google software engineer")


def test_a_nationality_opening_an_organisation_name_is_part_of_it():
    quote = only('The Australian Medical Association said the plan was "unsafe".')
    assert (quote.speaker, quote.named) == ("Australian Medical Association", True)


def test_what_any_profession_calls_something_is_a_term_with_no_speaker():
    quote = only('The district faced what accountants call "structural deficits".')
    assert (quote.speaker, quote.named) == (None, False)


def test_an_organisation_named_with_for_is_one_name():
    quote = only('Transport for Wales said the work was "essential".')
    assert (quote.speaker, quote.named) == ("Transport for Wales", True)


def test_an_organisation_named_with_of_the_is_one_name():
    quote = only('"This plan is reckless," Friends of the Earth said.')
    assert (quote.speaker, quote.named) == ("Friends of the Earth", True)


def test_a_place_before_a_job_we_do_not_know_is_still_a_descriptor():
    quote = only('A Tauranga charter boat skipper said: "The fish are getting smaller."')
    assert (quote.speaker, quote.named) == ("Tauranga charter boat skipper", False)


def test_a_thanked_quality_is_the_word_of_whoever_thanks():
    body = 'Laura Price led the inquiry. DCI Price thanked witnesses for their "courage".'
    assert only(body).speaker == "Laura Price"


def test_an_anonymous_sources_relative_clause_without_a_comma_stays_whole():
    body = 'A Geelong renter who has moved four times in three years said: "I just want a lease."'
    assert only(body).speaker == "Geelong renter who has moved four times in three years"


def test_a_whose_clause_belongs_to_the_person_before_it_not_to_its_own_noun():
    body = 'A Limerick woman whose father spent three days on a trolley said: "The system is broken."'
    assert only(body).speaker == "Limerick woman whose father spent three days on a trolley"


def test_t_shirts_printed_with_a_slogan_belong_to_the_wearers_not_the_shirts():
    quote = only('Supporters wore T-shirts printed with the slogan "Free Ali".')
    assert (quote.speaker, quote.named) == ("Supporters", False)


def test_a_banner_that_nobody_is_said_to_hold_has_no_speaker():
    quote = only('A banner reading "Not for sale" hung from the town hall.')
    assert (quote.speaker, quote.named) == (None, False)


def test_a_chanting_crowd_is_the_speaker():
    assert only('The crowd chanted "Out, out, out" as the minister left.').speaker == "crowd"


def test_words_on_badges_belong_to_the_people_wearing_them():
    assert only('The union\'s members wore badges saying "Fair pay now".').speaker == "union's members"


# ---------------------------------------------------------------- hand-annotated fixture articles

QUOTE_ARTICLES = Path(__file__).resolve().parent / "quote_articles"
EXPECTED_SPEAKERS = json.loads((QUOTE_ARTICLES / "expected.json").read_text(encoding="utf-8"))
# Known misses, kept visible: "Some carried signs. One read "…"" — "One" is a sign, held by "Some".
# "Everybody Deserves a Home, a coalition …": a name holding "a" is cut at it.
KNOWN_MISSES = {("school_walkout", "Cut the Budget, Not the Band"), ("aus_housing_bill", "a start, not a solution")}
FIXTURE_CASES = [
    pytest.param(name, case, id=f"{name}:{case['quote'][:30]}",
                 marks=[pytest.mark.xfail(strict=True)] if (name, case["quote"]) in KNOWN_MISSES else [])
    for name, cases in EXPECTED_SPEAKERS.items() for case in cases
]


@pytest.mark.parametrize("name,case", FIXTURE_CASES)
def test_fixture_articles_give_each_quote_its_annotated_speaker(name, case):
    body = (QUOTE_ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    quote = next(q for q in find_quotes(body) if case["quote"] in q.text)
    wanted = case["speaker"] if isinstance(case["speaker"], list) else [case["speaker"]]
    assert quote.speaker in wanted
    assert quote.named == case["named"]


def test_the_company_refers_to_a_name_ending_in_what_it_makes():
    body = ('Plant owner Halden Chemicals said all staff were safe. "We are cooperating fully," '
            'the company said.')
    assert (only(body).speaker, only(body).named) == ("Halden Chemicals", True)


def test_a_person_of_an_institution_is_registered_apart_from_it_so_she_finds_her():
    body = ('Political scientist Naomi Ellis of Brookhaven University said the vote was close. '
            '"Most people decided months ago," she said.')
    assert only(body).speaker == "Naomi Ellis"


def test_an_all_capitals_acronym_that_spells_a_clause_word_is_a_name():
    assert only('"We welcome the data," a WHO spokesperson said.').speaker == "WHO spokesperson"


def test_a_role_and_name_between_commas_after_an_unknown_phrase_is_the_subject():
    body = 'Her challenger, businessman Derek Vaughn, accused the mayor of "cooking the numbers."'
    assert only(body).speaker == "Derek Vaughn"


def test_what_a_person_is_of_is_an_organisation_he_never_means():
    body = ('Analyst Marcus Bell of Redfield Securities said investors were calm. '
            '"The market expected this," he told Bloomberg.')
    assert only(body).speaker == "Marcus Bell"


def test_a_first_name_alone_refers_back_to_the_one_person_named_so():
    body = 'Twelve-year-old Arjun Mehra won the title. "I just wanted good games," Arjun said.'
    assert only(body).speaker == "Arjun Mehra"


def test_a_question_block_whose_lead_in_names_nobody_belongs_to_the_article_subject():
    body = article(
        "Teenager Priya Natesan won the spelling bee on Sunday. Natesan practised for two years.",
        "We asked the new champion one question.",
        "What was the hardest word?",
        '"Ytterbium. I had never heard it before."',
    )
    assert only(body).speaker == "Priya Natesan"


def test_the_union_can_mean_a_named_association():
    body = ('The Westfield Nurses Association said it would seek guarantees. In a letter to members, '
            'the union called the merger "a test of good faith."')
    assert only(body).speaker == "Westfield Nurses Association"


def test_the_airline_is_the_carrier_named_not_a_region_after_the():
    body = ('Storms swept across the Southeast on Sunday. Delta Air Lines, the largest carrier, issued a '
            'waiver. "Safety comes first," the airline said.')
    assert only(body).speaker == "Delta Air Lines"


def test_a_job_noun_before_a_name_of_an_institution_is_a_role():
    body = ('Biologist Tomás Reyes of Colorado Parks and Wildlife tracks elk. '
            '"They found it on the first night," Reyes said.')
    assert only(body).speaker == "Tomás Reyes"


def test_the_agency_may_be_a_public_agency_named_after_an_outlet():
    body = ('The engineer told Space News the engine was redesigned. NASA congratulated the company. '
            '"Welcome to orbit," the agency said in a post.')
    assert only(body).speaker == "NASA"


def test_a_scare_quote_inside_the_writers_sentence_is_not_merged_with_the_next_quote():
    body = ('The college said the figures were "a national disgrace." Its president, Dr Adrian Boyle, '
            'told the BBC: "Behind every figure is a patient."')
    assert [q.speaker for q in find_quotes(body)] == ["college", "Adrian Boyle"]


def test_placards_saying_belong_to_the_people_carrying_them():
    body = 'The farmers carried placards saying "No Farmers, No Food."'
    assert only(body).speaker == "farmers"


def test_a_company_name_opening_on_a_place_word_is_still_a_company():
    body = 'The operator, Western Isles Ferries, said the strike was "unnecessary and regrettable."'
    assert (only(body).speaker, only(body).named) == ("Western Isles Ferries", True)


def test_a_count_opening_a_sentence_is_not_an_introductory_phrase():
    body = 'More than 400 pupils walked out on Thursday, chanting "Save our music" as they marched.'
    assert only(body).speaker == "pupils"


def test_that_is_how_stops_the_speaker_at_a_past_verb():
    body = '"It was a tough night." That is how Mayor Helen Cho summed up the debate.'
    assert only(body).speaker == "Helen Cho"


def test_asked_at_a_news_conference_gives_the_channel():
    body = ('Asked at a news conference Tuesday whether people should stay away, State Health Director '
            'Ana Lopez replied: "Go to the nearest emergency room."')
    assert only(body).via == "a news conference"


def test_an_adjective_and_job_before_an_appositive_name_still_name_the_person():
    body = ('One victim, retired teacher Graham Holt, lost his tools. '
            '"They were my father\'s tools," he said.')
    assert only(body).speaker == "Graham Holt"


def test_a_name_after_the_group_noun_and_the_names_the_group():
    body = ("Rovers fans' group the Blackmoor Supporters' Trust welcomed the signing but warned the club "
            'against "gambling the future on one player."')
    assert (only(body).speaker, only(body).named) == ("Blackmoor Supporters' Trust", True)


def test_a_relative_clause_after_an_appositive_does_not_become_the_speaker():
    body = ("Ola Berg, founder of the studio Tidewell, which makes the puzzle game Lantern, said she had "
            'paid the store "more than $1 million in fees" since 2020.')
    assert only(body).speaker == "Ola Berg"


def test_a_time_phrase_between_the_subject_and_its_verb_is_skipped():
    body = ('State Senator Rosa Diaz, a Democrat from Tucson, last week called the plan "a giveaway to '
            'developers."')
    assert only(body).speaker == "Rosa Diaz"


def test_a_speech_word_after_a_number_is_a_noun_not_the_verb():
    body = ('Reyes told colleagues in one 2022 text that the merger was "a done deal," according to '
            'a court filing.')
    assert only(body).speaker == "Reyes"


def test_according_to_a_document_gives_the_document_as_the_channel():
    body = ('Reyes told colleagues in one 2022 text that the merger was "a done deal," according to '
            'a court filing by regulators.')
    assert only(body).via == "court filing by regulators"


def test_a_juror_is_a_person_who_can_be_quoted():
    body = 'One juror was excused after saying she had "a low opinion of bankers."'
    assert only(body).speaker == "juror"


def test_another_is_another_person_of_the_kind_just_described():
    body = ('One prospective juror said she had "never heard of the band." Another said he had '
            'seen them "maybe twice, years ago."')
    assert [q.speaker for q in find_quotes(body)] == ["prospective juror", "another prospective juror"]


def test_some_of_a_group_holding_signs_are_that_group():
    body = 'The minister was met by about 40 nurses, some holding placards reading "Fair pay now."'
    assert only(body).speaker == "nurses"


def test_several_wearing_slogans_are_the_group_of_the_sentence_before():
    body = ('Striking dockers gathered outside the port gates. Several wore T-shirts printed with the '
            'words "Not for sale".')
    assert only(body).speaker == "Striking dockers"


def test_a_term_known_as_is_named_by_the_writer_not_quoted_from_the_speaker():
    body = ('The airline said most flights would run, using crews hired from other carriers, a practice '
            'known as "wet leasing".')
    assert only(body).speaker is None


def test_a_thing_called_by_a_name_is_nobodys_quote():
    body = 'The ministry said it would use a new system called "Fast Track" for visa appeals.'
    assert only(body).speaker is None


def test_a_speaker_who_calls_something_a_name_is_still_its_speaker():
    body = 'The plan, which the teachers called "a betrayal", passed on Tuesday.'
    assert only(body).speaker == "teachers"


def test_what_critics_have_called_is_the_critics_words():
    body = 'The city will ship water in by tanker, a measure critics have called "a humiliating stopgap".'
    assert only(body).speaker == "critics"


def test_with_a_group_doing_the_accusing_the_group_is_the_speaker():
    body = ('The talks collapsed on Friday, with small farmers accusing the ministry of "betrayal" '
            'over the new rules.')
    assert only(body).speaker == "small farmers"


def test_those_accused_of_something_in_a_headline_did_not_say_it():
    body = article('Ministers accused of "betrayal" as farm talks collapse',
                   'The talks collapsed on Friday, with small farmers accusing ministers of "betrayal" '
                   'over the new rules.')
    assert [q.speaker for q in find_quotes(body)] == ["small farmers", "small farmers"]


def test_a_place_before_an_unnamed_persons_job_is_part_of_the_descriptor():
    body = 'One Galway dairy farmer, who asked not to be named, said: "We were promised more."'
    assert (only(body).speaker, only(body).named) == ("Galway dairy farmer", False)


def test_a_judges_written_opinion_is_the_judges_words():
    body = 'Judge Amara Osei’s 80-page ruling found that the agency had acted "unlawfully and in haste."'
    assert only(body).speaker == "Amara Osei"


def test_a_headline_attributed_to_an_acronym_the_body_names_keeps_it():
    body = article('Bus cuts a "betrayal" of rural towns, says RMT',
                   'The RMT said the cuts were "a betrayal". Its organiser, Dan Hale, called them "a disgrace".')
    assert find_quotes(body)[0].speaker == "RMT"


def test_a_colon_lead_in_after_a_quote_introduces_the_next_speaker():
    body = ('Jenny Hale said she fell ill after swimming. "Nobody warned us." '
            'Her husband, Rob, added: "It is disgusting."')
    assert [q.speaker for q in find_quotes(body)] == ["Jenny Hale", "Rob"]


def test_a_name_in_apposition_after_an_unknown_noun_is_the_subject():
    body = ('Her opposite number, Conservative MSP Graham Simpson, went further: "This government has '
            'presided over a fiasco."')
    assert only(body).speaker == "Graham Simpson"


def test_a_place_and_office_before_an_unfamiliar_full_name_stay_in_the_subject():
    body = ('Punjab agriculture minister Gurmeet Singh Khuddian rejected the charge, calling it '
            '"politics over people\'s lungs".')
    assert only(body).speaker == "Gurmeet Singh Khuddian"


def test_the_union_is_the_organisation_named_only_before_its_officials_title():
    body = article('Drivers will strike on Thursday.',
                   'Unite general secretary Sharon Graham said members were "furious". '
                   'The union said the offer was "an insult".')
    assert [q.speaker for q in find_quotes(body)] == ["Sharon Graham", "Unite"]


def test_a_name_before_the_word_union_is_the_union():
    body = article('Drivers will strike after talks between the Aslef union and operators failed.',
                   'The union said the offer was "an insult".')
    assert only(body).speaker == "Aslef"


def test_a_nickname_inside_a_name_is_nobodys_quote_and_the_name_stays_whole():
    body = ('Councillor Michael "Mick" Garvey said residents had been "kept in the dark". '
            '"They are not racists," Mr Garvey said.')
    assert [q.speaker for q in find_quotes(body)] == [None, "Michael Garvey", "Michael Garvey"]


def test_one_of_them_is_one_of_the_group_just_described():
    body = ('Two people familiar with the matter said a new law was planned. One of them said a draft '
            'could be ready "within weeks."')
    assert only(body).speaker == "people familiar with the matter"


def test_someone_asked_to_do_something_did_not_say_it():
    body = ('According to the charge sheet, the bowler was asked to concede a "minimum of 14 runs" '
            'in each over.')
    assert only(body).speaker == "charge sheet"


def test_a_man_known_only_as_a_name_is_nobodys_quote():
    body = 'Investigators say the ring, run by a man known only as "Bhai", placed bets worth millions.'
    assert only(body).speaker is None


def test_a_judge_instructing_jurors_is_the_speaker():
    body = 'Judge Alicia Moreno instructed jurors that the actor must prove "actual malice."'
    assert only(body).speaker == "Alicia Moreno"


def test_the_union_is_an_association_before_any_other_body_mentioned_since():
    body = article('Cleaners at the National Tertiary Education Union\'s member campuses walked out.',
                   'La Trobe said it regretted the action. The union said it would "fight every job loss".')
    assert [q.speaker for q in find_quotes(body)] == ["National Tertiary Education Union"]


def test_an_angler_is_a_person_who_can_be_quoted():
    body = 'One angler, who asked not to be named, said the river had "gone quiet".'
    assert only(body).speaker.startswith("angler")


def test_first_names_of_many_origins_give_a_pronoun_its_person():
    body = ('Eilidh MacLeod and Tomasz Nowak spoke at the meeting. Nowak said the plan was sound. '
            '"It is a disaster," she said.')
    assert only(body).speaker == "Eilidh MacLeod"


def test_a_pronoun_no_subject_fits_goes_to_the_person_of_that_sex_named_before():
    body = 'Singer Maya Torres sued host Greg Lund, saying he falsely called her a "fraud" on air.'
    assert only(body).speaker == "Greg Lund"


def test_some_of_a_partitive_group_holding_signs_are_that_group():
    body = "About two dozen of Marsh's fans waited outside, some holding signs reading \"We Believe Lila.\""
    assert only(body).speaker == "Marsh's fans"


def test_and_some_carrying_signs_are_the_main_clauses_group():
    body = ('Picketers outside St. Boniface Hospital chanted "Fair pay now!" as drivers honked, and some '
            'carried hand-painted signs reading "No More Band-Aids."')
    assert [q.speaker for q in find_quotes(body)] == ["Picketers", "Picketers"]


def test_an_anonymous_sources_reason_is_kept_whole():
    body = ('A senior detective who was not authorised to speak to the media said many would get bail. '
            '"We arrest the same boys over and over," the detective said.')
    assert only(body).speaker == "senior detective who was not authorised to speak to the media"


def test_an_acronym_office_is_a_title_in_the_subject():
    body = 'Community safety MEC Faizel Abrahams said the province had seen "operations like this come and go."'
    assert only(body).speaker == "Faizel Abrahams"


def test_an_acronym_title_heads_an_anonymous_descriptor():
    body = ('A coalition MP, who spoke on condition of anonymity, said the mood was "nervous." '
            '"Nobody wants to be blamed," the MP said.')
    assert [q.speaker for q in find_quotes(body)][1] == "coalition MP"


def test_a_name_with_an_age_and_a_place_in_apposition_is_the_subject():
    body = 'Marjorie Kitchen, 71, of Selkirk, said her surgery was cancelled — "twice, and now this."'
    assert only(body).speaker == "Marjorie Kitchen"


def test_a_relative_named_by_first_name_is_who_she_means():
    body = ('Marjorie Kitchen said her surgery was cancelled. Her daughter Leanne was blunter. '
            '"Somebody should lose their job over this," she said.')
    assert only(body).speaker == "Leanne"


def test_a_speech_verb_inside_a_clause_after_the_quote_is_not_its_attribution():
    body = ('Senator Mia Ferrante blasted the cap as "a wrecking ball" aimed at universities that had '
            'done what successive governments asked of them.')
    assert only(body).speaker == "Mia Ferrante"


def test_casting_oneself_as_something_is_ones_own_description():
    body = 'Denise Ramos, 46, has cast herself as the candidate of "neighborhoods, not downtown donors."'
    assert only(body).speaker == "Denise Ramos"


def test_a_list_of_predicates_before_the_verb_leaves_the_sentence_subject():
    body = ('Denise Ramos, a two-term alderwoman, chaired the safety committee until last year, has cast '
            'herself as "the neighborhoods candidate."')
    assert only(body).speaker == "Denise Ramos"


def test_a_clock_time_can_end_a_sentence():
    body = ('Cleaners set up picket lines shortly after 6 a.m. Picketers outside the hospital chanted '
            '"Fair pay now!"')
    assert only(body).speaker == "Picketers"


def test_one_question_is_a_noun_in_a_colon_lead_in():
    body = article("Marsh's attorney, Rebecca Stahl, told jurors the case came down to one question:",
                   '"Did Lila tell the truth? Because if she did, there is no case."')
    assert only(body).speaker == "Rebecca Stahl"


def test_a_unions_name_ends_before_a_regional_office():
    body = article('National Tertiary Education Union Victorian division secretary Rhys Pemberton called '
                   'the plan "a bloodbath".',
                   'The union said it would "fight every job loss".')
    assert [q.speaker for q in find_quotes(body)] == ["Rhys Pemberton", "National Tertiary Education Union"]


def test_some_carrying_placards_are_the_people_named_in_the_sentence_before():
    body = ('In Ballinamore, where a hotel is to open as a centre, about 150 residents attended a protest. '
            'Some carried placards reading "Ballinamore Says No".')
    assert only(body).speaker == "residents"


def test_an_aside_between_dashes_does_not_hide_the_subject():
    body = ('The caucus leader, Lerato Mokoena – no relation to the candidate – said the party "can no '
            'longer take townships for granted".')
    assert only(body).speaker == "Lerato Mokoena"


def test_a_term_that_professionals_call_something_has_no_speaker():
    body = 'The figures miss unreported crime, a gap that criminologists call the "dark figure" of crime.'
    assert only(body).speaker is None


def test_the_hotel_is_the_company_named_before():
    body = ('The Keystone Grand said it was cooperating. The hotel claimed its tower had passed an '
            'inspection "less than two months ago."')
    assert only(body).speaker == "Keystone Grand"


def test_a_workers_organisation_of_a_place_is_named_whole():
    body = article('Carla Dufresne has led the Health Care Workers of Manitoba since 2019.',
                   'The union said it would return to talks "any time, any place".')
    assert only(body).speaker == "Health Care Workers of Manitoba"


def test_a_capitalised_word_mid_sentence_is_not_a_speech_verb():
    body = ('Spokesperson Rohan Talwar said the figures exposed "jungle raj" in BJP-ruled States and '
            'demanded answers.')
    assert only(body).speaker == "Rohan Talwar"


def test_a_quotation_paragraph_after_someone_reads_a_statement_is_theirs():
    body = article('The hearing began at 10.',
                   'Henrik Aasland, who has led the company for six years, read from a prepared statement.',
                   '"Every dollar we earn is a dollar we can put back into discovery."')
    quote = only(body)
    assert (quote.speaker, quote.via) == ("Henrik Aasland", "a prepared statement")


def test_an_office_written_as_a_name_before_the_persons_name_is_the_role():
    body = ('The ASUU President, Prof. Emmanuel Osodeke, described the offer as "an insult to the '
            'intellect of Nigerians".')
    assert only(body).speaker == "Emmanuel Osodeke"


def test_an_epithet_goes_to_the_person_last_named_of_any_sex():
    body = ('Political analyst Mike Noble said the race was close. "Neither candidate landed a knockout '
            'blow," the pollster said.')
    assert only(body).speaker == "Mike Noble"


def test_the_democrat_is_the_person_introduced_as_a_democrat():
    body = ('Republican Kari Lake and Democrat Ruben Gallego debated on Tuesday. Lake called the night '
            'a win. The Democrat later told supporters: "We are going to win this thing."')
    assert [q.speaker for q in find_quotes(body)] == ["Ruben Gallego"]


def test_a_party_word_opening_an_organisations_name_stays_in_it():
    body = 'The Republican National Committee said the advert was "false".'
    assert only(body).speaker == "Republican National Committee"


def test_a_place_after_a_city_is_not_who_a_relative_clause_means():
    body = ('Also testifying was Tanya Boateng, 44, a nurse from Columbus, Ohio, who said she lost her '
            'cover in March. "I was told I could pay or go back to being sick," she said.')
    assert only(body).speaker == "Tanya Boateng"


def test_a_company_named_after_a_place_is_not_a_person_she_can_mean():
    body = ('Hydro Tasmania declined to comment. Economist Priya Raman said the damage to regional '
            'Tasmania could be large. "Lose a smelter and you lose a town," she said.')
    assert only(body).speaker == "Priya Raman"


def test_a_portuguese_do_joins_a_name():
    body = 'The mining company, Vale do Norte, said it had "followed all safety protocols".'
    assert only(body).speaker == "Vale do Norte"


def test_a_party_mp_unnamed_is_a_descriptor():
    body = 'A senior Conservative MP, speaking on condition of anonymity, said colleagues were "furious".'
    quote = only(body)
    assert (quote.speaker, quote.named) == ("senior Conservative MP", False)


def test_a_decimal_point_does_not_end_a_sentence():
    body = ('The bank, which held roughly $9.8 billion in deposits, said it had "more than enough '
            'liquidity".')
    assert only(body).speaker == "bank"


def test_the_company_is_the_one_an_appositive_calls_a_producer():
    body = ('Mineração Serra Alta owns the dam. Mineração Serra Alta, a mid-sized producer, said it was '
            'saddened. The company said the dam had been classified as "low risk."')
    assert only(body).speaker == "Mineração Serra Alta"


def test_a_single_name_with_a_role_in_apposition_is_a_person():
    body = ('Sueli, a 52-year-old school cook who gave only her first name, lost her brother. '
            '"They told us it was safe," she said.')
    assert only(body).speaker == "Sueli"


def test_a_peer_is_a_title_before_a_name():
    body = 'Conservative peer Baroness Anne Whitcombe described the camp as a "hate camp".'
    assert only(body).speaker == "Anne Whitcombe"


def test_a_bank_teller_is_a_person():
    body = ('Inside, one teller, who asked not to be named, said the branch ran short. '
            '"People were polite, mostly," she said.')
    assert only(body).speaker.startswith("teller")


def test_a_woman_named_since_the_last_subject_of_unknown_sex_is_who_she_means():
    body = ('A senior official in the ministry said talks would resume. For students like Aisha Musa, '
            '22, the news was devastating. "My parents sold land to pay my fees," she said.')
    assert only(body).speaker == "Aisha Musa"


def test_said_on_a_programme_is_not_an_inverted_attribution():
    body = ("The Minister of Education, Dr. Halima Tukur-Bello, said on Channels Television's Politics "
            'Today that funds were released. She said the government would enforce its "no work, no pay" rule.')
    assert only(body).speaker == "Halima Tukur-Bello"


def test_an_opening_prepositional_phrase_is_not_the_subject():
    body = ('At the University of Lagos, hundreds of students gathered, some holding placards reading '
            '"We Are Not Your Pawns".')
    assert only(body).speaker == "students"


def test_a_nickname_given_in_apposition_has_no_speaker():
    body = 'The tiger, nicknamed "Sultan", was darted twice before it was caged, officials said.'
    assert only(body).speaker is None


def test_an_epithet_for_a_named_bank_is_that_bank():
    body = ('Customers of Cumberland Trust Bank queued for hours. The Knoxville-based bank said it had '
            '"more than enough liquidity".')
    assert only(body).speaker == "Cumberland Trust Bank"


def test_a_sentence_opening_with_chanting_gives_the_main_clauses_subject():
    body = ("Chanting 'Homes not profit' and carrying a banner that read 'Not for sale', the protesters "
            "walked to the town hall.")
    assert [q.speaker for q in find_quotes(body)] == ["protesters", "protesters"]


def test_two_companies_joined_by_and_after_a_suffix_are_two_names():
    body = ('Maple Crest Foods Ltd. and FreshMart Canada were charged. FreshMart said it had "nothing '
            'to hide."')
    assert only(body).speaker == "FreshMart Canada"


def test_the_federal_watchdog_is_the_public_body_named_before():
    body = ('Three chains conspired, the Competition Bureau alleged, in what the federal watchdog '
            'called a "textbook cartel".')
    assert only(body).speaker == "Competition Bureau"


def test_an_unnamed_workers_message_is_that_workers_words():
    body = 'The senator read aloud an engineer’s 2022 message calling teenagers "the whole ballgame".'
    assert only(body).speaker == "engineer"


def test_a_finance_bill_is_not_a_person_she_can_mean():
    body = ('MPs debated the Finance Bill. Among the marchers was Wanjiru Kamau, a graduate. '
            '"They tax the bread," she said.')
    assert only(body).speaker == "Wanjiru Kamau"
