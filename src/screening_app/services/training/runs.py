"""The runs kept on this laptop, the trainer's overview of them, and carrying them between
laptops (a file sealed under the course's passphrase; no network).

Each operation is one audited entry in the training database (``record-training-run``,
``view-training-runs``, ``export-training-runs``, ``import-training-runs``). A run made here
names this laptop (its training database's id) as its origin; an imported run keeps the origin
it was made on, and a run already kept (the same ``uid``) is not added twice, so importing the
same files again, or a laptop's later export with its earlier runs, changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from screening_app.services.consultation.journal import Journal
from screening_app.services.session import UserSession
from screening_app.services.training.debrief import Debrief
from screening_app.services.validation import refuse_control_characters
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import Argon2Params
from screening_app.storage.training_export import EXPORT_PARAMS, open_runs, seal_runs
from screening_app.storage.training_runs import RunRow

MODES = ("solo", "role-play")
MAX_TRAINEE = 100
MAX_RUNS_IN_FILE = 10_000


@dataclass(frozen=True)
class Run:
    id: int
    uid: str
    trainee: str
    case_id: str
    case_version: str
    mode: str
    started: dt.datetime
    ended: dt.datetime
    met: int
    missed: int
    seconds: float
    origin: str  # the id of the laptop's training database it was made on
    debrief: Debrief
    journal: list[dict[str, Any]]

    @property
    def case_title(self) -> dict[str, str]:
        return self.debrief.case_title

    @property
    def missed_ids(self) -> list[str]:
        return [p.id for p in self.debrief.missed]


@dataclass(frozen=True)
class Imported:
    added: int
    known: int  # already kept (the same run imported before)
    laptops: int  # how many laptops the file's runs came from


def checked_trainee(name: str) -> str:
    """The trainee's name or course code, as typed at the start (one line, 1-100 characters)."""
    text = " ".join(name.split())
    refuse_control_characters(text, "name")
    if not text or len(text) > MAX_TRAINEE:
        raise StorageError("invalid", detail=f"name or course code (1-{MAX_TRAINEE} characters)")
    return text


class TrainingRuns:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    @property
    def laptop(self) -> str:
        """This laptop's training database id (a run's origin)."""
        return self._session.vault.read_keyfile().file_id

    def record(
        self,
        *,
        trainee: str,
        mode: str,
        started: dt.datetime,
        ended: dt.datetime,
        debrief: Debrief,
        journal: Journal,
    ) -> Run:
        if mode not in MODES:
            raise StorageError("invalid", detail="mode")
        row = RunRow(
            id=0,
            run_uid=str(uuid.uuid4()),
            trainee=checked_trainee(trainee),
            case_id=debrief.case_id,
            case_version=debrief.case_version,
            mode=mode,
            started_at=_utc(started),
            ended_at=_utc(ended),
            met=len(debrief.met),
            missed=len(debrief.missed),
            seconds=debrief.total_seconds,
            debrief_json=json.dumps(debrief.to_json(), ensure_ascii=False, sort_keys=True),
            journal_json=json.dumps(journal.to_json(), ensure_ascii=False),
            origin=self.laptop,
            recorded_at="",
        )
        with self._session.audited("record-training-run", criterion=row.case_id) as work:
            run_id = work.training_runs.add(row)
            stored = None if run_id is None else work.training_runs.get(run_id)
        assert stored is not None
        return _run(stored)

    def overview(self) -> list[Run]:
        """Every run kept here, oldest first."""
        with self._session.audited("view-training-runs") as work:
            rows = work.training_runs.all()
        return [_run(row) for row in rows]

    # ------------------------------------------------------------ carrying
    def export(self, passphrase: str, params: Argon2Params = EXPORT_PARAMS) -> bytes:
        """Every run kept here, sealed under ``passphrase``: the file's bytes (the screen
        writes them where the user chose)."""
        with self._session.audited("export-training-runs") as work:
            rows = work.training_runs.all()
            work.criterion = f"runs:{len(rows)}"
            content = {
                "laptop": self.laptop,
                "exportedAt": _utc(self._session.clock()),
                "runs": [_row_json(row) for row in rows],
            }
            return seal_runs(content, passphrase, params)

    def import_file(self, data: bytes, passphrase: str) -> Imported:
        """The runs in an export file added to this laptop's (those kept already are skipped).
        A file that does not open whole, or holds anything that is not a run, adds nothing."""
        content = open_runs(data, passphrase)
        rows = _rows_from(content)
        with self._session.audited("import-training-runs") as work:
            added = sum(1 for row in rows if work.training_runs.add(row) is not None)
            work.criterion = f"runs:{added}/{len(rows)}"
        return Imported(added, len(rows) - added, len({row.origin for row in rows}))


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _run(row: RunRow) -> Run:
    return Run(
        id=row.id,
        uid=row.run_uid,
        trainee=row.trainee,
        case_id=row.case_id,
        case_version=row.case_version,
        mode=row.mode,
        started=dt.datetime.fromisoformat(row.started_at),
        ended=dt.datetime.fromisoformat(row.ended_at),
        met=row.met,
        missed=row.missed,
        seconds=row.seconds,
        origin=row.origin,
        debrief=Debrief.from_json(json.loads(row.debrief_json)),
        journal=json.loads(row.journal_json),
    )


def _row_json(row: RunRow) -> dict[str, Any]:
    return {
        "uid": row.run_uid,
        "trainee": row.trainee,
        "caseId": row.case_id,
        "caseVersion": row.case_version,
        "mode": row.mode,
        "startedAt": row.started_at,
        "endedAt": row.ended_at,
        "origin": row.origin,
        "debrief": json.loads(row.debrief_json),
        "journal": json.loads(row.journal_json),
    }


def _rows_from(content: Mapping[str, Any]) -> list[RunRow]:
    """Every run of an opened export, checked (``export-not-runs`` for anything else)."""
    runs = content.get("runs")
    if not isinstance(runs, list) or len(runs) > MAX_RUNS_IN_FILE:
        raise StorageError("export-not-runs")
    try:
        return [_row_from(item) for item in runs]
    except (KeyError, TypeError, ValueError, AttributeError):
        raise StorageError("export-not-runs") from None


def _row_from(item: Mapping[str, Any]) -> RunRow:
    debrief = Debrief.from_json(item["debrief"])
    journal = Journal.from_json(item["journal"])
    uid = str(uuid.UUID(str(item["uid"])))
    mode = str(item["mode"])
    if mode not in MODES:
        raise ValueError("mode")
    started = dt.datetime.fromisoformat(str(item["startedAt"]))
    ended = dt.datetime.fromisoformat(str(item["endedAt"]))
    if started.tzinfo is None or ended.tzinfo is None:
        raise ValueError("times without a time zone")
    origin = str(item["origin"])
    if not origin or len(origin) > 64:  # noqa: PLR2004 - a key file id
        raise ValueError("origin")
    if debrief.case_id != str(item["caseId"]):
        raise ValueError("case")
    return RunRow(
        id=0,
        run_uid=uid,
        trainee=checked_trainee(str(item["trainee"])),
        case_id=debrief.case_id,
        case_version=debrief.case_version,
        mode=mode,
        started_at=_utc(started),
        ended_at=_utc(ended),
        met=len(debrief.met),
        missed=len(debrief.missed),
        seconds=debrief.total_seconds,
        debrief_json=json.dumps(debrief.to_json(), ensure_ascii=False, sort_keys=True),
        journal_json=json.dumps(journal.to_json(), ensure_ascii=False),
        origin=origin,
        recorded_at="",
    )


def runs_by_laptop(runs: Sequence[Run]) -> dict[str, int]:
    found: dict[str, int] = {}
    for run in runs:
        found[run.origin] = found.get(run.origin, 0) + 1
    return found
