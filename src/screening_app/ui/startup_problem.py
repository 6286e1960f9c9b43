"""The screen shown instead of the login when TrygStart must not start: the machine settings
that clinic IT set are not valid. It says so, for the user and for IT, with every problem as
``file:line: key: message``; nothing else has been loaded, and nothing can be done but close.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from screening_app.ui.style import scaled_font


class StartupProblem(QWidget):
    def __init__(self, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupProblem")
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self._text = QLabel()
        self._text.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(problems))
        self.details.setObjectName("startupProblems")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self._heading)
        layout.addWidget(self._text)
        layout.addWidget(self.details, 1)
        self._retranslate()

    def focus_input(self) -> None:
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("TrygStart cannot start on this computer"))
        self._text.setText(
            self.tr(
                "The settings IT has made for this computer are not valid, so TrygStart does "
                "not start rather than guess. Ask IT to correct what is listed below (they can "
                "check the file with: screening-app selftest)."
            )
        )
