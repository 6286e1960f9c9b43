"""Parallel password guessers for the throttle's race test (issue 10 section 2).

    python -m tests.storage.guessers DATA_DIR USER N

Imports everything once, forks N children that wait on one pipe, releases them together, and
prints one line per child: "checked" when its password was checked (the throttle let it in;
the password is wrong) or "throttled" when the throttle refused it first. All children use
the same fixed clock, so the policy allows exactly ``FREE_FAILURES`` checks.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.vault import Vault

NOW = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def child(data_dir: Path, user: str, start: int, report: int) -> None:
    vault = Vault(data_dir, clock=lambda: NOW, kdf_params=TEST_PARAMS)
    os.read(start, 1)
    try:
        vault.unlock(user, "not the password, a guess").close()
        outcome = "opened"
    except StorageError as error:
        outcome = {"wrong-credentials": "checked", "throttled": "throttled"}.get(
            error.code, error.code
        )
    os.write(report, f"{outcome}\n".encode())


def main(data_dir: Path, user: str, count: int) -> None:
    start_read, start_write = os.pipe()
    report_read, report_write = os.pipe()
    children = []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:
            os.close(start_write)
            os.close(report_read)
            try:
                child(data_dir, user, start_read, report_write)
            finally:
                os._exit(0)
        children.append(pid)
    os.close(start_read)
    os.close(report_write)
    os.write(start_write, b"x" * count)  # all at once
    for pid in children:
        os.waitpid(pid, 0)
    with os.fdopen(report_read) as reports:
        sys.stdout.write(reports.read())


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
