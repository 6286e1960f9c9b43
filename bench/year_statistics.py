"""Benchmark of the clinic's statistics (issue 14): a year's report at 100,000 and 300,000
screenings in that year. Figures, not a timed test.

A synthetic clinic (fictitious, no names needed: the statistics never read them) in an
encrypted database: persons (a third as many as screenings), a year of finalised screenings
(asked and not asked, pregnancy and after birth, bands, flags), a safety check for every
positive, referrals, documents and planned next askings. Measured in the same run, on the
same database: the full report (every table, suppressed) and, as the baseline, the year's
count by band that the statistics had before (one indexed GROUP BY). Printed: median of
``--repeats`` runs, the ratio to the baseline, and how each grows from the first size to the
second.

    .venv/bin/python bench/year_statistics.py [--sizes 100000 300000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from screening_app.instruments.yaml_format import load_instrument  # noqa: E402
from screening_app.services.screenings import ScreeningService  # noqa: E402
from screening_app.services.session import UserSession  # noqa: E402
from screening_app.services.statistics.service import StatisticsService  # noqa: E402
from screening_app.storage.kdf import TEST_PARAMS  # noqa: E402
from screening_app.storage.passwords import PasswordPolicy  # noqa: E402
from screening_app.storage.pins import PinHasher  # noqa: E402
from screening_app.storage.records import NOT_ASKED_REASONS, PERSON_ROLES, User  # noqa: E402
from screening_app.storage.vault import Vault, utc_text  # noqa: E402

YEAR = 2025
PASSWORD = "benchmark clinic passphrase"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(YEAR + 1, 1, 15, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def build(folder: Path, screenings: int) -> UserSession:
    clock = Clock()
    policy = PasswordPolicy(REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz")
    vault = Vault(folder, clock=clock, kdf_params=TEST_PARAMS)
    database = vault.create("bench", PASSWORD).database
    with database.audited("bench", "user-admin") as work:
        user_id = work.users.add("bench", "Bench", "", "admin")
    user = User(user_id, "bench", "Bench", "", "admin", True, None)
    session = UserSession(
        vault, database, user, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS)
    )
    populate(session, screenings, user_id)
    return session


def populate(session: UserSession, screenings: int, user_id: int) -> None:
    rng = random.Random(14)
    connection = session.database.connection
    start = dt.datetime(YEAR, 1, 1, 8, 0, tzinfo=dt.UTC)
    seconds = 365 * 24 * 3600
    persons = max(1, screenings // 3)
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO persons (id, name, role, created_at, updated_at, last_entry_at)"
        " VALUES (?, 'x', ?, ?, ?, ?)",
        (
            (n + 1, rng.choice(PERSON_ROLES), utc_text(start), utc_text(start), utc_text(start))
            for n in range(persons)
        ),
    )
    rows = []
    referrals = []
    documents = []
    tasks = []
    for n in range(screenings):
        at = utc_text(start + dt.timedelta(seconds=rng.randrange(seconds)))
        person = rng.randrange(persons) + 1
        phase = rng.choice(("pregnant", "after-birth"))
        context = json.dumps({"phase": phase}, separators=(",", ":"))
        if rng.random() < 0.1:
            reason = rng.choice(NOT_ASKED_REASONS)
            rows.append((n + 1, person, "not-asked", reason, None, None, context, at, None, None))
            continue
        positive = rng.random() < 0.08
        band = "high" if positive else "low"
        flags = ["child-concern"] if positive and rng.random() < 0.3 else []
        result = json.dumps({"band": {"id": band}, "flags": flags}, separators=(",", ":"))
        rows.append(
            (n + 1, person, "asked", None, "ipv-screen", "2.0.0", context, at, result, band)
        )
        if positive:
            check = json.dumps(
                {"band": {"id": "red-flags"}, "flags": ["urgent"]}, separators=(",", ":")
            )
            rows.append(
                (screenings + n + 1, person, "asked", None, "safety-check", "2.0.0", context,
                 at, check, "red-flags" if rng.random() < 0.4 else "no-red-flags")
            )  # fmt: skip
            referrals.append((person, "lev-uden-vold", at[:10], user_id, at))
            documents.append((person, "resource-card", at, user_id))
        tasks.append((person, (start + dt.timedelta(days=rng.randrange(420))).date().isoformat(),
                      user_id, at))  # fmt: skip
    connection.executemany(
        "INSERT INTO screenings (id, person_id, clinician_id, gate, not_asked_reason,"
        " instrument_id, instrument_version, context_json, status, started_at, finalised_at,"
        " result_json, band_id)"
        " VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, 'finalised', ?8, ?8, ?9, ?10)",
        rows,
    )
    connection.executemany(
        "INSERT INTO referrals (person_id, service_id, consent, scope_contact_details,"
        " scope_screening_result, scope_safety_concerns, scope_free_text, form, date, expires_on,"
        " consent_basis, recorded_by, recorded_at)"
        " VALUES (?, ?, 'given', 1, 0, 0, 0, 'written', ?3, ?3, 'sundhedsloven-43-1', ?4, ?5)",
        referrals,
    )
    connection.executemany(
        "INSERT INTO documents (person_id, kind, action, at, by_user)"
        " VALUES (?, ?, 'printed', ?, ?)",
        documents,
    )
    connection.executemany(
        "INSERT INTO tasks (person_id, kind, due_date, created_by, created_at)"
        " VALUES (?, 'next-ask', ?, ?, ?)",
        tasks,
    )
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("ANALYZE")


def timed(repeats: int, operation: object) -> float:
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        operation()  # type: ignore[operator]
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    instruments = [
        load_instrument(REPO / "questionnaires" / name)
        for name in ("ipv-screen.yaml", "safety-check.yaml")
    ]
    first, last = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    figures: list[tuple[int, float, float]] = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="trygstart-bench-") as tmp:
            began = time.perf_counter()
            session = build(Path(tmp) / "data", size)
            built = time.perf_counter() - began
            service = StatisticsService(session, instruments)
            baseline = ScreeningService(session, instruments)
            report = service.report(first, last)  # warm the cache once, as a leader would
            full = timed(args.repeats, lambda s=service: s.report(first, last))
            base = timed(args.repeats, lambda b=baseline: b.band_statistics(YEAR))
            asked = report.table("asking").cell("asked", "period").text
            print(
                f"{size:>8,} screenings in {YEAR} (built in {built:.0f} s; asked {asked}):"
                f" year report {full:8.1f} ms, baseline (count by band) {base:6.1f} ms,"
                f" ratio {full / base:5.1f}"
            )
            figures.append((size, full, base))
            session.logout()
    if len(figures) > 1:
        (s0, f0, b0), (s1, f1, b1) = figures[0], figures[-1]
        print(
            f"growth {s0:,} -> {s1:,} screenings (x{s1 / s0:.1f}): year report x{f1 / f0:.2f},"
            f" baseline x{b1 / b0:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
