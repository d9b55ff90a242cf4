"""Migrations apply forwards and backwards, on a throwaway database of the suite's kind."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
APPS_NEWEST_FIRST = ["quiz", "classroom", "lessons"]


@pytest.fixture
def throwaway_database_url(tmp_path, django_db_blocker):
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrations.sqlite3'}"
        return
    name = f"byline_migrations_{os.getpid()}"
    settings = connection.settings_dict
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    try:
        yield f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{name}"
    finally:
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name}")


def manage(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env["DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_every_migration_applies_forwards_and_backwards(throwaway_database_url):
    steps = [("migrate", "--noinput")]
    steps += [("migrate", app, "zero", "--noinput") for app in APPS_NEWEST_FIRST]
    steps += [("migrate", "--noinput")]

    for step in steps:
        result = manage(throwaway_database_url, *step)
        assert result.returncode == 0, f"{' '.join(step)}:\n{result.stderr}"
