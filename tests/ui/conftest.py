"""Fixtures for the UI tests: a fake clock and timers, a recording answer sink, the shell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from screening_app.domain.answers import AnswerValue

REPO = Path(__file__).resolve().parents[2]


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeTimer:
    """A one-shot timer the test fires by hand (``fire_due`` with a FakeClock)."""

    def __init__(self, callback: Callable[[], None], clock: FakeClock) -> None:
        self._callback = callback
        self._clock = clock
        self.due: float | None = None
        self.interval_ms: int | None = None

    def start(self, msec: int) -> None:
        self.interval_ms = msec
        self.due = self._clock.now + msec / 1000

    def stop(self) -> None:
        self.due = None

    def is_active(self) -> bool:
        return self.due is not None

    def fire(self) -> None:
        self.due = None
        self._callback()


class FakeTimers:
    """The timer factory: remembers every timer it made."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.made: list[FakeTimer] = []

    def __call__(self, callback: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(callback, self.clock)
        self.made.append(timer)
        return timer

    def fire_due(self) -> int:
        """Fire every timer whose time has come; returns how many fired."""
        fired = 0
        for timer in list(self.made):
            if timer.due is not None and timer.due <= self.clock.now:
                timer.fire()
                fired += 1
        return fired


class RecordingSink:
    """An AnswerSink over the runner's own session that records each stored answer; ``fail``
    makes the next calls raise as a full disk would (the session is then left as it was)."""

    def __init__(self) -> None:
        self.answers: list[tuple[str, AnswerValue | None]] = []
        self.fail = False
        self.failure: Exception = OSError("disk full (test)")  # what ``fail`` raises
        self.session: Any = None  # set by make_runner

    def answer(self, link_id: str, value: Any) -> Any:
        session = self.session
        previous = session.given(link_id)
        given = session.answer(link_id, value)
        if given == previous:
            return given
        if self.fail:
            session.answer(link_id, previous)
            raise self.failure
        self.answers.append((link_id, given))
        return given

    def last(self, link_id: str) -> Any:
        for given_id, value in reversed(self.answers):
            if given_id == link_id:
                return value
        raise KeyError(link_id)


class Passwords:
    """Password and PIN checks that count their calls."""

    def __init__(self, password: str = "correct horse battery", pin: str = "2468") -> None:
        self.password = password
        self.pin = pin
        self.calls: list[str] = []

    def check_password(self, password: str) -> bool:
        self.calls.append("password")
        return password == self.password

    def check_pin(self, pin: str) -> bool:
        self.calls.append("pin")
        return pin == self.pin


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers(clock: FakeClock) -> FakeTimers:
    return FakeTimers(clock)


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def passwords() -> Passwords:
    return Passwords()


@pytest.fixture
def shell(
    qapp: Any, qtbot: Any, clock: FakeClock, timers: FakeTimers, compiled_translations: Path
) -> Iterator[Any]:
    """The real main window and its guards, with a fake clock and timers, shown."""
    from screening_app.ui.shell import build_shell

    built = build_shell(qapp, clock=clock, timer_factory=timers, translations=compiled_translations)
    qtbot.addWidget(built.window)
    built.window.resize(1000, 700)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.dispose()
    qapp.clipboard().clear()


@pytest.fixture
def make_runner(shell: Any, sink: RecordingSink, passwords: Passwords) -> Callable[..., Any]:
    """A runner for a test instrument, shown in the shell's window."""
    from screening_app.domain.context import Context
    from screening_app.domain.session import Session
    from screening_app.ui.runner.runner_screen import RunnerScreen
    from tests.ui.helpers import load_test_instrument

    def make(
        name: str = "all-types",
        lang: str = "da",
        context: Context | None = None,
        self_complete: bool = False,
        password: bool = True,
    ) -> RunnerScreen:
        session = Session(
            load_test_instrument(name),
            lang,
            context or Context(role="pregnant-woman", phase="pregnant"),
        )
        sink.session = session
        runner = RunnerScreen(
            session,
            sink,
            shell.language,
            password_check=passwords.check_password if password else None,
            self_complete=self_complete,
        )
        runner.self_complete_changed.connect(shell.window.set_restricted)
        shell.window.show_screen(runner)
        shell.window.set_restricted(runner.self_complete)
        runner.focus_current()
        return runner

    return make


@pytest.fixture
def consultation(shell: Any, passwords: Passwords, qtbot: Any) -> Any:
    """A consultation over the test instruments: the real engine over a store in memory."""
    from screening_app.services.consultation import ConsultationEngine
    from screening_app.ui.consultation import Consultation
    from tests.services.memory_store import MemoryStore, NoCopies, overview_of, person
    from tests.ui.helpers import load_test_instrument

    instruments = {
        i.id: i for i in (load_test_instrument("all-types"), load_test_instrument("minimal"))
    }
    shell.locker.set_user(passwords.check_password, passwords.check_pin)
    store = MemoryStore(instruments.values())
    engine = ConsultationEngine(
        overview_of(
            person(
                "pregnant-woman",
                child_birth_date=dt.date(2026, 7, 1),
                child_birth_date_kind="expected",
            )
        ),
        screenings=store,
        copies=NoCopies(),
        instruments=instruments,
        today=lambda: dt.date(2026, 3, 2),
        language=lambda: shell.language.code,
    )
    consultation = Consultation(
        shell.window,
        shell.language,
        shell.clipboard,
        shell.icons,
        engine=engine,
        password_check=passwords.check_password,
        installed=instruments,
    )
    consultation.store = store
    consultation.open_gate()
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    return consultation


# ------------------------------------------------------------- the real application flow
@pytest.fixture(scope="session")
def bundled() -> tuple[dict[str, Any], Any]:
    """The bundled questionnaires and services directory, loaded once."""
    from screening_app.directory import load_directory
    from screening_app.instruments.catalog import load_catalog
    from screening_app.paths import resources_dir

    directory = load_directory(resources_dir() / "services")
    catalog = load_catalog(known_services=directory.ids())
    assert not catalog.errors
    return dict(catalog.instruments), directory


@pytest.fixture
def utc_clock() -> Any:
    from tests.ui.clinic import UtcClock

    return UtcClock()


@pytest.fixture
def fake_dialogs() -> Any:
    from tests.ui.clinic import FakeDialogs

    return FakeDialogs()


@pytest.fixture
def make_clinic_for(
    tmp_path: Path, bundled: tuple[dict[str, Any], Any], utc_clock: Any
) -> Callable[..., Any]:
    """``make(data_dir)``: the application's Clinic on ``data_dir`` with cheap keys."""
    from screening_app.app import make_clinic
    from screening_app.storage.kdf import TEST_PARAMS
    from tests.storage.helpers import small_blocklist
    from tests.ui.clinic import TODAY

    blocklist = small_blocklist(tmp_path)
    instruments, directory = bundled

    def make(data_dir: Path, documents: Any = None) -> Any:
        return make_clinic(
            data_dir,
            kdf_params=TEST_PARAMS,
            pin_params=TEST_PARAMS,
            blocklist=blocklist,
            clock=utc_clock,
            today=lambda: TODAY,
            instruments=instruments,
            directory=directory,
            documents=documents,
        )

    return make


@pytest.fixture
def app_flow(
    shell: Any, tmp_path: Path, make_clinic_for: Callable[..., Any], fake_dialogs: Any
) -> Iterator[Callable[..., Any]]:
    """``make(setup=True, clinician=False, documents=None)``: the real flow, first screen shown.

    With ``setup`` the clinic's database exists (as the wizard makes it) and the login screen
    shows; without, the first-start wizard does.
    """
    from screening_app.ui.flow import AppFlow
    from tests.ui.clinic import setup_clinic

    made: list[Any] = []

    def make(
        *, setup: bool = True, clinician: bool = False, documents: Any = None, data_dir: Any = None
    ) -> Any:
        folder = data_dir or tmp_path / "data"
        clinic = make_clinic_for(folder, documents)
        if setup and not clinic.database_exists():
            setup_clinic(clinic, clinician=clinician)
        flow = AppFlow(
            window=shell.window,
            language=shell.language,
            clipboard=shell.clipboard,
            icons=shell.icons,
            locker=shell.locker,
            idle=shell.idle,
            clinic=clinic,
            dialogs=fake_dialogs.dialogs(),
            defer=lambda call: call(),
        )
        flow.data_dir = folder
        made.append(flow)
        flow.start()
        return flow

    yield make
    for flow in made:
        flow.shutdown()


@pytest.fixture
def logged_in(app_flow: Callable[..., Any]) -> Any:
    """The administrator logged in, past the PIN offer, at the person search."""
    from tests.ui.clinic import ADMIN, ADMIN_PASSWORD

    flow = app_flow()
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.persons.show_home()
    return flow
