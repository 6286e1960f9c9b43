"""The composition root: the window title, the first screen, the language switch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from screening_app.app import DATABASE_FILE, parse_gui_args
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def test_first_start_shows_the_wizard_then_the_login(app_flow: Any, tmp_path: Path) -> None:
    flow = app_flow(setup=False)
    assert flow.window.current_screen() is flow.wizard
    assert "Velkommen til TrygStart" in visible_texts()
    again = app_flow(data_dir=tmp_path / "other")
    assert again.window.current_screen() is again.login_screen
    assert flow.window.windowTitle() == "TrygStart"


def test_the_database_file_name_is_the_storage_s() -> None:
    from screening_app.storage.vault import DATABASE_NAME

    assert DATABASE_FILE == DATABASE_NAME


def test_gui_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    options = parse_gui_args(["--data-dir", str(tmp_path), "--lang", "en", "-style", "fusion"])
    assert (options.data_dir, options.language) == (tmp_path, "en")
    assert options.qt_args == ["-style", "fusion"]
    monkeypatch.setenv("TRYGSTART_DATA_DIR", str(tmp_path / "env"))
    assert parse_gui_args([]).data_dir == tmp_path / "env"


def test_start_up_hardens_the_process_and_logs_privately(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging
    import sys

    from screening_app import hardening
    from screening_app.app import harden_process, private_logging

    hardened: list[bool] = []
    monkeypatch.setattr(hardening, "disable_core_dumps", lambda: hardened.append(True))
    hook = sys.excepthook
    logger = logging.getLogger("screening_app")
    handlers = list(logger.handlers)
    try:
        harden_process()
        private_logging(tmp_path)
        assert hardened == [True]  # (what it does is tested in tests/storage/test_hardening)
        log_file = tmp_path / "logs" / "trygstart.log"
        assert log_file.exists()
        assert log_file.stat().st_mode & 0o077 == 0
        logging.getLogger("screening_app.test").warning("opened %s", "Kanariefugl 0101901234")
        for handler in logger.handlers:
            handler.flush()
        text = log_file.read_text()
        assert "opened <text>" in text
        assert "Kanariefugl" not in text
    finally:
        sys.excepthook = hook
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        for handler in handlers:
            logger.addHandler(handler)


def test_nobody_logged_in_quick_hide_offers_only_to_continue(shell: Any) -> None:
    shell.locker.quick_hide()
    screen = shell.window.lock_screen
    assert "Skærmen er skjult. Ingen er logget ind." in visible_texts()
    assert not screen.findChild(object, "unlockField").isVisible()
    screen.findChild(object, "continueButton").click()
    assert not shell.window.is_locked()


def test_consultation_restricts_the_top_bar_in_self_complete(shell: Any, consultation: Any) -> None:
    runner = consultation.start("test-all-types", self_complete=True)
    assert runner.self_complete
    assert not shell.window._language_box.isVisible()
