"""A kill during a screening, and a restart: the person's page offers the draft, and it
reopens where it stopped with every answer given before the kill (issue 4 section 5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.clinic import ADMIN, ADMIN_PASSWORD
from tests.ui.journey import current
from tests.ui.kill_child import PERSON
from tests.ui.screen_text import visible_texts

pytestmark = [pytest.mark.gui, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


def test_a_killed_screening_resumes_where_it_stopped(
    app_flow: Any, qtbot: Any, tmp_path: Path
) -> None:
    data_dir = tmp_path / "clinic"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.kill_child", str(data_dir)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline()  # blocks until the child has answered
        assert line.startswith("answered"), child.stderr.read()
        screening_id = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    flow = app_flow(data_dir=data_dir)
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.persons.show_home()
    search = flow.persons.search_screen
    qtbot.keyClicks(search.field, "kanariefugl")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    page = current(flow)
    assert page is flow.persons.person_page
    assert any(t.startswith("Ikke afsluttet: Screening for partnervold") for t in visible_texts())
    assert PERSON in visible_texts()
    resume = page.findChild(object, f"resume-{screening_id}")
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    runner = flow.persons.consultation.runner
    assert current(flow) is runner
    assert runner.current_link_id == "forced-sex"
    assert runner.session.given("humiliated") == "yes"
    assert runner.session.given("afraid") == "no"
    assert flow.user.session.database.check().ok
