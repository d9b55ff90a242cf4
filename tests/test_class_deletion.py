"""Deleting a class and resetting a student's password: confirmation first, exactly what it says."""
from accounts.models import User
from classroom.models import Assignment, Classroom, Membership
from quiz.models import Answer, Attempt
from tests.factories import finish, make_assignment, make_student


def test_deleting_a_class_asks_for_confirmation_with_what_will_go(client, teacher, classroom, student):
    finish(student, make_assignment(classroom))
    client.force_login(teacher)

    page = client.get(f"/classes/{classroom.pk}/delete/").content.decode()

    assert "1 student from the class" in page
    assert "1 assigned lesson" in page
    assert "1 attempt and 3 answers" in page
    assert Classroom.objects.filter(pk=classroom.pk).exists()


def test_deleting_a_class_removes_its_assignments_and_answers_and_keeps_the_accounts(
    client, teacher, classroom, student, other_classroom
):
    finish(student, make_assignment(classroom))
    elsewhere = make_assignment(other_classroom)
    Membership.objects.create(classroom=other_classroom, student=student)
    finish(student, elsewhere)
    client.force_login(teacher)

    client.post(f"/classes/{classroom.pk}/delete/")

    assert not Classroom.objects.filter(pk=classroom.pk).exists()
    assert list(Assignment.objects.all()) == [elsewhere]
    assert Attempt.objects.get().assignment == elsewhere
    assert Answer.objects.count() == 3
    assert User.objects.filter(pk=student.pk).exists()


def test_another_teacher_cannot_delete_a_class(client, other_teacher, classroom):
    client.force_login(other_teacher)

    assert client.post(f"/classes/{classroom.pk}/delete/").status_code == 404
    assert Classroom.objects.filter(pk=classroom.pk).exists()


def test_a_teacher_sets_a_new_password_for_a_student_of_their_class(client, teacher, classroom, student):
    client.force_login(teacher)

    client.post(
        f"/classes/{classroom.pk}/students/{student.pk}/password/",
        {"new_password1": "river-stone-42-lamp", "new_password2": "river-stone-42-lamp"},
    )

    student.refresh_from_db()
    assert student.check_password("river-stone-42-lamp")


def test_a_teacher_cannot_set_the_password_of_another_class_s_student(
    client, teacher, classroom, other_student
):
    client.force_login(teacher)

    response = client.post(
        f"/classes/{classroom.pk}/students/{other_student.pk}/password/",
        {"new_password1": "river-stone-42-lamp", "new_password2": "river-stone-42-lamp"},
    )

    other_student.refresh_from_db()
    assert response.status_code == 404
    assert not other_student.check_password("river-stone-42-lamp")


def test_a_mistyped_new_password_is_refused_with_a_message(client, teacher, classroom, student):
    client.force_login(teacher)

    response = client.post(
        f"/classes/{classroom.pk}/students/{student.pk}/password/",
        {"new_password1": "river-stone-42-lamp", "new_password2": "river-stone-42-lame"},
    )

    assert "didn’t match" in response.content.decode() or "didn't match" in response.content.decode()
