from django.urls import path

from . import views

urlpatterns = [
    path("articles/", views.library, name="library"),
    path("articles/new/", views.article_import, name="article_import"),
    path("articles/compare/", views.compare, name="compare"),
    path("articles/<slug:slug>/", views.article_detail, name="article_detail"),
    path("articles/<slug:slug>/share/", views.article_share, name="article_share"),
    path("articles/<slug:slug>/draft/", views.article_draft_lesson, name="article_draft_lesson"),
    path("articles/<slug:slug>/quotes/<id:pk>/", views.quote_correct, name="quote_correct"),
    path("articles/<slug:slug>/numbers/<id:pk>/", views.number_dismiss, name="number_dismiss"),
    path("articles/<slug:slug>/terms/<id:pk>/", views.term_dismiss, name="term_dismiss"),
    path("lessons/<id:pk>/", views.lesson_detail, name="lesson_detail"),
    path("lessons/<id:pk>/preview/", views.lesson_preview, name="lesson_preview"),
    path("lessons/<id:pk>/rename/", views.lesson_rename, name="lesson_rename"),
    path("lessons/<id:pk>/publish/", views.lesson_publish, name="lesson_publish"),
    path("lessons/<id:pk>/share/", views.lesson_share, name="lesson_share"),
    path("lessons/<id:pk>/copy/", views.lesson_copy, name="lesson_copy"),
    path("lessons/<id:pk>/redraft/", views.lesson_redraft, name="lesson_redraft"),
    path("lessons/<id:pk>/questions/new/", views.question_add, name="question_add"),
    path("lessons/<id:pk>/questions/<id:question_pk>/", views.question_edit, name="question_edit"),
    path("lessons/<id:pk>/questions/<id:question_pk>/delete/", views.question_delete, name="question_delete"),
    path("lessons/<id:pk>/questions/<id:question_pk>/move/", views.question_move, name="question_move"),
]
