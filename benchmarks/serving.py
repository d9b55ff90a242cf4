"""The site served as in production (gunicorn, DEBUG=0, behind a TLS proxy) on the throwaway database."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

from .proc import cpu_seconds, machine_busy_seconds, pids_running, status_kb


@dataclass(frozen=True)
class ServerConfig:
    worker_class: str
    workers: int
    threads: int = 1

    @property
    def label(self) -> str:
        threads = f" × {self.threads} threads" if self.worker_class == "gthread" else ""
        return f"gunicorn {self.worker_class}, {self.workers} workers{threads}"


def default_config(vendor: str) -> ServerConfig:
    """2 × cores + 1 workers; sync on SQLite, gthread on PostgreSQL.

    The views are CPU-bound Python, so on SQLite (an in-process database) threads add only GIL
    contention and more writers queueing for SQLite's single write lock; on PostgreSQL each request
    also waits on another process, and a few threads per worker overlap those waits.
    """
    workers = 2 * (os.cpu_count() or 1) + 1
    if vendor == "postgresql":
        return ServerConfig("gthread", workers, threads=4)
    return ServerConfig("sync", workers)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    port: int
    process: subprocess.Popen
    config: ServerConfig
    # Peak resident memory (VmHWM) of each worker seen so far, in kB, by pid.
    worker_peaks_kb: dict[int, int] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def workers(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []

    def record_worker_memory(self) -> None:
        """Read each worker's high-water mark; call after every load phase (a restarted worker would
        otherwise take its peak with it)."""
        for pid in self.workers():
            peak = status_kb(pid, "VmHWM")
            if peak is not None:
                self.worker_peaks_kb[pid] = max(peak, self.worker_peaks_kb.get(pid, 0))


class CpuMeter:
    """Who used the cores during a phase, in cores: the server, this process (the load generator),
    the PostgreSQL backends serving the benchmark's database, and everything else on the machine.

    CPU time is read per process at the start and the end; a process that exits in between takes
    its share with it (it lands in "others"), one that starts counts from zero.
    """

    def __init__(self, server: Server, database_name: str):
        self.server, self.database_name = server, database_name
        self._start = self._read()

    def _read(self) -> dict:
        return {
            "wall": time.perf_counter(),
            "busy": machine_busy_seconds(),
            "server": {pid: cpu_seconds(pid) for pid in [self.server.process.pid, *self.server.workers()]},
            "load_generator": {"self": cpu_seconds("self")},
            "postgres": {pid: cpu_seconds(pid) for pid in pids_running("postgres", self.database_name)},
        }

    def cores(self) -> dict[str, float]:
        end = self._read()
        wall = end["wall"] - self._start["wall"]
        used = {
            group: sum(seconds - self._start[group].get(pid, 0.0) for pid, seconds in end[group].items())
            for group in ("server", "load_generator", "postgres")
        }
        used["others"] = max(0.0, end["busy"] - self._start["busy"] - sum(used.values()))
        return {group: round(max(0.0, seconds) / wall, 2) for group, seconds in used.items()}


def _environment(database_url: str, static_root: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        DJANGO_SETTINGS_MODULE="benchmarks.server_settings",
        BYLINE_BENCH_STATIC_ROOT=static_root,
        DATABASE_URL=database_url,
        DEBUG="0",
        # The sessions made in this process are signed with this key: the server must share it.
        SECRET_KEY=settings.SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        BEHIND_TLS_PROXY="1",
        LOG_LEVEL="WARNING",
    )
    return env


@contextmanager
def gunicorn(database_url: str, config: ServerConfig) -> Iterator[Server]:
    static_root = tempfile.mkdtemp(prefix="byline_bench_static_")
    env = _environment(database_url, static_root)
    root = settings.BASE_DIR
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=root, env=env, check=True,
    )
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "quizsite.wsgi",
            "--bind", f"127.0.0.1:{port}",
            "--workers", str(config.workers),
            "--worker-class", config.worker_class,
            "--threads", str(config.threads),
            # Room for every simulated student's connection while the workers are busy.
            "--backlog", "2048",
            "--keep-alive", "5",
            "--log-level", "warning",
        ],
        cwd=root,
        env=env,
    )
    server = Server(port, process, config)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(static_root, ignore_errors=True)


def _wait_until_up(server: Server) -> None:
    request = urllib.request.Request(
        f"http://{server.host}/healthz", headers={"X-Forwarded-Proto": "https"}
    )
    for _ in range(300):
        if server.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {server.process.returncode}")
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200 and len(server.workers()) == server.config.workers:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not answer /healthz within 30 s")
