"""Use cases for referrals: consent (or the lawful basis without it), and documents.

A consent rests on Sundhedsloven section 41 (a referral for treatment; oral or written,
section 42) or section 43 stk. 1 (any other purpose; written as a rule, oral only with the
reason recorded, section 44 stk. 1; lapses after one year, section 44 stk. 2). The record keeps
the basis and the reason; every consent is stored with an expiry one year on (the law's limit
for section 43, the product's own for section 41). Without consent: section 43 stk. 2 nr. 1 (a
law requires it, e.g. the Barnets Lov section 133 notification) or nr. 2 (to protect
substantial interests); after nr. 2 the person is to be informed as soon as possible unless
that is unsafe, so a task is created for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from screening_app.services.clock import add_years, local_date
from screening_app.services.session import UserSession
from screening_app.services.validation import one_of
from screening_app.storage.errors import StorageError
from screening_app.storage.records import (
    CONSENT_BASES,
    CONSENT_KINDS,
    DOCUMENT_ACTIONS,
    LEGAL_BASES,
    SCOPES,
    DocumentEvent,
    Referral,
)

DOCUMENT_KINDS = ("resource-card", "safety-plan", "referral-letter", "notification")
CONSENT_VALID_YEARS = 1
SERVICE_ID_MAX = 64


class ReferralService:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    def record_referral(
        self,
        person_id: int,
        *,
        service_id: str,
        consent: str,
        scope: Iterable[str],
        date: dt.date | None = None,
        form: str | None = None,
        legal_basis: str | None = None,
        informing_unsafe: bool = False,
        screening_id: int | None = None,
        consent_basis: str | None = None,
        oral_reason: str | None = None,
    ) -> Referral:
        one_of(consent, CONSENT_KINDS, "consent")
        chosen = frozenset(scope)
        if not chosen <= frozenset(SCOPES):
            raise StorageError("invalid", detail="scope")
        if not service_id or len(service_id) > SERVICE_ID_MAX:
            raise StorageError("invalid", detail="service")
        day = date or local_date(self._session.clock)
        expires: dt.date | None = None
        if consent == "given":
            one_of(form, ("written", "oral"), "written or oral consent")
            if consent_basis is not None:  # None: not stated, as in records before schema v3
                one_of(consent_basis, CONSENT_BASES, "the consent's legal basis")
            if not chosen:
                raise StorageError("invalid", detail="choose what may be shared")
            expires = add_years(day, CONSENT_VALID_YEARS)
            oral_43 = consent_basis == "sundhedsloven-43-1" and form == "oral"
            if oral_43 != bool(oral_reason and oral_reason.strip()):
                raise StorageError("invalid", detail="a reason only and always for oral § 43")
        elif consent_basis is not None or oral_reason is not None:
            raise StorageError("invalid", detail="a consent basis only with consent")
        if consent == "lawful-disclosure":
            one_of(legal_basis, LEGAL_BASES, "legal basis")
            if not chosen:
                raise StorageError("invalid", detail="choose what is disclosed")
        elif legal_basis is not None:
            raise StorageError("invalid", detail="a legal basis only without consent")
        if consent == "declined":
            chosen = frozenset()
            form = None
        with self._session.audited("record-referral", person_id=person_id) as work:
            if work.persons.get(person_id) is None:
                raise StorageError("no-such-record")
            referral_id = work.referrals.record(
                person_id=person_id,
                screening_id=screening_id,
                service_id=service_id,
                consent=consent,
                legal_basis=legal_basis,
                scope=chosen,
                form=form,
                date=day,
                expires_on=expires,
                informing_unsafe=informing_unsafe,
                recorded_by=self._session.user.id,
                consent_basis=consent_basis,
                oral_reason=oral_reason,
            )
            if legal_basis == "sundhedsloven-43-2-2" and not informing_unsafe:
                work.followup.add_task(
                    person_id=person_id,
                    kind="inform-after-disclosure",
                    due_date=local_date(self._session.clock),
                    text="",
                    created_by=self._session.user.id,
                    referral_id=referral_id,
                )
            work.persons.touch(person_id)
            referral = work.referrals.get(referral_id)
        assert referral is not None
        return referral

    def record_document(
        self,
        person_id: int,
        *,
        kind: str,
        action: str,
        referral_id: int | None = None,
        criterion: str | None = None,
    ) -> DocumentEvent:
        """A document was produced, printed or saved (when, by whom, which kind). ``criterion``
        tells documents of one kind apart in the audit trail (e.g. the person's copy)."""
        one_of(kind, DOCUMENT_KINDS, "document kind")
        one_of(action, DOCUMENT_ACTIONS, "document action")
        with self._session.audited(
            "record-document", person_id=person_id, criterion=criterion
        ) as work:
            if work.persons.get(person_id) is None:
                raise StorageError("no-such-record")
            work.referrals.record_document(
                person_id=person_id,
                referral_id=referral_id,
                kind=kind,
                action=action,
                by_user=self._session.user.id,
            )
            work.persons.touch(person_id)
            return work.referrals.documents(person_id)[-1]
