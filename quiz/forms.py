from django import forms
from django.core import signing

from quizsite.forms import IdField

# The moment a question was shown travels with the form, signed so it can't be edited.
SHOWN_AT_SALT = "quiz.shown_at"


def sign_shown_at(epoch_ms: int) -> str:
    return signing.dumps(epoch_ms, salt=SHOWN_AT_SALT)


class AnswerForm(forms.Form):
    """One question's answer; `question` is the question the student saw."""

    question = IdField(widget=forms.HiddenInput)
    shown_at = forms.CharField(widget=forms.HiddenInput, required=False)
    choice = IdField(error_messages={"required": "Pick one of the answers before you check it."})

    def shown_at_ms(self) -> int | None:
        try:
            return int(signing.loads(self.cleaned_data.get("shown_at") or "", salt=SHOWN_AT_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            return None
