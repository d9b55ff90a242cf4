"""A teacher's classes: create, rename, archive, join code, roster, assignments; the student's home."""
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from classroom.models import Assignment, Classroom, Membership
from quiz.models import Answer, Attempt
from tests.factories import answer, finish, make_assignment, make_lesson, make_student

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def assignment(classroom):
    return make_assignment(classroom, make_lesson("Budget vote"))


# Every class view, as (name, kwargs builder, method): the security rules hold for all of them.
CLASS_VIEWS = [
    ("class_detail", lambda c, a, s: [c.pk], "get"),
    ("class_rename", lambda c, a, s: [c.pk], "post"),
    ("class_archive", lambda c, a, s: [c.pk], "post"),
    ("class_restore", lambda c, a, s: [c.pk], "post"),
    ("regenerate_code", lambda c, a, s: [c.pk], "get"),
    ("regenerate_code", lambda c, a, s: [c.pk], "post"),
    ("assign_lesson", lambda c, a, s: [c.pk], "post"),
    ("unassign_lesson", lambda c, a, s: [c.pk, a.pk], "get"),
    ("unassign_lesson", lambda c, a, s: [c.pk, a.pk], "post"),
    ("remove_student", lambda c, a, s: [c.pk, s.pk], "get"),
    ("remove_student", lambda c, a, s: [c.pk, s.pk], "post"),
    ("erase_student", lambda c, a, s: [c.pk, s.pk], "get"),
    ("erase_student", lambda c, a, s: [c.pk, s.pk], "post"),
]
VIEW_IDS = [f"{method} {name}" for name, _, method in CLASS_VIEWS]


def url_of(view, classroom, assignment, student):
    name, args, _ = view
    return reverse(name, args=args(classroom, assignment, student))


@pytest.mark.parametrize("view", CLASS_VIEWS, ids=VIEW_IDS)
def test_another_teacher_gets_404_and_changes_nothing(client, other_teacher, classroom, assignment, student, view):
    client.force_login(other_teacher)

    response = getattr(client, view[2])(url_of(view, classroom, assignment, student), {"name": "Mine"})

    assert response.status_code == 404
    assert Classroom.objects.get(pk=classroom.pk).name == "Period 1"
    assert Membership.objects.filter(student=student).exists()
    assert Assignment.objects.filter(pk=assignment.pk).exists()


@pytest.mark.parametrize("view", CLASS_VIEWS, ids=VIEW_IDS)
def test_a_student_gets_403_on_teacher_pages(client, student, classroom, assignment, view):
    client.force_login(student)

    response = getattr(client, view[2])(url_of(view, classroom, assignment, student))

    assert response.status_code == 403
    assert User.objects.filter(pk=student.pk).exists()


@pytest.mark.parametrize("view", CLASS_VIEWS, ids=VIEW_IDS)
def test_a_visitor_is_sent_to_log_in(client, classroom, assignment, student, view):
    response = getattr(client, view[2])(url_of(view, classroom, assignment, student))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize(
    "view",
    [
        ("class_create", lambda c, a, s: [], "get"),
        ("archived_classes", lambda c, a, s: [], "post"),
        ("class_detail", lambda c, a, s: [c.pk], "post"),
        ("class_rename", lambda c, a, s: [c.pk], "get"),
        ("class_archive", lambda c, a, s: [c.pk], "get"),
        ("class_restore", lambda c, a, s: [c.pk], "get"),
        ("regenerate_code", lambda c, a, s: [c.pk], "put"),
        ("assign_lesson", lambda c, a, s: [c.pk], "get"),
        ("unassign_lesson", lambda c, a, s: [c.pk, a.pk], "delete"),
        ("remove_student", lambda c, a, s: [c.pk, s.pk], "delete"),
        ("erase_student", lambda c, a, s: [c.pk, s.pk], "delete"),
    ],
    ids=lambda view: f"{view[2]} {view[0]}",
)
def test_a_wrong_method_gets_405(client, teacher, classroom, assignment, student, view):
    client.force_login(teacher)

    response = getattr(client, view[2])(url_of(view, classroom, assignment, student))

    assert response.status_code == 405


# ---- creating, renaming, archiving ----


def test_a_teacher_creates_a_class_and_lands_on_its_page(client, teacher):
    client.force_login(teacher)

    response = client.post(reverse("class_create"), {"name": "Period 2"})

    classroom = Classroom.objects.get(name="Period 2")
    assert classroom.teacher == teacher
    assert response["Location"] == reverse("class_detail", args=[classroom.pk])


def test_a_class_needs_a_name(client, teacher):
    client.force_login(teacher)

    response = client.post(reverse("class_create"), {"name": ""})

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not Classroom.objects.exists()


def test_a_student_cannot_create_a_class(client, student):
    client.force_login(student)

    response = client.post(reverse("class_create"), {"name": "Mine"})

    assert response.status_code == 403
    assert not Classroom.objects.filter(name="Mine").exists()


def test_an_htmx_post_creating_a_class_is_told_to_load_the_class_page(client, teacher):
    client.force_login(teacher)

    response = client.post(reverse("class_create"), {"name": "Period 2"}, **HTMX)

    classroom = Classroom.objects.get(name="Period 2")
    assert response["HX-Redirect"] == reverse("class_detail", args=[classroom.pk])


def test_the_teacher_home_offers_a_form_to_create_a_class(client, teacher):
    client.force_login(teacher)

    page = client.get("/").content.decode()

    assert f'action="{reverse("class_create")}"' in page


def test_the_teacher_home_counts_students_and_lessons(client, teacher, classroom, student, assignment):
    client.force_login(teacher)

    row = client.get("/").context["classrooms"].get()

    assert (row.student_count, row.assignment_count) == (1, 1)


def test_a_teacher_renames_a_class(client, teacher, classroom):
    client.force_login(teacher)

    response = client.post(reverse("class_rename", args=[classroom.pk]), {"name": "Period 1 Civics"})

    classroom.refresh_from_db()
    assert classroom.name == "Period 1 Civics"
    assert response["Location"] == reverse("class_detail", args=[classroom.pk])


def test_renaming_to_nothing_keeps_the_name_and_shows_the_error(client, teacher, classroom):
    client.force_login(teacher)

    response = client.post(reverse("class_rename", args=[classroom.pk]), {"name": ""})

    classroom.refresh_from_db()
    assert classroom.name == "Period 1"
    assert "This field is required" in response.content.decode()


def test_an_htmx_rename_is_told_to_reload_the_class_page(client, teacher, classroom):
    client.force_login(teacher)

    response = client.post(reverse("class_rename", args=[classroom.pk]), {"name": "P1"}, **HTMX)

    assert response["HX-Redirect"] == reverse("class_detail", args=[classroom.pk])


def test_an_archived_class_leaves_the_home_list(client, teacher, classroom):
    client.force_login(teacher)

    client.post(reverse("class_archive", args=[classroom.pk]))

    classroom.refresh_from_db()
    assert classroom.is_archived
    assert classroom.join_code not in client.get("/").content.decode()


def test_an_archived_class_is_listed_under_archived(client, teacher, classroom):
    classroom.archive()
    client.force_login(teacher)

    page = client.get(reverse("archived_classes")).content.decode()

    assert "Period 1" in page
    assert reverse("class_detail", args=[classroom.pk]) in page


def test_the_home_page_links_to_archived_classes_when_there_are_some(client, teacher, classroom):
    classroom.archive()
    client.force_login(teacher)

    assert reverse("archived_classes") in client.get("/").content.decode()


def test_the_archived_list_shows_no_other_teachers_classes(client, teacher, other_classroom):
    other_classroom.archive()
    client.force_login(teacher)

    assert "Period 4" not in client.get(reverse("archived_classes")).content.decode()


def test_a_student_cannot_see_the_archived_list(client, student):
    client.force_login(student)

    assert client.get(reverse("archived_classes")).status_code == 403


def test_an_archived_class_page_still_opens_and_offers_restore(client, teacher, classroom):
    classroom.archive()
    client.force_login(teacher)

    page = client.get(reverse("class_detail", args=[classroom.pk])).content.decode()

    assert reverse("class_restore", args=[classroom.pk]) in page


def test_a_restored_class_is_back_on_the_home_list(client, teacher, classroom):
    classroom.archive()
    client.force_login(teacher)

    client.post(reverse("class_restore", args=[classroom.pk]))

    assert classroom.join_code in client.get("/").content.decode()


def test_an_htmx_archive_is_told_to_load_the_home_page(client, teacher, classroom):
    client.force_login(teacher)

    response = client.post(reverse("class_archive", args=[classroom.pk]), **HTMX)

    assert response["HX-Redirect"] == reverse("home")


# ---- the class page: code and roster ----


def test_the_class_page_shows_the_join_code_and_the_roster(client, teacher, classroom, student):
    client.force_login(teacher)

    page = client.get(reverse("class_detail", args=[classroom.pk])).content.decode()

    assert classroom.join_code in page
    assert "Student" in page
    assert reverse("remove_student", args=[classroom.pk, student.pk]) in page


def test_the_class_page_polls_its_roster(client, teacher, classroom):
    client.force_login(teacher)

    page = client.get(reverse("class_detail", args=[classroom.pk])).content.decode()

    assert 'id="roster"' in page
    assert 'hx-trigger="every 5s"' in page


def test_the_roster_alone_answers_an_htmx_poll(client, teacher, classroom, student):
    client.force_login(teacher)

    page = client.get(reverse("class_detail", args=[classroom.pk]), **HTMX).content.decode()

    assert page.lstrip().startswith('<section id="roster"')
    assert "Student" in page
    assert "<html" not in page


def test_the_class_page_costs_the_same_queries_for_5_and_50_students(
    client, teacher, classroom, django_assert_num_queries
):
    client.force_login(teacher)
    make_assignment(classroom)
    url = reverse("class_detail", args=[classroom.pk])
    for _ in range(5):
        make_student(classroom)
    client.get(url)
    with django_assert_num_queries(6) as small:
        client.get(url)
    for _ in range(45):
        make_student(classroom)

    with django_assert_num_queries(len(small.captured_queries)):
        client.get(url)


def test_regenerating_the_code_asks_first(client, teacher, classroom):
    client.force_login(teacher)
    code = classroom.join_code

    response = client.get(reverse("regenerate_code", args=[classroom.pk]))

    classroom.refresh_from_db()
    assert classroom.join_code == code
    assert "will stop working" in response.content.decode()
    assert 'method="post"' in response.content.decode()


def test_regenerating_the_code_replaces_it(client, teacher, classroom):
    client.force_login(teacher)
    old_code = classroom.join_code

    client.post(reverse("regenerate_code", args=[classroom.pk]))

    classroom.refresh_from_db()
    assert classroom.join_code != old_code
    assert len(classroom.join_code) == 6


def test_the_old_code_no_longer_lets_students_join(client, teacher, classroom):
    client.force_login(teacher)
    old_code = classroom.join_code
    client.post(reverse("regenerate_code", args=[classroom.pk]))
    client.logout()

    response = client.post(
        reverse("join_class"),
        {
            "join_code": old_code,
            "display_name": "Sam",
            "username": "sam",
            "password1": "a-long-pass-phrase-9",
            "password2": "a-long-pass-phrase-9",
        },
    )

    assert "No open class has that code" in response.content.decode()


def test_regenerating_the_code_keeps_the_students(client, teacher, classroom, student):
    client.force_login(teacher)

    client.post(reverse("regenerate_code", args=[classroom.pk]))

    assert Membership.objects.filter(classroom=classroom, student=student).exists()


def test_an_htmx_regenerate_is_told_to_reload_the_class_page(client, teacher, classroom):
    client.force_login(teacher)

    response = client.post(reverse("regenerate_code", args=[classroom.pk]), **HTMX)

    assert response["HX-Redirect"] == reverse("class_detail", args=[classroom.pk])


def test_regenerating_needs_the_csrf_token(teacher, classroom):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(teacher)

    response = client.post(reverse("regenerate_code", args=[classroom.pk]))

    assert response.status_code == 403


# ---- assigning lessons ----


def test_a_teacher_assigns_a_published_lesson_with_a_due_date(client, teacher, classroom):
    lesson = make_lesson("Budget vote")
    client.force_login(teacher)

    client.post(
        reverse("assign_lesson", args=[classroom.pk]),
        {"lesson": lesson.pk, "due_at": "2030-05-01T09:30"},
    )

    assignment = Assignment.objects.get(classroom=classroom, lesson=lesson)
    assert assignment.due_at.isoformat() == "2030-05-01T09:30:00+00:00"


def test_a_lesson_can_be_assigned_without_a_due_date(client, teacher, classroom):
    lesson = make_lesson()
    client.force_login(teacher)

    client.post(reverse("assign_lesson", args=[classroom.pk]), {"lesson": lesson.pk, "due_at": ""})

    assert Assignment.objects.get(classroom=classroom, lesson=lesson).due_at is None


@pytest.mark.parametrize(
    "lesson_kwargs",
    [
        {"published": False},
        {"owner": "other_teacher"},
    ],
    ids=["a draft", "another teacher's unshared lesson"],
)
def test_a_lesson_the_teacher_may_not_use_cannot_be_assigned(client, teacher, other_teacher, classroom, lesson_kwargs):
    if lesson_kwargs.get("owner") == "other_teacher":
        lesson_kwargs = {"owner": other_teacher}
    lesson = make_lesson(**lesson_kwargs)
    client.force_login(teacher)

    response = client.post(reverse("assign_lesson", args=[classroom.pk]), {"lesson": lesson.pk})

    assert not Assignment.objects.exists()
    assert "Select a valid choice" in response.content.decode()


def test_the_teacher_may_assign_seed_own_and_shared_lessons(client, teacher, other_teacher, classroom):
    seed = make_lesson("Seed")
    own = make_lesson("Own", owner=teacher)
    shared = make_lesson("Shared", owner=other_teacher, shared=True)
    make_lesson("Draft", published=False)
    make_lesson("Private", owner=other_teacher)
    client.force_login(teacher)

    form = client.get(reverse("class_detail", args=[classroom.pk])).context["assign_form"]

    assert set(form.fields["lesson"].queryset) == {seed, own, shared}


def test_a_lesson_already_assigned_is_not_offered_again(client, teacher, classroom, assignment):
    client.force_login(teacher)

    form = client.get(reverse("class_detail", args=[classroom.pk])).context["assign_form"]

    assert assignment.lesson not in form.fields["lesson"].queryset


def test_an_htmx_assign_answers_with_the_updated_list(client, teacher, classroom):
    lesson = make_lesson("Budget vote")
    client.force_login(teacher)

    response = client.post(reverse("assign_lesson", args=[classroom.pk]), {"lesson": lesson.pk}, **HTMX)

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="assignments"')
    assert "Assigned Budget vote." in page
    assert "<html" not in page


def test_an_htmx_assign_with_errors_answers_with_the_form_and_its_error(client, teacher, classroom):
    client.force_login(teacher)
    make_lesson()

    response = client.post(reverse("assign_lesson", args=[classroom.pk]), {"lesson": ""}, **HTMX)

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_unassigning_asks_first_and_says_what_will_be_deleted(client, teacher, classroom, assignment, student):
    finish(student, assignment)
    client.force_login(teacher)

    response = client.get(reverse("unassign_lesson", args=[classroom.pk, assignment.pk]))

    assert "deletes 1 attempt by 1 student" in response.content.decode()
    assert Assignment.objects.filter(pk=assignment.pk).exists()


def test_unassigning_deletes_the_assignment_and_its_attempts(client, teacher, classroom, assignment, student):
    finish(student, assignment)
    client.force_login(teacher)

    response = client.post(reverse("unassign_lesson", args=[classroom.pk, assignment.pk]))

    assert response["Location"] == reverse("class_detail", args=[classroom.pk])
    assert not Assignment.objects.filter(pk=assignment.pk).exists()
    assert not Attempt.objects.exists()


def test_an_assignment_of_another_class_cannot_be_unassigned_through_mine(
    client, teacher, classroom, other_classroom
):
    theirs = make_assignment(other_classroom)
    client.force_login(teacher)

    response = client.post(reverse("unassign_lesson", args=[classroom.pk, theirs.pk]))

    assert response.status_code == 404
    assert Assignment.objects.filter(pk=theirs.pk).exists()


def test_an_htmx_unassign_is_told_to_reload_the_class_page(client, teacher, classroom, assignment):
    client.force_login(teacher)

    response = client.post(reverse("unassign_lesson", args=[classroom.pk, assignment.pk]), **HTMX)

    assert response["HX-Redirect"] == reverse("class_detail", args=[classroom.pk])


# ---- removing and erasing students ----


def test_removing_a_student_asks_first(client, teacher, classroom, student):
    client.force_login(teacher)

    response = client.get(reverse("remove_student", args=[classroom.pk, student.pk]))

    assert "Remove Student from Period 1?" in response.content.decode()
    assert Membership.objects.filter(classroom=classroom, student=student).exists()


def test_removing_a_student_keeps_their_account_and_answers(client, teacher, classroom, student, assignment):
    finish(student, assignment)
    client.force_login(teacher)

    client.post(reverse("remove_student", args=[classroom.pk, student.pk]))

    assert not Membership.objects.filter(classroom=classroom, student=student).exists()
    assert User.objects.filter(pk=student.pk).exists()
    assert Answer.objects.filter(attempt__student=student).count() == 3


def test_a_student_of_another_class_cannot_be_removed_through_mine(client, teacher, classroom, other_student):
    client.force_login(teacher)

    response = client.post(reverse("remove_student", args=[classroom.pk, other_student.pk]))

    assert response.status_code == 404
    assert other_student.memberships.exists()


def test_an_htmx_remove_is_told_to_reload_the_class_page(client, teacher, classroom, student):
    client.force_login(teacher)

    response = client.post(reverse("remove_student", args=[classroom.pk, student.pk]), **HTMX)

    assert response["HX-Redirect"] == reverse("class_detail", args=[classroom.pk])


def test_erasing_a_student_asks_first_and_warns_it_cannot_be_undone(client, teacher, classroom, student):
    client.force_login(teacher)

    response = client.get(reverse("erase_student", args=[classroom.pk, student.pk]))

    assert "cannot be undone" in response.content.decode()
    assert User.objects.filter(pk=student.pk).exists()


def test_erasing_a_student_deletes_the_account_and_every_answer(client, teacher, classroom, student, assignment):
    finish(student, assignment)
    second_class = Classroom.objects.create(teacher=teacher, name="Period 2")
    Membership.objects.create(classroom=second_class, student=student)
    client.force_login(teacher)

    client.post(reverse("erase_student", args=[classroom.pk, student.pk]))

    assert not User.objects.filter(pk=student.pk).exists()
    assert not Attempt.objects.exists()
    assert not Answer.objects.exists()
    assert not Membership.objects.filter(classroom=second_class).exists()


def test_a_student_in_another_teachers_class_is_only_removed_and_the_page_says_why(
    client, teacher, classroom, student, other_classroom
):
    Membership.objects.create(classroom=other_classroom, student=student)
    client.force_login(teacher)

    page = client.get(reverse("erase_student", args=[classroom.pk, student.pk])).content.decode()
    response = client.post(reverse("erase_student", args=[classroom.pk, student.pk]), follow=True)

    assert "also in a class of another teacher" in page
    assert User.objects.filter(pk=student.pk).exists()
    assert not Membership.objects.filter(classroom=classroom, student=student).exists()
    assert Membership.objects.filter(classroom=other_classroom, student=student).exists()
    assert "also in another teacher" in response.content.decode()


def test_an_htmx_erase_is_told_to_reload_the_class_page(client, teacher, classroom, student):
    client.force_login(teacher)

    response = client.post(reverse("erase_student", args=[classroom.pk, student.pk]), **HTMX)

    assert response["HX-Redirect"] == reverse("class_detail", args=[classroom.pk])


# ---- the student's home ----


def test_a_student_sees_each_assigned_lesson_linking_to_its_page(client, student, classroom, assignment):
    client.force_login(student)

    page = client.get("/").content.decode()

    assert "Budget vote" in page
    assert reverse("assignment_detail", args=[assignment.pk]) in page
    assert "Not started" in page


def test_a_student_sees_a_lesson_in_progress(client, student, assignment):
    answer(student, assignment, assignment.lesson.current_questions()[0])
    client.force_login(student)

    assert "In progress" in client.get("/").content.decode()


def test_a_student_sees_the_score_of_their_latest_finished_attempt(client, student, assignment):
    finish(student, assignment, correct=3)
    finish(student, assignment, correct=1)
    client.force_login(student)

    page = client.get("/").content.decode()

    assert "Done: 1 of 3 right (33%)" in page
    assert "best 100%" in page


def test_a_student_sees_an_unfinished_lesson_past_its_due_date_marked_overdue(client, student, classroom):
    make_assignment(classroom, due_at=timezone.now() - timedelta(hours=1))
    client.force_login(student)

    assert "Overdue" in client.get("/").content.decode()


def test_a_lesson_due_later_is_not_marked_overdue(client, student, classroom):
    make_assignment(classroom, due_at=timezone.now() + timedelta(days=1))
    client.force_login(student)

    assert "Overdue" not in client.get("/").content.decode()


def test_a_student_does_not_see_lessons_of_classes_they_are_not_in(client, student, other_classroom):
    make_assignment(other_classroom, make_lesson("Not yours"))
    client.force_login(student)

    assert "Not yours" not in client.get("/").content.decode()


def test_the_student_home_costs_the_same_queries_for_2_and_20_lessons(
    client, student, classroom, django_assert_num_queries
):
    client.force_login(student)
    for _ in range(2):
        finish(student, make_assignment(classroom))
    with django_assert_num_queries(5) as small:
        client.get("/")
    for _ in range(18):
        finish(student, make_assignment(classroom))

    with django_assert_num_queries(len(small.captured_queries)):
        client.get("/")
