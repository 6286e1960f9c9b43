"""The debrief: what the trainee did, point by point against the case's expected pathway.

Two step lists are compared, as DESIGN.md puts it: the case's expected pathway (the gate, each
questionnaire and its result, the required actions) and what the run did (the engine's journal,
the documents opened from the result, and what the record holds afterwards: the referrals with
their consent and scope, the documents made or printed). Each point says whether it was met,
what the trainee did, the case's reason and its source in ``screening.md``, and the case's
common mistakes that belong to it; then the time each step took. The feedback is the list of
points, not a grade.

How each point is judged (the first gate decision counts; later tries do not undo it):

- gate: the expected decision; for "not asked", the expected reason as well;
- each questionnaire: started and taken to its result (every required question answered);
- each result: the band and flags the answers gave are the ones the person's answers give (the
  questions answered differently from the person's script are named);
- same-day: the safety plan was made (produced in the record), not only opened;
- safety plan, notification (the § 133 assessment), pocket card: its form was opened;
- no pocket card: the card was neither printed nor saved;
- referral: a referral is recorded with the expected consent, to one of the expected services,
  sharing at least the expected scope and none of the scope to avoid;
- next date: a next asking date was set (within the case's days, when it gives them);
- follow-up task: a follow-up task was made with the result.

Texts are kept in Danish and English in the debrief itself (a run exported to the trainer's
laptop reads the same there).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from screening_app.domain.instrument import Instrument
from screening_app.domain.training.case import (
    CASE_LANGUAGES,
    TrainingCase,
)
from screening_app.services.consultation import journal as j
from screening_app.services.training.facts import (
    DocumentFact,
    Facts,
    PointResult,
    ReferralFact,
    Text,
    all_languages,
    localized_text,
)
from screening_app.services.training.judge import Judge
from screening_app.services.training.words import WORDS

__all__ = ["Debrief", "DocumentFact", "Facts", "PointResult", "ReferralFact", "StepTime", "debrief"]


@dataclass(frozen=True)
class StepTime:
    name: Text
    seconds: float


@dataclass(frozen=True)
class Debrief:
    case_id: str
    case_version: str
    case_title: Text
    points: tuple[PointResult, ...]
    steps: tuple[StepTime, ...]
    other_mistakes: tuple[Text, ...]  # the case's mistakes that belong to no single point

    @property
    def met(self) -> list[PointResult]:
        return [p for p in self.points if p.met]

    @property
    def missed(self) -> list[PointResult]:
        return [p for p in self.points if not p.met]

    @property
    def total_seconds(self) -> float:
        return self.steps[-1].seconds if self.steps else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "caseId": self.case_id,
            "caseVersion": self.case_version,
            "caseTitle": self.case_title,
            "points": [
                {
                    "id": p.id,
                    "met": p.met,
                    "title": p.title,
                    "found": p.found,
                    "why": p.why,
                    "source": p.source,
                    "mistakes": list(p.mistakes),
                }
                for p in self.points
            ],
            "steps": [{"name": s.name, "seconds": s.seconds} for s in self.steps],
            "otherMistakes": list(self.other_mistakes),
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> Debrief:
        """Read back (``KeyError``/``TypeError``/``ValueError`` for what is not a debrief)."""
        return Debrief(
            case_id=str(data["caseId"]),
            case_version=str(data["caseVersion"]),
            case_title=_text(data["caseTitle"]),
            points=tuple(
                PointResult(
                    id=str(p["id"]),
                    met=bool(p["met"]),
                    title=_text(p["title"]),
                    found=_text(p["found"]),
                    why=_text(p["why"]),
                    source=_text(p["source"]),
                    mistakes=tuple(_text(m) for m in p["mistakes"]),
                )
                for p in data["points"]
            ),
            steps=tuple(StepTime(_text(s["name"]), float(s["seconds"])) for s in data["steps"]),
            other_mistakes=tuple(_text(m) for m in data["otherMistakes"]),
        )


def _text(value: object) -> Text:
    if not isinstance(value, dict) or not all(lang in value for lang in CASE_LANGUAGES):
        raise ValueError("a text in both languages")
    return {lang: str(value[lang]) for lang in CASE_LANGUAGES}


# ---------------------------------------------------------------- the debrief
def debrief(
    case: TrainingCase,
    instruments: Mapping[str, Instrument],
    facts: Facts,
    *,
    day: dt.date,
    ended: dt.datetime,
    service_name: Callable[[str, str], str] = lambda service_id, _lang: service_id,
) -> Debrief:
    """The points of ``case`` judged on ``facts`` (a run started on ``day``, ended at
    ``ended``)."""
    judge = Judge(case, instruments, facts, day, service_name)
    points = [judge.gate()]
    for expected in case.expected.instruments:
        points += [judge.instrument(expected), judge.result(expected)]
    points += [judge.action(action) for action in case.expected.actions]
    tied = {m.point for m in case.mistakes if m.point}
    with_mistakes = tuple(
        PointResult(
            p.id,
            p.met,
            p.title,
            p.found,
            p.why,
            p.source,
            tuple(localized_text(m.text) for m in case.mistakes if m.point == p.id),
        )
        for p in points
    )
    return Debrief(
        case_id=case.id,
        case_version=case.version,
        case_title=localized_text(case.title),
        points=with_mistakes,
        steps=step_times(facts.entries, instruments, ended),
        other_mistakes=tuple(
            localized_text(m.text) for m in case.mistakes if m.point is None or m.point not in tied
        ),
    )


# ----------------------------------------------------------------- the times
def step_times(
    entries: Sequence[j.Entry], instruments: Mapping[str, Instrument], ended: dt.datetime
) -> tuple[StepTime, ...]:
    """The time of each step: the gate (opened to decided), each questionnaire (started to its
    result), the result and what follows (the last result to the end), and the total."""
    if not entries:
        return ()
    steps: list[StepTime] = []
    gate_opened = next((e.at for e in entries if isinstance(e.event, j.GateOpened)), None)
    decided = next(
        (e.at for e in entries if isinstance(e.event, (j.NotAsked, j.Started))),
        None,
    )
    if gate_opened is not None and decided is not None:
        steps.append(StepTime(all_languages("step.gate"), (decided - gate_opened).total_seconds()))
    last_result: dt.datetime | None = None
    for entry in entries:
        event = entry.event
        if not isinstance(event, j.Started):
            continue
        result = next(
            (
                e.at
                for e in entries
                if e.at >= entry.at
                and isinstance(e.event, j.ResultShown)
                and e.event.instrument_id == event.instrument_id
            ),
            None,
        )
        if result is None:
            continue
        instrument = instruments.get(event.instrument_id)
        names = {
            lang: WORDS.text(
                "step.instrument",
                lang,
                name=instrument.title.get(lang) if instrument else event.instrument_id,
            )
            for lang in CASE_LANGUAGES
        }
        steps.append(StepTime(names, (result - entry.at).total_seconds()))
        last_result = result
    if last_result is not None:
        steps.append(
            StepTime(all_languages("step.after"), max(0.0, (ended - last_result).total_seconds()))
        )
    steps.append(
        StepTime(all_languages("step.total"), max(0.0, (ended - entries[0].at).total_seconds()))
    )
    return tuple(steps)
