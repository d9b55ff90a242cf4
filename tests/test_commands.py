"""The command-line contracts: analyze_article, build/export/import_lessons, evaluate_analysis."""
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from lessons.models import Lesson

SEEDS = sorted(Path(settings.SEEDS_DIR).glob("*.txt"))
ARTICLE_KEYS = {"file", "title", "outlet", "body", "quotes", "numbers", "loaded_terms"}


def run(capsys, *args) -> tuple[str, str, int]:
    code = 0
    try:
        call_command(*args)
    except SystemExit as exit:
        code = exit.code
    out, err = capsys.readouterr()
    return out, err, code


def test_analyze_article_prints_the_documented_json(capsys):
    out, _, code = run(capsys, "analyze_article", str(SEEDS[0]), "--json")

    document = json.loads(out)
    article = document["articles"][0]
    assert code == 0
    assert set(article) == ARTICLE_KEYS
    assert article["file"] == SEEDS[0].name
    quote = article["quotes"][0]
    assert set(quote) == {"text", "kind", "speaker", "named", "role", "via", "start", "end"}
    assert set(article["numbers"][0]) == {"value", "hedge", "counts", "text", "start", "end"}
    assert set(article["loaded_terms"][0]) == {"term", "voice", "neutral", "start", "end"}
    assert article["body"][quote["start"]:quote["end"]]


def test_analyze_article_finds_the_arrest_figures_that_conflict_across_the_seeds(capsys):
    out, _, _ = run(capsys, "analyze_article", *map(str, SEEDS), "--json")

    conflicts = json.loads(out)["conflicts"]
    figures = {r["text"] for c in conflicts for r in c["reports"]}
    assert {"680", "as many as 800", "almost 700"} <= figures


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "does not exist"),
        ("empty.txt", b"", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_a_bad_file_gets_a_one_line_error_and_the_others_are_still_analyzed(
    capsys, tmp_path, name, content, message
):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)

    out, err, code = run(capsys, "analyze_article", str(bad), str(SEEDS[0]), "--json")

    assert code == 1
    assert err.strip().count("\n") == 0 and name in err and message in err
    assert [a["file"] for a in json.loads(out)["articles"]] == [SEEDS[0].name]


def test_a_windows_1252_file_is_read_with_a_note(capsys, tmp_path):
    article = tmp_path / "cp1252.txt"
    article.write_bytes("Storm closes schools\n\n“We are ready,” Mayor Ann Lee said.".encode("cp1252"))

    out, err, code = run(capsys, "analyze_article", str(article), "--json")

    assert code == 0
    assert "Windows-1252" in err
    assert json.loads(out)["articles"][0]["quotes"][0]["speaker"] == "Ann Lee"


def test_analyze_article_without_json_prints_a_readable_report(capsys):
    out, _, _ = run(capsys, "analyze_article", str(SEEDS[0]))

    assert "quotes" in out and "numbers" in out and "loaded terms" in out


@pytest.mark.django_db
def test_build_lessons_prints_one_lesson_per_article_and_a_comparison_and_saves_nothing(capsys):
    out, _, _ = run(capsys, "build_lessons", str(SEEDS[0]), str(SEEDS[1]), "--json")

    lessons = json.loads(out)["lessons"]
    assert [lesson["kind"] for lesson in lessons] == ["article", "article", "comparison"]
    assert set(lessons[0]) == {"title", "kind", "articles", "questions"}
    assert set(lessons[0]["questions"][0]) == {"skill", "kind", "stem", "choices", "explanation", "evidence"}
    assert Lesson.objects.count() == 0


@pytest.mark.django_db
def test_exported_lessons_import_back_with_the_same_questions(capsys, tmp_path):
    call_command("load_seeds")
    capsys.readouterr()
    out, _, _ = run(capsys, "export_lessons", "--json")
    exported = json.loads(out)
    bank = tmp_path / "bank.json"
    bank.write_text(out, encoding="utf-8")

    call_command("import_lessons", str(bank))
    capsys.readouterr()
    out, _, _ = run(capsys, "export_lessons", "--json")

    lessons = json.loads(out)["lessons"]
    assert len(lessons) == 2 * len(exported["lessons"])
    assert lessons[len(exported["lessons"]):] == exported["lessons"]


@pytest.mark.django_db
def test_importing_a_lesson_for_an_article_the_site_lacks_is_refused_clearly(tmp_path):
    bank = tmp_path / "bank.json"
    bank.write_text(json.dumps({"lessons": [{
        "title": "T", "kind": "article", "articles": ["nowhere.txt"], "questions": [{
            "skill": "numbers", "kind": "k", "stem": "S?", "explanation": "E",
            "choices": [{"text": "a", "correct": True}, {"text": "b", "correct": False}],
            "evidence": [{"article": "nowhere.txt", "start": 0, "end": 1, "text": "x"}],
        }],
    }]}))

    with pytest.raises(CommandError, match="nowhere.txt"):
        call_command("import_lessons", str(bank))
    assert Lesson.objects.count() == 0


@pytest.mark.django_db
def test_importing_a_file_that_is_not_json_is_refused_clearly(tmp_path):
    bank = tmp_path / "bank.json"
    bank.write_text("not json")

    with pytest.raises(CommandError, match="not a lessons JSON file"):
        call_command("import_lessons", str(bank))


def test_evaluate_analysis_prints_every_goal_figure(capsys):
    out, _, _ = run(capsys, "evaluate_analysis", "--json")

    goals = {goal["metric"] for goal in json.loads(out)["goals"]}
    assert {
        "quotes.recall", "quotes.precision", "quotes.speaker_accuracy", "numbers.recall",
        "numbers.precision", "numbers.hedge_accuracy", "loaded.f1", "loaded.voice_accuracy",
    } <= goals


def test_evaluate_analysis_scores_another_gold_set(capsys):
    out, _, _ = run(capsys, "evaluate_analysis", "--json", "--gold", "analysis/gold_holdout3")

    assert len(json.loads(out)["articles"]) == 10
