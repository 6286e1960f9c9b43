"""Benchmark of the clinic database: figures, not a timed test.

A synthetic clinic (fictitious names) of N finalised screenings over ten years (persons: three
for every ten screenings), at several sizes so the growth shows (default 10,000, 100,000 and
300,000). Measured, median and p99: committing one answer through the use case (one
transaction, one audit entry), finding persons by name prefix and by CPR prefix, one person's
whole history and a year's statistics by band, each once through the use case (the query and
its audit entry, committed) and once as the bare query (the same repository calls, no
transaction, no audit entry); and the unlock with the production Argon2id parameters as this
machine calibrates them.

Each kind of database is built and measured in processes of its own, because SQLCipher's
``cipher_memory_security`` is process-wide (once on, it locks and wipes every allocation of
every connection in the process, keyed or not): the encrypted database as the application
opens it (memory security on); the same with memory security off (its cost, alone); SQLCipher's
engine without a key (the encryption's cost); Python's sqlite3 (plain SQLite, another build).
The same settings (WAL, synchronous FULL, secure_delete, temp_store MEMORY, the cache) and the
same code paths everywhere. Operations are measured in rounds, one process per kind and round,
the kinds taking turns, so the disk's weather is shared.

A commit costs a sync of the WAL file, and the builds differ there: under strace (``strace -f -e
trace=fsync,fdatasync``, ten commits in WAL mode with synchronous FULL) SQLCipher's SQLite build
called fsync() once per commit, with or without a key, where Python's sqlite3 called
fdatasync() (which may skip the file's metadata). The SQLCipher engine without a key shares the
fsync(), so encrypted against it is the encryption's cost; the gap from there to Python's
sqlite3 is the other build's, its sync among it.

    .venv/bin/python bench/storage.py [--sizes 10000,100000,300000] [--samples 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from screening_app.instruments.yaml_format import load_instrument  # noqa: E402
from screening_app.services.persons import PersonService  # noqa: E402
from screening_app.services.screenings import ScreeningService, result_snapshot  # noqa: E402
from screening_app.services.session import UserSession  # noqa: E402
from screening_app.storage.connection import CACHE_SIZE, key_literal  # noqa: E402
from screening_app.storage.database import Database, Work  # noqa: E402
from screening_app.storage.kdf import DEFAULT_PARAMS, TEST_PARAMS, measure_ms  # noqa: E402
from screening_app.storage.lockfile import InstanceLock  # noqa: E402
from screening_app.storage.migrations import migrate  # noqa: E402
from screening_app.storage.passwords import PasswordPolicy  # noqa: E402
from screening_app.storage.pins import PinHasher  # noqa: E402
from screening_app.storage.records import PersonData, User  # noqa: E402
from screening_app.storage.vault import Vault  # noqa: E402

FIRST = """Anne Mette Kirsten Hanne Susanne Lene Maria Marianne Camilla Louise Julie Sofie Ida
Emma Laura Freja Clara Alma Karen Nanna Signe Sara Cecilie Line Mia Maja Amalie Josefine Ellen
Jens Peter Lars Michael Henrik Søren Thomas Martin Mads Rasmus Jonas Mikkel Frederik""".split()  # noqa: SIM905
LAST = """Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen
Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen
Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Clausen
Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jacobsen""".split()  # noqa: SIM905
ROLES = ("pregnant-woman", "new-mother", "father-co-parent", "other")
START = dt.datetime(2016, 1, 1, 9, 0, tzinfo=dt.UTC)
PASSWORD = "benchmark clinic passphrase"


SIZES = (10_000, 100_000, 300_000)
INSTRUMENT = REPO / "tests" / "data" / "minimal.yaml"
BLOCKLIST = REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz"


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


PRAGMAS = (
    "temp_store = MEMORY",
    "journal_mode = WAL",
    "synchronous = FULL",
    "secure_delete = ON",
    "foreign_keys = ON",
    f"cache_size = {CACHE_SIZE}",
)
ENCRYPTED = "encrypted, as the app"
NO_MEMORY_SECURITY = "no memory security"
NO_KEY = "SQLCipher, no key"
PYTHON = "Python sqlite3"
KINDS = (ENCRYPTED, NO_MEMORY_SECURITY, NO_KEY, PYTHON)


def connection_for(path: Path, kind: str, key: bytes) -> Any:
    """A connection like the application's: the same settings, with or without a key."""
    if kind == PYTHON:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    else:
        connection = sqlcipher3.connect(str(path), isolation_level=None, timeout=5.0)
        connection.enable_load_extension(False)
        if kind == NO_MEMORY_SECURITY:
            connection.execute("PRAGMA cipher_memory_security = OFF")
            connection.execute(f"PRAGMA key = {key_literal(key)}")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in PRAGMAS:
        connection.execute(f"PRAGMA {pragma}")
    return connection


def open_session(kind: str, folder: Path, clock: Clock, *, create: bool) -> UserSession:
    """The benchmark's user session on the kind's database (made when ``create``)."""
    vault = Vault(folder, clock=clock, kdf_params=TEST_PARAMS)
    state = folder / "bench.json"
    if kind == ENCRYPTED:
        database = (
            vault.create("bench", PASSWORD).database if create else vault.unlock("bench", PASSWORD)
        )
    else:
        if create:
            folder.mkdir(parents=True)
            state.write_text(json.dumps({"key": os.urandom(32).hex()}))
        key = bytes.fromhex(json.loads(state.read_text())["key"])
        lock = InstanceLock(folder / "trygstart.lock")
        lock.acquire()
        path = folder / "plain.db"
        connection = connection_for(path, kind, key)
        if create:
            migrate(connection, path)
        database = Database(path, connection, bytearray(32), lock, vault.now_text)
    if create:
        with database.audited("bench", "user-admin") as work:
            user_id = work.users.add("bench-user", "Bench", "", "clinician")
        saved = json.loads(state.read_text()) if state.exists() else {}
        state.write_text(json.dumps({**saved, "user": user_id}))
    user_id = json.loads(state.read_text())["user"]
    user = User(user_id, "bench-user", "Bench", "", "clinician", True, None)
    return UserSession(
        vault,
        database,
        user,
        clock=clock,
        policy=PasswordPolicy(BLOCKLIST),
        pins=PinHasher(TEST_PARAMS),
    )


def populate(
    session: UserSession, instrument: object, persons: int, screenings: int, clock: Clock
) -> None:
    from screening_app.domain.session import Session

    rng = random.Random(1)
    database = session.database
    months = 120
    person_ids: list[int] = []

    def share(total: int, month: int) -> int:
        return total // months + (1 if month < total % months else 0)

    for month in range(months):
        clock.now = START + dt.timedelta(days=month * 30.4)
        with database.audited("bench", "create-person") as work:
            for _ in range(share(persons, month)):
                birth = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(365 * 30))
                cpr = f"{birth:%d%m%y}{rng.randrange(10_000):04d}"
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                data = PersonData(name=name, role=rng.choice(ROLES), cpr=cpr, birth_date=birth)
                person_ids.append(work.persons.create(data))
            for _ in range(share(screenings, month)):
                person_id = rng.choice(person_ids)
                sid = work.screenings.start(
                    person_id=person_id,
                    contact_id=None,
                    clinician_id=session.user.id,
                    instrument_id="test-minimal",
                    instrument_version="1.0.0",
                    language="da",
                    translation_version="1.0.0",
                    context={},
                )
                engine = Session(instrument, "da")  # type: ignore[arg-type]
                answers = {"q1": rng.choice(["yes", "no", "no", "no"]), "age": rng.randint(18, 45)}
                if answers["q1"] == "yes":
                    answers["q2"] = rng.choice(["yes", "no"])
                for link_id, value in answers.items():
                    engine.answer(link_id, value)
                    work.screenings.set_answer(sid, link_id, value)
                result = engine.result()
                work.screenings.finalise(
                    sid,
                    result=result_snapshot(result),
                    band_id=result.band.id if result.band else None,
                    band_colour=result.band.colour if result.band else None,
                    next_ask_date=None,
                    override_band_id=None,
                    override_reason=None,
                )
    database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


Operation = Callable[[int], object]
OPERATIONS = (
    "answer commit (use case)",
    "name-prefix search (use case)",
    "name-prefix search (bare query)",
    "CPR-prefix search (use case)",
    "CPR-prefix search (bare query)",
    "person history (use case)",
    "person history (bare query)",
    "year statistics (use case)",
    "year statistics (bare query)",
)


def operations(session: UserSession, persons: int) -> dict[str, Operation]:
    """The measured operations (the same random choices for every kind of database)."""
    instrument = load_instrument(INSTRUMENT)
    rng = random.Random(2)
    people = PersonService(session)
    screenings = ScreeningService(session, [instrument])
    drafts = [screenings.start(rng.randint(1, persons), "test-minimal", "da") for _ in range(50)]
    answers = [("q1", "yes"), ("q2", "no"), ("age", 30), ("q1", "no"), ("age", 31)]
    prefixes = [f"{rng.choice(FIRST)[:3]}" for _ in range(1000)]
    cprs = [f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}" for _ in range(1000)]
    ids = [rng.randint(1, persons) for _ in range(1000)]
    connection = session.database.connection

    def bare() -> Work:
        return Work(connection, "2026-01-15T10:00:00.000000+00:00")  # reads only

    def answer(n: int) -> object:
        link_id, value = answers[(n // len(drafts)) % len(answers)]
        return screenings.record_answer(drafts[n % len(drafts)].screening.id, link_id, value)

    def history(n: int) -> object:
        work = bare()
        person_id = ids[n % len(ids)]
        return (
            work.persons.get(person_id),
            work.persons.contacts(person_id),
            work.screenings.for_person(person_id),
            work.referrals.for_person(person_id),
            work.referrals.documents(person_id),
            work.followup.tasks(person_id),
            work.followup.notes(person_id),
        )

    def year(n: int) -> tuple[str, str]:
        start = dt.datetime(2016 + n % 10, 1, 1, tzinfo=dt.UTC)
        end = dt.datetime(2017 + n % 10, 1, 1, tzinfo=dt.UTC)
        return start.isoformat(timespec="microseconds"), end.isoformat(timespec="microseconds")

    return {
        OPERATIONS[0]: answer,
        OPERATIONS[1]: lambda n: people.search_by_name(prefixes[n % 1000]),
        OPERATIONS[2]: lambda n: bare().persons.search_name(prefixes[n % 1000], 50),
        OPERATIONS[3]: lambda n: people.search_by_cpr(cprs[n % 1000]),
        OPERATIONS[4]: lambda n: bare().persons.search_cpr(cprs[n % 1000], 50),
        OPERATIONS[5]: lambda n: people.history(ids[n % 1000]),
        OPERATIONS[6]: history,
        OPERATIONS[7]: lambda n: screenings.band_statistics(2016 + n % 10),
        OPERATIONS[8]: lambda n: bare().screenings.band_counts(*year(n)),
    }


# ------------------------------------------------------------------ children
def child_build(kind: str, folder: Path, persons: int, screenings: int) -> None:
    clock = Clock()
    began = time.perf_counter()
    session = open_session(kind, folder, clock, create=True)
    populate(session, load_instrument(INSTRUMENT), persons, screenings, clock)
    session.logout()
    print(json.dumps({"seconds": time.perf_counter() - began}))


def child_measure(kind: str, folder: Path, persons: int, start: int, samples: int) -> None:
    clock = Clock()
    clock.now = dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
    session = open_session(kind, folder, clock, create=False)
    table = operations(session, persons)
    figures: dict[str, list[float]] = {}
    for name, operation in table.items():
        times = []
        for n in range(start, start + samples):
            began = time.perf_counter()
            operation(n)
            times.append((time.perf_counter() - began) * 1000)
        figures[name] = times
    session.logout()
    print(json.dumps(figures))


def child_unlock(folder: Path) -> None:
    clock = Clock()
    vault = Vault(folder, clock=clock, kdf_params=DEFAULT_PARAMS)
    made = DEFAULT_PARAMS.resolved()
    vault.create("unlock-user", PASSWORD).database.close()
    times = []
    for _ in range(5):
        began = time.perf_counter()
        vault.unlock("unlock-user", PASSWORD).close()
        times.append((time.perf_counter() - began) * 1000)
    print(
        json.dumps(
            {
                "params": [made.memory_kib, made.iterations, made.parallelism],
                "derivation": measure_ms(made),
                "unlock": times,
            }
        )
    )


def run_child(*args: str) -> Any:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


# ------------------------------------------------------------------ the parent
def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


def report(size: int, figures: dict[str, dict[str, list[float]]]) -> None:
    base = figures[ENCRYPTED]
    print()
    print(f"{size:,} screenings: median / p99 in ms; ratio: encrypted median / this median")
    header = "  " + f"{'':32}" + "".join(f"{kind[:24]:>27}" for kind in KINDS)
    print(header)
    for name in OPERATIONS:
        cells = []
        for kind in KINDS:
            values = figures[kind][name]
            ratio = statistics.median(base[name]) / statistics.median(values)
            cells.append(
                f"{statistics.median(values):7.2f} /{p99(values):7.2f} x{ratio:4.2f}".rjust(27)
            )
        print(f"  {name:32}" + "".join(cells))
    for name in ("name-prefix search", "CPR-prefix search", "person history", "year statistics"):
        with_audit = statistics.median(base[f"{name} (use case)"])
        bare = statistics.median(base[f"{name} (bare query)"])
        print(
            f"  {name}, encrypted: the audit entry and its commit add "
            f"{with_audit - bare:.2f} ms to {bare:.2f} ms (x{with_audit / bare:.1f})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--samples", type=int, default=200, help="per operation and kind")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        if mode == "build":
            child_build(rest[0], Path(rest[1]), int(rest[2]), int(rest[3]))
        elif mode == "measure":
            child_measure(rest[0], Path(rest[1]), int(rest[2]), int(rest[3]), int(rest[4]))
        else:
            child_unlock(Path(rest[0]))
        return 0
    root = Path(tempfile.mkdtemp(prefix="trygstart-bench-"))
    print(f"Python {sys.version.split()[0]}, sqlcipher3 {sqlcipher3.sqlite_version}")
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            persons = size * 3 // 10
            folders = {kind: root / f"{size}-{number}" for number, kind in enumerate(KINDS)}
            for kind, folder in folders.items():
                built = run_child("build", kind, str(folder), str(persons), str(size))
                print(
                    f"{kind}: built {persons:,} persons, {size:,} screenings in "
                    f"{built['seconds']:.0f} s"
                )
            figures: dict[str, dict[str, list[float]]] = {k: {} for k in KINDS}
            per_round = max(1, args.samples // args.rounds)
            for number in range(args.rounds):
                order = KINDS[number % len(KINDS) :] + KINDS[: number % len(KINDS)]
                for kind in order:
                    start = str(number * per_round)
                    found = run_child(
                        "measure", kind, str(folders[kind]), str(persons), start, str(per_round)
                    )
                    for name, values in found.items():
                        figures[kind].setdefault(name, []).extend(values)
            report(size, figures)
            for folder in folders.values():
                shutil.rmtree(folder, ignore_errors=True)
        unlock = run_child("unlock", str(root / "unlock"))
        m, t, p = unlock["params"]
        print()
        print(
            f"Argon2id as calibrated here (m={m} KiB, t={t}, p={p}): "
            f"{unlock['derivation']:.0f} ms per derivation"
        )
        print(
            "unlock (Argon2id + unwrap + open + schema check): median "
            f"{statistics.median(unlock['unlock']):.0f} ms, max {max(unlock['unlock']):.0f} ms"
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
