"""The crash test's writer and driver (security.md check 8; used by the suite and bench/crash.py).

A "zygote" subprocess imports everything once, then forks one writer per trial. The writer
logs in, and answers questions forever, printing ``ACK <screening> <item> <value>`` only after
each answer's transaction has committed. The driver reads a random number of ACKs, sends
SIGKILL at that moment (the writer is then somewhere in its next transaction), and checks:
the database opens, ``cipher_integrity_check`` and ``integrity_check`` pass, the audit chain
is intact, and every acknowledged answer is there with its value.

    python -m tests.storage.crash_writer DATA_DIR     (the zygote; reads "go" lines)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import select
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.vault import Vault

USER = "crash"
PASSWORD = "writer passphrase for kill trials"
REPO = Path(__file__).resolve().parents[2]


def _clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# ------------------------------------------------------------------ the writer side
def _writer(data_dir: Path, seed: int) -> None:
    from screening_app.instruments.yaml_format import load_instrument
    from screening_app.services.accounts import Accounts
    from screening_app.services.screenings import ScreeningService
    from screening_app.storage.passwords import PasswordPolicy
    from screening_app.storage.pins import PinHasher

    rng = random.Random(seed)
    vault = Vault(data_dir, clock=_clock, kdf_params=TEST_PARAMS)
    policy = PasswordPolicy(REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz")
    accounts = Accounts(vault, clock=_clock, policy=policy, pins=PinHasher(TEST_PARAMS))
    session = accounts.login(USER, PASSWORD)
    screenings = ScreeningService(session, [load_instrument(REPO / "tests/data/minimal.yaml")])
    while True:
        draft = screenings.start(1, "test-minimal", "da")
        sid = draft.screening.id
        for link_id, value in (("q1", rng.choice(["yes", "no"])), ("age", rng.randint(0, 120))):
            screenings.answer(sid, link_id, value)
            os.write(1, f"ACK {sid} {link_id} {json.dumps(value)}\n".encode())
        if rng.random() < 0.3:
            screenings.finalise(sid)
            os.write(1, f"FIN {sid}\n".encode())


def _rekeyer(data_dir: Path) -> None:
    vault = Vault(data_dir, clock=_clock, kdf_params=TEST_PARAMS)
    database = vault.unlock(USER, PASSWORD)
    os.write(1, f"KEY {bytes(database.key_copy()).hex()}\n".encode())
    while True:
        vault.rekey(database, [USER])
        os.write(1, f"KEY {bytes(database.key_copy()).hex()}\n".encode())


def zygote(data_dir: Path) -> int:
    import screening_app.instruments.yaml_format
    import screening_app.services.accounts
    import screening_app.services.screenings  # noqa: F401

    sys.stdout.flush()
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] != "go":
            break
        seed = int(command[1])
        mode = command[2] if len(command) > 2 else "answers"
        pid = os.fork()
        if pid == 0:
            try:
                if mode == "rekey":
                    _rekeyer(data_dir)
                else:
                    _writer(data_dir, seed)
            finally:
                os._exit(3)
        os.write(1, f"PID {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"DEAD {pid} {status}\n".encode())
    return 0


# ------------------------------------------------------------------ the driver side
@dataclass
class CrashReport:
    kills: int = 0
    acknowledged: int = 0
    lost: int = 0
    corrupt: int = 0
    open_failures: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"kills {self.kills}, acknowledged answers {self.acknowledged}, "
            f"lost {self.lost}, corrupt {self.corrupt}, failed to open {self.open_failures}"
        )


def prepare(data_dir: Path, persons: int = 1) -> None:
    from screening_app.services.accounts import Accounts
    from screening_app.services.persons import PersonService
    from screening_app.storage.passwords import PasswordPolicy
    from screening_app.storage.pins import PinHasher
    from screening_app.storage.records import PersonData

    vault = Vault(data_dir, clock=_clock, kdf_params=TEST_PARAMS)
    policy = PasswordPolicy(REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz")
    accounts = Accounts(vault, clock=_clock, policy=policy, pins=PinHasher(TEST_PARAMS))
    setup = accounts.setup(clinic_name="Crash", admin_username=USER, admin_password=PASSWORD)
    for n in range(persons):
        PersonService(setup.session).create(PersonData(name=f"Crash Person {n}", role="other"))
    setup.session.logout()


def verify(data_dir: Path, acked: dict[tuple[int, str], object], report: CrashReport) -> None:
    from screening_app.storage.errors import StorageError

    vault = Vault(data_dir, clock=_clock, kdf_params=TEST_PARAMS)
    try:
        database = vault.unlock(USER, PASSWORD)
    except StorageError as error:
        report.open_failures += 1
        report.problems.append(f"open: {error.code}")
        return
    try:
        check = database.check()
        if check.settings or check.integrity or not check.audit.intact:
            report.corrupt += 1
            report.problems.append(f"check: {check}")
        rows = database.connection.execute(
            "SELECT screening_id, link_id, value_json FROM answers"
        ).fetchall()
        stored = {(int(s), str(link)): json.loads(value) for s, link, value in rows}
        for key, value in acked.items():
            if stored.get(key) != value:
                report.lost += 1
                report.problems.append(f"lost {key}: {value!r} stored {stored.get(key)!r}")
    finally:
        database.close()


def wait_a_moment(process: subprocess.Popen[str], seconds: float) -> None:
    """Let the writer run on for up to ``seconds`` (returns early if it prints something)."""
    assert process.stdout is not None
    select.select([process.stdout], [], [], seconds)


def start_zygote(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_writer", str(data_dir)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def run_trials(data_dir: Path, kills: int, seed: int, max_acks: int = 25) -> CrashReport:
    """Kill ``kills`` writers at random moments; verify after each kill."""
    prepare(data_dir)
    rng = random.Random(seed)
    report = CrashReport()
    acked: dict[tuple[int, str], object] = {}
    process = start_zygote(data_dir)
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        for _ in range(kills):
            process.stdin.write(f"go {rng.randrange(1 << 30)}\n")
            process.stdin.flush()
            first = process.stdout.readline().split()
            assert first[0] == "PID", first
            pid = int(first[1])
            # 1 trial in 8 is killed during start-up (log in, open, check the schema).
            target = 0 if rng.random() < 0.125 else rng.randint(1, max_acks)
            seen = 0
            while seen < target:
                parts = process.stdout.readline().split(maxsplit=3)
                if parts[0] == "ACK":
                    acked[(int(parts[1]), parts[2])] = json.loads(parts[3])
                    report.acknowledged += 1
                    seen += 1
                elif parts[0] == "DEAD":
                    raise AssertionError(f"writer died by itself: {parts}")
            wait_a_moment(process, rng.uniform(0, 0.02))
            os.kill(pid, signal.SIGKILL)
            while True:  # drain what it printed before dying
                parts = process.stdout.readline().split(maxsplit=3)
                if parts[0] == "DEAD":
                    break
                if parts[0] == "ACK":
                    acked[(int(parts[1]), parts[2])] = json.loads(parts[3])
                    report.acknowledged += 1
            report.kills += 1
            verify(data_dir, acked, report)
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()
    return report


if __name__ == "__main__":
    raise SystemExit(zygote(Path(sys.argv[1])))


# ------------------------------------------------------------------ rekey kills (check 7)
@dataclass
class RekeyReport:
    trials: int = 0
    intact: int = 0
    caught_mid_rekey: int = 0  # the kill left a pending key in the key file
    problems: list[str] = field(default_factory=list)


def keyfile_keys(vault: Vault) -> list[bytes]:
    """Every database key the key file holds for the crash user (current and pending)."""
    from screening_app.storage import keyring, wrapping

    keyfile = vault.read_keyfile()
    tag = wrapping.user_tag(keyfile.tag_salt, USER)
    user = keyfile.user(tag)
    assert user is not None
    private = wrapping.open_private_key(
        user.kdf, user.private_key, PASSWORD, keyring.user_aad(keyfile, tag)
    )
    keys = []
    for record in keyfile.database_keys:
        wrap = next(w for w in record.wraps if w.to == tag)
        aad = keyring.key_aad(keyfile, record.generation)
        keys.append(bytes(wrapping.unwrap_database_key(wrap, private, aad)))
    return keys


def opens(path: Path, key: bytes) -> bool:
    from screening_app.storage.connection import open_connection
    from screening_app.storage.errors import StorageError

    try:
        connection = open_connection(path, key)
    except StorageError:
        return False
    connection.close()
    return True


def run_rekey_trials(data_dir: Path, trials: int, seed: int) -> RekeyReport:
    prepare(data_dir, persons=300)
    rng = random.Random(seed)
    report = RekeyReport()
    vault = Vault(data_dir, clock=_clock, kdf_params=TEST_PARAMS)
    seen: set[bytes] = set(keyfile_keys(vault))
    process = start_zygote(data_dir)
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        for _ in range(trials):
            process.stdin.write(f"go {rng.randrange(1 << 30)} rekey\n")
            process.stdin.flush()
            pid = int(process.stdout.readline().split()[1])
            target = rng.randint(1, 4)
            count = 0
            while count < target:
                parts = process.stdout.readline().split()
                if parts[0] == "KEY":
                    seen.add(bytes.fromhex(parts[1]))
                    count += 1
            wait_a_moment(process, rng.uniform(0, 0.03))
            os.kill(pid, signal.SIGKILL)
            while True:
                parts = process.stdout.readline().split()
                if parts[0] == "DEAD":
                    break
                if parts[0] == "KEY":
                    seen.add(bytes.fromhex(parts[1]))
            report.trials += 1
            if len(vault.read_keyfile().database_keys) > 1:
                report.caught_mid_rekey += 1
            candidates = seen | set(keyfile_keys(vault))
            seen = candidates
            working = [key for key in candidates if opens(vault.database_path, key)]
            if len(working) != 1:
                report.problems.append(f"{len(working)} keys open the database")
                continue
            database = vault.unlock(USER, PASSWORD)
            check = database.check()
            database.close()
            if len(vault.read_keyfile().database_keys) != 1 or not check.ok:
                report.problems.append(f"after reopening: {check}")
                continue
            report.intact += 1
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()
    return report
