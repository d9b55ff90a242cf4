"""Placeholder until the clean extractor lands."""


def clean_article(*args, **kwargs):
    raise NotImplementedError
