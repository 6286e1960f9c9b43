"""Training mode's own settings, kept in the training database: the trainer's folder of extra
cases (the command line's ``--training-cases DIR`` is used as well, for that start only)."""

from __future__ import annotations

from pathlib import Path

from screening_app.services.session import UserSession
from screening_app.services.validation import refuse_control_characters
from screening_app.storage.errors import StorageError

CASES_FOLDER = "training_cases_folder"
MAX_PATH = 1000


class TrainingSettings:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    def cases_folder(self) -> Path | None:
        value = self._session.database.setting(CASES_FOLDER)
        return Path(value) if value else None

    def set_cases_folder(self, folder: Path | None) -> None:
        """The folder of extra cases (None: none). One audited settings change."""
        text = "" if folder is None else str(folder)
        refuse_control_characters(text, "folder")
        if len(text) > MAX_PATH or (folder is not None and not folder.is_absolute()):
            raise StorageError("invalid", detail="folder (an absolute path)")
        with self._session.audited("settings-change", criterion="training-cases-folder") as work:
            work.settings.set(CASES_FOLDER, text)
