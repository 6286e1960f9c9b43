"""The audit trail: append-only, hash-chained, inside the encrypted database.

Each entry holds the UTC time, the user, the action, the person concerned or the search
criterion, and the outcome; never free text or answers. ``hash`` is SHA-256 over the previous
entry's hash and the entry's canonical content (JSON, sorted keys, including ``seq``), so an
edited, deleted or reordered row breaks the chain. The chain's head (count and last hash) is
kept in ``settings`` in the same transaction, so cutting entries off the end is caught too.
Triggers refuse UPDATE and DELETE. Someone holding the database key can still rewrite the
whole chain and its head together: ``verify`` prints the head hash so clinic IT can note it
elsewhere (a printed log, the backup log) and compare later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from screening_app.storage.connection import Connection

GENESIS = "0" * 64
HEAD_KEY = "audit_head"

ACTIONS: frozenset[str] = frozenset(
    {
        # accounts and session
        "login",
        "login-failed",
        "logout",
        "lock",
        "unlock",
        "unlock-failed",
        # persons and records
        "search-persons",
        "view-person",
        "create-person",
        "update-person",
        "create-contact",
        "start-screening",
        "record-not-asked",
        "update-screening",
        "view-screening",
        "finalise-screening",
        "amend-screening",
        "record-referral",
        "record-document",
        "create-task",
        "complete-task",
        "add-note",
        "view-statistics",
        "list-tasks",
        # administration
        "export-audit",
        "backup",
        "restore",
        "user-admin",
        "change-password",
        "settings-change",
        "rekey",
        "purge",
        "check",
        "verify-audit",
    }
)
Outcome = Literal["ok", "refused", "failed"]


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user: str
    action: str
    person_id: int | None
    criterion: str | None
    outcome: str
    prev_hash: str
    hash: str

    def content(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "user": self.user,
            "action": self.action,
            "personId": self.person_id,
            "criterion": self.criterion,
            "outcome": self.outcome,
        }


def entry_hash(prev_hash: str, content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode("ascii")).hexdigest()


def _head(connection: Connection) -> tuple[int, str]:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (HEAD_KEY,)).fetchone()
    if row is None:
        return 0, GENESIS
    count, _, last = str(row[0]).partition(":")
    return int(count), last


def append(
    connection: Connection,
    *,
    at: str,
    user: str,
    action: str,
    outcome: Outcome,
    person_id: int | None = None,
    criterion: str | None = None,
) -> AuditEntry:
    """Add one entry (the caller holds the write transaction)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    count, prev = _head(connection)
    row = connection.execute("SELECT max(seq) FROM audit").fetchone()
    seq = int(row[0] or 0) + 1
    draft = AuditEntry(seq, at, user, action, person_id, criterion, outcome, prev, "")
    digest = entry_hash(prev, draft.content())
    connection.execute(
        "INSERT INTO audit (seq, at, user, action, person_id, criterion, outcome, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, user, action, person_id, criterion, outcome, prev, digest),
    )
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (HEAD_KEY, f"{count + 1}:{digest}"),
    )
    return AuditEntry(seq, at, user, action, person_id, criterion, outcome, prev, digest)


def entries(connection: Connection, person_id: int | None = None) -> Iterator[AuditEntry]:
    sql = "SELECT seq, at, user, action, person_id, criterion, outcome, prev_hash, hash FROM audit"
    params: tuple[Any, ...] = ()
    if person_id is not None:
        sql += " WHERE person_id = ?"
        params = (person_id,)
    for row in connection.execute(sql + " ORDER BY seq", params):
        yield AuditEntry(*row)


@dataclass(frozen=True)
class ChainReport:
    intact: bool
    count: int
    head: str
    broken_at: int | None = None  # position (1-based) of the first bad entry
    reason: str = ""

    def sentence(self) -> str:
        if self.intact:
            return f"intact, {self.count} entries (head {self.head[:16]})"
        return f"broken at entry {self.broken_at}: {self.reason}"


def verify(connection: Connection) -> ChainReport:
    """Walk the chain from the start; report the first entry that does not fit."""
    prev = GENESIS
    position = 0
    for entry in entries(connection):
        position += 1
        if entry.seq != position:
            return ChainReport(False, position - 1, prev, position, "an entry is missing or moved")
        if entry.prev_hash != prev:
            return ChainReport(False, position - 1, prev, position, "does not follow the previous")
        if entry_hash(prev, entry.content()) != entry.hash:
            return ChainReport(False, position - 1, prev, position, "its content was changed")
        prev = entry.hash
    count, head = _head(connection)
    if (count, head) != (position, prev):
        if count > position:
            where = position + 1
            reason = f"entries after {position} were removed (the head records {count})"
        else:
            where = position
            reason = "the recorded head does not match the last entry"
        return ChainReport(False, position, prev, where, reason)
    return ChainReport(True, position, prev)
