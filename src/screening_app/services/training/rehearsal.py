"""A case rehearsed: its script played through the real engine and the installed questionnaires
(on a store kept in memory, nothing written), and every difference between what the engine
gives and what the case expects.

The case must get exactly what it expects: each questionnaire's band and flags, the follow-up
questionnaire the result recommends, and the actions the results call for. An urgent flag calls
for the same-day actions and the safety plan; a concern for a child for the notification
assessment; a result that calls for a follow-up for the follow-up task. An expected document
must be one the result offers. CI rehearses every bundled case (a change to a questionnaire that
breaks a case fails there), and ``validate`` rehearses a trainer's case.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from screening_app.domain.instrument import Instrument
from screening_app.domain.pathway import CHILD_CONCERN_FLAG, URGENT_FLAG
from screening_app.domain.training.case import TrainingCase
from screening_app.services.consultation import ConsultationEngine, Journal, ShowingResult
from screening_app.services.consultation.memory_store import (
    MemoryStore,
    NoCopies,
    overview_of,
    person_from,
)
from screening_app.services.training.script import Played, ScriptError, person_data, play
from screening_app.storage.errors import StorageError

# Which document each expected action needs the result to offer.
OFFERED_FOR: dict[str, str] = {
    "safety-plan": "safety-plan",
    "same-day": "safety-plan",
    "notification": "notification",
    "referral": "referral-letter",
    "resource-card": "resource-card",
}


@dataclass(frozen=True)
class Rehearsal:
    played: Played | None
    journal: Journal
    problems: list[str]  # empty: the case gets exactly what it expects


def rehearse(
    case: TrainingCase, instruments: Mapping[str, Instrument], today: dt.date
) -> Rehearsal:
    journal = Journal()
    engine = ConsultationEngine(
        overview_of(person_from(person_data(case, today, "da"))),
        screenings=MemoryStore(instruments.values()),
        copies=NoCopies(),
        instruments=instruments,
        today=lambda: today,
        language=lambda: "da",
        journal=journal,
    )
    try:
        played = play(case, engine, today)
    except (ScriptError, StorageError, ValueError) as error:
        return Rehearsal(None, journal, [f"the script cannot be played: {error}"])
    return Rehearsal(played, journal, differences(case, played.results))


def differences(case: TrainingCase, results: list[ShowingResult]) -> list[str]:
    problems: list[str] = []
    expected = case.expected
    shown = [r for r in results if not r.finalised]  # each questionnaire's result as first shown
    if [r.instrument.id for r in shown] != [e.id for e in expected.instruments]:
        problems.append(
            f"questionnaires run: {[r.instrument.id for r in shown]}, "
            f"expected {[e.id for e in expected.instruments]}"
        )
        return problems
    for want, got in zip(expected.instruments, shown, strict=True):
        band = None if got.computed.band is None else got.computed.band.id
        if band != want.band:
            problems.append(f"{want.id}: band '{band}', expected '{want.band}'")
        flags = sorted(f.id for f in got.computed.flags)
        if flags != sorted(want.flags):
            problems.append(f"{want.id}: flags {flags}, expected {sorted(want.flags)}")
    for earlier, later in itertools.pairwise(shown):
        if later.instrument.id not in earlier.follow_ups:
            problems.append(f"{earlier.instrument.id} does not recommend {later.instrument.id}")
    if shown and shown[-1].follow_ups:
        problems.append(f"the last result recommends {list(shown[-1].follow_ups)}: expect it")
    problems += _action_differences(case, results)
    return problems


def _action_differences(case: TrainingCase, results: list[ShowingResult]) -> list[str]:
    problems: list[str] = []
    wanted = {a.action for a in case.expected.actions}
    flags = {f.id for r in results for f in r.computed.flags}
    offered = {s.kind for r in results for s in r.next_steps}
    follow_up = any(r.follow_up_suggested for r in results)
    if results:
        for flag, actions in (
            (URGENT_FLAG, ("same-day", "safety-plan")),
            (CHILD_CONCERN_FLAG, ("notification",)),
        ):
            for action in actions:
                if (flag in flags) != (action in wanted):
                    raised = "raised" if flag in flags else "not raised"
                    problems.append(f"flag '{flag}' is {raised}: '{action}' must be expected then")
        if follow_up != ("follow-up-task" in wanted):
            problems.append(
                f"the result {'calls' if follow_up else 'does not call'} for a follow-up task"
            )
    for action in sorted(wanted):
        document = OFFERED_FOR.get(action)
        if document is not None and document not in offered:
            problems.append(f"'{action}' is expected, but the result offers no {document}")
    if not results and wanted - {"next-date"}:
        problems.append("nothing is asked: only 'next-date' can be expected")
    return problems
