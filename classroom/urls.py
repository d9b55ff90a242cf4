from django.urls import path

from . import dashboards, views

urlpatterns = [
    path("", views.home, name="home"),
    path("join/", views.join_class, name="join_class"),
    path("classes/new/", views.class_create, name="class_create"),
    path("classes/archived/", views.archived_classes, name="archived_classes"),
    path("classes/<id:pk>/", views.class_detail, name="class_detail"),
    path("classes/<id:pk>/rename/", views.class_rename, name="class_rename"),
    path("classes/<id:pk>/archive/", views.class_archive, name="class_archive"),
    path("classes/<id:pk>/restore/", views.class_restore, name="class_restore"),
    path("classes/<id:pk>/code/", views.regenerate_code, name="regenerate_code"),
    path("classes/<id:pk>/assign/", views.assign_lesson, name="assign_lesson"),
    path(
        "classes/<id:pk>/assignments/<id:assignment_pk>/unassign/",
        views.unassign_lesson,
        name="unassign_lesson",
    ),
    path(
        "classes/<id:pk>/students/<id:student_pk>/remove/",
        views.remove_student,
        name="remove_student",
    ),
    path(
        "classes/<id:pk>/students/<id:student_pk>/erase/",
        views.erase_student,
        name="erase_student",
    ),
    path(
        "classes/<id:pk>/students/<id:student_pk>/password/",
        views.reset_student_password,
        name="reset_student_password",
    ),
    path("classes/<id:pk>/delete/", views.class_delete, name="class_delete"),
    path("classes/<id:pk>/results/", dashboards.class_results, name="class_results"),
    path("classes/<id:pk>/results/skills/", dashboards.skill_results, name="skill_results"),
    path(
        "classes/<id:pk>/results/lessons/<id:assignment_pk>/",
        dashboards.assignment_results,
        name="assignment_results",
    ),
    path(
        "classes/<id:pk>/results/students/<id:student_pk>/",
        dashboards.student_results,
        name="student_results",
    ),
    path("classes/<id:pk>/export/results.csv", dashboards.export_results, name="export_results"),
    path("classes/<id:pk>/export/answers.csv", dashboards.export_answers, name="export_answers"),
]
