from django.urls import include, path

from . import views

urlpatterns = [
    path("signup/", views.teacher_signup, name="teacher_signup"),
    path("", include("django.contrib.auth.urls")),
]
