"""The card, the plan and the questionnaire printouts through ``DocumentActions``; and quick-hide
from an open preview in the real shell leaves no document on screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from screening_app.ui.documents import DocumentActions
from screening_app.ui.documents.preview import PreviewDialog
from tests.ui.documents.fakes import FakeHooks, MemoryPrinter
from tests.ui.documents.world import PERSON_NAME, World, all_text, page_texts
from tests.ui.screen_text import visible_texts

pytestmark = pytest.mark.gui


@pytest.fixture
def actions(world: World, hooks: FakeHooks, qtbot: Any) -> DocumentActions:
    host = QWidget()
    qtbot.addWidget(host)
    return DocumentActions(host, documents=world.docs, language=lambda: "da", hooks=hooks.hooks())


def previews() -> list[PreviewDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()
    ]


def test_the_card_starts_with_the_recommended_services_and_keeps_to_its_limit(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.resource_card(world.person_id, world.screening_id)
    assert dialog is not None
    assert dialog.windowTitle() == "TrygStart"
    # Danner is recommended but has no neutral name: never ticked for the clinician.
    assert dialog.services.chosen() == ["dialog-mod-vold"]
    # Nobody has checked the bundled numbers: the dialog names them; the card claims no date.
    assert not dialog.verified.isVisible()
    assert dialog.warnings.unchecked.isVisible()
    assert "Ikke kontrolleret mod kilden" in dialog.warnings.unchecked.text()
    assert "Lev Uden Vold" in dialog.warnings.unchecked.text()
    assert not dialog.warnings.named.isVisible()
    dialog.services.choose("danner")
    assert dialog.warnings.named.isVisible()
    assert "Danner: intet neutralt navn" in dialog.warnings.named.text()
    assert not dialog.preview_button.isEnabled()
    dialog.warnings.accept_named.setChecked(True)
    assert dialog.preview_button.isEnabled()
    for service_id in ("stalking-center", "boernetelefonen", "ankestyrelsen"):
        dialog.services.choose(service_id)
    assert len(dialog.services.chosen()) == 4
    assert dialog.services.message.isVisible()
    assert "højst vælges 4" in dialog.services.message.text()
    # Another service without a neutral name: a new choice needs a new decision.
    assert "BørneTelefonen" in dialog.warnings.named.text()
    assert not dialog.preview_button.isEnabled()
    dialog.warnings.accept_named.setChecked(True)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    (preview,) = previews()
    outside, inside = page_texts(preview.prepared.pdf)
    assert "33 33 00 47" in inside
    assert "25 17 73 74" in inside
    assert "33 33 00 47" not in outside
    assert preview.findChild(QWidget, "previewNote").isVisible()  # "discreet"
    assert world.documents() == [("resource-card", "produced", None)]
    preview.reject()


def test_the_plan_waits_for_the_persons_choice(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.safety_plan(world.person_id, world.screening_id)
    assert dialog is not None
    assert not dialog.preview_button.isEnabled()
    warning = dialog.findChild(QWidget, "planWarning").text()
    assert "se, at det er en plan for at komme væk" in warning
    assert "Pas" in dialog.take_along.toPlainText()  # the usual list, in Danish, to go through
    name, phone, _note = dialog.people[0]
    name.setText("Ewa Nowak")
    phone.setText("20 00 00 04")
    dialog.code_word.setText("Blå paraply")
    dialog.services.choose("danner")
    dialog.warnings.accept_named.setChecked(True)
    dialog.chosen.setChecked(True)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    (preview,) = previews()
    text = all_text(preview.prepared.pdf)
    for expected in ("Ewa Nowak", "Blå paraply", "1888", "33 33 00 47"):
        assert expected in text
    assert PERSON_NAME not in text
    note = preview.findChild(QWidget, "previewNote").text()
    assert "Ikke diskret" in note
    assert world.documents() == [("safety-plan", "produced", None)]
    preview.reject()
    # The numbers only: the personal fields are off, and nothing of them is printed.
    dialog.numbers_only.setChecked(True)
    assert not dialog.code_word.isEnabled()
    assert not name.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    (preview,) = previews()
    text = all_text(preview.prepared.pdf)
    assert text.startswith("Vigtige numre")
    for hidden in ("Ewa Nowak", "Blå paraply", "Pas eller andet billed-id"):
        assert hidden not in text
    assert "33 33 00 47" in text
    assert preview.prepared.rendered.discreet
    preview.reject()


def test_blank_and_completed_printouts_open_in_the_preview(
    actions: DocumentActions, world: World, hooks: FakeHooks, qtbot: Any
) -> None:
    blank = actions.print_blank("test-documents", "en")
    assert blank is not None
    assert "Question 1" in all_text(blank.prepared.pdf)
    printer = MemoryPrinter()
    hooks.printer = printer.device
    qtbot.mouseClick(blank.print_button, Qt.MouseButton.LeftButton)
    assert hooks.printed == [True]
    assert world.audit()[-1][3] == "blank-instrument:printed:test-documents"
    blank.reject()
    done = actions.print_completed(world.screening_id)
    assert done is not None
    assert PERSON_NAME in all_text(done.prepared.pdf)
    assert world.audit()[-1][2:] == (world.person_id, "completed-screening:produced")
    done.reject()
    assert actions.print_blank("no-such-form") is None
    assert hooks.messages == ["Spørgeskemaet er ikke installeret."]


def test_f12_from_an_open_preview_leaves_no_document_on_screen(
    world: World, hooks: FakeHooks, qtbot: Any, shell: Any
) -> None:
    """Security checks 12 and 22 for documents: the referral dialog and its preview are gone,
    the person's name is nowhere on screen, and only the neutral window is left."""
    actions = DocumentActions(
        shell.window, documents=world.docs, language=lambda: "da", hooks=hooks.hooks()
    )
    dialog = actions.refer(world.person_id, world.screening_id)
    assert dialog is not None
    dialog.form.services.choose("danner")
    dialog.form.purpose.setText("Rådgivning")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    (preview,) = previews()
    qtbot.waitExposed(preview)
    assert any(PERSON_NAME in text for text in visible_texts())
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview.view, Qt.Key.Key_F12)
    assert shell.window.is_locked()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [shell.window]
    assert [w.windowTitle() for w in shown] == ["TrygStart"]
    assert not any(PERSON_NAME in text for text in visible_texts())
    # Closed, and its document released (or the preview already deleted).
    assert _deleted(preview) or preview.pdf.pageCount() == 0


def _deleted(widget: Any) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)
