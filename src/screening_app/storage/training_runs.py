"""The training database's own table: the runs of training cases, and its marker.

A training database is a TrygStart database like the clinic's (the same schema, so the real
screens and use cases run on it) with two things of its own: the marker in its settings
(``database_purpose = training``, beside the marker in its key file) and the table of runs,
made when the training database is made. The clinic's database has neither; the clinic's code
refuses a database with the marker (``Accounts.login``), and training mode refuses one without
it.

A run keeps who practised (the name or course code typed at the start), which case, when, how it
went (the points met and missed, the time), the debrief and the journal as JSON, and where it
was made (this laptop, or the laptop a trainer imported it from). ``run_uid`` is unique, so
importing the same export twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from screening_app.storage.connection import Connection

PURPOSE_KEY = "database_purpose"
TRAINING = "training"

RUNS_TABLE = """
CREATE TABLE IF NOT EXISTS training_runs (
    id INTEGER PRIMARY KEY,
    run_uid TEXT NOT NULL UNIQUE,
    trainee TEXT NOT NULL,
    case_id TEXT NOT NULL,
    case_version TEXT NOT NULL,
    mode TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    met INTEGER NOT NULL,
    missed INTEGER NOT NULL,
    seconds REAL NOT NULL,
    debrief_json TEXT NOT NULL,
    journal_json TEXT NOT NULL,
    origin TEXT NOT NULL,
    recorded_at TEXT NOT NULL
)
"""

_COLUMNS = (
    "id, run_uid, trainee, case_id, case_version, mode, started_at, ended_at, met, missed,"
    " seconds, debrief_json, journal_json, origin, recorded_at"
)


@dataclass(frozen=True)
class RunRow:
    id: int
    run_uid: str
    trainee: str
    case_id: str
    case_version: str
    mode: str  # "solo" or "role-play"
    started_at: str  # ISO, UTC
    ended_at: str
    met: int
    missed: int
    seconds: float
    debrief_json: str
    journal_json: str
    origin: str  # "here", or the id of the laptop it was imported from
    recorded_at: str


def make_runs_table(connection: Connection) -> None:
    connection.execute(RUNS_TABLE)


def prepare_training(connection: Connection) -> None:
    """The table of runs, and the marker when a start that was killed before its settings left
    it out (the key file's mark and the training secret opened this database)."""
    connection.execute(RUNS_TABLE)
    connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        (PURPOSE_KEY, TRAINING),
    )


def has_runs_table(connection: Connection) -> bool:
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'training_runs'"
    ).fetchone()
    return row is not None


class TrainingRunRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

    def add(self, row: RunRow) -> int | None:
        """The new run's id, or None when a run with its ``run_uid`` is already kept."""
        cursor = self._c.execute(
            "INSERT INTO training_runs (run_uid, trainee, case_id, case_version, mode,"
            " started_at, ended_at, met, missed, seconds, debrief_json, journal_json, origin,"
            " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (run_uid) DO NOTHING",
            (
                row.run_uid,
                row.trainee,
                row.case_id,
                row.case_version,
                row.mode,
                row.started_at,
                row.ended_at,
                row.met,
                row.missed,
                row.seconds,
                row.debrief_json,
                row.journal_json,
                row.origin,
                self._now,
            ),
        )
        return int(cursor.lastrowid) if cursor.rowcount else None

    def all(self) -> list[RunRow]:
        rows = self._c.execute(
            f"SELECT {_COLUMNS} FROM training_runs ORDER BY started_at, id"
        ).fetchall()
        return [RunRow(*row) for row in rows]

    def get(self, run_id: int) -> RunRow | None:
        row = self._c.execute(
            f"SELECT {_COLUMNS} FROM training_runs WHERE id = ?",
            (run_id,),
        ).fetchone()
        return None if row is None else RunRow(*row)
