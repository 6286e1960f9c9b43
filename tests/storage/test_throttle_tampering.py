"""Issue 10 section 2: the login throttle locked, failing closed, and losing no event.

The counter file sits outside the encrypted database, so it can be deleted, edited or raced.
Deleted or unreadable while a database exists: every user waits the full delay, and the audit
trail says the counters were lost. Edited: nonsense values cost the full delay, never a free
guess. Raced: 20 processes guessing at once get exactly the checks the policy allows. Failed
logins wait in the file until they are in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts, Setup
from screening_app.storage.database import Database
from screening_app.storage.errors import StorageError
from screening_app.storage.throttle import FREE_FAILURES, MAX_DELAY, MAX_EVENTS, LoginThrottle
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, FakeClock

REPO = Path(__file__).resolve().parents[2]
WRONG = "not the password, a guess"


def fail(accounts: Accounts, times: int, user: str = ADMIN) -> None:
    for _ in range(times):
        with pytest.raises(StorageError) as error:
            accounts.login(user, WRONG)
        assert error.value.code == "wrong-credentials"


def throttled_for(accounts: Accounts, password: str = ADMIN_PASSWORD) -> int:
    with pytest.raises(StorageError) as error:
        accounts.login(ADMIN, password)
    assert error.value.code == "throttled"
    seconds = error.value.params["seconds"]
    assert isinstance(seconds, int)
    return seconds


def test_a_deleted_counter_file_costs_the_full_delay_and_is_audited(
    setup: Setup, accounts: Accounts, clock: FakeClock
) -> None:
    setup.session.logout()
    fail(accounts, FREE_FAILURES)
    accounts.vault.throttle.path.unlink()  # three free guesses again?
    assert throttled_for(accounts) == MAX_DELAY  # no: even the right password waits
    clock.advance(seconds=MAX_DELAY)
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    entries = session.database.audit_entries()
    session.logout()
    lost = [e for e in entries if e.action == "throttle-state-lost"]
    assert [(e.outcome, e.criterion) for e in lost] == [("failed", "missing")]


def test_an_unreadable_counter_file_refuses_the_login(
    setup: Setup, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup.session.logout()
    real_read = Path.read_bytes

    def unreadable(self: Path) -> bytes:
        if self.name == "login-attempts.json":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    with pytest.raises(StorageError) as error:
        accounts.login(ADMIN, ADMIN_PASSWORD)
    assert error.value.code == "read-only"


@pytest.mark.parametrize(
    "entry",
    [
        {"failures": FREE_FAILURES, "last": "garbage"},
        {"failures": "many", "last": None},
        {"failures": -5, "last": None},
        {"failures": True, "last": None},
        {"failures": FREE_FAILURES + 2, "last": None},
        {"failures": FREE_FAILURES, "last": "2026-03-02T09:30:00"},  # no time zone
        "not an entry",
    ],
)
def test_nonsense_in_the_file_gives_no_free_guess(
    setup: Setup, accounts: Accounts, entry: object
) -> None:
    setup.session.logout()
    fail(accounts, FREE_FAILURES)
    throttle = accounts.vault.throttle
    data = json.loads(throttle.path.read_text())
    data["users"][accounts.vault.tag_of(ADMIN)] = entry
    throttle.path.write_text(json.dumps(data))
    assert throttled_for(accounts) == MAX_DELAY
    assert throttled_for(accounts) == MAX_DELAY  # the repaired entry was kept, not renewed


def test_a_damaged_file_is_the_full_delay_and_an_alert(
    setup: Setup, accounts: Accounts, clock: FakeClock
) -> None:
    setup.session.logout()
    accounts.vault.throttle.path.write_text('{"users": [], "events": 3')
    assert throttled_for(accounts) == MAX_DELAY
    clock.advance(seconds=MAX_DELAY)
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    lost = [
        e.criterion for e in session.database.audit_entries() if e.action == "throttle-state-lost"
    ]
    session.logout()
    assert lost == ["damaged"]


def test_a_time_in_the_future_is_now_not_forever(setup: Setup, accounts: Accounts) -> None:
    setup.session.logout()
    fail(accounts, FREE_FAILURES)
    throttle = accounts.vault.throttle
    data = json.loads(throttle.path.read_text())
    data["users"][accounts.vault.tag_of(ADMIN)]["last"] = "9999-01-01T00:00:00+00:00"
    throttle.path.write_text(json.dumps(data))
    assert throttled_for(accounts) == 1  # FREE_FAILURES failures: 1 s from now


def test_the_first_login_of_a_new_clinic_is_not_treated_as_tampering(
    setup: Setup, accounts: Accounts
) -> None:
    setup.session.logout()
    accounts.login(ADMIN, ADMIN_PASSWORD).logout()


def test_twenty_parallel_guessers_get_only_the_allowed_checks(
    setup: Setup, accounts: Accounts
) -> None:
    setup.session.logout()
    result = subprocess.run(
        [sys.executable, "-m", "tests.storage.guessers", str(accounts.vault.data_dir), ADMIN, "20"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    outcomes = sorted(result.stdout.split())
    assert outcomes == ["checked"] * FREE_FAILURES + ["throttled"] * (20 - FREE_FAILURES)
    events = accounts.vault.throttle.pending()
    assert len(events.failed) == FREE_FAILURES  # every checked guess waits for the trail


def test_failed_logins_stay_until_they_are_in_the_audit_trail(
    setup: Setup, accounts: Accounts, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup.session.logout()
    fail(accounts, 2)
    clock.advance(seconds=5)
    real_record = Database.record_events

    def full_disk(self: Database, events: object) -> None:
        raise StorageError("disk-full")

    monkeypatch.setattr(Database, "record_events", full_disk)
    with pytest.raises(StorageError):
        accounts.login(ADMIN, ADMIN_PASSWORD)
    assert len(accounts.vault.throttle.pending().failed) == 2  # not lost
    monkeypatch.setattr(Database, "record_events", real_record)
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    failed = [e for e in session.database.audit_entries() if e.action == "login-failed"]
    session.logout()
    assert len(failed) == 2
    assert accounts.vault.throttle.pending().empty


def test_an_attempt_is_written_before_the_password_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    LoginThrottle(path).begin_attempt("u" * 64, now)
    # Killed here, before the password's answer: the event is on disk already.
    at = now.isoformat(timespec="microseconds")
    assert LoginThrottle(path).pending(now).failed == [("u" * 64, at)]


@pytest.mark.slow
def test_more_failures_than_the_list_holds_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    throttle = LoginThrottle(path)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for n in range(MAX_EVENTS + 25):
        throttle.begin_attempt(f"{n:064x}", now)  # each a different (unknown) user
    pending = throttle.pending(now)
    assert len(pending.failed) == MAX_EVENTS
    assert pending.dropped == 25
    throttle.forget(pending, now)
    assert throttle.pending(now).empty
    assert path.stat().st_size > 0
