"""The audit trail on the server: one hash chain per clinic, appended one writer at a time.

Each append locks the clinic's ``audit_head`` row (``SELECT ... FOR UPDATE``) for the rest of its
transaction, so concurrent writers on several workstations queue there and the chain stays one
line: entry n + 1 always names entry n's hash. The entries and their hashes are the file's
(``storage.audit``); the criterion is sealed (it may hold what was searched for) and the hash
covers it in clear, so only a holder of the clinic's key can verify the chain, and a DBA who
edits a row breaks it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from screening_app.storage.audit import (
    ACTIONS,
    GENESIS,
    AuditEntry,
    ChainReport,
    Outcome,
    entry_hash,
)
from screening_app.storage.server.fields import FieldCipher
from screening_app.storage.server.sql import Conn


def _where(seq: int) -> str:
    return f"audit/{seq}"


def start_chain(connection: Conn) -> None:
    connection.execute(
        "INSERT INTO audit_head (count, hash) VALUES (0, %s) ON CONFLICT DO NOTHING", (GENESIS,)
    )


def append(
    connection: Conn,
    cipher: FieldCipher,
    *,
    at: str,
    user: str,
    action: str,
    outcome: Outcome,
    person_id: int | None = None,
    criterion: str | None = None,
) -> AuditEntry:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    row = connection.execute("SELECT count, hash FROM audit_head FOR UPDATE").fetchone()
    if row is None:
        start_chain(connection)
        row = connection.execute("SELECT count, hash FROM audit_head FOR UPDATE").fetchone()
        assert row is not None
    seq, prev = int(row[0]) + 1, str(row[1])
    draft = AuditEntry(seq, at, user, action, person_id, criterion, outcome, prev, "")
    digest = entry_hash(prev, draft.content())
    sealed = None if criterion is None else cipher.seal(criterion.encode("utf-8"), _where(seq))
    connection.execute(
        'INSERT INTO audit (seq, at, "user", action, person_id, criterion_sealed, outcome,'
        " prev_hash, hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
        (seq, at, user, action, person_id, sealed, outcome, prev, digest),
    )
    connection.execute("UPDATE audit_head SET count = %s, hash = %s", (seq, digest))
    return AuditEntry(seq, at, user, action, person_id, criterion, outcome, prev, digest)


def entries(
    connection: Conn, cipher: FieldCipher, person_id: int | None = None
) -> Iterator[AuditEntry]:
    sql = (
        'SELECT seq, at, "user", action, person_id, criterion_sealed, outcome, prev_hash, hash'
        " FROM audit"
    )
    params: tuple[Any, ...] = ()
    if person_id is not None:
        sql += " WHERE person_id = %s"
        params = (person_id,)
    with connection.cursor() as cursor:
        for row in cursor.execute(sql + " ORDER BY seq", params):
            seq = int(row[0])
            criterion = None if row[5] is None else cipher.open(row[5], _where(seq)).decode()
            yield AuditEntry(seq, row[1], row[2], row[3], row[4], criterion, *row[6:])


def verify(connection: Conn, cipher: FieldCipher) -> ChainReport:
    """Walk the clinic's chain from its start; report the first entry that does not fit.

    A criterion that no longer opens under its own entry counts as changed content."""
    from screening_app.storage.errors import StorageError

    prev = GENESIS
    position = 0
    head_at: str | None = None
    try:
        for entry in entries(connection, cipher):
            position += 1
            if entry.seq != position:
                return ChainReport(False, position - 1, prev, position, "an entry is missing")
            if entry.prev_hash != prev:
                return ChainReport(
                    False, position - 1, prev, position, "does not follow the previous"
                )
            if entry_hash(prev, entry.content()) != entry.hash:
                return ChainReport(False, position - 1, prev, position, "its content was changed")
            prev = entry.hash
            head_at = entry.at
    except StorageError:
        return ChainReport(False, position - 1, prev, position, "its content was changed")
    row = connection.execute("SELECT count, hash FROM audit_head").fetchone()
    count, head = (0, GENESIS) if row is None else (int(row[0]), str(row[1]))
    if (count, head) != (position, prev):
        if count > position:
            reason = f"entries after {position} were removed (the head records {count})"
            return ChainReport(False, position, prev, position + 1, reason, 0, head_at)
        reason = "the recorded head does not match the last entry"
        return ChainReport(False, position, prev, position, reason, 0, head_at)
    return ChainReport(True, position, prev, head_at=head_at)
