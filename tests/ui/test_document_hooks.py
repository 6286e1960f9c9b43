"""The documents part plugs in through ``DocumentActions``: without it no document button shows;
with it, the person's page and the result offer its actions with the right person and
screening, a finalised result can be printed, and administrators reach the directory."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.journey import answer_all, confirm_gate, create_person, open_gate
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


class FakeDocuments:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def open(self, kind: str, person_id: int, screening_id: int | None = None) -> None:
        self.calls.append((kind, person_id, screening_id))

    def edit_directory(self) -> None:
        self.calls.append(("edit-directory",))


def _login(app_flow: Any, documents: Any) -> Any:
    from tests.ui.clinic import ADMIN, ADMIN_PASSWORD

    made: list[tuple[Any, Any]] = []

    def factory(user: Any, window: Any) -> Any:
        made.append((user, window))
        return documents

    flow = app_flow(documents=factory if documents is not None else None)
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.persons.show_home()
    if documents is not None:
        assert made[0][0] is flow.user
        assert made[0][1] is flow.window
    return flow


def test_no_document_buttons_without_the_documents_part(app_flow: Any, qtbot: Any) -> None:
    flow = _login(app_flow, None)
    create_person(flow, qtbot, name="Mette Hansen")
    assert "Henvis med samtykke..." not in [t.replace("&", "") for t in visible_texts()]
    assert flow.persons.person_page.findChild(object, "document-referral-letter") is None


def test_the_documents_part_gets_the_person_and_the_screening(app_flow: Any, qtbot: Any) -> None:
    documents = FakeDocuments()
    flow = _login(app_flow, documents)
    page = create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    person_id = page.overview.history.person.id
    kinds = ("referral-letter", "resource-card", "safety-plan", "notification")
    for kind in kinds:
        qtbot.mouseClick(page.findChild(object, f"document-{kind}"), Qt.MouseButton.LeftButton)
    assert documents.calls == [(kind, person_id, None) for kind in kinds]

    documents.calls.clear()
    gate = open_gate(flow, qtbot)
    confirm_gate(gate, qtbot)
    qtbot.mouseClick(gate.start_button, Qt.MouseButton.LeftButton)
    consultation = flow.persons.consultation
    result = answer_all(qtbot, consultation, lambda item: 1)  # yes to everything
    screening_id = consultation.screening_id
    # The next steps in order, each with its key: the safety check first, then the card,
    # a referral, and the notification the child-concern flag names (from the data).
    steps = [b.objectName() for b in result.next_buttons]
    assert steps == [
        "followUp-safety-check",
        "next-resource-card",
        "next-referral-letter",
        "next-notification",
    ]
    assert [b.text()[:2] for b in result.next_buttons] == ["&1", "&2", "&3", "&4"]
    notify = result.findChild(object, "next-notification")
    assert notify.accessibleName() == "Underretning til kommunen..."
    for name in ("next-referral-letter", "next-notification"):
        qtbot.mouseClick(result.findChild(object, name), Qt.MouseButton.LeftButton)
    assert documents.calls == [
        ("referral-letter", person_id, screening_id),
        ("notification", person_id, screening_id),
    ]
    assert result.findChild(object, "next-print-completed") is None  # not before finalising
    qtbot.mouseClick(result.record_bar.finalise_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(result.findChild(object, "next-print-completed"), Qt.MouseButton.LeftButton)
    assert documents.calls[-1] == ("print-completed", person_id, screening_id)


def test_administrators_reach_the_services_directory(app_flow: Any, qtbot: Any) -> None:
    documents = FakeDocuments()
    flow = _login(app_flow, documents)
    flow.persons.show_settings()
    screen = flow.window.current_screen()
    qtbot.mouseClick(screen.directory_button, Qt.MouseButton.LeftButton)
    assert documents.calls == [("edit-directory",)]


def test_the_composition_root_wires_the_real_documents_part(
    app_flow: Any, qtbot: Any, tmp_path: Any
) -> None:
    """``app.document_actions`` (what ``start_gui`` installs): the person's page opens the real
    referral dialog for the person, and an administrator gets the services directory."""
    from screening_app.app import CLINIC_DIRECTORY_FILE, document_actions
    from screening_app.ui.documents import DocumentActions
    from screening_app.ui.documents.referral_dialog import ReferralDialog
    from tests.ui.clinic import ADMIN, ADMIN_PASSWORD

    made: list[Any] = []
    holder: dict[str, Any] = {}

    def factory(user: Any, window: Any) -> Any:
        actions = document_actions(tmp_path, lambda: "da", holder["flow"].clinic.directory)(
            user, window
        )
        made.append(actions)
        return actions

    flow = app_flow(documents=factory)
    holder["flow"] = flow
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    flow.persons.show_home()
    assert len(made) == 1
    assert isinstance(made[0], DocumentActions)
    admin = made[0]._directory_admin
    assert admin is not None
    assert admin.clinic_file == tmp_path / CLINIC_DIRECTORY_FILE
    page = create_person(flow, qtbot, name="Mette Hansen", child="01.09.2026")
    qtbot.mouseClick(page.findChild(object, "document-referral-letter"), Qt.MouseButton.LeftButton)
    dialog = flow.window.findChild(ReferralDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert any("Mette Hansen" in text for text in visible_texts())
    dialog.reject()
