from django.contrib import admin
from django.urls import include, path

from .views import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("accounts/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("", include("quiz.urls")),
    path("", include("classroom.urls")),
    path("", include("lessons.urls")),
]
