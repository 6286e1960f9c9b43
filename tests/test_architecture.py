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
