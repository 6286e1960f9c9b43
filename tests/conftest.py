"""Shared test set-up: Qt runs offscreen; nothing touches the real user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from screening_app.ui import refcount_guard
from tests.storage.backends import pg_cluster  # noqa: F401 - one throwaway server per session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PySide6 6.12.0 on CPython 3.11 leaks references to None/True on every call: without this any
# test module that drives Qt long enough aborts the interpreter (see the module).
refcount_guard.add_headroom()

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test gets its own HOME and XDG dirs, so no test can write to the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("TRYGSTART_DATA_DIR", raising=False)
    # This machine's own settings file (/etc/trygstart/trygstart.toml) never reaches a test.
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(home / "no-machine-settings.toml"))


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled now, so the tests never read stale .qm files."""
    import shutil
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("translations")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease
    for ts in sorted((REPO / "resources" / "translations").glob("*.ts")):
        qm = out / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return out
