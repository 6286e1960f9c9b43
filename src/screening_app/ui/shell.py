"""The window and everything that guards it: quick-hide keys, idle lock, clipboard guard, the
UI language. The application, the tests, the benchmarks and the screenshot scripts build the same
shell (with a fake clock and timers where they need them); ``app.py`` wires it to the rest.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from screening_app.ui.clipboard import ClipboardGuard
    from screening_app.ui.i18n import UiLanguage
    from screening_app.ui.icons import Icons
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.locking import Locker
    from screening_app.ui.main_window import MainWindow
    from screening_app.ui.ports import Monotonic, TimerFactory
    from screening_app.ui.quick_hide_keys import QuickHideKeys


class Shell:
    """The window and its guards, as ``build_shell`` wired them."""

    def __init__(  # noqa: PLR0917 - what build_shell made, in one place
        self,
        app: QApplication,
        window: MainWindow,
        language: UiLanguage,
        icons: Icons,
        clipboard: ClipboardGuard,
        idle: IdleWatcher,
        keys: QuickHideKeys,
        locker: Locker,
    ) -> None:
        self.app = app
        self.window = window
        self.language = language
        self.icons = icons
        self.clipboard = clipboard
        self.idle = idle
        self.keys = keys
        self.locker = locker

    def install_filters(self) -> None:
        """The quick-hide keys and the idle watch see every input event from now on."""
        self.app.installEventFilter(self.keys)
        self.app.installEventFilter(self.idle)

    def dispose(self) -> None:
        """Remove the application-wide filters and the translator (tests build many shells in
        one process: a translator left behind sends every later window a language change)."""
        self.idle.stop()
        self.app.removeEventFilter(self.keys)
        self.app.removeEventFilter(self.idle)
        self.clipboard.clear_if_ours()
        self.language.uninstall()


def build_shell(
    app: QApplication,
    *,
    language: str = "da",
    idle_minutes: float = 5,
    clock: Monotonic = time.monotonic,
    timer_factory: TimerFactory | None = None,
    resources: Path | None = None,
    translations: Path | None = None,
    filters: bool = True,
) -> Shell:
    """The window and its guards. ``filters=False`` leaves the application-wide event filters
    (quick-hide keys, idle watch) to ``Shell.install_filters``: the start-up installs them
    right after the first paint (before it, every event would cross into Python, and the
    login window shows nothing to hide; its button hides as always)."""
    from screening_app.paths import resources_dir
    from screening_app.ui import refcount_guard
    from screening_app.ui.clipboard import ClipboardGuard
    from screening_app.ui.i18n import UiLanguage
    from screening_app.ui.icons import Icons
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.locking import Locker
    from screening_app.ui.main_window import MainWindow
    from screening_app.ui.quick_hide_keys import QuickHideKeys
    from screening_app.ui.timers import qt_timer

    refcount_guard.add_headroom()  # PySide6 6.12.0 on CPython 3.11: see the module
    timers = timer_factory or qt_timer
    base = resources or resources_dir()
    ui_language = UiLanguage(app, translations or base / "translations", language)
    icons = Icons(base / "icons")
    clipboard = ClipboardGuard(app.clipboard(), timers)

    def make_lock_screen() -> Any:
        from screening_app.ui.lock_screen import LockScreen  # when first needed

        return LockScreen(icons)

    window = MainWindow(make_lock_screen, icons, ui_language)
    idle = IdleWatcher(clock, timers, timeout_s=idle_minutes * 60)
    locker = Locker(window, clipboard, idle)
    keys = QuickHideKeys(clock)
    keys.triggered.connect(locker.quick_hide)
    app.aboutToQuit.connect(clipboard.clear_if_ours)
    locker.set_user(None, None)  # nobody is logged in yet
    idle.start()  # the flow stops it until someone logs in
    shell = Shell(app, window, ui_language, icons, clipboard, idle, keys, locker)
    if filters:
        shell.install_filters()
    return shell
