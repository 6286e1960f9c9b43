"""A question nobody answers on screen: a calculated value or a read-only one.

Imported questionnaires carry items whose value the questionnaire itself gives: a total
calculated from other answers (``calculatedExpression``), or a read-only value filled in
beforehand. They are shown as what they are, a value and a line saying why it cannot be typed,
with no input, no "clear" and no "prefer not to answer" (the engine refuses an answer to them).
The value is read from the session each time the page is shown, so a total follows the answers.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel

from screening_app.domain.answer_words import answer_words
from screening_app.domain.instrument import Item
from screening_app.ui.i18n import Words
from screening_app.ui.runner import words
from screening_app.ui.runner.parsing import format_decimal

CALCULATED = str(QT_TRANSLATE_NOOP("RunnerWords", "Calculated from the other answers."))
READ_ONLY = str(QT_TRANSLATE_NOOP("RunnerWords", "Filled in beforehand; it cannot be changed."))
NO_VALUE = str(QT_TRANSLATE_NOOP("RunnerWords", "(no value yet)"))


def locked_note(item: Item, words_: Words) -> str:
    """Why the value cannot be typed: calculated, or read-only."""
    calculated = getattr(item, "calculated", None) is not None
    return words_(words.CONTEXT, CALCULATED if calculated else READ_ONLY)


def shown_value(item: Item, value: object, words_: Words, lang: str) -> str:
    """A value as the page shows it: yes/no in the runner's words, a Danish decimal comma."""
    if value is None:
        return words_(words.CONTEXT, NO_VALUE)
    return answer_words(
        item,
        value,
        lang,
        yes_no=lambda yes: words_(words.CONTEXT, words.YES if yes else words.NO),
        number=lambda number: format_decimal(number, words_.language),
    )


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
