"""The benchmark's pieces on tiny sizes: its data, its load generator, its figures. No timing asserted."""
import json
import os
import random
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from benchmarks.load import percentile, run_phase
from benchmarks.measure import large_article_text

ROOT = Path(__file__).resolve().parents[1]


def test_percentile_interpolates_between_ranks():
    values = list(range(1, 101))

    assert percentile(values, 50) == 50.5
    assert percentile(values, 95) == pytest.approx(95.05)
    assert percentile([7.0], 99) == 7.0
    assert percentile([3, 1, 2], 0) == 1
    assert percentile([3, 1, 2], 100) == 3


def test_percentile_of_nothing_is_nan():
    assert percentile([], 50) != percentile([], 50)


def test_the_large_article_is_as_big_as_asked_and_never_repeats_a_paragraph():
    text = large_article_text(50_000)
    paragraphs = text.split("\n\n")

    assert 49_000 < len(text.encode()) <= 50_000
    assert len(set(paragraphs)) == len(paragraphs)


# ---- the load generator against a stand-in server ----


class StandIn(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        status = 500 if self.path == "/fail" else 200
        if self.path == "/chunked":
            self.send_response(status)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.wfile.write(b"2\r\nok\r\n0\r\n\r\n")
            return
        self.send_response(status)
        self.send_header("Content-Length", "2")
        if self.path == "/close":
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def stand_in():
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def requests_to(path: str, port: int, count: int):
    sent = []

    def next_request():
        if len(sent) == count:
            return None
        sent.append(path)
        return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()

    return next_request


@pytest.mark.parametrize("path", ["/ok", "/chunked", "/close"])
def test_a_phase_reads_every_kind_of_response(stand_in, path):
    students = [requests_to(path, stand_in, 5) for _ in range(3)]

    result = run_phase("stand-in", "127.0.0.1", stand_in, students, seconds=10, max_requests=100)

    assert result.requests == 15
    assert result.errors == 0
    assert result.statuses == {200: 15}
    assert result.exhausted == 3


def test_a_server_error_counts_as_an_error(stand_in):
    result = run_phase(
        "stand-in", "127.0.0.1", stand_in, [requests_to("/fail", stand_in, 2)], 10, 100
    )

    assert result.errors == 2
    assert result.summary()["error_samples"] == ["HTTP 500", "HTTP 500"]


def test_a_phase_stops_at_its_request_limit(stand_in):
    students = [requests_to("/ok", stand_in, 50) for _ in range(2)]

    result = run_phase("stand-in", "127.0.0.1", stand_in, students, seconds=10, max_requests=7)

    assert result.requests == 7


def test_a_refused_connection_is_an_error():
    from benchmarks.serving import free_port

    port = free_port()
    result = run_phase("nobody", "127.0.0.1", port, [requests_to("/", port, 1)], 5, 10)

    assert result.errors == 1


# ---- the data ----


@pytest.fixture
def seeds(db):
    from benchmarks.data import SeedLessons, lesson_questions
    from tests.factories import make_lesson

    lessons = [make_lesson(), make_lesson()]
    return SeedLessons(lessons, lesson_questions(lessons), build_seconds=0.0)


def test_a_class_gets_its_students_and_their_answers(seeds):
    from benchmarks import data
    from benchmarks.plan import TINY
    from quiz.models import Answer, Attempt

    bench_class = data.build_class(TINY, 4, seeds, data.Keys(), random.Random(1))

    assert bench_class.classroom.memberships.count() == 4
    assert bench_class.classroom.assignments.count() == 2
    per_student = TINY.district_answers // TINY.district_students
    answers = Answer.objects.filter(attempt__assignment__classroom=bench_class.classroom)
    assert answers.count() == 4 * per_student
    assert all(a.is_correct == a.choice.is_correct for a in answers.select_related("choice"))
    for attempt in Attempt.objects.filter(finished_at__isnull=False):
        assert attempt.answers.count() == attempt.assignment.lesson.current_questions().count()


def test_load_students_have_unanswered_questions_in_their_own_attempts(seeds):
    from benchmarks import data
    from benchmarks.plan import TINY
    from quiz.models import Attempt

    students = data.build_load_class(TINY, seeds, data.Keys(), random.Random(1))

    assert len(students) == TINY.load_students
    for student in students:
        attempts = {attempt for attempt, _, _ in student.answers}
        assert set(Attempt.objects.filter(pk__in=attempts).values_list("student", flat=True)) == {
            student.user.pk
        }
        assert len(student.answers) == 2 * 3 * TINY.load_attempts_per_lesson


def test_the_district_reaches_its_students_and_answers(seeds):
    from accounts.models import User
    from benchmarks import data
    from benchmarks.plan import TINY

    keys, rng = data.Keys(), random.Random(1)
    data.build_class(TINY, 4, seeds, keys, rng)
    district = data.build_district(TINY, seeds, keys, rng)

    assert district.students == TINY.district_students
    assert district.answers == TINY.district_answers
    assert User.objects.filter(role=User.Role.STUDENT).count() == TINY.district_students


# ---- the whole run ----


def test_a_tiny_run_prints_every_figure_as_json():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    completed = subprocess.run(
        [sys.executable, "manage.py", "benchmark", "--tiny", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    figures = json.loads(completed.stdout)

    for key in [
        "answer_rps", "baseline_rps", "ratio", "p50_ms", "p95_ms", "p99_ms", "errors",
        "analysis_ms_per_1000_words", "seed_lessons_s", "large_article_s", "large_article_mb",
        "worker_rss_mb", "machine", "goals",
    ]:
        assert key in figures
    assert figures["errors"] == 0
    assert figures["answers_recorded"] == figures["answers_sent"] > 0
    assert set(figures["dashboard"]["class_results"]) == {"4", "8", "district"}
    assert {"ms", "queries"} <= set(figures["dashboard"]["class_results"]["4"])
