"""Issue 10 section 1: a damaged database or backup gets the one sentence that says so.

One random bit is flipped in a copy of a real clinic database (security.md check 4). Every
damaged copy must end in exit code 1 with the sentence that the database (or the backup) is
damaged and that the latest backup must be restored: never exit 70, never another cause such
as "the folder is read-only". 20 trials run in the normal suite, 200 in the slow one.
"""

from __future__ import annotations

import random
import shutil
from collections import Counter
from pathlib import Path

import pytest

import screening_app.cli.admin as admin_cli
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.storage.records import PersonData
from screening_app.storage.vault import DATABASE_NAME
from tests.services.cli_support import PASSWORD, cheap_keys, init_clinic, run, snapshot
from tests.storage.helpers import minimal_instrument

FAST_TRIALS = 20
SLOW_TRIALS = 200
KEYS_NAME = DATABASE_NAME + ".keys"


def damaged_database_sentence(err: str) -> bool:
    """The database's damage sentence (Danish, then English), and nothing else."""
    lines = err.strip().splitlines()
    return (
        len(lines) == 2
        and lines[0].startswith("Databasen er beskadiget")
        and "seneste sikkerhedskopi" in lines[0]
        and lines[1].startswith("The database is damaged")
        and "latest backup" in lines[1]
    )


def damaged_backup_sentence(err: str) -> bool:
    lines = err.strip().splitlines()
    return (
        len(lines) == 2
        and lines[0].startswith("Sikkerhedskopien i ")
        and "beskadiget" in lines[0]
        and lines[1].startswith("The backup in ")
        and "damaged" in lines[1]
    )


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cheap_keys(monkeypatch, tmp_path)


@pytest.fixture
def clinic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A clinic with some persons and screenings (a database of many pages)."""
    data = tmp_path / "clinic"
    init_clinic(capsys, monkeypatch, data)
    session = admin_cli._accounts(data).login("anna", PASSWORD)
    persons = PersonService(session)
    screenings = ScreeningService(session, [minimal_instrument()])
    for n in range(30):
        person = persons.create(PersonData(name=f"Person {n}", role="other"))
        draft = screenings.start(person.id, "test-minimal", "en")
        screenings.answer(draft.screening.id, "q1", "yes")
    session.logout()
    return data


def flipped(original: bytes, rng: random.Random) -> bytes:
    damaged = bytearray(original)
    bit = rng.randrange(len(damaged) * 8)
    damaged[bit // 8] ^= 1 << (bit % 8)
    return bytes(damaged)


def copy_with_damage(source: Path, target: Path, database: bytes) -> None:
    target.mkdir()
    shutil.copyfile(source / KEYS_NAME, target / KEYS_NAME)
    shutil.copyfile(source / "login-attempts.json", target / "login-attempts.json")
    (target / DATABASE_NAME).write_bytes(database)


def check_trials(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    trials: int,
) -> None:
    original = (clinic / DATABASE_NAME).read_bytes()
    rng = random.Random(10)
    wrong = []
    for trial in range(trials):
        copy = tmp_path / f"copy{trial}"
        copy_with_damage(clinic, copy, flipped(original, rng))
        code, out, err = run(
            capsys,
            monkeypatch,
            ["check", "--data-dir", str(copy), "--admin", "anna"],
            PASSWORD + "\n",
        )
        if code != 1 or not damaged_database_sentence(err) or "Traceback" in out + err:
            wrong.append((code, err.strip().splitlines()[0].replace(str(copy), "DIR")))
        shutil.rmtree(copy)
    assert dict(Counter(wrong)) == {}


def test_check_names_every_damaged_copy(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_trials(clinic, tmp_path, capsys, monkeypatch, FAST_TRIALS)


@pytest.mark.slow
def test_check_names_every_damaged_copy_200(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_trials(clinic, tmp_path, capsys, monkeypatch, SLOW_TRIALS)


def restore_trials(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    trials: int,
) -> None:
    backup = tmp_path / "backup"
    code, _, err = run(
        capsys,
        monkeypatch,
        ["backup", str(backup), "--data-dir", str(clinic), "--admin", "anna"],
        PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    original = (backup / DATABASE_NAME).read_bytes()
    keys = (backup / KEYS_NAME).read_bytes()
    before = snapshot(clinic)
    rng = random.Random(20)
    wrong = []
    for trial in range(trials):
        damaged = tmp_path / f"damaged{trial}"
        damaged.mkdir()
        (damaged / KEYS_NAME).write_bytes(keys)
        (damaged / DATABASE_NAME).write_bytes(flipped(original, rng))
        code, out, err = run(
            capsys,
            monkeypatch,
            ["restore", str(damaged), "--data-dir", str(clinic), "--admin", "anna"],
            PASSWORD + "\n",
        )
        if code != 1 or not damaged_backup_sentence(err) or "Traceback" in out + err:
            wrong.append((code, err.strip().splitlines()[0].replace(str(damaged), "DIR")))
        shutil.rmtree(damaged)
    assert dict(Counter(wrong)) == {}
    assert snapshot(clinic) == before  # the clinic's own files were never touched
    assert sorted(p.name for p in clinic.iterdir() if p.is_dir()) == []  # nothing left behind


def test_restore_refuses_every_damaged_backup(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    restore_trials(clinic, tmp_path, capsys, monkeypatch, FAST_TRIALS)


@pytest.mark.slow
def test_restore_refuses_every_damaged_backup_200(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    restore_trials(clinic, tmp_path, capsys, monkeypatch, SLOW_TRIALS)
