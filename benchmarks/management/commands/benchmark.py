import argparse
import json
import random
import warnings

from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings
from django.utils import timezone

from benchmarks import data, measure
from benchmarks.database import throwaway_database
from benchmarks.load import PhaseResult, run_phase
from benchmarks.plan import FULL, QUICK, TINY, Plan
from benchmarks.report import check_goals, goals_as_json, notes, text_report
from benchmarks.serving import CpuMeter, ServerConfig, default_config, gunicorn
from benchmarks.students import plain_request, prepare_students
from quiz.models import Answer

# In-process renders as production renders them: no debug, and {% static %} without a manifest
# (the manifest belongs to collectstatic; the benchmark's server makes its own).
IN_PROCESS = {
    "DEBUG": False,
    "ALLOWED_HOSTS": ["127.0.0.1"],
    "STORAGES": {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    },
}


class Command(BaseCommand):
    help = (
        "Measure Byline on throwaway data (a temporary SQLite file, or a temporary PostgreSQL "
        "database beside DATABASE_URL's): answer throughput and latency through gunicorn, dashboard "
        "renders and queries, the analysis engine, memory. Not part of the test suite."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quick",
            action="store_true",
            help="under two minutes: a district of 1,000 students and 100,000 answers, shorter phases",
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object, no report")
        parser.add_argument("--tiny", action="store_true", help=argparse.SUPPRESS)
        parser.add_argument(
            "--worker-class",
            choices=["sync", "gthread"],
            help="gunicorn's worker class (default: sync on SQLite, gthread on PostgreSQL)",
        )
        parser.add_argument("--workers", type=int, help="gunicorn workers (default: 2 × cores + 1)")
        parser.add_argument("--threads", type=int, default=4, help="threads per gthread worker")
        parser.add_argument("--seed", type=int, default=8, help="seed of the random data")

    def handle(self, *args, **options):
        plan = TINY if options["tiny"] else QUICK if options["quick"] else FULL
        # In-process renders need no static files; whitenoise would warn that none are collected.
        warnings.filterwarnings("ignore", "No directory at", UserWarning)
        with override_settings(**IN_PROCESS), throwaway_database() as database:
            config = self._server_config(database.vendor, options)
            results = Run(plan, database, config, options["seed"], self._progress).results()
        if options["json"]:
            self.stdout.write(json.dumps(results, indent=2))
        else:
            self.stdout.write(text_report(results))

    def _server_config(self, vendor: str, options) -> ServerConfig:
        default = default_config(vendor)
        worker_class = options["worker_class"] or default.worker_class
        workers = options["workers"] or default.workers
        threads = 1 if worker_class == "sync" else options["threads"]
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1")
        return ServerConfig(worker_class, workers, threads)

    def _progress(self, message: str) -> None:
        self.stderr.write(f"[{timezone.now():%H:%M:%S}] {message}")


class Run:
    """One benchmark run: build, measure in-process, serve and load; then the figures as a dict."""

    def __init__(self, plan: Plan, database, config: ServerConfig, seed: int, progress):
        self.plan, self.database, self.config, self.progress = plan, database, config, progress
        self.rng = random.Random(seed)
        self.keys = data.Keys()
        self.dashboard: dict[str, dict] = {}
        self.load: dict[str, dict] = {}
        self.phases: list[PhaseResult] = []

    def results(self) -> dict:
        plan = self.plan
        self.load_average_at_start = measure.load_average()
        self.progress(f"{plan.name} run on a throwaway {self.database.vendor} database ({self.database.name})")
        self.progress("building the seed lessons")
        seeds = data.load_seed_lessons()
        self.progress(f"classes of {', '.join(map(str, plan.class_sizes))} and the load class")
        classes = [data.build_class(plan, size, seeds, self.keys, self.rng) for size in plan.class_sizes]
        load_students = data.build_load_class(plan, seeds, self.keys, self.rng)
        data.gather_statistics()
        for bench_class in classes:
            self.progress(f"dashboards at {len(bench_class.student_ids)} students")
            self._dashboards(str(len(bench_class.student_ids)), bench_class)
        self.progress(f"the district: {plan.district_students:,} students, {plan.district_answers:,} answers")
        district = data.build_district(plan, seeds, self.keys, self.rng)
        self.progress("dashboards in the district-sized database")
        self._dashboards("district", classes[0])
        self.progress("the analysis engine")
        analysis = measure.analysis_speed(plan.analysis_rounds)
        self.progress(f"a {plan.large_article_bytes:,}-byte article in a subprocess")
        large = measure.large_article(plan.large_article_bytes)
        answers_before = Answer.objects.count()
        self.progress(f"serving: {self.config.label}")
        with gunicorn(self.database.url, self.config) as server:
            worker_peaks = self._load(server, load_students)
        answers_recorded = Answer.objects.count() - answers_before
        return self._figures(seeds, district, analysis, large, worker_peaks, answers_recorded)

    def _dashboards(self, label: str, bench_class) -> None:
        for page, figures in measure.measure_dashboards(
            bench_class, self.plan.renders, self.plan.render_budget_seconds
        ).items():
            self.dashboard.setdefault(page, {})[label] = figures

    def _phase(self, server, name: str, students, *, record: bool = True, **limits) -> PhaseResult:
        plan = self.plan
        options = {"seconds": plan.phase_seconds, "max_requests": plan.phase_max_requests, **limits}
        meter = CpuMeter(server, self.database.name)
        result = run_phase(name, "127.0.0.1", server.port, students, seed=len(self.phases), **options)
        cores = meter.cores()
        server.record_worker_memory()
        self.phases.append(result)
        if record:
            per_core = result.rps / cores["server"] if cores["server"] else 0.0
            self.load.setdefault(name, {})[str(len(students))] = {
                **result.summary(),
                "cpu_cores": cores,
                # Requests per CPU-second the server spent: steady when other programs compete.
                "rps_per_server_core": round(per_core, 1),
            }
            self.progress(
                f"  {name} × {len(students)}: {result.rps:.0f} req/s, "
                f"p95 {result.summary()['p95_ms']} ms, {result.errors} errors"
            )
        return result

    def _load(self, server, load_students) -> list[int]:
        plan = self.plan
        top = plan.load_students
        self.progress(f"logging in {top} students and fetching their CSRF cookies")
        students = prepare_students(load_students, server.port)
        server.record_worker_memory()
        plain = plain_request(server.host)
        plain_students = [lambda: plain] * top
        self._phase(server, "warm-up, plain", plain_students, record=False, seconds=plan.warmup_seconds)
        for concurrency in plan.concurrencies:
            self._phase(server, "plain", plain_students[:concurrency])
        htmx = [lambda s=s: s.answer_request(htmx=True) for s in students]
        self._phase(server, "warm-up, answer", htmx, record=False, seconds=plan.warmup_seconds)
        for concurrency in plan.concurrencies:
            self._phase(server, "answer", htmx[:concurrency])
        no_js = [lambda s=s: s.answer_request(htmx=False) for s in students]
        self._phase(server, "answer without JavaScript (302)", no_js)
        self._phase(
            server, "answer, paced", htmx, think_seconds=plan.think_seconds,
            seconds=plan.paced_seconds,
        )
        return sorted(server.worker_peaks_kb.values())

    def _figures(self, seeds, district, analysis, large, worker_peaks, answers_recorded) -> dict:
        plan = self.plan
        top = str(plan.load_students)
        answer, plain = self.load["answer"][top], self.load["plain"][top]
        paced = self.load["answer, paced"][top]
        answer_phases = [p for p in self.phases if "answer" in p.name]
        figures = {
            "date": timezone.now().isoformat(timespec="seconds"),
            "plan": plan.name,
            "code": measure.code_version(),
            "machine": {
                **measure.machine(),
                "load_average_at_start": self.load_average_at_start,
                "load_average_at_end": measure.load_average(),
            },
            "database": self.database.vendor,
            "server": self.config.label,
            "class_sizes": list(plan.class_sizes),
            "district": {
                "classes": district.classes,
                "students": district.students,
                "answers": district.answers,
                "seconds": round(district.seconds, 1),
            },
            "answer_rps": answer["rps"],
            "baseline_rps": plain["rps"],
            "ratio": round(answer["rps"] / plain["rps"], 3) if plain["rps"] else 0.0,
            # The same ratio per CPU-second the server spent, which other programs can't skew.
            "cpu_ratio": round(answer["rps_per_server_core"] / plain["rps_per_server_core"], 3)
            if plain["rps_per_server_core"] else 0.0,
            "p50_ms": answer["p50_ms"],
            "p95_ms": answer["p95_ms"],
            "p99_ms": answer["p99_ms"],
            "paced_p95_ms": paced["p95_ms"],
            "think_seconds": plan.think_seconds,
            "errors": sum(p.errors for p in self.phases),
            "answers_sent": sum(p.requests for p in answer_phases),
            "answers_recorded": answers_recorded,
            "load": self.load,
            "dashboard": self.dashboard,
            "renders": plan.renders,
            "analysis_ms_per_1000_words": analysis["ms_per_1000_words"],
            "analysis": analysis,
            "seed_lessons_s": round(seeds.build_seconds, 2),
            "large_article_s": large["seconds"],
            "large_article_mb": large["mb"],
            "large_article": large,
            "worker_rss_mb": round(max(worker_peaks, default=0) / 1024, 1),
            "worker_rss_mb_each": [round(kb / 1024, 1) for kb in worker_peaks],
        }
        figures["goals"] = goals_as_json(check_goals(figures))
        figures["notes"] = notes(figures)
        return figures
