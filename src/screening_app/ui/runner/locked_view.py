"""A question nobody answers on screen: a calculated value or a read-only one.

Imported questionnaires carry items whose value the questionnaire itself gives: a total
calculated from other answers (``calculatedExpression``), or a read-only value filled in
beforehand. They are shown as what they are, a value and a line saying why it cannot be typed,
with no input, no "clear" and no "prefer not to answer" (the engine refuses an answer to them).
The value is read from the session each time the page is shown, so a total follows the answers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel

from screening_app.domain.answer_values import OtherText, Quantity
from screening_app.domain.instrument import ChoiceItem, Item, MultiChoiceItem
from screening_app.ui.i18n import Words
from screening_app.ui.runner import words
from screening_app.ui.runner.parsing import format_date, format_decimal

CALCULATED = str(QT_TRANSLATE_NOOP("RunnerWords", "Calculated from the other answers."))
READ_ONLY = str(QT_TRANSLATE_NOOP("RunnerWords", "Filled in beforehand; it cannot be changed."))
NO_VALUE = str(QT_TRANSLATE_NOOP("RunnerWords", "(no value yet)"))


def locked_note(item: Item, words_: Words) -> str:
    """Why the value cannot be typed: calculated, or read-only."""
    calculated = getattr(item, "calculated", None) is not None
    return words_(words.CONTEXT, CALCULATED if calculated else READ_ONLY)


def shown_value(item: Item, value: object, words_: Words, lang: str) -> str:
    """A value as the page shows it: option texts, yes/no in the runner's words, a Danish
    decimal comma, a quantity with its unit, each answer of a repeated question in turn."""
    if value is None:
        return words_(words.CONTEXT, NO_VALUE)
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        parts = value if isinstance(value, tuple) else (value,)
        texts = {option.code: option.text.get(lang) for option in item.options}
        return ", ".join(
            part.text if isinstance(part, OtherText) else texts.get(str(part), str(part))
            for part in parts
        )
    if isinstance(value, tuple):
        return "; ".join(shown_value(item, part, words_, lang) for part in value)
    if isinstance(value, bool):
        return words_(words.CONTEXT, words.YES if value else words.NO)
    if isinstance(value, float):
        return format_decimal(value, words_.language)
    if isinstance(value, Quantity):
        units = {unit.code: unit.text.get(lang) for unit in getattr(item, "units", [])}
        return f"{format_decimal(value.value, words_.language)} {units.get(value.unit, value.unit)}"
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


class LockedValue(QLabel):
    """The value, in large type; it takes the focus so Enter and Backspace reach the runner."""

    def __init__(self, question: str) -> None:
        super().__init__()
        self.setObjectName("lockedValue")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.setFont(font)

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
