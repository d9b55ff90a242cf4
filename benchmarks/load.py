"""A lean load generator: one asyncio loop, raw HTTP/1.1 over loopback, no threads, no libraries.

It shares the machine's cores with gunicorn and the database, so it does as little as it can per
request: requests are prepared as bytes beforehand, responses are read and dropped. Each simulated
student is one coroutine with its own keep-alive connection, sending its next request when the last
one has been answered (closed loop), or after a think time (paced).
"""
from __future__ import annotations

import asyncio
import math
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

# A request that takes longer than this counts as an error.
REQUEST_TIMEOUT = 30.0
# gunicorn closes idle keep-alive connections after 5 s (--keep-alive); reconnect well before.
IDLE_RECONNECT = 3.0


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile, interpolating between the two nearest ranks (numpy's default)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


class HTTPError(Exception):
    pass


class Connection:
    """One client connection, reopened when the server closes it."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.last_used = 0.0

    async def request(self, raw: bytes) -> tuple[int, dict[bytes, bytes], bytes]:
        if self.writer is not None and time.monotonic() - self.last_used > IDLE_RECONNECT:
            self.close()
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(raw)
        status, headers = await self._read_head()
        body = await self._read_body(headers)
        self.last_used = time.monotonic()
        if headers.get(b"connection", b"").lower() == b"close":
            self.close()
        return status, headers, body

    async def _read_head(self) -> tuple[int, dict[bytes, bytes]]:
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
            raise HTTPError(f"not an HTTP response: {lines[0][:80]!r}")
        headers: dict[bytes, bytes] = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            if name:
                # Repeated headers (Set-Cookie) are joined: callers only read cookies from them.
                key = name.strip().lower()
                headers[key] = headers[key] + b"\n" + value.strip() if key in headers else value.strip()
        return int(parts[1]), headers

    async def _read_body(self, headers: dict[bytes, bytes]) -> bytes:
        if b"content-length" in headers:
            return await self.reader.readexactly(int(headers[b"content-length"]))
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            chunks = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                chunks.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    return b"".join(chunks)
        body = await self.reader.read()
        self.close()
        return body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


@dataclass
class PhaseResult:
    name: str
    concurrency: int
    requests: int
    seconds: float
    latencies_ms: list[float] = field(repr=False, default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    # Simulated students who ran out of prepared requests before the phase ended.
    exhausted: int = 0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def summary(self) -> dict:
        return {
            "concurrency": self.concurrency,
            "requests": self.requests,
            "seconds": round(self.seconds, 2),
            "rps": round(self.rps, 1),
            "p50_ms": round(percentile(self.latencies_ms, 50), 1),
            "p95_ms": round(percentile(self.latencies_ms, 95), 1),
            "p99_ms": round(percentile(self.latencies_ms, 99), 1),
            "max_ms": round(max(self.latencies_ms, default=math.nan), 1),
            "errors": self.errors,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            **({"error_samples": self.error_samples} if self.error_samples else {}),
            **({"students_out_of_questions": self.exhausted} if self.exhausted else {}),
        }


# A simulated student: returns its next request as bytes, or None when it has nothing left to send.
NextRequest = Callable[[], bytes | None]


async def _run(
    name: str,
    host: str,
    port: int,
    students: list[NextRequest],
    seconds: float,
    max_requests: int,
    think_seconds: float | None,
    seed: int,
) -> PhaseResult:
    loop = asyncio.get_running_loop()
    result = PhaseResult(name, len(students), 0, 0.0)
    deadline = loop.time() + seconds
    issued = 0
    rng = random.Random(seed)

    def failed(message: str) -> None:
        result.errors += 1
        if len(result.error_samples) < 5:
            result.error_samples.append(message)

    async def student(next_request: NextRequest) -> None:
        nonlocal issued
        connection = Connection(host, port)
        if think_seconds:
            # Students don't all start at the same instant.
            await asyncio.sleep(rng.uniform(0, 2 * think_seconds))
        while loop.time() < deadline and issued < max_requests:
            raw = next_request()
            if raw is None:
                result.exhausted += 1
                break
            issued += 1
            started = time.perf_counter()
            try:
                status, _, _ = await asyncio.wait_for(connection.request(raw), REQUEST_TIMEOUT)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                    asyncio.TimeoutError, HTTPError) as error:
                connection.close()
                failed(f"{type(error).__name__}: {error}")
                continue
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            result.statuses[status] += 1
            if not 200 <= status < 400:
                failed(f"HTTP {status}")
            if think_seconds:
                await asyncio.sleep(rng.uniform(0, 2 * think_seconds))
        connection.close()

    wall = time.perf_counter()
    await asyncio.gather(*(student(s) for s in students))
    result.seconds = time.perf_counter() - wall
    result.requests = len(result.latencies_ms)
    return result


def run_phase(
    name: str,
    host: str,
    port: int,
    students: list[NextRequest],
    seconds: float,
    max_requests: int,
    think_seconds: float | None = None,
    seed: int = 0,
) -> PhaseResult:
    """Drive the server with these simulated students until `seconds` or `max_requests` is reached.

    Closed loop without `think_seconds` (each student sends again as soon as answered: the
    server's capacity); with it, each waits a random 0–2× that long between requests.
    """
    return asyncio.run(
        _run(name, host, port, students, seconds, max_requests, think_seconds, seed)
    )
