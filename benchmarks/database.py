"""A throwaway database beside the user's: a temporary SQLite file, or a new PostgreSQL database.

The default connection is pointed at it for the whole run (as Django's test runner does with its
test database), so nothing the benchmark writes can reach the user's data.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.management import CommandError, call_command
from django.db import connection, connections


@dataclass
class Throwaway:
    vendor: str
    name: str
    # The DATABASE_URL that gives other processes (gunicorn) the same database.
    url: str


def _postgres_url(settings_dict: dict, name: str) -> str:
    user = urllib.parse.quote(settings_dict["USER"] or "", safe="")
    password = urllib.parse.quote(settings_dict["PASSWORD"] or "", safe="")
    credentials = f"{user}:{password}" if password else user
    host = settings_dict["HOST"] or "127.0.0.1"
    port = settings_dict["PORT"] or 5432
    return f"postgres://{credentials}@{host}:{port}/{name}"


def _create_postgres(name: str) -> None:
    # _nodb_cursor connects to the server's "postgres" database, as Django's test runner does.
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')


def _drop_postgres(name: str) -> None:
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def throwaway_database() -> Iterator[Throwaway]:
    """Create, migrate and use a new database; drop it and restore the user's on the way out."""
    settings_dict = connection.settings_dict
    original_name = settings_dict["NAME"]
    connections.close_all()
    if connection.vendor == "sqlite":
        folder = tempfile.mkdtemp(prefix="byline_bench_")
        name = os.path.join(folder, "bench.sqlite3")
        url = f"sqlite:///{name}"
    elif connection.vendor == "postgresql":
        folder = None
        name = f"byline_bench_{os.getpid()}"
        _create_postgres(name)
        url = _postgres_url(settings_dict, name)
    else:
        raise CommandError(f"The benchmark runs on SQLite or PostgreSQL, not {connection.vendor}.")
    settings_dict["NAME"] = name
    try:
        call_command("migrate", verbosity=0, interactive=False)
        call_command("createcachetable", verbosity=0)
        yield Throwaway(connection.vendor, name, url)
    finally:
        connections.close_all()
        settings_dict["NAME"] = original_name
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            _drop_postgres(name)
