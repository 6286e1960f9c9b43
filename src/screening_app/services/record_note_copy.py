"""The note for the clinical record was copied: one audit entry, naming the person.

The note (instrument, result, actions, referrals) leaves TrygStart through the clipboard, so
copying it is recorded like a view of the screening (``view-screening`` with the criterion
``copy-note``); the note's text itself is never stored or audited.
"""

from __future__ import annotations

from screening_app.services.session import UserSession
from screening_app.storage.errors import StorageError

CRITERION = "copy-note"


class RecordNoteCopies:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    def copied(self, screening_id: int) -> None:
        with self._session.audited("view-screening", criterion=CRITERION) as work:
            owner = work.screenings.owner(screening_id)
            if owner is None:
                raise StorageError("no-such-record")
            work.concerns(owner[0])
