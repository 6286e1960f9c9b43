"""The main window: a neutral title, the quick-hide button first, the screens, the lock screen.

The window has two layers in one stack: the shell (top bar and the current screen) and the lock
screen. Locking swaps the whole central widget in one step, so nothing of the shell stays on
screen. The title is "TrygStart" and never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.ui.i18n import LANGUAGE_NAMES, UI_LANGUAGES, UiLanguage
from screening_app.ui.icons import Icons

if TYPE_CHECKING:
    from screening_app.ui.lock_screen import LockScreen
from screening_app.ui.quick_hide_button import QuickHideButton
from screening_app.ui.screen_fit import fit_window
from screening_app.ui.style import control_style
from screening_app.ui.tab_order import chain_tab_order, screen_order


class MainWindow(QMainWindow):
    quick_hide_requested = Signal()
    close_refused = Signal()  # closing was asked for in self-complete mode
    first_painted = Signal()  # the window is on screen (start-up loads the rest after it)
    unlocked = Signal()  # the lock screen's, passed on
    another_user_requested = Signal()  # the lock screen's, passed on

    def __init__(
        self,
        lock_screen: Callable[[], LockScreen],
        icons: Icons,
        language: UiLanguage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")
        self._language = language
        # Made when first needed: the first window shows sooner without it (and a lock
        # before anyone has logged in has nothing to hide but the login screen).
        self._make_lock_screen = lock_screen
        self._lock_screen: LockScreen | None = None

        # The quick-hide button is created first, so it is first in the focus order.
        self.quick_hide_icon = icons.icon("hide")
        self.quick_hide_button = QuickHideButton(self.quick_hide_icon)
        self.quick_hide_button.clicked.connect(self.request_quick_hide)
        self._restricted = False
        self._painted = False

        self._language_label = QLabel()
        self._language_box = QComboBox()
        self._language_box.setObjectName("languageBox")
        for code in UI_LANGUAGES:
            self._language_box.addItem(LANGUAGE_NAMES[code], code)
        self._language_label.setBuddy(self._language_box)
        self._language_box.setCurrentIndex(UI_LANGUAGES.index(language.code))
        self._language_box.currentIndexChanged.connect(self._language_chosen)
        language.changed.connect(self._language_changed)

        self._user_slot = QHBoxLayout()
        self._user_widget: QWidget | None = None
        top_bar = self._top_bar()

        self._screens = QStackedWidget()
        self._screens.setObjectName("screens")
        self._shell = QWidget()
        self._shell.setObjectName("shell")
        shell_layout = QVBoxLayout(self._shell)
        shell_layout.setContentsMargins(0, 0, 0, 0)
        shell_layout.setSpacing(0)
        shell_layout.addWidget(top_bar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        shell_layout.addWidget(line)
        shell_layout.addWidget(self._screens, 1)

        self._layers = QStackedWidget()
        self._layers.addWidget(self._shell)
        self._banner, self._central = None, self._banner_slot(self._layers)
        # Frames and the focus ring for every control, here and in the dialogs over it.
        self.setStyleSheet(control_style(icons.path("arrow-down"), icons.path("arrow-up")))
        self._retranslate()

    _banner: QWidget | None

    def _banner_slot(self, layers: QWidget) -> QVBoxLayout:
        """A band above everything, the lock screen included (training mode's "ØVELSE")."""
        central = QWidget()
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(layers, 1)
        self.setCentralWidget(central)
        return column

    def _top_bar(self) -> QFrame:
        """Hide first, the logged-in user's part (``set_user_widget``), the language."""
        top_bar = QFrame()
        top_bar.setObjectName("topBar")
        top_bar.setFrameShape(QFrame.Shape.NoFrame)
        bar = QHBoxLayout(top_bar)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.quick_hide_button)
        bar.addStretch(1)
        self._user_slot.setContentsMargins(0, 0, 0, 0)
        bar.addLayout(self._user_slot)
        bar.addSpacing(12)
        bar.addWidget(self._language_label)
        bar.addWidget(self._language_box)
        return top_bar

    # ----------------------------------------------------------------- screens
    @property
    def lock_screen(self) -> LockScreen:
        if self._lock_screen is None:
            screen = self._make_lock_screen()
            screen.unlocked.connect(self.unlocked)
            screen.another_user_requested.connect(self.another_user_requested)
            self._layers.addWidget(screen)
            self._lock_screen = screen
        return self._lock_screen

    def show_screen(self, screen: QWidget) -> None:
        if self._screens.indexOf(screen) < 0:
            self._screens.addWidget(screen)
        self._screens.setCurrentWidget(screen)
        order = screen_order(screen)
        if order:  # the screen's content right after the top bar: Tab reaches the bar last
            chain_tab_order([self._language_box, *order])

    def remove_screen(self, screen: QWidget) -> None:
        if self._screens.indexOf(screen) >= 0:
            self._screens.removeWidget(screen)
            screen.deleteLater()

    def current_screen(self) -> QWidget | None:
        return self._screens.currentWidget()

    def screens(self) -> list[QWidget]:
        found = (self._screens.widget(i) for i in range(self._screens.count()))
        return [w for w in found if w is not None]

    def fit_to_screen(self, area: QRect | None = None) -> bool:
        """The start size: the preferred size on a large screen, maximised on a small one
        (``ui.screen_fit``); True when maximised. Call before ``show()``."""
        return fit_window(self, area)

    def request_quick_hide(self) -> None:
        self.quick_hide_requested.emit()

    def set_user_widget(self, widget: QWidget | None) -> None:
        """The logged-in user's part of the top bar (name, settings, log out), or none."""
        if self._user_widget is not None:
            self._user_slot.removeWidget(self._user_widget)
            self._user_widget.hide()
            self._user_widget.setParent(None)
            self._user_widget.deleteLater()
        self._user_widget = widget
        if widget is not None:
            self._user_slot.addWidget(widget)
            widget.setVisible(not self._restricted)
        self._order_header()

    def _order_header(self) -> None:
        """Tab goes through the top bar as it reads: hide, the user's buttons, the language.
        The screens come after it in the focus chain (they are added later), so from the
        content Tab goes through the content first and reaches the top bar last."""
        from PySide6.QtCore import Qt  # not before the first paint: the namespace is slow

        order: list[QWidget] = [self.quick_hide_button]
        if self._user_widget is not None:
            order += [
                w
                for w in self._user_widget.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ]
        order.append(self._language_box)
        chain_tab_order(order)

    def set_banner(self, widget: QWidget | None) -> None:
        """A band shown above every screen and the lock screen, or none (training mode)."""
        if self._banner is not None:
            self._central.removeWidget(self._banner)
            self._banner.hide()
            self._banner.setParent(None)
            self._banner.deleteLater()
        self._banner = widget
        if widget is not None:
            self._central.insertWidget(0, widget)
            widget.show()

    @property
    def banner(self) -> QWidget | None:
        return self._banner

    def set_restricted(self, restricted: bool) -> None:
        """Self-complete mode: only the quick-hide button stays in the top bar, and the
        window does not close (the person cannot leave; the clinician is asked for)."""
        self._restricted = restricted
        self._language_label.setVisible(not restricted)
        self._language_box.setVisible(not restricted)
        if self._user_widget is not None:
            self._user_widget.setVisible(not restricted)

    @property
    def restricted(self) -> bool:
        return self._restricted

    # -------------------------------------------------------------------- lock
    def show_lock(self) -> None:
        self._layers.setCurrentWidget(self.lock_screen)

    def show_shell(self) -> None:
        self._layers.setCurrentWidget(self._shell)

    def is_locked(self) -> bool:
        current = self._layers.currentWidget()
        return current is not None and current is self._lock_screen

    # ---------------------------------------------------------------- language
    def _language_chosen(self, index: int) -> None:
        code = self._language_box.itemData(index)
        if code and code != self._language.code:
            self._language.set_language(code)

    def _language_changed(self, code: str) -> None:
        index = UI_LANGUAGES.index(code)
        if self._language_box.currentIndex() != index:
            self._language_box.setCurrentIndex(index)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._restricted:
            event.ignore()
            self.close_refused.emit()
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self._language_label.setText(self.tr("Lan&guage"))
        self._language_box.setAccessibleName(self.tr("Language"))
