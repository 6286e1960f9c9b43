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

from collections.abc import Iterable

from screening_app.domain.consent import (
    Consent,
    DisclosureRefusedError,
    LawfulDisclosure,
)
from screening_app.domain.presence import Circumstances
from screening_app.domain.support import EMERGENCY_ID, HOTLINE_ID, ServiceEntry
from screening_app.letters import (
    MAX_SERVICES,
    BlankInstrument,
    CompletedScreening,
    LetterError,
    Notification,
    ReferralLetter,
    ResourceCard,
    SafetyPlan,
    ScreeningSummary,
    check_referral,
    copy_refusal,
)
from screening_app.letters import Person as LetterPerson
from screening_app.letters.card import own_name_services
from screening_app.letters.content import Language
from screening_app.services.document_base import (
    DocumentBase,
    Prepared,
    RecordedReferral,
    ScreeningView,
    cpr_text,
)
from screening_app.services.document_content import (
    STORED_BASIS,
    STORED_CONSENT,
    authorisation,
    clean,
    clinician_of,
    letter_person,
    record_note,
    screened_on,
)
from screening_app.services.document_requests import (
    DocumentRefusedError,
    LetterRequest,
    NotificationRequest,
    ReferralRequest,
    SafetyPlanRequest,
)

PERSONS_COPY = "persons-copy"  # the audit's name for the person's copy of a referral letter


__all__ = ["DocumentService", "Prepared", "RecordedReferral", "ScreeningView"]


class DocumentService(DocumentBase):
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
        auth = authorisation(request, self.clinician_name, self.today, service)
        consent = auth if isinstance(auth, Consent) else None
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
            consent_basis=consent.basis if consent is not None else None,
            oral_reason=consent.oral_reason if consent is not None else None,
        )
        note = record_note(request, auth, service, self.today, lang)
        self._followup.add_note(person_id, note, screening_id=request.screening_id)
        return RecordedReferral(referral, request, service, auth)

    def referral_letter(
        self, recorded: RecordedReferral, request: LetterRequest, language: Language
    ) -> Prepared:
        """The letter to the service: only what the recorded scope allows, never home when
        the person said no (refused and audited), rendered and recorded as produced."""
        letter = self._referral(recorded, request, language, persons_copy=False)
        return self._produce(letter, language, recorded.person_id, recorded.referral.id)

    def referral_copy(
        self, recorded: RecordedReferral, request: LetterRequest, language: Language
    ) -> Prepared:
        """The person's copy of the letter: refused (and audited) where the result may not go
        home or telling the person is unsafe; never with the safety concerns, own violence,
        the message to the service or the safe-contact details."""
        if request.copy_to_person is None:
            raise DocumentRefusedError("no-copy-chosen")
        letter = self._referral(recorded, request, language, persons_copy=True)
        return self._produce(
            letter, language, recorded.person_id, recorded.referral.id, criterion=PERSONS_COPY
        )

    def copy_refusal(self, recorded: RecordedReferral) -> LetterError | None:
        """Why the person may not have a copy of this referral (None when they may): what the
        letter form shows instead of offering one."""
        auth = recorded.authorisation
        if auth is None:
            return None
        screening_id = recorded.request.screening_id
        summary = None
        if screening_id is not None:
            view = self.screening(screening_id)
            summary = ScreeningSummary(view.result, screened_on(view.screening))
        probe = ReferralLetter(
            letterhead=self._letterhead(),
            recipient=recorded.service,
            person=LetterPerson(name="-"),
            authorisation=auth,
            clinician=clinician_of(self._session.user, "da"),
            date=self.today,
            include=frozenset(),
            screening=summary,
        )
        return copy_refusal(probe)

    def _referral(
        self,
        recorded: RecordedReferral,
        request: LetterRequest,
        language: Language,
        *,
        persons_copy: bool,
    ) -> ReferralLetter:
        auth = recorded.authorisation
        if auth is None:
            raise DocumentRefusedError("not-for-letter")
        person_id = recorded.person_id
        letterhead = self._letterhead()
        person = self.person(person_id)
        summary = None
        screening_id = recorded.request.screening_id
        if screening_id is not None:  # its receiver texts and its "not for home" marks
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
            persons_copy=persons_copy,
        )
        kind = "referral-letter" + (f":{PERSONS_COPY}" if persons_copy else "")
        try:
            check_referral(letter)
        except (DisclosureRefusedError, LetterError) as refused:
            if isinstance(refused, DisclosureRefusedError) or refused.code.startswith("copy-"):
                self._refused(person_id, kind, refused.code)
            raise
        return letter

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
            contact_with_parents=None
            if request.parent_abuse_suspected
            else clean(request.contact_with_parents) or None,
            urgent=request.urgent,
            custody=clean(request.custody) or None,
            siblings=clean(request.siblings) or None,
            gp=clean(request.gp) or None,
            earlier_notifications=clean(request.earlier_notifications) or None,
        )
        return self._produce(notification, language, recorded.person_id, recorded.referral.id)

    # ------------------------------------------------------ for the person
    def card_services(self) -> list[ServiceEntry]:
        """What the card may list besides the hotline and 112: entries with a number."""
        fixed = {HOTLINE_ID, EMERGENCY_ID}
        return [e for e in self.directory if e.phones and e.id not in fixed]

    def own_name_services(self, service_ids: Iterable[str]) -> list[ServiceEntry]:
        """Of the chosen services, those with no neutral name: the card or plan would print a
        name that says what the service is, so the clinician must choose them knowingly."""
        fixed = {HOTLINE_ID, EMERGENCY_ID}
        chosen = [self.service(s) for s in service_ids if s not in fixed]
        return list(own_name_services(chosen))

    def unchecked_services(self, service_ids: Iterable[str]) -> list[ServiceEntry]:
        """The hotline, 112 and the chosen services that nobody has checked against their
        source: the printout then claims no checked date, and the clinician is warned."""
        ids = [
            HOTLINE_ID,
            EMERGENCY_ID,
            *(s for s in service_ids if s not in {HOTLINE_ID, EMERGENCY_ID}),
        ]
        return [entry for entry in (self.service(s) for s in ids) if not entry.is_verified]

    def resource_card(
        self,
        person_id: int,
        service_ids: tuple[str, ...],
        language: Language,
        *,
        named: frozenset[str] = frozenset(),
    ) -> Prepared:
        """The card: 1888, 112 and the chosen services. A service without a neutral name is
        refused unless ``named`` holds it (the clinician chose it knowing its name shows)."""
        if len(service_ids) > MAX_SERVICES:
            raise LetterError("too-many-services", max=MAX_SERVICES)
        card = ResourceCard(
            hotline=self.directory.get(HOTLINE_ID),
            emergency=self.directory.get(EMERGENCY_ID),
            services=tuple(self.service(s) for s in service_ids),
            named=named,
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
        if request.numbers_only:  # nothing that shows it is a plan: the numbers alone
            plan = SafetyPlan(numbers=fixed + chosen, numbers_only=True, named=request.named)
        else:
            plan = SafetyPlan(
                numbers=fixed + chosen,
                safe_people=request.safe_people,
                safe_places=tuple(clean(p) for p in request.safe_places if p.strip()),
                take_along=tuple(clean(t) for t in request.take_along if t.strip()),
                code_word=clean(request.code_word) or None,
                code_word_meaning=clean(request.code_word_meaning) or None,
                own_notes=clean(request.own_notes) or None,
                named=request.named,
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
            person_id=cpr_text(person.data.cpr)
            or (person.data.birth_date.isoformat() if person.data.birth_date else None),
            clinician=clinician_of(user, language) if screening.clinician_id == user.id else None,
            letterhead=self.letterhead,
            context=view.session.context,
            declined=frozenset(view.session.declined),
            circumstances=Circumstances.from_record(
                screening.consultation_form, screening.interpreter, screening.presence
            ),
        )
        return self._produce(document, language, screening.person_id)
