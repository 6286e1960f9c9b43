"""PySide6 6.12.0 on CPython 3.11 takes a reference from None on every void call and from True
on every emit; the guard must keep the process alive through far more calls than a day needs."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from screening_app.ui import refcount_guard

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parents[2]


class _Sender(QObject):
    ping = Signal()


def test_many_void_calls_and_emits_leave_none_and_true_alive() -> None:
    refcount_guard.add_headroom()
    sender = _Sender()
    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(20_000):
        sender.setObjectName("x")  # returns None
        sender.ping.emit()  # returns True
    if refcount_guard.needed():
        assert sys.getrefcount(None) > refcount_guard.HEADROOM // 2
        assert sys.getrefcount(True) > refcount_guard.HEADROOM // 2
    else:
        assert sys.getrefcount(None) >= none_before - 20_000  # immortal on 3.12+
        assert sys.getrefcount(True) >= true_before - 20_000


def test_the_guard_is_applied_once() -> None:
    refcount_guard.add_headroom()
    assert refcount_guard.add_headroom() is False


# ------------------------------------------------------- every Qt entry point applies it
APPLICATIONS = {"QApplication", "QGuiApplication", "QCoreApplication"}
SEARCHED = ("src", "bench", "docs", "tests", "tools")


def _constructs_application(call: ast.Call) -> bool:
    """``QApplication(...)`` (not ``QApplication.instance()``)."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else None
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        name = func.attr if func.value.id in ("QtWidgets", "QtGui", "QtCore") else None
    return name in APPLICATIONS


def _applies_guard(call: ast.Call) -> bool:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return name == "add_headroom"


def _scopes(tree: ast.Module) -> list[ast.AST]:
    return [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))]


def _own_calls(scope: ast.AST) -> list[ast.Call]:
    """Calls in ``scope`` itself, not in functions nested in it."""
    found: list[ast.Call] = []
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.Call):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def entry_points() -> dict[str, bool]:
    """Every place that makes a Qt application -> whether the guard is applied before it,
    in the same function."""
    found: dict[str, bool] = {}
    for top in SEARCHED:
        for path in sorted((REPO / top).rglob("*.py")):
            if ".venv" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for scope in _scopes(tree):
                calls = _own_calls(scope)
                guards = [c.lineno for c in calls if _applies_guard(c)]
                for call in calls:
                    if _constructs_application(call):
                        where = f"{path.relative_to(REPO)}:{call.lineno}"
                        found[where] = any(line < call.lineno for line in guards)
    return found


@pytest.mark.slow
def test_every_qt_entry_point_applies_the_guard_first() -> None:
    points = entry_points()
    assert len(points) >= 7  # the app, its benchmarks, the screenshot scripts, a test child
    assert {where for where, guarded in points.items() if not guarded} == set()


def test_the_scan_finds_an_unguarded_entry_point() -> None:
    """The scan itself: a made-up script that makes an application without the guard."""
    tree = ast.parse("def main():\n    app = QApplication([])\n    add_headroom()\n")
    calls = _own_calls(tree.body[0])
    made = [c for c in calls if _constructs_application(c)]
    guard_lines = [c.lineno for c in calls if _applies_guard(c)]
    assert len(made) == 1
    assert not any(line < made[0].lineno for line in guard_lines)


def test_pytest_qts_application_comes_after_the_guard() -> None:
    """pytest-qt makes the tests' QApplication itself: the shared conftest applies the guard
    when it is imported, before any test runs."""
    tree = ast.parse((REPO / "tests" / "conftest.py").read_text(encoding="utf-8"))
    assert any(_applies_guard(call) for call in _own_calls(tree))
