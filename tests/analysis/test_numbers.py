"""The numeric-claim extractor: what is a claim, its value, hedge, unit, text and what it counts."""

from analysis.numbers import find_numbers
from analysis.types import NumberClaim


def claims(text: str) -> list[NumberClaim]:
    return find_numbers(text)


def only(text: str) -> NumberClaim:
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


def texts(text: str) -> list[str]:
    return [claim.text for claim in find_numbers(text)]


# ---------------------------------------------------------------- digits and what they count


def test_a_plain_count_is_exact_with_its_value():
    claim = only("Officers arrested 680 people on Wednesday.")
    assert (claim.value, claim.hedge, claim.text) == (680, "exact", "680")


def test_offsets_point_at_the_text_in_the_body():
    body = "Police said as many as 800 people were arrested."
    claim = only(body)
    assert body[claim.start:claim.end] == claim.text == "as many as 800"


def test_the_verb_before_a_number_gives_the_event():
    assert only("U.S. immigration officers arrested 680 people.").counts == "people arrested"


def test_a_passive_verb_after_an_aside_gives_the_event():
    claim = only("The raids, in which 680 people, mostly Latinos, were arrested at plants.")
    assert claim.counts == "people arrested"


def test_a_nominal_event_gives_the_event():
    assert only("The operation led to the arrest of 680 workers in Mississippi.").counts == "workers arrested"


def test_a_reduced_relative_gives_the_event():
    assert only("The operation saw 680 immigrant workers arrested in plants.").counts == \
        "immigrant workers arrested"


def test_descriptive_modifiers_are_left_out_of_counts():
    claim = only("As many as 800 suspected undocumented immigrants were arrested.")
    assert claim.counts == "immigrants arrested"


def test_classifying_modifiers_stay_in_counts():
    assert only("They were held at seven food processing plants.").counts == "food processing plants"


def test_a_killing_without_a_noun_counts_people():
    assert only("The gunman, who killed 22 in a Walmart, was arrested.").counts == "people killed"


def test_a_state_after_the_noun_is_the_event():
    assert only("A mass shooting left 22 people dead.").counts == "people dead"


def test_a_verb_with_an_object_is_not_the_event():
    claim = only("Two firefighters suffered minor injuries.")
    assert claim.counts == "firefighters"


def test_a_partitive_counts_the_noun_after_it():
    assert only("Over 300 of the detained immigrants were released.").counts == "immigrants released"


def test_a_number_with_no_noun_takes_the_sentence_subject():
    assert only("The death toll rose to 14 on Wednesday.").counts == "death toll"


def test_the_subject_is_found_before_its_prepositional_phrases():
    claim = only("The death toll from the earthquake in eastern Turkey rose above 2,000.")
    assert (claim.counts, claim.hedge) == ("death toll", "more_than")


def test_the_number_of_something_counts_that_thing():
    assert only("The number of people killed in the quake rose to 2,100.").counts == "people killed"


def test_a_participle_before_the_noun_is_the_event_when_no_other_is_given():
    assert only("Rescuers dug through more than 800 collapsed buildings.").counts == "buildings collapsed"


def test_an_estimate_of_the_injured_counts_people_injured():
    assert only("Officials put the number of injured at 35.").counts == "people injured"


def test_an_order_to_leave_counts_people_evacuated():
    assert only("About 20,000 people have been ordered to leave their homes.").counts == "people evacuated"


def test_a_measure_takes_the_verb_before_it():
    assert only("The fire has scorched more than 15,000 acres.").counts == "acres scorched"


def test_a_percentage_before_a_participle_counts_that_state():
    assert only("The blaze was 5% contained.").counts == "percent contained"


def test_a_hyphenated_count_counts_the_noun_in_the_plural():
    claim = only("The White House called off the 10-city operation.")
    assert (claim.value, claim.counts) == (10, "cities")


# ---------------------------------------------------------------- numbers in words


def test_compound_number_words_are_read():
    assert only("Twenty-two people were arrested.").value == 22


def test_long_number_words_are_read():
    assert only("He said one hundred and fifty families had left.").value == 150


def test_a_dozen_is_twelve():
    assert only("The company has closed a dozen plants since 2015.").value == 12


def test_two_dozen_is_twenty_four():
    assert only("Two dozen officers were deployed.").value == 24


def test_twice_is_two_times():
    claim = only("Targets had been raised twice this year.")
    assert (claim.value, claim.unit) == (2, "times")


def test_a_fraction_in_words_is_a_claim():
    assert round(only("Two-thirds of roads have reopened.").value, 3) == 0.667


def test_half_of_something_is_a_half():
    assert only("Half of the county's residents remain without power.").value == 0.5


def test_the_second_half_is_not_a_claim():
    assert claims("He scored in the second half.") == []


def test_a_half_point_is_a_half():
    claim = only("Some members backed a bigger half-point increase.")
    assert (claim.value, claim.counts) == (0.5, "points")


def test_a_fraction_after_by_is_a_change():
    assert only("The city's population grew by a third in the 2010s.").value == 1 / 3


def test_a_ratio_is_a_fraction():
    claim = only("One in five buses never turns up.")
    assert (claim.value, claim.text) == (0.2, "One in five")


def test_a_third_official_is_an_ordinal():
    assert claims("A third official claimed he was behind the leak.") == []


def test_vague_amounts_are_not_claims():
    assert claims("Hundreds of people marched and tens of thousands watched; dozens were hurt.") == []


# ---------------------------------------------------------------- "one"


def test_one_as_a_determiner_is_not_a_claim():
    assert claims("One official said the timing was unfortunate.") == []


def test_one_of_them_is_not_a_claim():
    assert claims("One of them said the details came from the secretary.") == []


def test_the_only_one_is_not_a_claim():
    assert claims("The only one who could have shared the details was Kevin.") == []


def test_one_person_killed_is_a_claim():
    assert only("One person was killed and the driver fled.").counts == "person killed"


def test_at_least_one_is_a_claim():
    assert only("At least one official objected.").hedge == "at_least"


# ---------------------------------------------------------------- hedges


def test_as_many_as_is_at_most():
    assert only("as many as 800 immigrants were arrested").hedge == "at_most"


def test_up_to_is_at_most():
    assert only("The operation will target up to 2,000 families.").hedge == "at_most"


def test_almost_is_less_than():
    assert only("almost 700 undocumented immigrants were detained").hedge == "less_than"


def test_nearly_is_less_than():
    assert only("The meeting lasted nearly three hours.").hedge == "less_than"


def test_over_is_more_than():
    assert only("Over 300 of the detained immigrants were released.").hedge == "more_than"


def test_more_than_after_an_article_is_more_than():
    claim = only("It saw a more than 20 percent decrease in U.S. Border Patrol apprehensions.")
    assert (claim.hedge, claim.text, claim.counts) == \
        ("more_than", "more than 20 percent", "percent decrease in apprehensions")


def test_about_is_approximate():
    assert only("about 2,000 homes were left without power").hedge == "approximate"


def test_some_before_a_number_is_approximate():
    assert only("The company employs some 18,000 people.").hedge == "approximate"


def test_an_estimated_is_approximate_and_in_the_text():
    claim = only("Closing the schools will save an estimated $4 million a year.")
    assert (claim.hedge, claim.text) == ("approximate", "an estimated $4 million")


def test_roughly_is_approximate():
    assert only("a town of roughly 8,000 residents").hedge == "approximate"


def test_at_least_is_at_least():
    assert only("At least 22 people died.").hedge == "at_least"


def test_or_more_after_the_number_is_at_least():
    claim = only("Waits of 12 hours or more rose sharply.")
    assert (claim.hedge, claim.text) == ("at_least", "12 hours or more")


def test_plus_after_the_number_is_more_than():
    assert only("The 300-plus workers walked out.").hedge == "more_than"


def test_an_intensifier_belongs_to_the_hedge():
    claim = only("The fire burned just over 300 acres.")
    assert (claim.hedge, claim.text) == ("more_than", "just over 300 acres")


def test_over_before_a_duration_after_an_amount_means_during():
    found = claims("The union is seeking raises of 20 percent over three years.")
    assert [(c.text, c.hedge) for c in found] == [("20 percent", "exact"), ("three years", "exact")]


def test_over_a_duration_after_a_verb_is_more_than():
    assert only("Patients had waited over two years.").hedge == "more_than"


def test_up_to_after_a_verb_of_movement_is_where_the_figure_goes():
    claim = only("A single fare will go up to £2.60.")
    assert (claim.hedge, claim.text) == ("exact", "£2.60")


def test_a_hedged_fraction_without_of_is_a_claim():
    claim = only("Passenger numbers are down almost a quarter.")
    assert (claim.value, claim.hedge) == (0.25, "less_than")


# ---------------------------------------------------------------- ranges and scores


def test_a_to_range_is_the_lower_bound_at_least():
    claim = only("Police deployed 300 to 400 officers.")
    assert (claim.value, claim.hedge, claim.text) == (300, "at_least", "300 to 400")


def test_a_between_range_includes_between_in_the_text():
    claim = only("Between 300 and 400 officers were deployed.")
    assert (claim.value, claim.hedge, claim.text) == (300, "at_least", "Between 300 and 400")


def test_a_hyphenated_range_is_one_claim():
    assert only("The storm dropped 3-5 inches of rain.").value == 3


def test_a_range_in_words_takes_the_unit_of_its_second_number():
    claim = only("It could take two or three days.")
    assert (claim.value, claim.unit) == (2, "days")


def test_from_one_figure_to_another_is_two_claims():
    assert texts("Membership rose from 300 to 400.") == ["300", "400"]


def test_a_score_is_one_claim_with_the_first_figure():
    claim = only("Rovers beat City 3-1 on Saturday.")
    assert (claim.value, claim.text) == (3, "3-1")


def test_a_score_after_from_is_still_a_score():
    assert only("England have not come back from 2-0 down.").text == "2-0"


def test_a_change_to_money_is_not_a_range():
    assert texts("Profit fell 43 percent to $212 million.") == ["43 percent", "$212 million"]


# ---------------------------------------------------------------- percentages and money


def test_a_percent_sign_is_percent():
    claim = only("Vaccination rates fell below 90% in the county.")
    assert (claim.value, claim.unit) == (90, "percent")


def test_per_cent_is_percent():
    assert only("Garments make up 80 per cent of exports.").unit == "percent"


def test_percentage_points_are_their_own_unit():
    assert only("The margin of error is plus or minus 3.8 percentage points.").unit == "percentage points"


def test_plus_or_minus_is_not_negative():
    assert only("The margin of error is plus or minus 3.8 percentage points.").value == 3.8


def test_a_percent_of_something_counts_it():
    assert only("Some 60% of the loss came from the glaciers.").counts == "percent of loss"


def test_millions_of_dollars_are_multiplied_out():
    claim = only("Repairs could cost $1.2 million.")
    assert (claim.value, claim.unit, claim.text) == (1_200_000, "dollars", "$1.2 million")


def test_abbreviated_pounds_are_read():
    claim = only("We have invested £14.1bn in the health service.")
    assert (claim.value, claim.unit) == (14_100_000_000, "pounds")


def test_a_currency_word_is_the_unit():
    claim = only("The deal was worth 5 million euros.")
    assert (claim.value, claim.unit) == (5_000_000, "euros")


def test_money_counts_the_noun_after_it():
    assert only("Council approves $48 million budget.").counts == "budget"


def test_pence_glued_to_the_figure_are_money():
    claim = only("Bus fares will rise by 10p.")
    assert (claim.value, claim.unit) == (10, "pence")


def test_a_mixed_fraction_is_read():
    assert only("The Lakers are 1 1/2 games out of a play-in spot.").value == 1.5


def test_a_fraction_glyph_is_read():
    assert only("He won by 2½ lengths.").value == 2.5


def test_a_negative_number_keeps_its_sign():
    assert only("Temperatures fell to -5C overnight.").value == -5


def test_minus_in_words_is_negative():
    assert only("It was minus 40 degrees.").value == -40


# ---------------------------------------------------------------- durations, measures, ages


def test_a_duration_is_a_claim_with_its_unit():
    claim = only("Trump gave lawmakers two weeks to work on a plan.")
    assert (claim.value, claim.unit, claim.counts) == (2, "weeks", "weeks")


def test_an_age_compound_is_a_claim_in_years():
    claim = only("Police arrested a 19-year-old man.")
    assert (claim.value, claim.unit) == (19, "years")


def test_an_age_after_a_name_is_a_claim():
    claim = only("Denise Caldwell, 58, was found guilty.")
    assert (claim.value, claim.counts) == (58, "age")


def test_a_speed_is_in_mph():
    assert only("Winds reached 40 miles per hour.").unit == "mph"


# ---------------------------------------------------------------- what is not a claim


def test_years_are_not_claims():
    assert claims("He started his 2016 election campaign; in 2019 lawmakers met again.") == []


def test_a_four_digit_count_before_a_plural_noun_is_a_claim():
    assert only("About 2000 people attended.").value == 2000


def test_dates_are_not_claims():
    assert claims("The vote is set for June 3, and the report came out on 22 May.") == []


def test_clock_times_are_not_claims():
    assert claims("The council meets at 6 p.m.; kick-off was at 12:30.") == []


def test_clock_times_in_words_are_not_claims():
    assert claims("My son called me at quarter past nine.") == []


def test_decades_are_not_claims():
    assert claims("It was the largest protest since the 1990s.") == []


def test_ordinals_are_not_claims():
    assert claims("It was the city's 31st homicide, the second this month.") == []


def test_names_with_digits_are_not_claims():
    assert claims("He posted on 8chan about COVID-19 near Route 66 and his 401(k).") == []


def test_labels_are_not_claims():
    assert claims("The No. 9 shirt, page 5 and District 4 were mentioned from day one.") == []


def test_phone_numbers_are_not_claims():
    assert claims("Call 555-123-4567 or dial 211 for help.") == []


def test_a_capitalised_number_word_inside_a_sentence_is_a_name():
    assert claims("The deal was struck by the Big Three automakers.") == []


def test_a_figure_after_an_acronym_is_a_label():
    assert claims("SB 54 passed, and the FTSE 100 rose.") == []


def test_an_all_caps_headline_keeps_its_counts():
    assert only("ICE ARRESTS 680 WORKERS IN MISSISSIPPI").value == 680


def test_a_figure_naming_the_capitalised_words_after_it_is_a_label():
    assert claims("The 737 Max was grounded; he lives at 10 Downing Street.") == []


def test_a_figure_before_a_capitalised_plural_is_a_count():
    assert only("Police arrested 680 Latinos.").counts == "Latinos arrested"


def test_a_strength_counts_the_noun_after_it():
    claim = only("A 1,000-strong crowd gathered.")
    assert (claim.value, claim.counts) == (1000, "crowd")


def test_a_size_is_not_a_count():
    assert claims("She earns a seven-figure salary as a 30-something engineer.") == []


def test_a_hyphenated_plural_names_a_kind_not_a_count():
    assert texts("Harris hit five 3-pointers.") == ["five"]


def test_one_of_several_is_a_pronoun():
    assert texts("One of the three suspects was released.") == ["three"]


def test_a_number_word_glued_to_a_prefix_is_not_a_claim():
    assert claims("Survivors spent the night in sub-zero temperatures.") == []


def test_a_code_with_a_leading_zero_is_not_a_claim():
    assert claims("Quote reference 0412 when you write.") == []


def test_a_street_number_range_is_an_address():
    assert claims("Police were called to the nightclub at 12-14 High Street.") == []


def test_a_list_marker_is_not_a_claim():
    assert claims("(2) The second point is procedural.") == []


# ---------------------------------------------------------------- in quotations and headlines


def test_numbers_inside_quotations_are_claims():
    claim = only('"We rescued at least 10 people," she said.')
    assert (claim.value, claim.hedge) == (10, "at_least")


def test_a_title_case_headline_keeps_its_number_words():
    assert only("Two Killed In Overnight Shooting").value == 2


def test_nearly_double_is_a_multiplier_below_two():
    claim = only("Rents are now nearly double the city average.")
    assert (claim.value, claim.hedge) == (2, "less_than")


def test_a_double_room_and_a_figure_that_doubled_are_not_claims():
    assert claims("She booked a double room after sales doubled.") == []


def test_lakh_and_crore_are_scale_words():
    assert [claim.value for claim in claims("Rs 38 lakh was paid; bets reached Rs 9 crore.")] == [
        3_800_000, 90_000_000]


def test_rupees_and_rand_are_currencies():
    assert [claim.unit for claim in claims("He was paid Rs 12 lakh and R2.1-million was seized.")] == [
        "rupees", "rand"]


def test_an_r_before_a_plain_number_may_be_a_road():
    assert claims("Take the R56 north of the town.") == []


def test_a_level_passed_is_more_than_it():
    claim = only("The number of people in emergency accommodation passes 3,100.")
    assert (claim.value, claim.hedge) == (3100, "more_than")


def test_an_hour_of_the_day_in_words_is_not_a_claim():
    assert claims("The cows we get up for at five in the morning.") == []


def test_seconds_glued_to_a_time_are_a_unit():
    assert only("He ran 48.92sec last summer.").unit == "seconds"


def test_naira_before_a_scale_is_a_currency():
    claim = only("The union wants N170 billion in arrears paid.")
    assert (claim.value, claim.unit) == (170_000_000_000, "naira")


def test_and_older_after_an_age_is_at_least():
    claim = only("Adults 65 and older should stay inside.")
    assert (claim.value, claim.hedge) == (65, "at_least")


def test_over_after_a_dispute_or_an_area_means_about_or_across():
    assert [claim.hedge for claim in claims("A dispute over $470 million. A zoo spread over 380 acres.")] == [
        "exact", "exact"]


def test_a_radio_station_number_is_a_name():
    assert claims("Speaking on BBC Radio 4 on Monday, she said no.") == []
