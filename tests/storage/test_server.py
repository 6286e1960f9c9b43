"""What only a clinic server has: what its administrators can see, its privileges, row-level
security, TLS, leases, one audit chain under concurrent writers, and answers that survive a
killed client and a restarted server."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.services.accounts import Accounts
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.migrations import MIGRATIONS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.server.opening import connector, server_vault
from screening_app.storage.server.schema import STEPS
from screening_app.storage.server.settings import ServerSettings
from tests.pgcluster import Cluster
from tests.storage.backends import DATABASE, new_clinic
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, CLINIC, FakeClock

REPO = Path(__file__).resolve().parents[2]
CANARIES = {
    "name": "Zebulonia Quincefjord",
    "cpr": "2903857411",
    "phone": "61 72 83 94",
    "times": "kun torsdag kl 13",
    "note": "canary-note-vandmand",
    "task": "canary-task-blaeksprutte",
}


def _accounts(
    settings: ServerSettings, data_dir: Path, clock: FakeClock, policy: PasswordPolicy
) -> Accounts:
    vault = server_vault(settings, data_dir, clock=clock, kdf_params=TEST_PARAMS)
    return Accounts(vault, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS))


def _as_role(cluster: Cluster, role: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        host=cluster.socket_dir,
        port=cluster.port,
        dbname=DATABASE,
        user=role,
        autocommit=True,
        options="-c search_path=trygstart",
    )


@pytest.fixture
def clinic(pg_cluster: Cluster) -> ServerSettings:
    return new_clinic(pg_cluster)


def test_the_server_has_the_files_schema_steps() -> None:
    assert len(STEPS) == len(MIGRATIONS)


def test_a_dump_of_the_server_shows_no_person_data(  # noqa: PLR0917
    pg_cluster: Cluster,
    clinic: ServerSettings,
    tmp_path: Path,
    clock: FakeClock,
    policy: PasswordPolicy,
    instrument: Instrument,
) -> None:
    accounts = _accounts(clinic, tmp_path / "ws", clock, policy)
    session = accounts.setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    ).session
    persons = PersonService(session)
    person = persons.create(
        PersonData(
            name=CANARIES["name"],
            role="pregnant-woman",
            cpr=CANARIES["cpr"],
            safe_phone=CANARIES["phone"],
            safe_times=CANARIES["times"],
        )
    )
    persons.search_by_name("zebulonia")
    persons.search_by_cpr(CANARIES["cpr"])
    screenings = ScreeningService(session, [instrument])
    draft = screenings.start(
        person.id, "test-minimal", "da", context=Context(role="pregnant-woman", phase="pregnant")
    )
    screenings.answer(draft.screening.id, "q1", "yes")
    follow = FollowUpService(session)
    follow.add_note(person.id, CANARIES["note"])
    follow.add_task(
        person.id, kind="follow-up", due_date=dt.date(2026, 5, 1), text=CANARIES["task"]
    )
    session.logout()
    dump = subprocess.run(
        [str(pg_cluster.bin / "pg_dump"), "--data-only", "--inserts", "-h", pg_cluster.socket_dir,
         "-p", str(pg_cluster.port), "-U", "postgres", DATABASE],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    lowered = dump.lower()
    variants = {
        label: {value.lower(), value.replace(" ", "").lower()} for label, value in CANARIES.items()
    }
    variants["name"] |= {word.lower() for word in CANARIES["name"].split()}
    hits = {
        label: variant
        for label, values in variants.items()
        for variant in values
        if variant.encode() in lowered
    }
    assert hits == {}
    assert b"insert into trygstart.persons" in lowered  # the rows are there, sealed


def test_the_app_role_may_append_to_the_audit_trail_but_never_change_it(
    pg_cluster: Cluster,
    clinic: ServerSettings,
    tmp_path: Path,
    clock: FakeClock,
    policy: PasswordPolicy,
) -> None:
    accounts = _accounts(clinic, tmp_path / "ws", clock, policy)
    accounts.setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    ).session.logout()
    with _as_role(pg_cluster, clinic.user) as connection:
        assert connection.execute("SELECT count(*) FROM audit").fetchone()[0] >= 2
        for statement in ("UPDATE audit SET outcome = 'ok'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)


def test_each_clinic_sees_only_its_own_rows(
    pg_cluster: Cluster, tmp_path: Path, clock: FakeClock, policy: PasswordPolicy
) -> None:
    north, south = new_clinic(pg_cluster, "Nord"), new_clinic(pg_cluster, "Syd")
    sessions = []
    for settings, folder in ((north, "n"), (south, "s")):
        accounts = _accounts(settings, tmp_path / folder, clock, policy)
        sessions.append(
            accounts.setup(
                clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
            ).session
        )
    PersonService(sessions[0]).create(PersonData(name="Nora Nord", role="other"))
    assert PersonService(sessions[1]).search_by_name("nora") == []
    for session in sessions:
        session.logout()
    with _as_role(pg_cluster, south.user) as connection:
        assert connection.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO persons (clinic, sealed, role, created_at,"
                " updated_at, last_entry_at) VALUES ('Nord', '', 'other', '', '', '')"
            )


def test_tcp_needs_tls_with_a_verified_server_certificate(
    pg_cluster: Cluster, clinic: ServerSettings
) -> None:
    tcp = ServerSettings(
        host="localhost", port=pg_cluster.port, database=DATABASE, user=clinic.user
    )
    for weaker in ("disable", "allow", "prefer", "require", "verify-ca"):
        with pytest.raises(StorageError) as refused:
            connector(
                ServerSettings(
                    **{**tcp.__dict__, "sslmode": weaker, "sslrootcert": pg_cluster.ca_file}
                )
            )
        assert refused.value.code == "server-insecure"
    with pytest.raises(StorageError):
        connector(tcp)  # no CA file named
    if not pg_cluster.tls:
        pytest.skip("this PostgreSQL build has no TLS")
    cert, key = pg_cluster.client_certificate(clinic.user)
    good = ServerSettings(
        **{**tcp.__dict__, "sslrootcert": pg_cluster.ca_file, "sslcert": cert, "sslkey": key}
    )
    with connector(good)() as connection:
        ssl = connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert ssl.fetchone() == (True,)
        assert connection.execute("SELECT trygstart_clinic()").fetchone() is not None
    other_ca = pg_cluster.root / "other-ca.crt"
    other_ca.write_bytes((pg_cluster.root / f"{clinic.user}.crt").read_bytes())
    with pytest.raises(psycopg.OperationalError):
        connector(ServerSettings(**{**good.__dict__, "sslrootcert": other_ca}))()


def test_a_screening_is_answered_on_one_workstation_at_a_time(
    clinic: ServerSettings,
    tmp_path: Path,
    clock: FakeClock,
    policy: PasswordPolicy,
    instrument: Instrument,
) -> None:
    first = _accounts(clinic, tmp_path / "a", clock, policy)
    one = first.setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    ).session
    two = _accounts(clinic, tmp_path / "b", clock, policy).login(ADMIN, ADMIN_PASSWORD)
    person = PersonService(one).create(PersonData(name="Mette", role="pregnant-woman"))
    here, there = ScreeningService(one, [instrument]), ScreeningService(two, [instrument])
    draft = here.start(
        person.id, "test-minimal", "da", context=Context(role="pregnant-woman", phase="pregnant")
    )
    here.hold(draft.screening.id)
    here.answer(draft.screening.id, "q1", "yes")
    with pytest.raises(StorageError) as busy:
        there.hold(draft.screening.id)
    assert busy.value.code == "screening-in-use"
    with pytest.raises(StorageError):
        there.answer(draft.screening.id, "q2", "yes")
    there.hold(draft.screening.id, take_over=True)
    there.answer(draft.screening.id, "q2", "no")
    with pytest.raises(StorageError) as taken:
        here.answer(draft.screening.id, "q2", "yes")
    assert taken.value.code == "screening-in-use"
    assert there.open(draft.screening.id).session.answers == {"q1": "yes", "q2": "no"}
    one.logout()
    two.logout()


def test_concurrent_writers_extend_one_audit_chain(
    clinic: ServerSettings, tmp_path: Path, clock: FakeClock, policy: PasswordPolicy
) -> None:
    setup = _accounts(clinic, tmp_path / "0", clock, policy).setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    writers = 5
    each = 15
    sessions = [
        _accounts(clinic, tmp_path / str(i + 1), clock, policy).login(ADMIN, ADMIN_PASSWORD)
        for i in range(writers)
    ]
    errors: list[BaseException] = []

    def write(number: int) -> None:
        try:
            persons = PersonService(sessions[number])
            for i in range(each):
                persons.create(PersonData(name=f"Person {number} {i}", role="other"))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = setup.session.database.verify_audit()
    assert report.intact, report.sentence()
    creates = [e for e in setup.session.database.audit_entries() if e.action == "create-person"]
    assert len(creates) == writers * each
    for session in [setup.session, *sessions]:
        session.logout()


def test_a_killed_client_and_a_restarted_server_lose_no_acknowledged_answer(
    pg_cluster: Cluster,
    clinic: ServerSettings,
    tmp_path: Path,
    clock: FakeClock,
    policy: PasswordPolicy,
) -> None:
    accounts = _accounts(clinic, tmp_path / "ws", clock, policy)
    session = accounts.setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    ).session
    person = PersonService(session).create(PersonData(name="Mette", role="pregnant-woman"))
    child = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "storage" / "server_writer.py"), clinic.host,
         str(clinic.port), DATABASE, clinic.user, str(tmp_path / "child"), str(person.id)],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )  # fmt: skip
    assert child.stdout is not None
    acknowledged = []
    for line in child.stdout:
        acknowledged.append(line.strip())
        if len(acknowledged) == 20:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait()
    child.stdout.close()
    pg_cluster.kill()  # and the server crashes too, right after
    pg_cluster.start()
    with pytest.raises(StorageError) as gone:
        PersonService(session).get(person.id)  # the old connection died with the server
    assert gone.value.code == "server-unreachable"
    history = PersonService(session).history(person.id)  # connects again
    stored = {link for screening in history.screenings for link in screening.answers}
    assert set(acknowledged) <= stored
    assert session.database.verify_audit().intact
    session.logout()
