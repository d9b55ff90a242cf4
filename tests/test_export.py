"""CSV export of a class's results and answers: opens in Excel and LibreOffice, never runs a formula."""
import csv
import io
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classroom.export import cell
from tests.factories import answer, finish, make_assignment, make_lesson, make_student

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def assignment(classroom):
    return make_assignment(classroom, make_lesson("Budget vote"))


def download(client, name, classroom):
    return client.get(reverse(name, args=[classroom.pk]))


def rows_of(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_results_csv_is_a_utf8_attachment_with_a_byte_order_mark(client, teacher, classroom):
    client.force_login(teacher)

    response = download(client, "export_results", classroom)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="period-1-results-')
    assert response.content.startswith(BOM)


def test_the_answers_csv_starts_with_a_byte_order_mark(client, teacher, classroom):
    client.force_login(teacher)

    assert download(client, "export_answers", classroom).content.startswith(BOM)


def test_the_results_csv_has_a_row_per_student_per_lesson(client, teacher, classroom, assignment, student):
    make_assignment(classroom, make_lesson("Flood report"))
    make_student(classroom, "amy")
    client.force_login(teacher)

    rows = rows_of(download(client, "export_results", classroom))

    assert [(row["Student"], row["Lesson"]) for row in rows] == [
        ("Amy", "Budget vote"),
        ("Amy", "Flood report"),
        ("Student", "Budget vote"),
        ("Student", "Flood report"),
    ]


def test_the_results_csv_gives_attempts_latest_score_and_late(client, teacher, classroom, assignment, student):
    finish(student, assignment, correct=3)
    finish(student, assignment, correct=2)
    assignment.due_at = timezone.now() - timedelta(days=1)
    assignment.save(update_fields=["due_at"])
    client.force_login(teacher)

    row = rows_of(download(client, "export_results", classroom))[0]

    assert row["Attempts"] == "2"
    assert (row["Latest correct"], row["Latest answered"], row["Latest score %"]) == ("2", "3", "67")
    assert row["Best score %"] == "100"
    assert row["Status"] == "done"
    assert row["Late"] == "yes"


def test_the_results_csv_writes_dates_in_iso_8601_with_their_offset(client, teacher, classroom, assignment, student):
    attempt = finish(student, assignment)
    client.force_login(teacher)

    row = rows_of(download(client, "export_results", classroom))[0]

    finished_at = datetime.fromisoformat(row["Finished at"])
    assert finished_at.utcoffset() is not None
    assert abs(finished_at - attempt.finished_at) < timedelta(seconds=1)


def test_the_results_csv_leaves_an_unstarted_lesson_blank(client, teacher, classroom, assignment, student):
    client.force_login(teacher)

    row = rows_of(download(client, "export_results", classroom))[0]

    assert (row["Status"], row["Latest score %"], row["Finished at"], row["Late"]) == ("not started", "", "", "no")


def test_the_answers_csv_has_a_row_per_answer(client, teacher, classroom, assignment, student):
    finish(student, assignment, correct=1)
    answer(student, assignment, assignment.lesson.current_questions()[0], correct=False, time_taken_ms=7250)
    client.force_login(teacher)

    rows = rows_of(download(client, "export_answers", classroom))

    assert [(row["Attempt"], row["Correct"]) for row in rows] == [
        ("1", "yes"),
        ("1", "no"),
        ("1", "no"),
        ("2", "no"),
    ]
    assert rows[3]["Choice picked"] == "The reporter"
    assert rows[3]["Seconds taken"] == "7.2"
    assert rows[3]["Skill"] == "Attribution"
    assert datetime.fromisoformat(rows[3]["Answered at"]).utcoffset() is not None


def test_the_answers_csv_leaves_out_students_no_longer_in_the_class(client, teacher, classroom, assignment, student):
    finish(student, assignment)
    student.memberships.all().delete()
    client.force_login(teacher)

    assert rows_of(download(client, "export_answers", classroom)) == []


def test_names_in_any_script_survive_the_round_trip(client, teacher, classroom, assignment):
    make_student(classroom, "zoe", display_name="Zoë Ōtani 陈")
    client.force_login(teacher)

    row = rows_of(download(client, "export_results", classroom))[0]

    assert row["Student"] == "Zoë Ōtani 陈"


@pytest.mark.parametrize("dangerous", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_that_a_spreadsheet_would_run_is_prefixed_with_a_quote(
    client, teacher, classroom, assignment, dangerous
):
    make_student(classroom, "mallory", display_name=dangerous + "cmd|' /C calc'!A0")
    client.force_login(teacher)

    row = rows_of(download(client, "export_results", classroom))[0]

    assert row["Student"] == "'" + dangerous + "cmd|' /C calc'!A0"


def test_a_lesson_title_and_a_choice_are_defused_too(client, teacher, classroom, student):
    lesson = make_lesson("=HYPERLINK(\"http://evil\")", questions=[("numbers", ["-5 dollars", "5"], 1)])
    assignment = make_assignment(classroom, lesson)
    finish(student, assignment, correct=0)
    client.force_login(teacher)

    row = rows_of(download(client, "export_answers", classroom))[0]

    assert row["Lesson"] == "'=HYPERLINK(\"http://evil\")"
    assert row["Choice picked"] == "'-5 dollars"


def test_numbers_are_written_as_numbers():
    assert cell(67) == 67
    assert cell(0) == 0


def test_yes_no_and_blank_cells():
    assert (cell(True), cell(False), cell(None)) == ("yes", "no", "")


def test_a_harmless_text_is_left_alone():
    assert cell("Amara") == "Amara"


@pytest.mark.parametrize("size", [5, 50])
@pytest.mark.parametrize(("name", "queries"), [("export_results", 6), ("export_answers", 4)])
def test_an_export_costs_a_fixed_number_of_queries(
    client, teacher, classroom, assignment, size, name, queries, django_assert_num_queries
):
    for index in range(size):
        finish(make_student(classroom), assignment, correct=index % 4)
    client.force_login(teacher)

    with django_assert_num_queries(queries):
        response = download(client, name, classroom)

    assert len(rows_of(response)) == size * (1 if name == "export_results" else 3)
