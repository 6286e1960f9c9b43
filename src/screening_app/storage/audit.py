"""The audit trail: append-only, hash-chained, inside the encrypted database.

Each entry holds the UTC time, the user, the action, the person concerned or the search
criterion, and the outcome; never free text or answers. ``hash`` is SHA-256 over the previous
entry's hash and the entry's canonical content (JSON, sorted keys, including ``seq``), so an
edited, deleted or reordered row breaks the chain. The chain's head (count and last hash) is
kept in ``settings`` in the same transaction, so cutting entries off the end is caught too.
Triggers refuse UPDATE and DELETE. The retention purge removes a leading run of entries and
moves the chain's anchor; its own entry names the anchor (``up-to:<seq>:<hash>``), and a gap
at the start of the chain counts as retention only when such an entry backs it: otherwise the
entries are missing. Someone holding the database key can still rewrite the whole chain and
its head together: ``verify`` reports the head hash with its time, and ``audit_anchor`` keeps
it in a file IT holds elsewhere to compare with later.
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
# "<seq>:<hash>" of the last entry removed by the retention purge; the chain starts after it.
ANCHOR_KEY = "audit_anchor"

ACTIONS: frozenset[str] = frozenset(
    {
        # accounts and session
        "login",
        "login-failed",
        "logout",
        "lock",
        "unlock",
        "unlock-failed",
        "throttle-state-lost",  # the login counters were missing or damaged (fail closed)
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
        "export-statistics",
        # the person's own data (GDPR art. 15-17): her copy, and her requests
        "export-person",
        "record-data-request",
        "decide-data-request",
        "list-tasks",
        # training mode (its own database: the runs of training cases)
        "record-training-run",
        "view-training-runs",
        "export-training-runs",
        "import-training-runs",
        # administration
        "export-audit",
        "view-audit",
        "spot-check",
        "backup",
        "restore",
        "user-admin",
        "change-password",
        "settings-change",
        "rekey",
        "purge",
        "check",
        "verify-audit",
        "audit-anchor",
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


def _anchor(connection: Connection) -> tuple[int, str]:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (ANCHOR_KEY,)).fetchone()
    if row is None:
        return 0, GENESIS
    seq, _, digest = str(row[0]).partition(":")
    return int(seq), digest


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
    count: int  # the entry number (seq) the chain has reached
    head: str
    broken_at: int | None = None  # entry number of the first bad entry
    reason: str = ""
    purged: int = 0  # entries removed by the retention purge (the chain starts after them)
    head_at: str | None = None  # the time of the last entry
    purge_entry: int | None = None  # the purge's own entry that backs the gap
    missing: int = 0  # entries 1..missing are gone and no purge recorded it

    def sentence(self) -> str:
        if self.intact:
            kept = self.count - self.purged
            note = ""
            if self.purged:
                note = (
                    f"; entries 1-{self.purged} removed by retention "
                    f"(purge at entry {self.purge_entry})"
                )
            return f"intact, {kept} entries (head {self.head} at {self.head_at or '-'}{note})"
        return f"broken at entry {self.broken_at}: {self.reason}"


@dataclass(frozen=True)
class Purged:
    removed: int
    up_to: int  # the last entry removed (the new anchor)
    digest: str  # its hash

    def criterion(self) -> str:
        return f"up-to:{self.up_to}:{self.digest}" if self.removed else ""


def purge_before(connection: Connection, cutoff: str) -> Purged:
    """Remove the entries before ``cutoff`` (UTC text) from the start of the chain.

    Only a leading run is removed (every entry up to the first one at or after the cutoff), so
    what remains is one unbroken chain from the new anchor. The caller holds the transaction
    and puts ``Purged.criterion()`` into the purge's own audit entry (which backs the gap).
    """
    anchor_seq, anchor_digest = _anchor(connection)
    first_kept = connection.execute(
        "SELECT min(seq) FROM audit WHERE at >= ?", (cutoff,)
    ).fetchone()[0]
    last = connection.execute("SELECT max(seq) FROM audit").fetchone()[0]
    if last is None:
        return Purged(0, anchor_seq, anchor_digest)
    up_to = int(first_kept) - 1 if first_kept is not None else int(last)
    if up_to <= anchor_seq:
        return Purged(0, anchor_seq, anchor_digest)
    digest = connection.execute("SELECT hash FROM audit WHERE seq = ?", (up_to,)).fetchone()[0]
    connection.execute("INSERT INTO audit_purge_allowed (up_to_seq) VALUES (?)", (up_to,))
    connection.execute("DELETE FROM audit WHERE seq <= ?", (up_to,))
    connection.execute("DELETE FROM audit_purge_allowed")
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (ANCHOR_KEY, f"{up_to}:{digest}"),
    )
    return Purged(up_to - anchor_seq, up_to, str(digest))


def verify(connection: Connection) -> ChainReport:
    """Walk the chain from its anchor; report the first entry that does not fit."""
    anchor_seq, prev = _anchor(connection)
    position = anchor_seq
    head_at: str | None = None
    backing: int | None = None
    needed = f"up-to:{anchor_seq}:{prev}"
    for entry in entries(connection):
        position += 1
        if entry.seq != position:
            return ChainReport(
                False, position - 1, prev, position, "an entry is missing or moved", anchor_seq
            )
        if entry.prev_hash != prev:
            return ChainReport(
                False, position - 1, prev, position, "does not follow the previous", anchor_seq
            )
        if entry_hash(prev, entry.content()) != entry.hash:
            return ChainReport(
                False, position - 1, prev, position, "its content was changed", anchor_seq
            )
        if backing is None and entry.action == "purge" and needed in (entry.criterion or ""):
            backing = entry.seq
        prev = entry.hash
        head_at = entry.at
    if anchor_seq and backing is None:
        reason = f"entries 1-{anchor_seq} are missing (no retention purge recorded their removal)"
        return ChainReport(False, position, prev, 1, reason, 0, head_at, missing=anchor_seq)
    count, head = _head(connection)
    if (count, head) != (position, prev):
        if count > position:
            where = position + 1
            reason = f"entries after {position} were removed (the head records {count})"
        else:
            where = position
            reason = "the recorded head does not match the last entry"
        return ChainReport(False, position, prev, where, reason, anchor_seq, head_at)
    return ChainReport(
        True, position, prev, purged=anchor_seq, head_at=head_at, purge_entry=backing
    )


def entry_hash_at(connection: Connection, seq: int) -> str | None:
    """The stored hash of entry ``seq`` (the anchor's hash when ``seq`` is the anchor)."""
    anchor_seq, anchor_digest = _anchor(connection)
    if seq == anchor_seq and seq:
        return anchor_digest
    row = connection.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else str(row[0])


def anchor_seq(connection: Connection) -> int:
    """The last entry removed by retention (0: none)."""
    return _anchor(connection)[0]
