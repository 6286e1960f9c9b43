"""What IT sets for a computer limits the screens: the idle lock's ceiling, self-complete mode
(neither on the gate nor in the questionnaire), and the settings screen shows every machine
value read-only with its file and line, and the versions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from screening_app.machine.reader import read_machine_config
from tests.ui.clinic import ADMIN, ADMIN_PASSWORD
from tests.ui.journey import confirm_gate, create_person, current, open_gate

pytestmark = pytest.mark.gui


def _machine(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "trygstart.toml"
    path.write_text(text, encoding="utf-8")
    return read_machine_config(path, registry=lambda: None), path


def _login(app_flow: Any, machine: Any) -> Any:
    flow = app_flow()
    flow.clinic.machine = machine
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.persons.show_home()
    return flow


def _settings(flow: Any, qtbot: Any) -> Any:
    bar = flow.window.findChild(object, "userBar")
    qtbot.mouseClick(bar.settings, Qt.MouseButton.LeftButton)
    screen = current(flow)
    assert screen.objectName() == "settingsScreen"
    return screen


def test_the_machine_ceiling_limits_the_idle_lock(
    app_flow: Any, qtbot: Any, tmp_path: Path
) -> None:
    machine, path = _machine(tmp_path, "idle_lock_max_minutes = 3\n")
    flow = _login(app_flow, machine)
    assert flow.idle.timeout_s == 3 * 60  # the default 5 is above the ceiling
    screen = _settings(flow, qtbot)
    assert screen.idle_minutes.maximum() == 3
    assert screen.idle_minutes.value() == 3
    assert screen.idle_source.text() == (
        f"Sat af IT for denne computer: højst 3 minutter ({path}:1)."
    )
    # The clinic may narrow it further, never widen it.
    screen.idle_minutes.setValue(2)
    qtbot.mouseClick(screen.save_idle, Qt.MouseButton.LeftButton)
    assert flow.idle.timeout_s == 120
    assert (
        screen.idle_source.text()
        == "Klinikkens valg. IT tillader højst 3 minutter på denne computer."
    )
    with pytest.raises(Exception, match="idle minutes"):
        flow.user.settings.set_idle_minutes(30)


def test_the_settings_screen_shows_the_machine_values_read_only(
    app_flow: Any, qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    machine, path = _machine(
        tmp_path, f'backup_folder = "{folder}"\nallow_save_pdf = false\nlanguage = "da"\n'
    )
    flow = _login(app_flow, machine)
    screen = _settings(flow, qtbot)
    rows = screen.machine_rows
    assert rows["backup_folder"].text() == f"{folder}  ({path}:1)"
    assert rows["allow_save_pdf"].text() == f"ikke tilladt  ({path}:2)"
    assert rows["language"].text() == f"da  ({path}:3)"
    assert rows["data_folder"].text() == "ikke sat"
    assert rows["allow_self_complete"].text() == "tilladt (ikke sat)"
    assert all(isinstance(label, QLabel) for label in rows.values())  # nothing to edit
    assert screen.versions.text().endswith("TrygStart 0.1.0, databaseskema 4")
    assert f"Læst fra: {path}" in screen.versions.text()


def test_without_self_complete_neither_the_gate_nor_the_questionnaire_offers_it(
    app_flow: Any, qtbot: Any, tmp_path: Path
) -> None:
    machine, _path = _machine(tmp_path, "allow_self_complete = false\n")
    flow = _login(app_flow, machine)
    create_person(flow, qtbot, name="Mette Hansen", cpr="0707614285", child="01.09.2026")
    gate = open_gate(flow, qtbot)
    assert not gate.person_reads.isVisibleTo(gate)
    confirm_gate(gate, qtbot)
    gate.person_reads.setChecked(True)  # even if it were ticked somehow
    with qtbot.waitSignal(gate.start_requested) as started:
        qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    assert started.args[2] is False
    runner = flow.persons.consultation.runner
    assert not runner.self_complete
    assert not runner._mode_button.isVisibleTo(runner)


def test_an_upgrade_is_told_once_after_login(app_flow: Any, fake_dialogs: Any) -> None:
    from screening_app.storage.migrations import Upgrade

    flow = app_flow()
    vault = flow.clinic.accounts().vault
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    assert fake_dialogs.told == []
    flow.logout()
    vault.last_upgrade = Upgrade(2, 3, "trygstart.db.before-v3", resumed=False)
    original = vault.unlock

    def unlock(*args: Any) -> Any:
        database = original(*args)
        vault.last_upgrade = Upgrade(2, 3, "trygstart.db.before-v3", resumed=False)
        return database

    vault.unlock = unlock
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    told = (
        "Databasen er opdateret fra skema 2 til 3. En kopi af den, som den var, gemmes ved "
        "siden af (trygstart.db.before-v3), til TrygStart startes næste gang."
    )
    assert fake_dialogs.told == [told]
    assert vault.last_upgrade is None
