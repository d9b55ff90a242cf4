"""The student's quiz: one question at a time, feedback with evidence, resume and retake."""
import pytest
from django.urls import reverse

from lessons.models import Article, Evidence
from quiz.models import Answer, Attempt
from quiz.recording import start_attempt
from tests.factories import make_assignment, make_lesson


@pytest.fixture
def article(db):
    body = "Storm hits coast\n\nThe mayor said \"we will rebuild\" after as many as 40 homes flooded."
    return Article.objects.create(
        title="Storm hits coast", slug="storm", raw_text=body, body=body, body_hash="x"
    )


@pytest.fixture
def lesson(article):
    lesson = make_lesson("Storm lesson")
    lesson.articles.add(article)
    first = lesson.current_questions()[0]
    start = article.body.index("as many as 40")
    Evidence.objects.create(
        question=first, article=article, start=start, end=start + 13, text="as many as 40"
    )
    return lesson


@pytest.fixture
def assignment(classroom, lesson):
    return make_assignment(classroom, lesson)


def attempt_url(attempt, name="attempt_detail"):
    return reverse(name, args=[attempt.pk])


def post_answer(client, attempt, question, correct=True, **headers):
    choice = question.choices.get(is_correct=correct) if correct else question.choices.filter(is_correct=False).first()
    return client.post(
        attempt_url(attempt, "submit_answer"),
        {"question": question.pk, "choice": choice.pk},
        **headers,
    )


def test_the_assignment_page_offers_to_start_the_lesson(client, student, assignment):
    client.force_login(student)

    page = client.get(reverse("assignment_detail", args=[assignment.pk])).content.decode()

    assert "Start the lesson" in page
    assert "Storm lesson" in page


def test_starting_a_lesson_opens_attempt_one(client, student, assignment):
    client.force_login(student)

    response = client.post(reverse("begin_attempt", args=[assignment.pk]))

    attempt = Attempt.objects.get(student=student, assignment=assignment)
    assert attempt.number == 1
    assert response.url == attempt_url(attempt)


def test_a_double_clicked_start_opens_one_attempt(client, student, assignment):
    client.force_login(student)

    client.post(reverse("begin_attempt", args=[assignment.pk]))
    client.post(reverse("begin_attempt", args=[assignment.pk]))

    assert Attempt.objects.filter(student=student, assignment=assignment).count() == 1


def test_the_attempt_page_shows_the_article_and_the_first_question(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)

    page = client.get(attempt_url(attempt)).content.decode()

    assert "we will rebuild" in page
    assert "Question 1 of 3" in page
    assert 'type="radio"' in page


def test_an_answer_is_recorded_with_its_choice_and_time(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]

    post_answer(client, attempt, question, correct=True)

    answer = Answer.objects.get(attempt=attempt, question=question)
    assert answer.is_correct
    assert answer.choice.is_correct


def test_without_javascript_an_answer_redirects_to_its_feedback(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]

    response = post_answer(client, attempt, question, correct=False)
    page = client.get(response.url).content.decode()

    assert response.status_code == 302
    assert "Not quite" in page
    assert "Because the article says so." in page
    assert '<mark class="evidence"' in page


def test_with_htmx_an_answer_returns_feedback_and_the_marked_article(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]

    response = post_answer(client, attempt, question, correct=True, HTTP_HX_REQUEST="true")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<html" not in html
    assert "✓ Right" in html
    assert 'id="articles" class="articles" hx-swap-oob="true"' in html
    assert '<mark class="evidence" id="evidence-' in html and "as many as 40</mark>" in html


def test_a_double_submitted_answer_is_recorded_once(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]

    post_answer(client, attempt, question, correct=True)
    post_answer(client, attempt, question, correct=False)

    answers = Answer.objects.filter(attempt=attempt, question=question)
    assert answers.count() == 1
    assert answers.get().is_correct


def test_a_resubmission_is_told_the_first_answer_counts(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]
    post_answer(client, attempt, question, correct=True)

    html = post_answer(client, attempt, question, correct=False, HTTP_HX_REQUEST="true").content.decode()

    assert "your first answer counts" in html


def test_submitting_without_a_choice_asks_for_one_and_records_nothing(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]

    response = client.post(attempt_url(attempt, "submit_answer"), {"question": question.pk})

    assert "Pick one of the answers" in response.content.decode()
    assert not Answer.objects.exists()


def test_a_choice_from_another_question_is_refused(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    first, second = assignment.lesson.current_questions()[:2]

    client.post(
        attempt_url(attempt, "submit_answer"),
        {"question": first.pk, "choice": second.choices.first().pk},
    )

    assert not Answer.objects.exists()


def test_answering_every_question_finishes_the_attempt_with_a_summary(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    questions = list(assignment.lesson.current_questions())

    for question in questions:
        post_answer(client, attempt, question, correct=question != questions[-1])
    page = client.get(attempt_url(attempt)).content.decode()

    attempt.refresh_from_db()
    assert attempt.is_finished
    assert "You scored 2 of 3" in page
    assert "By skill" in page


def test_a_student_resumes_at_the_first_unanswered_question(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    post_answer(client, attempt, assignment.lesson.current_questions()[0])

    page = client.get(attempt_url(attempt)).content.decode()

    assert "Question 2 of 3" in page


def test_a_retake_is_attempt_two_and_keeps_attempt_one(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    for question in assignment.lesson.current_questions():
        post_answer(client, attempt, question)

    client.post(reverse("begin_attempt", args=[assignment.pk]))

    numbers = list(Attempt.objects.filter(student=student).values_list("number", flat=True))
    assert numbers == [1, 2]
    assert Answer.objects.filter(attempt=attempt).count() == 3


def test_another_student_cannot_open_an_attempt(client, student, other_student, assignment):
    attempt = start_attempt(student, assignment)
    client.force_login(other_student)

    assert client.get(attempt_url(attempt)).status_code == 404
    assert post_answer(client, attempt, assignment.lesson.current_questions()[0]).status_code == 404


def test_a_student_of_another_class_cannot_open_the_assignment(client, other_student, assignment):
    client.force_login(other_student)

    assert client.get(reverse("assignment_detail", args=[assignment.pk])).status_code == 404
    assert client.post(reverse("begin_attempt", args=[assignment.pk])).status_code == 404


def test_quiz_pages_ask_anonymous_visitors_to_log_in(client, assignment):
    response = client.get(reverse("assignment_detail", args=[assignment.pk]))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_answers_are_only_taken_by_post(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)

    assert client.get(attempt_url(attempt, "submit_answer")).status_code == 405


def test_a_question_changed_mid_attempt_is_not_recorded_in_its_old_version(client, student, assignment):
    from django.utils import timezone

    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]
    question.retired_at = timezone.now()
    question.save(update_fields=["retired_at"])

    response = post_answer(client, attempt, question)

    assert response.status_code == 302
    assert not Answer.objects.exists()


def replace_with_new_version(question):
    """What the lesson editor does to an answered question: retire it, add its successor."""
    from django.utils import timezone

    from lessons.models import Question

    new = Question.objects.create(
        lesson=question.lesson,
        position=question.position,
        skill=question.skill,
        kind=question.kind,
        stem=question.stem + " (edited)",
        explanation=question.explanation,
        replaces=question,
    )
    for choice in question.choices.all():
        new.choices.create(position=choice.position, text=choice.text, is_correct=choice.is_correct)
    question.retired_at = timezone.now()
    question.save(update_fields=["retired_at"])
    return new


def test_an_edited_question_is_not_asked_again_of_a_student_who_answered_it(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    first = assignment.lesson.current_questions()[0]
    post_answer(client, attempt, first)

    replace_with_new_version(first)
    page = client.get(attempt_url(attempt)).content.decode()

    assert "Question 2 of 3" in page
    assert "(edited)" not in page


def test_a_finished_attempt_keeps_its_answers_after_the_teacher_edits_a_question(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    for question in assignment.lesson.current_questions():
        post_answer(client, attempt, question)

    replace_with_new_version(assignment.lesson.current_questions()[0])
    page = client.get(attempt_url(attempt)).content.decode()

    assert "You scored 3 of 3" in page
    assert "Not answered" not in page


def test_a_new_attempt_gets_the_edited_version(client, student, assignment):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    for question in assignment.lesson.current_questions():
        post_answer(client, attempt, question)
    replace_with_new_version(assignment.lesson.current_questions()[0])

    second = start_attempt(student, assignment)
    page = client.get(attempt_url(second)).content.decode()

    assert "(edited)" in page


def test_recording_an_answer_with_htmx_costs_a_fixed_handful_of_queries(
    client, student, assignment, django_assert_max_num_queries
):
    client.force_login(student)
    attempt = start_attempt(student, assignment)
    question = assignment.lesson.current_questions()[0]
    choice = question.choices.get(is_correct=True)

    # session, user, attempt, choice; the insert (in a savepoint here); closing check (2);
    # the feedback: answers, questions, choices, evidence, articles.
    with django_assert_max_num_queries(14):
        client.post(
            attempt_url(attempt, "submit_answer"),
            {"question": question.pk, "choice": choice.pk},
            HTTP_HX_REQUEST="true",
        )
