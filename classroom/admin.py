from django.contrib import admin

from .models import Assignment, Classroom, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ("student",)


@admin.register(Classroom)
class ClassroomAdmin(admin.ModelAdmin):
    list_display = ("name", "teacher", "join_code", "created_at", "archived_at")
    list_filter = ("archived_at",)
    search_fields = ("name", "join_code", "teacher__username")
    raw_id_fields = ("teacher",)
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("student", "classroom", "joined_at")
    search_fields = ("student__username", "student__display_name", "classroom__name")
    raw_id_fields = ("student", "classroom")


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ("lesson", "classroom", "assigned_at", "due_at")
    search_fields = ("lesson__title", "classroom__name")
    raw_id_fields = ("lesson", "classroom")
