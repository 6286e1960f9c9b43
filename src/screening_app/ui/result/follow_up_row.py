"""The follow-up on the result screen: a task for the person's next visit.

"Følg op ved næste besøg": ticked at first when the result calls for it
(``domain.pathway.follow_up_suggested``: a positive screen, a raised flag, or a band left open
by declined answers), and not when this consultation already planned one. The date is the next
visit (prefilled with the next asking date, or two weeks on); what to follow up may be written
beside it. Finalising the result makes the task (``ScreeningService.finalise``); the person's
page shows it until it is marked done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from screening_app.services.screenings import FollowUp
from screening_app.ui.dates import date_text

DEFAULT_DAYS = 14
MAX_TEXT = 200


class FollowUpRow(QWidget):
    def __init__(
        self,
        *,
        suggested: bool,
        due: dt.date | None,
        today: Callable[[], dt.date],
        planned: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpRow")
        self._planned = planned
        self._made: dt.date | None = None
        self._finalised = False
        self.check = QCheckBox()
        self.check.setObjectName("followUpCheck")
        self.check.setChecked(suggested and planned is None)
        day = due or today() + dt.timedelta(days=DEFAULT_DAYS)
        self.date = QDateEdit()
        self.date.setObjectName("followUpDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setMinimumDate(_qdate(today()))
        self.date.setDate(_qdate(day))
        self.text = QLineEdit()
        self.text.setObjectName("followUpText")
        self.text.setMaxLength(MAX_TEXT)
        self._date_label = QLabel()
        self._date_label.setBuddy(self.date)
        self._state = QLabel()
        self._state.setObjectName("followUpState")
        self._state.setWordWrap(True)
        self.check.toggled.connect(self._enable)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self._date_label)
        row.addWidget(self.date)
        row.addWidget(self.text, 1)
        row.addWidget(self._state, 1)
        self._enable(self.check.isChecked())
        self._retranslate()

    def chosen(self) -> FollowUp | None:
        """The task to make with the result, or None."""
        if not self.check.isChecked() or self._finalised:
            return None
        day: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        return FollowUp(due_date=day, text=self.text.text().strip())

    def set_finalised(self, made: FollowUp | None) -> None:
        """The result is in the record: say what was planned; nothing more to choose."""
        self._made = made.due_date if made is not None else None
        self._finalised = True
        for widget in (self.check, self._date_label, self.date, self.text):
            widget.setVisible(False)
        self._retranslate()
        self.setVisible(self._made is not None or self._planned is not None)

    def _enable(self, on: bool) -> None:
        self.date.setEnabled(on)
        self.text.setEnabled(on)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.check.setText(self.tr("Follow &up at the next visit"))
        self._date_label.setText(self.tr("the &visit on"))
        self.date.setAccessibleName(self.tr("The next visit on"))
        self.text.setPlaceholderText(self.tr("What to follow up (optional)"))
        self.text.setAccessibleName(self.tr("What to follow up (optional)"))
        made = self._made or self._planned
        if made is not None and self._finalised:
            self._state.setText(
                self.tr(
                    "Follow-up task for the visit on {0}: on the person's page until done."
                ).format(date_text(made))
            )
        elif self._planned is not None:
            self._state.setText(
                self.tr("A follow-up task for {0} is planned in this consultation already.").format(
                    date_text(self._planned)
                )
            )
        else:
            self._state.setText("")
        self._state.setVisible(bool(self._state.text()))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
