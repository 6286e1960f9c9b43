"""security.md check 14: failed logins slow down per user, survive a restart, tell nothing."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts, Setup
from screening_app.storage.errors import StorageError
from screening_app.storage.throttle import FREE_FAILURES, MAX_DELAY, LoginThrottle, delay_after
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, FakeClock

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def max_guesses(hours: float) -> int:
    """Guesses an attacker gets in ``hours`` by guessing the moment each delay ends."""
    throttle_time = 0.0
    guesses = 0
    failures = 0
    while True:
        throttle_time += 0 if failures < FREE_FAILURES else delay_after(failures)
        if throttle_time > hours * 3600:
            return guesses
        guesses += 1
        failures += 1


def test_delays_grow_exponentially_to_a_cap() -> None:
    delays = [delay_after(n) for n in range(FREE_FAILURES, FREE_FAILURES + 12)]
    assert delays[:4] == [1, 2, 4, 8]
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert delay_after(100) == MAX_DELAY
    assert max_guesses(1) == 15  # the figure in throttle.py's docstring
    assert max_guesses(2) - max_guesses(1) == 4


def test_counter_survives_a_new_process(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    for n in range(FREE_FAILURES):
        LoginThrottle(path).begin_attempt("t" * 64, T0 + dt.timedelta(seconds=n))
    # A fresh object (as after a kill and restart) sees the same count.
    fresh = LoginThrottle(path)
    assert fresh.failures("t" * 64) == FREE_FAILURES
    later = T0 + dt.timedelta(seconds=FREE_FAILURES - 1)
    with pytest.raises(StorageError) as error:
        fresh.begin_attempt("t" * 64, later)
    assert error.value.code == "throttled"
    fresh.begin_attempt("t" * 64, later + dt.timedelta(seconds=1))


def test_the_attempt_is_counted_before_the_password_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    LoginThrottle(path).begin_attempt("u" * 64, T0)
    # Killed here (before success or failure is known): the attempt already counts.
    assert LoginThrottle(path).failures("u" * 64) == 1


def test_damaged_counter_file_does_not_reset_to_zero(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    path.write_text("{garbage")
    assert LoginThrottle(path).failures("v" * 64) >= FREE_FAILURES


def test_throttled_login_is_refused_without_checking(
    setup: Setup, accounts: Accounts, clock: FakeClock
) -> None:
    setup.session.logout()
    for _ in range(FREE_FAILURES):
        with pytest.raises(StorageError) as error:
            accounts.login(ADMIN, "wrong wrong wrong wrong")
        assert error.value.code == "wrong-credentials"
    with pytest.raises(StorageError) as error:
        accounts.login(ADMIN, ADMIN_PASSWORD)  # even the right password waits
    assert error.value.code == "throttled"
    assert "1 sekund," in error.value.message("da")
    clock.advance(seconds=1)
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    entries = session.database.audit_entries()
    failed = [e for e in entries if e.action == "login-failed"]
    assert len(failed) == FREE_FAILURES
    assert {e.user for e in failed} == {ADMIN}
    session.logout()
    assert accounts.vault.throttle.failures(accounts.vault.tag_of(ADMIN)) == 0


def test_unknown_users_are_throttled_the_same_way(
    setup: Setup, accounts: Accounts, clock: FakeClock
) -> None:
    setup.session.logout()
    codes = []
    for _ in range(FREE_FAILURES + 2):
        try:
            accounts.login("ghost", "wrong wrong wrong wrong")
        except StorageError as error:
            codes.append(error.code)
    assert codes == ["wrong-credentials"] * FREE_FAILURES + ["throttled"] * 2
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    failed = [e for e in session.database.audit_entries() if e.action == "login-failed"]
    assert {e.user for e in failed} == {"(unknown)"}
    assert all("ghost" not in (e.criterion or "") for e in failed)
    session.logout()


def test_one_second_is_said_in_the_singular() -> None:
    from screening_app.storage.errors import StorageError

    assert (
        StorageError("throttled", seconds=1).message("da").endswith("vent 1 sekund, og prøv igen.")
    )
    assert "wait 1 second and" in StorageError("throttled", seconds=1).message("en")
    assert "vent 4 sekunder" in StorageError("throttled", seconds=4).message("da")
