"""The person's copy as a FHIR R4 Bundle (type ``collection``).

- ``Patient``: her name, birth date and CPR number with the Danish CPR identifier system
  (``urn:oid:1.2.208.176.1.2``).
- ``QuestionnaireResponse`` for each record where she was asked (``instruments.fhir_response``:
  the answers that count, with the security labels for domestic-violence content, v3-ActCode
  SDV, and restricted confidentiality, v3-Confidentiality R), here with ``subject`` pointing
  at the Patient.
- ``Consent`` for each referral made with her consent, or where she declined: who it was for,
  what was shared, the legal basis (Sundhedsloven § 41 or § 43 stk. 1), the period.
  Disclosures without consent are no consent: they are in the PDF and JSON copies.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from screening_app.instruments.fhir_common import SECURITY_RESTRICTED, SECURITY_SDV
from screening_app.instruments.fhir_response import export_response
from screening_app.services.person_data.collect import PersonCopy

CPR_SYSTEM = "urn:oid:1.2.208.176.1.2"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
CONSENT_CATEGORY = "http://loinc.org"
LEGAL_BASIS = "urn:trygstart:legal-basis"
SHARED = "urn:trygstart:referral-scope"
SERVICE = "urn:trygstart:service"
NAMESPACE = uuid.UUID("5f0c3d4e-7c1a-5b8e-9d2f-14a0b6c8e301")  # TrygStart person copies


def copy_bundle(copy: PersonCopy) -> dict[str, Any]:
    patient_id = f"person-{copy.person.id}"
    patient_ref = {"reference": _full_url("Patient", patient_id)}
    data = copy.person.data
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": patient_id,
        "meta": {"security": [dict(SECURITY_RESTRICTED)]},
        "name": [{"text": data.name}],
    }
    if data.cpr:
        patient["identifier"] = [{"system": CPR_SYSTEM, "value": data.cpr}]
    if data.birth_date:
        patient["birthDate"] = data.birth_date.isoformat()
    entries: list[dict[str, Any]] = [_entry(patient)]
    for record in copy.records:
        if record.session is None:
            continue
        screening = record.screening
        authored = dt.datetime.fromisoformat(screening.finalised_at or screening.started_at)
        status = "completed" if screening.status == "finalised" else "in-progress"
        response = export_response(record.session, authored, status)
        response["id"] = f"record-{screening.id}"
        response["subject"] = patient_ref
        entries.append(_entry(response))
    for referral in copy.referrals:
        if referral.consent not in ("given", "declined"):
            continue
        consent: dict[str, Any] = {
            "resourceType": "Consent",
            "id": f"referral-{referral.id}",
            "meta": {"security": [dict(SECURITY_SDV), dict(SECURITY_RESTRICTED)]},
            "status": _consent_status(referral.consent, referral.expires_on, copy.made_at),
            "scope": {"coding": [{"system": CONSENT_SCOPE, "code": "patient-privacy"}]},
            "category": [{"coding": [{"system": CONSENT_CATEGORY, "code": "59284-0"}]}],
            "patient": patient_ref,
            "dateTime": referral.date.isoformat(),
            "policyRule": {
                "coding": [{"system": LEGAL_BASIS, "code": referral.consent_basis or "unrecorded"}]
            },
            "provision": {
                "type": "permit" if referral.consent == "given" else "deny",
                "actor": [
                    {
                        "role": {"coding": [{"system": SERVICE, "code": "recipient"}]},
                        "reference": {"display": referral.service_id},
                    }
                ],
                "data": [],
                "class": [{"system": SHARED, "code": code} for code in sorted(referral.scope)],
            },
        }
        if referral.expires_on is not None:
            consent["provision"]["period"] = {
                "start": referral.date.isoformat(),
                "end": referral.expires_on.isoformat(),
            }
        del consent["provision"]["data"]
        entries.append(_entry(consent))
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": copy.made_at,
        "meta": {"security": [dict(SECURITY_SDV), dict(SECURITY_RESTRICTED)]},
        "entry": entries,
    }


def _full_url(kind: str, resource_id: str) -> str:
    """A stable ``urn:uuid`` for a resource of this copy (references point at it)."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{kind}/{resource_id}')}"


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": _full_url(resource["resourceType"], resource["id"]), "resource": resource}


def _consent_status(consent: str, expires: dt.date | None, now: str) -> str:
    if consent == "declined":
        return "rejected"
    if expires is not None and expires.isoformat() < now[:10]:
        return "inactive"
    return "active"
