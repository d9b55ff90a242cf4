"""The benchmark's data: the seed lessons, classes with a term of answers, a district, a load class.

Students, memberships, attempts and answers are inserted as plain tuples with their primary keys
handed out here (COPY on PostgreSQL, executemany in batches on SQLite): a million model instances
would take minutes to build, and nothing about these rows needs the ORM's per-object work.
"""
from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from accounts.models import User
from classroom.models import Assignment, Classroom, Membership
from lessons.articles import load_seed_articles
from lessons.building import build_seed_lessons
from lessons.models import Choice, Lesson
from quiz.models import Answer, Attempt

from .plan import Plan

BATCH = 5_000
FIRST_NAMES = (
    "Ava Ben Chloe Diego Elena Farah Gabe Hana Ivan Jada Kofi Lena Mateo Nia Omar Priya Quinn Rosa "
    "Sami Tara Uma Victor Wen Ximena Yusuf Zoe"
).split()
LAST_NAMES = (
    "Adams Baker Chen Diaz Evans Fischer Garcia Huang Ito Johnson Kim Lopez Martin Nguyen Okafor "
    "Patel Quinn Rossi Smith Tanaka Usman Vargas Walker Xu Young Zhang"
).split()
# Share of questions a student answers rightly, drawn per student: a class of mixed abilities.
ABILITY = (0.45, 0.95)


# ---- plain-tuple inserts ----


def insert_rows(model, fields: list[str], rows: Iterable[tuple]) -> None:
    """Insert rows given as tuples in the order of `fields` (names or attnames of the model)."""
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(model._meta.get_field(f).column) for f in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The psycopg cursor under Django's wrapper, for COPY.
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
            rows = iter(rows)
            while batch := list(islice(rows, BATCH)):
                cursor.executemany(sql, batch)


def reset_sequences() -> None:
    """After inserting explicit keys, PostgreSQL's sequences must move past them; SQLite's do."""
    models = [User, Classroom, Membership, Assignment, Attempt, Answer]
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


class Keys:
    """Primary keys handed out ahead, continuing after whatever the table already holds."""

    def __init__(self):
        self._next: dict[type, int] = {}

    def take(self, model, count: int) -> range:
        if model not in self._next:
            self._next[model] = (model.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
        start = self._next[model]
        self._next[model] += count
        return range(start, start + count)


def db_datetime(value: datetime):
    return connection.ops.adapt_datetimefield_value(value)


def gather_statistics() -> None:
    """PostgreSQL's planner statistics, as autovacuum gathers them soon after a bulk load."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# ---- lessons ----


@dataclass(frozen=True)
class QuestionKey:
    id: int
    correct: int
    wrong: tuple[int, ...]

    def pick(self, rng: random.Random, ability: float) -> tuple[int, bool]:
        """A choice as a student of this ability would pick it, and whether it is right."""
        if rng.random() < ability or not self.wrong:
            return self.correct, True
        return rng.choice(self.wrong), False


def lesson_questions(lessons: list[Lesson]) -> dict[int, list[QuestionKey]]:
    """{lesson id: its current questions in the order students meet them}, in one query."""
    rows = (
        Choice.objects.filter(question__lesson__in=lessons, question__retired_at=None)
        .order_by("question__lesson_id", "question__position", "question_id", "position", "id")
        .values_list("question__lesson_id", "question_id", "id", "is_correct")
    )
    choices: dict[int, dict[int, list[tuple[int, bool]]]] = defaultdict(dict)
    for lesson_id, question_id, choice_id, is_correct in rows:
        choices[lesson_id].setdefault(question_id, []).append((choice_id, is_correct))
    return {
        lesson_id: [
            QuestionKey(
                id=question_id,
                correct=next(c for c, ok in options if ok),
                wrong=tuple(c for c, ok in options if not ok),
            )
            for question_id, options in by_question.items()
        ]
        for lesson_id, by_question in choices.items()
    }


@dataclass
class SeedLessons:
    lessons: list[Lesson]
    questions: dict[int, list[QuestionKey]]
    # build_seed_lessons on the freshly loaded seed articles: analysis, drafting and saving.
    build_seconds: float


def load_seed_lessons() -> SeedLessons:
    articles = load_seed_articles(settings.SEEDS_DIR).created
    started = time.perf_counter()
    lessons = build_seed_lessons(articles)
    seconds = time.perf_counter() - started
    lessons.sort(key=lambda lesson: (lesson.kind != Lesson.Kind.ARTICLE, lesson.pk))
    return SeedLessons(lessons, lesson_questions(lessons), seconds)


# ---- people and classes ----


_password = None


def password_hash() -> str:
    """One hash for every benchmark account: hashing 10,000 passwords would take half an hour."""
    global _password
    if _password is None:
        _password = make_password("bench-password-not-for-use")
    return _password


USER_FIELDS = [
    "id", "password", "last_login", "is_superuser", "username", "first_name", "last_name",
    "email", "is_staff", "is_active", "date_joined", "role", "display_name",
]


def make_teacher(username: str, keys: Keys, now: datetime) -> User:
    pk = keys.take(User, 1)[0]
    insert_rows(
        User,
        USER_FIELDS,
        [(pk, password_hash(), None, False, username, "", "", "", False, True, db_datetime(now),
          User.Role.TEACHER, username.replace("_", " ").title())],
    )
    return User.objects.get(pk=pk)


def make_students(count: int, keys: Keys, rng: random.Random, now: datetime) -> list[int]:
    ids = keys.take(User, count)
    joined = db_datetime(now - timedelta(days=90))
    insert_rows(
        User,
        USER_FIELDS,
        (
            (
                pk, password_hash(), None, False, f"student{pk}", "", "", "", False, True, joined,
                User.Role.STUDENT, f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            )
            for pk in ids
        ),
    )
    return list(ids)


@dataclass
class BenchClass:
    classroom: Classroom
    assignments: list[Assignment]
    student_ids: list[int]


def make_class(
    teacher: User,
    name: str,
    student_ids: list[int],
    lessons: list[Lesson],
    keys: Keys,
    now: datetime,
) -> BenchClass:
    """A class with these students, given one lesson a week, the last one this week."""
    classroom = Classroom.objects.create(teacher=teacher, name=name)
    joined = db_datetime(now - timedelta(days=60))
    insert_rows(
        Membership,
        ["id", "classroom_id", "student_id", "joined_at"],
        (
            (pk, classroom.pk, student_id, joined)
            for pk, student_id in zip(keys.take(Membership, len(student_ids)), student_ids)
        ),
    )
    weeks = len(lessons)
    rows = []
    for index, (pk, lesson) in enumerate(zip(keys.take(Assignment, weeks), lessons)):
        assigned_at = now - timedelta(weeks=weeks - index, hours=1)
        rows.append((pk, classroom.pk, lesson.pk, db_datetime(assigned_at),
                     db_datetime(assigned_at + timedelta(days=5))))
    insert_rows(Assignment, ["id", "classroom_id", "lesson_id", "assigned_at", "due_at"], rows)
    assignments = list(classroom.assignments.order_by("assigned_at", "id"))
    return BenchClass(classroom, assignments, student_ids)


# ---- a term's answers ----


ATTEMPT_FIELDS = ["id", "student_id", "assignment_id", "number", "started_at", "finished_at"]
ANSWER_FIELDS = [
    "id", "attempt_id", "question_id", "choice_id", "is_correct", "time_taken_ms", "answered_at",
]


@dataclass
class History:
    attempts: list[tuple] = field(default_factory=list)
    answers: list[tuple] = field(default_factory=list)


def _student_history(
    history: History,
    student_id: int,
    assignments: list[Assignment],
    questions: dict[int, list[QuestionKey]],
    budget: int,
    keys: Keys,
    rng: random.Random,
    now: datetime,
) -> None:
    """Every lesson once, in order, then retakes of random lessons, until `budget` answers.

    Only the last attempt may be left unfinished, as when a student stops mid-lesson.
    """
    ability = rng.uniform(*ABILITY)
    numbers: dict[int, int] = defaultdict(int)
    # When each lesson was set, then when the student last stopped working on it.
    last_end = {a.pk: a.assigned_at for a in assignments}
    first_pass = list(assignments)
    while budget > 0:
        assignment = first_pass.pop(0) if first_pass else rng.choice(assignments)
        lesson = questions[assignment.lesson_id]
        answered = lesson[:budget]
        budget -= len(answered)
        numbers[assignment.pk] += 1
        attempt_id = keys.take(Attempt, 1)[0]
        # A first try within six days of the lesson being set; a retake a day or two after the last.
        delay = timedelta(hours=rng.uniform(1, 6 * 24 if numbers[assignment.pk] == 1 else 48))
        started = min(last_end[assignment.pk] + delay, now - timedelta(hours=1))
        moment = started
        for question in answered:
            taken = rng.randint(4_000, 90_000)
            moment += timedelta(milliseconds=taken)
            choice, correct = question.pick(rng, ability)
            history.answers.append(
                (keys.take(Answer, 1)[0], attempt_id, question.id, choice, correct, taken,
                 db_datetime(moment))
            )
        last_end[assignment.pk] = moment
        finished = db_datetime(moment) if len(answered) == len(lesson) else None
        history.attempts.append(
            (attempt_id, student_id, assignment.pk, numbers[assignment.pk], db_datetime(started),
             finished)
        )


def fill_class(
    bench_class: BenchClass,
    questions: dict[int, list[QuestionKey]],
    answers_per_student: list[int],
    keys: Keys,
    rng: random.Random,
    now: datetime,
) -> None:
    history = History()
    for student_id, budget in zip(bench_class.student_ids, answers_per_student):
        _student_history(
            history, student_id, bench_class.assignments, questions, budget, keys, rng, now
        )
    insert_rows(Attempt, ATTEMPT_FIELDS, history.attempts)
    insert_rows(Answer, ANSWER_FIELDS, history.answers)


def spread(total: int, count: int) -> list[int]:
    """`total` split over `count` as evenly as whole numbers allow."""
    share, extra = divmod(total, count) if count else (0, 0)
    return [share + (1 if i < extra else 0) for i in range(count)]


# ---- what the benchmark builds ----


def answers_per_student(plan: Plan) -> int:
    return plan.district_answers // plan.district_students


@transaction.atomic
def build_class(
    plan: Plan, size: int, seeds: SeedLessons, keys: Keys, rng: random.Random
) -> BenchClass:
    """A class of `size` with as many answers per student as the district will have."""
    now = timezone.now()
    teacher = make_teacher(f"teacher_of_{size}", keys, now)
    students = make_students(size, keys, rng, now)
    bench_class = make_class(teacher, f"Class of {size}", students, seeds.lessons, keys, now)
    fill_class(bench_class, seeds.questions, [answers_per_student(plan)] * size, keys, rng, now)
    reset_sequences()
    return bench_class


@dataclass
class LoadStudent:
    user: User
    # The attempt page fetched once, for the CSRF cookie.
    first_attempt: int
    # (attempt, question, choice) in the order the student meets them.
    answers: list[tuple[int, int, int]]


@transaction.atomic
def build_load_class(plan: Plan, seeds: SeedLessons, keys: Keys, rng: random.Random) -> list[LoadStudent]:
    """Students with open attempts at every lesson and nothing answered yet.

    Several attempts per lesson are opened ahead (numbered as retakes), so a simulated student
    never runs out of unanswered questions and every request records a new answer.
    """
    now = timezone.now()
    teacher = make_teacher("teacher_of_load", keys, now)
    student_ids = make_students(plan.load_students, keys, rng, now)
    bench_class = make_class(teacher, "Load test", student_ids, seeds.lessons, keys, now)
    attempts, queues = [], {}
    started = db_datetime(now)
    for student_id in student_ids:
        ability = rng.uniform(*ABILITY)
        queue = queues[student_id] = []
        for number in range(1, plan.load_attempts_per_lesson + 1):
            for assignment in bench_class.assignments:
                attempt_id = keys.take(Attempt, 1)[0]
                attempts.append((attempt_id, student_id, assignment.pk, number, started, None))
                for question in seeds.questions[assignment.lesson_id]:
                    queue.append((attempt_id, question.id, question.pick(rng, ability)[0]))
    insert_rows(Attempt, ATTEMPT_FIELDS, attempts)
    reset_sequences()
    users = User.objects.in_bulk(student_ids)
    return [LoadStudent(users[pk], queues[pk][0][0], queues[pk]) for pk in student_ids]


@dataclass
class District:
    classes: int
    students: int
    answers: int
    seconds: float


def build_district(plan: Plan, seeds: SeedLessons, keys: Keys, rng: random.Random) -> District:
    """Classes of the first class size, until the database holds the district's students and answers."""
    started = time.perf_counter()
    now = timezone.now()
    size = plan.class_sizes[0]
    missing_students = max(0, plan.district_students - User.objects.filter(role=User.Role.STUDENT).count())
    missing_answers = max(0, plan.district_answers - Answer.objects.count())
    budgets = spread(missing_answers, missing_students)
    class_count = 0
    for offset in range(0, missing_students, size):
        with transaction.atomic():
            # Five classes per teacher, as a secondary-school teacher has.
            if class_count % 5 == 0:
                teacher = make_teacher(f"district_teacher_{class_count // 5 + 1}", keys, now)
            count = min(size, missing_students - offset)
            students = make_students(count, keys, rng, now)
            bench_class = make_class(
                teacher, f"District class {class_count + 1}", students, seeds.lessons, keys, now
            )
            fill_class(bench_class, seeds.questions, budgets[offset : offset + count], keys, rng, now)
            class_count += 1
    with transaction.atomic():
        reset_sequences()
    gather_statistics()
    return District(
        classes=class_count,
        students=User.objects.filter(role=User.Role.STUDENT).count(),
        answers=Answer.objects.count(),
        seconds=time.perf_counter() - started,
    )
