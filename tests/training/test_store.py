"""The training database (security.md check 24): its own encrypted database in its own folder;
a whole scripted training run leaves the clinic's database and key file byte-identical and its
folder untouched; training never opens the clinic's data and the clinic never opens training's;
training holds no valid CPR number; "Nulstil øvelse" wipes it; runs from two laptops are
collected on the trainer's laptop through sealed files."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from screening_app.domain.cpr import passes_modulus11
from screening_app.paths import default_training_dir
from screening_app.services.accounts import Accounts, Setup
from screening_app.services.persons import PersonService
from screening_app.services.session import UserSession
from screening_app.services.training.runs import TrainingRuns
from screening_app.services.training.store import SECRET_FILE, USERNAME, TrainingStore
from screening_app.storage.connection import has_plain_header
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.keyfile import read_keyfile
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.training_export import EXPORT_PARAMS
from screening_app.storage.vault import Vault
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD, FakeClock
from tests.training.world import CASES, run_case, store_at

CANARY = "Øvelseskanariefugl Træningsnavn"
FAST_EXPORT = TEST_PARAMS


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def clinic_dir(setup: Setup, data_dir: Path) -> Path:
    """A clinic with a person in it, logged out again (the clinic is closed while training)."""
    PersonService(setup.session).create(PersonData(name="Klinikkens person", role="new-mother"))
    setup.session.logout()
    return data_dir


def test_a_whole_training_run_leaves_the_clinic_byte_identical(
    clinic_dir: Path, clock: FakeClock
) -> None:
    before = snapshot(clinic_dir)
    assert {"trygstart.db", "trygstart.db.keys"} <= set(before)
    folder = default_training_dir(clinic_dir)
    assert folder.parent == clinic_dir.parent
    store = store_at(folder, clinic_dir, clock)
    session = store.open()
    for case_id in sorted(CASES.cases):  # every case, scripted from the gate to the debrief
        run = run_case(session, case_id, CANARY, clock)
        assert run.missed == 0, (case_id, [p.found["en"] for p in run.debrief.missed])
    runs = TrainingRuns(session)
    assert len(runs.overview()) == len(CASES.cases)
    runs.export("kursus-forår-2026", FAST_EXPORT)
    session.lock()  # the idle lock and quick-hide close the database (there is no PIN)
    store.reopen(session)
    session.logout()
    store.open().logout()
    assert snapshot(clinic_dir) == before  # byte for byte, and no file more or less
    # nothing of the training run in clear in the training folder either
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for text in (CANARY, "Nadia Holm", "050386"):
                assert text.encode("utf-8") not in data, path.name
                assert text.encode("utf-16-le") not in data, path.name
    assert not has_plain_header(folder / "trygstart.db")
    store.reset()
    assert snapshot(clinic_dir) == before


def test_training_holds_no_valid_cpr_number(tmp_path: Path, clock: FakeClock) -> None:
    session = store_at(tmp_path / "training", None, clock).open()
    persons = PersonService(session)
    for case_id in sorted(CASES.cases):
        run_case(session, case_id, "Kursist 1", clock)
    found = [summary for digit in "0123456789" for summary in persons.search_by_cpr(digit)]
    assert len(found) == len(CASES.cases)  # every person has a CPR-like number
    assert not any(passes_modulus11(p.cpr or "") for p in found)
    with pytest.raises(StorageError) as refused:
        persons.create(PersonData(name="Rigtig Person", role="other", cpr="140297-1238"))
    assert refused.value.code == "training-cpr"
    with pytest.raises(StorageError) as refused:
        persons.update(found[0].id, PersonData(name="X", role="other", cpr="1402971238"))
    assert refused.value.code == "training-cpr"
    assert persons.create(PersonData(name="Fiktiv", role="other", cpr="140297-1230")).id


def test_the_clinic_refuses_a_training_database(tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "training"
    store_at(folder, None, clock).open().logout()
    secret = (folder / SECRET_FILE).read_text(encoding="ascii")
    clinic_accounts = Accounts(
        Vault(folder, clock=clock, kdf_params=TEST_PARAMS),
        clock=clock,
        policy=PasswordPolicy(),
        pins=PinHasher(TEST_PARAMS),
    )
    with pytest.raises(StorageError) as refused:
        clinic_accounts.login(USERNAME, secret)
    assert refused.value.code == "training-database"
    assert "øvelsestilstand" in refused.value.message("da")
    # the second lock: a key file that lost its mark still opens a database marked as training
    keys = folder / "trygstart.db.keys"
    data = json.loads(keys.read_text(encoding="utf-8"))
    assert data.pop("purpose") == "training"
    keys.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StorageError) as refused:
        clinic_accounts.login(USERNAME, secret)
    assert refused.value.code == "training-database"


def test_training_never_opens_the_clinics_data(clinic_dir: Path, clock: FakeClock) -> None:
    before = snapshot(clinic_dir)
    for folder in (clinic_dir, clinic_dir / "training", clinic_dir.parent):
        with pytest.raises(StorageError) as refused:
            store_at(folder, clinic_dir, clock).open()
        assert refused.value.code == "training-folder"
    # a copy of a clinic's folder given as the training folder: its key file is not marked
    copy = clinic_dir.parent / "elsewhere"
    shutil.copytree(clinic_dir, copy)
    for store in (store_at(copy, clinic_dir, clock), store_at(copy, None, clock)):
        with pytest.raises(StorageError) as refused:
            store.open()
        assert refused.value.code == "clinic-database"
        with pytest.raises(StorageError):
            store.reset()  # never wipes a clinic's folder either
    assert snapshot(copy) == before
    assert snapshot(clinic_dir) == before


def test_a_clinic_key_file_keeps_its_old_form(setup: Setup, data_dir: Path) -> None:
    text = (data_dir / "trygstart.db.keys").read_text(encoding="utf-8")
    assert "purpose" not in text
    assert read_keyfile(data_dir / "trygstart.db.keys").purpose is None
    assert setup.session.training is False


def test_reset_wipes_the_training_data_in_one_step(tmp_path: Path, clock: FakeClock) -> None:
    folder = tmp_path / "training"
    store = store_at(folder, None, clock)
    session = store.open()
    run_case(session, "negative-screen", "Kursist 1", clock)
    copy = tmp_path / "copy.db"
    shutil.copy(folder / "trygstart.db", copy)
    (folder / "notes.txt").write_text("not ours", encoding="utf-8")
    store.reset(session)
    assert session.is_locked  # closed first
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    (folder / "notes.txt").unlink()
    fresh = store.open()
    assert TrainingRuns(fresh).overview() == []  # a new, empty training database
    fresh.logout()
    shutil.copy(copy, folder / "trygstart.db")  # the old database, with the new key file
    with pytest.raises(StorageError) as refused:
        store.open()
    assert refused.value.code == "database-corrupt"
    store.reset()
    assert not folder.exists()


def laptop(tmp_path: Path, name: str, clock: FakeClock) -> UserSession:
    return store_at(tmp_path / name, None, clock).open()


def test_runs_from_two_laptops_are_collected_on_the_trainers(
    tmp_path: Path, clock: FakeClock
) -> None:
    passphrase = "kursus-forår-2026"
    first, second, trainer = (laptop(tmp_path, n, clock) for n in ("a", "b", "trainer"))
    run_case(first, "red-flags-same-day", "Anne Jordemoder", clock)
    run_case(first, "red-flags-same-day", "Bo Sundhedsplejerske", clock, model=False)
    run_case(second, "father-own-violence", "Kursus 3, deltager 7", clock)
    files = [TrainingRuns(s).export(passphrase, FAST_EXPORT) for s in (first, second)]
    for data in files:
        assert b"Anne" not in data
        assert b"red-flags" not in data
    runs = TrainingRuns(trainer)
    imported = [runs.import_file(data, passphrase) for data in files]
    assert [(i.added, i.known, i.laptops) for i in imported] == [(2, 0, 1), (1, 0, 1)]
    overview = runs.overview()
    assert [(r.trainee, r.case_id) for r in overview] == [
        ("Anne Jordemoder", "red-flags-same-day"),
        ("Bo Sundhedsplejerske", "red-flags-same-day"),
        ("Kursus 3, deltager 7", "father-own-violence"),
    ]
    origins = {r.origin for r in overview}
    assert origins == {TrainingRuns(first).laptop, TrainingRuns(second).laptop}
    assert TrainingRuns(trainer).laptop not in origins
    # the debrief travelled whole: the wrong run's missed points read the same here
    wrong = overview[1]
    assert [p.id for p in wrong.debrief.missed] == [
        "same-day",
        "safety-plan",
        "notification",
        "referral",
    ]
    assert wrong.debrief.missed[0].found["da"] == "Sikkerhedsplanen blev ikke åbnet."
    assert (overview[0].missed, wrong.missed, wrong.met) == (0, 4, 7)
    # importing again adds nothing; a wrong passphrase or a changed byte adds nothing
    assert runs.import_file(files[0], passphrase).added == 0
    with pytest.raises(StorageError) as refused:
        runs.import_file(files[1], "et andet kodeord")
    assert refused.value.code == "export-wrong-passphrase"
    envelope = json.loads(files[1])
    cipher = bytearray(envelope["ciphertext"].encode("ascii"))
    cipher[10] = ord("A") if cipher[10] != ord("A") else ord("B")
    envelope["ciphertext"] = cipher.decode("ascii")
    with pytest.raises(StorageError) as refused:
        runs.import_file(json.dumps(envelope).encode("ascii"), passphrase)
    assert refused.value.code in ("export-wrong-passphrase", "export-not-runs")
    with pytest.raises(StorageError) as refused:
        runs.import_file(b"not an export", passphrase)
    assert refused.value.code == "export-not-runs"
    with pytest.raises(StorageError) as refused:
        TrainingRuns(first).export("kort", FAST_EXPORT)
    assert refused.value.code == "export-passphrase"
    assert len(runs.overview()) == 3


def test_each_runs_operation_is_one_audit_entry(tmp_path: Path, clock: FakeClock) -> None:
    session = laptop(tmp_path, "a", clock)
    run_case(session, "negative-screen", "Kursist", clock)
    runs = TrainingRuns(session)
    database = session.database
    data = b""
    for name, operation in (
        ("view-training-runs", runs.overview),
        ("export-training-runs", lambda: runs.export("kursus-forår-2026", FAST_EXPORT)),
    ):
        before = len(database.audit_entries())
        result = operation()
        if name == "export-training-runs":
            data = result  # type: ignore[assignment]
        entries = database.audit_entries()
        assert len(entries) == before + 1
        assert entries[-1].action == name
    other = laptop(tmp_path, "b", clock)
    before = len(other.database.audit_entries())
    TrainingRuns(other).import_file(data, "kursus-forår-2026")
    entries = other.database.audit_entries()
    assert len(entries) == before + 1
    assert (entries[-1].action, entries[-1].criterion) == ("import-training-runs", "runs:1/1")
    assert "Kursist" not in "\n".join(str(e) for e in entries)
    assert database.verify_audit().intact
    assert EXPORT_PARAMS.meets_floor()


def test_the_clinic_admin_password_cannot_open_training(clinic_dir: Path, clock: FakeClock) -> None:
    store = store_at(default_training_dir(clinic_dir), clinic_dir, clock)
    store.open().logout()
    with pytest.raises(StorageError):
        store.vault.unlock(ADMIN, ADMIN_PASSWORD)
    assert isinstance(store, TrainingStore)


def test_the_clinics_backup_and_restore_refuse_a_training_folder(
    tmp_path: Path, clock: FakeClock
) -> None:
    from screening_app.storage.restore import backup_files
    from screening_app.storage.snapshot import unattended_backup

    folder = tmp_path / "training"
    store_at(folder, None, clock).open().logout()
    (tmp_path / "backups").mkdir()
    out = tmp_path / "backups" / "night"
    with pytest.raises(StorageError) as refused:
        unattended_backup(folder / "trygstart.db", out, "2026-03-02T02:15:00+00:00")
    assert refused.value.code == "training-database"
    assert not out.exists()  # a refused backup leaves nothing behind
    with pytest.raises(StorageError) as refused:
        backup_files(folder)  # a training folder given to "restore" as a backup
    assert refused.value.code == "training-database"
