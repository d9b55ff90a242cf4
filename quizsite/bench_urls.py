"""The site's URLs plus a bare view, served only by the benchmark's gunicorn (benchmarks.server_settings)."""
from django.urls import path

from benchmarks.views import plain

from .urls import urlpatterns as site_urlpatterns

urlpatterns = [path("bench/plain", plain, name="bench_plain"), *site_urlpatterns]
