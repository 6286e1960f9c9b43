"""An answer in words, as the person gave it: the one rule the screens and the printouts share.

Option codes become the option texts in the questionnaire's language (the free text of an open
choice as typed), a quantity its number and unit, a time of day ``HH:MM``, a date and time as it
was recorded (the workstation's zone then), and a question that repeats each answer in turn.
How yes/no and numbers read is the caller's (the screens use the UI's words and a Danish
decimal comma; the printouts their own words).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from screening_app.domain.answer_values import OtherText, Quantity
from screening_app.domain.instrument import ChoiceItem, Item, MultiChoiceItem


def answer_words(
    item: Item | None,
    value: object,
    lang: str,
    *,
    yes_no: Callable[[bool], str],
    number: Callable[[float], str],
) -> str:
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        parts = value if isinstance(value, (tuple, list)) else (value,)
        texts = {option.code: option.text.get(lang) for option in item.options}
        return ", ".join(
            part.text if isinstance(part, OtherText) else texts.get(str(part), str(part))
            for part in parts
        )
    if isinstance(value, (tuple, list)):  # a question that repeats
        return "; ".join(
            answer_words(item, part, lang, yes_no=yes_no, number=number) for part in value
        )
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, float):
        return number(value)
    if isinstance(value, Quantity):
        units = {unit.code: unit.text.get(lang) for unit in getattr(item, "units", [])}
        return f"{number(value.value)} {units.get(value.unit, value.unit)}"
    if isinstance(value, OtherText):
        return value.text
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
