"""CSV files that Excel and LibreOffice open as they are: UTF-8 with a BOM, ISO 8601 dates, no formulas."""
from __future__ import annotations

import csv
from datetime import datetime

from django.http import HttpResponse
from django.utils import timezone

# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return value
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Without the byte order mark Excel reads UTF-8 as the local code page and mangles names.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return response


RESULTS_HEADER = [
    "Student",
    "Username",
    "Lesson",
    "Due at",
    "Status",
    "Attempts",
    "Latest correct",
    "Latest answered",
    "Latest score %",
    "Best score %",
    "Finished at",
    "Late",
]


def results_rows(grid):
    """A row per student per assignment, from a results.Grid."""
    for row in grid.rows:
        for progress in row.cells:
            score, best = progress.score, progress.best
            yield [
                row.student.shown_name,
                row.student.username,
                progress.assignment.lesson.title,
                progress.assignment.due_at,
                progress.status.replace("_", " "),
                len(progress.attempts),
                score and score.correct,
                score and score.answered,
                score and score.percent,
                best and best.percent,
                progress.finished_at,
                progress.late,
            ]


ANSWERS_HEADER = [
    "Student",
    "Username",
    "Lesson",
    "Attempt",
    "Question number",
    "Skill",
    "Question",
    "Choice picked",
    "Correct",
    "Seconds taken",
    "Answered at",
]


def answers_rows(answers):
    """A row per answer, from results.class_answers."""
    for answer in answers:
        student = answer.attempt.student
        yield [
            student.shown_name,
            student.username,
            answer.attempt.assignment.lesson.title,
            answer.attempt.number,
            answer.question.position + 1,
            answer.question.get_skill_display(),
            answer.question.stem,
            answer.choice.text,
            answer.is_correct,
            None if answer.time_taken_ms is None else f"{answer.time_taken_ms / 1000:.1f}",
            answer.answered_at,
        ]
