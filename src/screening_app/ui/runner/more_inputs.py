"""Typed answers for item types that imported questionnaires use: a time of day, a date and a
time, and a quantity (a number with its unit).

Plain text fields, as for the other typed answers (``field_inputs``): "not answered" stays
possible. A date and time is read in the workstation's time zone (FHIR keeps the offset); a
quantity's unit is chosen from the item's units (shown as text when there is only one).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox

from screening_app.domain.answer_values import Quantity
from screening_app.domain.answers import AnswerError, AnswerValue
from screening_app.domain.instrument import DateTimeItem, QuantityItem, TimeItem
from screening_app.ui.i18n import Words
from screening_app.ui.runner.field_inputs import _LineInput
from screening_app.ui.runner.item_input import ItemInput
from screening_app.ui.runner.parsing import format_decimal, parse_date, parse_decimal
from screening_app.ui.runner.words import CONTEXT

TIME_PLACEHOLDER = str(QT_TRANSLATE_NOOP("RunnerWords", "HH:MM"))
DATE_TIME_PLACEHOLDER = str(QT_TRANSLATE_NOOP("RunnerWords", "YYYY-MM-DD HH:MM"))

_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def parse_time(text: str) -> str | None:
    """``8.30`` or ``08:30`` -> ``08:30`` (the engine checks the limits)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _TIME.match(cleaned)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:  # noqa: PLR2004
        raise AnswerError("expected_time")
    return f"{int(match[1]):02d}:{match[2]}"


def parse_date_time(text: str) -> dt.datetime | None:
    """A date and a time of day, in the workstation's time zone."""
    cleaned = text.strip()
    if not cleaned:
        return None
    date_part, _space, time_part = cleaned.rpartition(" ")
    if not date_part:
        raise AnswerError("expected_date_time")
    try:
        day = parse_date(date_part)
        clock = parse_time(time_part)
    except AnswerError:
        raise AnswerError("expected_date_time") from None
    if day is None or clock is None:
        raise AnswerError("expected_date_time")
    hour, minute = (int(part) for part in clock.split(":"))
    naive = dt.datetime(day.year, day.month, day.day, hour, minute)  # noqa: DTZ001
    return naive.astimezone()  # the workstation's zone, with its offset


class TimeInput(_LineInput):
    def __init__(self, item: TimeItem, words_: Words, lang: str) -> None:
        super().__init__(
            item.text.get(lang),
            parse_time,
            words_=words_,
            lang=lang,
            placeholder=words_(CONTEXT, TIME_PLACEHOLDER),
            width_chars=8,
        )

    def format_value(self, value: AnswerValue) -> str:
        assert isinstance(value, dt.time)
        return value.strftime("%H:%M")


class DateTimeInput(_LineInput):
    def __init__(self, item: DateTimeItem, words_: Words, lang: str) -> None:
        super().__init__(
            item.text.get(lang),
            parse_date_time,
            words_=words_,
            lang=lang,
            placeholder=words_(CONTEXT, DATE_TIME_PLACEHOLDER),
            width_chars=20,
        )
        self.field.setMinimumWidth(self.field.maximumWidth())  # the whole hint shows

    def format_value(self, value: AnswerValue) -> str:
        assert isinstance(value, dt.datetime)
        return value.astimezone().strftime("%Y-%m-%d %H:%M")


class QuantityInput(_LineInput):
    """A number, and its unit from the item's units."""

    def __init__(self, item: QuantityItem, words_: Words, lang: str) -> None:
        self._units = [unit.code for unit in item.units]
        single = item.units[0].text.get(lang) if len(item.units) == 1 else None
        super().__init__(
            item.text.get(lang),
            self._parse_quantity,
            words_=words_,
            lang=lang,
            unit=single,
            width_chars=12,
        )
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.unit_box: QComboBox | None = None
        if single is None:
            self.unit_box = QComboBox()
            self.unit_box.setObjectName("answerUnit")
            self.unit_box.setAccessibleName(item.text.get(lang))
            for unit in item.units:
                self.unit_box.addItem(unit.text.get(lang), unit.code)
            self.unit_box.activated.connect(lambda _index: self._unit_changed())
            layout = self.layout()
            assert layout is not None
            layout.insertWidget(1, self.unit_box)  # type: ignore[attr-defined]

    def _unit(self) -> str:
        if self.unit_box is None:
            return self._units[0]
        return str(self.unit_box.currentData())

    def _parse_quantity(self, text: str) -> dict[str, object] | None:
        number = parse_decimal(text)
        return None if number is None else Quantity(number, self._unit()).to_json()

    def _unit_changed(self) -> None:
        if self.field.text().strip():
            self._shown_text = ""  # a new unit is a new answer: report it
            self._editing_finished()

    def format_value(self, value: AnswerValue) -> str:
        assert isinstance(value, Quantity)
        if self.unit_box is not None:
            self.unit_box.setCurrentIndex(max(0, self._units.index(value.unit)))
        return format_decimal(value.value, self.words.language)


def make_more_input(
    item: TimeItem | DateTimeItem | QuantityItem, words_: Words, lang: str
) -> ItemInput:
    if isinstance(item, TimeItem):
        return TimeInput(item, words_, lang)
    if isinstance(item, DateTimeItem):
        return DateTimeInput(item, words_, lang)
    return QuantityInput(item, words_, lang)
