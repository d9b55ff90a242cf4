"""URL converters."""


class IdConverter:
    """A database id: at most 18 digits, so it always fits a signed 64-bit integer.

    (Django's `int` takes any length, and an id past 2**63 overflows the database driver.)"""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)
