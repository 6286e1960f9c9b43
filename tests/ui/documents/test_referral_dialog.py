"""The referral dialog, driven as a clinician would: recipient, consent or lawful basis, then
the letter within the scope; a copy home refused with the reason; the notification form."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from screening_app.ui.documents import DocumentActions
from screening_app.ui.documents.preview import PreviewDialog
from screening_app.ui.documents.referral_dialog import ReferralDialog
from tests.ui.documents.fakes import FakeHooks
from tests.ui.documents.world import PERSON_NAME, SAFE_PHONE, World, all_text

pytestmark = pytest.mark.gui


@pytest.fixture
def actions(world: World, hooks: FakeHooks, qtbot: Any) -> DocumentActions:
    host = QWidget()
    qtbot.addWidget(host)
    return DocumentActions(host, documents=world.docs, language=lambda: "da", hooks=hooks.hooks())


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_previews() -> list[PreviewDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()
    ]


def test_the_recommended_services_come_first_with_number_and_verified_date(
    actions: DocumentActions, world: World
) -> None:
    dialog = actions.refer(world.person_id, world.screening_id)
    assert isinstance(dialog, ReferralDialog)
    assert dialog.windowTitle() == "TrygStart"
    items = [dialog.form.services.list.item(i).text() for i in range(5)]
    assert items[0] == "Anbefalet ud fra resultatet"
    assert items[1].startswith("Danner\nTelefon 33 33 00 47")
    assert "Ikke kontrolleret" in items[1]  # the bundled entries are not checked yet
    assert "UBEKRÆFTET: adresse" in items[1]
    assert items[2].startswith("Dialog mod Vold")
    assert items[3] == "Andre tilbud"
    everything = [
        dialog.form.services.list.item(i).text() for i in range(dialog.form.services.list.count())
    ]
    mande = next(text for text in everything if text.startswith("Mandecentret"))
    assert "Telefon: UBEKRÆFTET, ikke udfyldt" in mande


def test_consent_then_letter_within_the_scope(
    actions: DocumentActions, world: World, qtbot: Any, hooks: FakeHooks
) -> None:
    dialog = actions.refer(world.person_id, world.screening_id)
    assert dialog is not None
    form = dialog.form
    assert not dialog.record_button.isEnabled()  # no recipient, no purpose yet
    form.services.choose("dialog-mod-vold")
    form.purpose.setText("Samtaleforløb")
    form.scope_boxes["safety-concerns"].setChecked(True)
    # Not a treating service: § 43 stk. 1, shown with its rule; oral consent needs its reason.
    basis = form.findChild(QWidget, "consentBasis")
    assert basis.isVisible()
    assert "sundhedsloven § 43, stk. 1" in basis.text()
    assert "skal være skriftligt" in basis.text()
    assert not form.oral_reason.isVisible()
    form.oral.setChecked(True)
    assert form.oral_reason.isVisible()
    assert not dialog.record_button.isEnabled()  # an oral § 43 consent without its reason
    form.oral_reason.setPlainText("Hun tør ikke tage papirer med hjem")
    assert dialog.record_button.isEnabled()
    assert "27. februar 2027" not in form.expiry.text()
    assert "2. marts 2027" in form.expiry.text()
    assert "§ 44, stk. 2" in form.expiry.text()
    assert form.expiry.isVisible()
    assert "Registreres af" not in form.findChild(QWidget, "recordedBy").text()  # the name only
    click(qtbot, dialog.record_button)
    referral = world.persons.history(world.person_id).referrals[-1]
    assert (referral.service_id, referral.form) == ("dialog-mod-vold", "oral")
    assert referral.consent_basis == "sundhedsloven-43-1"
    assert referral.oral_reason == "Hun tør ikke tage papirer med hjem"
    summary = dialog.findChild(QWidget, "recordedSummary").text()
    assert "mundtligt efter sundhedsloven § 43, stk. 1" in summary
    assert referral.scope == frozenset({"contact-details", "safety-concerns"})
    letter = dialog.letter_form
    assert letter is not None
    assert not letter.include["free-text"].isEnabled()
    assert not letter.include["screening-result"].isEnabled()
    letter.safety.setPlainText("Bange for partnerens reaktion")
    click(qtbot, dialog.preview_button)
    (preview,) = open_previews()
    text = all_text(preview.prepared.pdf)
    assert "Bange for partnerens reaktion" in text
    assert SAFE_PHONE in text
    assert "Testskema til breve" not in text  # the screening result was not consented to
    assert "fordi: Hun tør ikke tage papirer med hjem" in text
    preview.reject()


def test_a_referral_for_treatment_rests_on_section_41_and_oral_consent_is_enough(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.refer(world.person_id, world.screening_id)
    assert dialog is not None
    form = dialog.form
    form.services.choose("family-clinic")
    form.purpose.setText("Forløb i familieambulatoriet")
    form.oral.setChecked(True)
    basis = form.findChild(QWidget, "consentBasis").text()
    assert "sundhedsloven § 41, stk. 1" in basis
    assert "§ 42" in basis
    assert not form.oral_reason.isVisible()
    assert "loven fastsætter ingen udløbsdato" in form.expiry.text()
    click(qtbot, dialog.record_button)
    referral = world.persons.history(world.person_id).referrals[-1]
    assert (referral.consent_basis, referral.oral_reason) == ("sundhedsloven-41", None)


def test_the_copy_is_offered_only_where_it_is_allowed_and_shown_on_its_own(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.refer(world.person_id, world.screening_id)
    assert dialog is not None
    dialog.form.services.choose("dialog-mod-vold")
    dialog.form.purpose.setText("Samtaleforløb")
    dialog.form.scope_boxes["safety-concerns"].setChecked(True)
    click(qtbot, dialog.record_button)
    letter = dialog.letter_form
    assert letter is not None
    assert letter.copy.isEnabled()
    assert not dialog.copy_button.isVisible()
    letter.safety.setPlainText("Sikkerhedskanariefugl")
    letter.copy.setCurrentIndex(1)  # handed to the person
    assert dialog.copy_button.isVisible()
    assert letter.copy_note.isVisible()
    click(qtbot, dialog.copy_button)
    (copy,) = open_previews()
    text = all_text(copy.prepared.pdf)
    assert "Din kopi" in text
    assert "Sikkerhedskanariefugl" not in text
    copy.reject()
    # A result marked not for home: no copy offered, and the sentence says why.
    not_home = world.screen({"q1": "yes", "q2": "no", "home": "yes"})
    dialog = actions.refer(world.person_id, not_home.id)
    assert dialog is not None
    dialog.form.services.choose("dialog-mod-vold")
    dialog.form.purpose.setText("Samtaleforløb")
    click(qtbot, dialog.record_button)
    letter = dialog.letter_form
    assert letter is not None
    assert not letter.copy.isEnabled()
    assert letter.copy_refusal.isVisible()
    assert "kan ikke få en kopi" in letter.copy_refusal.text()
    assert not dialog.copy_button.isVisible()


def test_a_copy_home_is_refused_with_the_reason_and_audited(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.refer(world.person_id, world.screening_id)
    assert dialog is not None
    assert "Ingen breve til hjemmet" in dialog.findChild(QWidget, "personLine").text()
    dialog.form.services.choose("danner")
    dialog.form.purpose.setText("Rådgivning")
    click(qtbot, dialog.record_button)
    letter = dialog.letter_form
    assert letter is not None
    letter.copy.setCurrentIndex(3)  # sent to the person's home
    assert letter.copy_message.isVisible()
    assert "ikke må sendes breve til hjemmet" in letter.copy_message.text()
    click(qtbot, dialog.preview_button)
    assert open_previews() == []
    assert "ikke må sendes breve til hjemmet" in dialog.message.text()
    assert world.audit()[-1] == (
        "record-document",
        "refused",
        world.person_id,
        "referral-letter:letters-not-home",
    )
    letter.copy.setCurrentIndex(1)  # handed over instead
    click(qtbot, dialog.preview_button)
    assert len(open_previews()) == 1
    open_previews()[0].reject()


def test_substantial_interests_records_the_basis_and_the_inform_task(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.refer(world.person_id, world.screening_id)
    assert dialog is not None
    form = dialog.form
    form.route_buttons["substantial-interests"].setChecked(True)
    assert not form.purpose.isVisible()
    assert form.reason.isVisible()
    assert "opgave" in form.inform_note.text()
    form.services.choose("police")
    form.reason.setPlainText("Trusler om drab")
    click(qtbot, dialog.record_button)
    history = world.persons.history(world.person_id)
    assert history.referrals[-1].legal_basis == "sundhedsloven-43-2-2"
    assert [t.kind for t in history.tasks].count("inform-after-disclosure") == 1


def test_informing_unsafe_needs_its_reason(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.refer(world.person_id, None)
    assert dialog is not None
    form = dialog.form
    form.route_buttons["substantial-interests"].setChecked(True)
    form.services.choose("police")
    form.reason.setPlainText("Akut fare")
    form.unsafe.setChecked(True)
    assert form.unsafe_reason.isVisible()
    assert not dialog.record_button.isEnabled()
    form.unsafe_reason.setPlainText("Partneren læser hendes beskeder")
    click(qtbot, dialog.record_button)
    history = world.persons.history(world.person_id)
    assert history.referrals[-1].informing_unsafe
    assert "inform-after-disclosure" not in [t.kind for t in history.tasks]
    assert not form.scope_boxes["screening-result"].isEnabled()  # no screening given


def test_declined_consent_records_and_offers_no_letter(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.refer(world.person_id, world.screening_id)
    assert dialog is not None
    dialog.form.route_buttons["declined"].setChecked(True)
    dialog.form.services.choose("danner")
    click(qtbot, dialog.record_button)
    assert world.persons.history(world.person_id).referrals[-1].consent == "declined"
    assert not dialog.preview_button.isVisible()
    assert dialog.findChild(QWidget, "declinedNote").isVisible()


def test_the_notification_form_goes_to_the_municipality(
    actions: DocumentActions, world: World, qtbot: Any
) -> None:
    dialog = actions.notification(world.person_id, world.screening_id)
    assert dialog is not None
    form = dialog.form
    assert form.route == "notification"
    assert form.services.chosen() == ["municipality"]
    danner = next(
        form.services.list.item(i)
        for i in range(form.services.list.count())
        if form.services.list.item(i).data(Qt.ItemDataRole.UserRole) == "danner"
    )
    assert not danner.flags() & Qt.ItemFlag.ItemIsEnabled
    form.reason.setPlainText("Bekymring for det ufødte barn")
    form.scope_boxes["safety-concerns"].setChecked(True)
    click(qtbot, dialog.record_button)
    notification = dialog.notification_form
    assert notification is not None
    child = notification.child_fields[0]
    assert child.unborn.isChecked()
    assert child.expected.date().toPython() == dt.date(2026, 7, 1)
    assert notification.parents[0].name.text() == PERSON_NAME
    assert notification.parents[0].cpr.text() == "010190-0000"
    assert not dialog.preview_button.isEnabled()  # concern, observations... still empty
    notification.relation.setText("Jordemoder for moderen")
    notification.concern.setPlainText("Bekymringstekst")
    notification.observations.setPlainText("Observationstekst")
    notification.actions_taken.setPlainText("Handlingstekst")
    notification.contact.setPlainText("Forældrekontakttekst")
    mother, father = notification.parents
    assert not mother.safe_phone.isVisible()  # no safe contact until she is marked as exposed
    # Parent 1 is named from the record, but where she stands must be chosen, never assumed.
    assert "hvor forælder 1 står i forhold til volden" in notification.missing()
    mother.role.setCurrentIndex(mother.role.findData("exposed"))
    assert mother.safe_phone.isVisible()
    assert mother.safe_phone.text() == SAFE_PHONE  # her safe contact from her record
    mother.knows.setCurrentIndex(mother.knows.findData(True))
    father.name.setText("Far Fiktiv")
    assert "hvor forælder 2 står i forhold til volden" in notification.missing()
    assert not dialog.preview_button.isEnabled()
    father.role.setCurrentIndex(father.role.findData("suspected"))
    assert notification.missing() == []
    assert not father.safe_phone.isVisible()  # never a safe contact for him
    assert not father.knows.isVisible()
    assert father.not_told.isVisible()
    assert not notification.contact.isVisible()
    assert notification.contact_note.isVisible()
    assert notification.secure_mail.isVisible()
    notification.custody.setText("Fælles forældremyndighed")
    click(qtbot, dialog.preview_button)
    (preview,) = open_previews()
    text = all_text(preview.prepared.pdf)
    assert "Bekymringstekst" in text
    assert "Forældrekontakttekst" not in text
    assert "Rådhustorvet 1" in text
    assert "Sendes kun med sikker post." in text
    assert "Far (Far Fiktiv) er mistænkt for volden og må ikke orienteres" in text
    assert f"Sikkert telefonnummer {SAFE_PHONE}" in text
    assert "Kender til underretningen Ja" in text
    assert "Forældremyndighed Fælles forældremyndighed" in text
    preview.reject()


def test_a_locked_session_shows_a_message_instead_of_a_dialog(
    actions: DocumentActions, world: World, hooks: FakeHooks
) -> None:
    world.session.lock()
    assert actions.refer(world.person_id, world.screening_id) is None
    assert hooks.messages
