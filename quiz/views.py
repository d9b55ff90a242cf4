import time

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from classroom.models import Assignment
from lessons.models import Choice
from lessons.rendering import article_paragraphs

from .forms import AnswerForm, sign_shown_at
from .models import Attempt
from .progress import answers_by_question, attempt_questions, next_unanswered, summarize
from .recording import finish_if_complete, record_answer, start_attempt


def _assignment_for_student(request, pk: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("lesson", "classroom__teacher"),
        pk=pk,
        classroom__memberships__student=request.user,
    )


def _attempt_for_student(request, pk: int) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related("assignment__lesson", "assignment__classroom"),
        pk=pk,
        student=request.user,
    )


@login_required
@require_GET
def assignment_detail(request, pk):
    assignment = _assignment_for_student(request, pk)
    attempts = assignment.attempts.filter(student=request.user).order_by("number")
    summaries = []
    for attempt in attempts:
        answered = answers_by_question(attempt)
        questions = attempt_questions(attempt, with_details=False, answered=set(answered))
        summaries.append((attempt, summarize(questions, answered)))
    context = {
        "assignment": assignment,
        "lesson": assignment.lesson,
        "attempts": summaries,
        "open_attempt": next((a for a in attempts if not a.is_finished), None),
    }
    return render(request, "quiz/assignment.html", context)


@login_required
@require_POST
def begin_attempt(request, pk):
    assignment = _assignment_for_student(request, pk)
    attempt = start_attempt(request.user, assignment)
    return redirect("attempt_detail", attempt.pk)


def _articles_with_marks(lesson, evidence=()):
    """The lesson's articles as paragraphs, with the given evidence spans marked."""
    marks_by_article: dict[int, list[tuple[int, int]]] = {}
    for span in evidence:
        marks_by_article.setdefault(span.article_id, []).append((span.start, span.end))
    return [
        {
            "article": article,
            "paragraphs": article_paragraphs(
                article.body,
                article.title,
                marks_by_article.get(article.pk, ()),
                anchor_prefix=f"evidence-{article.pk}",
            ),
        }
        for article in lesson.articles.order_by("id")
    ]


def _attempt_context(attempt: Attempt, answered_pk: int | None = None, form=None, note=""):
    answered = answers_by_question(attempt)
    questions = attempt_questions(attempt, answered=set(answered))
    feedback_question = next((q for q in questions if q.pk == answered_pk), None)
    if feedback_question is None and answered_pk in answered:
        # A question retired after it was answered still gets its feedback.
        feedback_question = answered[answered_pk].question
    question = None if feedback_question else next_unanswered(questions, answered)
    if question is None and feedback_question is None and not attempt.is_finished:
        finish_if_complete(attempt)
    if question is not None and form is None:
        form = AnswerForm(
            initial={"question": question.pk, "shown_at": sign_shown_at(int(time.time() * 1000))}
        )
    evidence = list(feedback_question.evidence.all()) if feedback_question else []
    first_evidence_anchor = f"evidence-{evidence[0].article_id}-1" if evidence else ""
    answered_count = sum(1 for q in questions if q.pk in answered)
    return {
        "attempt": attempt,
        "assignment": attempt.assignment,
        "lesson": attempt.assignment.lesson,
        "articles": _articles_with_marks(attempt.assignment.lesson, evidence),
        "question": question,
        "question_number": answered_count + 1,
        "form": form,
        "feedback_question": feedback_question,
        "feedback_answer": answered.get(answered_pk) if feedback_question else None,
        "evidence": evidence,
        "first_evidence_anchor": first_evidence_anchor,
        "note": note,
        "answered_count": answered_count,
        "total": len(questions),
        "summary": summarize(questions, answered),
        "review": [(q, answered.get(q.pk)) for q in questions],
    }


def _render_attempt(request, context, status=200):
    if request.htmx:
        # The quiz panel, plus the article (re-marked) and progress bar swapped out of band.
        parts = [
            render_to_string("quiz/attempt.html#panel", context, request),
            render_to_string("quiz/attempt.html#articles", {**context, "oob": True}, request),
            render_to_string("quiz/attempt.html#progress", {**context, "oob": True}, request),
        ]
        return HttpResponse("".join(parts), status=status)
    return render(request, "quiz/attempt.html", context, status=status)


@login_required
@require_GET
def attempt_detail(request, pk):
    attempt = _attempt_for_student(request, pk)
    try:
        answered_pk = int(request.GET.get("answered", ""))
    except ValueError:
        answered_pk = None
    return _render_attempt(request, _attempt_context(attempt, answered_pk))


@login_required
@require_POST
def submit_answer(request, pk):
    attempt = _attempt_for_student(request, pk)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _render_attempt(request, _attempt_context(attempt, form=form))
    choice = (
        Choice.objects.select_related("question")
        .filter(
            pk=form.cleaned_data["choice"],
            question_id=form.cleaned_data["question"],
            question__lesson_id=attempt.assignment.lesson_id,
        )
        .first()
    )
    if choice is None:
        messages.error(request, "That answer doesn't belong to this lesson. Here is your next question.")
        return redirect("attempt_detail", attempt.pk)
    question = choice.question
    stale = question.retired_at or attempt.is_finished
    if stale and not attempt.answers.filter(question=question).exists():
        messages.info(
            request,
            "This attempt is finished."
            if attempt.is_finished
            else "Your teacher changed that question while you were answering. Here it is again.",
        )
        return redirect("attempt_detail", attempt.pk)
    shown_at = form.shown_at_ms()
    time_taken = int(time.time() * 1000) - shown_at if shown_at else None
    recorded = record_answer(attempt, question, choice, time_taken)
    note = "" if recorded.created else "You had already answered this question; your first answer counts."
    if request.htmx:
        return _render_attempt(request, _attempt_context(attempt, question.pk, note=note))
    if note:
        messages.info(request, note)
    return redirect(reverse("attempt_detail", args=[attempt.pk]) + f"?answered={question.pk}")
