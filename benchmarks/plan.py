"""How big and how long a benchmark run is: the full run, --quick, and a tiny one for the smoke test."""
from __future__ import annotations

from dataclasses import dataclass

from analysis.files import MAX_ARTICLE_BYTES


@dataclass(frozen=True)
class Plan:
    name: str
    # The classes whose dashboards are measured in a small database (the first is also measured
    # again once the district is in).
    class_sizes: tuple[int, ...] = (40, 400)
    # The whole database once the district is added: students, and answers they have given.
    district_students: int = 10_000
    district_answers: int = 1_000_000
    # Simulated students answering at once; the load class has as many students as the largest.
    concurrencies: tuple[int, ...] = (50, 200)
    # Open attempts made ahead per load student and lesson, so every simulated answer is a new one.
    load_attempts_per_lesson: int = 4
    # Each load phase stops at whichever limit comes first.
    phase_seconds: float = 10.0
    phase_max_requests: int = 20_000
    warmup_seconds: float = 2.0
    # The paced phase: each student waits this long on average (uniformly 0 to twice as long)
    # between answers, a brisk class: 200 students send about 40 answers a second.
    think_seconds: float = 5.0
    paced_seconds: float = 30.0
    # Dashboard render times are the median of this many renders, or of as many as fit in the
    # budget (at least one).
    renders: int = 15
    render_budget_seconds: float = 10.0
    # Times each seed article is analyzed for the per-1,000-words figure.
    analysis_rounds: int = 10
    large_article_bytes: int = MAX_ARTICLE_BYTES

    @property
    def load_students(self) -> int:
        return max(self.concurrencies)


FULL = Plan("full")
QUICK = Plan(
    "quick",
    district_students=1_000,
    district_answers=100_000,
    phase_seconds=5.0,
    paced_seconds=15.0,
    warmup_seconds=1.0,
    load_attempts_per_lesson=3,
    renders=5,
    render_budget_seconds=2.0,
    analysis_rounds=3,
)
# For the smoke test: every step runs, on almost no data, in seconds.
TINY = Plan(
    "tiny",
    class_sizes=(4, 8),
    district_students=40,
    district_answers=2_000,
    concurrencies=(2, 4),
    load_attempts_per_lesson=1,
    phase_seconds=1.0,
    phase_max_requests=40,
    warmup_seconds=0.2,
    think_seconds=0.05,
    paced_seconds=1.0,
    renders=1,
    analysis_rounds=1,
    large_article_bytes=20_000,
)
PLANS = {plan.name: plan for plan in (FULL, QUICK, TINY)}
