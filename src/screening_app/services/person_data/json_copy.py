"""The person's copy as JSON: codes as stored, texts as asked, times in UTC."""

from __future__ import annotations

import json
from typing import Any

from screening_app.services.person_data.collect import PersonCopy, RecordCopy

FORMAT = "trygstart-person-copy/1"


def copy_dict(copy: PersonCopy) -> dict[str, Any]:
    data = copy.person.data
    staff = copy.staff
    return {
        "format": FORMAT,
        "made": copy.made_at,
        "person": {
            "name": data.name,
            "cpr": data.cpr,
            "birthDate": _day(data.birth_date),
            "role": data.role,
            "childBirthDate": _day(data.child_birth_date),
            "childBirthDateKind": data.child_birth_date_kind,
            "safePhone": data.safe_phone,
            "safeTimes": data.safe_times,
            "mayLeaveMessages": data.may_leave_messages,
            "maySendLettersHome": data.may_send_letters_home,
            "created": copy.person.created_at,
            "updated": copy.person.updated_at,
            "linkedToCoParent": copy.co_parent_linked,
        },
        "contacts": [
            {
                "date": c.date.isoformat(),
                "setting": c.setting,
                "weeksPregnant": c.weeks_pregnant,
                "childAgeWeeks": c.child_age_weeks,
                "by": staff.get(c.clinician_id),
            }
            for c in copy.contacts
        ],
        "records": [_record(r, staff) for r in copy.records],
        "referrals": [
            {
                "service": r.service_id,
                "consent": r.consent,
                "consentBasis": r.consent_basis,
                "legalBasis": r.legal_basis,
                "shared": sorted(r.scope),
                "form": r.form,
                "date": r.date.isoformat(),
                "expires": _day(r.expires_on),
                "informingUnsafe": r.informing_unsafe,
                "by": staff.get(r.recorded_by),
            }
            for r in copy.referrals
        ],
        "papers": [
            {"kind": d.kind, "action": d.action, "at": d.at, "by": staff.get(d.by_user)}
            for d in copy.documents
        ],
        "notes": [
            {"text": n.text, "at": n.created_at, "by": staff.get(n.created_by)} for n in copy.notes
        ],
        "tasks": [
            {
                "kind": t.kind,
                "due": t.due_date.isoformat(),
                "text": t.text,
                "done": t.done_at,
            }
            for t in copy.tasks
        ],
        "requests": [
            {
                "kind": q.kind,
                "details": q.details,
                "received": q.received_on,
                "status": q.status,
                "decision": q.decision,
                "decided": q.decided_at,
            }
            for q in copy.requests
        ],
        "accessLog": [
            {
                "at": e.at,
                "user": e.user,
                "name": staff.get(e.user),
                "action": e.action,
                "outcome": e.outcome,
            }
            for e in copy.access
        ],
    }


def _record(record: RecordCopy, staff: dict[int | str, str]) -> dict[str, Any]:
    s = record.screening
    return {
        "gate": s.gate,
        "notAskedReason": s.not_asked_reason,
        "instrument": s.instrument_id,
        "instrumentVersion": s.instrument_version,
        "title": record.title or None,
        "language": s.language,
        "version": s.version,
        "amendReason": s.amend_reason,
        "status": s.status,
        "started": s.started_at,
        "finalised": s.finalised_at,
        "consultationForm": s.consultation_form,
        "interpreter": s.interpreter,
        "band": record.band,
        "bandOverrideReason": s.override_reason,
        "flags": list(record.flags),
        "nextAsk": _day(s.next_ask_date),
        "by": staff.get(s.clinician_id),
        "answers": [
            {"linkId": q.link_id, "question": q.text, "answer": q.answer, "declined": q.declined}
            for q in record.questions
        ],
    }


def _day(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def copy_json(copy: PersonCopy) -> bytes:
    return json.dumps(copy_dict(copy), ensure_ascii=False, indent=2).encode("utf-8")
