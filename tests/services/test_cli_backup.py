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
