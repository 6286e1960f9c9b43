"""Yes/no, one-of and any-of answers: a row per option with its number key.

Each option is a radio button or check box with its text in a word-wrapping label beside it
(long option texts and large fonts must wrap, which a button's own text cannot). The number
shown before the text is the key that chooses it.

An open choice (an imported questionnaire's ``open-choice``) has one more row: "Other" with a
line for the person's own words, given to the engine as ``{"other": text}``. Typing in it
chooses it; choosing it with the line empty leaves the question without that answer until
something is typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from screening_app.domain.answer_values import OtherText
from screening_app.domain.answers import OTHER_MAX_LENGTH, AnswerValue
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
        other_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(words_, lang, parent)
        self._codes = [code for code, _text in options]
        self._buttons: list[QAbstractButton] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(not multiple)
        self.other_button: QAbstractButton | None = None
        self.other_field: QLineEdit | None = None
        self._shown_other = ""
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
        if other_label is not None:
            self._add_other_row(grid, other_label, multiple=multiple)
        self._group.buttonClicked.connect(self._clicked)
        self.setAccessibleName(question)
        self.setFocusProxy(self._buttons[0])

    def _add_other_row(self, grid: QGridLayout, text: str, *, multiple: bool) -> None:
        """The last row: its button, its text and the line for the person's own words."""
        index = len(self._buttons)
        button: QAbstractButton = QCheckBox() if multiple else QRadioButton()
        button.setObjectName("option-other")
        button.setAccessibleName(text)
        number = _key_number(index)
        if number is not None:
            button.setAccessibleDescription(self.word(words.KEY).format(number))
        label = _ClickLabel(f"{number}\u2002 {text}" if number is not None else text, button)
        label.setObjectName("optionText")
        label.setWordWrap(False)
        field = QLineEdit()
        field.setObjectName("otherText")
        field.setAccessibleName(text)
        field.setMaxLength(OTHER_MAX_LENGTH + 1)  # the engine says "too long", never cuts
        field.textEdited.connect(self._other_typed)
        field.editingFinished.connect(self.commit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(field, 1)
        self._group.addButton(button, index)
        self._buttons.append(button)
        grid.addWidget(button, index, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(row, index, 1)
        self.other_button = button
        self.other_field = field

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
        if button is self.other_button and self.other_field is not None:
            self.other_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def commit(self) -> None:
        """Report the person's own words once they differ from what the engine holds."""
        if self.other_field is None or self.other_field.text() == self._shown_other:
            return
        self._shown_other = self.other_field.text()
        self._report()

    def _other_typed(self, text: str) -> None:
        if text.strip() and self.other_button is not None and not self.other_button.isChecked():
            self.other_button.setChecked(True)  # typing chooses "other"

    def _other_value(self) -> dict[str, str] | None:
        """``{"other": text}`` when "other" is chosen and something is typed."""
        if self.other_button is None or self.other_field is None:
            return None
        text = self.other_field.text()
        if not self.other_button.isChecked() or not text.strip():
            return None
        return OtherText(text).to_json()

    def _show_other(self, other: OtherText | None) -> None:
        if self.other_button is None or self.other_field is None:
            return
        self.other_button.setChecked(other is not None)
        self._shown_other = other.text if other is not None else ""
        self.other_field.setText(self._shown_other)

    def _report(self) -> None:
        raise NotImplementedError

    def set_problem(self, message: str | None) -> None:
        for index, button in enumerate(self._buttons):
            number = _key_number(index)
            base = self.word(words.KEY).format(number) if number is not None else ""
            button.setAccessibleDescription(f"{base}. {message}" if message else base)

    def _option_buttons(self) -> list[QAbstractButton]:
        return self._buttons[: len(self._codes)]

    def _checked_codes(self) -> list[str]:
        pairs = zip(self._codes, self._option_buttons(), strict=True)
        return [code for code, b in pairs if b.isChecked()]

    def _set_checked(self, codes: set[str], other: OtherText | None = None) -> None:
        exclusive = self._group.exclusive()
        self._group.setExclusive(False)
        for code, button in zip(self._codes, self._option_buttons(), strict=True):
            button.setChecked(code in codes)
        self._show_other(other)
        self._group.setExclusive(exclusive)

    def _clicked(self, button: QAbstractButton) -> None:
        chose_other = button is self.other_button and button.isChecked()
        if chose_other and self.other_field is not None:
            self.other_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._report()


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

    def _report(self) -> None:
        codes = self._checked_codes()
        self.emit_answer(None if not codes else codes[0] == "true")


class ChoiceInput(_OptionsInput):
    def __init__(self, item: ChoiceItem, words_: Words, lang: str) -> None:
        options = [(o.code, o.text.get(lang)) for o in item.options]
        super().__init__(
            options,
            multiple=False,
            question=item.text.get(lang),
            words_=words_,
            lang=lang,
            other_label=_other_label(item, words_, lang),
        )

    def show_value(self, value: AnswerValue | None) -> None:
        if isinstance(value, OtherText):
            self._set_checked(set(), value)
        else:
            self._set_checked(set() if value is None else {str(value)})

    def _report(self) -> None:
        if self.other_button is not None and self.other_button.isChecked():
            self.emit_answer(self._other_value())
            return
        codes = self._checked_codes()
        self.emit_answer(codes[0] if codes else None)


class MultiChoiceInput(_OptionsInput):
    def __init__(self, item: MultiChoiceItem, words_: Words, lang: str) -> None:
        options = [(o.code, o.text.get(lang)) for o in item.options]
        super().__init__(
            options,
            multiple=True,
            question=item.text.get(lang),
            words_=words_,
            lang=lang,
            other_label=_other_label(item, words_, lang),
        )

    def show_value(self, value: AnswerValue | None) -> None:
        parts = value if isinstance(value, tuple) else ()
        others = [part for part in parts if isinstance(part, OtherText)]
        codes = {str(part) for part in parts if not isinstance(part, OtherText)}
        self._set_checked(codes, others[0] if others else None)

    def _report(self) -> None:
        other = self._other_value()
        self.emit_answer([*self._checked_codes(), *([other] if other else [])])


def _other_label(item: ChoiceItem | MultiChoiceItem, words_: Words, lang: str) -> str | None:
    """The "other" row's text: the questionnaire's own, else the runner's word; None when the
    choice is not open."""
    if not item.open:
        return None
    if item.open_label is not None:
        return item.open_label.get(lang)
    return words_(words.CONTEXT, words.OTHER)
