"""The first step of a referral: the recipient, and the consent or the lawful route without it.

With consent: purpose, what may be passed on (each item chosen), written or oral, the date and
the expiry a year later, and the paragraph the consent rests on, which follows from the
recipient: Sundhedsloven § 41 for a service that treats (oral or written, § 42), § 43 stk. 1 for
any other (written; oral only with the reason written down, § 44 stk. 1). Without consent
only the two lawful routes, each with its basis and a reason: the § 133 notification
(Sundhedsloven § 43 stk. 2 nr. 1) or disclosure to protect substantial interests (nr. 2),
after which the person is told unless that would endanger them.
The form only collects; ``DocumentService.record_referral`` checks and records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.consent import (
    SHARE_ITEMS,
    ShareItem,
    basis_name,
    basis_rule,
    consent_basis_for,
    one_year_after,
    oral_needs_reason,
)
from screening_app.domain.support import ServiceEntry
from screening_app.services.document_requests import ROUTES, ReferralRequest, Route
from screening_app.ui.documents.form_parts import (
    day_text,
    info_label,
    message_label,
    pydate,
    qdate,
    text_box,
)
from screening_app.ui.documents.service_list import ServiceChooser


class ReferralForm(QWidget):
    changed = Signal()

    def __init__(
        self,
        *,
        recommended: Sequence[ServiceEntry],
        services: Sequence[ServiceEntry],
        notification_ids: set[str],
        lang: str,
        today: dt.date,
        recorded_by: str,
        screening_id: int | None,
        route: Route = "consent",
        service_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._today = today
        self._screening_id = screening_id
        self._notification_ids = notification_ids
        self._entries = {entry.id: entry for entry in services}
        chosen = [service_id] if service_id else []
        self.services = ServiceChooser(recommended, services, lang, single=True, chosen=chosen)
        self.services.setMinimumWidth(330)

        route_box = self._route_box(route)

        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setMaxLength(300)
        self.scope_boxes: dict[ShareItem, QCheckBox] = {
            "contact-details": QCheckBox(self.tr("Contact details")),
            "screening-result": QCheckBox(self.tr("Screening result")),
            "safety-concerns": QCheckBox(self.tr("Safety concerns")),
            "own-violence": QCheckBox(self.tr("Own violence against a partner")),
            "free-text": QCheckBox(self.tr("Free text")),
        }
        scope_row = QGridLayout()  # three to a row: the dialog stays within a small screen
        for index, (item, box) in enumerate(self.scope_boxes.items()):
            box.setObjectName(f"scope-{item}")
            scope_row.addWidget(box, index // 3, index % 3)
        scope_row.setColumnStretch(3, 1)
        self.scope_boxes["contact-details"].setChecked(True)
        if screening_id is None:
            self.scope_boxes["screening-result"].setEnabled(False)
            self.scope_boxes["screening-result"].setToolTip(self.tr("No screening to share"))
        self.written = QRadioButton(self.tr("Written"))
        self.written.setObjectName("form-written")
        self.oral = QRadioButton(self.tr("Oral"))
        self.oral.setObjectName("form-oral")
        self.written.setChecked(True)
        self._form = QButtonGroup(self)
        self._form.addButton(self.written)
        self._form.addButton(self.oral)
        form_row = QHBoxLayout()
        form_row.addWidget(self.written)
        form_row.addWidget(self.oral)
        form_row.addStretch(1)
        self.basis = info_label(object_name="consentBasis")
        self.oral_reason = text_box("oralReason", 2)
        self.date = QDateEdit(qdate(today))
        self.date.setObjectName("consentDate")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(qdate(today))
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.expiry = info_label(object_name="expiry")
        self.reason = text_box("reason", 3)
        self.unsafe = QCheckBox(self.tr("Telling the person would put them in danger"))
        self.unsafe.setObjectName("informingUnsafe")
        self.unsafe_reason = text_box("unsafeReason", 2)
        self.inform_note = info_label(object_name="informNote")
        self.message = message_label("referralMessage")

        self._lay_out(route_box, scope_row, form_row, recorded_by)

    def _route_box(self, route: Route) -> QGroupBox:
        self.route_buttons: dict[Route, QRadioButton] = {
            "consent": QRadioButton(self.tr("The person consents")),
            "declined": QRadioButton(self.tr("The person does not consent (nothing is passed on)")),
            "notification": QRadioButton(
                self.tr(
                    "Without consent: notification to the municipality, Barnets Lov \u00a7 133 "
                    "(Sundhedsloven \u00a7 43, stk. 2, nr. 1)"
                )
            ),
            "substantial-interests": QRadioButton(
                self.tr(
                    "Without consent: to protect substantial interests "
                    "(Sundhedsloven \u00a7 43, stk. 2, nr. 2)"
                )
            ),
        }
        self._routes = QButtonGroup(self)
        route_box = QGroupBox(self.tr("Consent or legal basis"))
        route_layout = QVBoxLayout(route_box)
        for index, name in enumerate(ROUTES):
            button = self.route_buttons[name]
            button.setObjectName(f"route-{name}")
            self._routes.addButton(button, index)
            route_layout.addWidget(button)
        self.route_buttons[route].setChecked(True)
        return route_box

    def _lay_out(
        self, route_box: QGroupBox, scope_row: QLayout, form_row: QHBoxLayout, recorded_by: str
    ) -> None:
        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[str, tuple[QLabel, QWidget | QLayout]] = {}
        self._row(details, "purpose", self.tr("&Purpose"), self.purpose)
        self._row(details, "scope", self.tr("May be passed on"), scope_row)
        self._row(details, "basis", self.tr("Legal basis"), self.basis)
        self._row(details, "form", self.tr("Consent given"), form_row)
        self._row(details, "oral-reason", self.tr("Why &oral"), self.oral_reason)
        self._row(details, "date", self.tr("&Date"), self.date)
        self._row(details, "expiry", self.tr("Expires"), self.expiry)
        self._row(details, "reason", self.tr("&Reason"), self.reason)
        self._row(details, "unsafe", "", self.unsafe)
        self._row(details, "unsafe-reason", self.tr("Why it is unsafe"), self.unsafe_reason)
        self._row(details, "inform", "", self.inform_note)
        self._row(details, "by", self.tr("Recorded by"), info_label(recorded_by, "recordedBy"))

        right = QVBoxLayout()
        right.addWidget(route_box)
        right.addLayout(details)
        right.addWidget(self.message)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(info_label(self.tr("Recipient"), "recipientHeading"))
        left.addWidget(self.services, 1)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self._routes.idToggled.connect(self._update)
        self.unsafe.toggled.connect(self._update)
        self.date.dateChanged.connect(self._update)
        for box in self.scope_boxes.values():
            box.toggled.connect(lambda *_: self.changed.emit())
        self.services.changed.connect(self.changed.emit)
        self.purpose.textChanged.connect(lambda *_: self.changed.emit())
        self.reason.textChanged.connect(self.changed.emit)
        self.oral_reason.textChanged.connect(self.changed.emit)
        self._form.idToggled.connect(self._recipient_changed)
        self.services.changed.connect(self._recipient_changed)
        self.unsafe_reason.textChanged.connect(self.changed.emit)
        self._update()

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget | QLayout) -> None:
        caption = QLabel(label)
        if isinstance(field, QWidget):
            caption.setBuddy(field)
        form.addRow(caption, field)
        self._rows[key] = (caption, field)

    # ----------------------------------------------------------------- reading
    @property
    def route(self) -> Route:
        return ROUTES[max(self._routes.checkedId(), 0)]

    def scope(self) -> frozenset[ShareItem]:
        return frozenset(i for i in SHARE_ITEMS if self.scope_boxes[i].isChecked())

    def request(self) -> ReferralRequest:
        chosen = self.services.chosen()
        route = self.route
        return ReferralRequest(
            service_id=chosen[0] if chosen else "",
            route=route,
            scope=self.scope() if route != "declined" else frozenset(),
            purpose=self.purpose.text(),
            form=("written" if self.written.isChecked() else "oral")
            if route == "consent"
            else None,
            date=pydate(self.date.date()),
            reason=self.reason.toPlainText(),
            informing_unsafe=route == "substantial-interests" and self.unsafe.isChecked(),
            unsafe_reason=self.unsafe_reason.toPlainText(),
            screening_id=self._screening_id,
            oral_reason=self.oral_reason.toPlainText() if self._needs_oral_reason() else "",
        )

    def recipient(self) -> ServiceEntry | None:
        chosen = self.services.chosen()
        return self._entries.get(chosen[0]) if chosen else None

    def _needs_oral_reason(self) -> bool:
        entry = self.recipient()
        if self.route != "consent" or entry is None or not self.oral.isChecked():
            return False
        return oral_needs_reason(consent_basis_for(entry.provides_treatment), "oral")

    def is_complete(self) -> bool:
        request = self.request()
        if not request.service_id:
            return False
        if request.route == "declined":
            return True
        if not request.scope:
            return False
        if request.route == "consent":
            reason_ok = not self._needs_oral_reason() or bool(request.oral_reason.strip())
            return bool(request.purpose.strip()) and reason_ok
        return bool(request.reason.strip()) and (
            not request.informing_unsafe or bool(request.unsafe_reason.strip())
        )

    # ----------------------------------------------------------------- showing
    def _show(self, key: str, visible: bool) -> None:
        caption, field = self._rows[key]
        caption.setVisible(visible and bool(caption.text()))
        if isinstance(field, QWidget):
            field.setVisible(visible)
        else:
            for index in range(field.count()):
                item = field.itemAt(index)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setVisible(visible)

    def _update(self, *_args: object) -> None:
        route = self.route
        consent = route == "consent"
        lawful = route in ("notification", "substantial-interests")
        self._show("purpose", consent)
        self._show("scope", route != "declined")
        self._show("form", consent)
        self._show("basis", consent)
        self._show("expiry", consent)
        self._show("reason", lawful)
        self._show("unsafe", route == "substantial-interests")
        unsafe = route == "substantial-interests" and self.unsafe.isChecked()
        self._show("unsafe-reason", unsafe)
        self._show("inform", lawful)
        caption = self._rows["date"][0]
        caption.setText(self.tr("&Date of consent") if consent else self.tr("&Date"))
        self._recipient_changed()
        if route == "notification":
            note = self.tr(
                "Required by law: the person is not asked. After recording, fill in the "
                "notification."
            )
        elif unsafe:
            note = self.tr("No task to tell the person is created; the reason is recorded.")
        else:
            note = self.tr(
                "A task is created: tell the person as soon as possible that information was "
                "passed on."
            )
        self.inform_note.setText(note)
        self.services.set_enabled_ids(self._notification_ids if route == "notification" else None)
        self.changed.emit()

    def _recipient_changed(self, *_args: object) -> None:
        """The paragraph the consent rests on, what it asks, and when the consent lapses."""
        self._show("oral-reason", self._needs_oral_reason())
        expires = day_text(one_year_after(pydate(self.date.date())), self._lang)
        entry = self.recipient()
        lang = "en" if self._lang == "en" else "da"
        if entry is None:
            self.basis.setText(self.tr("Choose the recipient: the legal basis depends on it."))
            self.expiry.setText(self.tr("{0} (one year after consent was given)").format(expires))
        else:
            basis = consent_basis_for(entry.provides_treatment)
            self.basis.setText(f"{basis_name(basis, lang)}.\n{basis_rule(basis, lang)}")
            if basis == "sundhedsloven-43-1":
                text = self.tr(
                    "{0} (one year after consent was given; Sundhedsloven \u00a7 44, stk. 2)"
                )
            else:
                text = self.tr(
                    "{0} (TrygStart's own limit: the law sets no expiry for consent under "
                    "\u00a7 41)"
                )
            self.expiry.setText(text.format(expires))
        self.changed.emit()
