"""Kills during a schema upgrade: the driver and the process it kills.

A "zygote" subprocess imports everything once, then for each ``go DIR MODE`` line forks a
worker that opens the (old, frozen) database in DIR with the normal ``Vault.unlock``, which
upgrades it, and prints ``DONE``. The driver kills the worker with SIGKILL:

- ``block``: the second migration step has run its statements and prints ``IN-STEP``, then
  waits; the kill comes there (the first step committed, the second's transaction open);
- ``run``: no waiting; the kill comes after a random delay in the time a whole upgrade takes
  (a worker that finished first waits for it);
- ``time``: as ``run``, and the worker exits after ``DONE`` (the driver's calibration).

Afterwards the driver opens the database as the next start would.

    python -m tests.storage.upgrade_kill     (the zygote; reads "go" lines)
"""

from __future__ import annotations

import datetime as dt
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _worker(data_dir: Path, mode: str) -> None:
    from screening_app.storage import migrations
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.storage.vault import Vault
    from tests.storage.frozen.make_frozen import FROZEN_PASSWORD, FROZEN_USER

    if mode == "block":
        steps = list(migrations.MIGRATIONS)
        second = steps[1]

        def blocking(connection: object) -> None:
            second(connection)
            os.write(1, b"IN-STEP\n")
            signal.pause()  # inside the step until the parent's SIGKILL arrives

        steps[1] = blocking
        migrations.migrate.__defaults__ = (tuple(steps),)
    vault = Vault(data_dir, clock=clock, kdf_params=TEST_PARAMS)
    started = time.perf_counter()
    vault.unlock(FROZEN_USER, FROZEN_PASSWORD).close()
    os.write(1, f"DONE {time.perf_counter() - started:.4f}\n".encode())
    if mode == "run":
        # Alive until the driver's kill, however early the upgrade ended: the process id it
        # kills is always this worker's (never gone, never reused by another process).
        signal.pause()


def zygote() -> int:
    import screening_app.storage.vault  # noqa: F401
    import tests.storage.frozen.make_frozen  # noqa: F401

    for line in sys.stdin:
        command = line.split()
        if not command or command[0] != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                _worker(Path(command[1]), command[2])
            finally:
                os._exit(0)
        os.write(1, f"PID {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"DEAD {pid} {status}\n".encode())
    return 0


class Zygote:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.upgrade_kill"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )

    def start(self, data_dir: Path, mode: str) -> int:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(f"go {data_dir} {mode}\n")
        self.process.stdin.flush()
        first = self.process.stdout.readline().split()
        assert first[0] == "PID", first
        return int(first[1])

    def read(self) -> list[str]:
        assert self.process.stdout is not None
        return self.process.stdout.readline().split()

    def wait(self, seconds: float) -> None:
        assert self.process.stdout is not None
        select.select([self.process.stdout], [], [], seconds)

    def kill_and_reap(self, pid: int) -> list[str]:
        """SIGKILL the worker; what it printed before it died (the last line is DEAD)."""
        os.kill(pid, signal.SIGKILL)
        printed: list[str] = []
        while True:
            parts = self.read()
            printed.append(" ".join(parts))
            if parts[0] == "DEAD":
                return printed

    def close(self) -> None:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


if __name__ == "__main__":
    raise SystemExit(zygote())
