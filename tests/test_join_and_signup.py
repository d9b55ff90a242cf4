import pytest

from accounts.models import User
from classroom.models import Membership


def join_form(code, username="newkid", **extra):
    return {
        "join_code": code,
        "display_name": "Sam",
        "username": username,
        "password1": "a-long-pass-phrase-9",
        "password2": "a-long-pass-phrase-9",
        **extra,
    }


def test_a_new_student_joins_a_class_with_its_code(client, classroom):
    response = client.post("/join/", join_form(classroom.join_code))

    assert response.status_code == 302
    student = User.objects.get(username="newkid")
    assert student.role == User.Role.STUDENT
    assert student.email == ""
    assert Membership.objects.filter(classroom=classroom, student=student).exists()


def test_a_join_code_is_accepted_in_lower_case_with_spaces(client, classroom):
    code = " ".join(classroom.join_code.lower())

    client.post("/join/", join_form(code))

    assert Membership.objects.filter(classroom=classroom, student__username="newkid").exists()


def test_a_wrong_join_code_gets_a_clear_message_and_keeps_what_was_typed(client, classroom):
    response = client.post("/join/", join_form("ZZZZZZ"))

    assert response.status_code == 200
    assert "No open class has that code" in response.content.decode()
    assert 'value="Sam"' in response.content.decode()
    assert not User.objects.filter(username="newkid").exists()


def test_an_archived_class_takes_no_new_students(client, classroom):
    from django.utils import timezone

    classroom.archived_at = timezone.now()
    classroom.save(update_fields=["archived_at"])

    response = client.post("/join/", join_form(classroom.join_code))

    assert "No open class has that code" in response.content.decode()


def test_a_logged_in_student_joins_a_second_class_with_the_code_alone(client, student, other_classroom):
    client.force_login(student)

    client.post("/join/", {"join_code": other_classroom.join_code})

    assert student.memberships.count() == 2


def test_joining_the_same_class_twice_keeps_one_membership(client, student, classroom):
    client.force_login(student)

    client.post("/join/", {"join_code": classroom.join_code})

    assert student.memberships.count() == 1


def test_a_teacher_cannot_join_a_class_as_a_student(client, teacher, other_classroom):
    client.force_login(teacher)

    client.post("/join/", {"join_code": other_classroom.join_code})

    assert not Membership.objects.filter(student=teacher).exists()


@pytest.mark.django_db
def test_a_teacher_signs_up_and_is_logged_in(client):
    response = client.post(
        "/accounts/signup/",
        {
            "username": "msrivera",
            "display_name": "Ms Rivera",
            "email": "rivera@school.example",
            "password1": "a-long-pass-phrase-9",
            "password2": "a-long-pass-phrase-9",
        },
    )

    assert response.status_code == 302
    assert User.objects.get(username="msrivera").role == User.Role.TEACHER
    assert client.get("/").context["user"].username == "msrivera"


def test_a_teacher_home_lists_only_their_own_classes(client, teacher, classroom, other_classroom):
    client.force_login(teacher)

    page = client.get("/").content.decode()

    assert classroom.join_code in page
    assert other_classroom.join_code not in page


def test_a_student_home_lists_only_their_own_classes(client, student, classroom, other_classroom):
    client.force_login(student)

    page = client.get("/").content.decode()

    assert classroom.name in page
    assert other_classroom.name not in page


@pytest.mark.django_db
def test_the_password_reset_page_sends_an_email_with_a_link(client, teacher, mailoutbox):
    client.post("/accounts/password_reset/", {"email": "teacher@school.example"})

    assert len(mailoutbox) == 1
    assert "/accounts/reset/" in mailoutbox[0].body


def test_a_teacher_logs_in_with_their_email_address(client, teacher):
    from tests.conftest import PASSWORD

    response = client.post("/accounts/login/", {"username": "Teacher@School.example", "password": PASSWORD})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(teacher.pk)


def test_a_student_who_joined_stays_logged_in_on_the_next_page(client, classroom):
    client.post("/join/", join_form(classroom.join_code))

    assert client.get("/").context["user"].username == "newkid"
