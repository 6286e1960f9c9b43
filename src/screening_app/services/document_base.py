"""The shared part of the document use cases: what they are given, what they read from the
record, and how a rendered document is recorded (one audit entry per produced, printed or
saved document; a refusal leaves a "refused" entry). ``DocumentService`` (``documents.py``)
holds the use cases themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from screening_app.domain.consent import Authorisation
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Result, Session
from screening_app.domain.support import Directory, ServiceEntry
from screening_app.letters import (
    DocumentPrinter,
    Letterhead,
    RenderedDocument,
    RenderOptions,
)
from screening_app.letters.content import Language
from screening_app.letters.printer import Document
from screening_app.services.clock import local_date
from screening_app.services.document_content import judged_result
from screening_app.services.document_requests import (
    DocumentAction,
    DocumentRefusedError,
    ReferralRequest,
)
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.referrals import DOCUMENT_KINDS, ReferralService
from screening_app.services.screenings import ScreeningService
from screening_app.services.session import UserSession
from screening_app.storage.errors import StorageError
from screening_app.storage.records import Person, Referral, Screening


@dataclass(frozen=True)
class Prepared:
    """A rendered document and what its audit entries name (kind, person, referral)."""

    rendered: RenderedDocument
    person_id: int | None  # None only for a blank questionnaire
    referral_id: int | None = None
    subject: str | None = None  # the instrument id of a blank questionnaire
    variant: str | None = None  # e.g. "persons-copy": named in the audit trail

    @property
    def kind(self) -> str:
        return self.rendered.kind

    @property
    def pdf(self) -> bytes:
        return self.rendered.pdf


@dataclass(frozen=True)
class RecordedReferral:
    """A referral as stored, with the consent or lawful basis the letter is checked against."""

    referral: Referral
    request: ReferralRequest
    service: ServiceEntry
    authorisation: Authorisation | None  # None: consent declined, nothing may be passed on

    @property
    def person_id(self) -> int:
        return self.referral.person_id


@dataclass(frozen=True)
class ScreeningView:
    """A screening and its result as the clinician judged it (an override applied)."""

    screening: Screening
    result: Result
    session: Session  # the answers and the context the screening was asked in


class DocumentBase:
    """What every document use case shares: the session, the printer, the directory, the
    clinic's letterhead; reading the record; rendering and recording a document."""

    def __init__(
        self,
        session: UserSession,
        *,
        screenings: ScreeningService,
        instruments: Mapping[str, Instrument],
        printer: DocumentPrinter,
        directory: Directory,
        letterhead: Letterhead | None,
        training: bool = False,
        may_save: bool = True,
    ) -> None:
        self._session = session
        self._persons = PersonService(session)
        self._referrals = ReferralService(session)
        self._followup = FollowUpService(session)
        self._screenings = screenings
        self._instruments = dict(instruments)
        self.printer = printer
        self.directory = directory  # replaced when an administrator saves the directory
        self.letterhead = letterhead
        self.training = training
        # Saving a PDF to a file, as the machine's settings decide (domain.layers).
        self.may_save = may_save

    # ----------------------------------------------------------------- reading
    @property
    def today(self) -> dt.date:
        return local_date(self._session.clock)

    @property
    def clinician_name(self) -> str:
        user = self._session.user
        return user.display_name.strip() or user.username

    def person(self, person_id: int) -> Person:
        return self._persons.get(person_id)

    def screening(self, screening_id: int) -> ScreeningView:
        draft = self._screenings.open(screening_id)
        result = judged_result(draft.screening, draft.result)
        return ScreeningView(draft.screening, result, draft.session)

    def recommended(self, screening_id: int | None) -> list[ServiceEntry]:
        """The services the screening's result recommends, from the directory, in its order."""
        if screening_id is None:
            return []
        result = self.screening(screening_id).result
        return self.directory.recommended(result.actions.services)

    def service(self, service_id: str) -> ServiceEntry:
        if service_id not in self.directory:
            raise DocumentRefusedError("unknown-service")
        return self.directory.get(service_id)

    # ------------------------------------------------------------------ audit
    def record_action(self, prepared: Prepared, action: DocumentAction) -> None:
        """A prepared document was printed or saved: who, when, which document, for whom."""
        if action == "saved" and not self.may_save:
            raise StorageError("off-on-this-machine")
        self._record(prepared, action)

    # ---------------------------------------------------------------- helpers
    def _options(self, language: Language) -> RenderOptions:
        return RenderOptions(language=language, training=self.training)

    def _letterhead(self) -> Letterhead:
        if self.letterhead is None:
            raise DocumentRefusedError("no-letterhead")
        return self.letterhead

    def _produce(
        self,
        document: Document,
        language: Language,
        person_id: int,
        referral_id: int | None = None,
        criterion: str | None = None,
    ) -> Prepared:
        rendered = self.printer.render(document, self._options(language))
        prepared = Prepared(rendered, person_id, referral_id, variant=criterion)
        self._record(prepared, "produced")
        return prepared

    def _record(self, prepared: Prepared, action: str) -> None:
        if prepared.person_id is not None and prepared.kind in DOCUMENT_KINDS:
            self._referrals.record_document(
                prepared.person_id,
                kind=prepared.kind,
                action=action,
                referral_id=prepared.referral_id,
                criterion=None
                if prepared.variant is None
                else f"{prepared.kind}:{prepared.variant}",
            )
            return
        # The documents table knows the four person documents; a questionnaire printout is
        # recorded in the audit trail only (kind, action and instrument id; never content).
        criterion = f"{prepared.kind}:{action}"
        if prepared.subject is not None:
            criterion += f":{prepared.subject}"
        with self._session.audited(
            "record-document", person_id=prepared.person_id, criterion=criterion
        ):
            pass

    def _refused(self, person_id: int, kind: str, code: str) -> None:
        user = self._session.user
        self._session.database.record_event(
            user.username,
            "record-document",
            "refused",
            person_id=person_id,
            criterion=f"{kind}:{code}",
        )


def cpr_text(digits: str | None) -> str | None:
    return None if digits is None else f"{digits[:6]}-{digits[6:]}"
