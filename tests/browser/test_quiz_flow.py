"""A student takes a lesson in the browser: with the mouse, with the keyboard only, without JavaScript."""
import pytest

from lessons.models import Article, Evidence
from quiz.models import Answer
from tests.factories import PASSWORD, make_assignment, make_lesson, make_student

pytestmark = pytest.mark.django_db(transaction=True)

BODY = (
    "Storm hits coast\n\n"
    "The mayor said \"we will rebuild\" after as many as 40 homes flooded.\n\n"
    "Officials who spoke on condition of anonymity said the damage was worse."
)


@pytest.fixture
def assignment(classroom):
    article = Article.objects.create(
        title="Storm hits coast", slug="storm", raw_text=BODY, body=BODY, body_hash="x"
    )
    lesson = make_lesson("Storm lesson")
    lesson.articles.add(article)
    for question in lesson.current_questions():
        start = BODY.index("as many as 40")
        Evidence.objects.create(
            question=question, article=article, start=start, end=start + 13, text="as many as 40"
        )
    return make_assignment(classroom, lesson)


@pytest.fixture
def student_page(page, assignment):
    student = make_student(assignment.classroom, username="sam")
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("sam")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/")
    page.student = student
    return page


def open_lesson(page, assignment):
    page.goto(f"/assignments/{assignment.pk}/")
    page.get_by_role("button", name="Start the lesson").click()
    page.wait_for_url("**/attempts/*/")


def test_a_student_takes_a_lesson_with_the_mouse(student_page, assignment):
    page = student_page
    open_lesson(page, assignment)

    for number in (1, 2, 3):
        page.get_by_text(f"Question {number} of 3").wait_for()
        page.get_by_role("radio").first.check()
        page.get_by_role("button", name="Check my answer").click()
        page.locator(".feedback h2").wait_for()
        assert page.locator("mark.evidence").first.inner_text() == "as many as 40"
        page.locator(".feedback a.button").click()

    page.get_by_role("heading", name="You scored").wait_for()
    assert Answer.objects.filter(attempt__student=page.student).count() == 3


def test_feedback_swaps_in_without_a_page_load(student_page, assignment):
    page = student_page
    open_lesson(page, assignment)
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_role("radio").first.check()
    page.get_by_role("button", name="Check my answer").click()
    page.locator(".feedback h2").wait_for()

    assert page.evaluate("window.stillTheSamePage") is True
    assert page.locator("#quiz-panel").get_attribute("aria-live") == "polite"


def tab_until(page, selector: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def wait_for_htmx_to_settle(page):
    """Focus moved before htmx has settled a swap lands on elements about to be replaced."""
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")


def test_a_student_takes_a_lesson_with_the_keyboard_only(student_page, assignment):
    page = student_page
    page.goto(f"/assignments/{assignment.pk}/")
    tab_until(page, "button[type=submit]:not(.link-button)")
    page.keyboard.press("Enter")
    page.wait_for_url("**/attempts/*/")

    for _ in range(3):
        page.get_by_text("Check my answer").wait_for()
        tab_until(page, "input[type=radio]")
        page.keyboard.press("Space")
        tab_until(page, "form[hx-post] button[type=submit]")
        page.keyboard.press("Enter")
        page.locator(".feedback h2").wait_for()
        wait_for_htmx_to_settle(page)
        tab_until(page, ".feedback a.button")
        page.keyboard.press("Enter")

    page.get_by_role("heading", name="You scored").wait_for()
    assert Answer.objects.filter(attempt__student=page.student).count() == 3


def test_a_student_takes_a_lesson_without_javascript(browser, live_server, assignment):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    make_student(assignment.classroom, username="nojs")
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("nojs")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    open_lesson(page, assignment)

    for _ in range(3):
        page.get_by_role("radio").last.check()
        page.get_by_role("button", name="Check my answer").click()
        page.wait_for_url("**/attempts/*/?answered=*")
        assert page.locator("mark.evidence").count() >= 1
        page.locator(".feedback a.button").click()

    assert page.get_by_role("heading", name="You scored").is_visible()
    assert Answer.objects.filter(attempt__student__username="nojs").count() == 3
    context.close()


def test_the_quiz_reads_on_a_phone_sized_screen(browser, live_server, assignment):
    context = browser.new_context(base_url=live_server.url, viewport={"width": 375, "height": 740})
    page = context.new_page()
    make_student(assignment.classroom, username="phone")
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("phone")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    open_lesson(page, assignment)

    scroll_width = page.evaluate("document.documentElement.scrollWidth")

    assert scroll_width <= 375
    assert page.get_by_role("button", name="Check my answer").is_visible()
    context.close()
