"""Issue 10 section 1: the application's own start on a damaged database.

The login screen shows the storage's sentence: the database is damaged and the latest backup
must be restored (not "wrong password", not "read-only", not an internal error).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.clinic import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.gui


def test_login_on_a_damaged_database_says_so(
    app_flow: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    flow = app_flow()
    database = tmp_path / "data" / "trygstart.db"
    raw = bytearray(database.read_bytes())
    raw[len(raw) - 4096 + 1000] ^= 0x08  # one bit in the last page
    database.write_bytes(bytes(raw))
    screen = flow.login_screen
    qtbot.keyClicks(screen.user, ADMIN)
    qtbot.keyClicks(screen.password, ADMIN_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.text() != "")
    assert screen.message.text() == (
        "Databasen er beskadiget; den seneste sikkerhedskopi skal gendannes "
        "(IT: screening-app admin restore)."
    )
    assert flow.user is None
    assert database.read_bytes() == bytes(raw)  # nothing written into it
