"""A teacher's lesson in class, end to end: sign up, create a class, assign, students answer, results."""
import csv
import io
import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_lesson

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-pass-phrase-9"


def sign_up_as_teacher(page):
    page.goto("/accounts/signup/")
    page.get_by_label("Username").fill("msrivera")
    page.get_by_label("Name shown to students").fill("Ms Rivera")
    page.get_by_label("Email").fill("rivera@school.example")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Create my teacher account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My classes")


def create_class(page, name):
    page.get_by_label("Class name").fill(name)
    page.get_by_role("button", name="Create the class").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    return page.locator(".join-code code").inner_text()


def join_as_student(page, code, name):
    page.goto("/join/")
    page.get_by_label("Class code").fill(code)
    page.get_by_label("Your name as your teacher will see it").fill(name)
    page.get_by_label("Username").fill(name.lower())
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Join the class").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My classes")


def take_lesson(page, title, picks):
    """Answer each question in turn, picking the given choice text."""
    page.get_by_role("link", name=title).click()
    page.get_by_role("button", name="Start the lesson").click()
    for number, pick in enumerate(picks, start=1):
        page.get_by_label(pick).check()
        page.get_by_role("button", name="Check my answer").click()
        last = number == len(picks)
        page.get_by_role("link", name="See your results" if last else "Next question").click()
    expect(page.get_by_role("heading", name="You scored")).to_be_visible()


@pytest.fixture
def student_page(browser, live_server):
    contexts = []

    def open_page():
        context = browser.new_context(base_url=live_server.url)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


def test_a_class_takes_a_lesson_and_the_teacher_watches_the_results_arrive(page, student_page):
    make_lesson("Budget vote")
    sign_up_as_teacher(page)
    code = create_class(page, "Period 1 Media Literacy")

    page.get_by_label("Lesson:").select_option(label="Budget vote")
    page.get_by_label("Due (optional):").fill("2030-05-01T09:30")
    page.get_by_role("button", name="Assign").click()
    expect(page.locator("#assignments").get_by_role("status")).to_have_text("Assigned Budget vote.")

    amara, ben = student_page(), student_page()
    join_as_student(amara, code, "Amara")
    join_as_student(ben, code, "Ben")
    expect(page.locator("#roster")).to_contain_text("Ben", timeout=15_000)

    page.get_by_role("link", name="Results", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Results of Period 1 Media Literacy")
    page.evaluate("window.notReloaded = true")

    take_lesson(amara, "Budget vote", ["The mayor", "About 40%", "slammed"])
    take_lesson(ben, "Budget vote", ["The reporter", "About 40%", "said"])

    grid = page.locator("#grid")
    expect(grid.get_by_role("row", name="Amara")).to_contain_text("3/3 · 100%", timeout=15_000)
    expect(grid.get_by_role("row", name="Ben")).to_contain_text("1/3 · 33%", timeout=15_000)
    assert page.evaluate("window.notReloaded") is True

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Results CSV").click()
    raw = open(download_info.value.path(), "rb").read()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))

    assert raw.startswith(b"\xef\xbb\xbf")
    assert [(row["Student"], row["Latest score %"]) for row in rows] == [("Amara", "100"), ("Ben", "33")]


def test_sorting_the_grid_by_a_lesson_updates_the_address_and_back_returns(page, student_page):
    make_lesson("Budget vote")
    sign_up_as_teacher(page)
    code = create_class(page, "Period 2")
    page.get_by_label("Lesson:").select_option(label="Budget vote")
    page.get_by_role("button", name="Assign").click()
    expect(page.locator("#assignments").get_by_role("status")).to_have_text("Assigned Budget vote.")
    for name, picks in [
        ("Amara", ["The reporter", "Exactly 40%", "said"]),
        ("Ben", ["The mayor", "About 40%", "slammed"]),
    ]:
        student = student_page()
        join_as_student(student, code, name)
        take_lesson(student, "Budget vote", picks)
    page.get_by_role("link", name="Results", exact=True).click()

    sort_link = page.locator("#grid thead").get_by_role("link", name="Budget vote", exact=True)
    sort_link.click()
    expect(page.locator("#grid th[aria-sort=ascending]")).to_contain_text("Budget vote")
    expect(page.locator("#grid tbody tr").first).to_contain_text("Amara")
    sort_link.click()

    expect(page.locator("#grid th[aria-sort=descending]")).to_contain_text("Budget vote")
    expect(page.locator("#grid tbody tr").first).to_contain_text("Ben")
    expect(page).to_have_url(re.compile(r"\?sort=-score-\d+$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"\?sort=score-\d+$"))
    expect(page.locator("#grid tbody tr").first).to_contain_text("Amara")
