"""Memory and CPU figures of processes from /proc (Linux); no Django, so large_article can use it."""
from __future__ import annotations

import os
from pathlib import Path


def status_kb(pid: int | str, key: str) -> int | None:
    """VmHWM: the peak resident set since the process started; VmRSS: the current one."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int | str) -> float:
    """CPU time (user + system) a process has used so far; 0 if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    # Fields after the command name, which is in parentheses and may hold spaces.
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def machine_busy_seconds() -> float:
    """CPU time every core of the machine has spent not idle, summed."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle, iowait = values[3], values[4]
    # Guest time is already counted in user time.
    return (sum(values[:8]) - idle - iowait) / TICKS


def pids_running(name: str, argument: str) -> list[int]:
    """Processes whose command is `name` and whose command line holds `argument`; e.g. the
    PostgreSQL backends serving one database ("postgres: user dbname 127.0.0.1(5432) idle")."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == name and argument.encode() in (
                    entry / "cmdline"
                ).read_bytes():
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids
