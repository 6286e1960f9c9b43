"""Running ``screening-app admin`` in-process for the tests: cheap keys, stdin, captured output."""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest

import screening_app.cli.admin as admin_cli
from screening_app.cli import main
from tests.storage.helpers import small_blocklist

PASSWORD = "kaffe og kanelsnegle klokken ti"
BO_PASSWORD = "en helt anden lang adgangskode"
CLINIC_NAME = "Klinik Nord"


def cheap_keys(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    from screening_app.storage.kdf import TEST_PARAMS

    monkeypatch.setattr(admin_cli, "BLOCKLIST", small_blocklist(folder))
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


def init_clinic(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data: Path,
    clinic: str = CLINIC_NAME,
) -> str:
    """A new clinic database in ``data``; returns the recovery key."""
    code, out, err = run(
        capsys,
        monkeypatch,
        [
            "init",
            "--data-dir",
            str(data),
            "--clinic",
            clinic,
            "--admin",
            "anna",
            "--password-stdin",
        ],
        PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    return out.strip().splitlines()[-1]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` by content (the lock and the login counters left out)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(("trygstart.lock", "login-attempts"))
    }
