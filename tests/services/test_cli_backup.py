"""``screening-app admin backup`` with odd targets, and the unattended nightly backup."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.services.cli_support import PASSWORD, cheap_keys, init_clinic, run


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cheap_keys(monkeypatch, tmp_path)


@pytest.fixture
def clinic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    data = tmp_path / "clinic"
    init_clinic(capsys, monkeypatch, data)
    return data


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_target_that_is_not_utf8_is_one_sentence_and_leaves_nothing(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    targets = tmp_path / "targets"
    targets.mkdir()
    name = os.fsdecode(b"nat-\xe6\xf8\xe5")  # Latin-1 bytes, as an old share may hand them
    code, _, err = run(
        capsys,
        monkeypatch,
        ["backup", str(targets / name), "--data-dir", str(clinic), "--admin", "anna"],
        PASSWORD + "\n",
    )
    assert code == 1
    assert err.splitlines()[0].startswith("Navnet på sikkerhedskopiens mappe er ikke gyldig tekst")
    assert len(err.strip().splitlines()) == 2
    assert list(targets.iterdir()) == []
    code, _, _ = run(
        capsys,
        monkeypatch,
        ["backup", str(targets / "nat"), "--data-dir", str(clinic), "--admin", "anna"],
        PASSWORD + "\n",
    )
    assert code == 0


def test_restore_says_what_replaces_what_and_refuses_another_clinic(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "other"
    init_clinic(capsys, monkeypatch, other, clinic="Sundhedsplejen Syd")
    theirs = tmp_path / "theirs"
    assert (
        run(
            capsys,
            monkeypatch,
            ["backup", str(theirs), "--data-dir", str(other), "--admin", "anna"],
            PASSWORD + "\n",
        )[0]
        == 0
    )
    restore = ["restore", str(theirs), "--data-dir", str(clinic), "--admin", "anna"]
    code, out, err = run(capsys, monkeypatch, restore, PASSWORD + "\n")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        "Sikkerhedskopien er fra en anden klinikdatabase (Sundhedsplejen Syd"
    )
    assert "(Klinik Nord, id " in lines[0]
    assert lines[1].endswith("To replace it anyway: use --other-clinic.")
    code, out, err = run(
        capsys, monkeypatch, [*restore, "--dry-run", "--other-clinic"], PASSWORD + "\n"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("Nu / Now: Klinik Nord, id ")
    assert "0 personer / persons, 0 screeninger / screenings" in out.splitlines()[0]
    assert out.splitlines()[1].startswith("Sikkerhedskopi / Backup: Sundhedsplejen Syd, id ")
    assert "taget / made: " in out
    assert "fra en anden klinikdatabase / from another clinic database" in out
    assert "Intet er ændret (--dry-run)." in out
    code, out, err = run(capsys, monkeypatch, [*restore, "--other-clinic"], PASSWORD + "\n")
    assert (code, err) == (0, "")
    assert "De tidligere filer er flyttet til" in out


def test_the_nightly_backup_needs_no_password_while_the_app_is_open(
    clinic: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from screening_app.storage.lockfile import InstanceLock

    with InstanceLock(clinic / "trygstart.lock"):  # TrygStart holds the database open
        code, out, err = run(
            capsys,
            monkeypatch,
            ["backup", str(tmp_path / "nightly"), "--data-dir", str(clinic), "--unattended"],
        )
    assert (code, err) == (0, "")
    assert out.startswith("Krypteret sikkerhedskopi uden nøgle (")
    assert sorted(p.name for p in (tmp_path / "nightly").iterdir()) == [
        "trygstart-backup.json",
        "trygstart.db",
        "trygstart.db.keys",
    ]
    restore = ["restore", str(tmp_path / "nightly"), "--data-dir", str(clinic), "--dry-run"]
    code, out, err = run(capsys, monkeypatch, [*restore, "--admin", "anna"], PASSWORD + "\n")
    assert (code, err) == (0, "")
    assert "(unattended)" in out


def test_backup_needs_an_administrator_or_unattended(
    clinic: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from screening_app.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["admin", "backup", str(tmp_path / "b"), "--data-dir", str(clinic)])
    assert exit_.value.code == 2
    assert "--admin" in capsys.readouterr().err
