"""The bottom of the result screen: keep the result in the record, or correct it.

A draft result is finalised with the date to ask again (prefilled with the schedule's next
point; it may be left out). A finalised result is locked: it can only be amended, which makes a
new version with a reason. The amendment's reason is asked for by ``ask_reason`` (a small
window-modal dialog; tests replace the function).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.ui.dates import date_text
from screening_app.ui.quick_hide_button import QuickHideButton, quick_hide_for

MAX_REASON = 2000


class ReasonAsker(Protocol):
    """Asks for a reason; calls ``on_given(reason)`` when one is given."""

    def __call__(
        self, parent: QWidget, *, title: str, prompt: str, on_given: Callable[[str], None]
    ) -> QDialog | None: ...


class ReasonDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(APP_NAME)
        layout = QVBoxLayout(self)
        hide = quick_hide_for(parent)
        if hide is not None:
            action, icon = hide
            button = QuickHideButton(icon)
            button.clicked.connect(action)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        heading = QLabel(title)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reasonText")
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(prompt)
        label.setBuddy(self.reason)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(heading)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self._buttons)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(460)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 < len(self.text()) <= MAX_REASON)


def open_reason_dialog(
    parent: QWidget, *, title: str, prompt: str, on_given: Callable[[str], None]
) -> QDialog:
    dialog = ReasonDialog(title, prompt, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_given(dialog.text()) if dialog.text() else None)
    dialog.open()
    return dialog


class RecordBar(QWidget):
    finalise_requested = Signal(object)  # the date to ask again, or None
    amend_requested = Signal()

    def __init__(
        self,
        *,
        finalised: bool,
        next_ask: dt.date | None,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordBar")
        self._finalised = finalised
        self._planned = next_ask
        self._today = today
        self._plan = QCheckBox()
        self._plan.setObjectName("planNextAsk")
        self._plan.setChecked(next_ask is not None)
        self.next_date = QDateEdit()
        self.next_date.setObjectName("nextAskDate")
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dd.MM.yyyy")
        start = next_ask or today() + dt.timedelta(days=90)
        self.next_date.setDate(QDate(start.year, start.month, start.day))
        self.next_date.setMinimumDate(_qdate(today()))
        self._plan.toggled.connect(self.next_date.setEnabled)
        self.next_date.setEnabled(next_ask is not None)
        self.finalise_button = QPushButton()
        self.finalise_button.setObjectName("finaliseButton")
        self.finalise_button.setAutoDefault(True)
        self.finalise_button.clicked.connect(self._finalise)
        self._state = QLabel()
        self._state.setObjectName("recordState")
        self._state.setWordWrap(True)
        self.amend_button = QPushButton()
        self.amend_button.setObjectName("amendButton")
        self.amend_button.setAutoDefault(True)
        self.amend_button.clicked.connect(self.amend_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._plan)
        row.addWidget(self.next_date)
        row.addWidget(self._state, 1)
        row.addWidget(self.finalise_button)
        row.addWidget(self.amend_button)
        self._apply()

    @property
    def finalised(self) -> bool:
        return self._finalised

    def chosen_date(self) -> dt.date | None:
        if not self._plan.isChecked():
            return None
        day: dt.date = self.next_date.date().toPython()  # type: ignore[assignment]
        return day

    def set_finalised(self, next_ask: dt.date | None) -> None:
        self._finalised = True
        self._planned = next_ask
        self._apply()

    def _finalise(self) -> None:
        self.finalise_requested.emit(self.chosen_date())

    def _apply(self) -> None:
        draft = not self._finalised
        for widget in (self._plan, self.next_date, self.finalise_button):
            widget.setVisible(draft)
        self.amend_button.setVisible(not draft)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._plan.setText(self.tr("Ask &again on"))
        self.next_date.setAccessibleName(self.tr("Ask again on"))
        self.finalise_button.setText(self.tr("&Finalise"))
        self.finalise_button.setToolTip(
            self.tr("Keeps the result in the record. It cannot be changed afterwards.")
        )
        self.amend_button.setText(self.tr("A&mend..."))
        if self._finalised:
            text = self.tr("Finalised: the result is locked in the record.")
            if self._planned is not None:
                text += " " + self.tr("Ask again on {0}.").format(date_text(self._planned))
            self._state.setText(text)
        else:
            self._state.setText("")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
