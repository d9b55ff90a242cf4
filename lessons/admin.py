from django.contrib import admin

from .models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "published_on", "owner", "shared", "seed_file", "created_at")
    list_filter = ("shared", "outlet")
    search_fields = ("title", "outlet", "body", "seed_file")
    prepopulated_fields = {"slug": ("title",)}
    raw_id_fields = ("owner",)
    readonly_fields = ("body_hash", "created_at")
