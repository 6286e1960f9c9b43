"""A check that cannot be made now: its sentence is shown instead of "wrong password"."""

from __future__ import annotations


class CheckRefused(Exception):  # noqa: N818 - a refusal with its sentence, not a bug
    """A check that cannot be made now (e.g. "wait 8 seconds"): ``str(error)`` is the sentence
    the screen shows instead of "wrong password"."""
