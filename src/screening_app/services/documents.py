"""Documents for a person: the referral with its consent, the § 133 notification, the card, the
plan, and the questionnaire printouts. Content in from the record, PDF bytes out, every step
audited.

Each ``*_document`` method builds the content from the record (person, screening, clinician,
clinic letterhead, the recorded consent), lets the domain rules refuse what may not be made
(outside the recorded scope, a letter home the person said no to), renders it in memory and
records the "produced" document event; ``record_action`` records a print or a save. Nothing is
written to disk here: the bytes go to the preview, the printer or a file the user chose.

A refused letter home (security.md check 23) leaves a "refused" audit entry for the person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from screening_app.domain.consent import Authorisation, DisclosureRefusedError, LawfulDisclosure
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Result, Session
from screening_app.domain.support import EMERGENCY_ID, HOTLINE_ID, Directory, ServiceEntry
from screening_app.letters import (
    MAX_SERVICES,
    BlankInstrument,
    CompletedScreening,
    DocumentPrinter,
    LetterError,
    Letterhead,
    Notification,
    ReferralLetter,
    RenderedDocument,
    RenderOptions,
    ResourceCard,
    SafetyPlan,
    ScreeningSummary,
    check_referral,
)
from screening_app.letters.content import Language
from screening_app.letters.printer import Document
from screening_app.services.clock import local_date
from screening_app.services.document_content import (
    STORED_BASIS,
    STORED_CONSENT,
    authorisation,
    clean,
    clinician_of,
    judged_result,
    letter_person,
    record_note,
    screened_on,
)
from screening_app.services.document_requests import (
    DocumentAction,
    DocumentRefusedError,
    LetterRequest,
    NotificationRequest,
    ReferralRequest,
    SafetyPlanRequest,
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


class DocumentService:
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

    # ---------------------------------------------------------------- referral
    def record_referral(
        self, person_id: int, request: ReferralRequest, *, lang: Language = "da"
    ) -> RecordedReferral:
        """Record the referral with its consent (or lawful basis), and a note with the purpose,
        the reason and the decision about informing the person (the referral table has no
        column for text). Without consent under § 43 stk. 2 nr. 2 the task to inform the person
        is created by ``ReferralService`` unless informing is unsafe."""
        service = self.service(request.service_id)
        if request.route == "notification" and not service.receives_notifications:
            raise DocumentRefusedError("not-a-notification-recipient")
        auth = authorisation(request, self.clinician_name, self.today)
        referral = self._referrals.record_referral(
            person_id,
            service_id=service.id,
            consent=STORED_CONSENT[request.route],
            scope=auth.scope if auth is not None else frozenset(),
            date=request.date or self.today,
            form=request.form if request.route == "consent" else None,
            legal_basis=STORED_BASIS.get(request.route),
            informing_unsafe=isinstance(auth, LawfulDisclosure) and auth.informing_unsafe,
            screening_id=request.screening_id,
        )
        note = record_note(request, auth, service, self.today, lang)
        self._followup.add_note(person_id, note, screening_id=request.screening_id)
        return RecordedReferral(referral, request, service, auth)

    def referral_letter(
        self, recorded: RecordedReferral, request: LetterRequest, language: Language
    ) -> Prepared:
        """The letter to the service: only what the recorded scope allows, never home when
        the person said no (refused and audited), rendered and recorded as produced."""
        auth = recorded.authorisation
        if auth is None:
            raise DocumentRefusedError("not-for-letter")
        person_id = recorded.person_id
        letterhead = self._letterhead()
        person = self.person(person_id)
        summary = None
        screening_id = recorded.request.screening_id
        if "screening-result" in request.include and screening_id is not None:
            view = self.screening(screening_id)
            summary = ScreeningSummary(view.result, screened_on(view.screening))
        letter = ReferralLetter(
            letterhead=letterhead,
            recipient=recorded.service,
            person=letter_person(person, request),
            authorisation=auth,
            clinician=clinician_of(self._session.user, language),
            date=self.today,
            include=request.include,
            screening=summary,
            safety_concerns=clean(request.safety_concerns) or None,
            free_text=clean(request.free_text) or None,
            discreet=request.discreet,
            copy_to_person=request.copy_to_person,
            reference=clean(request.reference) or None,
        )
        try:
            check_referral(letter)
        except DisclosureRefusedError as refused:
            self._refused(person_id, "referral-letter", refused.code)
            raise
        return self._produce(letter, language, person_id, recorded.referral.id)

    def notification_document(
        self, recorded: RecordedReferral, request: NotificationRequest, language: Language
    ) -> Prepared:
        """The Barnets Lov § 133 notification, on the lawful disclosure recorded for it."""
        auth = recorded.authorisation
        if not isinstance(auth, LawfulDisclosure) or auth.basis != "notification":
            raise DocumentRefusedError("wrong-route")
        notification = Notification(
            letterhead=self._letterhead(),
            recipient=recorded.service,
            disclosure=auth,
            notifier=clinician_of(self._session.user, language),
            date=self.today,
            children=request.children,
            parents=request.parents,
            relation_to_child=clean(request.relation_to_child),
            concern=clean(request.concern),
            observations=clean(request.observations),
            actions_taken=clean(request.actions_taken),
            parent_abuse_suspected=request.parent_abuse_suspected,
            contact_with_parents=None
            if request.parent_abuse_suspected
            else clean(request.contact_with_parents) or None,
            urgent=request.urgent,
        )
        return self._produce(notification, language, recorded.person_id, recorded.referral.id)

    # ------------------------------------------------------ for the person
    def card_services(self) -> list[ServiceEntry]:
        """What the card may list besides the hotline and 112: entries with a number."""
        fixed = {HOTLINE_ID, EMERGENCY_ID}
        return [e for e in self.directory if e.phones and e.id not in fixed]

    def resource_card(
        self, person_id: int, service_ids: tuple[str, ...], language: Language
    ) -> Prepared:
        if len(service_ids) > MAX_SERVICES:
            raise LetterError("too-many-services", max=MAX_SERVICES)
        card = ResourceCard(
            hotline=self.directory.get(HOTLINE_ID),
            emergency=self.directory.get(EMERGENCY_ID),
            services=tuple(self.service(s) for s in service_ids),
        )
        self.person(person_id)  # the person must exist (and the look-up is audited)
        return self._produce(card, language, person_id)

    def safety_plan(
        self, person_id: int, request: SafetyPlanRequest, language: Language
    ) -> Prepared:
        if not request.person_chose_to_take_it:
            raise DocumentRefusedError("plan-not-chosen")
        fixed = (self.directory.get(HOTLINE_ID), self.directory.get(EMERGENCY_ID))
        chosen = tuple(
            self.service(s) for s in request.service_ids if s not in (HOTLINE_ID, EMERGENCY_ID)
        )
        plan = SafetyPlan(
            numbers=fixed + chosen,
            safe_people=request.safe_people,
            safe_places=tuple(clean(p) for p in request.safe_places if p.strip()),
            take_along=tuple(clean(t) for t in request.take_along if t.strip()),
            code_word=clean(request.code_word) or None,
            code_word_meaning=clean(request.code_word_meaning) or None,
            own_notes=clean(request.own_notes) or None,
        )
        self.person(person_id)
        return self._produce(plan, language, person_id)

    # ----------------------------------------------------------- questionnaires
    def blank_instrument(
        self, instrument_id: str, instrument_language: str, language: Language
    ) -> Prepared:
        instrument = self._instruments.get(instrument_id)
        if instrument is None:
            raise DocumentRefusedError("unknown-instrument")
        if instrument_language not in instrument.language_codes:
            raise DocumentRefusedError("no-instrument-language")
        rendered = self.printer.render(
            BlankInstrument(instrument, instrument_language), self._options(language)
        )
        prepared = Prepared(rendered, None, subject=instrument_id)
        self._record(prepared, "produced")
        return prepared

    def completed_screening(self, screening_id: int, language: Language) -> Prepared:
        view = self.screening(screening_id)
        screening = view.screening
        if screening.status != "finalised" or screening.gate != "asked":
            raise DocumentRefusedError("no-screening")
        person = self.person(screening.person_id)
        user = self._session.user
        document = CompletedScreening(
            instrument=view.result.instrument,
            language=view.result.language,
            answers=view.session.answers,
            result=view.result,
            screened_on=screened_on(screening),
            person_name=person.data.name,
            person_id=_cpr_text(person.data.cpr)
            or (person.data.birth_date.isoformat() if person.data.birth_date else None),
            clinician=clinician_of(user, language) if screening.clinician_id == user.id else None,
            letterhead=self.letterhead,
            context=view.session.context,
        )
        return self._produce(document, language, screening.person_id)

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
    ) -> Prepared:
        rendered = self.printer.render(document, self._options(language))
        prepared = Prepared(rendered, person_id, referral_id)
        self._record(prepared, "produced")
        return prepared

    def _record(self, prepared: Prepared, action: str) -> None:
        if prepared.person_id is not None and prepared.kind in DOCUMENT_KINDS:
            self._referrals.record_document(
                prepared.person_id,
                kind=prepared.kind,
                action=action,
                referral_id=prepared.referral_id,
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


def _cpr_text(digits: str | None) -> str | None:
    return None if digits is None else f"{digits[:6]}-{digits[6:]}"
