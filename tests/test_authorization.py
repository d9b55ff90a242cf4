"""Who may reach what: every URL of the site against every role, and CSRF on every POST.

The URL list comes from the resolver, so a new view is covered automatically, and a view missing
from ACCESS below fails `test_every_url_is_classified`.
"""
import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from lessons.models import ArticleLoadedTerm, ArticleNumber, ArticleQuote, Lesson
from lessons.uploads import import_article, text_from_paste
from quiz.recording import record_answer, start_attempt
from quizsite.converters import IdConverter
from tests.factories import make_assignment

ROLES = ("anonymous", "student", "other_student", "other_teacher", "staff", "owner")

# What each role gets: "ok" (served), "login" (sent to log in), "no" (403 or 404).
EVERYONE = dict.fromkeys(ROLES, "ok")
LOGGED_IN = {**EVERYONE, "anonymous": "login"}
TEACHERS = {**LOGGED_IN, "student": "no", "other_student": "no"}
OWNER_ONLY = {"anonymous": "login", "student": "no", "other_student": "no",
              "other_teacher": "no", "staff": "no", "owner": "ok"}
THE_STUDENT_ONLY = {**OWNER_ONLY, "student": "ok", "owner": "no"}

ACCESS = {
    "healthz": EVERYONE,
    "home": EVERYONE,
    "join_class": EVERYONE,
    "teacher_signup": EVERYONE,
    "login": EVERYONE,
    "logout": EVERYONE,
    "password_reset": EVERYONE,
    "password_reset_done": EVERYONE,
    "password_reset_confirm": EVERYONE,
    "password_reset_complete": EVERYONE,
    "password_change": LOGGED_IN,
    "password_change_done": LOGGED_IN,
    # The student's quiz: their own assignment and attempt only.
    "assignment_detail": THE_STUDENT_ONLY,
    "begin_attempt": THE_STUDENT_ONLY,
    "attempt_detail": THE_STUDENT_ONLY,
    "submit_answer": THE_STUDENT_ONLY,
    # Teachers' own pages that hold no one else's data.
    "class_create": TEACHERS,
    "archived_classes": TEACHERS,
    "library": TEACHERS,
    "article_import": TEACHERS,
    "compare": TEACHERS,
    # One teacher's class, its students and results.
    **dict.fromkeys(
        [
            "class_detail", "class_rename", "class_archive", "class_restore", "regenerate_code",
            "assign_lesson", "unassign_lesson", "remove_student", "erase_student",
            "reset_student_password", "class_delete",
            "class_results", "skill_results", "assignment_results", "student_results",
            "export_results", "export_answers",
        ],
        OWNER_ONLY,
    ),
    # One teacher's own (unshared) article and lesson.
    **dict.fromkeys(
        [
            "article_detail", "article_share", "article_draft_lesson", "quote_correct",
            "number_dismiss", "term_dismiss", "lesson_detail", "lesson_preview", "lesson_rename",
            "lesson_publish", "lesson_share", "lesson_copy", "lesson_redraft", "question_add",
            "question_edit", "question_delete", "question_move",
        ],
        OWNER_ONLY,
    ),
    "admin:index": {**dict.fromkeys(ROLES, "login"), "staff": "ok"},
}

ARTICLE = (
    "Council approves budget cuts\n\n"
    '"We will balance this budget," Mayor Jane Ortiz said on Monday.\n\n'
    "The plan cuts as many as 40 jobs, a crackdown that critics slammed. "
    '"It is a disgrace," said Tom Reyes, a union steward.'
)


def url_names(patterns=None, namespace=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue
            yield from url_names(pattern.url_patterns, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield pattern.name


URL_NAMES = sorted(set(url_names())) + ["admin:index"]


@pytest.fixture
def world(teacher, other_teacher, staff, classroom, student, other_student):
    imported = import_article(teacher, text_from_paste(ARTICLE))
    article, lesson = imported.article, imported.lesson
    lesson.status = Lesson.Status.PUBLISHED
    lesson.save(update_fields=["status"])
    assignment = make_assignment(classroom, lesson)
    question = lesson.current_questions()[0]
    attempt = start_attempt(student, assignment)
    record_answer(attempt, question, question.choices.first(), 1000)
    users = {"student": student, "other_student": other_student, "other_teacher": other_teacher,
             "staff": staff, "owner": teacher}
    args = {
        "pk": None,
        "assignment_pk": assignment.pk,
        "student_pk": student.pk,
        "question_pk": question.pk,
        "slug": article.slug,
        "uidb64": urlsafe_base64_encode(force_bytes(teacher.pk)),
        "token": default_token_generator.make_token(teacher),
    }
    pk_by_prefix = {
        "assignments/": assignment.pk,
        "attempts/": attempt.pk,
        "classes/": classroom.pk,
        "lessons/": lesson.pk,
        "articles/": None,
    }
    finding_pks = {
        "quote_correct": ArticleQuote.objects.filter(article=article).first(),
        "number_dismiss": ArticleNumber.objects.filter(article=article).first(),
        "term_dismiss": ArticleLoadedTerm.objects.filter(article=article).first(),
    }
    return {"users": users, "args": args, "pk_by_prefix": pk_by_prefix, "findings": finding_pks}


def url_for(name: str, world) -> str:
    if name == "admin:index":
        return reverse(name)
    pattern = next(p for p in get_resolver().reverse_dict.getlist(name))
    params = pattern[0][0][1]
    kwargs = {}
    for param in params:
        if param == "pk":
            if name in world["findings"]:
                finding = world["findings"][name]
                assert finding is not None, f"the world article has no finding for {name}"
                kwargs["pk"] = finding.pk
                continue
            template = pattern[0][0][0]
            kwargs["pk"] = next(v for prefix, v in world["pk_by_prefix"].items() if template.startswith(prefix))
        else:
            kwargs[param] = world["args"][param]
    return reverse(name, kwargs=kwargs)


def outcome(response) -> str:
    if response.status_code in (403, 404):
        return "no"
    if response.status_code in (301, 302) and "/login/" in response.get("Location", ""):
        return "login"
    assert response.status_code < 500, f"server error {response.status_code}"
    return "ok"


def client_for(role: str, world) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(world["users"][role])
    return client


def method_for(url: str, world) -> str:
    """GET, unless the view takes only POST (asked as the owner, who may reach every page)."""
    owner = client_for("owner", world)
    return "post" if owner.get(url).status_code == 405 else "get"


def test_every_url_is_classified():
    assert set(URL_NAMES) - set(ACCESS) == set(), "add the new views to ACCESS"
    assert set(ACCESS) - set(URL_NAMES) == set(), "ACCESS names views that no longer exist"


@pytest.mark.parametrize("name", URL_NAMES)
def test_each_role_gets_what_the_table_says(name, world):
    url = url_for(name, world)
    method = method_for(url, world)
    got = {}
    for role in ROLES:  # the owner last: their POST may change what the others would see
        response = getattr(client_for(role, world), method)(url)
        got[role] = outcome(response)

    assert got == ACCESS[name], f"{method.upper()} {url}"


@pytest.mark.parametrize("name", URL_NAMES)
def test_a_post_without_a_csrf_token_is_refused(name, world):
    url = url_for(name, world)
    client = Client(enforce_csrf_checks=True)
    allowed = next((r for r in ROLES if ACCESS[name][r] == "ok"), "owner")
    if allowed != "anonymous":
        client.force_login(world["users"][allowed])

    plain = client.post(url, {"anything": "x"})
    htmx = client.post(url, {"anything": "x"}, HTTP_HX_REQUEST="true")

    assert plain.status_code in (403, 405), f"POST {url} without a token: {plain.status_code}"
    assert htmx.status_code in (403, 405), f"htmx POST {url} without a token: {htmx.status_code}"


def takes_an_id(name: str) -> bool:
    return any(isinstance(converter, IdConverter)
               for _, _, _, converters in get_resolver().reverse_dict.getlist(name)
               for converter in converters.values())


@pytest.mark.parametrize("name", [n for n in URL_NAMES if n != "admin:index" and takes_an_id(n)])
def test_an_id_too_large_for_the_database_is_not_found(name, world):
    url = url_for(name, world)
    too_large = "/".join("9" * 20 if part.isdigit() else part for part in url.split("/"))
    client = client_for("owner", world)

    assert client.get(too_large).status_code == 404
    assert client.post(too_large).status_code == 404
