"""Form fields shared by the apps."""
from django import forms

# Ids outside a signed 64-bit integer overflow the database driver before any lookup happens.
LARGEST_ID = 2**63 - 1


def _is_id(value) -> bool:
    try:
        return 0 < int(str(value)) <= LARGEST_ID
    except ValueError:
        return False


class IdChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that calls an impossible id an invalid choice instead of crashing."""

    def to_python(self, value):
        if value not in self.empty_values and not _is_id(value):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that calls impossible ids invalid choices instead of crashing."""

    def _check_values(self, value):
        for item in value:
            if not _is_id(item):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                )
        return super()._check_values(value)


class IdField(forms.IntegerField):
    """An integer that must be a possible database id."""

    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=LARGEST_ID, **kwargs)
