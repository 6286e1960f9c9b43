"""The house rules that keep the core Qt-free and offline, checked on every module."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "screening_app"
NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "requests", "httpx", "ftplib", "smtplib"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_there_are_modules_to_check() -> None:
    assert len(_modules()) > 5


def test_qt_only_in_ui_and_app() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if {"PySide6", "shiboken6"} & _imports(path)
        and "ui" not in path.relative_to(PACKAGE).parts[:1]
        and path.name != "app.py"
    ]
    assert offenders == []


def test_no_network_modules_anywhere() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(NETWORK_MODULES & _imports(path))
        for path in _modules()
        if NETWORK_MODULES & _imports(path)
    }
    assert offenders == {}


def test_the_server_driver_only_in_the_server_storage() -> None:
    """The one network connection TrygStart may make is the clinic server's, which IT turns on
    in the machine settings (``server_*``): its driver is imported in ``storage/server`` only,
    and nothing there is imported unless the settings name a server (``services.backend``)."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules()
        if "psycopg" in _imports(path)
        and path.relative_to(PACKAGE).parts[:2] != ("storage", "server")
    ]
    assert offenders == []


def test_a_workstation_without_a_server_never_loads_the_driver(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from screening_app.machine.model import MachineSettings\n"
        "from screening_app.services.backend import open_vault\n"
        "from pathlib import Path\n"
        f"open_vault(Path({str(tmp_path)!r}), MachineSettings(), clock=lambda: None)\n"
        "import screening_app.app, screening_app.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'psycopg'"
        " or m.startswith('screening_app.storage.server')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
