"""Simulated students: logged in, holding a CSRF cookie, posting answers as the quiz page's form does."""
from __future__ import annotations

import asyncio
import time
import urllib.parse
from http.cookies import SimpleCookie

from django.conf import settings
from django.test import Client

from quiz.forms import sign_shown_at

from .data import LoadStudent
from .load import Connection


class SimulatedStudent:
    def __init__(self, student: LoadStudent, host: str):
        self.host = host
        self.first_attempt = student.first_attempt
        self._answers = iter(student.answers)
        # Logged in as tests/concurrency does: a real session row, signed with the server's key.
        client = Client()
        client.force_login(student.user)
        self.cookies = {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}
        # When the question was shown, signed as the form signs it; one per student is enough.
        self.shown_at = sign_shown_at(int(time.time() * 1000))

    def _head(self, method: str, path: str, extra: str = "") -> str:
        cookie = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        return (
            f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nCookie: {cookie}\r\n"
            # TLS ends at the load balancer in production; the server trusts this header.
            f"X-Forwarded-Proto: https\r\n{extra}"
        )

    def page_request(self) -> bytes:
        return (self._head("GET", f"/attempts/{self.first_attempt}/") + "\r\n").encode()

    def answer_request(self, htmx: bool) -> bytes | None:
        """The next unanswered question's answer, posted as the quiz form posts it."""
        try:
            attempt, question, choice = next(self._answers)
        except StopIteration:
            return None
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": self.cookies[settings.CSRF_COOKIE_NAME],
                "question": question,
                "shown_at": self.shown_at,
                "choice": choice,
            }
        )
        page = f"https://{self.host}/attempts/{attempt}/"
        extra = (
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nReferer: {page}\r\n"
        )
        if htmx:
            extra += f"HX-Request: true\r\nHX-Current-URL: {page}\r\n"
        return (self._head("POST", f"/attempts/{attempt}/answer/", extra) + "\r\n" + body).encode()


def plain_request(host: str) -> bytes:
    """GET /bench/plain as an anonymous visitor: the bare view, the yardstick."""
    return f"GET /bench/plain HTTP/1.1\r\nHost: {host}\r\nX-Forwarded-Proto: https\r\n\r\n".encode()


async def _fetch_csrf_cookies(students: list[SimulatedStudent], host: str, port: int) -> None:
    limit = asyncio.Semaphore(16)

    async def fetch(student: SimulatedStudent) -> None:
        async with limit:
            connection = Connection(host, port)
            try:
                status, headers, _ = await connection.request(student.page_request())
            finally:
                connection.close()
        if status != 200:
            raise RuntimeError(f"the attempt page answered {status}, not 200")
        for line in headers.get(b"set-cookie", b"").decode().split("\n"):
            for name, morsel in SimpleCookie(line).items():
                student.cookies[name] = morsel.value
        if settings.CSRF_COOKIE_NAME not in student.cookies:
            raise RuntimeError("the attempt page set no CSRF cookie")

    await asyncio.gather(*(fetch(student) for student in students))


def prepare_students(load_students: list[LoadStudent], port: int) -> list[SimulatedStudent]:
    """Log every load student in and GET their attempt page once, for the CSRF cookie."""
    host = f"127.0.0.1:{port}"
    students = [SimulatedStudent(student, host) for student in load_students]
    asyncio.run(_fetch_csrf_cookies(students, "127.0.0.1", port))
    return students
