from django.contrib import admin

from .models import Article, Choice, Evidence, Lesson, Question


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "published_on", "owner", "shared", "seed_file", "created_at")
    list_filter = ("shared", "outlet")
    search_fields = ("title", "outlet", "body", "seed_file")
    prepopulated_fields = {"slug": ("title",)}
    raw_id_fields = ("owner",)
    readonly_fields = ("body_hash", "created_at")


class QuestionInline(admin.TabularInline):
    model = Question
    fields = ("position", "skill", "kind", "stem", "retired_at")
    extra = 0
    show_change_link = True


@admin.register(Lesson)
class LessonAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "status", "owner", "shared", "updated_at")
    list_filter = ("kind", "status", "shared")
    search_fields = ("title", "slug", "articles__title")
    raw_id_fields = ("owner",)
    filter_horizontal = ("articles",)
    inlines = [QuestionInline]


class ChoiceInline(admin.TabularInline):
    model = Choice
    extra = 0


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    raw_id_fields = ("article",)


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ("stem", "lesson", "skill", "kind", "position", "retired_at")
    list_filter = ("skill", "kind")
    search_fields = ("stem", "explanation", "lesson__title")
    raw_id_fields = ("lesson", "replaces")
    inlines = [ChoiceInline, EvidenceInline]
