"""The directory admin screen: administrators only; national entries read-only; local entries
edited with field errors beside the fields, verified today, saved atomically to the clinic's
file (and audited); removing the clinic's copy restores the bundled entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from screening_app.directory import read_bundled, read_clinic_file
from screening_app.paths import resources_dir
from screening_app.services.accounts import Setup
from screening_app.services.admin import AdminService
from screening_app.services.directory_admin import DirectoryAdminService
from screening_app.ui.documents import DocumentActions
from screening_app.ui.documents.directory_admin import DirectoryAdminDialog
from tests.storage.helpers import ADMIN_PASSWORD
from tests.ui.documents.fakes import FakeHooks
from tests.ui.documents.world import World

pytestmark = pytest.mark.gui


@pytest.fixture
def clinic_file(tmp_path: Path) -> Path:
    return tmp_path / "clinic" / "services.yaml"


def make_actions(world: World, hooks: FakeHooks, clinic_file: Path, qtbot: Any) -> DocumentActions:
    host = QWidget()
    qtbot.addWidget(host)
    admin = DirectoryAdminService(
        world.session, bundled=read_bundled(resources_dir() / "services"), clinic_file=clinic_file
    )
    return DocumentActions(
        host,
        documents=world.docs,
        language=lambda: "da",
        hooks=hooks.hooks(),
        directory_admin=admin,
    )


def select(dialog: DirectoryAdminDialog, service_id: str) -> None:
    for index in range(dialog.list.count()):
        item = dialog.list.item(index)
        if item.data(Qt.ItemDataRole.UserRole) == service_id:
            dialog.list.setCurrentItem(item)
            return
    raise AssertionError(service_id)


def test_national_entries_are_read_only_and_local_ones_editable(
    world: World, hooks: FakeHooks, clinic_file: Path, qtbot: Any
) -> None:
    dialog = make_actions(world, hooks, clinic_file, qtbot).edit_directory()
    assert isinstance(dialog, DirectoryAdminDialog)
    assert dialog.windowTitle() == "TrygStart"
    select(dialog, "danner")
    assert not dialog.form.isEnabled()
    assert dialog.edit_button.isVisible()
    assert not dialog.save_button.isEnabled()
    select(dialog, "family-clinic")
    assert dialog.form.isEnabled()
    assert not dialog.edit_button.isVisible()


def test_a_new_entry_shows_its_errors_beside_the_fields_then_saves_atomically(
    world: World, hooks: FakeHooks, clinic_file: Path, qtbot: Any
) -> None:
    actions = make_actions(world, hooks, clinic_file, qtbot)
    dialog = actions.edit_directory()
    assert dialog is not None
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    form.singles["id"].setText("nordby-krisecenter")
    form.pairs["name"][0].setText("Nordby Krisecenter")
    form.phones.setPlainText("12")
    assert not dialog.save()
    assert form.errors["phones"].isVisible()
    assert form.errors["offers"].isVisible()  # required and empty
    assert form.errors["name"].isVisible()  # the English name is missing
    assert not clinic_file.exists()
    form.pairs["name"][1].setText("Nordby crisis centre")
    form.pairs["offers"][0].setPlainText("Ophold for kvinder")
    form.pairs["offers"][1].setPlainText("Stay for women")
    form.pairs["forWhom"][0].setText("Kvinder")
    form.pairs["forWhom"][1].setText("Women")
    form.pairs["howToRefer"][0].setPlainText("Ring selv")
    form.pairs["howToRefer"][1].setPlainText("Call yourself")
    form.phones.setPlainText("70 00 00 09 | Døgnet rundt | Day and night")
    form.singles["source"].setText("Krisecentrets egen side")
    qtbot.mouseClick(dialog.verified_button, Qt.MouseButton.LeftButton)
    assert form.singles["verifiedBy"].text() == "anna"
    assert dialog.save()
    saved = read_clinic_file(clinic_file)
    # The world's clinic had filled in its municipality already; the new entry is added.
    assert [e.id for e in saved] == ["municipality", "family-clinic", "nordby-krisecenter"]
    assert saved[2].phones[0].label is not None
    assert saved[2].last_verified == dt.date(2026, 3, 2)
    assert "nordby-krisecenter" in actions.documents.directory  # the dialogs use it at once
    assert not list(clinic_file.parent.glob(".*"))  # no temporary file left behind
    assert world.audit()[-1] == ("settings-change", "ok", None, "services-directory")


def test_edit_a_national_entry_locally_and_remove_it_again(
    world: World, hooks: FakeHooks, clinic_file: Path, qtbot: Any
) -> None:
    actions = make_actions(world, hooks, clinic_file, qtbot)
    dialog = actions.edit_directory()
    assert dialog is not None
    select(dialog, "mandecentret")
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    form.phones.setPlainText("70 00 00 08")
    assert not dialog.save()  # still flagged as unconfirmed while filled in
    assert form.errors["phones"].isVisible()
    form.unconfirmed["phones"].setChecked(False)
    assert dialog.save()
    assert actions.documents.directory.get("mandecentret").main_phone() == "70 00 00 08"
    select(dialog, "mandecentret")
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [e.id for e in read_clinic_file(clinic_file)] == ["municipality", "family-clinic"]
    assert actions.documents.directory.get("mandecentret").phones == []


def test_only_administrators_open_it(
    setup: Setup, hooks: FakeHooks, clinic_file: Path, qtbot: Any, accounts: Any
) -> None:
    AdminService(setup.session).add_user("bo", "en helt anden lang adgangskode")
    setup.session.logout()
    session = accounts.login("bo", "en helt anden lang adgangskode")
    world = World(session)
    assert make_actions(world, hooks, clinic_file, qtbot).edit_directory() is None
    assert hooks.messages
    assert world.audit()[-1][:2] == ("settings-change", "refused")
    session.logout()
    assert ADMIN_PASSWORD


def test_an_entry_nobody_checked_is_saved_without_a_date_and_verifying_sets_day_and_who(
    world: World, hooks: FakeHooks, clinic_file: Path, qtbot: Any
) -> None:
    actions = make_actions(world, hooks, clinic_file, qtbot)
    dialog = actions.edit_directory()
    assert dialog is not None
    select(dialog, "mandecentret")  # bundled, not checked by anyone
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert not form.is_verified()
    assert form.last_verified.text() == form.tr("not checked")
    form.pairs["note"][0].setPlainText("Ring før kl. 15")
    form.pairs["note"][1].setPlainText("Call before 3 pm")
    assert dialog.save()
    saved = {e.id: e for e in read_clinic_file(clinic_file)}
    assert (saved["mandecentret"].last_verified, saved["mandecentret"].verified_by) == (None, None)
    assert "lastVerified" not in clinic_file.read_text(encoding="utf-8").split("mandecentret")[1]
    select(dialog, "mandecentret")
    qtbot.mouseClick(dialog.verified_button, Qt.MouseButton.LeftButton)
    assert form.is_verified()
    assert dialog.save()
    checked = {e.id: e for e in read_clinic_file(clinic_file)}["mandecentret"]
    assert (checked.last_verified, checked.verified_by) == (dt.date(2026, 3, 2), "anna")
    select(dialog, "mandecentret")
    qtbot.mouseClick(form.unverify_button, Qt.MouseButton.LeftButton)
    assert form.singles["verifiedBy"].text() == ""
    assert dialog.save()
    again = {e.id: e for e in read_clinic_file(clinic_file)}["mandecentret"]
    assert (again.last_verified, again.verified_by) == (None, None)


def test_a_new_entry_is_not_marked_checked_by_itself(
    world: World, hooks: FakeHooks, clinic_file: Path, qtbot: Any
) -> None:
    dialog = make_actions(world, hooks, clinic_file, qtbot).edit_directory()
    assert dialog is not None
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.form.is_verified()
    assert dialog.form.singles["verifiedBy"].text() == ""
    assert "lastVerified" not in dialog.form.data()


def test_editing_a_bundled_entry_locally_keeps_its_source_site_and_treatment_mark(
    world: World, hooks: FakeHooks, clinic_file: Path, qtbot: Any
) -> None:
    actions = make_actions(world, hooks, clinic_file, qtbot)
    dialog = actions.edit_directory()
    assert dialog is not None
    select(dialog, "family-clinic")
    bundled = actions.documents.directory.get("family-clinic")
    assert bundled.provides_treatment
    assert bundled.source_url == "https://maryfonden.dk"
    form = dialog.form
    form.pairs["name"][0].setText("Hvidovre Hospitals familieambulatorium")
    assert dialog.save()
    saved = {e.id: e for e in read_clinic_file(clinic_file)}["family-clinic"]
    assert saved.provides_treatment  # the legal basis of a referral depends on it
    assert saved.source_url == "https://maryfonden.dk"
    form.singles["sourceUrl"].setText("maryfonden.dk")
    assert not dialog.save()
    assert form.errors["sourceUrl"].isVisible()
