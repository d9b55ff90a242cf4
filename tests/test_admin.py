"""The admin lists and searches every model without errors."""
import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

PROJECT_APPS = ("accounts", "classroom", "lessons", "quiz")


def test_every_project_model_is_in_the_admin():
    models = [m for app in PROJECT_APPS for m in apps.get_app_config(app).get_models()]

    assert [m.__name__ for m in models if m not in admin.site._registry] == []


@pytest.mark.parametrize(
    "model", [m for app in PROJECT_APPS for m in apps.get_app_config(app).get_models()],
    ids=lambda m: m.__name__,
)
def test_each_admin_list_opens_and_searches(client, staff, model, student, classroom):
    client.force_login(staff)
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")

    assert client.get(url).status_code == 200
    assert client.get(url, {"q": "x"}).status_code == 200
