"""The clinic's asking schedule on the settings screen: at which visits to ask again.

The midwife's consultations (pregnancy weeks), the health visitor's pregnancy visit (a week, or
empty), the health visitor's first visit after the birth (a day, never the day of birth, or
empty) and the health visitor's visits in the child's first year (the child's age in weeks),
and the retry interval after "not asked". ``domain.pathway.AskingSchedule`` holds the rules and
the sources of the defaults; this box only reads and writes the fields. A midwife clinic
empties the health visitor's fields, and the other way round. Saving is one audited
``settings-change`` (``ClinicSettings.set_asking_schedule``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from screening_app.domain.pathway import AskingSchedule
from screening_app.services.clinic_settings import ClinicSettings, ScheduleSetting
from screening_app.ui.errors import error_sentence


def parse_numbers(text: str) -> list[int]:
    """``"13, 27"`` -> ``[13, 27]``; ValueError for anything else."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    return [int(p) for p in parts]


def parse_optional(text: str) -> int | None:
    """An empty field is "no such visit"; else one whole number (ValueError otherwise)."""
    numbers = parse_numbers(text)
    if not numbers:
        return None
    if len(numbers) > 1:
        raise ValueError(text)
    return numbers[0]


def _numbers(values: list[int]) -> str:
    return ", ".join(str(v) for v in values)


def _label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class ScheduleBox(QGroupBox):
    saved = Signal()

    def __init__(
        self,
        settings: ClinicSettings,
        schedule: ScheduleSetting,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleBox")
        self._settings = settings
        self._lang = language
        self._default = schedule.is_default
        self._converted = schedule.converted
        plan = schedule.schedule
        self.midwife_weeks = QLineEdit(_numbers(plan.midwife_weeks))
        self.midwife_weeks.setObjectName("midwifeWeeks")
        visit = plan.pregnancy_visit_week
        self.pregnancy_visit = QLineEdit("" if visit is None else str(visit))
        self.pregnancy_visit.setObjectName("pregnancyVisitWeek")
        first = plan.first_visit_days
        self.first_visit = QLineEdit("" if first is None else str(first))
        self.first_visit.setObjectName("firstVisitDays")
        self.child_weeks = QLineEdit(_numbers(plan.child_age_weeks))
        self.child_weeks.setObjectName("childAgeWeeks")
        self.retry_days = QSpinBox()
        self.retry_days.setObjectName("retryDays")
        self.retry_days.setRange(1, 90)
        self.retry_days.setValue(plan.retry_after_days)
        self.retry_days.setMaximumWidth(90)
        self._fields: tuple[QWidget, ...] = (
            self.midwife_weeks,
            self.pregnancy_visit,
            self.first_visit,
            self.child_weeks,
            self.retry_days,
        )
        for line in (self.midwife_weeks, self.pregnancy_visit, self.first_visit, self.child_weeks):
            line.setMaximumWidth(220)
        self._labels = [QLabel() for _ in self._fields]
        self.note = _label("scheduleNote")
        self.status = _label("scheduleStatus")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSchedule")
        self.save_button.clicked.connect(self.store)
        form = QFormLayout(self)
        # Long labels above their fields: nothing is cut off, at any font size.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.note)
        for label, field in zip(self._labels, self._fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self._retranslate()

    def schedule(self) -> AskingSchedule | None:
        """The schedule as typed, or None when a field cannot be read or is out of range."""
        try:
            return AskingSchedule(
                midwife_weeks=parse_numbers(self.midwife_weeks.text()),
                pregnancy_visit_week=parse_optional(self.pregnancy_visit.text()),
                first_visit_days=parse_optional(self.first_visit.text()),
                child_age_weeks=parse_numbers(self.child_weeks.text()),
                retry_after_days=self.retry_days.value(),
            )
        except ValueError:
            return None

    def store(self) -> None:
        schedule = self.schedule()
        if schedule is None:
            self.status.setText(
                "\u26a0 "
                + self.tr(
                    "Whole numbers separated by commas: pregnancy weeks 4 to 42 (at most "
                    "eight), one week for the pregnancy visit, the first visit on day 1 to 90 "
                    "after the birth (never the day of birth), the child's age 1 to 104 weeks "
                    "(at most eight). Leave a field empty where the clinic has no such visit."
                )
            )
            return
        try:
            self._settings.set_asking_schedule(schedule)
        except Exception as error:  # noqa: BLE001 - the sentence is shown
            text = error_sentence(error, self._lang()) or self.tr("Could not be saved.")
            self.status.setText("\u26a0 " + text)
            return
        self._default = False
        self._converted = False
        self.status.setText(self.tr("Saved."))
        self._retranslate()
        self.saved.emit()

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTitle(self.tr("When to ask again"))
        note = self.tr(
            "Ask at the first visit, and again at the visits below: the midwife's "
            "consultations in pregnancy and the health visitor's visits. The weeks and days "
            "are starting points from Danish practice that the clinic must confirm against "
            'its own plan. After "not asked", ask again after the retry interval.'
        )
        if self._default:
            note += " " + self.tr("These are TrygStart's defaults; nothing is saved yet.")
        if self._converted:
            note += " " + self.tr(
                "The clinic's plan was saved in an earlier form and has been read into this "
                "one: check it and save."
            )
        self.note.setText(note)
        texts = (
            self.tr("The midwife's &consultations (pregnancy weeks)"),
            self.tr("The health visitor's &pregnancy visit (pregnancy week; empty: none)"),
            self.tr("The health visitor's &first visit after the birth (day; empty: none)"),
            self.tr("The health visitor's visits in the first &year (child's age in weeks)"),
            self.tr('&Retry after "not asked" (days)'),
        )
        for label, field, text in zip(self._labels, self._fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text.replace("&", ""))
        self.save_button.setText(self.tr("Save"))
