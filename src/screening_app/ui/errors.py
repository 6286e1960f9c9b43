"""The sentence a screen shows for a known error (``StorageError``, the domain's errors)."""

from __future__ import annotations


def error_sentence(error: BaseException, lang: str) -> str:
    """The error's own sentence in ``lang``, or "" for an error that has none (a bug)."""
    message = getattr(error, "message", None)
    if callable(message):
        try:
            return str(message(lang))
        except (TypeError, KeyError, ValueError):
            return ""
    return ""
