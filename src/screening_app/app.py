"""The composition root: wires concrete objects together and starts the desktop application.

``screening-app`` with a command (``validate``, ``score``, ``fhir``, ``admin``...) runs the Qt-free
command line; without one it starts the GUI (``--data-dir DIR`` and ``--lang da|en`` are the GUI's
own options; the data folder is found as the admin command line finds it).

Start-up, in order: no core dumps (``hardening``), logging that cannot carry person data into
``<data dir>/logs`` (``logsetup``), the window with its guards (``build_shell``), then the first
screen: the setup wizard when there is no database yet, else the login. The expensive parts
(the cryptography behind the accounts, reading and checking the instrument files, the services
directory) are loaded once the first screen has been painted; nothing of a person can be on
screen before someone has logged in, and quick-hide and the idle lock are in place from the
start.

``build_shell`` makes the window and everything that guards it (quick-hide keys, idle lock,
clipboard guard, UI language); tests, the benchmarks and the screenshot script build the same
shell, with a fake clock and timers where they need them. ``make_clinic`` makes what the screens
use (``ui.clinic_backend.Clinic``); ``start_flow`` ties them together.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screening_app import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from screening_app.domain.instrument import Instrument
    from screening_app.domain.support import Directory
    from screening_app.storage.kdf import Argon2Params
    from screening_app.ui.clinic_backend import Clinic
    from screening_app.ui.clipboard import ClipboardGuard
    from screening_app.ui.flow import AppFlow, Dialogs
    from screening_app.ui.i18n import UiLanguage
    from screening_app.ui.icons import Icons
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.locking import Locker
    from screening_app.ui.main_window import MainWindow
    from screening_app.ui.ports import Clock, TimerFactory
    from screening_app.ui.quick_hide_keys import QuickHideKeys

log = logging.getLogger(__name__)

# The database file in the data folder (``storage.vault.DATABASE_NAME``; a test keeps them equal).
# Checked here without importing the storage, whose cryptography the first window does not need.
DATABASE_FILE = "trygstart.db"
# The clinic's own entries for the services directory (merged over the bundled ones).
CLINIC_DIRECTORY_FILE = "services.yaml"
CLI_FLAGS = ("-h", "--help", "--version")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from screening_app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in CLI_FLAGS):
        from screening_app.cli import main as cli_main

        return cli_main(args)
    return run_gui(args)


@dataclass(frozen=True)
class GuiOptions:
    data_dir: Path
    language: str
    qt_args: list[str]


def parse_gui_args(args: list[str]) -> GuiOptions:
    parser = argparse.ArgumentParser(prog="screening-app", add_help=False)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--lang", choices=("da", "en"), default="da")
    known, rest = parser.parse_known_args(args)
    from screening_app.paths import default_data_dir

    return GuiOptions(known.data_dir or default_data_dir(), known.lang, rest)


def prepare_process(data_dir: Path) -> None:
    """No core dumps; private logs without person data; uncaught errors logged the same way."""
    from screening_app.hardening import disable_core_dumps
    from screening_app.logsetup import configure_logging

    disable_core_dumps()
    try:
        configure_logging(data_dir / "logs")
    except OSError:
        configure_logging(None)

    def log_uncaught(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        logging.getLogger("screening_app").critical("uncaught error", exc_info=(kind, error, tb))

    sys.excepthook = log_uncaught


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
    locker.set_user(None, None)  # nobody is logged in yet
    idle.start()  # the flow stops it until someone logs in
    return Shell(app, window, ui_language, icons, clipboard, idle, keys, locker)


def make_clinic(
    data_dir: Path,
    *,
    kdf_params: Argon2Params | None = None,
    pin_params: Argon2Params | None = None,
    blocklist: Path | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    today: Callable[[], dt.date] | None = None,
    questionnaires: list[Path] | None = None,
    instruments: Mapping[str, Instrument] | None = None,
    directory: Directory | None = None,
    documents: Any = None,
) -> Clinic:
    """What the screens use, each part made the first time it is needed.

    Tests pass cheap Argon2 parameters, a small password blocklist, a fake clock, and the
    instruments and directory they loaded once.
    """
    from screening_app.ui.clinic_backend import Clinic

    cache: dict[str, Any] = {}
    if instruments is not None:
        cache["instruments"] = dict(instruments)
    if directory is not None:
        cache["directory"] = directory

    def utc_now() -> dt.datetime:
        return clock() if clock is not None else dt.datetime.now(dt.UTC)

    def local_today() -> dt.date:
        return today() if today is not None else utc_now().astimezone().date()

    def load_accounts() -> Any:
        if "accounts" not in cache:
            from screening_app.services.accounts import Accounts
            from screening_app.storage.kdf import DEFAULT_PARAMS
            from screening_app.storage.passwords import PasswordPolicy
            from screening_app.storage.pins import PIN_PARAMS, PinHasher
            from screening_app.storage.vault import Vault

            vault = Vault(data_dir, clock=utc_now, kdf_params=kdf_params or DEFAULT_PARAMS)
            cache["accounts"] = Accounts(
                vault,
                clock=utc_now,
                policy=PasswordPolicy(blocklist),
                pins=PinHasher(pin_params or PIN_PARAMS),
            )
        return cache["accounts"]

    def load_services() -> Directory | None:
        if "directory" not in cache:
            cache["directory"] = _load_directory(data_dir / CLINIC_DIRECTORY_FILE)
        result: Directory | None = cache["directory"]
        return result

    def load_instruments() -> Mapping[str, Instrument]:
        if "instruments" not in cache:
            from screening_app.instruments.catalog import load_catalog

            loaded = load_services()
            known = loaded.ids() if loaded is not None else None
            catalog = load_catalog(questionnaires, known_services=known)
            for error in catalog.errors:
                log.warning("an instrument file could not be loaded: %s", str(error))
            cache["instruments"] = dict(catalog.instruments)
        result: Mapping[str, Instrument] = cache["instruments"]
        return result

    return Clinic(
        data_dir=data_dir,
        accounts=load_accounts,
        instruments=load_instruments,
        directory=load_services,
        today=local_today,
        database_exists=(data_dir / DATABASE_FILE).is_file,
        **({} if documents is None else {"documents": documents}),
    )


def _load_directory(clinic_file: Path) -> Directory | None:
    from screening_app.directory import load_directory
    from screening_app.loading.errors import DocumentError
    from screening_app.paths import resources_dir

    try:
        return load_directory(resources_dir() / "services", clinic_file)
    except DocumentError:
        log.warning("the services directory could not be loaded")
        return None


def start_flow(
    shell: Shell, clinic: Clinic, *, dialogs: Dialogs | None = None, warm_up: bool = True
) -> AppFlow:
    """The first screen (wizard or login); the heavy parts load once it has been painted."""
    from screening_app.ui.flow import AppFlow

    flow = AppFlow(
        window=shell.window,
        language=shell.language,
        clipboard=shell.clipboard,
        icons=shell.icons,
        locker=shell.locker,
        idle=shell.idle,
        clinic=clinic,
        dialogs=dialogs,
    )
    shell.app.aboutToQuit.connect(flow.shutdown)
    flow.start()
    if warm_up:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: _warm_up(clinic))
    return flow


def _warm_up(clinic: Clinic) -> None:
    """Load what the first login needs while the user types (after the first paint)."""
    try:
        clinic.accounts()
        clinic.instruments()
    except Exception as error:
        # (an instrument or directory file that cannot be read is logged by its loader)
        log.error("warming up failed", exc_info=error)


def start_gui(args: list[str]) -> tuple[Shell, AppFlow]:
    """Create the application and show the first window (``run_gui`` then runs the loop)."""
    options = parse_gui_args(args)
    prepare_process(options.data_dir)
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], *options.qt_args])
    app.setApplicationName(APP_NAME)
    shell = build_shell(app, language=options.language)
    flow = start_flow(shell, make_clinic(options.data_dir))
    shell.window.resize(1200, 800)
    shell.window.show()
    return shell, flow


def run_gui(args: list[str]) -> int:
    shell, _flow = start_gui(args)
    return shell.app.exec()
