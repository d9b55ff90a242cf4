from django import forms

from analysis.files import ArticleInputError
from quizsite.forms import IdMultipleChoiceField

from .editing import QuestionEdit
from .models import Lesson, Skill
from .uploads import ArticleText, text_from_paste, text_from_upload

MAX_CHOICES = 5


class ArticleImportForm(forms.Form):
    """Paste an article or upload it; everything but the text itself is optional."""

    title = forms.CharField(
        max_length=300, required=False, help_text="Leave blank to use the article's own headline."
    )
    outlet = forms.CharField(
        max_length=200,
        required=False,
        help_text="Who published it, e.g. Reuters. Leave blank to use the credit in the text.",
    )
    source_url = forms.URLField(label="Source URL", max_length=500, required=False, assume_scheme="https")
    published_on = forms.DateField(
        label="Published on", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    text = forms.CharField(
        label="Article text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text="Paste the article: headline on the first line, then the story. HTML is fine.",
    )
    file = forms.FileField(
        label="…or upload a file",
        required=False,
        allow_empty_file=True,  # decode_article says "is empty" with the file's name
        help_text="A .txt, .html or .md file of at most 1 MB.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.html,.htm,.md"}),
    )

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text") or "", cleaned.get("file")
        if upload and text.strip():
            raise forms.ValidationError("Paste the text or choose a file, not both.")
        try:
            self.article_text: ArticleText = text_from_upload(upload) if upload else text_from_paste(text)
        except ArticleInputError as error:
            self.add_error("file" if upload else "text", str(error))
        return cleaned


class QuoteCorrectionForm(forms.Form):
    speaker = forms.CharField(max_length=300, required=False)
    named = forms.TypedChoiceField(
        choices=[("named", "Named"), ("anonymous", "Anonymous")], coerce=lambda value: value == "named"
    )
    dismissed = forms.BooleanField(required=False)


class DismissForm(forms.Form):
    dismissed = forms.TypedChoiceField(choices=[("1", "Dismiss"), ("0", "Restore")], coerce=lambda v: v == "1")


class MoveForm(forms.Form):
    direction = forms.ChoiceField(choices=[("up", "Move up"), ("down", "Move down")])

    @property
    def offset(self) -> int:
        return -1 if self.cleaned_data["direction"] == "up" else 1


class LessonTitleForm(forms.ModelForm):
    class Meta:
        model = Lesson
        fields = ["title"]
        labels = {"title": "Lesson title"}


class QuestionForm(forms.Form):
    """A question's stem, up to five choices with the right one marked, and the explanation."""

    skill = forms.ChoiceField(choices=Skill.choices)
    stem = forms.CharField(label="Question", widget=forms.Textarea(attrs={"rows": 3}))
    correct = forms.TypedChoiceField(
        label="The right answer",
        choices=[(str(i), f"Choice {i + 1}") for i in range(MAX_CHOICES)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Mark which choice is the right answer."},
    )
    explanation = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), help_text="Shown to students after they answer."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i in range(MAX_CHOICES):
            self.fields[f"choice_{i}"] = forms.CharField(label=f"Choice {i + 1}", max_length=500, required=False)

    @classmethod
    def initial_from(cls, edit: QuestionEdit) -> dict:
        initial = {"skill": edit.skill, "stem": edit.stem, "correct": edit.correct, "explanation": edit.explanation}
        initial.update({f"choice_{i}": text for i, text in enumerate(edit.choices)})
        return initial

    def choice_rows(self):
        """(text field, radio value) for each choice slot, for the template's table of choices."""
        return [(self[f"choice_{i}"], i) for i in range(MAX_CHOICES)]

    def checked_choice(self) -> str:
        return str(self["correct"].value()) if self["correct"].value() not in (None, "") else ""

    def clean(self):
        cleaned = super().clean()
        texts = [cleaned.get(f"choice_{i}", "").strip() for i in range(MAX_CHOICES)]
        filled = [i for i, text in enumerate(texts) if text]
        if len(filled) < 2:
            raise forms.ValidationError("Give at least two choices.")
        if len({texts[i].casefold() for i in filled}) < len(filled):
            raise forms.ValidationError("Two choices say the same thing; make each one different.")
        correct = cleaned.get("correct")
        if correct is not None and correct not in filled:
            self.add_error("correct", "The choice marked as the right answer is empty.")
        return cleaned

    def edit(self) -> QuestionEdit:
        texts = [self.cleaned_data[f"choice_{i}"].strip() for i in range(MAX_CHOICES)]
        filled = [i for i, text in enumerate(texts) if text]
        return QuestionEdit(
            skill=self.cleaned_data["skill"],
            stem=self.cleaned_data["stem"].strip(),
            choices=tuple(texts[i] for i in filled),
            correct=filled.index(self.cleaned_data["correct"]),
            explanation=self.cleaned_data["explanation"].strip(),
        )


class CompareForm(forms.Form):
    """Articles on the same event, to draft a comparison lesson from."""

    articles = IdMultipleChoiceField(
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text="Choose two or more articles about the same event.",
        error_messages={"required": "Choose at least two articles."},
    )
    title = forms.CharField(
        max_length=300, required=False, help_text="Leave blank for a title drafted from the articles."
    )

    def __init__(self, *args, articles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["articles"].queryset = articles
        self.fields["articles"].label_from_instance = lambda a: f"{a.title} ({a.outlet})" if a.outlet else a.title

    def clean_articles(self):
        articles = self.cleaned_data["articles"]
        if len(articles) < 2:
            raise forms.ValidationError("Choose at least two articles: a comparison needs more than one.")
        return articles
