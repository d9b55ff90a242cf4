from django.contrib import admin
from django.urls import include, path, register_converter

from .converters import IdConverter
from .views import healthz

# Before the apps' URLconfs are included: they use <id:…>.
register_converter(IdConverter, "id")

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("accounts/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("", include("quiz.urls")),
    path("", include("classroom.urls")),
    path("", include("lessons.urls")),
]
