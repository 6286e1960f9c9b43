"""Fixtures for the document screens: a clinic on cheap keys, fake desktop dialogs, the shell."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from screening_app.services.accounts import Setup
from tests.storage.helpers import (  # noqa: F401 - fixtures
    accounts,
    clock,
    data_dir,
    policy,
    setup,
    vault,
)
from tests.ui.conftest import FakeClock as MonotonicClock
from tests.ui.conftest import FakeTimers
from tests.ui_documents.fakes import FakeHooks
from tests.ui_documents.world import World

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(setup: Setup) -> World:  # noqa: F811 - the fixture imported above
    return World(setup.session)


@pytest.fixture
def hooks() -> FakeHooks:
    return FakeHooks()


@pytest.fixture
def shell(qapp: Any, qtbot: Any, compiled_translations: Path) -> Iterator[Any]:
    """The real main window and its guards (quick-hide, idle lock) on a fake clock, shown."""
    from screening_app.app import build_shell

    monotonic = MonotonicClock()
    built = build_shell(
        qapp,
        clock=monotonic,
        timer_factory=FakeTimers(monotonic),
        translations=compiled_translations,
    )
    qtbot.addWidget(built.window)
    built.window.resize(1000, 700)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.dispose()
    built.language.uninstall()  # now: later, Python would send a stray LanguageChange


@pytest.fixture(autouse=True)
def danish(qapp: Any, compiled_translations: Path) -> Iterator[None]:
    """The screens in Danish, as the clinic sees them."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled_translations / "trygstart_da.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
