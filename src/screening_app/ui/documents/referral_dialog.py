"""The referral dialog: record the referral (step 1), then make its letter (step 2).

Step 1 is ``ReferralForm``; "Record the referral" stores it through ``DocumentService`` (with
the note that keeps the purpose and reasons). Step 2 depends on the route: the letter to the
service (``LetterForm``), the § 133 notification (``NotificationForm``), or, when the person
did not consent, only the confirmation that nothing is passed on. "Show the letter" makes the
document and opens the preview; "Show the person's copy" (offered only when a copy is chosen
and allowed) makes the copy. Refusals (outside the scope, a copy home the person said no to, a
copy of a result that may not go home) are shown in words beside the form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app import APP_NAME
from screening_app.domain.consent import SafeContact, basis_short
from screening_app.services.document_requests import KNOWN_ERRORS, Parent, Route
from screening_app.services.documents import DocumentService, Prepared, RecordedReferral
from screening_app.services.records import Person
from screening_app.ui.documents.form_parts import (
    day_text,
    header,
    info_label,
    message_label,
    show_message,
)
from screening_app.ui.documents.letter_form import LetterForm
from screening_app.ui.documents.notification_form import NotificationForm
from screening_app.ui.documents.referral_form import ReferralForm
from screening_app.ui.screen_fit import fit_dialog

OpenPreview = Callable[[Prepared, str, QWidget], object]
MOTHER_ROLES = ("pregnant-woman", "new-mother")


class ReferralDialog(QDialog):
    def __init__(
        self,
        service: DocumentService,
        person: Person,
        *,
        screening_id: int | None,
        lang: str,
        open_preview: OpenPreview,
        route: Route = "consent",
        service_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.setWindowTitle(APP_NAME)
        self._service = service
        self._person = person
        self._lang = lang
        self._open_preview = open_preview
        self.recorded: RecordedReferral | None = None
        self.letter_form: LetterForm | None = None
        self.notification_form: NotificationForm | None = None

        directory = service.directory
        self.form = ReferralForm(
            recommended=service.recommended(screening_id),
            services=list(directory),
            notification_ids={e.id for e in directory if e.receives_notifications},
            lang=lang,
            today=service.today,
            recorded_by=service.clinician_name,
            screening_id=screening_id,
            route=route,
            service_id=service_id,
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pages)

        layout = QVBoxLayout(self)
        layout.addLayout(header(self, parent, self.tr("Referral")))
        layout.addWidget(info_label(self._person_line(), "personLine"))
        layout.addWidget(scroll, 1)
        self.message = message_label("dialogMessage")
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        self.record_button.clicked.connect(self.record)
        self.preview_button.clicked.connect(self.make_document)
        self.copy_button.clicked.connect(self.make_copy)
        self.close_button.clicked.connect(self.reject)
        self.form.changed.connect(self._update)
        self._update()
        self.form.services.list.setFocus(Qt.FocusReason.OtherFocusReason)  # who to refer to
        fit_dialog(self, QSize(1180, 700))

    def _buttons(self) -> QHBoxLayout:
        """Record (the default: Return), then show the letter and the copy; cancel."""
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Record the referral"))
        self.record_button.setObjectName("recordButton")
        self.preview_button = QPushButton(self.tr("&Show the letter"))
        self.preview_button.setObjectName("previewButton")
        self.preview_button.hide()
        self.copy_button = QPushButton(self.tr("Show the &person's copy"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("closeButton")
        for button in (
            self.record_button,
            self.preview_button,
            self.copy_button,
            self.close_button,
        ):
            button.setAutoDefault(True)  # Return on a focused button presses that button
        self.record_button.setDefault(True)  # else Return records (then shows the letter)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        return buttons

    def _person_line(self) -> str:
        data = self._person.data
        line = self.tr("For: {0}").format(data.name)
        if data.may_send_letters_home is not True:
            line += "  \u00b7  " + self.tr("No letters to the home")
        return line

    def _update(self, *_args: object) -> None:
        if self.recorded is None:
            self.record_button.setEnabled(self.form.is_complete())
        elif self.notification_form is not None:
            self.preview_button.setEnabled(not self.notification_form.missing())
        elif self.letter_form is not None:
            wanted = self.letter_form.delivery() is not None
            self.copy_button.setVisible(wanted and not self.letter_form.home_refused())

    # ------------------------------------------------------------------ step 1
    def record(self) -> None:
        if self.recorded is not None:
            return
        try:
            self.recorded = self._service.record_referral(
                self._person.id,
                self.form.request(),
                lang="en" if self._lang == "en" else "da",
            )
        except KNOWN_ERRORS as error:
            show_message(self.form.message, error.message(self._lang))  # type: ignore[attr-defined]
            return
        show_message(self.form.message, "")
        self._second_step(self.recorded)

    def _second_step(self, recorded: RecordedReferral) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(info_label(self._summary(recorded), "recordedSummary"))
        route = recorded.request.route
        self.record_button.hide()
        self.close_button.setText(self.tr("Close"))
        if route == "declined":
            layout.addWidget(
                info_label(self.tr("Nothing is passed on, and no letter is made."), "declinedNote")
            )
        elif route == "notification":
            data = self._person.data
            expected = data.child_birth_date if data.child_birth_date_kind == "expected" else None
            relation = self.tr("Mother") if data.role in MOTHER_ROLES else self.tr("Parent")
            first = Parent(
                name=data.name,
                relation=relation,
                cpr=f"{data.cpr[:6]}-{data.cpr[6:]}" if data.cpr else None,
            )
            safe = SafeContact(
                phone=data.safe_phone,
                safe_times=data.safe_times,
                may_leave_messages=data.may_leave_messages is True,
            )
            self.notification_form = NotificationForm(
                today=self._service.today,
                expected_birth=expected,
                first_parent=first,
                first_safe_contact=safe,
            )
            self.notification_form.changed.connect(self._update)
            layout.addWidget(self.notification_form)
            self.preview_button.setText(self.tr("&Show the notification"))
            self.preview_button.show()
        else:
            scope = recorded.authorisation.scope if recorded.authorisation else frozenset()
            self.letter_form = LetterForm(
                scope,
                letters_home=self._person.data.may_send_letters_home is True,
                lang=self._lang,
                copy_refused=self._copy_refused(recorded),
            )
            self.letter_form.changed.connect(self._update)
            entry = recorded.service
            if entry.address is None and not entry.secure_mail:
                self.letter_form.set_address_warning(
                    self.tr(
                        "The directory has no postal or secure-mail address for this service: "
                        "add it by hand, or ask an administrator to add it."
                    )
                )
            layout.addWidget(self.letter_form)
            self.preview_button.show()
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        shown = self.preview_button if not self.preview_button.isHidden() else self.close_button
        shown.setDefault(True)
        self._update()
        (self.preview_button if self.preview_button.isVisible() else self.close_button).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _copy_refused(self, recorded: RecordedReferral) -> str | None:
        """Why the person may not have a copy (then none is offered), or None."""
        try:
            refusal = self._service.copy_refusal(recorded)
        except KNOWN_ERRORS as error:
            return error.message(self._lang)  # type: ignore[attr-defined]
        return None if refusal is None else refusal.message(self._lang)

    def _summary(self, recorded: RecordedReferral) -> str:
        referral = recorded.referral
        name = recorded.service.display_name(self._lang)
        route = recorded.request.route
        if route == "consent":
            form = self.tr("written") if referral.form == "written" else self.tr("oral")
            assert referral.expires_on is not None
            basis = referral.consent_basis or "sundhedsloven-43-1"
            lang = "en" if self._lang == "en" else "da"
            return self.tr("Recorded: referral to {0}, consent {1} under {2}, expires {3}.").format(
                name,
                form,
                basis_short(basis, lang),  # type: ignore[arg-type]
                day_text(referral.expires_on, self._lang),
            )
        if route == "declined":
            return self.tr("Recorded: referral to {0} offered; the person did not consent.").format(
                name
            )
        return self.tr("Recorded: disclosure without consent to {0}, with its legal basis.").format(
            name
        )

    # ------------------------------------------------------------------ step 2
    def make_copy(self) -> None:
        """The person's copy of the letter, in its own preview."""
        recorded, form = self.recorded, self.letter_form
        if recorded is None or form is None:
            return
        try:
            prepared = self._service.referral_copy(
                recorded,
                form.request(),
                form.language(),  # type: ignore[arg-type]
            )
        except KNOWN_ERRORS as error:
            show_message(self.message, error.message(self._lang))  # type: ignore[attr-defined]
            return
        show_message(self.message, "")
        self._open_preview(prepared, self.tr("The person's copy"), self)

    def make_document(self) -> None:
        recorded = self.recorded
        if recorded is None:
            return
        try:
            if self.notification_form is not None:
                missing = self.notification_form.missing()
                if missing:
                    show_message(self.message, self.tr("Fill in: {0}.").format(", ".join(missing)))
                    return
                prepared = self._service.notification_document(
                    recorded,
                    self.notification_form.request(),
                    self.notification_form.language(),  # type: ignore[arg-type]
                )
                heading = self.tr("Notification to the municipality")
            elif self.letter_form is not None:
                prepared = self._service.referral_letter(
                    recorded,
                    self.letter_form.request(),
                    self.letter_form.language(),  # type: ignore[arg-type]
                )
                heading = self.tr("Referral letter")
            else:
                return
        except KNOWN_ERRORS as error:
            show_message(self.message, error.message(self._lang))  # type: ignore[attr-defined]
            return
        show_message(self.message, "")
        self._open_preview(prepared, heading, self)
