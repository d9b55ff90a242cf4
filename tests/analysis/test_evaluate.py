"""The scorer itself, on tiny made-up gold/prediction pairs (not the engine's accuracy)."""
import json
from pathlib import Path

import pytest

from analysis.evaluate import (
    GOLD_DIR,
    check_gold,
    evaluate,
    format_table,
    locate,
    main,
    match_spans,
    score_article,
    score_conflicts,
    speaker_ok,
    via_ok,
)
from analysis.types import (
    ArticleAnalysis,
    Conflict,
    ConflictReport,
    LoadedTerm,
    NumberClaim,
    Quote,
)

BODY = ('Storm hits coast\n\n'
        '"We lost everything," said Mary Jones, a fisherman\'s widow. At least 12 people died '
        'in the "catastrophic" storm, and as many as 300 homes were destroyed.\n\n'
        'The mayor called it a tragedy.')

GOLD = {
    "file": "story.txt",
    "title": "Storm hits coast",
    "quotes": [
        {"text": "We lost everything", "kind": "statement", "speaker": "Mary Jones", "named": True,
         "via": None},
        {"text": "catastrophic", "kind": "scare", "speaker": None, "named": False, "via": None},
    ],
    "numbers": [
        {"text": "At least 12", "value": 12, "hedge": "at_least"},
        {"text": "as many as 300", "value": 300, "hedge": "at_most"},
    ],
    "loaded_terms": [{"text": "catastrophic", "voice": "quoted"}],
}


def span_of(text: str, occurrence: int = 1) -> tuple[int, int]:
    return locate(BODY, text, occurrence)


def quote(text: str, kind: str = "statement", speaker: str | None = None, named: bool = False,
          via: str | None = None) -> Quote:
    start, end = span_of(text)
    return Quote(text=text, kind=kind, speaker=speaker, named=named, role=None, via=via,
                 start=start, end=end)


def number(text: str, value: float, hedge: str) -> NumberClaim:
    start, end = span_of(text)
    return NumberClaim(value=value, hedge=hedge, counts=None, text=text, start=start, end=end)


def loaded(text: str, voice: str) -> LoadedTerm:
    start, end = span_of(text)
    return LoadedTerm(term=text, matched=text, voice=voice, neutral=(), why="", category="",
                      start=start, end=end)


def perfect_analysis(**changes) -> ArticleAnalysis:
    fields = {
        "title": "Storm hits coast",
        "outlet": None,
        "body": BODY,
        "quotes": (quote('We lost everything,"', speaker="Mary Jones", named=True),
                   quote("catastrophic", kind="scare")),
        "numbers": (number("At least 12", 12, "at_least"), number("as many as 300", 300, "at_most")),
        "loaded_terms": (loaded("catastrophic", "quoted"),),
    }
    fields.update(changes)
    return ArticleAnalysis(**fields)


def write_gold_set(tmp_path: Path, gold: dict = GOLD, conflicts: dict | None = None) -> Path:
    (tmp_path / "story.txt").write_text(BODY, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "story.json").write_text(json.dumps(gold), encoding="utf-8")
    if conflicts is not None:
        (gold_dir / "conflicts.json").write_text(json.dumps(conflicts), encoding="utf-8")
    return gold_dir


def report(tmp_path: Path, analysis: ArticleAnalysis) -> dict:
    gold_dir = write_gold_set(tmp_path)
    return evaluate(gold_dir, root=tmp_path, analyze=lambda text: analysis,
                    find_conflicts=lambda analyses: [])


def test_locate_finds_the_nth_whole_word_occurrence():
    body = "1,220 people and 22 cars; 22 more"
    assert locate(body, "22") == (17, 19)
    assert locate(body, "22", 2) == (26, 28)
    assert locate(body, "22", 3) is None


def test_locate_treats_curly_and_straight_quotes_alike():
    assert locate("We\u2019re \u201cready\u201d", "We're \"ready\"") == (0, 13)


def test_match_spans_uses_each_prediction_once_largest_overlap_first():
    pairs = match_spans([(0, 10), (5, 12)], [(4, 12)])
    assert pairs == {1: 0}


def test_perfect_prediction_scores_one_everywhere(tmp_path):
    totals = report(tmp_path, perfect_analysis())["totals"]
    for section in ("quotes", "numbers", "loaded"):
        assert totals[section]["recall"] == 1.0
        assert totals[section]["precision"] == 1.0
    assert totals["quotes"]["speaker_accuracy"] == 1.0
    assert totals["quotes"]["kind_accuracy"] == 1.0
    assert totals["numbers"]["hedge_accuracy"] == 1.0
    assert totals["loaded"]["voice_accuracy"] == 1.0
    assert totals["loaded"]["f1"] == 1.0


def test_missed_quote_lowers_recall_not_precision(tmp_path):
    analysis = perfect_analysis(quotes=(quote("catastrophic", kind="scare"),))
    totals = report(tmp_path, analysis)["totals"]["quotes"]
    assert totals["recall"] == 0.5
    assert totals["precision"] == 1.0


def test_extra_prediction_lowers_precision(tmp_path):
    numbers = perfect_analysis().numbers + (number("tragedy", 1, "exact"),)
    totals = report(tmp_path, perfect_analysis(numbers=numbers))["totals"]["numbers"]
    assert totals["recall"] == 1.0
    assert totals["precision"] == 2 / 3


def test_wrong_speaker_lowers_speaker_accuracy(tmp_path):
    quotes = (quote("We lost everything", speaker="Mary Smith", named=True),
              quote("catastrophic", kind="scare"))
    totals = report(tmp_path, perfect_analysis(quotes=quotes))["totals"]["quotes"]
    assert totals["recall"] == 1.0
    assert totals["speaker_accuracy"] == 0.5


def test_speaker_comparison_ignores_case_articles_and_apostrophes():
    assert speaker_ok("person familiar with the matter", "A Person familiar with the  matter")
    assert speaker_ok("O\u2019Brien", "o'brien")
    assert speaker_ok(["Alianza Americas", "the coalition"], "Coalition")
    assert not speaker_ok(None, "Mary Jones")
    assert speaker_ok(None, None)


def test_via_matches_when_one_contains_the_other():
    assert via_ok("a statement", "a statement sent to Newsweek")
    assert via_ok("NBC's Meet the Press", "Meet the Press")
    assert not via_ok("NBC News", None)
    assert not via_ok("NBC News", "")


def test_wrong_hedge_lowers_hedge_accuracy_only(tmp_path):
    numbers = (number("At least 12", 12, "exact"), number("as many as 300", 300, "at_most"))
    totals = report(tmp_path, perfect_analysis(numbers=numbers))["totals"]["numbers"]
    assert totals["recall"] == 1.0
    assert totals["value_accuracy"] == 1.0
    assert totals["hedge_accuracy"] == 0.5


def test_wrong_voice_lowers_voice_accuracy(tmp_path):
    analysis = perfect_analysis(loaded_terms=(loaded("catastrophic", "author"),))
    totals = report(tmp_path, analysis)["totals"]["loaded"]
    assert totals["voice_accuracy"] == 0.0
    assert totals["f1"] == 1.0


def test_one_prediction_spanning_two_gold_quotes_matches_only_one(tmp_path):
    start, end = span_of("We lost everything")[0], span_of("catastrophic")[1]
    merged = Quote(text="", kind="statement", speaker="Mary Jones", named=True, role=None, via=None,
                   start=start, end=end)
    totals = report(tmp_path, perfect_analysis(quotes=(merged,)))["totals"]["quotes"]
    assert totals["recall"] == 0.5
    assert totals["precision"] == 1.0


def test_gold_text_missing_from_body_is_reported_and_counted_as_a_miss(tmp_path):
    analysis = perfect_analysis(body=BODY.replace("as many as 300", "many"), numbers=(
        number("At least 12", 12, "at_least"),))
    result = report(tmp_path, analysis)
    numbers = result["articles"][0]["numbers"]
    assert numbers["not_found"] == [{"article": "story", "text": "as many as 300", "occurrence": 1}]
    assert result["totals"]["numbers"]["recall"] == 0.5


def test_engine_error_is_reported_per_article_without_crashing(tmp_path):
    def not_ready(text):
        raise NotImplementedError("find_quotes")
    gold_dir = write_gold_set(tmp_path)
    result = evaluate(gold_dir, root=tmp_path, analyze=not_ready, find_conflicts=lambda a: [])
    assert result["articles"][0]["error"].startswith("NotImplementedError: find_quotes")
    assert result["totals"]["quotes"]["recall"] == 0.0
    assert result["totals"]["articles_failed"] == 1


def conflict(quantity: str, *values: float) -> Conflict:
    reports = tuple(ConflictReport(article=f"a{i}", value=v, hedge="exact", text=str(v), start=0,
                                   end=1) for i, v in enumerate(values))
    return Conflict(quantity=quantity, reports=reports)


GOLD_SET = {"files": ["a", "b", "c"],
            "conflicts": [{"quantity": "people killed", "values": [12, 14, 20]}],
            "agreements": [{"quantity": "factories", "value": 3}]}


def test_conflict_is_found_when_predicted_values_cover_gold_values():
    scored = score_conflicts(GOLD_SET, [conflict("deaths", 12, 14, 20, 14)])
    assert scored["conflicts"][0]["found"]
    assert scored["spurious"] == [] and scored["partial"] == []


def test_conflict_with_some_gold_values_is_partial_not_found():
    scored = score_conflicts(GOLD_SET, [conflict("deaths", 12, 14)])
    assert not scored["conflicts"][0]["found"]
    assert len(scored["partial"]) == 1


def test_unrelated_conflict_is_spurious():
    scored = score_conflicts(GOLD_SET, [conflict("deaths", 12, 14, 20), conflict("hours", 5, 9)])
    assert scored["spurious"] == [{"quantity": "hours", "values": [5.0, 9.0]}]


def test_conflict_containing_an_agreed_value_flags_the_agreement():
    scored = score_conflicts(GOLD_SET, [conflict("factories", 3, 4)])
    assert scored["agreements"][0]["flagged"]


def test_conflict_sets_run_find_conflicts_on_the_set_articles(tmp_path):
    gold_set = {"files": ["story.txt"], "conflicts": [{"quantity": "people killed", "values": [12, 15]}]}
    gold_dir = write_gold_set(tmp_path, conflicts={"sets": [gold_set]})
    seen = []

    def fake_conflicts(analyses):
        seen.append(sorted(analyses))
        return [conflict("killed", 12, 15)]
    result = evaluate(gold_dir, root=tmp_path, analyze=lambda text: perfect_analysis(),
                      find_conflicts=fake_conflicts)
    assert seen == [["story.txt"]]
    assert result["totals"]["conflicts"]["found"] == 1


def test_score_article_lists_misses_and_false_positives_with_context():
    analysis = perfect_analysis(loaded_terms=(loaded("tragedy", "author"),))
    scored = score_article("story", GOLD, analysis)["loaded"]
    assert scored["misses"][0]["text"] == "catastrophic"
    assert "[tragedy]" in scored["false_positives"][0]["context"]


def test_table_and_json_output_run_on_a_failing_engine(tmp_path):
    gold_dir = write_gold_set(tmp_path)
    result = evaluate(gold_dir, root=tmp_path, analyze=lambda t: 1 / 0, find_conflicts=lambda a: [])
    table = format_table(result, verbose=True)
    assert "ZeroDivisionError" in table and "NOT MET" in table
    json.dumps(result)


def test_check_gold_reports_a_text_not_in_the_article(tmp_path):
    gold = dict(GOLD, numbers=[{"text": "as many as 400", "value": 400, "hedge": "at_most"}])
    gold_dir = write_gold_set(tmp_path, gold)
    problems = check_gold(gold_dir, root=tmp_path)
    assert any("'as many as 400'" in p for p in problems)


def test_check_gold_reports_a_hedge_that_contradicts_the_text(tmp_path):
    gold = dict(GOLD, numbers=[{"text": "as many as 300", "value": 300, "hedge": "at_least"}])
    problems = check_gold(write_gold_set(tmp_path, gold), root=tmp_path)
    assert any("at_most" in p for p in problems)


@pytest.mark.parametrize("gold_dir", sorted(GOLD_DIR.parent.glob("gold*")), ids=lambda path: path.name)
def test_every_gold_set_is_well_formed(gold_dir):
    assert check_gold(gold_dir) == []


def test_main_json_prints_one_object(capsys):
    assert main(["--json"]) == 0
    assert "totals" in json.loads(capsys.readouterr().out)


def test_found_conflict_lists_values_that_do_not_belong():
    scored = score_conflicts(GOLD_SET, [conflict("deaths", 12, 14, 20, 1100)])
    assert scored["conflicts"][0]["extra_values"] == [1100.0]


def test_all_prints_one_line_per_gold_set(capsys):
    assert main(["--all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[1:]] == [path.name for path in sorted(GOLD_DIR.parent.glob("gold*"))]
