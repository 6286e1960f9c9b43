"""The start screen while the encrypted database is not part of the installation.

It says plainly that nothing can be stored, so no screening can start, and lists the
questionnaires the installation found (their titles are instrument data, not person data). The
list is filled in after the window is on screen: reading and checking instrument files is the
slowest part of starting, and the window need not wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from screening_app.ui.style import scaled_font


@dataclass(frozen=True)
class InstrumentListing:
    """One installed instrument as the start screen lists it."""

    id: str
    version: str
    title: str


class NotInstalledScreen(QWidget):
    first_painted = Signal()  # the screen is on screen: time to read the instrument files

    def __init__(
        self,
        instruments: list[InstrumentListing] | None = None,
        problems: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notInstalledScreen")
        self._instruments = instruments
        self._problems = problems
        self._painted = False
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._list_label = QLabel()
        # A plain label, not a list widget nor selectable text: the first item view or text
        # control costs PySide6 tens of milliseconds of set-up, and this is the first window.
        self._list = QLabel()
        self._list.setObjectName("instrumentList")
        self._list.setWordWrap(True)
        self._list.setTextFormat(Qt.TextFormat.PlainText)
        self._list_label.setBuddy(self._list)
        self._problem_label = QLabel()
        self._problem_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self._heading)
        layout.addWidget(self._text)
        layout.addSpacing(8)
        layout.addWidget(self._list_label)
        layout.addWidget(self._list)
        layout.addWidget(self._problem_label)
        layout.addStretch(1)
        self._retranslate()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def set_instruments(self, instruments: list[InstrumentListing], problems: int) -> None:
        self._instruments = instruments
        self._problems = problems
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Nothing can be stored yet"))
        self._text.setText(
            self.tr(
                "This installation of TrygStart does not yet include its encrypted database, "
                "and without it nothing can be stored: no persons, no answers. A screening "
                "can therefore not be started. The database part comes with a later version."
            )
        )
        self._list_label.setText(self.tr("&Questionnaires in this installation:"))
        if self._instruments is None:
            lines = [self.tr("Looking for questionnaires...")]
        elif self._instruments:
            lines = [
                "\u2022 " + self.tr("{0} (version {1})").format(listing.title, listing.version)
                for listing in self._instruments
            ]
        else:
            lines = [self.tr("No questionnaires were found.")]
        self._list.setText("\n".join(lines))
        self._list.setAccessibleName(self._list_label.text().replace("&", ""))
        if self._problems:
            self._problem_label.setText(
                self.tr(
                    "{0} questionnaire files could not be read. 'screening-app validate' "
                    "names the problems."
                ).format(self._problems)
            )
        self._problem_label.setVisible(bool(self._problems))
