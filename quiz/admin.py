from django.contrib import admin

from .models import Answer, Attempt


class AnswerInline(admin.TabularInline):
    model = Answer
    extra = 0
    raw_id_fields = ("question", "choice")
    readonly_fields = ("answered_at",)


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ("student", "assignment", "number", "started_at", "finished_at")
    search_fields = ("student__username", "student__display_name", "assignment__lesson__title")
    raw_id_fields = ("student", "assignment")
    inlines = [AnswerInline]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ("attempt", "question", "is_correct", "time_taken_ms", "answered_at")
    list_filter = ("is_correct",)
    search_fields = ("attempt__student__username", "question__stem")
    raw_id_fields = ("attempt", "question", "choice")
