"""security.md check 18: the audit chain catches edits, deletions, reordering, truncation."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from screening_app.storage import audit
from screening_app.storage.connection import Connection, open_connection
from screening_app.storage.migrations import migrate

KEY = bytes(range(1, 33))
ENTRIES = 40


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("audit") / "db"
    connection = open_connection(path, KEY, create=True)
    migrate(connection, path)
    for n in range(ENTRIES):
        connection.execute("BEGIN IMMEDIATE")
        audit.append(
            connection,
            at=f"2026-01-01T00:00:{n:02d}.000000+00:00",
            user="anna",
            action="view-person",
            outcome="ok",
            person_id=n % 7 + 1,
        )
        connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def _copy(pristine: Path, target: Path) -> Connection:
    shutil.copyfile(pristine, target)
    return open_connection(target, KEY)


def _unprotect(connection: Connection) -> None:
    connection.execute("DROP TRIGGER audit_no_update")
    connection.execute("DROP TRIGGER audit_no_delete")


def _edit(c: Connection, seq: int) -> None:
    c.execute("UPDATE audit SET person_id = person_id + 100 WHERE seq = ?", (seq,))


def _delete(c: Connection, seq: int) -> None:
    c.execute("DELETE FROM audit WHERE seq = ?", (seq,))


def _reorder(c: Connection, seq: int) -> None:
    other = seq + 1 if seq < ENTRIES else seq - 1
    c.execute("UPDATE audit SET seq = -1 WHERE seq = ?", (seq,))
    c.execute("UPDATE audit SET seq = ? WHERE seq = ?", (seq, other))
    c.execute("UPDATE audit SET seq = ? WHERE seq = -1", (other,))


def _truncate(c: Connection, seq: int) -> None:
    c.execute("DELETE FROM audit WHERE seq >= ?", (seq,))


TAMPERS: dict[str, Callable[[Connection, int], None]] = {
    "edit": _edit,
    "delete": _delete,
    "reorder": _reorder,
    "truncate": _truncate,
}


def test_clean_chain_is_intact(pristine: Path, tmp_path: Path) -> None:
    connection = _copy(pristine, tmp_path / "db")
    report = audit.verify(connection)
    assert report.intact
    assert report.sentence().startswith(f"intact, {ENTRIES} entries")
    connection.close()


def test_triggers_refuse_update_and_delete(pristine: Path, tmp_path: Path) -> None:
    connection = _copy(pristine, tmp_path / "db")
    with pytest.raises(Exception, match="cannot be changed"):
        connection.execute("UPDATE audit SET user = 'x' WHERE seq = 1")
    with pytest.raises(Exception, match="cannot be deleted"):
        connection.execute("DELETE FROM audit WHERE seq = 1")
    connection.close()


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(TAMPERS))
def test_hundred_tamperings_of_each_kind_are_caught(
    pristine: Path, tmp_path: Path, kind: str
) -> None:
    rng = random.Random(f"audit-{kind}")
    detected = 0
    trials = 100
    for trial in range(trials):
        connection = _copy(pristine, tmp_path / f"db{trial}")
        _unprotect(connection)
        seq = rng.randint(1, ENTRIES)
        TAMPERS[kind](connection, seq)
        report = audit.verify(connection)
        connection.close()
        if not report.intact:
            detected += 1
            expected_first = min(seq, seq + 1 if seq < ENTRIES else seq - 1)
            assert report.broken_at == (expected_first if kind == "reorder" else seq)
        for path in tmp_path.glob(f"db{trial}*"):
            path.unlink()
    assert detected == trials


def test_unknown_action_is_refused(pristine: Path, tmp_path: Path) -> None:
    connection = _copy(pristine, tmp_path / "db")
    with pytest.raises(ValueError, match="unknown audit action"):
        audit.append(connection, at="t", user="u", action="peek", outcome="ok")
    connection.close()
