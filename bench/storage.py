"""Benchmark of the clinic database (issue 3 section 8): figures, not a timed test.

A synthetic clinic (fictitious names): 30,000 persons, 100,000 finalised screenings over ten
years. Measures median and p99 of committing one answer, finding persons by name prefix and
by CPR prefix, opening one person's whole history, and a year's statistics by band; and the
unlock time (Argon2id with the production parameters + open). The same workload runs in the
same process, interleaved sample by sample, on two unencrypted baselines with the same
settings and the same code paths: SQLCipher's own engine without a key (the cost of the
encryption alone) and Python's sqlite3 (plain SQLite as shipped with Python, a different
SQLite build); the ratios to both are printed. (Measured here: most of the gap to Python's
sqlite3 is not encryption: SQLCipher's SQLite build calls fsync() at each commit where the
Python build calls fdatasync(), seen with strace.)

    .venv/bin/python bench/storage.py [--persons N] [--screenings N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import statistics
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
from screening_app.storage.connection import CACHE_SIZE  # noqa: E402
from screening_app.storage.database import Database  # noqa: E402
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
ENCRYPTED = "encrypted (SQLCipher)"
NO_KEY = "SQLCipher engine, no key"
PYTHON = "Python sqlite3, no key"
KINDS = (ENCRYPTED, NO_KEY, PYTHON)


def plain_connection(path: Path, kind: str) -> Any:
    """An unencrypted database with the same settings: SQLCipher's engine or Python's sqlite3."""
    if kind == NO_KEY:
        connection = sqlcipher3.connect(str(path), isolation_level=None, timeout=5.0)
        connection.enable_load_extension(False)
    else:
        connection = sqlite3.connect(str(path), isolation_level=None, timeout=5.0)
    for pragma in PRAGMAS:
        connection.execute(f"PRAGMA {pragma}")
    return connection


def build(kind: str, folder: Path, persons: int, screenings: int, clock: Clock) -> UserSession:
    instrument = load_instrument(REPO / "tests" / "data" / "minimal.yaml")
    policy = PasswordPolicy(REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz")
    if kind == ENCRYPTED:
        vault = Vault(folder, clock=clock, kdf_params=TEST_PARAMS)
        database = vault.create("bench", PASSWORD).database
    else:
        folder.mkdir(parents=True)
        vault = Vault(folder, clock=clock, kdf_params=TEST_PARAMS)
        lock = InstanceLock(folder / "trygstart.lock")
        lock.acquire()
        connection = plain_connection(folder / "plain.db", kind)
        migrate(connection, folder / "plain.db")
        database = Database(folder / "plain.db", connection, bytearray(32), lock, vault.now_text)
    with database.audited("bench", "user-admin") as work:
        user_id = work.users.add("bench", "Bench", "", "clinician")
    user = User(user_id, "bench", "Bench", "", "clinician", True, None)
    session = UserSession(
        vault, database, user, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS)
    )
    populate(session, instrument, persons, screenings, clock)
    return session


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


def timed(samples: int, operation: Callable[[int], object]) -> list[float]:
    times = []
    for n in range(samples):
        start = time.perf_counter()
        operation(n)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


Operation = Callable[[int], object]


def operations(
    session: UserSession, instrument: object, persons: int
) -> dict[str, tuple[int, Operation]]:
    """The measured use cases (the same random choices for every kind of database)."""
    rng = random.Random(2)
    people = PersonService(session)
    screenings = ScreeningService(session, [instrument])  # type: ignore[list-item]
    drafts = [screenings.start(rng.randint(1, persons), "test-minimal", "da") for _ in range(50)]
    answers = [("q1", "yes"), ("q2", "no"), ("age", 30), ("q1", "no"), ("age", 31)]
    prefixes = [f"{rng.choice(FIRST)[:3]}" for _ in range(300)]
    cprs = [f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}" for _ in range(300)]
    ids = [rng.randint(1, persons) for _ in range(300)]

    def answer(n: int) -> object:
        link_id, value = answers[(n // len(drafts)) % len(answers)]
        return screenings.answer(drafts[n % len(drafts)].screening.id, link_id, value)

    return {
        "answer commit": (500, answer),
        "name-prefix search": (300, lambda n: people.search_by_name(prefixes[n])),
        "CPR-prefix search": (300, lambda n: people.search_by_cpr(cprs[n])),
        "person history": (300, lambda n: people.history(ids[n])),
        "year statistics": (30, lambda n: screenings.band_statistics(2016 + n % 10)),
    }


def measure(
    table: dict[str, dict[str, tuple[int, Operation]]],
) -> dict[str, dict[str, list[float]]]:
    """Run every operation on every kind, interleaved sample by sample (same disk weather)."""
    figures: dict[str, dict[str, list[float]]] = {kind: {} for kind in table}
    kinds = list(table)
    for name in table[kinds[0]]:
        samples = table[kinds[0]][name][0]
        for kind in kinds:
            figures[kind][name] = []
        for n in range(samples):
            order = kinds[n % len(kinds) :] + kinds[: n % len(kinds)]
            for kind in order:
                operation = table[kind][name][1]
                start = time.perf_counter()
                operation(n)
                figures[kind][name].append((time.perf_counter() - start) * 1000)
    return figures


def report(figures: dict[str, dict[str, list[float]]]) -> None:
    for baseline in (NO_KEY, PYTHON):
        print()
        print(f"encrypted vs {baseline}: median / p99 in ms, ratio of medians")
        totals = {ENCRYPTED: 0.0, baseline: 0.0}
        for name, enc in figures[ENCRYPTED].items():
            base = figures[baseline][name]
            totals[ENCRYPTED] += sum(enc)
            totals[baseline] += sum(base)
            print(
                f"  {name:20} {statistics.median(enc):8.2f} / {p99(enc):7.2f}"
                f"   {statistics.median(base):8.2f} / {p99(base):7.2f}"
                f"   {statistics.median(enc) / statistics.median(base):6.2f}"
            )
        print(
            f"  {'whole workload':20} {totals[ENCRYPTED] / 1000:14.2f} s"
            f" {totals[baseline] / 1000:16.2f} s"
            f"   {totals[ENCRYPTED] / totals[baseline]:6.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=30_000)
    parser.add_argument("--screenings", type=int, default=100_000)
    args = parser.parse_args()
    instrument = load_instrument(REPO / "tests" / "data" / "minimal.yaml")
    root = Path(tempfile.mkdtemp(prefix="trygstart-bench-"))
    sessions: dict[str, UserSession] = {}
    try:
        table = {}
        for number, kind in enumerate(KINDS):
            clock = Clock()
            began = time.perf_counter()
            session = build(kind, root / f"db{number}", args.persons, args.screenings, clock)
            sessions[kind] = session
            print(
                f"{kind}: built {args.persons} persons, {args.screenings} screenings "
                f"in {time.perf_counter() - began:.0f} s"
            )
            clock.now = dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC)
            table[kind] = operations(session, instrument, args.persons)
        report(measure(table))
        # A user with the production Argon2id parameters, for the unlock time.
        Vault(root / "db0", clock=Clock(), kdf_params=DEFAULT_PARAMS).add_user(
            sessions[ENCRYPTED].database, "unlock-user", PASSWORD
        )
        for session in sessions.values():
            session.logout()
        vault = Vault(root / "db0", clock=Clock(), kdf_params=DEFAULT_PARAMS)
        key_times = timed(5, lambda _n: vault.unlock("unlock-user", PASSWORD).close())
        print()
        print(
            f"Argon2id m={DEFAULT_PARAMS.memory_kib} KiB t={DEFAULT_PARAMS.iterations} "
            f"p={DEFAULT_PARAMS.parallelism}: {measure_ms(DEFAULT_PARAMS):.0f} ms per derivation"
        )
        print(
            "unlock (Argon2id + unwrap + open + schema check, the benchmark database): "
            f"median {statistics.median(key_times):.0f} ms, max {max(key_times):.0f} ms"
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
