from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import User


@admin.register(User)
class BylineUserAdmin(UserAdmin):
    list_display = ("username", "display_name", "role", "email", "is_staff", "date_joined")
    list_filter = ("role", "is_staff", "is_active")
    search_fields = ("username", "display_name", "email")
    fieldsets = UserAdmin.fieldsets + (("Byline", {"fields": ("role", "display_name")}),)
    add_fieldsets = UserAdmin.add_fieldsets + (("Byline", {"fields": ("role", "display_name")}),)
