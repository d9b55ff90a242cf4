"""The site's own settings for the benchmark's gunicorn, plus the bare view and a throwaway STATIC_ROOT.

A settings module here rather than an environment switch in quizsite/settings.py keeps production's
settings free of benchmark knobs. Everything else (DEBUG=0, the database, the secret key) comes from
the environment, exactly as in production.
"""
import os
from pathlib import Path

from quizsite.settings import *  # noqa: F403

ROOT_URLCONF = "quizsite.bench_urls"
# collectstatic writes here, so the manifest storage of DEBUG=0 works without touching staticfiles/.
STATIC_ROOT = Path(os.environ["BYLINE_BENCH_STATIC_ROOT"])
