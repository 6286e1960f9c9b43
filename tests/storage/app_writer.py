"""A TrygStart "left open on the workstation" for the unattended backup's tests: a separate
process (SQLite's and our POSIX locks belong to a process) logged in to the clinic database.

    python -m tests.storage.app_writer DATA_DIR USER PASSWORD

Commands on stdin, one per line, each answered on stdout:
    write N        add N persons, each in its own committed transaction -> "ok <last id>"
    checkpoint     PRAGMA wal_checkpoint(TRUNCATE) with a short wait -> "ckpt <busy> <frames>"
    run STOPFILE   add persons until STOPFILE exists, a PASSIVE checkpoint every 5
                   -> "ran <last id acknowledged>"
    quit           log out -> "bye"
The database is the real one (Vault, Accounts, PersonService), with cheap keys.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from screening_app.services.accounts import Accounts
from screening_app.services.persons import PersonService
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.vault import Vault

REPO = Path(__file__).resolve().parents[2]


def _clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def main(data_dir: Path, user: str, password: str) -> None:
    policy = PasswordPolicy(REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz")
    vault = Vault(data_dir, clock=_clock, kdf_params=TEST_PARAMS)
    accounts = Accounts(vault, clock=_clock, policy=policy, pins=PinHasher(TEST_PARAMS))
    session = accounts.login(user, password)
    persons = PersonService(session)
    connection = session.database.connection
    last = 0

    def add() -> int:
        return persons.create(PersonData(name=f"Writer {last + 1} " + "x" * 150, role="other")).id

    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "write":
            for _ in range(int(argument)):
                last = add()
            print(f"ok {last}", flush=True)
        elif command == "checkpoint":
            connection.execute("PRAGMA busy_timeout = 100")
            busy, frames, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            connection.execute("PRAGMA busy_timeout = 5000")
            print(f"ckpt {busy} {frames}", flush=True)
        elif command == "run":
            stop = Path(argument)
            count = 0
            while not stop.exists():
                last = add()
                count += 1
                if count % 5 == 0:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
            print(f"ran {last}", flush=True)
        elif command == "quit":
            session.logout()
            print("bye", flush=True)
            return


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
