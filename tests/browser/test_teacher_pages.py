"""Every teacher page passes an axe-core audit and loads without a CSP or script error."""
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from classroom.models import Classroom
from tests.browser.axe import assert_accessible
from tests.factories import PASSWORD, answer, finish, make_assignment, make_lesson, make_student

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def class_at_work():
    """A teacher's class mid-lesson: one student done, one midway, one not started; an archived class."""
    teacher = User.objects.create_user(
        username="msrivera", password=PASSWORD, role=User.Role.TEACHER, display_name="Ms Rivera"
    )
    classroom = Classroom.objects.create(teacher=teacher, name="Period 1")
    Classroom.objects.create(teacher=teacher, name="Last year", archived_at=timezone.now())
    assignment = make_assignment(
        classroom, make_lesson("Budget vote"), due_at=timezone.now() - timedelta(hours=1)
    )
    make_lesson("Flood report")
    amara = make_student(classroom, "amara")
    finish(amara, assignment, correct=2)
    answer(make_student(classroom, "ben"), assignment, assignment.lesson.current_questions()[0])
    make_student(classroom, "chloe")
    return classroom, assignment, amara


def log_in(page, username):
    page.goto(reverse("login"))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/")


TEACHER_PAGES = {
    "home": lambda c, a, s: reverse("home"),
    "archived": lambda c, a, s: reverse("archived_classes"),
    "class": lambda c, a, s: reverse("class_detail", args=[c.pk]),
    "new code": lambda c, a, s: reverse("regenerate_code", args=[c.pk]),
    "unassign": lambda c, a, s: reverse("unassign_lesson", args=[c.pk, a.pk]),
    "remove": lambda c, a, s: reverse("remove_student", args=[c.pk, s.pk]),
    "erase": lambda c, a, s: reverse("erase_student", args=[c.pk, s.pk]),
    "new password": lambda c, a, s: reverse("reset_student_password", args=[c.pk, s.pk]),
    "delete class": lambda c, a, s: reverse("class_delete", args=[c.pk]),
    "results": lambda c, a, s: reverse("class_results", args=[c.pk]),
    "results sorted": lambda c, a, s: reverse("class_results", args=[c.pk]) + f"?sort=-score-{a.pk}",
    "questions": lambda c, a, s: reverse("assignment_results", args=[c.pk, a.pk]),
    "skills": lambda c, a, s: reverse("skill_results", args=[c.pk]),
    "student": lambda c, a, s: reverse("student_results", args=[c.pk, s.pk]),
}


@pytest.mark.parametrize("name", TEACHER_PAGES)
def test_a_teacher_page_has_no_serious_accessibility_violation(page, class_at_work, name):
    log_in(page, "msrivera")

    page.goto(TEACHER_PAGES[name](*class_at_work))

    assert_accessible(page)


@pytest.mark.parametrize("name", ["class", "results", "questions", "skills", "student"])
def test_a_polling_teacher_page_runs_without_console_errors(page, class_at_work, name):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    log_in(page, "msrivera")

    page.goto(TEACHER_PAGES[name](*class_at_work))
    with page.expect_response(lambda response: response.request.headers.get("hx-request") == "true"):
        pass

    assert errors == []


def test_the_student_home_has_no_serious_accessibility_violation(page, class_at_work):
    log_in(page, "amara")

    assert_accessible(page)


@pytest.mark.parametrize(("name", "link"), [("results", "grid-student-"), ("class", "remove-")])
def test_keyboard_focus_stays_on_its_link_when_the_page_polls(page, class_at_work, name, link):
    classroom, assignment, amara = class_at_work
    log_in(page, "msrivera")
    page.goto(TEACHER_PAGES[name](*class_at_work))
    page.locator(f"#{link}{amara.pk}").focus()
    page.evaluate("document.activeElement.dataset.beforePoll = 'yes'")

    with page.expect_response(lambda response: response.request.headers.get("hx-request") == "true"):
        pass
    page.wait_for_function("!document.querySelector('[data-before-poll]')")

    assert page.evaluate("document.activeElement.id") == f"{link}{amara.pk}"
