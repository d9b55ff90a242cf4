from django.contrib import admin

from .models import (
    Article,
    ArticleLoadedTerm,
    ArticleNumber,
    ArticleQuote,
    Choice,
    Evidence,
    Lesson,
    Question,
)


class ArticleQuoteInline(admin.TabularInline):
    model = ArticleQuote
    fields = ("text", "kind", "speaker", "named", "via", "corrected_speaker", "corrected_named", "dismissed")
    extra = 0


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    inlines = [ArticleQuoteInline]
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


@admin.register(ArticleQuote)
class ArticleQuoteAdmin(admin.ModelAdmin):
    list_display = ("text", "article", "kind", "speaker", "named", "via", "corrected_speaker", "dismissed")
    list_filter = ("kind", "named", "dismissed")
    search_fields = ("text", "speaker", "corrected_speaker", "article__title")
    raw_id_fields = ("article",)


@admin.register(ArticleNumber)
class ArticleNumberAdmin(admin.ModelAdmin):
    list_display = ("text", "article", "value", "hedge", "counts", "dismissed")
    list_filter = ("hedge", "dismissed")
    search_fields = ("text", "counts", "article__title")
    raw_id_fields = ("article",)


@admin.register(ArticleLoadedTerm)
class ArticleLoadedTermAdmin(admin.ModelAdmin):
    list_display = ("matched", "term", "article", "voice", "category", "dismissed")
    list_filter = ("voice", "category", "dismissed")
    search_fields = ("term", "matched", "article__title")
    raw_id_fields = ("article",)


@admin.register(Choice)
class ChoiceAdmin(admin.ModelAdmin):
    list_display = ("text", "question", "is_correct")
    list_filter = ("is_correct",)
    search_fields = ("text", "question__stem")
    raw_id_fields = ("question",)


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ("text", "question", "article", "start", "end")
    search_fields = ("text", "question__stem", "article__title")
    raw_id_fields = ("question", "article")
