"""security.md check 1 (no plaintext anywhere in the data folder) and check 26 (errors leak
nothing): canary strings in every field, files read while the database is still open (WAL and
SHM present) and after closing, in UTF-8 and UTF-16."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.logsetup import configure_logging
from screening_app.services.accounts import Setup
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.referrals import ReferralService
from screening_app.services.screenings import BandOverride, ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from screening_app.storage.vault import Vault

CANARIES = {
    "name": "Zyxwa Canarybird",
    "cpr": "3112994321",
    "phone": "+45 31 41 59 26",
    "times": "CANARY-TIMES-only-tuesdays",
    "note": "CANARY-NOTE-he-checks-my-phone",
    "reason": "CANARY-REASON-misheard",
    "task": "CANARY-TASK-call-back",
}


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")] + [
        text.casefold().encode("utf-8")
    ]


def _hits(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data.startswith(b"SQLite format 3"):
            found.append(f"{path.name}: plain SQLite header")
        for label, canary in CANARIES.items():
            if any(encoded in data for encoded in _encodings(canary)):
                found.append(f"{path.name}: {label}")
    return found


@pytest.fixture
def logs(vault: Vault) -> Iterator[Path]:
    folder = vault.data_dir / "logs"
    handler = configure_logging(folder)
    yield folder
    logging.getLogger("screening_app").removeHandler(handler)
    handler.close()


def _fill(setup: Setup, instrument: Instrument) -> None:
    session = setup.session
    persons = PersonService(session)
    person = persons.create(
        PersonData(
            name=CANARIES["name"],
            role="pregnant-woman",
            cpr=CANARIES["cpr"],
            safe_phone=CANARIES["phone"],
            safe_times=CANARIES["times"],
        )
    )
    persons.search_by_name(CANARIES["name"])
    persons.search_by_cpr(CANARIES["cpr"][:6])
    screenings = ScreeningService(session, [instrument])
    draft = screenings.start(person.id, "test-minimal", "da")
    screenings.answer(draft.screening.id, "q1", "yes")
    final = screenings.finalise(
        draft.screening.id, override=BandOverride("low", CANARIES["reason"])
    )
    screenings.amend(final.id, CANARIES["reason"])
    followup = FollowUpService(session)
    followup.add_note(person.id, CANARIES["note"])
    followup.add_task(
        person.id, kind="follow-up", due_date=dt.date(2026, 5, 1), text=CANARIES["task"]
    )
    ReferralService(session).record_referral(
        person.id, service_id="lev-uden-vold", consent="given", form="oral", scope={"free-text"}
    )
    log = logging.getLogger("screening_app.test")
    log.info("opened person %s with CPR %s", CANARIES["name"], CANARIES["cpr"])
    log.warning("note was %r", CANARIES["note"])
    log.info(f"careless f-string with {CANARIES['cpr']}")  # noqa: G004
    try:
        raise ValueError(CANARIES["name"] + " " + CANARIES["phone"])
    except ValueError:
        log.exception("failed for %s", CANARIES["name"])


def test_no_canary_in_any_file_while_open_and_after_close(
    setup: Setup, instrument: Instrument, vault: Vault, logs: Path
) -> None:
    _fill(setup, instrument)
    for handler in logging.getLogger("screening_app").handlers:
        handler.flush()
    assert (vault.data_dir / "trygstart.db-wal").exists()  # like a killed writer leaves it
    assert _hits(vault.data_dir) == []
    log_text = (logs / "trygstart.log").read_text()
    assert "opened person <text> with CPR <text>" in log_text
    assert "careless f-string with <number>" in log_text
    assert "ValueError" in log_text
    setup.session.logout()
    assert _hits(vault.data_dir) == []


def test_forced_errors_leak_nothing(
    setup: Setup, vault: Vault, logs: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    session = setup.session
    persons = PersonService(session)
    # A constraint violation with canary data, from the database itself.
    database = session.database
    with (
        pytest.raises(Exception, match="CHECK constraint") as violation,
        database.transaction() as connection,
    ):
        connection.execute(
            "INSERT INTO persons (name, role, created_at, updated_at, last_entry_at)"
            " VALUES (?, 'no-such-role', 'x', 'x', 'x')",
            (CANARIES["name"],),
        )
    assert CANARIES["name"] not in str(violation.value)
    # Disk full: the database refuses to grow.
    pages = database.connection.execute("PRAGMA page_count").fetchone()[0]
    database.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as full:  # noqa: PT012
        for _ in range(1000):
            persons.create(PersonData(name=CANARIES["name"], role="other", safe_times="x" * 190))
    assert full.value.code == "disk-full"
    assert CANARIES["name"] not in full.value.both()
    key_hex = bytes(database.key_copy()).hex()
    setup.session.logout()
    # A wrong key / password.
    with pytest.raises(StorageError) as wrong:
        vault.unlock("anna", CANARIES["note"])
    assert CANARIES["note"] not in wrong.value.both()
    captured = capfd.readouterr()
    for canary in (*CANARIES.values(), key_hex, key_hex.upper()):
        assert canary not in captured.out + captured.err
    log_text = (logs / "trygstart.log").read_text() if (logs / "trygstart.log").exists() else ""
    assert key_hex not in log_text
    assert _hits(vault.data_dir) == []
