"""The application's start-up after the first paint: the loading runs in a worker thread, the
UI thread is free at once (the login takes typing), and the login waits for what it needs only
when Enter is pressed; wrong machine settings still stop the start-up, before any login."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from screening_app.preload import Once
from tests.ui.clinic import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.gui


@pytest.fixture
def no_private_log(monkeypatch: pytest.MonkeyPatch) -> None:
    import screening_app.app as app_module

    monkeypatch.setattr(app_module, "private_logging", lambda _folder: None)


def _held(clinic: Any, release: threading.Event, threads: list[str]) -> None:
    """The clinic's accounts made only once ``release`` is set, noting the thread that made
    them."""
    real = clinic.accounts

    def accounts() -> Any:
        threads.append(threading.current_thread().name)
        assert release.wait(10)
        return real()

    clinic.accounts = Once(accounts)


@pytest.mark.usefixtures("no_private_log")
def test_the_loading_runs_beside_the_login_which_waits_for_it_only_at_enter(
    app_flow: Callable[..., Any], shell: Any, qtbot: Any, tmp_path: Path
) -> None:
    from screening_app.app import load_beside_the_login

    flow = app_flow()
    release = threading.Event()
    threads: list[str] = []
    _held(flow.clinic, release, threads)
    preload = load_beside_the_login(shell, flow.clinic, tmp_path / "data")
    # Back on the UI thread at once, while the worker is still held in the accounts.
    qtbot.waitUntil(lambda: threads == ["trygstart-preload"])
    assert not preload.finished.is_set()
    assert flow.window.current_screen() is flow.login_screen
    qtbot.keyClicks(flow.login_screen.user, ADMIN)
    assert flow.login_screen.user.text() == ADMIN
    # Enter: the login waits for the accounts the worker is making (no second making).
    timer = threading.Timer(0.2, release.set)
    timer.start()
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    timer.join()
    assert threads == ["trygstart-preload"]
    assert preload.finished.wait(10)


@pytest.mark.usefixtures("no_private_log")
def test_wrong_machine_settings_stop_the_start_up_even_when_loading_beside_the_login(
    app_flow: Callable[..., Any],
    shell: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from screening_app.app import load_beside_the_login

    path = tmp_path / "trygstart.toml"
    path.write_text("idle_lock_max_minutes = 0\n", encoding="utf-8")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(path))
    flow = app_flow()
    loaded: list[str] = []
    flow.clinic.accounts = lambda: loaded.append("accounts")
    flow.clinic.instruments = lambda: loaded.append("instruments")
    preload = load_beside_the_login(shell, flow.clinic, tmp_path / "data")
    assert preload.finished.wait(10)
    qtbot.waitUntil(lambda: shell.window.current_screen().objectName() == "startupProblem")
    assert not flow.login(ADMIN, ADMIN_PASSWORD)  # Enter now: nothing happens
    assert loaded == []
    assert flow.user is None


@pytest.mark.usefixtures("no_private_log")
def test_sound_machine_settings_cap_the_idle_lock_from_the_worker(
    app_flow: Callable[..., Any],
    shell: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from screening_app.app import load_beside_the_login

    path = tmp_path / "trygstart.toml"
    path.write_text("idle_lock_max_minutes = 2\n", encoding="utf-8")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(path))
    flow = app_flow()
    load_beside_the_login(shell, flow.clinic, tmp_path / "data")
    qtbot.waitUntil(lambda: shell.idle.timeout_s == 120)
    assert flow.clinic.machine is not None


@pytest.mark.usefixtures("no_private_log")
def test_training_asked_for_while_the_worker_reads_the_machine_settings_waits_for_them(
    app_flow: Callable[..., Any],
    shell: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Øvelse" pressed the moment the login shows, before the worker has read settings that
    forbid training: the request waits for them and is refused (never let through because
    nothing was known yet)."""
    import screening_app.app as app_module

    path = tmp_path / "trygstart.toml"
    path.write_text("allow_training = false\n", encoding="utf-8")
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(path))
    release = threading.Event()
    real_check = app_module._machine_check

    def held_check(clinic: Any) -> Any:
        assert release.wait(10)
        return real_check(clinic)

    monkeypatch.setattr(app_module, "_machine_check", held_check)
    flow = app_flow()
    entered: list[bool] = []
    flow.training_requested.connect(lambda: entered.append(True))
    preload = app_module.load_beside_the_login(shell, flow.clinic, tmp_path / "data")
    assert flow.clinic.machine is None  # nothing known yet: the button is offered
    timer = threading.Timer(0.2, release.set)
    timer.start()
    flow._training()
    timer.join()
    assert entered == []
    assert flow.clinic.machine is not None
    assert not flow.training_allowed()
    assert preload.finished.wait(10)
