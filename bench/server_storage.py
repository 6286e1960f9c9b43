"""Benchmark of the clinic server (issue 15): PostgreSQL beside the SQLCipher file, in one run.
Figures, not a timed test.

A throwaway PostgreSQL cluster (``tests/pgcluster.py``: a temporary folder, TLS with a CA made
on the fly, a Unix socket) gets a database provisioned as a DBA would (``provision``,
``add_clinic``). The same synthetic clinic (fictitious names; three persons for every ten
screenings; finalised screenings over five years with the real instruments, a safety check,
a referral and a printed card after each positive, some notes, next-ask tasks for those not
asked) is written into an encrypted file as the app opens it and into the server, through the
stores' own record classes in large transactions: sealed fields, blind-index tokens, and one
audit entry for every operation the app would have audited. Then, in the same run:

1. Median and p99 of the use cases as a clinician's workstation calls them: committing one
   answer (``ScreeningService.answer`` on a held draft), name-prefix, exact-CPR and birth-date
   searches (``PersonService``), a person's whole history (``PersonService.history``, what the
   person page reads) and a calendar year's statistics (``StatisticsService.report``); each
   on the file (the baseline), the server over its Unix socket, and the server over TCP with
   TLS (``verify-full``, a client certificate) on loopback. Each backend is measured in
   processes of its own, in rounds, the backends taking turns; one untimed call of each
   operation first. Printed: the ratios server / file, and whether the searches answered the
   same persons as the file did.
2. Writer processes (five by default), each logged in as its own clinician, answering
   screenings for a minute over TLS: drafts of their own, person edits on three shared persons
   (a save after someone else's is refused: ``PersonChangedError``), three drafts that every
   writer tries to hold (``screening-in-use``, and now and then an explicit take-over). Each
   answer the server acknowledged is then looked up on the server: lost must be 0. Conflicts
   are counted by kind, the audit trail must be one intact chain, and its ``update-screening``
   entries must match the answers acknowledged.
3. A canary scan of ``pg_dump`` (the superuser's plain dump of the whole database, kept in
   memory): distinctive canaries planted through the use cases (a name, a CPR number, the safe
   phone and times, a note, a task, a free-text answer, searches for them), each looked for in
   clear and hex-encoded (how bytea is dumped); and every CPR number, birth date and full name
   of the synthetic clinic. Every count must be 0.

The Argon2id parameters are the tests' (logins are not what is measured here).

    .venv/bin/python bench/server_storage.py [--screenings 100000] [--seconds 60] [--writers 5]
    .venv/bin/python bench/server_storage.py --quick    (2,000 screenings, 10 s: a smoke run)
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from screening_app.domain.answers import answer_json  # noqa: E402
from screening_app.domain.context import Context  # noqa: E402
from screening_app.domain.instrument import Instrument  # noqa: E402
from screening_app.domain.session import CompiledInstrument, Session  # noqa: E402
from screening_app.instruments.yaml_format import load_instrument  # noqa: E402
from screening_app.services.accounts import Accounts  # noqa: E402
from screening_app.services.admin import AdminService  # noqa: E402
from screening_app.services.followup import FollowUpService  # noqa: E402
from screening_app.services.persons import PersonService  # noqa: E402
from screening_app.services.screenings import ScreeningService, result_snapshot  # noqa: E402
from screening_app.services.session import UserSession  # noqa: E402
from screening_app.services.statistics.service import StatisticsService  # noqa: E402
from screening_app.storage import audit as file_audit  # noqa: E402
from screening_app.storage.audit import AuditEntry, entry_hash  # noqa: E402
from screening_app.storage.conflicts import PersonChangedError  # noqa: E402
from screening_app.storage.database import Database, Work  # noqa: E402
from screening_app.storage.errors import StorageError  # noqa: E402
from screening_app.storage.kdf import TEST_PARAMS  # noqa: E402
from screening_app.storage.passwords import PasswordPolicy  # noqa: E402
from screening_app.storage.pins import PinHasher  # noqa: E402
from screening_app.storage.records import NOT_ASKED_REASONS, PersonData, User  # noqa: E402
from screening_app.storage.server.database import ServerDatabase, ServerWork  # noqa: E402
from screening_app.storage.server.opening import server_vault  # noqa: E402
from screening_app.storage.server.settings import ServerSettings  # noqa: E402
from screening_app.storage.vault import Vault, utc_text  # noqa: E402

FILE, SOCKET, TLS = "file", "socket", "TLS"
ADMIN = "bench-admin"
PASSWORD = "benchmark clinic passphrase"
CLINIC = "Prøveklinikken"
DATABASE = "trygstart_bench"
BLOCKLIST = REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz"
QUESTIONNAIRES = REPO / "questionnaires"
# A test instrument with a free-text item (q8): the canary's answer, and every writer's answer
# a text no other write has, so what the server holds shows which write it kept.
FREE_TEXT_FORM = REPO / "tests" / "letters" / "data" / "canary.yaml"
START = dt.datetime(2021, 1, 1, 8, 0, tzinfo=dt.UTC)
YEARS = 5
MEASURED_AT = dt.datetime(2026, 1, 15, 10, 0, tzinfo=dt.UTC)
SHARED_PERSONS = 3  # persons 1-3: every writer edits them and starts drafts on them
CONTESTED = 3  # drafts every writer tries to hold
OWN_ANSWERS = ("q1", "q8")  # what a writer answers in a draft of her own, once each

WOMEN = """Anne Mette Kirsten Hanne Susanne Lene Maria Marianne Camilla Louise Julie Sofie Ida
Emma Laura Freja Clara Alma Karen Nanna Signe Sara Cecilie Line Mia Maja Amalie Josefine Ellen
Astrid Agnes Rikke Tina Pernille Dorthe""".split()  # noqa: SIM905
MEN = """Jens Peter Lars Michael Henrik Søren Thomas Martin Mads Rasmus Jonas Mikkel Frederik
Anders Christian Kasper Simon Jakob""".split()  # noqa: SIM905
LAST = """Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen
Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen
Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Clausen
Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jacobsen Bach Kjær Dam Berg""".split()  # noqa: SIM905
ROLES = (("pregnant-woman", 50), ("new-mother", 30), ("father-co-parent", 15), ("other", 5))

CANARIES = {
    "name": "Ravnhilde Skovmærke-Quist",
    "cpr": "1107894213",
    "safe phone": "58 41 93 27",
    "safe times": "kun tirsdag kl 14 hos kanariegården",
    "note": "kanarienote-gulspurv-5521",
    "task": "kanarieopgave-stillits-3390",
    "free-text answer": "kanariesvar-blaamejse-7731",
}


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def real_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# ------------------------------------------------------------------ where the record is
@dataclass(frozen=True)
class Place:
    kind: str
    folder: str  # this workstation's folder (the file, or the server's login counters)
    host: str = ""
    port: int = 0
    database: str = ""
    role: str = ""
    ca: str = ""
    cert: str = ""
    key: str = ""

    def at(self, folder: Path) -> Place:
        return dataclasses.replace(self, folder=str(folder))

    def accounts(self, clock: Callable[[], dt.datetime]) -> Accounts:
        folder = Path(self.folder)
        if self.kind == FILE:
            vault: Any = Vault(folder, clock=clock, kdf_params=TEST_PARAMS)
        else:
            settings = ServerSettings(
                host=self.host,
                port=self.port,
                database=self.database,
                user=self.role,
                sslrootcert=Path(self.ca) if self.ca else None,
                sslcert=Path(self.cert) if self.cert else None,
                sslkey=Path(self.key) if self.key else None,
            )
            vault = server_vault(settings, folder, clock=clock, kdf_params=TEST_PARAMS)
        return Accounts(
            vault, clock=clock, policy=PasswordPolicy(BLOCKLIST), pins=PinHasher(TEST_PARAMS)
        )


def writer_name(number: int) -> str:
    return f"writer{number}"


def instruments() -> list[Instrument]:
    return [load_instrument(QUESTIONNAIRES / n) for n in ("ipv-screen.yaml", "safety-check.yaml")]


# ------------------------------------------------------------------ the synthetic clinic
def make_persons(count: int) -> list[PersonData]:
    """The clinic's persons (fictitious; the same for every backend and for the scan)."""
    rng = random.Random(15)
    roles, weights = zip(*ROLES, strict=True)
    cprs: set[str] = set()
    persons = []
    for _ in range(count):
        role = rng.choices(roles, weights)[0]
        first = rng.choice(MEN if role == "father-co-parent" else WOMEN)
        middle = (
            f" {rng.choice(WOMEN)}" if role != "father-co-parent" and rng.random() < 0.2 else ""
        )
        birth = dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(365 * 30))
        cpr = None
        while cpr is None or cpr in cprs:  # the serial's first digit gives the century
            serial = rng.randrange(4) if birth.year < 2000 else 4
            cpr = f"{birth:%d%m%y}{serial}{rng.randrange(1000):03d}"
        has_cpr = rng.random() < 0.85
        if has_cpr:
            cprs.add(cpr)
        persons.append(
            PersonData(
                name=f"{first}{middle} {rng.choice(LAST)}",
                role=role,
                cpr=cpr if has_cpr else None,
                birth_date=None if has_cpr else birth,
                safe_times=rng.choice((None, None, "formiddag", "efter kl 15")),
            )
        )
    return persons


@dataclass(frozen=True)
class Pattern:
    """One way through an instrument: the context, the stored answers, the frozen result."""

    instrument: Instrument
    context: dict[str, Any]
    answers: tuple[tuple[str, Any], ...]
    result: dict[str, Any]
    band_id: str | None
    band_colour: str | None


def patterns(instrument: Instrument, count: int, yes: float, seed: int) -> dict[str, list[Any]]:
    """``count`` answered ways through ``instrument`` for each role, by the engine."""
    rng = random.Random(seed)
    compiled = CompiledInstrument.build(instrument)
    found: dict[str, list[Any]] = {}
    for role, _ in ROLES:
        found[role] = []
        for _ in range(count):
            phase = "pregnant" if role == "pregnant-woman" else "after-birth"
            context = Context(role=role, phase=phase)  # type: ignore[arg-type]
            session = Session(compiled, "da", context)
            answers = []
            while True:
                open_items = [
                    i for i in session.visible_questions() if session.given(i.link_id) is None
                ]
                if not open_items:
                    break
                item = open_items[0]
                codes = [option.code for option in getattr(item, "options", [])]
                if not codes:
                    raise ValueError(f"{instrument.id}: {item.link_id} is not a choice")
                value = "yes" if rng.random() < yes and "yes" in codes else "no"
                given = session.answer(item.link_id, value if value in codes else codes[0])
                assert given is not None
                answers.append((item.link_id, answer_json(given)))
            result = session.result()
            found[role].append(
                Pattern(
                    instrument,
                    context.model_dump(by_alias=True),
                    tuple(answers),
                    result_snapshot(result),
                    None if result.band is None else result.band.id,
                    None if result.band is None else result.band.colour,
                )
            )
    return found


class Bulk:
    """Inside one long transaction: the record stores at a given moment (each operation its
    own ``now``), and the audit entries the use cases would have appended, chained as
    ``audit.append`` chains them (its ``entry_hash`` of the same content, after the same head)
    and inserted in one batch per transaction. The build walks the chain when it is done."""

    def __init__(self, database: Any) -> None:
        self._database = database
        self._server = isinstance(database, ServerDatabase)
        self._connection: Any = None
        self._pending: list[tuple[str, str, str, int]] = []

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        with self._database.transaction() as connection:
            self._connection = connection
            yield
            self._append()
        self._connection = None

    def work(self, now: str) -> Any:
        if self._server:
            return ServerWork(self._connection, now, self._database.cipher, self._database.holder)
        return Work(self._connection, now)

    def audit(self, at: str, user: str, action: str, person: int) -> None:
        self._pending.append((at, user, action, person))

    def _append(self) -> None:
        c = self._connection
        if self._server:  # server.audit.append: the clinic's head row, locked
            count, prev = c.execute("SELECT count, hash FROM audit_head FOR UPDATE").fetchone()
            seq = count
        else:  # audit.append: the head in the settings, seq after the last entry
            head = c.execute(
                "SELECT value FROM settings WHERE key = ?", (file_audit.HEAD_KEY,)
            ).fetchone()[0]
            count, prev = int(head.partition(":")[0]), head.partition(":")[2]
            seq = c.execute("SELECT max(seq) FROM audit").fetchone()[0] or 0
        rows = []
        for at, user, action, person in self._pending:
            seq, count = seq + 1, count + 1
            entry = AuditEntry(seq, at, user, action, person, None, "ok", prev, "")
            digest = entry_hash(prev, entry.content())
            rows.append((seq, at, user, action, person, "ok", prev, digest))
            prev = digest
        self._pending = []
        if self._server:
            with c.cursor() as cursor:
                cursor.executemany(
                    'INSERT INTO audit (seq, at, "user", action, person_id, outcome, prev_hash,'
                    " hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    rows,
                )
            c.execute("UPDATE audit_head SET count = %s, hash = %s", (count, prev))
        else:
            c.executemany(
                "INSERT INTO audit (seq, at, user, action, person_id, outcome, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            c.execute(
                "UPDATE settings SET value = ? WHERE key = ?",
                (f"{count}:{prev}", file_audit.HEAD_KEY),
            )


def populate(database: Database | ServerDatabase, clinicians: list[User], screenings: int) -> int:
    """The synthetic clinic, as the use cases would have written it; returns audit entries."""
    rng = random.Random(16)
    persons = make_persons(screenings * 3 // 10)
    screen, safety = instruments()
    screens = patterns(screen, 60, 0.025, 17)
    checks = patterns(safety, 20, 0.3, 18)
    span = (START.replace(year=START.year + YEARS) - START).total_seconds()
    bulk = Bulk(database)
    created: list[int] = []
    entries = 0
    chunk = 1000  # screenings per transaction
    for first in range(0, screenings, chunk):
        with bulk.transaction():
            for n in range(first, min(first + chunk, screenings)):
                at = START + dt.timedelta(seconds=span * (n + rng.random()) / screenings)
                clinician = rng.choice(clinicians)
                steps = _one_screening(
                    bulk, n, at, clinician, persons, created, rng, screens, checks
                )
                entries += steps
    return entries


def _one_screening(  # noqa: PLR0917
    bulk: Bulk,
    n: int,
    at: dt.datetime,
    clinician: User,
    persons: list[PersonData],
    created: list[int],
    rng: random.Random,
    screens: dict[str, list[Pattern]],
    checks: dict[str, list[Pattern]],
) -> int:
    """Screening ``n`` and what comes with it; returns the audit entries it made."""
    user = clinician.username
    moment = [at]

    def now(seconds: int = 0) -> str:
        moment[0] += dt.timedelta(seconds=seconds)
        return utc_text(moment[0])

    entries = 0
    if len(created) < len(persons) and len(created) * 10 <= n * 3:
        # A new person (three for every ten screenings), registered at her first screening.
        person = bulk.work(now()).persons.create(persons[len(created)])
        created.append(person)
        bulk.audit(now(), user, "create-person", person)
        entries += 1
    else:  # someone seen before, mostly recently
        person = created[max(0, len(created) - 1 - int(rng.expovariate(1 / 400)))]
    role = persons[person - 1].role
    if rng.random() < 0.1:
        work = bulk.work(now(60))
        reason = rng.choice(NOT_ASKED_REASONS)
        due = (moment[0] + dt.timedelta(days=28)).date()
        screening = work.screenings.record_not_asked(
            person_id=person, contact_id=None, clinician_id=clinician.id, reason=reason,
            next_ask_date=due, context={"role": role, "phase": None},
        )  # fmt: skip
        work.followup.add_task(
            person_id=person, kind="next-ask", due_date=due, text="",
            created_by=clinician.id, screening_id=screening,
        )  # fmt: skip
        work.persons.touch(person)
        bulk.audit(now(), user, "record-not-asked", person)
        return entries + 1
    pattern = rng.choice(screens[role])
    entries += _answered(bulk, pattern, person, clinician, now)
    if pattern.band_colour not in (None, "green"):
        entries += _answered(bulk, rng.choice(checks[role]), person, clinician, now)
        work = bulk.work(now(120))
        referral = work.referrals.record(
            person_id=person, screening_id=None, service_id="lev-uden-vold", consent="given",
            legal_basis=None, scope=frozenset({"contact-details"}), form="written",
            date=moment[0].date(), expires_on=moment[0].date() + dt.timedelta(days=365),
            informing_unsafe=False, recorded_by=clinician.id, consent_basis="sundhedsloven-43-1",
        )  # fmt: skip
        work.persons.touch(person)
        bulk.audit(now(), user, "record-referral", person)
        work = bulk.work(now(60))
        work.referrals.record_document(
            person_id=person, referral_id=referral, kind="resource-card", action="printed",
            by_user=clinician.id,
        )  # fmt: skip
        work.persons.touch(person)
        bulk.audit(now(), user, "record-document", person)
        entries += 2
    if rng.random() < 0.05:
        work = bulk.work(now(60))
        work.followup.add_note(
            person_id=person, text="Samtale i enerum; ny tid aftalt.", created_by=clinician.id
        )
        work.persons.touch(person)
        bulk.audit(now(), user, "add-note", person)
        entries += 1
    return entries


def _answered(
    bulk: Bulk, pattern: Pattern, person: int, clinician: User, now: Callable[[int], str]
) -> int:
    """One screening started, answered one answer at a time and finalised."""
    user = clinician.username
    instrument = pattern.instrument
    work = bulk.work(now(60))
    screening = work.screenings.start(
        person_id=person, contact_id=None, clinician_id=clinician.id,
        instrument_id=instrument.id, instrument_version=instrument.version, language="da",
        translation_version=instrument.translation_version("da"), context=pattern.context,
    )  # fmt: skip
    bulk.audit(now(0), user, "start-screening", person)
    # Each answer its own operation. The use cases touch the person every time; here she is
    # touched once, at the end (the row ends the same).
    for link_id, value in pattern.answers:
        bulk.work(now(25)).screenings.set_answer(screening, link_id, value)
        bulk.audit(now(0), user, "update-screening", person)
    work = bulk.work(now(30))
    work.screenings.finalise(
        screening, result=pattern.result, band_id=pattern.band_id,
        band_colour=pattern.band_colour, next_ask_date=None, override_band_id=None,
        override_reason=None,
    )  # fmt: skip
    work.persons.touch(person)
    bulk.audit(now(0), user, "finalise-screening", person)
    return 2 + len(pattern.answers)


def plant_canaries(session: UserSession) -> None:
    """The canaries, through the use cases (the searches put them into the audit criteria)."""
    people = PersonService(session)
    person = people.create(
        PersonData(
            name=CANARIES["name"],
            role="pregnant-woman",
            cpr=CANARIES["cpr"],
            safe_phone=CANARIES["safe phone"],
            safe_times=CANARIES["safe times"],
        )
    )
    people.search_by_name(CANARIES["name"].split()[0])
    people.search_by_cpr(CANARIES["cpr"])
    follow = FollowUpService(session)
    follow.add_note(person.id, CANARIES["note"])
    follow.add_task(
        person.id, kind="follow-up", due_date=dt.date(2026, 2, 1), text=CANARIES["task"]
    )
    form = load_instrument(FREE_TEXT_FORM)
    service = ScreeningService(session, [form])
    draft = service.start(person.id, form.id, "da", context=Context(role="pregnant-woman"))
    service.answer(draft.screening.id, "q1", "no")
    service.answer(draft.screening.id, "q8", CANARIES["free-text answer"])
    service.finalise(draft.screening.id)


# ------------------------------------------------------------------ children
def set_up(place: Place, clock: Clock, writers: int) -> tuple[UserSession, list[User]]:
    """The clinic as its administrator sets it up, and the clinicians (the writers)."""
    session = (
        place.accounts(clock)
        .setup(clinic_name=CLINIC, admin_username=ADMIN, admin_password=PASSWORD)
        .session
    )
    admin = AdminService(session)
    clinicians = [
        admin.add_user(writer_name(n), PASSWORD, display_name=f"Writer {n}")
        for n in range(1, writers + 1)
    ]
    return session, clinicians


def child_setup_file(place: Place, writers: int) -> dict[str, Any]:
    """The file made as the app makes it; its key goes to the build (through a pipe)."""
    session, _ = set_up(place, Clock(START - dt.timedelta(days=1)), writers)
    key = session.database.key_copy()
    session.logout()
    return {"key": key.hex()}


def file_without_memory_security(folder: Path, key: bytes) -> Database:
    """The app's file with the app's settings (``storage.connection``) but SQLCipher's memory
    security: that one decides how SQLCipher treats this process's memory (locked, wiped), not
    a byte of what it writes, and costs the build 8 times its time here. Only the build opens
    it so; every measurement opens the file as the app does."""
    import sqlcipher3

    from screening_app.storage.connection import CACHE_SIZE, key_literal
    from screening_app.storage.lockfile import InstanceLock

    vault = Vault(folder, clock=real_clock, kdf_params=TEST_PARAMS)
    connection = sqlcipher3.connect(str(vault.database_path), isolation_level=None, timeout=5.0)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute("PRAGMA cipher_memory_security = OFF")
    connection.execute(f"PRAGMA key = {key_literal(key)}")
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in (
        "temp_store = MEMORY", "journal_mode = WAL", "synchronous = FULL", "secure_delete = ON",
        "foreign_keys = ON", f"cache_size = {CACHE_SIZE}",
    ):  # fmt: skip
        connection.execute(f"PRAGMA {pragma}")
    lock = InstanceLock(vault.lock_path)
    lock.acquire()
    return Database(vault.database_path, connection, bytearray(key), lock, vault.now_text)


def child_build(place: Place, screenings: int, writers: int, key: str) -> dict[str, Any]:
    clock = Clock(START - dt.timedelta(days=1))
    began = time.perf_counter()
    if place.kind == FILE:
        database: Any = file_without_memory_security(Path(place.folder), bytes.fromhex(key))
        with database.transaction() as connection:
            users = Work(connection, utc_text(clock())).users.all()
        clinicians = [user for user in users if user.role == "clinician"]
    else:
        session, clinicians = set_up(place, clock, writers)
        database = session.database
    entries = populate(database, clinicians, screenings)
    built = time.perf_counter() - began
    if place.kind != FILE:
        clock.now = MEASURED_AT - dt.timedelta(days=5)
        plant_canaries(session)
    chain = database.verify_audit()
    database.close()
    return {"seconds": built, "audit": entries, "chain": [chain.intact, chain.count]}


OPERATIONS = (
    "answer commit",
    "name-prefix search",
    "two-word name search",
    "exact-CPR search",
    "birth-date search",
    "person history",
    "year statistics",
)


def measured_inputs(persons: int) -> dict[str, list[Any]]:
    """The same random choices for every backend and round."""
    rng = random.Random(19)
    everyone = make_persons(persons)
    readable = range(1, max(2, persons - drafts_of(persons)) + 1)
    with_cpr = [p.cpr for p in everyone if p.cpr is not None]
    born = [p.birth_date or birth_of(p.cpr) for p in everyone]
    return {
        "prefixes": [rng.choice(WOMEN + MEN + LAST)[:3] for _ in range(1000)],
        "cprs": [rng.choice(with_cpr) for _ in range(1000)],
        "births": [rng.choice(born) for _ in range(1000)],
        "ids": [rng.choice(readable) for _ in range(1000)],
        "pairs": [  # what a clinician types to narrow it: "Met Han"
            f"{words[0][:3]} {words[-1][:3]}"
            for words in (rng.choice(everyone).name.split() for _ in range(1000))
        ],
    }


def matched(persons: int, count: int) -> dict[str, list[int]]:
    """How many persons each of the first ``count`` name searches matches (what the server
    opens on the workstation to sort them by name)."""
    from screening_app.storage.persons import name_words

    words = [name_words(person.name) for person in make_persons(persons)]
    inputs = measured_inputs(persons)
    found: dict[str, list[int]] = {}
    for kind in ("prefixes", "pairs"):
        found[kind] = []
        for typed in inputs[kind][:count]:
            wanted = name_words(typed)
            found[kind].append(
                sum(all(any(h.startswith(w) for h in have) for w in wanted) for have in words)
            )
    return found


def drafts_of(persons: int) -> int:
    """How many drafts a measuring process answers (on the last persons, which the history
    samples leave alone: their drafts would make the backends' histories differ)."""
    return max(1, min(50, persons // 4))


def birth_of(cpr: str | None) -> dt.date:
    assert cpr is not None
    from screening_app.domain.cpr import birth_date_of

    return birth_date_of(cpr)


def digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def report_digest(report: Any) -> str:
    return digest([(t.key, sorted(t.cells.items()), t.totals) for t in report.tables])


def child_measure(place: Place, persons: int, start: int, samples: int, slow: int) -> Any:
    clock = Clock(MEASURED_AT)
    session = place.accounts(clock).login(ADMIN, PASSWORD)
    known = instruments()
    people = PersonService(session)
    screenings = ScreeningService(session, known)
    report = StatisticsService(session, known)
    inputs = measured_inputs(persons)
    drafts = []
    for person in range(persons - drafts_of(persons) + 1, persons + 1):
        role = people.get(person).data.role
        phase = "pregnant" if role == "pregnant-woman" else "after-birth"
        context = Context(role=role, phase=phase)  # type: ignore[arg-type]
        draft = screenings.start(person, "ipv-screen", "da", context=context)
        screenings.hold(draft.screening.id)
        drafts.append((draft.screening.id, draft.session.visible_questions()[0].link_id))

    def answer(n: int) -> object:
        screening, link_id = drafts[n % len(drafts)]
        screenings.answer(screening, link_id, "yes" if (n // len(drafts)) % 2 else "no")
        return None

    def history(n: int) -> object:
        found = people.history(inputs["ids"][n % 1000])
        return (
            found.person.id,
            [(s.id, sorted((k, v.value) for k, v in s.answers.items())) for s in found.screenings],
            len(found.referrals), len(found.documents), len(found.tasks), len(found.notes),
        )  # fmt: skip

    def year(n: int) -> object:
        first = dt.date(START.year + n % YEARS, 1, 1)
        return report_digest(report.report(first, dt.date(first.year, 12, 31)))

    def ids(found: list[Any]) -> object:
        return [summary.id for summary in found]

    table: dict[str, Callable[[int], object]] = {
        "answer commit": answer,
        "name-prefix search": lambda n: ids(people.search_by_name(inputs["prefixes"][n % 1000])),
        "two-word name search": lambda n: ids(people.search_by_name(inputs["pairs"][n % 1000])),
        "exact-CPR search": lambda n: ids(people.search_by_cpr(inputs["cprs"][n % 1000])),
        "birth-date search": lambda n: ids(people.search_by_birth_date(inputs["births"][n % 1000])),
        "person history": history,
        "year statistics": year,
    }
    times: dict[str, list[float]] = {}
    results: dict[str, list[str]] = {}
    for name, operation in table.items():
        count = slow if name == "year statistics" else samples
        first = start if name != "year statistics" else start * slow // max(1, samples)
        operation(first + count)  # once, untimed
        times[name], results[name] = [], []
        for n in range(first, first + count):
            began = time.perf_counter()
            found = operation(n)
            times[name].append((time.perf_counter() - began) * 1000)
            results[name].append(digest(found))
    session.logout()
    return {"times": times, "results": results}


def child_stage(place: Place) -> Any:
    """The drafts every writer will try to hold, started by the administrator."""
    session = place.accounts(real_clock).login(ADMIN, PASSWORD)
    form = load_instrument(FREE_TEXT_FORM)
    service = ScreeningService(session, [form])
    drafts = [
        service.start(person, form.id, "da", context=Context(role="pregnant-woman")).screening.id
        for person in range(1, CONTESTED + 1)
    ]
    before = session.database.audit_head("bench", utc_text(real_clock())).seq
    session.logout()
    return {"contested": drafts, "audit_before": before}


class Writer:
    """One clinician at her workstation, as fast as the server lets her."""

    def __init__(self, session: UserSession, number: int, contested: list[int], persons: int):
        self.number = number
        self.rng = random.Random(100 + number)
        self.people = PersonService(session)
        self.screenings = ScreeningService(session, [load_instrument(FREE_TEXT_FORM)])
        self.contested = contested
        self.persons = persons
        self.count = 0
        self.draft: int | None = None
        self.answered = 0
        self.held: set[int] = set()
        self.answers: list[tuple[int, str, Any, int, int]] = []
        self.saves: list[tuple[int, int, str, int, int]] = []
        self.conflicts: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.named_self = 0

    def answer(self, screening: int, link_id: str) -> None:
        self.count += 1
        value = (
            self.rng.choice(("yes", "no")) if link_id == "q1" else f"w{self.number}-{self.count}"
        )
        sent = time.monotonic_ns()
        self.screenings.answer(screening, link_id, value)
        self.answers.append((screening, link_id, value, sent, time.monotonic_ns()))

    def answer_own(self) -> None:
        """The next answer of her own draft (a choice, then free text; then it is finalised
        and the next one started, on a shared person half the time)."""
        if self.draft is None or self.answered == len(OWN_ANSWERS):
            if self.draft is not None:
                self.screenings.finalise(self.draft)
                self.draft = None
            person = (
                self.rng.randint(1, SHARED_PERSONS)
                if self.rng.random() < 0.5
                else self.rng.randint(SHARED_PERSONS + 1, max(SHARED_PERSONS + 1, self.persons))
            )
            draft = self.screenings.start(person, "test-canary", "da", context=Context())
            self.screenings.hold(draft.screening.id)
            self.draft, self.answered = draft.screening.id, 0
        self.answer(self.draft, OWN_ANSWERS[self.answered])
        self.answered += 1

    def edit_person(self) -> None:
        person_id = self.rng.randint(1, SHARED_PERSONS)
        opened = self.people.get(person_id)
        self.answer_own()  # she answers while the person is open
        times = f"w{self.number}-s{self.count}"
        sent = time.monotonic_ns()
        try:
            saved = self.people.update(
                person_id, dataclasses.replace(opened.data, safe_times=times), base=opened
            )
        except PersonChangedError as error:
            self.conflicts["person-changed (PersonChangedError)"] += 1
            self.named_self += error.who == f"Writer {self.number}"
            return
        self.saves.append((person_id, saved.version, times, sent, time.monotonic_ns()))

    def contest(self) -> None:
        screening = self.rng.choice(self.contested)
        if screening not in self.held:
            try:
                self.screenings.hold(screening)
            except StorageError as error:
                if error.code != "screening-in-use":
                    raise
                self.conflicts["lease refused at hold (screening-in-use)"] += 1
                if self.rng.random() > 0.3:
                    return
                self.screenings.hold(screening, take_over=True)
                self.conflicts["take-overs (explicit, after a refusal)"] += 1
            self.held.add(screening)
        for _ in range(2):
            try:
                self.answer(screening, "q8")
            except StorageError as error:
                if error.code != "screening-in-use":
                    raise
                self.conflicts["answer refused after a take-over (screening-in-use)"] += 1
                self.held.discard(screening)
                return

    def step(self) -> None:
        roll = self.rng.random()
        try:
            if roll < 0.7:
                self.answer_own()
            elif roll < 0.85:
                self.edit_person()
            else:
                self.contest()
        except StorageError as error:
            self.errors[f"{type(error).__name__}({error.code})"] += 1


def child_writer(place: Place, number: int, seconds: float, plan: dict[str, Any]) -> Any:
    session = place.accounts(real_clock).login(writer_name(number), PASSWORD)
    writer = Writer(session, number, plan["contested"], plan["persons"])
    print("ready", flush=True)
    sys.stdin.readline()  # every writer starts at once
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        writer.step()
    session.logout()
    return {
        "answers": writer.answers,
        "saves": writer.saves,
        "conflicts": writer.conflicts,
        "errors": writer.errors,
        "named_self": writer.named_self,
    }


Write = tuple[Any, int, int]  # value, sent and acknowledged (monotonic ns)
MISSING = object()


def tally_answers(runs: list[dict[str, Any]], stored: dict[tuple[int, str], Any]) -> dict[str, int]:
    """Each acknowledged answer against what the server holds: ``kept`` (its value is there),
    ``superseded`` (answered again after it was acknowledged, or racing a write whose value is
    there), ``lost`` (neither: a write the server acknowledged and did not keep)."""
    writes: defaultdict[tuple[int, str], list[Write]] = defaultdict(list)
    for run in runs:
        for screening, link_id, value, sent, acked in run["answers"]:
            writes[(int(screening), str(link_id))].append((value, int(sent), int(acked)))
    found = {"kept": 0, "superseded": 0, "lost": 0}
    for key, made in writes.items():
        # The writes no other acknowledged write certainly followed (one sent after it was
        # acknowledged): one of them must be what the server holds.
        last = {value for value, _, acked in made if not any(o[1] > acked for o in made)}
        here = stored.get(key, MISSING)
        for value, _, acked in made:
            if here == value:
                found["kept"] += 1
            elif any(o[1] > acked for o in made) or here in last:
                found["superseded"] += 1
            else:
                found["lost"] += 1
    return found


def tally_saves(runs: list[dict[str, Any]], current: dict[int, tuple[int, Any]]) -> int:
    """Acknowledged person saves the server does not hold as acknowledged. Each save returned
    the version it made: no two may claim one version, none may be newer than the person, and
    the newest acknowledged save of the person's version holds her value."""
    saves: defaultdict[int, list[tuple[int, Any]]] = defaultdict(list)
    for run in runs:
        for person, version, value, _, _ in run["saves"]:
            saves[int(person)].append((int(version), value))
    lost = 0
    for person, made in saves.items():
        version, value = current[person]
        claimed = Counter(v for v, _ in made)
        lost += sum(n - 1 for n in claimed.values()) + sum(
            n for v, n in claimed.items() if v > version
        )
        lost += sum(1 for v, made_value in made if v == version and made_value != value)
    return lost


def child_check(place: Place, runs: list[dict[str, Any]], before: int) -> Any:
    """What the server holds of every acknowledged answer and person save, and its chain."""
    session = place.accounts(real_clock).login(ADMIN, PASSWORD)
    service = ScreeningService(session, [load_instrument(FREE_TEXT_FORM)])
    people = PersonService(session)
    stored: dict[tuple[int, str], Any] = {}
    for screening in sorted({int(a[0]) for run in runs for a in run["answers"]}):
        for link_id, answer in service.open(screening).screening.answers.items():
            stored[(screening, link_id)] = answer.value
    current = {}
    for person_id in sorted({int(s[0]) for run in runs for s in run["saves"]}):
        person = people.get(person_id)
        current[person_id] = (person.version, person.data.safe_times)
    chain = session.database.verify_audit()
    database: Any = session.database
    with database.reading() as connection:  # the writers' answers in the trail (the run's)
        rows = connection.execute(
            "SELECT outcome, count(*) FROM audit WHERE seq > %s AND action = 'update-screening'"
            ' AND "user" <> %s GROUP BY outcome',
            (before, ADMIN),
        ).fetchall()
    session.logout()
    return {
        **tally_answers(runs, stored),
        "saves_lost": tally_saves(runs, current),
        "chain": [chain.intact, chain.count, chain.sentence()],
        "audit_answers": {str(outcome): int(count) for outcome, count in rows},
    }


def child_main(mode: str, raw: str) -> None:
    plan = json.loads(raw)
    place = Place(**plan["place"])
    if mode == "setup-file":
        out = child_setup_file(place, plan["writers"])
    elif mode == "build":
        out = child_build(place, plan["screenings"], plan["writers"], sys.stdin.read().strip())
    elif mode == "measure":
        out = child_measure(place, plan["persons"], plan["start"], plan["samples"], plan["slow"])
    elif mode == "stage":
        out = child_stage(place)
    elif mode == "writer":
        out = child_writer(place, plan["number"], plan["seconds"], plan)
    else:
        out = child_check(place, json.loads(sys.stdin.read()), plan["audit_before"])
    print(json.dumps(out))


def run_children(mode: str, plans: list[dict[str, Any]], inputs: list[str]) -> list[Any]:
    """Children side by side (the two builds: 2 cores, one mostly the server's)."""
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", mode, json.dumps(plan)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for plan in plans
    ]
    found = []
    try:
        for child, given in zip(children, inputs, strict=True):
            assert child.stdin is not None
            child.stdin.write(given)
            child.stdin.close()
            child.stdin = None  # written: communicate() only reads
        for child in children:
            out, err = child.communicate(timeout=4 * 3600)
            if child.returncode != 0:
                raise RuntimeError(f"{mode} failed:\n{err[-4000:]}")
            found.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    return found


def run_child(mode: str, plan: dict[str, Any], stdin: str = "") -> Any:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, json.dumps(plan)],
        input=stdin, capture_output=True, text=True, timeout=4 * 3600, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{mode} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ the parent
def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


def prepare_server(cluster: Any, database: str, role: str) -> dict[str, Place]:
    """The database as a DBA sets it up, and the two ways a workstation reaches it."""
    import psycopg

    from screening_app.storage.server.provision import add_clinic, provision

    with psycopg.connect(**cluster.admin_args(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {database}")
    with psycopg.connect(**cluster.admin_args(database), autocommit=True) as connection:
        provision(connection)
        add_clinic(connection, CLINIC, role)
    places = {
        SOCKET: Place(SOCKET, "", cluster.socket_dir, cluster.port, database, role),
    }
    if cluster.tls:
        cert, key = cluster.client_certificate(role)
        places[TLS] = Place(
            TLS, "", "localhost", cluster.port, database, role, str(cluster.ca_file), str(cert),
            str(key),
        )  # fmt: skip
    return places


def superuser_sql(cluster: Any, database: str, sql: str) -> list[Any]:
    import psycopg

    with psycopg.connect(**cluster.admin_args(database), autocommit=True) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if cursor.description else []


@dataclass
class Options:
    screenings: int
    seconds: float
    writers: int
    samples: int
    slow: int
    rounds: int


def measure(options: Options, places: dict[str, Place], root: Path) -> dict[str, Any]:
    persons = options.screenings * 3 // 10
    kinds = list(places)
    times: dict[str, dict[str, list[float]]] = {kind: defaultdict(list) for kind in kinds}
    results: dict[str, dict[str, list[str]]] = {kind: defaultdict(list) for kind in kinds}
    per_round = max(1, options.samples // options.rounds)
    slow_round = max(1, options.slow // options.rounds)
    for number in range(options.rounds):
        for kind in kinds[number % len(kinds) :] + kinds[: number % len(kinds)]:
            place = places[kind]
            if kind != FILE:
                place = place.at(root / f"ws-measure-{kind}-{number}")
            found = run_child(
                "measure",
                {
                    "place": dataclasses.asdict(place),
                    "persons": persons,
                    "start": number * per_round,
                    "samples": per_round,
                    "slow": slow_round,
                },
            )
            for name in OPERATIONS:
                times[kind][name] += found["times"][name]
                results[kind][name] += found["results"][name]
    return {"times": times, "results": results}


def print_measured(
    size: int, measured: dict[str, Any], matches: dict[str, list[int]]
) -> dict[str, Any]:
    times, results = measured["times"], measured["results"]
    kinds = list(times)
    base = times[FILE]
    print()
    print(
        f"{size:,} screenings: median / p99 in ms (n samples); x: this backend / the file "
        "(median, p99)"
    )
    print(f"  {'':22}{'file':>22}" + "".join(f"{kind:>36}" for kind in kinds[1:]))
    summary: dict[str, Any] = {}
    for name in OPERATIONS:
        values = base[name]
        cells = [f"{statistics.median(values):8.2f} /{p99(values):8.2f} ({len(values)})"]
        for kind in kinds[1:]:
            mine = times[kind][name]
            cells.append(
                f"{statistics.median(mine):8.2f} /{p99(mine):8.2f}"
                f"  x{statistics.median(mine) / statistics.median(values):5.2f}"
                f" x{p99(mine) / p99(values):5.2f}"
            )
            summary[f"{kind} {name}"] = {"median": statistics.median(mine), "p99": p99(mine)}
        print(f"  {name:22}{cells[0]:>22}" + "".join(f"{cell:>36}" for cell in cells[1:]))
    searches = OPERATIONS[1:5]
    for kind in kinds[1:]:
        worst = {name.split()[0]: p99(times[kind][name]) for name in searches}
        missed = [name for name, value in worst.items() if value >= 50]
        verdict = f"NOT met by {', '.join(missed)}" if missed else "met by all"
        print(
            f"  searches on the server ({kind}), p99: "
            + ", ".join(f"{name} {value:.1f} ms" for name, value in worst.items())
            + f" (target under 50 ms: {verdict})"
        )
    one, two = sorted(matches["prefixes"]), sorted(matches["pairs"])
    print(
        f"  the name searches matched: one word (3 letters of a first or last name) median"
        f" {statistics.median(one):,.0f} persons, p99 {p99(one):,.0f}; two words"
        f' ("Met Han") median {statistics.median(two):,.0f}, p99 {p99(two):,.0f}: the server'
        " opens each on the workstation to sort by name (at most 2,000)"
    )
    for kind in kinds[1:]:
        same = []
        for name in OPERATIONS[1:]:
            mine, file = results[kind][name], results[FILE][name]
            equal = sum(a == b for a, b in zip(mine, file, strict=True))
            same.append(f"{name} {equal}/{len(file)}")
            summary[f"{kind} {name} same"] = equal == len(file)
        print(f"  the same results as the file ({kind}): " + ", ".join(same))
    return summary


def run_writers(options: Options, place: Place, root: Path) -> dict[str, Any]:
    persons = options.screenings * 3 // 10
    staged = run_child("stage", {"place": dataclasses.asdict(place.at(root / "ws-stage"))})
    children = []
    for number in range(1, options.writers + 1):
        plan = {
            "place": dataclasses.asdict(place.at(root / f"ws-writer-{number}")),
            "number": number,
            "seconds": options.seconds,
            "contested": staged["contested"],
            "persons": persons - drafts_of(persons),
        }
        children.append(
            subprocess.Popen(
                [sys.executable, __file__, "--child", "writer", json.dumps(plan)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    runs = []
    try:
        for child in children:
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError("a writer did not log in")
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        for child in children:
            out, err = child.communicate(timeout=options.seconds + 600)
            if child.returncode != 0:
                raise RuntimeError(f"a writer failed:\n{err[-4000:]}")
            runs.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    checked = run_child(
        "check",
        {
            "place": dataclasses.asdict(place.at(root / "ws-check")),
            "audit_before": staged["audit_before"],
        },
        json.dumps(runs),
    )
    return {"runs": runs, "checked": checked}


def print_writers(options: Options, kind: str, found: dict[str, Any]) -> dict[str, Any]:
    runs, checked = found["runs"], found["checked"]
    answers = sum(len(run["answers"]) for run in runs)
    saves = sum(len(run["saves"]) for run in runs)
    conflicts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for run in runs:
        conflicts.update(run["conflicts"])
        errors.update(run["errors"])
    named_self = sum(run["named_self"] for run in runs)
    intact, entries, sentence = checked["chain"]
    in_audit = checked["audit_answers"]
    print()
    print(
        f"{options.writers} writer processes for {options.seconds:g} s ({kind}),"
        " each its own clinician:"
    )
    print(
        f"  answers acknowledged {answers:,} ({answers / options.seconds:.1f}/s); on the server"
        f" now: {checked['kept']:,} as acknowledged, {checked['superseded']:,} answered again"
        f" later; lost {checked['lost']}"
    )
    print(f"  person saves acknowledged {saves:,}; lost or out of order {checked['saves_lost']}")
    listed = ", ".join(f"{k} {v}" for k, v in sorted(conflicts.items()))
    print(f"  conflicts reported: {listed or 'none'}")
    if conflicts["person-changed (PersonChangedError)"]:
        print(f"  refusals that named the writer herself as who changed the person: {named_self}")
    listed = ", ".join(f"{k} {v}" for k, v in sorted(errors.items()))
    print(f"  other errors: {listed or 'none'}")
    print(
        f"  audit trail: {entries:,} entries, {'one chain, intact' if intact else sentence};"
        f" the writers' update-screening entries: ok {in_audit.get('ok', 0):,}"
        f" (answers acknowledged {answers:,}), refused {in_audit.get('refused', 0):,},"
        f" failed {in_audit.get('failed', 0):,}"
    )
    return {
        "answers": answers,
        "lost": checked["lost"],
        "saves_lost": checked["saves_lost"],
        "conflicts": dict(conflicts),
        "errors": dict(errors),
        "intact": intact,
        "audit_ok": in_audit.get("ok", 0),
    }


# Searched in the dump decoded and lower-cased. Bytea is dumped as hex: digits count only where
# no hex digit is beside them, and a value's hex encoding is searched too.
DIGITS_10 = re.compile(r"(?<![0-9a-f])[0-9]{10}(?![0-9a-f])")
HEX_DIGITS_10 = re.compile(r"(?:3[0-9]){10}")
ISO_DATE = re.compile(r"(?<![0-9a-f])(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}")
HEX_ISO_DATE = re.compile(r"(?:3[0-9]){4}2d(?:3[0-9]){2}2d(?:3[0-9]){2}")
# A name is two or three words with a space between: found from the dump's spaces (few: the
# data rows are separated by tabs, and the sealed columns are hex).
WORD_BEFORE = re.compile(r"[a-zæøå]+\Z")
NAME_AT = re.compile(r"[a-zæøå]+(?: [a-zæøå]+){1,2}")


def canary_variants() -> dict[str, set[str]]:
    variants = {label: {value, value.replace(" ", "")} for label, value in CANARIES.items()}
    variants["name words"] = set(re.split(r"[ -]", CANARIES["name"]))
    variants["CPR"] = variants.pop("cpr") | {f"{CANARIES['cpr'][:6]}-{CANARIES['cpr'][6:]}"}
    return variants


def count_in(text: str, value: str) -> int:
    """Hits of ``value`` in ``text`` (a dump, decoded and lower-cased): in clear, in any case,
    and hex-encoded as bytea is dumped (as typed, or lower-case)."""
    lowered = value.lower()
    if lowered.replace(" ", "").replace("-", "").isdigit():
        clear = len(re.findall(r"(?<![0-9a-f])" + re.escape(lowered) + r"(?![0-9a-f])", text))
    else:
        clear = text.count(lowered)
    return clear + sum(text.count(h) for h in {value.encode().hex(), lowered.encode().hex()})


def found_values(text: str) -> dict[str, set[str]]:
    """What in ``text`` (decoded, lower-cased) could be a CPR number, an ISO birth date (in
    clear or hex-encoded) or a name of two or three words."""
    names = set()
    for space in re.finditer(" ", text):
        word = WORD_BEFORE.search(text, max(0, space.start() - 60), space.start())
        words = None if word is None else NAME_AT.match(text, word.start(), word.start() + 200)
        if words is not None:
            parts = words.group().split(" ")
            names |= {" ".join(parts[:2]), " ".join(parts)}
    return {
        "CPR numbers": set(DIGITS_10.findall(text))
        | {bytes.fromhex(h).decode() for h in HEX_DIGITS_10.findall(text)},
        "birth dates": set(ISO_DATE.findall(text))
        | {bytes.fromhex(h).decode() for h in HEX_ISO_DATE.findall(text)},
        "full names": names,
    }


def canary_scan(cluster: Any, database: str, persons: int) -> dict[str, Any]:
    began = time.perf_counter()
    dump = subprocess.run(
        [str(cluster.bin / "pg_dump"), "-h", cluster.socket_dir, "-p", str(cluster.port),
         "-U", "postgres", database],
        capture_output=True, check=True, timeout=3600,
    ).stdout  # fmt: skip
    text = dump.decode("utf-8").lower()
    hits = {
        label: sum(count_in(text, value) for value in values)
        for label, values in canary_variants().items()
    }
    everyone = make_persons(persons)
    values = {
        "CPR numbers": {p.cpr for p in everyone if p.cpr is not None},
        "birth dates": {(p.birth_date or birth_of(p.cpr)).isoformat() for p in everyone},
        "full names": {p.name.lower() for p in everyone},
    }
    found = found_values(text)
    start = text.find("copy trygstart.persons ")
    return {
        "bytes": len(dump),
        "seconds": time.perf_counter() - began,
        "canaries": hits,
        "bulk": {label: (len(v & found[label]), len(v)) for label, v in values.items()},
        "persons rows": text.count("\n", start, text.find("\\.", start)) - 1,
    }


def print_scan(scan: dict[str, Any]) -> None:
    print()
    print(
        f"pg_dump of the whole database as the superuser ({scan['bytes'] / 1e6:.0f} MB, plain,"
        f" in memory; {scan['persons rows']:,} person rows in it, sealed), scanned in"
        f" {scan['seconds']:.0f} s:"
    )
    print(
        "  canary hits, in clear or hex-encoded: "
        + ", ".join(f"{label} {count}" for label, count in scan["canaries"].items())
    )
    print(
        "  the synthetic clinic's values found: "
        + ", ".join(f"{label} {a} of {b:,}" for label, (a, b) in scan["bulk"].items())
    )


def run(options: Options, cluster: Any) -> dict[str, Any]:
    """The whole benchmark against ``cluster`` (a started ``tests.pgcluster.Cluster``)."""
    import psycopg
    import sqlcipher3

    root = Path(tempfile.mkdtemp(prefix="trygstart-bench-"))
    database = f"{DATABASE}_{os.getpid()}"
    role = f"bench_clinic_{os.getpid()}"
    summary: dict[str, Any] = {}
    try:
        places = {FILE: Place(FILE, str(root / "file"))}
        places.update(prepare_server(cluster, database, role))
        version = superuser_sql(cluster, database, "SHOW server_version")[0][0]
        print(
            f"Python {sys.version.split()[0]}, SQLCipher's SQLite {sqlcipher3.sqlite_version},"
            f" PostgreSQL {version}, psycopg {psycopg.__version__}; {os.cpu_count()} CPUs"
        )
        if TLS not in places:
            print("(this PostgreSQL build has no TLS: the TLS column is left out)")
        persons = options.screenings * 3 // 10
        began = time.perf_counter()
        plans = [
            {
                "place": dataclasses.asdict(place),
                "screenings": options.screenings,
                "writers": options.writers,
            }
            for place in (places[FILE], places[SOCKET].at(root / "ws-build"))
        ]
        key = run_child("setup-file", plans[0])["key"]
        built = dict(zip((FILE, SOCKET), run_children("build", plans, [key, ""]), strict=True))
        both = time.perf_counter() - began
        began = time.perf_counter()
        superuser_sql(cluster, database, "VACUUM ANALYZE")
        analysed = time.perf_counter() - began
        print(
            f"built {persons:,} persons and {options.screenings:,} finalised screenings over"
            f" {YEARS} years ({built[FILE]['audit']:,} audit entries) through the record"
            f" classes, both at once: file {built[FILE]['seconds']:.0f} s, server (Unix socket)"
            f" {built[SOCKET]['seconds']:.0f} s; {both:.0f} s in all with logins, canaries and"
            f" walking each audit chain; then the server's VACUUM ANALYZE {analysed:.0f} s"
        )
        for kind, found in built.items():
            intact, count = found["chain"]
            print(f"  {kind}: audit chain {'intact' if intact else 'BROKEN'}, {count:,} entries")
        summary["build seconds"] = {kind: b["seconds"] for kind, b in built.items()}
        summary["build chains"] = {kind: b["chain"][0] for kind, b in built.items()}
        measured = measure(options, places, root)
        matches = matched(persons, options.samples)
        summary["measured"] = print_measured(options.screenings, measured, matches)
        over = TLS if TLS in places else SOCKET
        found = run_writers(options, places[over], root)
        summary["writers"] = print_writers(options, over, found)
        scan = canary_scan(cluster, database, persons)
        print_scan(scan)
        summary["scan"] = scan
    finally:
        shutil.rmtree(root, ignore_errors=True)
        with contextlib.suppress(Exception):
            superuser_sql(cluster, "postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    return summary


QUICK = Options(screenings=2000, seconds=10, writers=5, samples=60, slow=6, rounds=2)
FULL = Options(screenings=100_000, seconds=60, writers=5, samples=200, slow=20, rounds=2)


def options_from(argv: list[str] | None = None) -> tuple[Options, argparse.Namespace]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run (2,000 screenings, 10 s)")
    parser.add_argument("--screenings", type=int)
    parser.add_argument("--seconds", type=float, help="how long the writers write")
    parser.add_argument("--writers", type=int)
    parser.add_argument("--samples", type=int, help="per operation and backend")
    parser.add_argument("--slow", type=int, help="samples of the year statistics")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    chosen = QUICK if args.quick else FULL
    options = Options(
        **{
            field.name: getattr(args, field.name)
            if getattr(args, field.name) is not None
            else getattr(chosen, field.name)
            for field in dataclasses.fields(Options)
        }
    )
    return options, args


def main(argv: list[str] | None = None) -> int:
    options, args = options_from(argv)
    if args.child:
        child_main(*args.child)
        return 0
    from tests.pgcluster import start_cluster

    try:
        cluster = start_cluster()
    except (RuntimeError, OSError, KeyError) as error:
        print(f"skipped: no PostgreSQL server here ({error})")
        return 0
    try:
        run(options, cluster)
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
