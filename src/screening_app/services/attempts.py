"""The login attempts the throttle counted while the database was closed, into the audit trail.

Failed logins (and an alert when the counters were found missing or damaged) wait in the
throttle's file, which holds no names: users appear by key-file tag. Once a login has opened the
database they become audit entries, in one transaction, and only then leave the file: never
lost (at worst, after a kill between the two steps, recorded twice).
"""

from __future__ import annotations

from screening_app.storage.audit import Outcome
from screening_app.storage.interface import KeyVault, Store
from screening_app.storage.wrapping import user_tag

RECOVERY_USER = "recovery-key"
UNKNOWN = "(unknown)"
SYSTEM = "(system)"


def audit_pending(vault: KeyVault, database: Store, *, mine: tuple[str, str] | None = None) -> None:
    """Write what waits into ``database``'s trail. ``mine`` = (user name, criterion): that
    user's own failures are ``unlock-failed`` (a password typed at the lock screen)."""
    pending = vault.pending_attempts()
    if pending.empty:
        return
    salt = vault.read_keyfile().tag_salt
    names = {user_tag(salt, name): name for name in database.usernames()}
    names["recovery"] = RECOVERY_USER
    own_tag = user_tag(salt, mine[0]) if mine is not None else None
    entries: list[tuple[str, str, Outcome, str, str | None]] = []
    for tag, at in pending.failed:
        if mine is not None and tag == own_tag:
            entries.append((mine[0], "unlock-failed", "refused", at, mine[1]))
        else:
            entries.append((names.get(tag, UNKNOWN), "login-failed", "refused", at, None))
    entries.extend(
        (SYSTEM, "throttle-state-lost", "failed", at, kind) for kind, at in pending.alerts
    )
    if pending.dropped:
        criterion = f"not-itemised:{pending.dropped}"
        entries.append((UNKNOWN, "login-failed", "refused", vault.now_text(), criterion))
    database.record_events(entries)
    vault.forget_attempts(pending)
