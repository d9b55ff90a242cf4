"""The foundation: health check, settings, deploy checks, migrations."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection

ROOT = Path(__file__).resolve().parent.parent


def test_healthz_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


class UnreachableDatabase:
    def cursor(self):
        raise DatabaseError("connection refused")


def test_healthz_answers_503_when_the_database_cannot_be_reached(client, db, monkeypatch):
    monkeypatch.setattr("quizsite.views.connection", UnreachableDatabase())

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_healthz_refuses_post(client, db):
    assert client.post("/healthz").status_code == 405


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite settings only")
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(db):
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        busy_timeout_ms = cursor.fetchone()[0]

    assert connection.settings_dict["OPTIONS"]["init_command"].startswith("PRAGMA journal_mode=WAL")
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert busy_timeout_ms >= 10_000


def run_manage(*args, **env):
    # The browser tests relax Django's async check in this process; a real deployment never does.
    full_env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True, text=True
    )


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-key-" + "x" * 40,
        ALLOWED_HOSTS="byline.school.example",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DEBUG="0", SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_malformed_boolean_setting_fails_loudly():
    result = run_manage("check", DEBUG="maybe")

    assert result.returncode != 0
    assert "DEBUG must be a boolean" in result.stderr


def test_models_and_migrations_agree(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_healthz_is_exempt_from_the_https_redirect_in_production(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 301


def test_a_stale_form_without_its_csrf_token_gets_a_clear_page(db):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/join/", {"join_code": "ABCDEF"})

    assert response.status_code == 403
    assert "That form had expired" in response.content.decode()


def test_an_unknown_page_gets_the_site_404(client, db):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_a_request_body_over_the_limit_gets_a_clear_400(client, db, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = client.post("/join/", {"join_code": "x" * 2000})

    assert response.status_code == 400
    assert "at most 1 MB" in response.content.decode()


def test_pages_carry_a_strict_content_security_policy_and_framing_headers(client, db):
    response = client.get("/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_production_cookies_are_secure_and_https_is_enforced():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS)",
        DEBUG="0",
        SECRET_KEY="a-long-random-production-key-" + "x" * 40,
    )

    assert result.stdout.split()[-4:] == ["True", "True", "True", "31536000"]
