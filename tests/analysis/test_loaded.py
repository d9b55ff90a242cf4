"""Loaded-language detection: the lexicon file and the matcher."""

from analysis.loaded import (
    RULE_KINDS,
    find_loaded_terms,
    inflections,
    load_lexicon,
    words_of,
)
from analysis.types import Quote

CATEGORIES = {"politics", "crime", "immigration", "protest", "economy", "health", "war_conflict",
              "general_emotive", "identity", "dehumanising", "media", "attribution",
              "environment"}


def matched(body: str) -> list[str]:
    return [hit.matched for hit in find_loaded_terms(body, [])]


def quote_of(body: str, text: str, kind: str = "statement") -> Quote:
    start = body.index(text)
    return Quote(text=text, kind=kind, speaker=None, named=False, role=None, via=None,
                 start=start, end=start + len(text))


# ---------------------------------------------------------------- inflection


def test_inflections_cover_plural_past_and_ing_with_consonant_doubling():
    assert {"slams", "slammed", "slamming"} <= inflections("slam")


def test_inflections_drop_a_final_e_before_ing_and_ed():
    assert {"invades", "invaded", "invading"} <= inflections("invade")


def test_inflections_turn_a_final_consonant_y_into_ies_and_ied():
    assert {"bullies", "bullied", "bullying"} <= inflections("bully")


def test_inflections_include_irregular_verb_forms():
    assert {"goes", "went", "gone", "going"} <= inflections("go")


def test_inflections_include_british_ise_spelling():
    assert {"terrorise", "terrorised", "terrorising"} <= inflections("terrorize")


# ---------------------------------------------------------------- matching


def test_plural_nouns_are_found():
    assert matched("Two invasions and three crackdowns.") == ["invasions", "crackdowns"]


def test_every_form_of_a_verb_is_found():
    body = "They swarm. It swarms. Crowds swarmed in. Migrants swarming."
    assert matched(body) == ["swarm", "swarms", "swarmed", "swarming"]


def test_phrasal_verb_is_found_in_every_tense():
    body = "They round up people. Officers rounded up 40. ICE began rounding up families."
    assert matched(body) == ["round up", "rounded up", "rounding up"]


def test_irregular_past_of_a_phrase_verb_is_found():
    body = "She went rogue. He is going rogue. They may go rogue."
    assert [hit.term for hit in find_loaded_terms(body, [])] == ["go rogue"] * 3


def test_plural_of_the_last_word_of_a_phrase_is_found():
    assert matched("removing millions of illegal aliens") == ["illegal aliens"]


def test_hyphen_and_space_spellings_both_match():
    assert matched("anti-immigrant policies and anti immigrant rhetoric") == [
        "anti-immigrant", "anti immigrant"]


def test_phrase_may_run_over_a_line_break():
    assert matched("a campaign of\nterror") == ["campaign of\nterror"]


def test_phrase_does_not_run_across_sentence_punctuation():
    assert matched("they did not go. Rogue waves hit the coast.") == []


def test_matching_ignores_case():
    assert matched("WITCH HUNT, says Witch Hunt fan") == ["WITCH HUNT", "Witch Hunt"]


def test_matching_respects_word_boundaries():
    assert matched("The mobile phone regimented a riotous hoaxer.") == []


def test_longest_match_wins_and_is_reported_once():
    hits = find_loaded_terms("He called them illegal aliens.", [])
    assert [(hit.term, hit.matched) for hit in hits] == [("illegal alien", "illegal aliens")]


def test_hits_come_in_body_order_with_offsets_into_the_body():
    body = "A bombshell report on the regime's crackdown."
    hits = find_loaded_terms(body, [])
    assert [body[hit.start:hit.end] for hit in hits] == ["bombshell", "regime", "crackdown"]


def test_a_hit_carries_the_lexicon_entry():
    hit = find_loaded_terms("They called it a witch hunt.", [])[0]
    assert hit.term == "witch hunt"
    assert hit.category == "politics"
    assert "investigation" in hit.neutral
    assert isinstance(hit.neutral, tuple) and hit.why


# ---------------------------------------------------------------- voice


def test_term_inside_a_statement_quote_is_quoted():
    body = 'Harris said: "The administration is running a campaign of terror."'
    hits = find_loaded_terms(body, [quote_of(body, "The administration is running a campaign of "
                                                   "terror.")])
    assert hits[0].voice == "quoted"


def test_term_inside_scare_quotes_is_quoted():
    body = 'He sought to "sabotage" the operation.'
    hits = find_loaded_terms(body, [quote_of(body, "sabotage", kind="scare")])
    assert hits[0].voice == "quoted"


def test_term_in_the_writers_own_sentence_is_author():
    body = 'The crackdown continued. "We are proud," she said.'
    hits = find_loaded_terms(body, [quote_of(body, "We are proud,")])
    assert [(hit.matched, hit.voice) for hit in hits] == [("crackdown", "author")]


def test_quote_end_pointing_at_the_last_character_still_counts_as_quoted():
    body = 'called it "chaos" today'
    start = body.index("chaos")
    quote = Quote(text="chaos", kind="scare", speaker=None, named=False, role=None, via=None,
                  start=start, end=start + 4)
    assert find_loaded_terms(body, [quote])[0].voice == "quoted"


# ---------------------------------------------------------------- false-positive guards


def test_literal_flood_in_a_weather_story_is_not_flagged():
    body = ("Flood warnings were issued after heavy rain. The river flooded two towns and "
            "flooding closed the highway.")
    assert matched(body) == []


def test_flood_of_people_is_flagged():
    assert matched("a flood of migrants at the border") == ["flood"]


def test_regime_in_exercise_regime_is_not_flagged():
    assert matched("She kept a strict exercise regime.\n\nThe Syrian regime fell.") == ["regime"]


def test_flash_mob_and_riot_police_are_not_flagged():
    assert matched("A flash mob danced as riot police watched.") == []


def test_woke_up_is_not_flagged():
    assert matched("She woke up early. The woke left objected.") == ["woke"]


def test_military_invasion_is_not_flagged():
    assert matched("Troops crossed the border as the invasion began.") == []


def test_admitted_to_hospital_is_not_flagged_but_admitted_wrongdoing_is():
    assert matched("He was admitted to hospital. She admitted that she lied.") == [
        "admitted", "lied"]


def test_destroyed_is_flagged_only_about_an_argument():
    assert matched("The fire destroyed 40 homes.") == []
    assert matched("Watch him destroy a heckler in this debate.") == ["destroy"]


def test_capitalised_word_used_as_a_name_is_not_flagged():
    body = "County emergency manager Linda Flood spoke. Flood said crews were ready."
    assert matched(body) == []


def test_disaster_in_a_storm_story_is_not_flagged_but_a_political_disaster_is():
    storm = "The typhoon flattened villages.\n\nThe storm killed 40. Aid for the disaster is slow."
    assert matched(storm) == []
    assert matched("The launch was a disaster for the campaign.") == ["disaster"]


def test_surge_is_flagged_only_about_people_arriving():
    assert matched("Retailers reported a surge in sales.") == []
    assert matched("Officials reported a surge of migrants.") == ["surge"]


def test_hyphenated_compound_inflects_only_at_its_end():
    assert matched("She flip-flopped, then kept flip-flopping.") == ["flip-flopped", "flip-flopping"]
    assert matched("the tax-and-spending bill") == []


def test_capitalised_word_in_a_sentence_case_headline_is_still_flagged():
    assert matched("Furious Tory MPs accuse ministers\n\nThe vote was close.") == ["Furious"]


def test_possessive_does_not_hide_a_context_word():
    assert matched("the furlough scheme and the government's scheme") == []


# ---------------------------------------------------------------- the lexicon file


def test_lexicon_has_at_least_300_entries():
    assert len(load_lexicon()) >= 300


def test_every_entry_has_term_category_neutral_and_why():
    for entry in load_lexicon():
        assert entry.term and entry.category and entry.neutral and entry.why, entry


def test_no_term_is_listed_twice():
    terms = [words_of(entry.term) for entry in load_lexicon()]
    assert len(terms) == len(set(terms))


def test_every_category_is_a_known_one():
    assert {entry.category for entry in load_lexicon()} <= CATEGORIES


def test_terms_are_lower_case():
    assert [entry.term for entry in load_lexicon() if entry.term != entry.term.lower()] == []


def test_not_when_rules_use_only_known_kinds():
    for entry in load_lexicon():
        for part in entry.not_when.split(";"):
            kind, colon, _ = part.partition(":")
            assert not colon or kind.strip() in RULE_KINDS, entry.term


def test_every_headword_is_found_on_its_own():
    unconditional = [entry for entry in load_lexicon() if not entry.rules.not_near]
    missed = [entry.term for entry in unconditional
              if [hit.term for hit in find_loaded_terms(f"They spoke of {entry.term} here.", [])]
              != [entry.term]]
    assert missed == []


def test_lexicon_loads_from_another_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    load_lexicon.cache_clear()
    assert len(load_lexicon()) >= 300


def test_phrasal_verb_split_by_its_object_is_found():
    body = "They want to tear the city apart. Agents rounded them up."
    assert matched(body) == ["tear the city apart", "rounded them up"]


def test_a_preposition_is_not_taken_for_a_split_phrasal_verb():
    assert matched("We walked round the corner up the hill.") == []


# ---------------------------------------------------------------- classes of loaded language


def test_war_metaphor_for_a_policy_dispute_is_flagged():
    assert matched("Farmers accused the government of waging war on the countryside.") == [
        "waging war on"]


def test_war_on_in_a_story_about_a_real_war_is_not_flagged():
    body = ("Troops shelled the city again. The military said soldiers held the line.\n\n"
            "The war on Ukraine has displaced millions, the UN said.")
    assert matched(body) == []


def test_established_war_on_names_are_not_flagged():
    assert matched("Critics of the war on drugs met in Denver.") == []


def test_death_sentence_as_a_verdict_on_a_plan_is_flagged():
    assert matched('The union called the water cut "a death sentence" for growers.') == [
        "death sentence"]


def test_death_sentence_passed_by_a_court_is_not_flagged():
    assert matched("The jury recommended a death sentence and the judge imposed it.") == []


def test_scandal_and_greed_framing_are_flagged():
    assert matched("It's a money grab, and the first scandal taught them nothing.") == [
        "money grab", "scandal"]


def test_ridicule_of_people_and_buildings_is_flagged():
    body = "Students accused regents of crying poor. Neighbours call the tower an eyesore."
    assert matched(body) == ["crying poor", "eyesore"]


def test_conspiracy_framing_is_flagged():
    assert matched("a Trojan horse for the stack-and-pack crowd") == [
        "Trojan horse", "stack-and-pack"]


def test_trojan_horse_in_a_story_about_malware_is_not_flagged():
    assert matched("The malware, a Trojan horse, hid in the software update.") == []


def test_acronym_plural_is_not_taken_for_a_name():
    assert matched("People call us NIMBYs. Fine.") == ["NIMBYs"]


def test_claiming_as_a_verb_of_saying_is_flagged_but_claiming_responsibility_is_not():
    assert matched("The group posted a message claiming to have stolen data.") == ["claiming"]
    assert matched("No group is claiming responsibility.") == []


def test_deadly_is_the_plain_word_for_what_kills():
    assert matched("Such attacks can be deadly. The deadly crash killed two.") == []


def test_toxic_chemicals_are_literal_but_a_toxic_culture_is_flagged():
    assert matched("Toxic chemicals leaked from the plant.") == []
    assert matched("Staff described a toxic culture at the agency.") == ["toxic"]


def test_pork_is_flagged_only_as_political_spending():
    assert matched("Pork prices fell as farmers sold more pigs.") == []
    assert matched("Lawmakers loaded the spending bill with pork.") == ["pork"]


def test_a_noun_trumpet_is_not_a_verb_of_saying():
    assert matched("He carried a trumpet. The mayor trumpeted the figures.") == ["trumpeted"]


def test_a_crater_in_the_ground_is_literal_but_shares_that_crater_are_not():
    assert matched("The blast left a crater in the road.") == []
    assert matched("Shares cratered after the forecast.") == ["cratered"]


def test_a_plural_possessive_inside_a_phrase_still_matches():
    assert matched("a waste of taxpayers' money run by the old boys’ network") == [
        "waste of taxpayers' money", "old boys’ network"]


def test_arson_and_violence_metaphors_for_criticism_are_flagged_but_literal_fires_are_not():
    assert matched("Critics torched the proposal and hammered the governor.") == [
        "torched", "hammered"]
    assert matched("Arsonists torched three cars before firefighters arrived.") == []


def test_bully_in_a_story_about_school_bullying_is_not_flagged():
    school = "Pupils said a bully at the school threatened them. Teachers said the school would act."
    assert matched(school) == []
    assert matched("The minister tried to bully the regulator.") == ["bully"]


def test_irregular_past_of_lay_is_found_in_a_phrase():
    assert matched("The senator laid into the agency chief. Hens laid eggs.") == ["laid into"]


def test_hitting_verbs_in_a_sports_story_are_literal():
    game = ("Vega blasted a two-run homer in the first inning and hammered a solo shot in the "
            "seventh. The bullpen was torched for five runs.\n\nThe pitcher struck out eight.")
    assert matched(game) == []
    assert matched("The senator blasted the plan and hammered the governor.") == [
        "blasted", "hammered"]


def test_an_idiom_split_by_its_object_before_under_is_found():
    assert matched("Officials threw the clerk under the bus.") == ["threw the clerk under the bus"]
    assert matched("He threw the ball under the table.") == []


def test_back_to_back_is_not_hitting_back():
    assert matched("The twins hit back-to-back shots.") == []
    assert matched("The minister hit back at critics.") == ["hit back"]


def test_holding_something_hostage_is_found_around_its_object():
    assert matched("The union said the firm was holding our kids hostage.") == [
        "holding our kids hostage"]
    assert matched("Gunmen held 12 people hostage for a day.") == []


def test_hold_to_ransom_is_found_around_its_object():
    found = find_loaded_terms("The union has chosen to hold families to ransom this summer.", [])
    assert [term.matched for term in found] == ["hold families to ransom"]


def test_slapped_with_a_fine_is_flagged_but_a_literal_slap_is_not():
    assert matched("Regulators slapped the bank with a record fine.") == ["slapped"]
    assert matched("She slapped him across the cheek.") == []


def test_rap_music_is_not_a_reprimand():
    assert matched("The minister was rapped by the watchdog.") == ["rapped"]
    assert matched("The rapper played songs from his rap album.") == []


def test_let_go_is_flagged_only_about_staff():
    assert matched("The firm let go 300 staff in May.") == ["let go"]
    assert matched("She would not let go of the rope.") == []


def test_robbing_a_bank_is_literal_but_robbing_farmers_is_not():
    assert matched("Two masked men robbed a bank at gunpoint.") == []
    assert matched("The levy is robbing farmers to fund the budget.") == ["robbing"]


def test_a_named_eco_scheme_is_a_programme_not_a_plot():
    assert find_loaded_terms("Farmers say the new eco-scheme pays too little.", []) == []


def test_hold_hostage_is_found_around_a_plural_noun_object():
    found = find_loaded_terms("The minister accused the union of holding patients hostage.", [])
    assert [term.matched for term in found] == ["holding patients hostage"]


def test_a_capitalised_word_in_a_title_case_banner_is_not_a_name():
    body = 'A banner reading "Nitrogen Madness" hung from a bridge.'
    quote = Quote(text="Nitrogen Madness", kind="scare", speaker=None, named=False, role=None, via=None,
                  start=18, end=34)
    assert [term.matched for term in find_loaded_terms(body, [quote])] == ["Madness"]


def test_a_project_to_nowhere_is_mocked():
    found = find_loaded_terms('"It\'s a train to nowhere," the councillor said.', [])
    assert [term.term for term in found] == ["train to nowhere"]


def test_looting_shops_in_a_riot_is_literal():
    found = find_loaded_terms("Crowds looted shops and smashed windows during the unrest.", [])
    assert "loot" not in [term.term for term in found]


def test_a_socialist_party_is_a_name_not_a_slur():
    assert find_loaded_terms("She joined the socialist party in 1998.", []) == []


def test_dumping_waste_is_literal_but_dumping_migrants_is_not():
    assert find_loaded_terms("A firm was fined for dumping waste in the river.", []) == []
    found = find_loaded_terms("They are dumping asylum seekers on a town with no doctor.", [])
    assert [term.term for term in found] == ["dump"]


def test_monger_after_a_hyphen_is_loaded_whatever_precedes_it():
    found = find_loaded_terms("He accused rivals of rumour-mongering.", [])
    assert [term.term for term in found] == ["monger"]


def test_a_fish_monger_is_a_trade():
    assert find_loaded_terms("The fish-monger opened at dawn.", []) == []


def test_coconut_near_food_words_is_the_fruit():
    assert find_loaded_terms("The stall sold coconut oil and grated coconut.", []) == []


def test_red_meat_is_loaded_only_near_a_political_audience():
    assert find_loaded_terms("Eating red meat raises the risk of bowel cancer.", []) == []
    found = find_loaded_terms("He threw red meat to his supporters at the rally.", [])
    assert [term.term for term in found] == ["red meat"]


def test_infiltrators_are_loaded_only_when_said_of_migrants():
    assert find_loaded_terms("Troops killed two infiltrators at the frontier.", []) == []
    found = find_loaded_terms("He called the Bangladeshi migrants infiltrators.", [])
    assert [term.term for term in found] == ["infiltrator"]


def test_a_sellout_crowd_is_a_full_house():
    assert find_loaded_terms("A sellout crowd watched the final.", []) == []


def test_a_one_syllable_verb_doubles_its_last_consonant():
    assert "shaming" not in inflections("sham") and "shammed" in inflections("sham")


def test_flooding_a_road_near_a_border_is_literal():
    assert find_loaded_terms("Supplies were delayed at the border by flooding on the main road.", []) == []


def test_a_staffing_crisis_is_a_plain_description():
    assert find_loaded_terms("This does not fix the staffing crisis in our hospitals.", []) == []


def test_skimming_money_off_milk_prices_is_loaded_but_skim_milk_is_not():
    assert find_loaded_terms("A carton of skim milk costs more.", []) == []
    found = find_loaded_terms("They skim a few cents off every litre of milk.", [])
    assert [term.term for term in found] == ["skim"]


def test_a_term_inside_any_of_several_quotes_is_in_the_quoted_voice():
    body = 'He said "fine" and later "a total disgrace" before calling it "a shambles".'
    quotes = [Quote(text=t, kind="scare", speaker=None, named=False, role=None, via=None,
                    start=body.index(t), end=body.index(t) + len(t))
              for t in ("fine", "a total disgrace", "a shambles")]
    assert {term.matched: term.voice for term in find_loaded_terms(body, quotes)} == {
        "disgrace": "quoted", "shambles": "quoted"}
