"""Use cases for the person's own data: her copy, her requests, and what was decided.

- ``export``: her copy as PDF, JSON or FHIR, in memory (the caller saves it where the user
  chose, or prints it). The clinician records why (the reason is kept with the request, never
  in the audit trail); the copy is recorded as an ``access`` request, done, and the export is
  one ``export-person`` entry naming her, the format and the request. A request recorded
  earlier ("hand over later") is closed by the export that answers it.
- ``record_request``: a request for a copy (to hand over later), a correction or an erasure.
- ``decide``: done (what was changed) or refused (why); an open request only, decided once.

Administrators and clinicians may do this; a leader may not (the session refuses).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from screening_app.domain.instrument import Instrument
from screening_app.letters.fonts import FontSet
from screening_app.services.fonts import bundled_fonts
from screening_app.services.person_data.collect import Instruments, PersonCopy, collect
from screening_app.services.person_data.fhir_copy import copy_bundle
from screening_app.services.person_data.json_copy import copy_json
from screening_app.services.person_data.pdf_copy import copy_pdf
from screening_app.services.session import UserSession
from screening_app.services.validation import note_text, one_of
from screening_app.storage.data_requests import REQUEST_KINDS, DataRequest
from screening_app.storage.errors import StorageError
from screening_app.storage.settings import CLINIC_NAME

Form = Literal["pdf", "json", "fhir"]
FORMS: tuple[Form, ...] = ("pdf", "json", "fhir")
DECISIONS = ("done", "refused")


class PersonDataService:
    def __init__(
        self,
        session: UserSession,
        instruments: Iterable[Instrument],
        fonts: FontSet | None = None,  # None: the bundled fonts, loaded on the first PDF
    ) -> None:
        self._session = session
        self._instruments = Instruments(instruments)
        self._fonts = fonts

    def export(
        self,
        person_id: int,
        form: str,
        reason: str,
        *,
        lang: str = "da",
        request_id: int | None = None,
    ) -> bytes:
        """Her copy as bytes (``form``: pdf, json or fhir). One audit entry."""
        one_of(form, FORMS, "format")
        text = note_text(reason, "reason")
        user = self._session.user
        with self._session.audited("export-person", person_id=person_id) as work:
            copy = collect(work, person_id, self._instruments)
            if request_id is None:
                request_id = work.requests.add(person_id, "access", text, work.now[:10], user.id)
            else:
                request = work.requests.get(request_id)
                if request is None or request.person_id != person_id:
                    raise StorageError("no-such-record")
                if request.kind != "access" or request.status != "open":
                    raise StorageError("invalid", detail="request (not an open request for a copy)")
            work.requests.decide(request_id, "done", f"copy:{form}; {text}", user.id)
            work.criterion = f"{form};request:{request_id}"
            clinic = work.settings.get(CLINIC_NAME) or ""
        return self._render(copy, form, lang, clinic)

    def _render(self, copy: PersonCopy, form: str, lang: str, clinic: str) -> bytes:
        if form == "json":
            return copy_json(copy)
        if form == "fhir":
            import json

            bundle = copy_bundle(copy)
            return json.dumps(bundle, ensure_ascii=False, indent=2).encode("utf-8")
        return copy_pdf(copy, self._fonts or bundled_fonts(), lang, clinic)

    def record_request(
        self, person_id: int, kind: str, details: str, received_on: dt.date | None = None
    ) -> DataRequest:
        """A request about her data: a copy to hand over later, a correction, an erasure."""
        one_of(kind, REQUEST_KINDS, "request")
        text = note_text(details, "request")
        day = (received_on or self._session.clock().date()).isoformat()
        with self._session.audited(
            "record-data-request", person_id=person_id, criterion=kind
        ) as work:
            if work.persons.get(person_id) is None:
                raise StorageError("no-such-record")
            request_id = work.requests.add(person_id, kind, text, day, self._session.user.id)
            work.persons.touch(person_id)
            request = work.requests.get(request_id)
        assert request is not None
        return request

    def decide(self, request_id: int, status: str, decision: str) -> DataRequest:
        """Done (say what was changed) or refused (say why, e.g. the duty to keep records)."""
        one_of(status, DECISIONS, "decision")
        text = note_text(decision, "decision")
        with self._session.audited("decide-data-request") as work:
            request = work.requests.get(request_id)
            if request is None:
                raise StorageError("no-such-record")
            work.concerns(request.person_id)
            work.criterion = f"{request.kind}:{status};request:{request_id}"
            if request.status != "open":
                raise StorageError("invalid", detail="request (already decided)")
            work.requests.decide(request_id, status, text, self._session.user.id)
            work.persons.touch(request.person_id)
            decided = work.requests.get(request_id)
        assert decided is not None
        return decided

    def requests(self, person_id: int) -> list[DataRequest]:
        """Her requests and what was decided (a read of her record: one entry)."""
        with self._session.audited(
            "view-person", person_id=person_id, criterion="data-requests"
        ) as work:
            return work.requests.for_person(person_id)
