"""A question that takes several answers (``repeats: true``): one field per answer.

It starts with one field (or as many as the answers the session holds) and a button that adds
another; each field is the input for the item's own type, so typing, reading and the engine's
messages are the same as for a single answer. The engine receives all the answers at once, in
order, empty fields left out (an empty list clears the question). At most
``MAX_REPEATED_ANSWERS`` fields, as the engine allows.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from screening_app.domain.answers import MAX_REPEATED_ANSWERS, AnswerValue
from screening_app.domain.instrument import RepeatableItem
from screening_app.ui.i18n import Words
from screening_app.ui.runner.field_inputs import make_field_input
from screening_app.ui.runner.item_input import ItemInput
from screening_app.ui.runner.more_inputs import make_more_input

ADD_ANSWER = str(QT_TRANSLATE_NOOP("RunnerWords", "A&dd another answer"))
HINT_REPEATS = str(
    QT_TRANSLATE_NOOP("RunnerWords", "One answer per field; {0} adds a field. Enter goes on.")
)


class RepeatedInput(ItemInput):
    parse_failed = Signal(object)  # AnswerError, when a field's text cannot be read

    def __init__(self, item: RepeatableItem, words_: Words, lang: str) -> None:
        super().__init__(words_, lang)
        self._item = item
        self._fields: list[ItemInput] = []
        self._values: list[object] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.word(ADD_ANSWER))
        self.add_button.setObjectName("addAnswer")
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add_field)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_field()
        self.setAccessibleName(item.text.get(lang))

    @property
    def fields(self) -> list[ItemInput]:
        return list(self._fields)

    def add_field(self) -> ItemInput | None:
        """One more empty field, focused (None at the engine's limit)."""
        if len(self._fields) >= MAX_REPEATED_ANSWERS:
            return None
        field = _single_input(self._item, self.words, self.lang)
        index = len(self._fields)
        field.answered.connect(lambda value, i=index: self._field_answered(i, value))
        failed = getattr(field, "parse_failed", None)
        if failed is not None:
            failed.connect(self.parse_failed.emit)
        self._fields.append(field)
        self._values.append(None)
        self._layout.insertWidget(index, field)
        self.add_button.setEnabled(len(self._fields) < MAX_REPEATED_ANSWERS)
        if index:
            field.focus_input()
        return field

    def _field_answered(self, index: int, value: object) -> None:
        self._values[index] = value
        self.emit_answer([v for v in self._values if v is not None])

    def show_value(self, value: AnswerValue | None) -> None:
        shown = list(value) if isinstance(value, tuple) else []
        while len(self._fields) < max(1, len(shown)):
            self.add_field()
        for index, field in enumerate(self._fields):
            part = shown[index] if index < len(shown) else None
            field.show_value(part)
            self._values[index] = _json(part)

    def commit(self) -> None:
        for field in self._fields:
            field.commit()  # an AnswerError goes to the runner, which shows it

    def focus_input(self) -> None:
        self._fields[0].focus_input()

    def set_problem(self, message: str | None) -> None:
        for field in self._fields:
            field.set_problem(message)

    def hint(self) -> str:
        from screening_app.ui.runner.item_page import mnemonic_key

        return self.word(HINT_REPEATS).format(mnemonic_key(self.add_button.text()))


def _single_input(item: RepeatableItem, words_: Words, lang: str) -> ItemInput:
    from screening_app.domain.instrument import DateTimeItem, QuantityItem, TimeItem

    if isinstance(item, (TimeItem, DateTimeItem, QuantityItem)):
        return make_more_input(item, words_, lang)
    return make_field_input(item, words_, lang)


def _json(value: object) -> object:
    """A value the session holds, in the form a field reports (a quantity as its JSON)."""
    to_json = getattr(value, "to_json", None)
    return to_json() if callable(to_json) else value
