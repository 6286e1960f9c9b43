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

CRITERION = "confirm-password"


class PasswordConfirmation:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    def confirm(self, password: str) -> bool:
        """True for the user's password; False otherwise. ``StorageError("throttled")`` when
        the user must wait; ``StorageError("locked")`` when the session is locked."""
        session = self._session
        database = session.database
        if session.vault.verify_password(session.user.username, password):
            database.record_event(session.user.username, "unlock", criterion=CRITERION)
            return True
        session.audit_failed_attempts(CRITERION)
        return False


__all__ = ["CRITERION", "PasswordConfirmation", "StorageError"]
