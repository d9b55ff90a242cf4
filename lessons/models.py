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


class Skill(models.TextChoices):
    ATTRIBUTION = "attribution", "Attribution"
    NUMBERS = "numbers", "Numbers"
    LOADED_LANGUAGE = "loaded_language", "Loaded language"


class Lesson(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "One article"
        COMPARISON = "comparison", "Comparing articles"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.ARTICLE)
    articles = models.ManyToManyField(Article, related_name="lessons")
    # Null for the site's seed lessons, which every teacher may assign.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="lessons",
    )
    shared = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def current_questions(self):
        """The questions students get now; retired versions stay for the answers given to them."""
        return self.questions.filter(retired_at__isnull=True).order_by("position", "id")


class Question(models.Model):
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveIntegerField(default=0)
    skill = models.CharField(max_length=20, choices=Skill.choices)
    # The generator's question type, e.g. "who_said", "hedge_meaning", "loaded_word".
    kind = models.CharField(max_length=40)
    stem = models.TextField()
    explanation = models.TextField()
    # Set when a teacher's edit or a regeneration replaced this question after students answered it.
    retired_at = models.DateTimeField(null=True, blank=True)
    replaces = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replaced_by"
    )

    class Meta:
        ordering = ["lesson_id", "position", "id"]

    def __str__(self) -> str:
        return self.stem[:80]

    def correct_choice(self):
        return next(choice for choice in self.choices.all() if choice.is_correct)


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    position = models.PositiveIntegerField(default=0)
    text = models.CharField(max_length=500)
    is_correct = models.BooleanField(default=False)

    class Meta:
        ordering = ["question_id", "position", "id"]

    def __str__(self) -> str:
        return self.text


class Evidence(models.Model):
    """A span of an article's clean body that the question's answer rests on."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["question_id", "article_id", "start"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return f"{self.article}: {self.start}–{self.end}"


# The analysis of a teacher's article, stored as rows so the teacher can correct it. Each row keeps
# what the engine found; the teacher's corrections sit beside it, so a correction can be undone and
# the lesson is redrafted from the corrected analysis (lessons/corrections.py).


class ArticleQuote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="found_quotes")
    text = models.TextField()
    kind = models.CharField(max_length=12)  # "statement" or "scare"
    speaker = models.CharField(max_length=300, blank=True)  # as the engine found it; blank: unknown
    named = models.BooleanField(default=False)
    role = models.CharField(max_length=300, blank=True)
    via = models.CharField(max_length=300, blank=True)  # the channel: "NBC News", "a statement"
    start = models.PositiveIntegerField()  # offsets into article.body
    end = models.PositiveIntegerField()
    # The teacher's corrections; blank/null: the engine's value stands.
    corrected_speaker = models.CharField(max_length=300, blank=True)
    corrected_named = models.BooleanField(null=True, blank=True)
    # Not a quote at all (the engine misread the quotation marks); left out of the lesson.
    dismissed = models.BooleanField(default=False)

    class Meta:
        ordering = ["article_id", "start", "id"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def shown_speaker(self) -> str:
        return self.corrected_speaker or self.speaker

    @property
    def is_named(self) -> bool:
        return self.named if self.corrected_named is None else self.corrected_named

    @property
    def is_corrected(self) -> bool:
        return bool(self.corrected_speaker) or self.corrected_named is not None


class ArticleNumber(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="found_numbers")
    value = models.FloatField()
    hedge = models.CharField(max_length=12)  # one of analysis.types.HEDGES
    counts = models.CharField(max_length=300, blank=True)  # what is counted: "people arrested"
    unit = models.CharField(max_length=40, blank=True)
    text = models.CharField(max_length=300)  # the phrase with its hedge: "as many as 800"
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    # Not a claim worth asking about (a misread date, a page number); left out of the lesson.
    dismissed = models.BooleanField(default=False)

    class Meta:
        ordering = ["article_id", "start", "id"]

    def __str__(self) -> str:
        return self.text

    @property
    def hedge_label(self) -> str:
        return self.hedge.replace("_", " ")


class ArticleLoadedTerm(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="found_terms")
    term = models.CharField(max_length=200)  # the lexicon's headword
    matched = models.CharField(max_length=300)  # the words as they stand in the body
    voice = models.CharField(max_length=10)  # "quoted" or "author"
    # The lexicon's neutral alternatives, one per line (a fixed list of words, not a relation).
    neutral = models.TextField(blank=True)
    why = models.TextField(blank=True)
    category = models.CharField(max_length=100, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    # Not loaded in this context (the teacher's call); left out of the lesson.
    dismissed = models.BooleanField(default=False)

    class Meta:
        ordering = ["article_id", "start", "id"]

    def __str__(self) -> str:
        return self.matched

    @property
    def neutral_alternatives(self) -> list[str]:
        return [line for line in self.neutral.splitlines() if line]
