"""The logged-in user's part of the top bar: who is logged in, and what they can do from any
screen (find a person, the PIN, statistics and the access log for administrators and leaders,
the clinic settings for administrators, switch user, log out)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class UserBar(QWidget):
    home_requested = Signal()
    pin_requested = Signal()
    settings_requested = Signal()
    statistics_requested = Signal()
    access_log_requested = Signal()
    switch_requested = Signal()
    logout_requested = Signal()

    def __init__(
        self, name: str, *, admin: bool, leader: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userBar")
        self._name = name
        self.user = QLabel()
        self.user.setObjectName("userName")
        self.home = QPushButton()
        self.home.setObjectName("homeButton")
        self.home.clicked.connect(self.home_requested)
        self.pin = QPushButton()
        self.pin.setObjectName("pinButton")
        self.pin.clicked.connect(self.pin_requested)
        self.settings = QPushButton()
        self.settings.setObjectName("settingsButton")
        self.settings.clicked.connect(self.settings_requested)
        self.settings.setVisible(admin)
        self.home.setVisible(not leader)  # a leader never opens a person
        self.statistics = QPushButton()
        self.statistics.setObjectName("statisticsButton")
        self.statistics.clicked.connect(self.statistics_requested)
        self.statistics.setVisible(admin or leader)
        self.access_log = QPushButton()
        self.access_log.setObjectName("accessLogButton")
        self.access_log.clicked.connect(self.access_log_requested)
        self.access_log.setVisible(admin or leader)
        self.switch = QPushButton()
        self.switch.setObjectName("switchUserButton")
        self.switch.clicked.connect(self.switch_requested)
        self.logout = QPushButton()
        self.logout.setObjectName("logoutButton")
        self.logout.clicked.connect(self.logout_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.home, self.user, self.pin, self.statistics, self.access_log,
                       self.settings, self.switch, self.logout):  # fmt: skip
            row.addWidget(widget)
        for button in (self.home, self.pin, self.statistics, self.access_log, self.settings,
                       self.switch, self.logout):  # fmt: skip
            button.setAutoDefault(False)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.user.setText(self.tr("Logged in: {0}").format(self._name))
        self.home.setText(self.tr("Fin&d a person"))
        self.pin.setText(self.tr("P&IN..."))
        self.settings.setText(self.tr("Se&ttings"))
        # No Alt-letter: the bar is on every screen, and every free letter is some screen's.
        self.statistics.setText(self.tr("Statistics"))
        self.access_log.setText(self.tr("Access log"))
        self.switch.setText(self.tr("S&witch user"))
        self.logout.setText(self.tr("Log &out"))
