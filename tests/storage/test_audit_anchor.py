"""Issue 10 section 2: a retention gap only with the purge's own entry; the head hash with its
time; an anchor kept elsewhere that catches a chain rewritten by someone holding the key."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts, Setup
from screening_app.services.admin import AdminService
from screening_app.services.persons import PersonService
from screening_app.storage import audit
from screening_app.storage.connection import Connection
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.helpers import FakeClock


def activity(setup: Setup, clock: FakeClock, count: int = 10) -> None:
    persons = PersonService(setup.session)
    for n in range(count):
        clock.advance(hours=1)
        persons.get(persons.create(PersonData(name=f"Person {n}", role="other")).id)


def unprotect(connection: Connection) -> None:
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("DROP TRIGGER audit_no_delete")


def rewrite_from(connection: Connection, seq: int) -> None:
    """What someone holding the key can do: delete an entry and rebuild the chain after it."""
    unprotect(connection)
    connection.execute("DELETE FROM audit WHERE seq = ?", (seq,))
    rows = connection.execute(
        "SELECT seq, at, user, action, person_id, criterion, outcome FROM audit"
        " WHERE seq > ? ORDER BY seq",
        (seq,),
    ).fetchall()
    prev = connection.execute("SELECT hash FROM audit WHERE seq = ?", (seq - 1,)).fetchone()[0]
    connection.execute("DELETE FROM audit WHERE seq > ?", (seq,))
    for number, row in enumerate(rows, start=seq):
        entry = audit.AuditEntry(number, row[1], row[2], row[3], row[4], row[5], row[6], prev, "")
        digest = audit.entry_hash(prev, entry.content())
        connection.execute(
            "INSERT INTO audit (seq, at, user, action, person_id, criterion, outcome,"
            " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (number, *row[1:], prev, digest),
        )
        prev = digest
    count = seq - 1 + len(rows)
    connection.execute(
        "UPDATE settings SET value = ? WHERE key = ?", (f"{count}:{prev}", audit.HEAD_KEY)
    )


def test_a_gap_without_the_purges_entry_is_missing_entries(setup: Setup, clock: FakeClock) -> None:
    activity(setup, clock)
    database = setup.session.database
    connection = database.connection
    entries = database.audit_entries()
    unprotect(connection)
    connection.execute("DELETE FROM audit WHERE seq <= 20")
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        (audit.ANCHOR_KEY, f"20:{entries[19].hash}"),
    )
    report = database.verify_audit()
    assert not report.intact
    assert report.broken_at == 1
    assert "entries 1-20 are missing" in report.sentence()
    assert "retention" not in report.sentence().split("missing")[0]


def test_a_real_purge_is_a_retention_gap_backed_by_its_entry(
    setup: Setup, clock: FakeClock
) -> None:
    activity(setup, clock)
    clock.now = clock.now + dt.timedelta(days=400)
    activity(setup, clock, 3)
    report = AdminService(setup.session).purge_audit(12)
    assert report.entries > 0
    chain = setup.session.database.verify_audit()
    assert chain.intact, chain.sentence()
    purge = setup.session.database.audit_entries()[-1]
    assert purge.action == "purge"
    assert f"up-to:{chain.purged}:" in (purge.criterion or "")
    assert f"entries 1-{chain.purged} removed by retention (purge at entry {purge.seq})" in (
        chain.sentence()
    )


def test_the_head_is_printed_with_its_time(setup: Setup, clock: FakeClock) -> None:
    activity(setup, clock, 2)
    database = setup.session.database
    last = database.audit_entries()[-1]
    report = database.verify_audit()
    assert report.head == last.hash
    assert report.head_at == last.at
    assert f"head {last.hash} at {last.at}" in report.sentence()


def test_an_anchor_kept_elsewhere_catches_a_rewritten_chain(
    setup: Setup, clock: FakeClock, tmp_path: Path
) -> None:
    activity(setup, clock)
    admin = AdminService(setup.session)
    anchor_file = tmp_path / "usb" / "anchor.json"
    anchor_file.parent.mkdir()
    anchor = admin.audit_anchor(anchor_file)
    document = json.loads(anchor_file.read_text())
    assert (document["seq"], document["hash"]) == (anchor.seq, anchor.hash)
    assert document["clinicId"] == setup.session.vault.read_keyfile().file_id
    assert admin.verify_audit(anchor_file).intact
    activity(setup, clock, 2)
    assert admin.verify_audit(anchor_file).intact  # more entries after the anchor: fine
    rewrite_from(setup.session.database.connection, 5)
    assert setup.session.database.verify_audit().intact  # the chain alone cannot tell
    with pytest.raises(StorageError) as error:
        admin.verify_audit(anchor_file)
    assert error.value.code == "anchor-mismatch"
    assert str(anchor.seq) in error.value.message("en")


def test_a_chain_cut_back_before_the_anchor_is_caught(
    setup: Setup, clock: FakeClock, tmp_path: Path
) -> None:
    activity(setup, clock)
    admin = AdminService(setup.session)
    anchor = admin.audit_anchor(tmp_path / "anchor.json")
    connection = setup.session.database.connection
    unprotect(connection)
    connection.execute("DELETE FROM audit WHERE seq > 3")
    last = connection.execute("SELECT hash FROM audit WHERE seq = 3").fetchone()[0]
    connection.execute("UPDATE settings SET value = ? WHERE key = ?", (f"3:{last}", audit.HEAD_KEY))
    assert setup.session.database.verify_audit().intact
    with pytest.raises(StorageError) as error:
        admin.verify_audit(tmp_path / "anchor.json")
    assert error.value.code == "anchor-truncated"
    assert str(anchor.seq) in error.value.message("da")


def test_another_clinics_anchor_and_odd_files_are_refused(
    setup: Setup, accounts: Accounts, clock: FakeClock, tmp_path: Path
) -> None:
    admin = AdminService(setup.session)
    path = tmp_path / "anchor.json"
    admin.audit_anchor(path)
    document = json.loads(path.read_text())
    document["clinicId"] = "0" * 64
    other = tmp_path / "other.json"
    other.write_text(json.dumps(document))
    with pytest.raises(StorageError) as error:
        admin.verify_audit(other)
    assert error.value.code == "anchor-other-clinic"
    (tmp_path / "junk.json").write_text("{not json")
    with pytest.raises(StorageError) as error:
        admin.verify_audit(tmp_path / "junk.json")
    assert error.value.code == "anchor-invalid"
    before = path.read_bytes()
    with pytest.raises(StorageError) as error:
        admin.audit_anchor(path)  # never overwritten
    assert error.value.code == "anchor-exists"
    assert path.read_bytes() == before
    with pytest.raises(StorageError) as error:
        admin.audit_anchor(accounts.vault.data_dir / "anchor.json")
    assert error.value.code == "anchor-inside-data"
    actions = [e.action for e in setup.session.database.audit_entries()]
    assert actions.count("audit-anchor") >= 1
