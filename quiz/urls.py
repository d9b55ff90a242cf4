from django.urls import path

from . import views

urlpatterns = [
    path("assignments/<id:pk>/", views.assignment_detail, name="assignment_detail"),
    path("assignments/<id:pk>/start/", views.begin_attempt, name="begin_attempt"),
    path("attempts/<id:pk>/", views.attempt_detail, name="attempt_detail"),
    path("attempts/<id:pk>/answer/", views.submit_answer, name="submit_answer"),
]
