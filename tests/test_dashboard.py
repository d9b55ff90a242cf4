"""The teacher's results dashboards: the grid, item analysis, skills, and one student's answers."""
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from classroom.models import Membership
from lessons.models import Skill
from quiz.models import Attempt
from tests.factories import answer, finish, make_assignment, make_lesson, make_student

HTMX = {"HTTP_HX_REQUEST": "true"}

# Session, user, the class (or assignment or membership), then the page's own reads.
GRID_QUERIES = 6
ITEMS_QUERIES = 8
SKILLS_QUERIES = 7
STUDENT_QUERIES = 4


def dashboard_urls(classroom, assignment, student):
    return {
        "grid": reverse("class_results", args=[classroom.pk]),
        "skills": reverse("skill_results", args=[classroom.pk]),
        "items": reverse("assignment_results", args=[classroom.pk, assignment.pk]),
        "student": reverse("student_results", args=[classroom.pk, student.pk]),
        "results csv": reverse("export_results", args=[classroom.pk]),
        "answers csv": reverse("export_answers", args=[classroom.pk]),
    }


PAGES = ["grid", "skills", "items", "student", "results csv", "answers csv"]
POLLED = [("grid", "grid"), ("skills", "skills"), ("items", "items"), ("student", "answers")]


@pytest.fixture
def lesson():
    return make_lesson(
        "Budget vote",
        questions=[
            (Skill.ATTRIBUTION, ["The mayor", "The reporter", "A resident"], 0),
            (Skill.NUMBERS, ["About 40%", "Exactly 40%", "Nobody knows"], 0),
            (Skill.LOADED_LANGUAGE, ["slammed", "said", "noted"], 0),
        ],
    )


@pytest.fixture
def assignment(classroom, lesson):
    return make_assignment(classroom, lesson)


@pytest.fixture
def urls(classroom, assignment, student):
    return dashboard_urls(classroom, assignment, student)


def grid_of(client, classroom, **params):
    return client.get(reverse("class_results", args=[classroom.pk]), params).context["grid"]


def names(grid):
    return [row.student.shown_name for row in grid.rows]


# ---- who may see them ----


@pytest.mark.parametrize("page", PAGES)
def test_another_teacher_gets_404(client, other_teacher, urls, page):
    client.force_login(other_teacher)

    assert client.get(urls[page]).status_code == 404


@pytest.mark.parametrize("page", PAGES)
def test_a_student_gets_403(client, student, urls, page):
    client.force_login(student)

    assert client.get(urls[page]).status_code == 403


@pytest.mark.parametrize("page", PAGES)
def test_a_visitor_is_sent_to_log_in(client, urls, page):
    response = client.get(urls[page])

    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("page", PAGES)
def test_a_post_gets_405(client, teacher, urls, page):
    client.force_login(teacher)

    assert client.post(urls[page]).status_code == 405


def test_an_assignment_of_another_class_is_not_found_through_mine(client, teacher, classroom, other_classroom):
    theirs = make_assignment(other_classroom)
    client.force_login(teacher)

    response = client.get(reverse("assignment_results", args=[classroom.pk, theirs.pk]))

    assert response.status_code == 404


def test_a_student_of_another_class_is_not_found_through_mine(client, teacher, classroom, other_student):
    client.force_login(teacher)

    response = client.get(reverse("student_results", args=[classroom.pk, other_student.pk]))

    assert response.status_code == 404


# ---- polling: each page refreshes a named partial, and works without JavaScript ----


@pytest.mark.parametrize(("page", "partial"), POLLED)
def test_each_page_polls_its_partial_every_5_seconds(client, teacher, urls, page, partial):
    client.force_login(teacher)

    html = client.get(urls[page]).content.decode()

    assert f'<div id="{partial}" hx-get="{urls[page]}' in html
    assert 'hx-trigger="every 5s"' in html


@pytest.mark.parametrize(("page", "partial"), POLLED)
def test_an_htmx_request_gets_the_partial_alone(client, teacher, urls, page, partial):
    client.force_login(teacher)

    html = client.get(urls[page], **HTMX).content.decode()

    assert html.lstrip().startswith(f'<div id="{partial}"')
    assert "<html" not in html


@pytest.mark.parametrize(("page", "partial"), POLLED)
def test_htmx_restoring_history_gets_the_whole_page(client, teacher, urls, page, partial):
    client.force_login(teacher)

    html = client.get(urls[page], HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX).content.decode()

    assert "<html" in html


@pytest.mark.parametrize(("page", "partial"), POLLED)
def test_pages_and_partials_are_cached_apart(client, teacher, urls, page, partial):
    client.force_login(teacher)

    assert "HX-Request" in client.get(urls[page])["Vary"]


# ---- (a) the grid ----


def test_the_grid_shows_each_students_latest_score(client, teacher, classroom, assignment, student):
    finish(student, assignment, correct=3)
    finish(student, assignment, correct=2)
    client.force_login(teacher)

    html = client.get(reverse("class_results", args=[classroom.pk])).content.decode()

    assert "2/3 · 67%" in html
    assert "2 attempts, best 100%" in html


def test_the_grid_shows_work_in_progress_and_not_started(client, teacher, classroom, assignment, student):
    make_student(classroom, "ben")
    answer(student, assignment, assignment.lesson.current_questions()[0])
    client.force_login(teacher)

    html = client.get(reverse("class_results", args=[classroom.pk])).content.decode()

    assert "1 of 3 answered" in html
    assert "Not started" in html


def test_the_grid_sums_up_each_lesson_for_the_class(client, teacher, classroom, assignment, student):
    finish(student, assignment, correct=2)
    make_student(classroom, "ben")
    client.force_login(teacher)

    column = grid_of(client, classroom).columns[0]

    assert (column.done, column.students, column.average.percent) == (1, 2, 67)


def test_a_removed_student_leaves_the_grid(client, teacher, classroom, assignment, student):
    finish(student, assignment)
    Membership.objects.filter(student=student).delete()
    client.force_login(teacher)

    assert grid_of(client, classroom).rows == []


def test_work_finished_after_the_due_date_is_late(client, teacher, classroom, assignment, student):
    finish(student, assignment)
    assignment.due_at = timezone.now() - timedelta(minutes=1)
    assignment.save(update_fields=["due_at"])
    client.force_login(teacher)

    assert grid_of(client, classroom).rows[0].cells[0].late


def test_work_finished_before_the_due_date_is_not_late(client, teacher, classroom, assignment, student):
    assignment.due_at = timezone.now() + timedelta(days=1)
    assignment.save(update_fields=["due_at"])
    finish(student, assignment)
    client.force_login(teacher)

    assert not grid_of(client, classroom).rows[0].cells[0].late


def test_a_retake_after_the_due_date_does_not_make_work_late(client, teacher, classroom, assignment, student):
    first = finish(student, assignment)
    Attempt.objects.filter(pk=first.pk).update(finished_at=timezone.now() - timedelta(hours=2))
    assignment.due_at = timezone.now() - timedelta(hours=1)
    assignment.save(update_fields=["due_at"])
    finish(student, assignment)
    client.force_login(teacher)

    assert not grid_of(client, classroom).rows[0].cells[0].late


def test_unfinished_work_past_the_due_date_is_late_and_marked_in_words(client, teacher, classroom, student):
    make_assignment(classroom, due_at=timezone.now() - timedelta(hours=1))
    client.force_login(teacher)

    html = client.get(reverse("class_results", args=[classroom.pk])).content.decode()

    assert '<span class="tag late">Late</span>' in html


@pytest.fixture
def three_scores(classroom, assignment, student):
    """Student 100%, Amy 33%, Zoe not started."""
    finish(student, assignment, correct=3)
    finish(make_student(classroom, "amy"), assignment, correct=1)
    make_student(classroom, "zoe")


def test_the_grid_is_sorted_by_name_by_default(client, teacher, classroom, three_scores):
    client.force_login(teacher)

    assert names(grid_of(client, classroom)) == ["Amy", "Student", "Zoe"]


def test_the_grid_sorts_by_name_in_reverse(client, teacher, classroom, three_scores):
    client.force_login(teacher)

    assert names(grid_of(client, classroom, sort="-name")) == ["Zoe", "Student", "Amy"]


def test_the_grid_sorts_by_a_lessons_score_lowest_first_with_no_score_last(
    client, teacher, classroom, assignment, three_scores
):
    client.force_login(teacher)

    grid = grid_of(client, classroom, sort=f"score-{assignment.pk}")

    assert names(grid) == ["Amy", "Student", "Zoe"]


def test_the_grid_sorts_by_a_lessons_score_highest_first(client, teacher, classroom, assignment, three_scores):
    client.force_login(teacher)

    grid = grid_of(client, classroom, sort=f"-score-{assignment.pk}")

    assert names(grid) == ["Student", "Amy", "Zoe"]


def test_the_grid_sorts_by_overall_score(client, teacher, classroom, three_scores):
    client.force_login(teacher)

    assert names(grid_of(client, classroom, sort="-average")) == ["Student", "Amy", "Zoe"]


@pytest.mark.parametrize("sort", ["bogus", "score-999999", "score-x", ""])
def test_an_unknown_sort_falls_back_to_names(client, teacher, classroom, three_scores, sort):
    client.force_login(teacher)

    grid = grid_of(client, classroom, sort=sort)

    assert grid.sort == "name"
    assert names(grid) == ["Amy", "Student", "Zoe"]


def test_sort_links_work_without_javascript_and_swap_the_grid_with_it(
    client, teacher, classroom, assignment, three_scores
):
    client.force_login(teacher)

    html = client.get(reverse("class_results", args=[classroom.pk])).content.decode()

    link = f"?sort=score-{assignment.pk}"
    swap = 'hx-target="#grid" hx-swap="outerHTML" hx-push-url="true" hx-sync="closest #grid:replace"'
    assert f'href="{link}" hx-get="{link}" {swap}' in html


def test_the_sorted_column_says_so_to_screen_readers(client, teacher, classroom, three_scores):
    client.force_login(teacher)

    html = client.get(reverse("class_results", args=[classroom.pk]), {"sort": "-name"}).content.decode()

    assert '<th scope="col" aria-sort="descending">' in html


def test_the_poll_keeps_the_current_sort(client, teacher, classroom, assignment, three_scores):
    client.force_login(teacher)
    url = reverse("class_results", args=[classroom.pk])

    html = client.get(url, {"sort": "-name"}, **HTMX).content.decode()

    assert f'hx-get="{url}?sort=-name"' in html


# ---- (b) item analysis ----


@pytest.fixture
def item_answers(classroom, assignment, student):
    """Student right on everything; Amy and Ben picked "The reporter" for question 1."""
    finish(student, assignment)
    for name in ("amy", "ben"):
        finish(make_student(classroom, name), assignment, correct=0)


def analysis_of(client, classroom, assignment):
    url = reverse("assignment_results", args=[classroom.pk, assignment.pk])
    return client.get(url).context["analysis"]


def test_item_analysis_gives_each_questions_share_correct(client, teacher, classroom, assignment, item_answers):
    client.force_login(teacher)

    analysis = analysis_of(client, classroom, assignment)

    assert [q.ratio.percent for q in analysis.questions] == [33, 33, 33]
    assert (analysis.started, analysis.students) == (3, 3)


def test_item_analysis_names_who_picked_each_wrong_choice(client, teacher, classroom, assignment, item_answers):
    client.force_login(teacher)

    html = client.get(reverse("assignment_results", args=[classroom.pk, assignment.pk])).content.decode()
    first = analysis_of(client, classroom, assignment).questions[0]

    assert [(c.choice.text, len(c.students)) for c in first.wrong_choices] == [
        ("The reporter", 2),
        ("A resident", 0),
    ]
    assert "Amy, Ben" in html
    assert "✓ correct answer" in html


def test_item_analysis_counts_only_each_students_latest_finished_attempt(
    client, teacher, classroom, assignment, student
):
    finish(student, assignment, correct=0)
    finish(student, assignment, correct=3)
    client.force_login(teacher)

    analysis = analysis_of(client, classroom, assignment)

    assert [q.ratio.percent for q in analysis.questions] == [100, 100, 100]


def test_item_analysis_counts_an_attempt_in_progress_while_none_is_finished(
    client, teacher, classroom, assignment, student
):
    answer(student, assignment, assignment.lesson.current_questions()[0], correct=False)
    client.force_login(teacher)

    analysis = analysis_of(client, classroom, assignment)

    assert [q.ratio.answered for q in analysis.questions] == [1, 0, 0]


def test_item_analysis_leaves_out_retired_questions(client, teacher, classroom, assignment, student):
    finish(student, assignment)
    assignment.lesson.questions.filter(position=0).update(retired_at=timezone.now())
    client.force_login(teacher)

    analysis = analysis_of(client, classroom, assignment)

    assert len(analysis.questions) == 2


# ---- (c) skills ----


def mastery_of(client, classroom):
    return client.get(reverse("skill_results", args=[classroom.pk])).context["mastery"]


def test_skills_give_each_students_share_correct_per_skill(client, teacher, classroom, assignment, student):
    finish(student, assignment, correct=2)
    client.force_login(teacher)

    row = mastery_of(client, classroom).rows[0]

    assert [(label, ratio.percent) for label, ratio in row.skills] == [
        ("Attribution", 100),
        ("Numbers", 100),
        ("Loaded language", 0),
    ]


def test_skills_give_the_whole_class_share_per_skill(client, teacher, classroom, assignment, student):
    finish(student, assignment, correct=3)
    finish(make_student(classroom, "amy"), assignment, correct=0)
    client.force_login(teacher)

    total = mastery_of(client, classroom).total

    assert [(ratio.correct, ratio.answered) for ratio in total.ratios] == [(1, 2), (1, 2), (1, 2)]


def test_skills_count_only_the_latest_finished_attempt_per_lesson(
    client, teacher, classroom, assignment, student
):
    finish(student, assignment, correct=0)
    finish(student, assignment, correct=3)
    client.force_login(teacher)

    row = mastery_of(client, classroom).rows[0]

    assert [ratio.percent for ratio in row.ratios] == [100, 100, 100]


def test_skills_add_up_across_lessons(client, teacher, classroom, assignment, student):
    finish(student, assignment, correct=3)
    finish(student, make_assignment(classroom), correct=0)
    client.force_login(teacher)

    row = mastery_of(client, classroom).rows[0]

    assert [(ratio.correct, ratio.answered) for ratio in row.ratios] == [(1, 2), (1, 2), (1, 2)]


def test_the_skills_page_states_which_answers_count(client, teacher, classroom):
    client.force_login(teacher)

    html = client.get(reverse("skill_results", args=[classroom.pk])).content.decode()

    assert "latest finished attempt counts" in html


# ---- (d) one student's answers ----


def test_a_students_page_lists_every_answer_with_attempt_choice_result_and_time(
    client, teacher, classroom, assignment, student
):
    finish(student, assignment, correct=3)
    answer(student, assignment, assignment.lesson.current_questions()[0], correct=False, time_taken_ms=12_000)
    client.force_login(teacher)

    response = client.get(reverse("student_results", args=[classroom.pk, student.pk]))

    html = response.content.decode()
    assert len(response.context["answers"]) == 4
    assert "Question 1 of Budget vote?" in html
    assert "The reporter" in html
    assert "✗ Wrong" in html and "✓ Right" in html
    assert "12 s" in html
    assert "(in progress)" in html


def test_a_students_page_leaves_out_answers_given_in_other_classes(
    client, teacher, classroom, assignment, student, other_classroom
):
    Membership.objects.create(classroom=other_classroom, student=student)
    elsewhere = make_assignment(other_classroom, make_lesson("Elsewhere"))
    finish(student, elsewhere)
    client.force_login(teacher)

    html = client.get(reverse("student_results", args=[classroom.pk, student.pk])).content.decode()

    assert "Elsewhere" not in html


# ---- a fixed number of queries, whatever the class size ----


def class_at_work(classroom, assignment, size):
    """`size` students: all finished the lesson, one retook it, one is midway through another."""
    second = make_assignment(classroom, due_at=timezone.now() - timedelta(days=1))
    students = [make_student(classroom) for _ in range(size)]
    for index, student in enumerate(students):
        finish(student, assignment, correct=index % 4)
    finish(students[0], assignment)
    answer(students[1], second, second.lesson.current_questions()[0])
    return students


@pytest.mark.parametrize("size", [5, 50])
def test_the_grid_costs_a_fixed_number_of_queries(
    client, teacher, classroom, assignment, size, django_assert_num_queries
):
    class_at_work(classroom, assignment, size)
    client.force_login(teacher)

    with django_assert_num_queries(GRID_QUERIES):
        response = client.get(reverse("class_results", args=[classroom.pk]), {"sort": "-average"})

    assert len(response.context["grid"].rows) == size


@pytest.mark.parametrize("size", [5, 50])
def test_the_grid_poll_costs_a_fixed_number_of_queries(
    client, teacher, classroom, assignment, size, django_assert_num_queries
):
    class_at_work(classroom, assignment, size)
    client.force_login(teacher)

    with django_assert_num_queries(GRID_QUERIES):
        client.get(reverse("class_results", args=[classroom.pk]), **HTMX)


@pytest.mark.parametrize("size", [5, 50])
def test_item_analysis_costs_a_fixed_number_of_queries(
    client, teacher, classroom, assignment, size, django_assert_num_queries
):
    class_at_work(classroom, assignment, size)
    client.force_login(teacher)

    with django_assert_num_queries(ITEMS_QUERIES):
        response = client.get(reverse("assignment_results", args=[classroom.pk, assignment.pk]))

    assert response.context["analysis"].started == size


@pytest.mark.parametrize("size", [5, 50])
def test_skills_cost_a_fixed_number_of_queries(
    client, teacher, classroom, assignment, size, django_assert_num_queries
):
    class_at_work(classroom, assignment, size)
    client.force_login(teacher)

    with django_assert_num_queries(SKILLS_QUERIES):
        response = client.get(reverse("skill_results", args=[classroom.pk]))

    assert len(response.context["mastery"].rows) == size


@pytest.mark.parametrize("size", [5, 50])
def test_a_students_page_costs_a_fixed_number_of_queries(
    client, teacher, classroom, assignment, size, django_assert_num_queries
):
    students = class_at_work(classroom, assignment, size)
    client.force_login(teacher)

    with django_assert_num_queries(STUDENT_QUERIES):
        client.get(reverse("student_results", args=[classroom.pk, students[0].pk]))
