"""Every form answers garbage with a message, never a server error (hypothesis)."""
import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lessons.models import ArticleQuote, Lesson
from lessons.uploads import import_article, text_from_paste
from quiz.recording import start_attempt
from tests.factories import make_assignment

ARTICLE = (
    "Council approves budget cuts\n\n"
    '"We will balance this budget," Mayor Jane Ortiz said on Monday. '
    "The plan cuts as many as 40 jobs, a crackdown that critics slammed."
)

GARBAGE = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=120),
    st.sampled_from(["", " ", "0", "-1", "99999999999999999999", "1e309", "NaN", "null", "[]",
                     "<script>alert(1)</script>", "' OR 1=1 --", "\x00", "2026-02-30", "up", "named"]),
)


def garbage_for(*fields):
    return st.fixed_dictionaries({}, optional={field: GARBAGE for field in fields})


FORMS = {
    "join": ("anonymous", lambda w: reverse("join_class"),
             ["join_code", "display_name", "username", "password1", "password2"]),
    "signup": ("anonymous", lambda w: reverse("teacher_signup"),
               ["username", "display_name", "email", "password1", "password2"]),
    "login": ("anonymous", lambda w: reverse("login"), ["username", "password"]),
    "class create": ("teacher", lambda w: reverse("class_create"), ["name"]),
    "class rename": ("teacher", lambda w: reverse("class_rename", args=[w["classroom"].pk]), ["name"]),
    "assign": ("teacher", lambda w: reverse("assign_lesson", args=[w["classroom"].pk]), ["lesson", "due_at"]),
    "student password": ("teacher", lambda w: reverse("reset_student_password", args=[w["classroom"].pk, w["student"].pk]),
                         ["new_password1", "new_password2"]),
    "article import": ("teacher", lambda w: reverse("article_import"),
                       ["title", "outlet", "source_url", "published_on", "text"]),
    "quote correction": ("teacher", lambda w: reverse("quote_correct", args=[w["article"].slug, w["quote"].pk]),
                         ["speaker", "named", "dismissed"]),
    "question edit": ("teacher", lambda w: reverse("question_edit", args=[w["lesson"].pk, w["question"].pk]),
                      ["skill", "stem", "correct", "explanation", "choice_0", "choice_1", "choice_2"]),
    "question move": ("teacher", lambda w: reverse("question_move", args=[w["lesson"].pk, w["question"].pk]),
                      ["direction"]),
    "compare": ("teacher", lambda w: reverse("compare"), ["articles", "title"]),
    "answer": ("student", lambda w: reverse("submit_answer", args=[w["attempt"].pk]),
               ["question", "choice", "shown_at"]),
}


@pytest.fixture
def world(teacher, classroom, student):
    imported = import_article(teacher, text_from_paste(ARTICLE))
    lesson = imported.lesson
    lesson.status = Lesson.Status.PUBLISHED
    lesson.save(update_fields=["status"])
    assignment = make_assignment(classroom, lesson)
    return {
        "teacher": teacher, "student": student, "classroom": classroom, "article": imported.article,
        "lesson": lesson, "question": lesson.current_questions()[0],
        "quote": ArticleQuote.objects.filter(article=imported.article).first(),
        "attempt": start_attempt(student, assignment),
    }


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_form_answers_garbage_without_a_server_error(form, world):
    role, url_of, fields = FORMS[form]
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(world[role])
    url = url_of(world)

    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(data=garbage_for(*fields), htmx=st.booleans())
    def post_garbage(data, htmx):
        headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
        response = client.post(url, data, **headers)
        assert response.status_code < 500, (data, response.status_code)

    post_garbage()


HUGE_ID = "99999999999999999999"


@pytest.mark.parametrize(("form", "field"), [("compare", "articles"), ("assign", "lesson"),
                                             ("answer", "question"), ("answer", "choice")])
def test_an_id_too_large_for_the_database_is_an_invalid_choice(form, field, world):
    role, url_of, fields = FORMS[form]
    client = Client(raise_request_exception=False)
    client.force_login(world[role])

    response = client.post(url_of(world), {name: "1" for name in fields} | {field: HUGE_ID})

    assert response.status_code < 500
