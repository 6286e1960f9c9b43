"""Yes/no, one-of and any-of answers: a row per option with its number key.

Each option is a radio button or check box with its text in a word-wrapping label beside it
(long option texts and large fonts must wrap, which a button's own text cannot). The number
shown before the text is the key that chooses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from screening_app.domain.answers import AnswerValue
from screening_app.domain.instrument import BooleanItem, ChoiceItem, MultiChoiceItem
from screening_app.ui.i18n import Words
from screening_app.ui.runner import words
from screening_app.ui.runner.item_input import ItemInput

MAX_KEYED_OPTIONS = 10  # keys 1-9 and 0


class _ClickLabel(QLabel):
    """The option text: clicking it clicks its button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._button.click()
            self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        else:
            super().mousePressEvent(event)


class _OptionsInput(ItemInput):
    """Rows of options, keyed 1, 2, 3...; subclasses decide one or many."""

    def __init__(
        self,
        options: list[tuple[str, str]],
        *,
        multiple: bool,
        question: str,
        words_: Words,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(words_, lang, parent)
        self._codes = [code for code, _text in options]
        self._buttons: list[QAbstractButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(not multiple)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for index, (code, text) in enumerate(options):
            button: QAbstractButton = QCheckBox() if multiple else QRadioButton()
            button.setObjectName(f"option-{code}")
            button.setAccessibleName(text)
            number = _key_number(index)
            if number is not None:
                button.setAccessibleDescription(self.word(words.KEY).format(number))
            # The key number leads the text ("1  Yes"); the button's name is the text alone.
            shown = f"{number}\u2002 {text}" if number is not None else text
            label = _ClickLabel(shown, button)
            label.setObjectName("optionText")
            self._group.addButton(button, index)
            self._buttons.append(button)
            grid.addWidget(button, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, index, 1)
        self._group.buttonClicked.connect(self._clicked)
        self.setAccessibleName(question)
        self.setFocusProxy(self._buttons[0])

    def takes_number_keys(self) -> bool:
        return True

    def focus_input(self) -> None:
        checked = [b for b in self._buttons if b.isChecked()]
        (checked or self._buttons)[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, number: int) -> bool:
        index = 9 if number == 0 else number - 1
        if not 0 <= index < len(self._buttons):
            return False
        button = self._buttons[index]
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        button.click()
        return True

    def set_problem(self, message: str | None) -> None:
        for index, button in enumerate(self._buttons):
            number = _key_number(index)
            base = self.word(words.KEY).format(number) if number is not None else ""
            button.setAccessibleDescription(f"{base}. {message}" if message else base)

    def _checked_codes(self) -> list[str]:
        return [code for code, b in zip(self._codes, self._buttons, strict=True) if b.isChecked()]

    def _set_checked(self, codes: set[str]) -> None:
        exclusive = self._group.exclusive()
        self._group.setExclusive(False)
        for code, button in zip(self._codes, self._buttons, strict=True):
            button.setChecked(code in codes)
        self._group.setExclusive(exclusive)

    def _clicked(self, _button: QAbstractButton) -> None:
        raise NotImplementedError


def _key_number(index: int) -> int | None:
    if index >= MAX_KEYED_OPTIONS:
        return None
    return 0 if index == MAX_KEYED_OPTIONS - 1 else index + 1


class BooleanInput(_OptionsInput):
    def __init__(self, item: BooleanItem, words_: Words, lang: str) -> None:
        from screening_app.ui.runner.words import CONTEXT

        options = [("true", words_(CONTEXT, words.YES)), ("false", words_(CONTEXT, words.NO))]
        super().__init__(
            options, multiple=False, question=item.text.get(lang), words_=words_, lang=lang
        )

    def show_value(self, value: AnswerValue | None) -> None:
        self._set_checked(set() if value is None else {"true" if value else "false"})

    def _clicked(self, _button: QAbstractButton) -> None:
        codes = self._checked_codes()
        self.emit_answer(None if not codes else codes[0] == "true")


class ChoiceInput(_OptionsInput):
    def __init__(self, item: ChoiceItem, words_: Words, lang: str) -> None:
        options = [(o.code, o.text.get(lang)) for o in item.options]
        super().__init__(
            options, multiple=False, question=item.text.get(lang), words_=words_, lang=lang
        )

    def show_value(self, value: AnswerValue | None) -> None:
        self._set_checked(set() if value is None else {str(value)})

    def _clicked(self, _button: QAbstractButton) -> None:
        codes = self._checked_codes()
        self.emit_answer(codes[0] if codes else None)


class MultiChoiceInput(_OptionsInput):
    def __init__(self, item: MultiChoiceItem, words_: Words, lang: str) -> None:
        options = [(o.code, o.text.get(lang)) for o in item.options]
        super().__init__(
            options, multiple=True, question=item.text.get(lang), words_=words_, lang=lang
        )

    def show_value(self, value: AnswerValue | None) -> None:
        self._set_checked(set(value) if isinstance(value, tuple) else set())

    def _clicked(self, _button: QAbstractButton) -> None:
        self.emit_answer(self._checked_codes())
