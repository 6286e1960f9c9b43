"""First start: the wizard makes the clinic's database, the first administrator, and shows the
recovery key once (printed, never written to a file), then the administrator is logged in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from screening_app.ui.setup.recovery_print import PrintOutcome, recovery_sheet_html
from tests.ui.clinic import ADMIN_PASSWORD, data_files_text
from tests.ui.keys import tick
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


def _clinic_page(wizard: Any, qtbot: Any) -> None:
    qtbot.keyClicks(wizard.clinic_name, "Jordemoderklinikken Syd")
    qtbot.keyClicks(wizard.clinic_address, "Søndergade 2")
    qtbot.keyClicks(wizard.clinic_phone, "70 00 00 00")
    qtbot.mouseClick(wizard.clinic_next, Qt.MouseButton.LeftButton)


def _admin_page(wizard: Any, qtbot: Any, password: str, repeat: str | None = None) -> None:
    for field in (wizard.admin_password, wizard.admin_repeat):
        field.clear()
    if not wizard.admin_user.text():
        qtbot.keyClicks(wizard.admin_user, "sara")
        qtbot.keyClicks(wizard.admin_display, "Sara Jensen")
        qtbot.keyClicks(wizard.admin_title, "Jordemoder")
    qtbot.keyClicks(wizard.admin_password, password)
    qtbot.keyClicks(wizard.admin_repeat, password if repeat is None else repeat)
    qtbot.mouseClick(wizard.admin_create, Qt.MouseButton.LeftButton)


def test_the_wizard_creates_the_clinic_and_shows_the_key_once(
    app_flow: Callable[..., Any], qtbot: Any, fake_dialogs: Any
) -> None:
    flow = app_flow(setup=False)
    wizard = flow.wizard
    assert flow.window.current_screen() is wizard
    assert "Velkommen til TrygStart" in visible_texts()
    qtbot.mouseClick(wizard.clinic_next, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 0
    assert "Udfyld venligst: klinikkens navn, adressen, telefonnummeret." in visible_texts()
    _clinic_page(wizard, qtbot)
    assert wizard.pages.currentIndex() == 1

    _admin_page(wizard, qtbot, ADMIN_PASSWORD, repeat="something else entirely")
    assert "De to adgangskoder er ikke ens." in visible_texts()
    _admin_page(wizard, qtbot, "for kort")
    assert "Adgangskoden skal have mindst 15 tegn." in visible_texts()
    _admin_page(wizard, qtbot, "passwordpassword")  # on the (test) blocklist
    assert any("almindelig" in t for t in visible_texts())
    _admin_page(wizard, qtbot, "sara jensen har en lang kode")
    assert any("brugernavnet" in t for t in visible_texts())
    assert not flow.clinic.database_exists()

    _admin_page(wizard, qtbot, ADMIN_PASSWORD)
    assert flow.clinic.database_exists()
    assert wizard.pages.currentIndex() == 2
    key = wizard.key_label.text()
    assert len(key.replace("-", "")) >= 32
    assert key in visible_texts()
    assert not wizard.key_done.isEnabled()

    qtbot.mouseClick(wizard.print_button, Qt.MouseButton.LeftButton)
    assert fake_dialogs.printed == [key]
    assert "Gendannelsesnøglen er sendt til printeren." in visible_texts()
    # The key is in no file of the data folder (nor in its printed sheet's file: there is none).
    stored = data_files_text(flow.data_dir)
    assert key.encode() not in stored
    assert key.replace("-", "").encode() not in stored

    tick(qtbot, wizard.kept)
    qtbot.mouseClick(wizard.key_done, Qt.MouseButton.LeftButton)
    assert key not in " ".join(visible_texts())
    assert flow.user is not None
    assert flow.user.session.user.username == "sara"
    assert flow.user.is_admin
    assert flow.window.current_screen().objectName() == "pinScreen"
    details = flow.user.settings.details()
    assert (details.name, details.address, details.phone) == (
        "Jordemoderklinikken Syd",
        ("Søndergade 2",),
        "70 00 00 00",
    )


def test_printing_to_a_file_is_refused(
    app_flow: Callable[..., Any], qtbot: Any, fake_dialogs: Any
) -> None:
    flow = app_flow(setup=False)
    wizard = flow.wizard
    _clinic_page(wizard, qtbot)
    _admin_page(wizard, qtbot, ADMIN_PASSWORD)
    fake_dialogs.print_outcome = PrintOutcome.REFUSED_FILE
    qtbot.mouseClick(wizard.print_button, Qt.MouseButton.LeftButton)
    assert any(t.startswith("Ikke udskrevet: den printer skriver en fil") for t in visible_texts())
    assert not wizard.printed


def test_the_printed_sheet_names_the_clinic_and_the_key() -> None:
    html = recovery_sheet_html("Klinik <Nord>", "ABCD-EFGH")
    assert "Klinik &lt;Nord&gt;" in html
    assert "ABCD-EFGH" in html


def test_quick_hide_over_the_key_needs_the_new_password(
    app_flow: Callable[..., Any], qtbot: Any
) -> None:
    flow = app_flow(setup=False)
    wizard = flow.wizard
    _clinic_page(wizard, qtbot)
    _admin_page(wizard, qtbot, ADMIN_PASSWORD)
    key = wizard.key_label.text()
    flow.locker.quick_hide()
    screen = flow.window.lock_screen
    assert key not in " ".join(visible_texts())
    assert screen.findChild(object, "unlockField").isVisible()  # not "continue"
    screen.findChild(object, "unlockField").setText("not the password at all")
    screen.submit()
    assert flow.window.is_locked()
    screen.findChild(object, "unlockField").setText(ADMIN_PASSWORD)
    screen.submit()
    assert not flow.window.is_locked()
    assert key in visible_texts()


def test_another_user_over_the_key_abandons_the_wizard(
    app_flow: Callable[..., Any], qtbot: Any
) -> None:
    flow = app_flow(setup=False)
    wizard = flow.wizard
    _clinic_page(wizard, qtbot)
    _admin_page(wizard, qtbot, ADMIN_PASSWORD)
    flow.locker.quick_hide()
    qtbot.mouseClick(
        flow.window.lock_screen.findChild(object, "anotherUserButton"), Qt.MouseButton.LeftButton
    )
    assert flow.wizard is None
    assert flow.window.current_screen() is flow.login_screen
    assert flow.login("sara", ADMIN_PASSWORD)  # the database is closed and usable again


def test_the_logo_file_dialog_leaves_no_settings_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from screening_app.ui.dialogs import NOWHERE, choose_logo_file

    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n fictitious")
    asked: list[Any] = []

    def fake_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(kwargs.get("options"))
        return str(logo), "PNG (*.png)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    assert choose_logo_file(None) == logo.read_bytes()  # type: ignore[arg-type]
    assert asked == [QFileDialog.Option.DontUseNativeDialog]
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.fileName().startswith(NOWHERE)
