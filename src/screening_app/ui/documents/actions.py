"""``DocumentActions``: what the consultation screens call to refer, hand over and print.

One object per logged-in session, made by the composition root with the session's
``DocumentService``. Each method opens its dialog window-modal over ``parent`` with ``open()``
(no nested event loop: quick-hide closes it at any moment) and returns it; a problem that stops
the dialog from opening (the session is locked, the record is gone) is shown as a message and
the method returns None. Every dialog's title is "TrygStart"; documents are previewed from their
bytes, and printed or saved only from the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from screening_app.services.directory_admin import DirectoryAdminService
from screening_app.services.document_requests import KNOWN_ERRORS, Route
from screening_app.services.documents import DocumentService, Prepared
from screening_app.ui.documents.card_dialog import CardDialog
from screening_app.ui.documents.directory_admin import DirectoryAdminDialog
from screening_app.ui.documents.hooks import DialogHooks
from screening_app.ui.documents.plan_dialog import PlanDialog
from screening_app.ui.documents.preview import PreviewDialog
from screening_app.ui.documents.referral_dialog import ReferralDialog

D = TypeVar("D", bound=QDialog)
NOTIFICATION_RECIPIENT = "municipality"


class DocumentActions(QObject):
    def __init__(
        self,
        parent_widget: QWidget,
        *,
        documents: DocumentService,
        language: Callable[[], str],
        hooks: DialogHooks | None = None,
        directory_admin: DirectoryAdminService | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self.documents = documents
        self._language = language
        self.hooks = hooks or DialogHooks()
        self._directory_admin = directory_admin

    @property
    def lang(self) -> str:
        return "en" if self._language() == "en" else "da"

    # ------------------------------------------------------------ consultation
    def open(self, kind: str, person_id: int, screening_id: int | None = None) -> object:
        """The dialog for one kind of document (the instrument format's document kinds, and
        "print-completed" for a finished screening's printout); None when it cannot open."""
        if kind == "referral-letter":
            return self.refer(person_id, screening_id)
        if kind == "notification":
            return self.notification(person_id, screening_id)
        if kind == "resource-card":
            return self.resource_card(person_id, screening_id)
        if kind == "safety-plan":
            return self.safety_plan(person_id, screening_id)
        if kind == "print-completed" and screening_id is not None:
            return self.print_completed(screening_id)
        raise ValueError(f"no document of kind {kind!r}")

    def refer(self, person_id: int, screening_id: int | None = None) -> ReferralDialog | None:
        """Refer the person: recipient, consent or lawful basis, then the letter."""
        return self._referral(person_id, screening_id, "consent", None)

    def notification(
        self, person_id: int, screening_id: int | None = None
    ) -> ReferralDialog | None:
        """The Barnets Lov § 133 notification to the municipality (no consent needed)."""
        return self._referral(person_id, screening_id, "notification", NOTIFICATION_RECIPIENT)

    def resource_card(self, person_id: int, screening_id: int | None = None) -> CardDialog | None:
        return self._open(
            lambda: CardDialog(
                self.documents,
                person_id,
                screening_id=screening_id,
                lang=self.lang,
                open_preview=self.open_preview,
                parent=self._parent,
            )
        )

    def safety_plan(self, person_id: int, screening_id: int | None = None) -> PlanDialog | None:
        return self._open(
            lambda: PlanDialog(
                self.documents,
                person_id,
                screening_id=screening_id,
                lang=self.lang,
                open_preview=self.open_preview,
                parent=self._parent,
            )
        )

    def print_blank(
        self, instrument_id: str, instrument_language: str | None = None
    ) -> PreviewDialog | None:
        """A blank questionnaire to fill in by hand (in its own language, else the UI's)."""
        language = instrument_language or self.lang
        return self._preview(
            lambda: self.documents.blank_instrument(instrument_id, language, self.lang),  # type: ignore[arg-type]
            self.tr("Blank questionnaire"),
        )

    def print_completed(self, screening_id: int) -> PreviewDialog | None:
        """A finished screening: questions, answers and result."""
        return self._preview(
            lambda: self.documents.completed_screening(screening_id, self.lang),  # type: ignore[arg-type]
            self.tr("Completed screening"),
        )

    # ----------------------------------------------------------- administration
    def edit_directory(self) -> DirectoryAdminDialog | None:
        """The services directory for administrators: local entries editable."""
        admin = self._directory_admin
        if admin is None:
            return None
        try:
            admin.require_admin()
        except KNOWN_ERRORS as error:
            self.hooks.show_message(self._parent, error.message(self.lang))  # type: ignore[attr-defined]
            return None

        def saved(directory: object) -> None:
            self.documents.directory = directory  # type: ignore[assignment]

        return self._open(
            lambda: DirectoryAdminDialog(
                admin,
                self.documents.directory,
                lang=self.lang,
                on_saved=saved,
                parent=self._parent,
            )
        )

    # ----------------------------------------------------------------- preview
    def open_preview(self, prepared: Prepared, heading: str, parent: QWidget) -> PreviewDialog:
        def record(action: str) -> None:
            self.documents.record_action(prepared, action)  # type: ignore[arg-type]

        preview = PreviewDialog(
            prepared,
            heading=heading,
            on_action=record,
            hooks=self.hooks,
            lang=self.lang,
            training=self.documents.training,
            today=self.documents.today,
            can_save=getattr(self.documents, "may_save", True),
            parent=parent,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        return preview

    # ----------------------------------------------------------------- helpers
    def _referral(
        self, person_id: int, screening_id: int | None, route: Route, service_id: str | None
    ) -> ReferralDialog | None:
        try:
            person = self.documents.person(person_id)
        except KNOWN_ERRORS as error:
            self.hooks.show_message(self._parent, error.message(self.lang))  # type: ignore[attr-defined]
            return None
        if service_id is not None and service_id not in self.documents.directory:
            service_id = None
        return self._open(
            lambda: ReferralDialog(
                self.documents,
                person,
                screening_id=screening_id,
                lang=self.lang,
                open_preview=self.open_preview,
                route=route,
                service_id=service_id,
                parent=self._parent,
            )
        )

    def _open(self, make: Callable[[], D]) -> D | None:
        try:
            dialog = make()
        except KNOWN_ERRORS as error:
            self.hooks.show_message(self._parent, error.message(self.lang))  # type: ignore[attr-defined]
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _preview(self, make: Callable[[], Prepared], heading: str) -> PreviewDialog | None:
        try:
            prepared = make()
        except KNOWN_ERRORS as error:
            self.hooks.show_message(self._parent, error.message(self.lang))  # type: ignore[attr-defined]
            return None
        return self.open_preview(prepared, heading, self._parent)
