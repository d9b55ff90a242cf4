"""A teacher's view of a class's results: the grid, item analysis, skills, one student, CSV export.

Each page polls its own named partial every 5 s with htmx and works as a plain page without it.
"""
from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from . import export
from .results import class_answers, class_grid, item_analysis, skill_mastery, student_answers
from .views import (
    assignment_for_teacher,
    classroom_for_teacher,
    is_fragment_request,
    membership_for_teacher,
)


def _render_polled(request, template: str, partial: str, context: dict):
    if is_fragment_request(request):
        template = f"{template}#{partial}"
    response = render(request, template, {**context, "now": timezone.now()})
    # The same URL answers with a fragment or a page: caches must keep them apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


@dataclass
class SortHeader:
    # The ?sort= value its link asks for.
    link: str
    # Its aria-sort, when the grid is sorted by this column.
    aria_sort: str


def _header(field: str, current: str) -> SortHeader:
    """First click sorts ascending (names A–Z, lowest scores first); a second click reverses."""
    if current == field:
        return SortHeader(f"-{field}", "ascending")
    if current == f"-{field}":
        return SortHeader(field, "descending")
    return SortHeader(field, "")


@login_required
@require_GET
def class_results(request, pk):
    classroom = classroom_for_teacher(request, pk)
    grid = class_grid(classroom, timezone.now(), request.GET.get("sort", "name"))
    context = {
        "classroom": classroom,
        "grid": grid,
        "name_header": _header("name", grid.sort),
        "average_header": _header("average", grid.sort),
        "columns": [(c, _header(f"score-{c.assignment.pk}", grid.sort)) for c in grid.columns],
    }
    return _render_polled(request, "classroom/dashboard.html", "grid", context)


@login_required
@require_GET
def assignment_results(request, pk, assignment_pk):
    assignment = assignment_for_teacher(request, pk, assignment_pk)
    context = {
        "classroom": assignment.classroom,
        "assignment": assignment,
        "analysis": item_analysis(assignment, timezone.now()),
    }
    return _render_polled(request, "classroom/assignment_results.html", "items", context)


@login_required
@require_GET
def skill_results(request, pk):
    classroom = classroom_for_teacher(request, pk)
    context = {"classroom": classroom, "mastery": skill_mastery(classroom, timezone.now())}
    return _render_polled(request, "classroom/skills.html", "skills", context)


@login_required
@require_GET
def student_results(request, pk, student_pk):
    membership = membership_for_teacher(request, pk, student_pk)
    context = {
        "classroom": membership.classroom,
        "student": membership.student,
        "answers": list(student_answers(membership.classroom, membership.student)),
    }
    return _render_polled(request, "classroom/student_results.html", "answers", context)


def _filename(classroom, what: str) -> str:
    today = timezone.localdate().isoformat()
    return f"{slugify(classroom.name) or 'class'}-{what}-{today}.csv"


@login_required
@require_GET
def export_results(request, pk):
    classroom = classroom_for_teacher(request, pk)
    grid = class_grid(classroom, timezone.now())
    return export.csv_response(
        _filename(classroom, "results"), export.RESULTS_HEADER, export.results_rows(grid)
    )


@login_required
@require_GET
def export_answers(request, pk):
    classroom = classroom_for_teacher(request, pk)
    return export.csv_response(
        _filename(classroom, "answers"),
        export.ANSWERS_HEADER,
        export.answers_rows(class_answers(classroom).iterator()),
    )
