"""security.md check 19: the purge leaves nothing older than the setting; deleted data is gone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Setup
from screening_app.services.admin import AdminService
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.storage.connection import open_connection
from screening_app.storage.records import PersonData
from tests.storage.helpers import FakeClock

OLD = "Oldname Pergamon"


def test_purge_removes_persons_past_retention_and_nothing_else(
    setup: Setup, instrument: Instrument, clock: FakeClock
) -> None:
    session = setup.session
    persons = PersonService(session)
    screenings = ScreeningService(session, [instrument])
    clock.now = dt.datetime(2014, 5, 1, tzinfo=dt.UTC)
    old = persons.create(PersonData(name=OLD, role="new-mother", cpr="0105141234"))
    draft = screenings.start(old.id, "test-minimal", "da")
    screenings.answer(draft.screening.id, "q1", "yes")
    screenings.finalise(draft.screening.id)
    FollowUpService(session).add_note(old.id, "old note")
    clock.now = dt.datetime(2020, 5, 1, tzinfo=dt.UTC)
    recent = persons.create(PersonData(name="Recent Person", role="other"))
    clock.now = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    report = AdminService(session).purge(10)
    assert report.persons == 1
    connection = session.database.connection
    counts = {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("persons", "screenings", "answers", "notes", "person_name_words")
    }
    assert counts == {
        "persons": 1,
        "screenings": 0,
        "answers": 0,
        "notes": 0,
        "person_name_words": 2,
    }
    last = session.database.audit_entries()[-1]
    assert (last.action, last.criterion) == ("purge", "older-than-years:10;persons:1")
    assert persons.get(recent.id).data.name == "Recent Person"
    key = session.database.key_copy()
    path = session.database.path
    session.logout()
    # secure_delete: the deleted text is not left in any decrypted page (free pages included).
    pages = decrypt_pages(path.read_bytes(), bytes(key))
    assert b"Recent Person" in pages  # the decryption works
    assert OLD.encode() not in pages
    assert b"old note" not in pages


def decrypt_pages(data: bytes, key: bytes, page_size: int = 4096, reserve: int = 80) -> bytes:
    """SQLCipher 4 pages with a raw key: AES-256-CBC, the IV in the page's reserved tail."""
    plain = bytearray()
    for start in range(0, len(data), page_size):
        page = data[start : start + page_size]
        body_start = 16 if start == 0 else 0  # page 1 begins with the salt
        iv = page[page_size - reserve : page_size - reserve + 16]
        body = page[body_start : page_size - reserve]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain += decryptor.update(body) + decryptor.finalize()
    return bytes(plain)


def test_page_decryption_finds_deleted_text_without_secure_delete(tmp_path: Path) -> None:
    """Positive control for the check above: with secure_delete OFF the text would remain."""
    key = bytes(range(7, 39))
    path = tmp_path / "db"
    connection = open_connection(path, key, create=True)
    connection.execute("PRAGMA secure_delete = OFF")
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.execute("INSERT INTO t VALUES (?)", (OLD * 20,))
    connection.execute("DELETE FROM t")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert OLD.encode() in decrypt_pages(path.read_bytes(), key)


def test_purge_keeps_the_audit_trail(setup: Setup, clock: FakeClock) -> None:
    session = setup.session
    clock.now = dt.datetime(2010, 1, 1, tzinfo=dt.UTC)
    person = PersonService(session).create(PersonData(name="Gone Soon", role="other"))
    clock.now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    AdminService(session).purge(10)
    entries = session.database.audit_entries(person.id)
    assert [e.action for e in entries] == ["create-person"]
    assert session.database.verify_audit().intact


def test_retention_is_a_setting(setup: Setup, clock: FakeClock) -> None:
    session = setup.session
    admin = AdminService(session)
    assert session.retention_years() == 10
    clock.now = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    PersonService(session).create(PersonData(name="Seven Years Ago", role="other"))
    clock.now = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    assert admin.purge().persons == 0  # 10 years by default
    admin.set_retention_years(5)  # health visitors are nurses: 5 years
    assert admin.purge().persons == 1
    entries = session.database.audit_entries()
    assert [e.action for e in entries[-3:]] == ["purge", "settings-change", "purge"]
