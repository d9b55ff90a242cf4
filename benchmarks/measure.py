"""In-process measurements: dashboard renders and their queries, the analysis engine, the machine."""
from __future__ import annotations

import json
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import django
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from analysis import analyze_article

from .data import BenchClass

# The teacher's pages whose data grows with the class, by URL name.
DASHBOARD_PAGES = [
    "class_results",
    "assignment_results",
    "skill_results",
    "student_results",
    "class_detail",
    "export_results",
    "export_answers",
]


def dashboard_urls(bench_class: BenchClass) -> dict[str, str]:
    """Each page for this class; item analysis of its first lesson, the answers of its first student."""
    pk = bench_class.classroom.pk
    extra = {
        "assignment_results": [bench_class.assignments[0].pk],
        "student_results": [bench_class.student_ids[0]],
    }
    return {name: reverse(name, args=[pk, *extra.get(name, [])]) for name in DASHBOARD_PAGES}


def measure_page(client: Client, url: str, renders: int, budget_seconds: float) -> dict:
    """The queries of one render, and the median time of up to `renders` more (without query
    capture; none past `budget_seconds` but the first: a 400-student export takes seconds)."""
    response = client.get(url, secure=True)  # compiles the templates, as a running server has
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(url, secure=True)
    # Counted now: the context reads the connection's log lazily, and the next request clears it.
    query_count = len(queries)
    times: list[float] = []
    cpu_times: list[float] = []
    while len(times) < renders and (not times or sum(times) < budget_seconds):
        started, cpu = time.perf_counter(), time.process_time()
        client.get(url, secure=True)
        times.append(time.perf_counter() - started)
        cpu_times.append(time.process_time() - cpu)
    return {
        "ms": round(statistics.median(times) * 1000, 1),
        # The fastest render: the least disturbed by other programs when the medians disagree.
        "min_ms": round(min(times) * 1000, 1),
        # This process's CPU alone: steady when other programs compete for the cores, but without
        # PostgreSQL's share (SQLite runs inside the process, so there it is nearly all of `ms`).
        "cpu_ms": round(statistics.median(cpu_times) * 1000, 1),
        "queries": query_count,
    }


def measure_dashboards(bench_class: BenchClass, renders: int, budget_seconds: float) -> dict[str, dict]:
    """{page: {ms, queries}}, rendered through the test Client logged in as the class's teacher."""
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(pk=bench_class.classroom.teacher_id))
    return {
        page: measure_page(client, url, renders, budget_seconds)
        for page, url in dashboard_urls(bench_class).items()
    }


# ---- the analysis engine ----


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(settings.SEEDS_DIR.glob("*.txt"))]


def analysis_speed(rounds: int) -> dict:
    """Milliseconds per 1,000 words over the seed articles, overall and for the slowest one."""
    texts = seed_texts()
    for text in texts:
        analyze_article(text)  # loads the lexicon and compiles patterns: once per app server
    per_article = []
    for text in texts:
        started, cpu = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            analyze_article(text)
        per_article.append(
            (time.perf_counter() - started, time.process_time() - cpu, len(text.split()) * rounds)
        )
    words = sum(w for _, _, w in per_article)
    return {
        "ms_per_1000_words": round(sum(s for s, _, _ in per_article) * 1e6 / words, 1),
        "cpu_ms_per_1000_words": round(sum(c for _, c, _ in per_article) * 1e6 / words, 1),
        "slowest_ms_per_1000_words": round(max(s * 1e6 / w for s, _, w in per_article), 1),
        "words": words,
        "articles": len(texts),
        "rounds": rounds,
    }


TOWNS = "Jackson Morton Canton Carthage Pearl Sebastopol Forest Laurel Meridian Brandon".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday".split()


def large_article_text(size_bytes: int, seed: int = 0) -> str:
    """News paragraphs from the seeds, each varied (numbers, a place and a day), up to `size_bytes`.

    Varied because the cleaner drops a paragraph it has already seen: a plain repeat would leave
    the engine one article's worth of text to analyze.
    """
    rng = random.Random(seed)
    paragraphs = [
        p.strip() for text in seed_texts() for p in text.split("\n\n")[1:] if len(p.split()) > 12
    ]
    lines, seen = ["School districts weigh the cost of the raids, county by county"], set()
    size = len(lines[0].encode())
    while size < size_bytes:
        paragraph = re.sub(r"\d+", lambda _: str(rng.randint(2, 990)), rng.choice(paragraphs))
        paragraph = f"In {rng.choice(TOWNS)} on {rng.choice(DAYS)}, {paragraph[0].lower()}{paragraph[1:]}"
        if paragraph not in seen:
            seen.add(paragraph)
            lines.append(paragraph)
            size += len(paragraph.encode()) + 2
    text = "\n\n".join(lines).encode()[:size_bytes].decode("utf-8", errors="ignore")
    return text[: text.rfind(" ")]


def large_article(size_bytes: int) -> dict:
    """Analyze one article of `size_bytes` in a subprocess (benchmarks.large_article)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as file:
        file.write(large_article_text(size_bytes))
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "benchmarks.large_article", file.name],
            cwd=settings.BASE_DIR, capture_output=True, text=True, check=True, timeout=600,
        )
    finally:
        os.unlink(file.name)
    figures = json.loads(completed.stdout)
    return {
        "seconds": round(figures["seconds"], 2),
        # CPU time of the analysis: far below `seconds` when other programs compete for the cores.
        "cpu_seconds": round(figures["cpu_seconds"], 2),
        "bytes": figures["bytes"],
        "words": figures["words"],
        # The increase over the warmed, idle process: what analyzing this article costs.
        "mb": round((figures["peak_kb"] - figures["baseline_kb"]) / 1024, 1),
        "peak_mb": round(figures["peak_kb"] / 1024, 1),
        "baseline_mb": round(figures["baseline_kb"] / 1024, 1),
        "found": figures["found"],
    }


# ---- where it ran ----


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gb() -> float | None:
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return round(kb / 1024 / 1024, 1)


def database_version() -> str:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
    return f"SQLite {sqlite3.sqlite_version}"


def load_average() -> float:
    """Runnable processes over the last minute: above the core count, others are competing."""
    return round(os.getloadavg()[0], 1)


def code_version() -> str:
    """The commit measured, marked when the work tree differs from it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=settings.BASE_DIR,
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=settings.BASE_DIR,
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git work tree)"
    return f"{commit} with uncommitted changes" if dirty else commit


def machine() -> dict:
    return {
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gb": _memory_gb(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "database": database_version(),
    }
