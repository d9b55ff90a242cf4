from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from lessons.models import Article

SEED_FILES = sorted(Path(settings.SEEDS_DIR).glob("*.txt"))


def test_the_five_seed_articles_ship_with_the_project():
    assert [path.name for path in SEED_FILES] == [
        "000_83ea2e89cd8b0c62.txt",
        "001_5833edfb0e541bd8.txt",
        "002_9e42f933bee39a62.txt",
        "003_5991628dadd4bca4.txt",
        "004_dd06638c00362d45.txt",
    ]


@pytest.mark.django_db
def test_load_seeds_imports_each_seed_file_once():
    call_command("load_seeds", verbosity=0)

    assert sorted(Article.objects.values_list("seed_file", flat=True)) == [
        path.name for path in SEED_FILES
    ]


@pytest.mark.django_db
def test_load_seeds_twice_duplicates_nothing():
    call_command("load_seeds", verbosity=0)
    call_command("load_seeds", verbosity=0)

    assert Article.objects.count() == len(SEED_FILES)


@pytest.mark.django_db
def test_seed_articles_keep_raw_text_and_get_a_clean_body_and_title():
    call_command("load_seeds", verbosity=0)

    for article in Article.objects.all():
        assert article.raw_text
        assert article.body
        assert article.title
        assert article.shared
        assert article.owner is None


@pytest.mark.django_db
def test_a_seed_without_a_headline_is_titled_by_its_opening_words():
    call_command("load_seeds", verbosity=0)

    article = Article.objects.get(seed_file="003_5991628dadd4bca4.txt")

    assert article.title.startswith("After Donald Trump tweeted Monday")
    assert article.title.endswith("…")
