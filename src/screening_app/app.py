"""The composition root: wires concrete objects together and starts the desktop application.

``screening-app`` with a command (``validate``, ``score``, ``fhir``, ``admin``...) runs the Qt-free
command line; without one it starts the GUI (``--data-dir DIR`` and ``--lang da|en`` are the GUI's
own options; the data folder is found as the admin command line finds it; ``--training
[--training-dir DIR] [--training-cases DIR]`` starts in training mode, wired in
``app_training``).

Start-up, in order: no core dumps (``hardening``; uncaught errors to the log), the machine's
data folder and language taken from its settings file (a quick look with ``tomllib``), the
window with its guards (``build_shell``: quick-hide keys, idle lock, clipboard guard), then the
first screen: the setup wizard when there is no database yet, else the login. Once it has been
painted: the machine settings validated in full (pydantic; if they are wrong, a screen says
where, and nothing else loads), the private log (``logsetup``, ``<data dir>/logs``, nothing of a
person in it) and the expensive parts (the cryptography behind the accounts, reading and
checking the instrument files, the services directory), loaded in a worker thread while the
user types (``load_beside_the_login``): the login takes typing as soon as it is painted, and
waits for what it needs only when Enter is pressed. Nothing of a person can be in memory before
someone has logged in, which needs all of them.

``ui.shell.build_shell`` makes the window and everything that guards it (quick-hide keys, idle lock,
clipboard guard, UI language); tests, the benchmarks and the screenshot script build the same
shell, with a fake clock and timers where they need them. ``make_clinic`` makes what the screens
use (``ui.clinic_backend.Clinic``); ``start_flow`` ties them together.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from screening_app import APP_NAME

if TYPE_CHECKING:
    import logging

    from screening_app.domain.instrument import Instrument
    from screening_app.domain.support import Directory
    from screening_app.machine.reader import MachineConfig
    from screening_app.storage.kdf import Argon2Params
    from screening_app.ui.clinic_backend import Clinic
    from screening_app.ui.dialogs import Dialogs
    from screening_app.ui.flow import AppFlow
    from screening_app.ui.idle import IdleWatcher
    from screening_app.ui.shell import Shell


def _log() -> logging.Logger:
    import logging  # not needed for the first window

    return logging.getLogger(__name__)


# The database file in the data folder (``storage.vault.DATABASE_NAME``; a test keeps them equal).
# Checked here without importing the storage, whose cryptography the first window does not need.
DATABASE_FILE = "trygstart.db"
# The clinic's own entries for the services directory (merged over the bundled ones).
CLINIC_DIRECTORY_FILE = "services.yaml"
CLI_FLAGS = ("-h", "--help", "--version")
# ``cli.COMMANDS``, named here so that the desktop's start does not import the command line
# (argparse, pydantic, the storage); a test keeps the two equal.
CLI_COMMANDS = ("validate", "score", "fhir", "admin", "selftest")
QUIT_WHEN_READY = "TRYGSTART_QUIT_WHEN_READY"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "selftest":
        from screening_app.cli.selftest import main as selftest_main

        return selftest_main(args[1:], qt_check=selftest_qt_check)
    if args and (args[0] in CLI_COMMANDS or args[0] in CLI_FLAGS):
        from screening_app.cli import main as cli_main

        return cli_main(args)
    return run_gui(args)


def selftest_qt_check() -> tuple[Any, str]:
    """The self-test's Qt check (the command line knows no Qt): the check and the Qt version."""
    from typing import cast

    from screening_app.cli.selftest_checks import DANISH, Check, Status
    from screening_app.ui.selftest_qt import qt_probe

    status, sentence, version = qt_probe(DANISH)
    return Check("qt", cast("Status", status), sentence), version


class GuiOptions(NamedTuple):
    data_dir: Path
    language: str
    qt_args: list[str]
    training: bool = False  # --training: start in training mode
    training_dir: Path | None = None  # --training-dir DIR (else beside the data folder)
    training_cases: Path | None = None  # --training-cases DIR: a trainer's extra cases


class MachineDefaults(NamedTuple):
    """What the first window needs from the machine settings, before they are validated."""

    data_folder: str | None = None
    language: str | None = None
    on_server: bool = False  # the machine names a clinic server (server_host)


def peek_machine_settings() -> MachineDefaults:
    """The data folder and language from the machine settings file, looked at quickly.

    Only plain, valid values are taken; anything else is left to the full validation right
    after the first paint, which stops the start-up with the file's line when it is wrong.
    """
    from screening_app.machine.location import machine_config_path

    path = machine_config_path()
    try:
        data = path.read_bytes()
    except OSError:
        return MachineDefaults()
    import tomllib

    try:
        values = tomllib.loads(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return MachineDefaults()
    folder = values.get("data_folder")
    language = values.get("language")
    return MachineDefaults(
        folder if isinstance(folder, str) and Path(folder).is_absolute() else None,
        language if language in ("da", "en") else None,
        isinstance(values.get("server_host"), str),
    )


def parse_gui_args(args: list[str], machine: MachineDefaults | None = None) -> GuiOptions:
    """``--data-dir DIR``, ``--lang da|en``, ``--training``, ``--training-dir DIR`` and
    ``--training-cases DIR`` (also as ``--opt=value``); the rest is Qt's.

    Without them: the machine settings' data folder and language, else the defaults.
    Read by hand: argparse costs the first window more than the rest of this module.
    """
    from screening_app.paths import default_data_dir

    machine = machine or MachineDefaults()
    found: dict[str, str] = {}
    rest: list[str] = []
    items = iter(args)
    training = False
    for arg in items:
        name, equals, value = arg.partition("=")
        if name in ("--data-dir", "--lang", "--training-dir", "--training-cases"):
            if not equals:
                value = next(items, "")
            found[name] = value
        elif arg == "--training":
            training = True
        else:
            rest.append(arg)
    language = found.get("--lang", machine.language or "da")
    if language not in ("da", "en"):
        language = "da"
    data_dir = (
        Path(found["--data-dir"])
        if found.get("--data-dir")
        else default_data_dir(machine.data_folder, read_machine=False)
    )
    return GuiOptions(
        data_dir,
        language,
        rest,
        training=training,
        training_dir=Path(found["--training-dir"]) if found.get("--training-dir") else None,
        training_cases=Path(found["--training-cases"]) if found.get("--training-cases") else None,
    )


def harden_process() -> None:
    """No core dumps, and uncaught errors go to the private log (never their values)."""
    from screening_app.hardening import disable_core_dumps

    disable_core_dumps()

    def log_uncaught(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        import logging

        logging.getLogger("screening_app").critical("uncaught error", exc_info=(kind, error, tb))

    sys.excepthook = log_uncaught


def private_logging(data_dir: Path) -> None:
    """Logs without person data in ``<data dir>/logs`` (mode 0600), else on stderr."""
    from screening_app.logsetup import configure_logging

    try:
        configure_logging(data_dir / "logs")
    except OSError:
        configure_logging(None)


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
    on_server: bool = False,
) -> Clinic:
    """What the screens use, each part made the first time it is needed.

    Tests pass cheap Argon2 parameters, a small password blocklist, a fake clock, and the
    instruments and directory they loaded once. ``on_server``: the machine names a clinic
    server, so the first screen is the login (IT creates the clinic there with ``admin
    init``; the login says so if it has not), and the accounts open the server's vault.
    """
    from screening_app.preload import Once
    from screening_app.ui.clinic_backend import Clinic

    # Each part is made once, by the first thread that asks (the start-up's worker, or the
    # login), under its own lock (``preload.Once``).
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
            from screening_app.services.backend import open_vault
            from screening_app.storage.kdf import DEFAULT_PARAMS
            from screening_app.storage.passwords import PasswordPolicy
            from screening_app.storage.pins import PIN_PARAMS, PinHasher

            # The machine settings are validated before the accounts are made (the start-up's
            # worker checks them first); they choose the file or the clinic's server.
            machine = clinic.machine.settings if clinic.machine is not None else None
            vault = open_vault(
                data_dir, machine, clock=utc_now, kdf_params=kdf_params or DEFAULT_PARAMS
            )
            cache["accounts"] = Accounts(
                vault,
                clock=utc_now,
                policy=PasswordPolicy(blocklist),
                pins=PinHasher(pin_params or PIN_PARAMS),
            )
        return cache["accounts"]

    def load_services() -> Directory | None:
        if "directory" not in cache:
            cache["directory"] = _load_directory(clinic_directory_file(data_dir, clinic.machine))
        result: Directory | None = cache["directory"]
        return result

    def load_instruments() -> Mapping[str, Instrument]:
        if "instruments" not in cache:
            from screening_app.instruments.catalog import load_catalog

            loaded = load_services()
            known = loaded.ids() if loaded is not None else None
            catalog = load_catalog(questionnaires, known_services=known)
            for error in catalog.errors:
                _log().warning("an instrument file could not be loaded: %s", str(error))
            # The current versions by id; the archived ones still open older records.
            cache["instruments"] = catalog.shelf()
        result: Mapping[str, Instrument] = cache["instruments"]
        return result

    clinic = Clinic(
        data_dir=data_dir,
        accounts=Once(load_accounts),
        instruments=Once(load_instruments),
        directory=Once(load_services),
        today=local_today,
        database_exists=(lambda: True) if on_server else (data_dir / DATABASE_FILE).is_file,
        **({} if documents is None else {"documents": documents}),
    )
    return clinic


def clinic_directory_file(data_dir: Path, machine: MachineConfig | None) -> Path:
    """The clinic's own services-directory entries: the machine settings' file, else the one
    in the data folder."""
    if machine is not None and machine.settings.services_file:
        return Path(machine.settings.services_file)
    return data_dir / CLINIC_DIRECTORY_FILE


def _load_directory(clinic_file: Path) -> Directory | None:
    from screening_app.directory import load_directory
    from screening_app.loading.errors import DocumentError
    from screening_app.paths import resources_dir

    try:
        return load_directory(resources_dir() / "services", clinic_file)
    except DocumentError:
        _log().warning("the services directory could not be loaded")
        return None


def document_actions(
    data_dir: Path,
    language: Callable[[], str],
    directory: Callable[[], Directory | None],
    *,
    training: bool = False,
    machine: Callable[[], MachineConfig | None] = lambda: None,
) -> Callable[[Any, Any], Any]:
    """The documents part for each login: referral letters, notifications, the resource card,
    the safety plan, printouts and (administrators) the services directory.

    Returns ``factory(user, window) -> DocumentActions | None``; None (no document buttons)
    when the services directory could not be loaded. The printer (fonts) is made once.
    """
    cache: dict[str, Any] = {}

    def factory(user: Any, window: Any) -> Any:
        from screening_app.directory.loader import read_bundled
        from screening_app.letters import DocumentPrinter
        from screening_app.letters.content import Letterhead
        from screening_app.paths import resources_dir
        from screening_app.services.directory_admin import DirectoryAdminService
        from screening_app.services.documents import DocumentService
        from screening_app.ui.documents import DocumentActions

        services = directory()
        if services is None:
            return None
        if "printer" not in cache:
            cache["printer"] = DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")
        details = user.settings.details()
        letterhead = (
            Letterhead(
                clinic_name=details.name,
                address=details.address,
                phone=details.phone,
                email=details.email,
                logo_png=details.logo_png,
            )
            if details.name.strip() and details.address
            else None  # letters and notifications are refused with a message until it is set
        )
        documents = DocumentService(
            user.session,
            screenings=user.screenings,
            instruments=user.instruments,
            printer=cache["printer"],
            directory=services,
            letterhead=letterhead,
            training=training,
            may_save=user.settings.permission("save_pdf").value,
        )
        admin = None
        if user.session.user.role == "admin":
            admin = DirectoryAdminService(
                user.session,
                bundled=read_bundled(resources_dir() / "services"),
                clinic_file=clinic_directory_file(data_dir, machine()),
            )
        return DocumentActions(
            window, documents=documents, language=language, directory_admin=admin
        )

    return factory


def start_flow(
    shell: Shell, clinic: Clinic, *, dialogs: Dialogs | None = None, begin: bool = True
) -> AppFlow:
    """The first screen: the setup wizard on first start, else the login (``begin=False``:
    none yet, training mode comes first)."""
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
    if begin:
        flow.start()
    return flow


def after_first_paint(shell: Shell, clinic: Clinic, data_dir: Path) -> bool:
    """Once the first screen is painted, all at once (tests, the screenshot scripts): the
    quick-hide keys, the idle watch and the lock screen, the machine settings validated (wrong
    ones replace the first screen with where they are wrong, and nothing more loads), the
    private log, then what the first login needs (the accounts' cryptography, the
    instruments, the directory). False when the start-up stopped. The application itself does
    the same with the loading in a worker thread (``load_beside_the_login``)."""
    _guards(shell)
    if not _apply_machine(shell, clinic, _machine_check(clinic)):
        return False
    private_logging(data_dir)
    _load_for_login(clinic)
    return True


def load_beside_the_login(shell: Shell, clinic: Clinic, data_dir: Path) -> Any:
    """Once the first screen is painted: the guards here, the rest (the machine settings
    validated, the private log, the accounts' cryptography, the instruments, the directory) in
    a worker thread, so that the login takes typing at once. The machine settings' outcome is
    applied on this thread as soon as it is known (a short poll), and at the latest when the
    user presses Enter: the login waits for it (``Clinic.started``), and for the accounts, only
    then. Returns the ``preload.Preload``."""
    from PySide6.QtCore import QTimer

    from screening_app.preload import Preload

    _guards(shell)
    outcome: list[Any] = []

    def check() -> bool:
        outcome.append(_machine_check(clinic))
        return outcome[0] is None  # wrong settings: nothing more loads

    def log_error(error: Exception) -> None:
        _log().error("loading failed", exc_info=error)

    preload = Preload(
        [check, lambda: private_logging(data_dir), lambda: _load_for_login(clinic)], log_error
    )
    applied: list[bool] = []

    def started() -> bool:
        """The machine settings checked and applied (waits for the check if needed)."""
        if not applied:
            preload.checked.wait()
            applied.append(_apply_machine(shell, clinic, outcome[0] if outcome else None))
        return applied[0]

    def poll() -> None:
        if preload.checked.is_set():
            started()
        else:
            QTimer.singleShot(20, poll)

    clinic.started = started
    preload.start()
    QTimer.singleShot(20, poll)
    return preload


def _guards(shell: Shell) -> None:
    """The quick-hide keys, the idle watch and the lock screen (so the first hide is as quick
    as any)."""
    shell.install_filters()
    shell.window.lock_screen  # noqa: B018 - made now, not at the first hide


def _machine_check(clinic: Clinic) -> list[str] | None:
    """Validate the machine settings (no Qt: the worker thread runs it); None when they are
    sound (then ``clinic.machine`` holds them), else where they are wrong."""
    from screening_app.machine.reader import MachineConfigError, read_machine_config

    try:
        clinic.machine = read_machine_config()
    except MachineConfigError as error:
        return [str(e) for e in error.errors]
    return None


def _apply_machine(shell: Shell, clinic: Clinic, problems: list[str] | None) -> bool:
    """On the UI thread: wrong machine settings replace the first screen with where they are
    wrong (False); sound ones cap the idle lock before anyone logs in."""
    if problems is not None:
        from screening_app.ui.startup_problem import StartupProblem

        shell.window.show_screen(StartupProblem(problems))
        return False
    assert clinic.machine is not None
    shell.idle.set_timeout(60 * _idle_ceiling_minutes(clinic.machine, shell.idle))
    return True


def _load_for_login(clinic: Clinic) -> None:
    try:
        clinic.accounts()
        clinic.instruments()
    except Exception as error:  # noqa: BLE001 - logged; the login reports it if it recurs
        _log().error("loading failed", exc_info=error)


def _idle_ceiling_minutes(machine: MachineConfig, idle: IdleWatcher) -> float:
    """Before anyone logs in: the idle timeout, never above the machine's ceiling."""
    current = idle.timeout_s / 60
    ceiling = machine.settings.idle_lock_max_minutes
    return current if ceiling is None else min(current, ceiling)


def start_gui(args: list[str]) -> tuple[Shell, AppFlow]:
    """Create the application and show the first window (``run_gui`` then runs the loop)."""
    harden_process()
    machine = peek_machine_settings()
    options = parse_gui_args(args, machine)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from screening_app.ui import refcount_guard

    refcount_guard.add_headroom()  # before Qt's first call (PySide6 6.12 on CPython 3.11)
    app = QApplication([sys.argv[0], *options.qt_args])
    app.setApplicationName(APP_NAME)
    from screening_app.ui.shell import build_shell

    shell = build_shell(app, language=options.language, filters=False)
    clinic = make_clinic(options.data_dir, on_server=machine.on_server)
    clinic.documents = document_actions(
        options.data_dir,
        lambda: shell.language.code,
        clinic.directory,
        machine=lambda: clinic.machine,
    )
    flow = start_flow(shell, clinic, begin=not options.training)
    from screening_app.app_training import enter_training_on_request

    training = enter_training_on_request(shell, clinic, flow, options)
    loading: list[Any] = []
    if options.training:
        from screening_app.app_training import after_first_paint_training

        def settle() -> None:
            after_first_paint_training(shell, clinic, flow, training())

        shell.window.first_painted.connect(lambda: QTimer.singleShot(0, settle))
    else:
        shell.window.first_painted.connect(
            lambda: QTimer.singleShot(
                0, lambda: loading.append(load_beside_the_login(shell, clinic, options.data_dir))
            )
        )
    if os.environ.get(QUIT_WHEN_READY) == "1":
        # Measurement only (packaging/startup_compare.py): once the first screen is painted and
        # everything after it has run (the worker's loading too), say so and quit.
        def ready() -> None:
            busy = not loading or not loading[0].finished.is_set()
            if busy and not options.training:  # training loads on this thread (settle)
                QTimer.singleShot(10, ready)
                return
            sys.stdout.write("ready\n")
            sys.stdout.flush()
            app.quit()

        shell.window.first_painted.connect(lambda: QTimer.singleShot(0, ready))
    shell.window.fit_to_screen()
    shell.window.show()
    return shell, flow


def run_gui(args: list[str]) -> int:
    shell, _flow = start_gui(args)
    return shell.app.exec()
