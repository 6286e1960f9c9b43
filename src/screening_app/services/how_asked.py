"""Checking how a consultation happened before it is stored with a screening.

The gate hands the services a ``domain.presence.Circumstances``: the form of the consultation,
who else was present, the interpreter, and on the phone or video the answer to "Er du alene?
Kan nogen høre dig?". Unknown codes are refused; a screening that is *asked* must also have been
safe to ask (alone, nobody present but a child too young to understand, the interpreter none or
a professional one, and "alone" confirmed on the phone or video), so the rule does not rest on
the screen alone.
"""

from __future__ import annotations

from screening_app.domain.presence import Circumstances
from screening_app.storage.errors import StorageError
from screening_app.storage.records import Screening
from screening_app.storage.screenings import HowAsked


def checked_how(circumstances: Circumstances | None, *, asking: bool) -> HowAsked:
    """The columns to store, or ``StorageError("invalid")`` naming what is wrong."""
    if circumstances is None:
        return HowAsked()
    problems = circumstances.problems()
    if problems:
        raise StorageError("invalid", detail=problems[0])
    if asking:
        reasons = circumstances.reasons_not_to_ask()
        if reasons:
            raise StorageError("invalid", detail=f"not safe to ask: {reasons[0]}")
    return HowAsked(
        consultation_form=circumstances.form,
        interpreter=circumstances.stored_interpreter(),
        presence=circumstances.presence_json(),
    )


def circumstances_of(screening: Screening) -> Circumstances | None:
    """How a stored screening was done (None for one from before it was recorded)."""
    return Circumstances.from_record(
        screening.consultation_form, screening.interpreter, screening.presence
    )


def how_of(screening: Screening) -> HowAsked:
    """A stored screening's columns as they are (an amendment keeps them)."""
    return HowAsked(screening.consultation_form, screening.interpreter, screening.presence)
