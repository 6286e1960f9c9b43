"""Confirming the logged-in user's password while the database stays open.

Leaving self-complete mode hands the screen back to the clinician: only their password does it.
The database is already open (and the instance lock held), so the password is checked against
the user's sealed private key in the key file, with the same Argon2id work and the same login
throttle as a login, and nothing is reopened. Each attempt leaves one audit entry (``unlock``
or ``unlock-failed``, criterion ``confirm-password``).
"""

from __future__ import annotations

from screening_app.services.session import UserSession
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import wipe
from screening_app.storage.keyring import user_aad
from screening_app.storage.wrapping import UnwrapError, open_private_key, user_tag

CRITERION = "confirm-password"


class PasswordConfirmation:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    def confirm(self, password: str) -> bool:
        """True for the user's password; False otherwise. ``StorageError("throttled")`` when
        the user must wait; ``StorageError("locked")`` when the session is locked."""
        session = self._session
        database = session.database
        vault = session.vault
        keyfile = vault.read_keyfile()
        tag = user_tag(keyfile.tag_salt, session.user.username)
        vault.throttle.begin_attempt(tag, session.clock())
        record = keyfile.user(tag)
        ok = False
        if record is not None:
            try:
                private = open_private_key(
                    record.kdf, record.private_key, password, user_aad(keyfile, tag)
                )
            except UnwrapError:
                pass
            else:
                wipe(private)
                ok = True
        if ok:
            vault.throttle.succeeded(tag)
            database.record_event(session.user.username, "unlock", criterion=CRITERION)
        else:
            self._audit_failures(tag)
        return ok

    def _audit_failures(self, tag: str) -> None:
        """Move the failed attempts the throttle counted into the trail: this user's as
        ``unlock-failed`` (with their times), anyone else's as ``login-failed``."""
        session = self._session
        database = session.database
        salt = session.vault.read_keyfile().tag_salt
        names = {user_tag(salt, name): name for name in database.usernames()}
        for event_tag, at in session.vault.throttle.take_events():
            if event_tag == tag:
                database.record_event(
                    session.user.username, "unlock-failed", "refused", criterion=CRITERION, at=at
                )
            else:
                database.record_failed_logins([(names.get(event_tag, "(unknown)"), at)])


__all__ = ["CRITERION", "PasswordConfirmation", "StorageError"]
