"""The base of the answer widgets: one subclass per answerable item type.

An input shows the answer the session holds (``show_value``, no signal) and reports what the
person gave (``answered``, with the raw value for ``Session.answer``; None clears). Typed inputs
report on Enter, when they lose the focus, and on ``commit`` (called before moving on); a text
that cannot be read as the item's type raises ``AnswerError`` with the engine's message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from screening_app.domain.answers import AnswerValue
from screening_app.ui.i18n import Words


class ItemInput(QWidget):
    answered = Signal(object)

    def __init__(self, words: Words, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.lang = lang  # the language of the item texts (the session's)

    def word(self, source: str) -> str:
        from screening_app.ui.runner.words import CONTEXT

        return self.words(CONTEXT, source)

    # Overridden by each input ------------------------------------------------
    def show_value(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Report a typed answer that has not been reported yet (choices report at once)."""

    def choose(self, number: int) -> bool:  # noqa: ARG002 - inputs with options override
        """Number key ``number`` (1-based; 0 is the tenth); True when it chose something."""
        return False

    def focus_input(self) -> None:
        self.setFocus()

    def set_problem(self, message: str | None) -> None:
        """Say what is wrong (for screen readers: in the accessible description)."""

    def takes_number_keys(self) -> bool:
        return False

    def hint(self) -> str:
        from screening_app.ui.runner import words

        return self.word(words.HINT_OPTIONS)

    def emit_answer(self, value: Any) -> None:
        self.answered.emit(value)
