"""Export a session's answers as a FHIR R4 QuestionnaireResponse (a JSON-ready dict).

The response points at the exported Questionnaire as ``url|version`` and carries the security
labels for domain-violence content (v3-ActCode SDV) and restricted confidentiality (v3-
Confidentiality R), the language and translation version used, and the context the screening
was done in (the hidden context items). Only answers that count are included: answers to
items hidden by other answers are not part of the response (as FHIR expects of disabled
items); the values of hidden items and calculated values are (FHIR keeps them too). It declares
the SDC profile it follows (``meta.profile``). Nothing identifies the person: no subject, no
author.

A question the person declined to answer ("Ønsker ikke at svare") is never turned into an
answer: its item is there without ``answer``, carrying the standard data-absent-reason
extension with the code ``asked-declined`` ("the source was asked but declined to answer",
http://terminology.hl7.org/CodeSystem/data-absent-reason). FHIRPath conditions therefore see
it as unanswered, as the engine does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.domain.answers import DECLINED
from screening_app.domain.context import CONTEXT_KEYS
from screening_app.domain.instrument import CountScore, GroupItem, Item
from screening_app.domain.session import Session
from screening_app.instruments.fhir_common import (
    CODED_CONTEXT,
    CONTEXT_CODE_SYSTEM,
    CONTEXT_GROUP,
    EXT_TRANSLATION_VERSION,
    PROFILE_RESPONSE,
    SECURITY_RESTRICTED,
    SECURITY_SDV,
    context_link_id,
    score_link_id,
)
from screening_app.instruments.fhir_export import has_context_group
from screening_app.instruments.fhir_export_values import answer_values

EXT_DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
ASKED_DECLINED = "asked-declined"


def export_response(
    session: Session, authored: dt.datetime, status: str | None = None
) -> dict[str, Any]:
    """The session as a QuestionnaireResponse.

    ``authored`` must carry a time zone. ``status`` defaults to ``completed`` when every
    required question that is shown has an answer, else ``in-progress``.
    """
    if authored.tzinfo is None or authored.utcoffset() is None:
        raise ValueError("authored needs a time zone (FHIR dateTime with a time)")
    if status is None:
        status = "completed" if session.complete else "in-progress"
    if status not in ("in-progress", "completed", "amended", "stopped"):
        raise ValueError(f"'{status}' is not a QuestionnaireResponse status")
    instrument = session.instrument
    lang = session.language
    answers = session.answers
    items = [_context(session)] if has_context_group(instrument) else []
    items += _items(session, answers, instrument.items)
    items += _scores(session)
    return {
        "resourceType": "QuestionnaireResponse",
        "meta": {
            "profile": [PROFILE_RESPONSE],
            "security": [dict(SECURITY_SDV), dict(SECURITY_RESTRICTED)],
        },
        "language": lang,
        "extension": [
            {
                "url": EXT_TRANSLATION_VERSION,
                "valueString": instrument.translation_version(lang),
            }
        ],
        "questionnaire": f"{instrument.canonical_url}|{instrument.version}",
        "status": status,
        "authored": authored.isoformat(timespec="seconds"),
        "item": [item for item in items if item is not None],
    }


def _scores(session: Session) -> list[dict[str, Any] | None]:
    """The coded scores' items, each answered with the score's value."""
    instrument = session.instrument
    coded = [score for score in instrument.scores if score.codes]
    if not coded:
        return []
    values = session.result().scores
    out: list[dict[str, Any] | None] = []
    for score in coded:
        value = values[score.id]
        answer = (
            {"valueInteger": int(value)}
            if isinstance(score, CountScore)
            else {"valueDecimal": value}
        )
        out.append(
            {
                "linkId": score_link_id(score.id),
                "text": score.title.get(session.language),
                "answer": [answer],
            }
        )
    return out


def _context(session: Session) -> dict[str, Any] | None:
    answered: list[dict[str, Any]] = []
    for key in CONTEXT_KEYS:
        value = session.context.value(key)
        if value is None:
            continue
        if key in CODED_CONTEXT:
            answer = {"valueCoding": {"system": CONTEXT_CODE_SYSTEM + key, "code": value}}
        else:
            answer = {"valueInteger": value}
        answered.append({"linkId": context_link_id(key), "answer": [answer]})
    return {"linkId": CONTEXT_GROUP, "item": answered} if answered else None


def _items(
    session: Session, answers: dict[str, Any], items: list[Item], repeat: int | None = None
) -> list[dict[str, Any] | None]:
    out: list[dict[str, Any] | None] = []
    for item in items:
        if not session.is_enabled(item.link_id, repeat):
            continue
        if isinstance(item, GroupItem) and item.repeats:  # one response item per repetition
            count = session.repeat_count(item.link_id)
            out.extend(_item(session, answers, item, index) for index in range(count))
        else:
            out.append(_item(session, answers, item, repeat))
    return out


def _item(
    session: Session, answers: dict[str, Any], item: Item, repeat: int | None
) -> dict[str, Any] | None:
    """A response item (``repeat``: the repetition of its repeating group it is in)."""
    lang = session.language
    if isinstance(item, GroupItem):
        children = [c for c in _items(session, answers, item.items, repeat) if c is not None]
        if not children:
            return None
        return {"linkId": item.link_id, "text": item.text.get(lang), "item": children}
    in_repeat = repeat is not None and session.repeating_group(item.link_id) is not None
    declined = (
        session.given(item.link_id, repeat) is DECLINED
        if in_repeat and repeat is not None
        else session.is_declined(item.link_id)
    )
    if declined:
        return {
            "linkId": item.link_id,
            "text": item.text.get(lang),
            "extension": [{"url": EXT_DATA_ABSENT_REASON, "valueCode": ASKED_DECLINED}],
        }
    value = session.value(item.link_id, repeat) if in_repeat else answers.get(item.link_id)
    if value is None:
        return None
    return {
        "linkId": item.link_id,
        "text": item.text.get(lang),
        "answer": answer_values(item, value, lang),
    }
