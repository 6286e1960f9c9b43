"""A case played through the real engine: the person it makes, the gate as scripted, the
person's answers, and (for the model run) every action its pathway expects.

Used three ways: CI plays every case with the installed questionnaires and checks that it
gives exactly the expected bands, flags and actions (a change to a questionnaire that breaks a
case fails there); the isolation and debrief tests play whole runs on a training database; and
the solo screens show the person's scripted answer to the question on screen
(``cases.scripted_answer``).

``play`` drives the engine from the gate to the last finalised result; what the engine cannot
do (open a document's dialog, record a referral) goes through ``Hands``, which the tests give
(the screens are the trainee's own hands).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from screening_app.domain.cpr import birth_date_of, cpr_digits
from screening_app.domain.instrument import is_question
from screening_app.domain.presence import REMOTE_FORMS, Circumstances
from screening_app.domain.training.case import ExpectedAction, TrainingCase
from screening_app.services.consultation import (
    Asking,
    ConsultationEngine,
    ShowingResult,
)
from screening_app.services.screenings import FollowUp
from screening_app.services.training.cases import scripted_answer
from screening_app.storage.records import PersonData

WEEKS_TO_TERM = 40


class ScriptError(RuntimeError):
    """A case whose script does not fit its questionnaires (a question without an answer)."""


def person_data(case: TrainingCase, today: dt.date, lang: str) -> PersonData:
    """The case's fictitious person as the record holds one, ages counted from ``today``."""
    person = case.person
    child: dt.date | None = None
    kind: str | None = None
    if person.pregnancy_week is not None:
        child = today + dt.timedelta(weeks=WEEKS_TO_TERM - person.pregnancy_week)
        kind = "expected"
    elif person.child_age_weeks is not None:
        child = today - dt.timedelta(weeks=person.child_age_weeks)
        kind = "actual"
    digits = cpr_digits(person.cpr)
    contact = person.safe_contact
    return PersonData(
        name=person.name,
        role=person.role,
        cpr=digits,
        birth_date=birth_date_of(digits),
        child_birth_date=child,
        child_birth_date_kind=kind,
        safe_phone=contact.phone,
        safe_times=None if contact.times is None else contact.times.get(lang),
        may_leave_messages=contact.may_leave_messages,
        may_send_letters_home=contact.may_send_letters_home,
    )


def gate_circumstances(case: TrainingCase) -> Circumstances:
    """How the consultation happens once the gate is as scripted."""
    gate = case.script.gate
    remote = case.setting.form in REMOTE_FORMS
    return Circumstances(
        form=case.setting.form,
        interpreter=gate.interpreter,
        present=tuple(gate.present),
        remote_alone=gate.remote_alone if remote else None,
    )


class Hands(Protocol):
    """What a run does besides the engine: the documents' dialogs and the referral."""

    def open_document(self, kind: str, person_id: int, screening_id: int | None) -> None: ...

    def refer(self, person_id: int, screening_id: int | None, action: ExpectedAction) -> None: ...


@dataclass(frozen=True)
class Played:
    results: list[ShowingResult]  # every result shown, in order (the last one finalised)
    next_ask: dt.date | None
    follow_up: dt.date | None


DOCUMENT_FOR: dict[str, str] = {
    "same-day": "safety-plan",
    "safety-plan": "safety-plan",
    "notification": "notification",
    "resource-card": "resource-card",
}


def play(
    case: TrainingCase,
    engine: ConsultationEngine,
    today: dt.date,
    hands: Hands | None = None,
    *,
    answer: Callable[[str, str], object | None] | None = None,
) -> Played:
    """The model run of ``case`` through ``engine`` (for the case's person). ``answer``
    (instrument id, link id) -> the answer to give, replaces the script's (a wrong run)."""
    engine.open_gate()
    expected = case.expected
    actions: dict[str, ExpectedAction] = {a.action: a for a in expected.actions}
    next_ask = _next_ask(actions, today)
    follow_up = FollowUp(today + dt.timedelta(days=7), "") if "follow-up-task" in actions else None
    if expected.gate.decision == "not-asked":
        assert expected.gate.reason is not None
        engine.not_asked(expected.gate.reason, next_ask, gate_circumstances(case))
        return Played([], next_ask, None)
    give = answer or (lambda i, link: scripted_answer(case, i, link))
    results: list[ShowingResult] = []
    first, *rest = expected.instruments
    engine.start(first.id, case.setting.language, circumstances=gate_circumstances(case))
    results.append(_answer_all(engine, first.id, give))
    for following in rest:
        shown = results[-1]
        engine.follow_up(
            following.id,
            next_ask=next_ask or shown.next_ask,
            follow_up=follow_up,
        )
        results.append(_answer_all(engine, following.id, give))
    last = engine.finalise(next_ask or results[-1].next_ask, follow_up if not rest else None)
    results.append(last)
    if hands is not None:
        _act(case, engine, hands, last.screening_id)
    return Played(
        results, next_ask or last.next_ask, None if follow_up is None else follow_up.due_date
    )


def _next_ask(actions: dict[str, ExpectedAction], today: dt.date) -> dt.date | None:
    action = actions.get("next-date")
    if action is None:
        return None
    days = action.within_days if action.within_days is not None else 14
    return today + dt.timedelta(days=days)


def _answer_all(
    engine: ConsultationEngine, instrument_id: str, give: Callable[[str, str], object | None]
) -> ShowingResult:
    step = engine.step
    assert isinstance(step, Asking)
    session = step.session
    for link_id in list(session.instrument.items_by_id):
        item = session.instrument.items_by_id[link_id]
        if not (is_question(item) and session.is_visible(link_id)):
            continue
        value = give(instrument_id, link_id)
        if value is None:
            raise ScriptError(f"no scripted answer for '{instrument_id}' question '{link_id}'")
        engine.answer(link_id, value)
    return engine.finish()


def _act(case: TrainingCase, engine: ConsultationEngine, hands: Hands, screening_id: int) -> None:
    person_id = engine.person_id
    for action in case.expected.actions:
        document = DOCUMENT_FOR.get(action.action)
        if document is not None:
            hands.open_document(document, person_id, screening_id)
        elif action.action == "referral":
            hands.open_document("referral-letter", person_id, screening_id)
            hands.refer(person_id, screening_id, action)
