"""The lesson editor: questions edited, versioned once answered, added, deleted, reordered; preview,
publish, share and copy."""
import pytest
from django.urls import reverse

from classroom.models import assignable_lessons
from lessons.models import Evidence, Lesson, Question
from quiz.models import Answer, Attempt
from tests.factories import answer, make_assignment, make_lesson
from tests.test_article_import import flood  # noqa: F401 (fixture)


@pytest.fixture
def lesson(teacher):
    return make_lesson("Budget vote", published=False, owner=teacher)


@pytest.fixture
def first(lesson):
    return lesson.current_questions()[0]


def edit_url(question):
    return reverse("question_edit", args=[question.lesson_id, question.pk])


def detail_url(lesson):
    return reverse("lesson_detail", args=[lesson.pk])


def question_data(stem="What does the article say?", choices=("About 3%", "Exactly 3%", ""), correct=0, **extra):
    data = {"skill": "numbers", "stem": stem, "explanation": "It says about.", "correct": str(correct)}
    data.update({f"choice_{i}": text for i, text in enumerate(choices)})
    data.update(extra)
    return data


def stems(lesson):
    return [q.stem for q in lesson.current_questions()]


# ---------------------------------------------------------------- the editor page


def test_the_owner_sees_the_editor(client, teacher, lesson):
    client.force_login(teacher)
    page = client.get(detail_url(lesson)).content.decode()
    assert "Question 1 of Budget vote?" in page
    assert "Move down" in page and "Publish" in page and "Add a question" in page


def test_the_htmx_variant_is_the_question_list_only(client, teacher, lesson):
    client.force_login(teacher)
    page = client.get(detail_url(lesson), headers={"HX-Request": "true"}).content.decode()
    assert page.lstrip().startswith('<section id="questions"')
    assert "<html" not in page


def test_other_teachers_get_404_for_a_private_lesson(client, other_teacher, lesson):
    client.force_login(other_teacher)
    assert client.get(detail_url(lesson)).status_code == 404


def test_students_get_403(client, student, lesson):
    client.force_login(student)
    assert client.get(detail_url(lesson)).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, lesson):
    assert client.get(detail_url(lesson)).status_code == 302


def test_the_editor_refuses_post(client, teacher, lesson):
    client.force_login(teacher)
    assert client.post(detail_url(lesson)).status_code == 405


def test_a_shared_lesson_is_read_only_for_other_teachers(client, other_teacher, lesson):
    lesson.shared = True
    lesson.save(update_fields=["shared"])
    client.force_login(other_teacher)
    page = client.get(detail_url(lesson)).content.decode()
    assert "Copy to my lessons" in page
    assert "Move down" not in page and reverse("question_add", args=[lesson.pk]) not in page


def test_a_seed_lesson_is_read_only(client, teacher):
    seed = make_lesson("Seed lesson", shared=True)
    client.force_login(teacher)
    page = client.get(detail_url(seed)).content.decode()
    assert "one of Byline&#x27;s lessons" in page or "one of Byline's lessons" in page
    assert "Copy to my lessons" in page


def test_the_library_lists_the_teachers_and_shared_lessons(client, teacher, lesson, flood):
    make_lesson("Seed lesson", shared=True)
    make_lesson("Private elsewhere", owner=None, shared=False)
    client.force_login(teacher)
    page = client.get(reverse("library")).content.decode()
    assert "Budget vote" in page and "Seed lesson" in page and flood.title in page


def test_the_library_does_not_list_other_teachers_private_work(client, other_teacher, lesson, flood):
    client.force_login(other_teacher)
    page = client.get(reverse("library")).content.decode()
    assert "Budget vote" not in page and flood.title not in page


def test_the_library_costs_the_same_whatever_the_number_of_lessons(client, teacher, django_assert_num_queries):
    for _ in range(5):
        make_lesson(owner=teacher)
    client.force_login(teacher)
    client.get(reverse("library"))  # warm the session
    with django_assert_num_queries(4):
        client.get(reverse("library"))


def test_students_cannot_open_the_library(client, student):
    client.force_login(student)
    assert client.get(reverse("library")).status_code == 403


# ---------------------------------------------------------------- editing questions


def test_the_edit_form_shows_the_question(client, teacher, first):
    client.force_login(teacher)
    page = client.get(edit_url(first)).content.decode()
    assert "Question 1 of Budget vote?" in page
    assert 'value="The mayor"' in page


def test_an_unanswered_question_is_edited_in_place(client, teacher, first):
    client.force_login(teacher)
    response = client.post(edit_url(first), question_data(choices=("Dana", "Sam", "Lee"), correct=2))
    first.refresh_from_db()
    assert response.status_code == 302
    assert first.stem == "What does the article say?" and first.retired_at is None
    assert [(c.text, c.is_correct) for c in first.choices.all()] == [("Dana", False), ("Sam", False), ("Lee", True)]
    assert not Question.objects.filter(replaces=first).exists()


def test_an_answered_question_gets_a_new_version(client, teacher, lesson, first, classroom, student):
    given = answer(student, make_assignment(classroom, lesson), first, correct=True)
    client.force_login(teacher)
    client.post(edit_url(first), question_data())
    first.refresh_from_db()
    new = Question.objects.get(replaces=first)
    assert first.retired_at is not None
    assert new.stem == "What does the article say?" and new.position == first.position
    assert list(lesson.current_questions()).count(new) == 1 and first not in lesson.current_questions()
    given.refresh_from_db()
    assert (given.question, given.is_correct, given.choice.text) == (first, True, "The mayor")


def test_a_new_version_keeps_the_evidence(client, teacher, lesson, first, classroom, student, flood):
    Evidence.objects.create(question=first, article=flood, start=0, end=5, text=flood.body[:5])
    answer(student, make_assignment(classroom, lesson), first)
    client.force_login(teacher)
    client.post(edit_url(first), question_data())
    new = Question.objects.get(replaces=first)
    assert [(e.article, e.start, e.end) for e in new.evidence.all()] == [(flood, 0, 5)]


def test_the_page_says_when_and_why_an_edit_made_a_new_version(client, teacher, lesson, first, classroom, student):
    answer(student, make_assignment(classroom, lesson), first)
    client.force_login(teacher)
    assert "Saving a change makes a <strong>new version</strong>" in client.get(edit_url(first)).content.decode()
    page = client.post(edit_url(first), question_data(), follow=True).content.decode()
    assert "Students had already answered this question, so your edit made a new version of it." in page
    assert "New version</strong>: students had answered the earlier version" in page


def test_scores_keep_their_meaning_after_an_edit(client, teacher, lesson, first, classroom, student):
    assignment = make_assignment(classroom, lesson)
    answer(student, assignment, first, correct=False)
    client.force_login(teacher)
    client.post(edit_url(first), question_data(choices=("The mayor", "The reporter"), correct=1))
    wrong = Answer.objects.get()
    assert wrong.is_correct is False and wrong.choice.is_correct is False


def test_an_unchanged_answered_question_is_not_versioned(client, teacher, lesson, first, classroom, student):
    answer(student, make_assignment(classroom, lesson), first)
    client.force_login(teacher)
    data = question_data(stem=first.stem, choices=("The mayor", "The reporter", "A resident"), correct=0,
                         skill="attribution", explanation=first.explanation)
    page = client.post(edit_url(first), data, follow=True).content.decode()
    assert "Nothing changed." in page
    assert not Question.objects.filter(replaces=first).exists()


def test_one_choice_is_not_enough(client, teacher, first):
    client.force_login(teacher)
    response = client.post(edit_url(first), question_data(choices=("Only one", "", "")))
    assert response.status_code == 400
    assert "Give at least two choices." in response.content.decode()
    assert 'value="Only one"' in response.content.decode()


def test_the_right_answer_must_be_a_filled_choice(client, teacher, first):
    client.force_login(teacher)
    response = client.post(edit_url(first), question_data(choices=("A", "B", ""), correct=2))
    assert "The choice marked as the right answer is empty." in response.content.decode()


def test_duplicate_choices_are_refused(client, teacher, first):
    client.force_login(teacher)
    response = client.post(edit_url(first), question_data(choices=("Same", "same", "")))
    assert "Two choices say the same thing" in response.content.decode()


def test_a_right_answer_must_be_marked(client, teacher, first):
    client.force_login(teacher)
    data = question_data()
    del data["correct"]
    assert "Mark which choice is the right answer." in client.post(edit_url(first), data).content.decode()


def test_other_teachers_cannot_edit(client, other_teacher, lesson, first):
    lesson.shared = True
    lesson.save(update_fields=["shared"])
    client.force_login(other_teacher)
    assert client.get(edit_url(first)).status_code == 404
    assert client.post(edit_url(first), question_data()).status_code == 404


def test_students_cannot_edit(client, student, first):
    client.force_login(student)
    assert client.post(edit_url(first), question_data()).status_code == 403


def test_a_retired_question_cannot_be_edited(client, teacher, first):
    first.retired_at = first.lesson.created_at
    first.save(update_fields=["retired_at"])
    client.force_login(teacher)
    assert client.get(edit_url(first)).status_code == 404


def test_question_edit_refuses_other_methods(client, teacher, first):
    client.force_login(teacher)
    assert client.put(edit_url(first)).status_code == 405


# ---------------------------------------------------------------- adding, deleting, reordering


def test_a_teacher_adds_a_question_at_the_end(client, teacher, lesson):
    client.force_login(teacher)
    response = client.post(reverse("question_add", args=[lesson.pk]), question_data(stem="A new one?"))
    assert response.status_code == 302
    assert stems(lesson)[-1] == "A new one?"
    assert lesson.current_questions().last().kind == "teacher_written"


def test_the_add_form_shows(client, teacher, lesson):
    client.force_login(teacher)
    assert "Add the question" in client.get(reverse("question_add", args=[lesson.pk])).content.decode()


def test_others_cannot_add(client, other_teacher, lesson):
    client.force_login(other_teacher)
    assert client.post(reverse("question_add", args=[lesson.pk]), question_data()).status_code == 404


def test_an_unanswered_question_is_deleted(client, teacher, first):
    client.force_login(teacher)
    client.post(reverse("question_delete", args=[first.lesson_id, first.pk]))
    assert not Question.objects.filter(pk=first.pk).exists()


def test_an_answered_question_is_retired_not_deleted(client, teacher, lesson, first, classroom, student):
    answer(student, make_assignment(classroom, lesson), first)
    client.force_login(teacher)
    response = client.post(reverse("question_delete", args=[lesson.pk, first.pk]), follow=True)
    first.refresh_from_db()
    assert first.retired_at is not None and first.answers.count() == 1
    assert "it was retired rather than deleted" in response.content.decode()


def test_deleting_with_htmx_returns_the_list_with_the_message(client, teacher, first):
    client.force_login(teacher)
    url = reverse("question_delete", args=[first.lesson_id, first.pk])
    page = client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert page.lstrip().startswith('<section id="questions"')
    assert "Question deleted." in page and "Questions (2)" in page


def test_delete_refuses_get(client, teacher, first):
    client.force_login(teacher)
    assert client.get(reverse("question_delete", args=[first.lesson_id, first.pk])).status_code == 405


def test_others_cannot_delete(client, other_teacher, student, first):
    for user in (other_teacher, student):
        client.force_login(user)
        assert client.post(reverse("question_delete", args=[first.lesson_id, first.pk])).status_code in (403, 404)
    assert Question.objects.filter(pk=first.pk).exists()


def test_move_down_swaps_with_the_next_question(client, teacher, lesson, first):
    client.force_login(teacher)
    response = client.post(reverse("question_move", args=[lesson.pk, first.pk]), {"direction": "down"})
    assert response.status_code == 302
    assert stems(lesson) == ["Question 2 of Budget vote?", "Question 1 of Budget vote?", "Question 3 of Budget vote?"]


def test_move_up_at_the_top_changes_nothing(client, teacher, lesson, first):
    client.force_login(teacher)
    before = stems(lesson)
    client.post(reverse("question_move", args=[lesson.pk, first.pk]), {"direction": "up"})
    assert stems(lesson) == before


def test_moving_with_htmx_returns_the_reordered_list(client, teacher, lesson):
    last = lesson.current_questions().last()
    client.force_login(teacher)
    url = reverse("question_move", args=[lesson.pk, last.pk])
    page = client.post(url, {"direction": "up"}, headers={"HX-Request": "true"}).content.decode()
    assert page.index("Question 3 of Budget vote?") < page.index("Question 2 of Budget vote?")
    assert "<html" not in page


def test_move_refuses_get(client, teacher, lesson, first):
    client.force_login(teacher)
    assert client.get(reverse("question_move", args=[lesson.pk, first.pk])).status_code == 405


def test_others_cannot_move(client, other_teacher, lesson, first):
    client.force_login(other_teacher)
    assert client.post(reverse("question_move", args=[lesson.pk, first.pk]), {"direction": "down"}).status_code == 404


# ---------------------------------------------------------------- publishing, sharing, copying


def test_publishing_makes_the_lesson_assignable(client, teacher, lesson):
    client.force_login(teacher)
    assert lesson not in assignable_lessons(teacher)
    client.post(reverse("lesson_publish", args=[lesson.pk]), {"publish": "1"})
    assert lesson in assignable_lessons(teacher)


def test_a_lesson_without_questions_cannot_be_published(client, teacher):
    empty = make_lesson(questions=[("numbers", ["a", "b"], 0)], published=False, owner=teacher)
    empty.questions.all().delete()
    client.force_login(teacher)
    page = client.post(reverse("lesson_publish", args=[empty.pk]), {"publish": "1"}, follow=True).content.decode()
    empty.refresh_from_db()
    assert empty.status == Lesson.Status.DRAFT
    assert "A lesson needs at least one question before it can be published." in page


def test_an_assigned_lesson_stays_published(client, teacher, lesson, classroom):
    lesson.status = Lesson.Status.PUBLISHED
    lesson.save(update_fields=["status"])
    make_assignment(classroom, lesson)
    client.force_login(teacher)
    client.post(reverse("lesson_publish", args=[lesson.pk]), {"publish": "0"})
    lesson.refresh_from_db()
    assert lesson.is_published


def test_an_unassigned_lesson_goes_back_to_draft(client, teacher, lesson):
    lesson.status = Lesson.Status.PUBLISHED
    lesson.save(update_fields=["status"])
    client.force_login(teacher)
    client.post(reverse("lesson_publish", args=[lesson.pk]), {"publish": "0"})
    lesson.refresh_from_db()
    assert not lesson.is_published


def test_others_cannot_publish(client, other_teacher, student, lesson):
    for user in (other_teacher, student):
        client.force_login(user)
        assert client.post(reverse("lesson_publish", args=[lesson.pk]), {"publish": "1"}).status_code in (403, 404)
    lesson.refresh_from_db()
    assert not lesson.is_published


def test_publish_refuses_get(client, teacher, lesson):
    client.force_login(teacher)
    assert client.get(reverse("lesson_publish", args=[lesson.pk])).status_code == 405


def test_a_shared_published_lesson_can_be_assigned_by_other_teachers(client, teacher, other_teacher, lesson):
    client.force_login(teacher)
    client.post(reverse("lesson_publish", args=[lesson.pk]), {"publish": "1"})
    client.post(reverse("lesson_share", args=[lesson.pk]), {"shared": "1"})
    assert lesson in assignable_lessons(other_teacher)


def test_others_cannot_share(client, other_teacher, lesson):
    client.force_login(other_teacher)
    assert client.post(reverse("lesson_share", args=[lesson.pk]), {"shared": "1"}).status_code == 404


def test_a_teacher_copies_a_shared_lesson_to_edit_it(client, teacher, other_teacher, lesson):
    lesson.shared = True
    lesson.save(update_fields=["shared"])
    client.force_login(other_teacher)
    response = client.post(reverse("lesson_copy", args=[lesson.pk]))
    copy = Lesson.objects.get(owner=other_teacher)
    assert response["Location"] == detail_url(copy)
    assert (copy.title, copy.status, copy.shared) == ("Budget vote (my copy)", Lesson.Status.DRAFT, False)
    assert stems(copy) == stems(lesson)


def test_a_seed_lesson_can_be_copied(client, teacher):
    seed = make_lesson("Seed lesson", shared=True)
    client.force_login(teacher)
    client.post(reverse("lesson_copy", args=[seed.pk]))
    assert Lesson.objects.filter(owner=teacher, title="Seed lesson (my copy)").exists()


def test_a_private_lesson_cannot_be_copied_by_others(client, other_teacher, lesson):
    client.force_login(other_teacher)
    assert client.post(reverse("lesson_copy", args=[lesson.pk])).status_code == 404


def test_copy_refuses_get(client, teacher, lesson):
    client.force_login(teacher)
    assert client.get(reverse("lesson_copy", args=[lesson.pk])).status_code == 405


def test_the_owner_renames_the_lesson(client, teacher, lesson):
    client.force_login(teacher)
    client.post(reverse("lesson_rename", args=[lesson.pk]), {"title": "Budget vote, week 3"})
    lesson.refresh_from_db()
    assert lesson.title == "Budget vote, week 3"


def test_an_empty_title_is_refused(client, teacher, lesson):
    client.force_login(teacher)
    response = client.post(reverse("lesson_rename", args=[lesson.pk]), {"title": ""})
    assert response.status_code == 400
    lesson.refresh_from_db()
    assert lesson.title == "Budget vote"


# ---------------------------------------------------------------- preview and redraft


def test_the_preview_shows_questions_and_answers_without_recording(client, teacher, lesson):
    client.force_login(teacher)
    page = client.get(reverse("lesson_preview", args=[lesson.pk])).content.decode()
    assert "Question 1 of 3" in page and "Nothing here is recorded" in page
    assert "The answer is <strong>The mayor</strong>." in page
    assert not Attempt.objects.exists() and not Answer.objects.exists()


def test_the_preview_marks_the_evidence_in_the_article(client, teacher, flood):
    lesson = Lesson.objects.get(articles=flood)
    client.force_login(teacher)
    page = client.get(reverse("lesson_preview", args=[lesson.pk])).content.decode()
    assert '<mark class="evidence"' in page


def test_other_teachers_preview_a_shared_lesson_but_not_a_private_one(client, other_teacher, lesson):
    client.force_login(other_teacher)
    assert client.get(reverse("lesson_preview", args=[lesson.pk])).status_code == 404
    lesson.shared = True
    lesson.save(update_fields=["shared"])
    assert client.get(reverse("lesson_preview", args=[lesson.pk])).status_code == 200


def test_students_cannot_preview(client, student, lesson):
    client.force_login(student)
    assert client.get(reverse("lesson_preview", args=[lesson.pk])).status_code == 403


def test_preview_refuses_post(client, teacher, lesson):
    client.force_login(teacher)
    assert client.post(reverse("lesson_preview", args=[lesson.pk])).status_code == 405


def test_redrafting_replaces_hand_edits_and_keeps_answered_questions(client, teacher, flood, classroom, student):
    lesson = Lesson.objects.get(articles=flood)
    answered = lesson.current_questions()[0]
    answer(student, make_assignment(classroom, lesson), answered)
    edited = lesson.current_questions()[1]
    edited.stem = "My own words"
    edited.save(update_fields=["stem"])
    client.force_login(teacher)
    client.post(reverse("lesson_redraft", args=[lesson.pk]))
    answered.refresh_from_db()
    assert answered.retired_at is not None
    assert "My own words" not in stems(lesson)


def test_others_cannot_redraft(client, other_teacher, flood):
    lesson = Lesson.objects.get(articles=flood)
    client.force_login(other_teacher)
    assert client.post(reverse("lesson_redraft", args=[lesson.pk])).status_code == 404


def test_the_editor_costs_the_same_whatever_the_number_of_questions(client, teacher, django_assert_num_queries):
    short = make_lesson(owner=teacher)
    long = make_lesson(owner=teacher, questions=[("numbers", ["a", "b", "c"], 0)] * 8)
    client.force_login(teacher)
    client.get(detail_url(short))
    with django_assert_num_queries(9):
        client.get(detail_url(short))
    with django_assert_num_queries(9):
        client.get(detail_url(long))
