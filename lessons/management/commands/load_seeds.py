from django.conf import settings
from django.core.management.base import BaseCommand

from lessons.articles import load_seed_articles


class Command(BaseCommand):
    help = "Load the seed articles from seeds/ (idempotent: a file already loaded is skipped)."

    def handle(self, *args, **options):
        result = load_seed_articles(settings.SEEDS_DIR)
        self.stdout.write(
            f"Seed articles: {len(result.created)} loaded, {len(result.existing)} already present."
        )
