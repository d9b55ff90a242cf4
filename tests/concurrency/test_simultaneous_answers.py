"""A class submitting at the same second loses nothing: every answer recorded exactly once."""
import http.client
import threading
import urllib.parse
from http.cookies import SimpleCookie

from django.test import Client

from quiz.models import Answer
from quiz.recording import start_attempt
from tests.factories import make_assignment, make_students

STUDENTS = 100


class Browser:
    """One student's cookie jar over plain HTTP, as a browser without JavaScript would post."""

    def __init__(self, base_url: str, user):
        parsed = urllib.parse.urlsplit(base_url)
        self.host, self.port = parsed.hostname, parsed.port
        client = Client()
        client.force_login(user)
        self.cookies = {"sessionid": client.cookies["sessionid"].value}

    def request(self, method: str, path: str, form: dict | None = None) -> int:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{self.host}:{self.port}{path}"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        response.read()
        connection.close()
        return response.status

    def answer(self, attempt, question, choice) -> int:
        return self.request(
            "POST",
            f"/attempts/{attempt.pk}/answer/",
            {
                "csrfmiddlewaretoken": self.cookies["csrftoken"],
                "question": question.pk,
                "choice": choice.pk,
            },
        )


def run_at_once(tasks) -> list:
    """Start every task together, behind a barrier, and collect what each returned."""
    barrier = threading.Barrier(len(tasks))
    results = [None] * len(tasks)

    def run(index, task):
        barrier.wait()
        try:
            results[index] = task()
        except Exception as error:  # noqa: BLE001 - reported in the assertion
            results[index] = error

    threads = [threading.Thread(target=run, args=(i, t)) for i, t in enumerate(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_a_hundred_students_answering_at_once_are_all_recorded_once(gunicorn_url, classroom):
    assignment = make_assignment(classroom)
    question = assignment.lesson.current_questions()[0]
    choice = question.choices.get(is_correct=True)
    students = make_students(classroom, STUDENTS)
    attempts = [start_attempt(student, assignment) for student in students]
    browsers = [Browser(gunicorn_url, student) for student in students]
    for browser, attempt in zip(browsers, attempts):
        assert browser.request("GET", f"/attempts/{attempt.pk}/") == 200

    statuses = run_at_once(
        [lambda b=b, a=a: b.answer(a, question, choice) for b, a in zip(browsers, attempts)]
    )

    assert statuses == [302] * STUDENTS
    assert Answer.objects.filter(question=question).count() == STUDENTS
    assert sorted(Answer.objects.values_list("attempt_id", flat=True)) == sorted(a.pk for a in attempts)


def test_the_same_answer_submitted_twice_at_once_records_one_answer(gunicorn_url, classroom):
    assignment = make_assignment(classroom)
    question = assignment.lesson.current_questions()[0]
    choice = question.choices.get(is_correct=True)
    student = make_students(classroom, 1)[0]
    attempt = start_attempt(student, assignment)
    browser = Browser(gunicorn_url, student)
    browser.request("GET", f"/attempts/{attempt.pk}/")

    statuses = run_at_once([lambda: browser.answer(attempt, question, choice)] * 2)

    assert statuses == [302, 302]
    assert Answer.objects.filter(attempt=attempt, question=question).count() == 1
