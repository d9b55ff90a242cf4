"""Teachers' articles and lessons: import an article, read and correct its analysis, edit, preview,
publish, share and copy lessons, and draft comparison lessons.

Every view starts with one helper that fetches the object and checks the teacher may touch it:
viewing is allowed on their own, shared and seed items, editing on their own only.
"""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .access import can_edit, visible_articles, visible_lessons
from .corrections import correct_quote, create_lesson, lessons_following, load_rows, redraft, set_dismissed
from .editing import (
    add_question,
    copy_lesson,
    delete_question,
    edit_of,
    edit_question,
    move_question,
    publish_refusal,
    set_published,
)
from .forms import (
    ArticleImportForm,
    CompareForm,
    DismissForm,
    LessonTitleForm,
    MoveForm,
    QuestionForm,
    QuoteCorrectionForm,
)
from .highlighting import Finding, marked_paragraphs
from .models import Article, ArticleLoadedTerm, ArticleNumber, ArticleQuote, Lesson, Question
from .rendering import article_paragraphs
from .sources import source_map
from .uploads import DuplicateArticle, import_article

def _require_teacher(request) -> None:
    if not request.user.is_teacher:
        raise PermissionDenied("Only teachers can see this page.")


def _article_for_viewing(request, slug: str) -> Article:
    _require_teacher(request)
    return get_object_or_404(visible_articles(request.user).select_related("owner"), slug=slug)


def _article_for_editing(request, slug: str) -> Article:
    _require_teacher(request)
    return get_object_or_404(Article, slug=slug, owner=request.user)


def _lesson_for_viewing(request, pk: int) -> Lesson:
    _require_teacher(request)
    return get_object_or_404(visible_lessons(request.user).select_related("owner"), pk=pk)


def _lesson_for_editing(request, pk: int) -> Lesson:
    _require_teacher(request)
    return get_object_or_404(Lesson, pk=pk, owner=request.user)


def _question_for_editing(request, pk: int, question_pk: int) -> Question:
    _require_teacher(request)
    return get_object_or_404(
        Question.objects.select_related("lesson"),
        pk=question_pk,
        lesson_id=pk,
        lesson__owner=request.user,
        retired_at__isnull=True,
    )


def _finding_row(request, slug: str, model, pk: int):
    """A quote, number or term of the teacher's own article."""
    article = _article_for_editing(request, slug)
    return get_object_or_404(model.objects.select_related("article"), pk=pk, article=article)


# ---------------------------------------------------------------- the library


@login_required
@require_GET
def library(request):
    _require_teacher(request)
    teacher = request.user
    lessons = visible_lessons(teacher).annotate(
        question_count=Count("questions", filter=Q(questions__retired_at__isnull=True))
    ).select_related("owner")
    articles = visible_articles(teacher).annotate(lesson_count=Count("lessons")).select_related("owner")
    context = {
        "my_articles": [a for a in articles if a.owner_id == teacher.pk],
        "other_articles": [a for a in articles if a.owner_id != teacher.pk],
        "my_lessons": [lesson for lesson in lessons if lesson.owner_id == teacher.pk],
        "other_lessons": [lesson for lesson in lessons if lesson.owner_id != teacher.pk],
    }
    return render(request, "lessons/library.html", context)


# ---------------------------------------------------------------- importing an article


@login_required
@require_http_methods(["GET", "POST"])
def article_import(request):
    _require_teacher(request)
    form = ArticleImportForm(request.POST or None, request.FILES or None)
    duplicate = None
    if request.method == "POST" and form.is_valid():
        details = {name: form.cleaned_data[name] for name in ("title", "outlet", "source_url", "published_on")}
        try:
            result = import_article(request.user, form.article_text, **details)
        except DuplicateArticle as error:
            duplicate = error.article
        except ValueError as error:
            form.add_error("text", str(error))
        else:
            count = result.lesson.current_questions().count()
            messages.success(
                request,
                f"Imported “{result.article.title}”. Byline drafted a lesson with {count} question"
                f"{'' if count == 1 else 's'}: check the analysis below, then edit the lesson.",
            )
            for note in result.notes:
                messages.info(request, note)
            return redirect(result.article)
    status = 400 if request.method == "POST" else 200
    return render(request, "lessons/article_import.html", {"form": form, "duplicate": duplicate}, status=status)


# ---------------------------------------------------------------- an article's analysis


def _findings(rows) -> list[Finding]:
    findings = []
    for number, quote in enumerate((q for q in rows.quotes if not q.dismissed), start=1):
        who = quote.shown_speaker or "speaker not given"
        findings.append(
            Finding("quote", number, quote.start, quote.end, f"{who}, {'named' if quote.is_named else 'anonymous'}")
        )
    for number, claim in enumerate((n for n in rows.numbers if not n.dismissed), start=1):
        findings.append(Finding("number", number, claim.start, claim.end, f"{claim.text}, {claim.hedge_label}"))
    for number, term in enumerate((t for t in rows.terms if not t.dismissed), start=1):
        findings.append(Finding("term", number, term.start, term.end, f"{term.matched}, {term.voice} voice"))
    return findings


def _labelled(rows_list, findings, kind):
    """Pair each row with its finding (None when dismissed), for the tables."""
    by_start = {(f.start, f.end): f for f in findings if f.kind == kind}
    return [(row, None if row.dismissed else by_start.get((row.start, row.end))) for row in rows_list]


@login_required
@require_GET
def article_detail(request, slug):
    article = _article_for_viewing(request, slug)
    rows = load_rows(article)
    findings = _findings(rows)
    lessons = visible_lessons(request.user).filter(articles=article).annotate(
        question_count=Count("questions", filter=Q(questions__retired_at__isnull=True))
    )
    context = {
        "article": article,
        "editable": can_edit(request.user, article) and rows.stored,
        "owned": can_edit(request.user, article),
        "paragraphs": marked_paragraphs(article.body, article.title, findings),
        "sources": source_map(rows.quotes),
        "quotes": _labelled(rows.quotes, findings, "quote"),
        "numbers": _labelled(rows.numbers, findings, "number"),
        "terms": _labelled(rows.terms, findings, "term"),
        "lessons": lessons,
    }
    return render(request, "lessons/article_detail.html", context)


def _after_correction(request, article: Article, changed: bool):
    if not changed:
        messages.info(request, "Nothing changed.")
        return redirect(article)
    following = lessons_following(article)
    for lesson in following:
        draft = redraft(lesson)
        messages.success(request, f"Saved. The questions of “{lesson.title}” were redrafted from the corrected analysis.")
        for note in draft.notes:
            messages.info(request, note)
    if not following:
        messages.success(
            request,
            "Saved. Published lessons are not changed by a correction: redraft one from its editor if you want it to follow.",
        )
    return redirect(article)


@login_required
@require_POST
def quote_correct(request, slug, pk):
    quote = _finding_row(request, slug, ArticleQuote, pk)
    form = QuoteCorrectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That correction could not be saved: a speaker is at most 300 characters.")
        return redirect(quote.article)
    data = form.cleaned_data
    changed = correct_quote(quote, data["speaker"], data["named"], data["dismissed"])
    return _after_correction(request, quote.article, changed)


def _dismiss(request, slug, model, pk):
    row = _finding_row(request, slug, model, pk)
    form = DismissForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose Dismiss or Restore.")
        return redirect(row.article)
    return _after_correction(request, row.article, set_dismissed(row, form.cleaned_data["dismissed"]))


@login_required
@require_POST
def number_dismiss(request, slug, pk):
    return _dismiss(request, slug, ArticleNumber, pk)


@login_required
@require_POST
def term_dismiss(request, slug, pk):
    return _dismiss(request, slug, ArticleLoadedTerm, pk)


@login_required
@require_POST
def article_share(request, slug):
    article = _article_for_editing(request, slug)
    article.shared = request.POST.get("shared") == "1"
    article.save(update_fields=["shared"])
    if article.shared:
        messages.success(request, "Every teacher on Byline can now read this article and use it in their lessons.")
    else:
        messages.success(request, "This article is yours alone again.")
    return redirect(article)


@login_required
@require_POST
def article_draft_lesson(request, slug):
    article = _article_for_viewing(request, slug)
    lesson, draft = create_lesson(Lesson.Kind.ARTICLE, [article], owner=request.user)
    messages.success(request, f"Drafted “{lesson.title}”. Edit it, then publish it.")
    for note in draft.notes:
        messages.info(request, note)
    return redirect("lesson_detail", lesson.pk)


# ---------------------------------------------------------------- comparison lessons


@login_required
@require_http_methods(["GET", "POST"])
def compare(request):
    _require_teacher(request)
    articles = visible_articles(request.user).order_by("title", "id")
    form = CompareForm(request.POST or None, articles=articles)
    if request.method == "POST" and form.is_valid():
        chosen = sorted(form.cleaned_data["articles"], key=lambda a: a.pk)
        lesson, draft = create_lesson(
            Lesson.Kind.COMPARISON, chosen, owner=request.user, title=form.cleaned_data["title"]
        )
        messages.success(request, f"Drafted the comparison lesson “{lesson.title}”. Edit it, then publish it.")
        for note in draft.notes:
            messages.info(request, note)
        return redirect("lesson_detail", lesson.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "lessons/compare.html", {"form": form}, status=status)


# ---------------------------------------------------------------- a lesson


def _editor_context(request, lesson: Lesson, title_form=None) -> dict:
    questions = lesson.current_questions().annotate(answer_count=Count("answers")).prefetch_related(
        "choices", "evidence"
    )
    return {
        "lesson": lesson,
        "editable": can_edit(request.user, lesson),
        "questions": questions,
        "retired_count": lesson.questions.filter(retired_at__isnull=False).count(),
        "articles": lesson.articles.order_by("id"),
        "assignment_count": lesson.assignments.count(),
        "title_form": title_form or LessonTitleForm(instance=lesson),
    }


@login_required
@require_GET
def lesson_detail(request, pk):
    lesson = _lesson_for_viewing(request, pk)
    context = _editor_context(request, lesson)
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "lessons/lesson_detail.html#questions", context)
    return render(request, "lessons/lesson_detail.html", context)


@login_required
@require_POST
def lesson_rename(request, pk):
    lesson = _lesson_for_editing(request, pk)
    form = LessonTitleForm(request.POST, instance=lesson)
    if not form.is_valid():
        lesson.refresh_from_db(fields=["title"])
        return render(request, "lessons/lesson_detail.html", _editor_context(request, lesson, form), status=400)
    form.save()
    messages.success(request, "Renamed.")
    return redirect("lesson_detail", lesson.pk)


@login_required
@require_POST
def lesson_publish(request, pk):
    lesson = _lesson_for_editing(request, pk)
    publish = request.POST.get("publish") == "1"
    refusal = publish_refusal(lesson, publish)
    if refusal:
        messages.error(request, refusal)
    else:
        set_published(lesson, publish)
        messages.success(
            request,
            "Published: you can now assign it to your classes." if publish else "Back to draft: no class can be given it until you publish it again.",
        )
    return redirect("lesson_detail", lesson.pk)


@login_required
@require_POST
def lesson_share(request, pk):
    lesson = _lesson_for_editing(request, pk)
    lesson.shared = request.POST.get("shared") == "1"
    lesson.save(update_fields=["shared", "updated_at"])
    if lesson.shared:
        messages.success(request, "Every teacher on Byline can now see, assign and copy this lesson; only you can edit it.")
    else:
        messages.success(request, "This lesson is yours alone again. Classes that already have it keep it.")
    return redirect("lesson_detail", lesson.pk)


@login_required
@require_POST
def lesson_copy(request, pk):
    lesson = _lesson_for_viewing(request, pk)
    copy = copy_lesson(lesson, request.user)
    messages.success(request, f"This is your copy of “{lesson.title}”, a draft only you can edit.")
    return redirect("lesson_detail", copy.pk)


@login_required
@require_POST
def lesson_redraft(request, pk):
    lesson = _lesson_for_editing(request, pk)
    draft = redraft(lesson)
    messages.success(
        request,
        "The questions were redrafted from the articles' analysis. Questions students had answered are "
        "kept, retired, with their answers.",
    )
    for note in draft.notes:
        messages.info(request, note)
    return redirect("lesson_detail", lesson.pk)


@login_required
@require_GET
def lesson_preview(request, pk):
    lesson = _lesson_for_viewing(request, pk)
    questions = list(lesson.current_questions().prefetch_related("choices", "evidence"))
    marks: dict[int, list[tuple[int, int]]] = {}
    for question in questions:
        for span in question.evidence.all():
            marks.setdefault(span.article_id, []).append((span.start, span.end))
    articles = [
        {
            "article": article,
            "paragraphs": article_paragraphs(
                article.body, article.title, marks.get(article.pk, ()), anchor_prefix=f"evidence-{article.pk}"
            ),
        }
        for article in lesson.articles.order_by("id")
    ]
    context = {"lesson": lesson, "questions": questions, "articles": articles, "editable": can_edit(request.user, lesson)}
    return render(request, "lessons/lesson_preview.html", context)


# ---------------------------------------------------------------- a lesson's questions


def _questions_changed(request, lesson: Lesson, focus: Question | None = None):
    """After a change to the question list: the list again for htmx, with focus on the moved
    question (else the list's heading), so keyboard users keep their place; else a redirect."""
    if request.htmx:
        context = {**_editor_context(request, lesson), "focus_pk": focus.pk if focus else None, "refocus": True}
        return render(request, "lessons/lesson_detail.html#questions", context)
    anchor = f"question-{focus.pk}" if focus else "questions"
    return redirect(reverse("lesson_detail", args=[lesson.pk]) + f"#{anchor}")


@login_required
@require_http_methods(["GET", "POST"])
def question_edit(request, pk, question_pk):
    question = _question_for_editing(request, pk, question_pk)
    current = edit_of(question)
    form = QuestionForm(request.POST or None, initial=QuestionForm.initial_from(current))
    if request.method == "POST" and form.is_valid():
        outcome = edit_question(question, form.edit())
        if not outcome.changed:
            messages.info(request, "Nothing changed.")
        elif outcome.new_version:
            messages.warning(
                request,
                "Students had already answered this question, so your edit made a new version of it. "
                "Their answers and scores stay with the old version, now retired; anyone who has not "
                "answered it yet gets the new one.",
            )
        else:
            messages.success(request, "Question saved.")
        return redirect(reverse("lesson_detail", args=[pk]) + f"#question-{outcome.question.pk}")
    context = {
        "lesson": question.lesson,
        "question": question,
        "form": form,
        "answer_count": question.answers.count(),
    }
    return render(request, "lessons/question_form.html", context, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def question_add(request, pk):
    lesson = _lesson_for_editing(request, pk)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        question = add_question(lesson, form.edit())
        messages.success(request, "Question added at the end of the lesson.")
        return redirect(reverse("lesson_detail", args=[pk]) + f"#question-{question.pk}")
    context = {"lesson": lesson, "question": None, "form": form, "answer_count": 0}
    return render(request, "lessons/question_form.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def question_delete(request, pk, question_pk):
    question = _question_for_editing(request, pk, question_pk)
    if delete_question(question):
        messages.warning(
            request,
            "Students had answered that question, so it was retired rather than deleted: their answers "
            "stay, and nobody is asked it again.",
        )
    else:
        messages.success(request, "Question deleted.")
    return _questions_changed(request, question.lesson)


@login_required
@require_POST
def question_move(request, pk, question_pk):
    question = _question_for_editing(request, pk, question_pk)
    form = MoveForm(request.POST)
    if form.is_valid():
        move_question(question, form.offset)
    return _questions_changed(request, question.lesson, focus=question)
