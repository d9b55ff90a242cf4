"""Cross-article conflicts: the same quantity, reported with figures that really differ."""
from pathlib import Path

from analysis.conflicts import group_conflicts
from analysis.numbers import find_numbers
from analysis.types import ArticleAnalysis, Conflict

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def analysis(body: str) -> ArticleAnalysis:
    return ArticleAnalysis(title=None, outlet=None, body=body, numbers=tuple(find_numbers(body)))


def conflicts(*bodies: str) -> list[Conflict]:
    return group_conflicts({f"article_{i}": analysis(body) for i, body in enumerate(bodies)})


def values(conflict: Conflict) -> list[float]:
    return [report.value for report in conflict.reports]


STORM_A = "At least 12 people died after a tornado tore through the region on Tuesday, officials said."
STORM_B = "The tornado left 14 dead and dozens injured, the state emergency agency said."
STORM_C = "As many as 20 killed as tornado flattens homes across three counties."


def test_three_different_death_tolls_are_one_conflict():
    found = conflicts(STORM_A, STORM_B, STORM_C)
    assert [values(conflict) for conflict in found] == [[12, 14, 20]]


def test_a_conflict_names_the_quantity_and_each_reports_text():
    conflict = conflicts(STORM_A, STORM_B)[0]
    assert conflict.quantity in ("people died", "people dead")
    assert [(r.article, r.text, r.hedge) for r in conflict.reports] == [
        ("article_0", "At least 12", "at_least"), ("article_1", "14", "exact")]


def test_report_offsets_point_into_each_articles_body():
    conflict = conflicts(STORM_A, STORM_C)[0]
    bodies = {"article_0": STORM_A, "article_1": STORM_C}
    assert all(bodies[r.article][r.start:r.end] == r.text for r in conflict.reports)


QUAKE_A = ("The death toll from the earthquake in eastern Turkey rose above 2,000 as rescuers dug "
           "through more than 800 collapsed buildings. In 1999, a quake killed more than 17,000 people.")
QUAKE_B = ("The earthquake killed 1,800 people, and about 700 buildings collapsed. In 1999 a quake in the "
           "north-west killed more than 17,000 people.")
QUAKE_C = "The number of people killed in Monday's earthquake rose to 2,100. More than 800 buildings were destroyed."


def test_each_quantity_disputed_across_reports_is_its_own_conflict():
    found = conflicts(QUAKE_A, QUAKE_B, QUAKE_C)
    assert sorted(values(conflict) for conflict in found) == [[800, 700, 800], [2000, 1800, 2100]]


FIRE_A = ("A wildfire had burned about 12,000 acres by Tuesday and forced some 30,000 residents to "
          "evacuate. The blaze was 5% contained. At least 47 structures have been destroyed.")
FIRE_B = ("The fire has scorched more than 15,000 acres and is 10% contained. About 20,000 people have "
          "been ordered to leave their homes and 47 structures were destroyed.")


def test_areas_burned_evacuations_and_containment_are_each_compared():
    found = conflicts(FIRE_A, FIRE_B)
    assert sorted(conflict.quantity for conflict in found) == \
        ["acres burned", "percent contained", "residents evacuated"]


def test_agreeing_figures_beside_disputed_ones_stay_out():
    found = conflicts(FIRE_A, FIRE_B)
    assert all(report.value != 47 for conflict in found for report in conflict.reports)


def test_crowd_estimates_from_police_and_organisers_conflict():
    found = conflicts("Police estimated the crowd at about 5,000 on Saturday.",
                      "Organisers said 20,000 people marched through the city centre.")
    assert [values(conflict) for conflict in found] == [[5000, 20000]]


def test_detained_and_arrested_are_the_same_event():
    found = conflicts("Agents arrested 680 workers at the plant.",
                      "Almost 800 immigrants were detained in the raid.")
    assert [values(conflict) for conflict in found] == [[680, 800]]


def test_outlets_agreeing_on_a_hedged_figure_are_no_conflict():
    assert conflicts("More than 300 of the detained immigrants were released by Thursday.",
                     "Over 300 detainees were released, officials said.") == []


def test_the_same_exact_figure_is_no_conflict():
    assert conflicts("Officers arrested 680 people.", "The raid saw 680 workers arrested.") == []


def test_a_bound_and_a_figure_within_rounding_agree():
    assert conflicts("More than 300 people were released.", "Officials said 320 people were released.") == []


def test_almost_a_round_figure_agrees_with_a_close_exact_one():
    assert conflicts("Almost 700 immigrants were detained.", "Agents arrested 680 people.") == []


def test_a_figure_rounded_with_a_scale_word_agrees_with_a_finer_one():
    assert conflicts("The ministry counted 1.08 million demonstrators.",
                     "Some 1.1 million people demonstrated, the ministry said.",
                     "The interior ministry said 1.1 million people took part.") == []


def test_a_rounded_percentage_agrees_with_a_finer_one():
    assert conflicts("Marsh won 52% of the vote.", "Marsh took 51.8 percent of the vote.") == []


def test_bounds_that_cannot_both_hold_conflict():
    found = conflicts("More than 300 people were evacuated.", "Fewer than 300 people were evacuated.")
    assert len(found) == 1


def test_two_different_exact_figures_conflict():
    assert len(conflicts("Twelve people were killed.", "Thirteen people were killed.")) == 1


def test_a_figure_repeated_in_one_article_is_one_report():
    found = conflicts("Officers arrested 680 people. In all, 680 people were arrested.",
                      "As many as 800 people were arrested.")
    assert values(found[0]) == [680, 800]


def test_figures_from_one_article_alone_are_no_conflict():
    assert conflicts("On Monday 12 people were killed; by Friday 20 people had been killed.") == []


def test_different_events_are_not_grouped():
    assert conflicts("At least 12 people were killed.", "About 40 people were injured.") == []


def test_children_are_not_grouped_with_people():
    assert conflicts("Twelve people were killed.", "Five children were killed.") == []


def test_percentages_are_not_grouped_with_counts():
    assert conflicts("About 20 percent of workers were laid off.", "Some 300 workers were laid off.") == []


def test_a_change_in_something_unnamed_is_not_matched():
    assert conflicts("The budget is a 4 percent increase over last year.",
                     "Fares will see a 10 percent increase in January.") == []


def test_a_percentage_of_the_same_thing_is_matched():
    assert len(conflicts("About 30 percent of teachers walked out.",
                         "Some 45 percent of teachers were on strike.")) == 1


def test_money_is_only_grouped_with_the_same_currency():
    assert conflicts("The council approved a $48 million budget.",
                     "The council approved a £40 million budget.") == []


def test_money_for_the_same_thing_in_the_same_currency_conflicts():
    assert len(conflicts("The council approved a $48 million budget.",
                         "The council approved a $52 million budget.")) == 1


def test_counts_without_an_event_are_not_matched():
    assert conflicts("Bangladesh has about 4,000 garment factories.",
                     "Brands paid for inspections of more than 1,600 factories.") == []


def test_a_figure_for_a_past_years_event_is_kept_apart():
    found = conflicts("At least 12 people were killed in the fire. The 2013 Rana Plaza collapse "
                      "killed more than 1,100 people.",
                      "Fourteen people were killed. In 2012 a blaze killed 112 workers.")
    assert [values(conflict) for conflict in found] == [[12, 14]]


def test_figures_ten_times_apart_are_different_quantities():
    assert conflicts("The factory employed about 600 workers.",
                     "The sector employs some 4 million people.") == []


def test_durations_are_not_matched():
    assert conflicts("The raids had been planned for two weeks.", "It was the highest total in 13 years.") == []


def test_the_seed_articles_give_the_arrests_conflict_and_no_other():
    found = group_conflicts({path.name: analysis(path.read_text(encoding="utf-8"))
                             for path in sorted(SEEDS.glob("*.txt"))})
    assert len(found) == 1
    assert found[0].quantity == "people arrested"
    assert sorted({report.value for report in found[0].reports}) == [680, 700, 800]


WATER_A = ("Officials declared a drought emergency on Monday. The new limits, which take effect this "
           "week, affect some 6 million people across the region.")
WATER_B = ("Authorities declared a drought emergency Monday, restricting water use for nearly 8 million "
           "residents as reservoirs fell to record lows.")
WATER_C = "About 8 million residents are subject to the restrictions, the water agency said."
WATER_D = "Roughly 6 million people are under the new rationing rules."
WATER_E = "The restrictions will hit households hard, officials said, and 6 million people were affected."


def test_people_a_measure_affects_and_a_measure_for_residents_are_one_quantity():
    assert [values(conflict) for conflict in conflicts(WATER_A, WATER_B)] == [[6_000_000, 8_000_000]]


def test_people_subject_to_or_under_a_measure_are_the_people_it_affects():
    assert [values(conflict) for conflict in conflicts(WATER_C, WATER_D)] == [[8_000_000, 6_000_000]]


def test_agreeing_counts_of_people_affected_are_no_conflict():
    assert conflicts(WATER_B, WATER_C) == []
    assert conflicts(WATER_A, WATER_D, WATER_E) == []


def test_impacted_is_the_same_event_as_affected():
    other = "The outage impacted more than 9 million people."
    assert [values(conflict) for conflict in conflicts(WATER_A, other)] == [[6_000_000, 9_000_000]]


def test_evacuation_orders_for_residents_count_people_evacuated_not_affected():
    orders = "Officials issued evacuation orders for 30,000 residents on Friday."
    moved = "About 20,000 people were evacuated as the fire spread."
    affected = "The smoke advisory affected 20,000 people."
    assert [values(conflict) for conflict in conflicts(orders, moved)] == [[30_000, 20_000]]
    assert conflicts(orders, affected) == []


def test_a_plan_for_residents_without_a_measure_is_not_matched():
    plan = "The city unveiled a housing plan for 8 million residents."
    assert conflicts(WATER_A, plan) == []


def test_jobs_cut_and_workers_laid_off_are_one_quantity():
    cut = "The chipmaker will cut 1,200 jobs by March."
    laid_off = "The company said it would lay off about 900 workers."
    assert [values(conflict) for conflict in conflicts(cut, laid_off)] == [[1_200, 900]]


def test_positions_eliminated_agreeing_with_staff_laid_off_is_no_conflict():
    assert conflicts("The bank is eliminating 450 positions.", "The bank laid off 450 staff.") == []


def test_people_sickened_and_people_who_fell_ill_are_one_quantity():
    sickened = "The outbreak has sickened 55 people, health officials said."
    fell_ill = "Nearly 40 people fell ill after eating at the restaurant."
    assert [values(conflict) for conflict in conflicts(sickened, fell_ill)] == [[55, 40]]


def test_people_left_homeless_and_residents_who_lost_their_homes_are_one_quantity():
    homeless = "The fire left 300 people homeless."
    lost = "About 400 residents lost their homes in the blaze."
    assert [values(conflict) for conflict in conflicts(homeless, lost)] == [[300, 400]]


def test_a_rule_that_applies_to_people_counts_the_people_it_affects():
    applies = "The new rules apply to about 2 million renters."
    affected = "The rules will affect 3 million renters, landlords say."
    assert [values(conflict) for conflict in conflicts(applies, affected)] == [[2_000_000, 3_000_000]]


def test_people_taken_to_hospital_and_people_hospitalized_are_one_quantity():
    taken = "Twelve people were taken to hospital with burns."
    hospitalized = "At least 15 people were hospitalized after the blast."
    assert [values(conflict) for conflict in conflicts(taken, hospitalized)] == [[12, 15]]


def test_homes_without_power_and_a_power_cut_to_homes_are_one_quantity():
    cut = "The storm cut power to 35,000 homes."
    without = "Some 30,000 homes were left without power on Sunday."
    assert [values(conflict) for conflict in conflicts(cut, without)] == [[35_000, 30_000]]


def test_people_without_power_are_not_the_people_a_storm_affects():
    affected = "The typhoon affected 2 million people across the islands."
    without = "About 500,000 people were left without power."
    assert conflicts(affected, without) == []


def test_homes_destroyed_and_structures_burned_are_one_quantity():
    destroyed = "The fire destroyed 500 homes, officials said."
    burned = "More than 300 structures burned in the blaze."
    assert [values(conflict) for conflict in conflicts(destroyed, burned)] == [[500, 300]]


def test_us_and_british_spellings_of_an_event_are_one_quantity():
    british = "Airlines cancelled 1,200 flights on Monday."
    american = "Some 900 flights were canceled on Monday."
    assert [values(conflict) for conflict in conflicts(british, american)] == [[1_200, 900]]


QUAKE_PERU_A = ("A magnitude 6.8 earthquake killed at least 14 people. It destroyed about 350 homes and "
                "left some 2,000 people homeless. Authorities suspended classes for 90,000 students.")
QUAKE_PERU_B = ("The death toll rose to 19. More than 500 houses were flattened and nearly 3,000 residents "
                "lost their homes. The closure of schools affects 90,000 pupils.")


def test_one_disaster_told_with_different_words_gives_each_disputed_quantity_once():
    found = conflicts(QUAKE_PERU_A, QUAKE_PERU_B)
    assert sorted(values(conflict) for conflict in found) == [
        [14, 19], [350, 500], [2_000, 3_000]]


def test_people_a_disruption_falls_on_are_the_people_it_affects():
    wire = "The strike cancelled 900 trains, disrupting travel for around 120,000 commuters."
    local = "All 900 trains were cancelled, affecting as many as 200,000 commuters."
    assert [values(conflict) for conflict in conflicts(wire, local)] == [[120000, 200000]]


def test_walking_off_the_job_and_going_on_strike_are_one_quantity():
    found = conflicts("About 2,000 workers walked off the job on Monday.",
                      "Nearly 3,500 employees went on strike on Monday.")
    assert [values(conflict) for conflict in found] == [[2000, 3500]]


def test_marching_and_joining_the_march_are_one_quantity():
    found = conflicts("Around 50,000 people marched through the capital, police said.",
                      "Organisers said 200,000 people joined the march.")
    assert [values(conflict) for conflict in found] == [[50000, 200000]]


def test_homes_and_customers_without_power_are_one_quantity():
    found = conflicts("The storm left 80,000 homes without power.",
                      "More than 120,000 customers lost electricity in the storm.")
    assert [values(conflict) for conflict in found] == [[80000, 120000]]


def test_passengers_carried_and_passengers_on_board_are_one_quantity():
    found = conflicts("The train was carrying 300 passengers when it derailed.",
                      "More than 450 passengers were on board, the operator said.")
    assert [values(conflict) for conflict in found] == [[300, 450]]


def test_people_ordered_to_leave_and_people_an_evacuation_order_covers_are_one_quantity():
    found = conflicts("Authorities ordered about 1,400 residents to leave their homes on Wednesday.",
                      "By sunrise an evacuation order covered as many as 2,000 people in the east end.")
    assert [values(conflict) for conflict in found] == [[1400, 2000]]


def test_people_a_rule_covers_are_not_evacuees():
    found = conflicts("Authorities ordered about 1,400 residents to leave their homes on Wednesday.",
                      "The new wage rule covered 2,000 people in the east end.")
    assert found == []


def test_money_pulled_out_and_withdrawals_are_one_quantity_apart_from_money_held():
    wire = "Customers pulled about $1.2 billion in deposits over two days. The bank held $9.8 billion in deposits."
    local = "The bank saw more than $1.5 billion in withdrawals. It has some $9.8 billion in deposits."
    assert [values(conflict) for conflict in conflicts(wire, local)] == [[1_200_000_000, 1_500_000_000]]


def test_people_of_a_place_under_evacuation_orders_and_people_told_to_leave_are_one_quantity():
    found = conflicts("Nearly 150,000 residents of low-lying parishes had been under mandatory evacuation orders.",
                      "An estimated 210,000 people across five parishes had been told to leave their homes.")
    assert [values(conflict) for conflict in found] == [[150000, 210000]]


def test_a_part_of_a_total_is_not_a_rival_total():
    found = conflicts("The storm killed three people. Two of the deaths were in Calcasieu Parish.",
                      "The hurricane killed three people in Louisiana.")
    assert found == []
