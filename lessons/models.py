import hashlib

from django.conf import settings
from django.db import models
from django.urls import reverse


def content_hash(body: str) -> str:
    """Fingerprint of an article's clean text, blind to case and spacing, to spot re-imports."""
    normalized = " ".join(body.lower().split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


class Article(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    outlet = models.CharField(max_length=200, blank=True)
    source_url = models.URLField(max_length=500, blank=True)
    published_on = models.DateField(null=True, blank=True)
    # The text exactly as it was pasted, uploaded or shipped, before cleaning.
    raw_text = models.TextField()
    # The clean text from analysis.clean_article: headline first; all offsets point into it.
    body = models.TextField()
    body_hash = models.CharField(max_length=64, db_index=True)
    # The seeds/ file an article was loaded from; blank for a teacher's own article.
    seed_file = models.CharField(max_length=200, blank=True)
    # Null for the site's seed articles, which every teacher may use.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="articles",
    )
    # Shared with every teacher on the site.
    shared = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["seed_file"],
                condition=~models.Q(seed_file=""),
                name="one_article_per_seed_file",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("article_detail", args=[self.slug])

    @property
    def is_seed(self) -> bool:
        return bool(self.seed_file)
