"""The composition root: wires concrete objects together and starts the desktop application.

``screening-app`` with a command (``validate``, ``score``, ``fhir``, ``admin``...) runs the Qt-free
command line; without one it starts the GUI.

``build_shell`` makes the window and everything that guards it (quick-hide keys, idle lock,
clipboard guard, UI language); tests, the benchmarks and the screenshot script build the same
shell, with a fake clock and timers where they need them. Until the encrypted database is part of
the installation, the GUI starts at a screen that says nothing can be stored: no screening can be
started without somewhere safe to store its answers.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from screening_app import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from screening_app.ui.clipboard import ClipboardGuard
    from screening_app.ui.i18n import UiLanguage
    from screening_app.ui.icons import Icons
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.locking import Locker
    from screening_app.ui.main_window import MainWindow
    from screening_app.ui.ports import Clock, TimerFactory
    from screening_app.ui.quick_hide_keys import QuickHideKeys


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from screening_app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        from screening_app.cli import main as cli_main

        return cli_main(args)
    return run_gui(args)


@dataclass
class Shell:
    """The window and its guards, as ``build_shell`` wired them."""

    app: QApplication
    window: MainWindow
    language: UiLanguage
    icons: Icons
    clipboard: ClipboardGuard
    idle: IdleWatcher
    keys: QuickHideKeys
    locker: Locker

    def dispose(self) -> None:
        """Remove the application-wide filters (tests build many shells in one process)."""
        self.idle.stop()
        self.app.removeEventFilter(self.keys)
        self.app.removeEventFilter(self.idle)
        self.clipboard.clear_if_ours()


def build_shell(
    app: QApplication,
    *,
    language: str = "da",
    idle_minutes: float = 5,
    clock: Clock = time.monotonic,
    timer_factory: TimerFactory | None = None,
    resources: Path | None = None,
    translations: Path | None = None,
) -> Shell:
    from screening_app.paths import resources_dir
    from screening_app.ui import refcount_guard
    from screening_app.ui.clipboard import ClipboardGuard
    from screening_app.ui.i18n import UiLanguage
    from screening_app.ui.icons import Icons
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.lock_screen import LockScreen
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
    window = MainWindow(LockScreen(icons), icons, ui_language)
    idle = IdleWatcher(clock, timers, timeout_s=idle_minutes * 60)
    locker = Locker(window, clipboard, idle)
    keys = QuickHideKeys(clock)
    keys.triggered.connect(locker.quick_hide)
    app.installEventFilter(keys)
    app.installEventFilter(idle)
    app.aboutToQuit.connect(clipboard.clear_if_ours)
    locker.set_user(None, None)  # nobody can log in until the database part is installed
    idle.start()
    return Shell(app, window, ui_language, icons, clipboard, idle, keys, locker)


def show_start_screen(shell: Shell, *, defer_loading: bool = True) -> None:
    """The first screen: what this installation can do (nothing stored yet).

    The installed instruments are listed once the screen has been painted (``defer_loading``),
    so the window is on screen before the instrument files are read and checked.
    """
    from screening_app.ui.not_installed_screen import NotInstalledScreen

    screen = NotInstalledScreen()
    shell.window.show_screen(screen)

    def load() -> None:
        from screening_app.instruments.catalog import load_catalog
        from screening_app.ui.not_installed_screen import InstrumentListing

        catalog = load_catalog()
        lang = shell.language.code
        listings = [
            InstrumentListing(i.id, i.version, i.title.get(lang))
            for i in catalog.instruments.values()
        ]
        screen.set_instruments(listings, len(catalog.errors))

    if defer_loading:
        from PySide6.QtCore import QTimer

        screen.first_painted.connect(lambda: QTimer.singleShot(0, screen, load))
    else:
        load()


def start_gui(args: list[str]) -> Shell:
    """Create the application and show the first window (``run_gui`` then runs the loop)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], *args])
    app.setApplicationName(APP_NAME)
    shell = build_shell(app)
    show_start_screen(shell)
    shell.window.resize(1200, 800)
    shell.window.show()
    return shell


def run_gui(args: list[str]) -> int:
    shell = start_gui(args)
    return shell.app.exec()
