"""``screening-app admin``: the commands of issue 3 section 5 and the errors of section 6."""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from pathlib import Path

import pytest

import screening_app.cli.admin as admin_cli
from screening_app.cli import main
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.vault import DATABASE_NAME
from tests.storage.helpers import small_blocklist

PASSWORD = "kaffe og kanelsnegle klokken ti"
BO_PASSWORD = "en helt anden lang adgangskode"


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(admin_cli, "BLOCKLIST", small_blocklist(tmp_path))
    monkeypatch.setattr(admin_cli, "KDF_PARAMS", TEST_PARAMS)
    monkeypatch.setattr(admin_cli, "PIN_HASH_PARAMS", TEST_PARAMS)


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["admin", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def clinic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, str]:
    data = tmp_path / "data"
    code, out, err = run(
        capsys,
        monkeypatch,
        [
            "init",
            "--data-dir",
            str(data),
            "--clinic",
            "Klinik Nord",
            "--admin",
            "anna",
            "--password-stdin",
        ],
        PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    recovery = out.strip().splitlines()[-1]
    assert len(recovery.replace("-", "")) == 32
    return data, recovery


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in ("trygstart.lock", "login-attempts.json")
    }


def test_the_whole_admin_cycle(
    clinic: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, recovery = clinic
    monkeypatch.setenv("TRYGSTART_DATA_DIR", str(data))  # the environment picks the folder
    assert (
        run(
            capsys,
            monkeypatch,
            ["add-user", "bo", "--admin", "anna"],
            f"{PASSWORD}\n{BO_PASSWORD}\n",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, monkeypatch, ["check", "--admin", "anna"], PASSWORD + "\n")
    assert code == 0
    assert "intact" in out
    assert out.startswith("klinik / clinic: Klinik Nord, id ")
    unlock = out.splitlines()[1]  # the unlock measured, with the key's own parameters
    assert re.fullmatch(r"oplåsning / unlock: \d+\.\d\d s \(Argon2id 0 MiB, t=1, p=1\)", unlock)
    code, out, _ = run(capsys, monkeypatch, ["verify-audit", "--admin", "anna"], PASSWORD + "\n")
    assert (code, out.split(",")[0]) == (0, "intact")
    assert (
        run(capsys, monkeypatch, ["disable-user", "bo", "--admin", "anna"], PASSWORD + "\n")[0] == 0
    )
    assert run(capsys, monkeypatch, ["rekey", "--admin", "anna"], PASSWORD + "\n")[0] == 0
    code, _, err = run(capsys, monkeypatch, ["check", "--admin", "bo"], BO_PASSWORD + "\n")
    assert code == 1
    assert err.strip().splitlines() == [
        "Forkert brugernavn eller adgangskode.",
        "Wrong user name or password.",
    ]
    new_password = "nyt kodeord efter nulstilling"
    assert (
        run(
            capsys,
            monkeypatch,
            ["reset-password", "anna", "--recovery-key-stdin"],
            f"{recovery}\n{new_password}\n",
        )[0]
        == 0
    )
    backup = tmp_path / "backup"
    assert (
        run(capsys, monkeypatch, ["backup", str(backup), "--admin", "anna"], new_password + "\n")[0]
        == 0
    )
    assert sorted(p.name for p in backup.iterdir()) == [
        "trygstart-backup.json",
        DATABASE_NAME,
        DATABASE_NAME + ".keys",
    ]
    code, out, _ = run(
        capsys,
        monkeypatch,
        ["export-audit", "--person", "1", "--admin", "anna"],
        new_password + "\n",
    )
    assert code == 0
    assert json.loads(out)["person"] == 1
    code, out, _ = run(capsys, monkeypatch, ["purge", "--admin", "anna"], new_password + "\n")
    assert code == 0
    assert out.startswith("0 personer slettet")
    code, out, _ = run(
        capsys, monkeypatch, ["restore", str(backup), "--admin", "anna"], new_password + "\n"
    )
    assert code == 0
    assert "replaced-" in out
    assert run(capsys, monkeypatch, ["check", "--admin", "anna"], new_password + "\n")[0] == 0


@pytest.mark.parametrize(
    ("args", "stdin", "first_line"),
    [
        (
            ["check", "--admin", "anna"],
            "wrong password entirely\n",
            "Forkert brugernavn eller adgangskode.",
        ),
        (["check", "--admin", "nobody"], PASSWORD + "\n", "Forkert brugernavn eller adgangskode."),
        (
            ["reset-password", "anna", "--recovery-key-stdin"],
            "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\nx\n",
            "Gendannelsesnøglen passer ikke til denne database.",
        ),
        (
            ["init", "--clinic", "K", "--admin", "anna"],
            PASSWORD + "\n",
            "Der er allerede en TrygStart-database i",
        ),
        (["check", "--admin", "anna"], "", "Ugyldige oplysninger: standard input ended"),
    ],
)
def test_errors_are_one_sentence_and_change_nothing(  # noqa: PLR0917
    clinic: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    stdin: str,
    first_line: str,
) -> None:
    data, _ = clinic
    before = snapshot(data)
    code, out, err = run(capsys, monkeypatch, [*args, "--data-dir", str(data)], stdin)
    assert code == 1
    assert err.startswith(first_line)
    assert len(err.strip().splitlines()) == 2  # Danish, then English
    assert "Traceback" not in err + out
    assert snapshot(data) == before


def _damage(data: Path, what: str) -> None:
    database = data / DATABASE_NAME
    keys = data / (DATABASE_NAME + ".keys")
    if what == "missing key file":
        keys.unlink()
    elif what == "corrupt key file":
        keys.write_text('{"format": "trygstart-keyfile", "version": 1, "users": 3}')
    elif what == "truncated database":
        database.write_bytes(database.read_bytes()[:5000])
    elif what == "flipped page":
        raw = bytearray(database.read_bytes())
        raw[4096 + 100] ^= 0x40
        database.write_bytes(bytes(raw))
    elif what == "missing database":
        database.unlink()


@pytest.mark.parametrize(
    ("what", "first_line"),
    [
        ("missing key file", "Nøglefilen mangler"),
        ("corrupt key file", "Nøglefilen er beskadiget"),
        ("truncated database", "Databasen er beskadiget"),
        ("flipped page", "Databasen er beskadiget"),
        ("missing database", "Der er ingen TrygStart-database"),
    ],
)
def test_damaged_files_give_one_sentence_and_are_not_touched(
    clinic: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    what: str,
    first_line: str,
) -> None:
    data, _ = clinic
    _damage(data, what)
    before = snapshot(data)
    code, out, err = run(
        capsys, monkeypatch, ["check", "--data-dir", str(data), "--admin", "anna"], PASSWORD + "\n"
    )
    assert code == 1
    assert err.startswith(first_line), err
    assert "Traceback" not in err + out
    assert snapshot(data) == before


def test_second_instance_is_refused(
    clinic: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from screening_app.storage.lockfile import InstanceLock

    data, _ = clinic
    with InstanceLock(data / "trygstart.lock"):
        code, _, err = run(
            capsys,
            monkeypatch,
            ["check", "--data-dir", str(data), "--admin", "anna"],
            PASSWORD + "\n",
        )
    assert code == 1
    assert err.startswith("Databasen er allerede åben")


def test_a_bug_is_reported_as_internal_error_without_data(
    clinic: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, _ = clinic

    def explode(*_args: object) -> int:
        raise KeyError("Mette Hansen 0101901234")

    monkeypatch.setattr(admin_cli.AdminService, "check", explode)
    code, out, err = run(
        capsys, monkeypatch, ["check", "--data-dir", str(data), "--admin", "anna"], PASSWORD + "\n"
    )
    assert code == admin_cli.EXIT_BUG
    assert "Internal error in TrygStart (a bug): KeyError." in err
    assert "Mette" not in err + out
    assert "0101901234" not in err + out
