import json

import pytest
from django.core.management import call_command

from accounts.models import User
from classroom.models import Classroom, Membership


def load_demo_json(capsys) -> dict:
    call_command("load_demo", "--json", "--allow-production")
    return json.loads(capsys.readouterr().out)


@pytest.mark.django_db
def test_load_demo_creates_two_teachers_each_with_a_class_of_three(capsys):
    accounts = load_demo_json(capsys)

    assert len(accounts["teachers"]) == 2
    assert Classroom.objects.count() == 2
    for classroom in Classroom.objects.all():
        assert classroom.memberships.count() == 3


@pytest.mark.django_db
def test_load_demo_json_has_the_documented_shape(capsys):
    accounts = load_demo_json(capsys)

    teacher = accounts["teachers"][0]
    assert set(teacher) == {"username", "password", "classes"}
    assert set(teacher["classes"][0]) == {"name", "join_code"}
    student = accounts["students"][0]
    assert set(student) == {"username", "password", "classes"}
    assert student["classes"][0] in {c["name"] for t in accounts["teachers"] for c in t["classes"]}


@pytest.mark.django_db
def test_load_demo_credentials_log_in(client, capsys):
    accounts = load_demo_json(capsys)

    for account in accounts["teachers"] + accounts["students"]:
        assert client.login(username=account["username"], password=account["password"])


@pytest.mark.django_db
def test_load_demo_twice_duplicates_nothing(capsys):
    first = load_demo_json(capsys)
    second = load_demo_json(capsys)

    assert first == second
    assert User.objects.count() == 8
    assert Membership.objects.count() == 6


@pytest.mark.django_db
def test_load_demo_refuses_a_production_site_unless_asked(settings):
    settings.DEBUG = False

    with pytest.raises(Exception, match="DEBUG is off"):
        call_command("load_demo")
