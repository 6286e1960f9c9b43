"""Rules across a case file that its models cannot express, each placed where it is broken.

- every text in Danish and English, and in no other language;
- the person: the pregnancy week or the child's age that fits the role, and a CPR-like number
  that is a date but fails the modulus-11 check (``is_fictitious_cpr``);
- the script's gate fits the expected decision (a case expected to be asked is safe to ask as
  scripted; one expected not to be asked is not), and answers only for the questionnaires the
  case expects;
- what each expected action may carry; a mistake's point names a point of the pathway.

The references to instruments and services are checked when cases are loaded, against what is
installed (``services.training.cases``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, RootModel

from screening_app.domain.base import Loc, LocalizedText, Problem
from screening_app.domain.cpr import CprError, parse_cpr
from screening_app.domain.presence import REMOTE_FORMS, Circumstances
from screening_app.domain.training.case import CASE_LANGUAGES, ExpectedAction, TrainingCase

REFERRAL_FIELDS = ("consent", "services", "scope", "avoid_scope")


def is_fictitious_cpr(text: str) -> bool:
    """A CPR-like number for training: ten digits whose first six are a real date, failing the
    modulus-11 check. (Numbers issued since 2007 may fail the check too, so a failed check alone
    does not prove that nobody has the number: it proves only that the number is not one that a
    check would accept as valid, which is what the training data must never hold.)"""
    try:
        number = parse_cpr(text)
    except CprError:
        return False
    return not number.passes_modulus11


def is_valid_looking_cpr(text: str) -> bool:
    """A number that passes every check a CPR number can be put to (format, date, modulus 11):
    training mode refuses these."""
    try:
        return parse_cpr(text).passes_modulus11
    except CprError:
        return False


def point_ids(case: TrainingCase) -> list[str]:
    """The points of the case's pathway, in the debrief's order."""
    ids = ["gate"]
    for expected in case.expected.instruments:
        ids += [f"instrument:{expected.id}", f"result:{expected.id}"]
    ids += [action.action for action in case.expected.actions]
    return ids


def check_case(case: TrainingCase) -> list[Problem]:
    problems = list(_check_languages(case, ()))
    problems += _check_person(case)
    problems += _check_script(case)
    problems += _check_actions(case)
    known = set(point_ids(case))
    for index, mistake in enumerate(case.mistakes):
        if mistake.point is not None and mistake.point not in known:
            problems.append(
                Problem.at(
                    "mistakes",
                    index,
                    "point",
                    message=f"'{mistake.point}' is no point of this case "
                    f"(points: {', '.join(sorted(known))})",
                )
            )
    return problems


# ------------------------------------------------------------------ languages
def _texts(value: Any, loc: Loc) -> Iterator[tuple[Loc, LocalizedText]]:
    if isinstance(value, LocalizedText):
        yield loc, value
    elif isinstance(value, RootModel):
        return
    elif isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            yield from _texts(getattr(value, name), (*loc, info.alias or name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*loc, key))


def _check_languages(case: TrainingCase, loc: Loc) -> Iterator[Problem]:
    wanted = frozenset(CASE_LANGUAGES)
    for where, text in _texts(case, loc):
        missing = sorted(wanted - text.languages)
        extra = sorted(text.languages - wanted)
        if missing:
            yield Problem(loc=where, message=f"needs a text in {', '.join(missing)}")
        if extra:
            yield Problem(loc=where, message=f"has a language a case does not use: {extra[0]}")


# --------------------------------------------------------------------- person
def _check_person(case: TrainingCase) -> list[Problem]:
    person = case.person
    found: list[Problem] = []
    week, age = person.pregnancy_week, person.child_age_weeks
    if week is not None and age is not None:
        found.append(
            Problem.at(
                "person",
                "childAgeWeeks",
                message="give the pregnancy week or the child's age, not both",
            )
        )
    elif person.role == "pregnant-woman" and week is None:
        found.append(Problem.at("person", "role", message="a pregnant woman needs pregnancyWeek"))
    elif person.role == "new-mother" and age is None:
        found.append(Problem.at("person", "role", message="a new mother needs childAgeWeeks"))
    elif person.role == "father-co-parent" and week is None and age is None:
        found.append(
            Problem.at(
                "person",
                "role",
                message="a father or co-parent needs pregnancyWeek or childAgeWeeks",
            )
        )
    if not is_fictitious_cpr(person.cpr):
        found.append(
            Problem.at(
                "person",
                "cpr",
                message="must be CPR-like (a date, then four digits) and fail the modulus-11 "
                "check: training data never holds a valid CPR number",
            )
        )
    return found


# --------------------------------------------------------------------- script
def _check_script(case: TrainingCase) -> list[Problem]:
    found: list[Problem] = []
    gate, setting, expected = case.script.gate, case.setting, case.expected
    remote = setting.form in REMOTE_FORMS
    if remote and gate.remote_alone is None:
        found.append(
            Problem.at("script", "gate", message="on the phone or video: remoteAlone is needed")
        )
    if not remote and gate.remote_alone is not None:
        found.append(
            Problem.at(
                "script", "gate", "remoteAlone", message="only for a phone or video consultation"
            )
        )
    circumstances = Circumstances(
        form=setting.form,
        interpreter=gate.interpreter,
        present=tuple(gate.present),
        remote_alone=gate.remote_alone if remote else None,
    )
    safe = not circumstances.reasons_not_to_ask()
    decision = expected.gate.decision
    if decision == "ask" and not safe:
        found.append(
            Problem.at(
                "script",
                "gate",
                message="the case expects asking, but the scripted gate is not safe to ask "
                f"({circumstances.reasons_not_to_ask()[0]})",
            )
        )
    if decision == "not-asked" and safe and expected.gate.reason != "declined":
        found.append(
            Problem.at(
                "script",
                "gate",
                message="the case expects 'not asked', but the scripted gate is safe to ask",
            )
        )
    if (decision == "not-asked") != (expected.gate.reason is not None):
        found.append(
            Problem.at(
                "expected",
                "gate",
                "decision",
                message="a reason goes with 'not-asked', and only with it",
            )
        )
    if decision == "ask" and not expected.instruments:
        found.append(
            Problem.at("expected", "instruments", message="a case that asks expects an instrument")
        )
    if decision == "not-asked" and expected.instruments:
        found.append(
            Problem.at("expected", "instruments", message="nothing is asked after 'not-asked'")
        )
    ids = [e.id for e in expected.instruments]
    for index, instrument_id in enumerate(ids):
        if instrument_id in ids[:index]:
            found.append(
                Problem.at("expected", "instruments", index, "id", message="expected twice")
            )
    found.extend(
        Problem.at(
            "script",
            "answers",
            instrument_id,
            message="answers for a questionnaire the case does not expect",
        )
        for instrument_id in case.script.answers
        if instrument_id not in ids
    )
    for index, instrument_id in enumerate(ids):
        if instrument_id not in case.script.answers:
            found.append(
                Problem.at(
                    "expected",
                    "instruments",
                    index,
                    "id",
                    message="the script has no answers for this questionnaire",
                )
            )
    return found


# -------------------------------------------------------------------- actions
def _check_actions(case: TrainingCase) -> list[Problem]:
    found: list[Problem] = []
    seen: list[str] = []
    for index, action in enumerate(case.expected.actions):
        found += _check_action(action, index)
        if action.action in seen:
            found.append(
                Problem.at("expected", "actions", index, "action", message="expected twice")
            )
        seen.append(action.action)
    if "resource-card" in seen and "no-resource-card" in seen:
        found.append(
            Problem.at(
                "expected",
                "actions",
                message="resource-card and no-resource-card exclude each other",
            )
        )
    return found


def _check_action(action: ExpectedAction, index: int) -> list[Problem]:
    found: list[Problem] = []
    at = ("expected", "actions", index)
    if action.action != "referral":
        for name in REFERRAL_FIELDS:
            if getattr(action, name):
                alias = type(action).model_fields[name].alias or name
                found.append(Problem.at(*at, alias, message="belongs to a referral only"))
    elif action.consent is None:
        found.append(Problem.at(*at, message="a referral needs its consent"))
    elif action.consent != "declined" and not action.services:
        found.append(Problem.at(*at, message="a referral needs the services it may go to"))
    if set(action.scope) & set(action.avoid_scope):
        found.append(Problem.at(*at, "avoidScope", message="a scope both needed and avoided"))
    if action.within_days is not None and action.action != "next-date":
        found.append(Problem.at(*at, "withinDays", message="belongs to next-date only"))
    return found
