"""Typed answers: whole numbers, decimals, dates, one line and several lines of text.

Plain text fields, never spin boxes or date pickers: those always hold a value, and here "not
answered" must stay possible. What is typed is read by ``parsing``; the engine checks limits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit

from screening_app.domain.answers import AnswerError, AnswerValue
from screening_app.domain.instrument import (
    DateItem,
    DecimalItem,
    IntegerItem,
    StringItem,
    TextItem,
)
from screening_app.ui.i18n import Words
from screening_app.ui.runner import words
from screening_app.ui.runner.item_input import ItemInput
from screening_app.ui.runner.parsing import (
    format_date,
    format_decimal,
    parse_date,
    parse_decimal,
    parse_integer,
)


class _LineInput(ItemInput):
    """One line edit; ``parse`` turns its text into the raw answer."""

    parse_failed = Signal(object)  # AnswerError, when the text cannot be read

    def __init__(
        self,
        question: str,
        parse: Callable[[str], object],
        *,
        words_: Words,
        lang: str,
        unit: str | None = None,
        max_length: int | None = None,
        placeholder: str = "",
        width_chars: int | None = None,
    ) -> None:
        super().__init__(words_, lang)
        self._parse = parse
        self._shown_text = ""
        self.field = QLineEdit()
        self.field.setObjectName("answerField")
        self.field.setAccessibleName(question)
        self.field.setPlaceholderText(placeholder)
        if max_length is not None:
            # One more than allowed, so the engine can say "too long" instead of cutting silently.
            self.field.setMaxLength(max_length + 1)
        self.field.editingFinished.connect(self._editing_finished)
        if width_chars is not None:  # a number or a date needs a short field, not the page
            metrics = self.field.fontMetrics()
            self.field.setMaximumWidth(metrics.horizontalAdvance("0" * width_chars) + 16)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1 if width_chars is None else 0)
        if unit:
            unit_label = QLabel(unit)
            unit_label.setBuddy(self.field)
            row.addWidget(unit_label)
            self.field.setAccessibleDescription(unit)
        row.addStretch(1 if width_chars is not None else 0)
        self._base_description = self.field.accessibleDescription()
        self.setFocusProxy(self.field)

    def hint(self) -> str:
        return self.word(words.HINT_FIELD)

    def focus_input(self) -> None:
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    def format_value(self, value: AnswerValue) -> str:
        return str(value)

    def show_value(self, value: AnswerValue | None) -> None:
        self._shown_text = "" if value is None else self.format_value(value)
        self.field.setText(self._shown_text)

    def commit(self) -> None:
        text = self.field.text()
        if text == self._shown_text:
            return
        value = self._parse(text)  # AnswerError when it cannot be read
        self.emit_answer(value)

    def set_problem(self, message: str | None) -> None:
        parts = [p for p in (self._base_description, message) if p]
        self.field.setAccessibleDescription(". ".join(parts))

    def _editing_finished(self) -> None:
        try:
            self.commit()
        except AnswerError as error:
            self.parse_failed.emit(error)


class IntegerInput(_LineInput):
    def __init__(self, item: IntegerItem, words_: Words, lang: str) -> None:
        super().__init__(
            item.text.get(lang),
            parse_integer,
            words_=words_,
            lang=lang,
            unit=item.unit.get(lang) if item.unit else None,
            width_chars=12,
        )
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)


class DecimalInput(_LineInput):
    def __init__(self, item: DecimalItem, words_: Words, lang: str) -> None:
        super().__init__(
            item.text.get(lang),
            parse_decimal,
            words_=words_,
            lang=lang,
            unit=item.unit.get(lang) if item.unit else None,
            width_chars=12,
        )
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def format_value(self, value: AnswerValue) -> str:
        assert isinstance(value, (int, float))
        return format_decimal(float(value), self.words.language)


class DateInput(_LineInput):
    def __init__(self, item: DateItem, words_: Words, lang: str) -> None:
        from screening_app.ui.runner.words import CONTEXT

        super().__init__(
            item.text.get(lang),
            parse_date,
            words_=words_,
            lang=lang,
            placeholder=words_(CONTEXT, words.DATE_PLACEHOLDER),
            width_chars=14,
        )
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhDate)

    def format_value(self, value: AnswerValue) -> str:
        import datetime as dt

        assert isinstance(value, dt.date)
        return format_date(value)


class StringInput(_LineInput):
    def __init__(self, item: StringItem, words_: Words, lang: str) -> None:
        super().__init__(
            item.text.get(lang), _text, words_=words_, lang=lang, max_length=item.max_length
        )


def _text(text: str) -> str:
    return text


class TextInput(ItemInput):
    """Several lines: Enter makes a new line; Ctrl+Enter goes on (as the hint says)."""

    submit_requested = Signal()

    def __init__(self, item: TextItem, words_: Words, lang: str) -> None:
        super().__init__(words_, lang)
        self._max_length = item.max_length
        self._shown_text = ""
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("answerText")
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(item.text.get(lang))
        self.editor.installEventFilter(self)
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(line * 5)
        self.editor.setMaximumHeight(line * 12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)

    def hint(self) -> str:
        return self.word(words.HINT_TEXT)

    def focus_input(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_value(self, value: AnswerValue | None) -> None:
        self._shown_text = "" if value is None else str(value)
        self.editor.setPlainText(self._shown_text)

    def commit(self) -> None:
        text = self.editor.toPlainText()
        if text != self._shown_text:
            self.emit_answer(text)

    def set_problem(self, message: str | None) -> None:
        self.editor.setAccessibleDescription(message or "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.editor:
            if event.type() == QEvent.Type.FocusOut:
                self.commit()
            elif event.type() == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.submit_requested.emit()
                    return True
        return super().eventFilter(watched, event)


def make_field_input(
    item: IntegerItem | DecimalItem | DateItem | StringItem | TextItem, words_: Words, lang: str
) -> ItemInput:
    if isinstance(item, IntegerItem):
        return IntegerInput(item, words_, lang)
    if isinstance(item, DecimalItem):
        return DecimalInput(item, words_, lang)
    if isinstance(item, DateItem):
        return DateInput(item, words_, lang)
    if isinstance(item, StringItem):
        return StringInput(item, words_, lang)
    return TextInput(item, words_, lang)
