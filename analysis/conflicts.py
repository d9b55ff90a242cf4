"""Placeholder until the conflicts extractor lands."""


def group_conflicts(*args, **kwargs):
    raise NotImplementedError
