"""What a class has done, read with a fixed number of queries whatever the class size.

The rules, stated once here and on the pages that use them:

- A lesson's score is correct / answered in the student's latest *finished* attempt.
- Work is late when its first finished attempt came after the due date, or when it is
  unfinished and the due date has passed; a retake after the due date is not late.
- Item analysis and skill mastery count one attempt per student per lesson: the latest
  finished one, or the attempt in progress while none is finished (so the dashboard moves
  while the class works). Earlier attempts don't count.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.db.models import Count, Q

from accounts.models import User
from lessons.models import Question, Skill
from quiz.models import Answer, Attempt

from .models import Assignment, Classroom


@dataclass(frozen=True)
class Ratio:
    correct: int = 0
    answered: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.answered + other.answered)

    @property
    def percent(self) -> int | None:
        return round(100 * self.correct / self.answered) if self.answered else None


@dataclass(frozen=True)
class AttemptRow:
    id: int
    student_id: int
    assignment_id: int
    number: int
    finished_at: datetime | None
    answered: int = 0
    correct: int = 0

    @property
    def ratio(self) -> Ratio:
        return Ratio(self.correct, self.answered)


def _attempt_rows(attempts) -> list[AttemptRow]:
    """One query: attempts with their answer counts, oldest first."""
    rows = attempts.annotate(
        answered=Count("answers"), correct=Count("answers", filter=Q(answers__is_correct=True))
    ).values("id", "student_id", "assignment_id", "number", "finished_at", "answered", "correct")
    return [AttemptRow(**row) for row in rows.order_by("number", "id")]


def _members(classroom: Classroom) -> list[User]:
    return list(
        User.objects.filter(memberships__classroom=classroom).order_by(
            "display_name", "username", "id"
        )
    )


def _members_attempts(classroom: Classroom):
    # Removed students keep their attempts (they may rejoin) but leave the class's results.
    return Attempt.objects.filter(
        assignment__classroom=classroom, student__memberships__classroom=classroom
    )


@dataclass
class Progress:
    """One student's work on one assignment."""

    assignment: Assignment
    now: datetime
    attempts: list[AttemptRow] = field(default_factory=list)

    NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"

    @cached_property
    def finished(self) -> list[AttemptRow]:
        return [a for a in self.attempts if a.finished_at is not None]

    @property
    def status(self) -> str:
        if self.finished:
            return self.DONE
        return self.IN_PROGRESS if self.attempts else self.NOT_STARTED

    @property
    def is_done(self) -> bool:
        return bool(self.finished)

    @property
    def retaking(self) -> bool:
        return bool(self.finished) and self.attempts[-1].finished_at is None

    @property
    def score(self) -> Ratio | None:
        return self.finished[-1].ratio if self.finished else None

    @property
    def best(self) -> Ratio | None:
        ratios = [a.ratio for a in self.finished]
        return max(ratios, key=lambda r: r.percent or 0) if ratios else None

    @property
    def finished_at(self) -> datetime | None:
        return self.finished[-1].finished_at if self.finished else None

    @property
    def late(self) -> bool:
        first = self.finished[0].finished_at if self.finished else None
        return self.assignment.is_late(first, self.now)

    @property
    def counted_attempt(self) -> AttemptRow | None:
        """The attempt whose answers count in item analysis and skill mastery."""
        if self.finished:
            return self.finished[-1]
        return self.attempts[-1] if self.attempts else None


def _progress_by_student(attempts: list[AttemptRow], assignments, now) -> dict:
    """{(student_id, assignment_id): Progress} for every attempt row given."""
    by_pk = {a.pk: a for a in assignments}
    progress: dict[tuple[int, int], Progress] = {}
    for row in attempts:
        key = (row.student_id, row.assignment_id)
        if key not in progress:
            progress[key] = Progress(by_pk[row.assignment_id], now)
        progress[key].attempts.append(row)
    return progress


def class_assignments(classroom: Classroom) -> list[Assignment]:
    """The class's assignments, oldest first (a gradebook's column order), with question counts."""
    return list(
        classroom.assignments.select_related("lesson")
        .annotate(
            question_count=Count("lesson__questions", filter=Q(lesson__questions__retired_at=None))
        )
        .order_by("assigned_at", "id")
    )


# ---- (a) the grid: students × assignments ----


@dataclass
class StudentRow:
    student: User
    cells: list[Progress]

    @property
    def average(self) -> Ratio | None:
        """Pooled score over the lessons this student has finished."""
        scores = [cell.score for cell in self.cells if cell.score]
        return sum(scores, Ratio()) if scores else None


@dataclass
class Column:
    assignment: Assignment
    done: int
    students: int
    average: Ratio | None
    late: int


@dataclass
class Grid:
    assignments: list[Assignment]
    columns: list[Column]
    rows: list[StudentRow]
    sort: str


def _sort_key(sort: str, assignments: list[Assignment]):
    """A sort value from ?sort=, or None: name, average, or a lesson's score as score-<pk>."""
    field = sort.removeprefix("-")
    if field in ("name", "average"):
        return field
    if field.startswith("score-") and field[6:].isdigit():
        pk = int(field[6:])
        if any(a.pk == pk for a in assignments):
            return field
    return None


def normalize_sort(sort: str, assignments: list[Assignment]) -> str:
    return sort if _sort_key(sort, assignments) else "name"


def sort_rows(rows: list[StudentRow], sort: str, assignments: list[Assignment]) -> list[StudentRow]:
    """Sort by name, or by a score with the students who have none always last."""
    descending = sort.startswith("-")
    field = sort.removeprefix("-")
    rows = sorted(rows, key=lambda r: (r.student.shown_name.casefold(), r.student.pk))
    if field == "name":
        return list(reversed(rows)) if descending else rows
    if field == "average":
        score = lambda row: row.average  # noqa: E731
    else:
        index = next(i for i, a in enumerate(assignments) if a.pk == int(field[6:]))
        score = lambda row: row.cells[index].score  # noqa: E731
    scored = [row for row in rows if score(row) is not None]
    unscored = [row for row in rows if score(row) is None]
    scored.sort(key=lambda row: score(row).percent, reverse=descending)
    return scored + unscored


def class_grid(classroom: Classroom, now: datetime, sort: str = "name") -> Grid:
    """Three queries: members, assignments, attempts with their counts."""
    students = _members(classroom)
    assignments = class_assignments(classroom)
    progress = _progress_by_student(
        _attempt_rows(_members_attempts(classroom)), assignments, now
    )
    rows = [
        StudentRow(
            student,
            [progress.get((student.pk, a.pk)) or Progress(a, now) for a in assignments],
        )
        for student in students
    ]
    columns = []
    for index, assignment in enumerate(assignments):
        cells = [row.cells[index] for row in rows]
        scores = [cell.score for cell in cells if cell.score]
        columns.append(
            Column(
                assignment=assignment,
                done=sum(cell.is_done for cell in cells),
                students=len(cells),
                average=sum(scores, Ratio()) if scores else None,
                late=sum(cell.late for cell in cells),
            )
        )
    sort = normalize_sort(sort, assignments)
    return Grid(assignments, columns, sort_rows(rows, sort, assignments), sort)


# ---- the student's own home page ----


def student_progress(student: User, assignments: list[Assignment], now: datetime) -> list[Progress]:
    """One query: the student's attempts at the given assignments, as Progress in their order."""
    rows = _attempt_rows(Attempt.objects.filter(student=student, assignment__in=assignments))
    progress = _progress_by_student(rows, assignments, now)
    return [progress.get((student.pk, a.pk)) or Progress(a, now) for a in assignments]


# ---- (b) item analysis of one assignment ----


@dataclass
class ChoiceStats:
    choice: object
    students: list[User]


@dataclass
class QuestionStats:
    question: Question
    ratio: Ratio
    choices: list[ChoiceStats]

    @property
    def wrong_choices(self) -> list[ChoiceStats]:
        return [c for c in self.choices if not c.choice.is_correct]


@dataclass
class ItemAnalysis:
    questions: list[QuestionStats]
    students: int
    # Members who have started this lesson at least once.
    started: int


def item_analysis(assignment: Assignment, now: datetime) -> ItemAnalysis:
    """Four queries: members, current questions, their choices, the class's answers to them."""
    classroom = assignment.classroom
    students = {s.pk: s for s in _members(classroom)}
    questions = list(assignment.lesson.current_questions().prefetch_related("choices"))
    attempts = _attempt_rows(_members_attempts(classroom).filter(assignment=assignment))
    counted = {
        p.counted_attempt.id: student_id
        for (student_id, _), p in _progress_by_student(attempts, [assignment], now).items()
    }
    answers = Answer.objects.filter(
        attempt__assignment=assignment, question__in=[q.pk for q in questions]
    ).values_list("attempt_id", "question_id", "choice_id", "is_correct")
    picked: dict[int, list[User]] = defaultdict(list)
    ratios: dict[int, Ratio] = defaultdict(Ratio)
    for attempt_id, question_id, choice_id, is_correct in answers:
        if attempt_id in counted:
            picked[choice_id].append(students[counted[attempt_id]])
            ratios[question_id] += Ratio(int(is_correct), 1)
    stats = [
        QuestionStats(
            question=question,
            ratio=ratios[question.pk],
            choices=[
                ChoiceStats(choice, sorted(picked[choice.pk], key=lambda s: s.shown_name.casefold()))
                for choice in question.choices.all()
            ],
        )
        for question in questions
    ]
    return ItemAnalysis(stats, students=len(students), started=len(counted))


# ---- (c) mastery per skill ----


SKILLS = Skill.choices


@dataclass
class SkillRow:
    student: User | None
    # In the order of SKILLS.
    ratios: list[Ratio]

    @property
    def skills(self) -> list[tuple[str, Ratio]]:
        return [(label, ratio) for (_, label), ratio in zip(SKILLS, self.ratios)]


@dataclass
class Mastery:
    rows: list[SkillRow]
    total: SkillRow


def skill_mastery(classroom: Classroom, now: datetime) -> Mastery:
    """Four queries: members, assignments, attempts, answer counts per attempt and skill."""
    students = _members(classroom)
    assignments = list(classroom.assignments.all())
    attempts = _attempt_rows(_members_attempts(classroom))
    counted = {
        p.counted_attempt.id: student_id
        for (student_id, _), p in _progress_by_student(attempts, assignments, now).items()
    }
    counts = (
        Answer.objects.filter(attempt__assignment__classroom=classroom)
        .values("attempt_id", "question__skill")
        .annotate(answered=Count("id"), correct=Count("id", filter=Q(is_correct=True)))
        .order_by()
    )
    skill_index = {value: i for i, (value, _) in enumerate(SKILLS)}
    by_student: dict[int, list[Ratio]] = defaultdict(lambda: [Ratio()] * len(SKILLS))
    for row in counts:
        student_id = counted.get(row["attempt_id"])
        if student_id is None or row["question__skill"] not in skill_index:
            continue
        ratios = by_student[student_id]
        i = skill_index[row["question__skill"]]
        ratios[i] = ratios[i] + Ratio(row["correct"], row["answered"])
    rows = [SkillRow(s, by_student.get(s.pk, [Ratio()] * len(SKILLS))) for s in students]
    total = [sum((row.ratios[i] for row in rows), Ratio()) for i in range(len(SKILLS))]
    return Mastery(rows, SkillRow(None, total))


# ---- (d) one student's every answer ----


def class_answers(classroom: Classroom):
    """One query: every answer given in this class by its members, for the answers export."""
    return (
        Answer.objects.filter(
            attempt__assignment__classroom=classroom,
            attempt__student__memberships__classroom=classroom,
        )
        .select_related("question", "choice", "attempt__assignment__lesson", "attempt__student")
        .order_by(
            "attempt__student__display_name",
            "attempt__student__username",
            "attempt__student_id",
            "attempt__assignment__assigned_at",
            "attempt__assignment_id",
            "attempt__number",
            "question__position",
            "question_id",
        )
    )


def student_answers(classroom: Classroom, student: User):
    """One query: every answer this student gave in this class, lesson by lesson, attempt by attempt."""
    return (
        Answer.objects.filter(attempt__student=student, attempt__assignment__classroom=classroom)
        .select_related("question", "choice", "attempt__assignment__lesson")
        .order_by(
            "attempt__assignment__assigned_at",
            "attempt__assignment_id",
            "attempt__number",
            "question__position",
            "question_id",
        )
    )
