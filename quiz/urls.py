from django.urls import path

from . import views

urlpatterns = [
    path("assignments/<int:pk>/", views.assignment_detail, name="assignment_detail"),
    path("assignments/<int:pk>/start/", views.begin_attempt, name="begin_attempt"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt_detail"),
    path("attempts/<int:pk>/answer/", views.submit_answer, name="submit_answer"),
]
