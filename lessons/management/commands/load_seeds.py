from django.conf import settings
from django.core.management.base import BaseCommand

from lessons.articles import load_seed_articles
from lessons.building import build_seed_lessons


class Command(BaseCommand):
    help = (
        "Load the seed articles from seeds/ and build their lessons "
        "(idempotent: what is already there is left as it is)."
    )

    def handle(self, *args, **options):
        result = load_seed_articles(settings.SEEDS_DIR)
        lessons = build_seed_lessons(result.created + result.existing)
        self.stdout.write(
            f"Seed articles: {len(result.created)} loaded, {len(result.existing)} already present. "
            f"Seed lessons: {len(lessons)} built."
        )
