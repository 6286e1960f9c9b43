"""The consultation's navigation map: from each step, which intents lead where.

Declared in one place, as Electrum's wizard declares its ``navmap``: the engine checks every
intent against it before doing anything, so an intent a screen should not have offered (a
follow-up from the gate, an amendment of a draft) is refused the same way everywhere, and a
new step is one new entry here plus its handler in the engine.

Some moves hold only in a state of the step (a result is changed or finalised only while it is
a draft, and amended only once finalised): ``Move.when`` names that state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

StepName = Literal["idle", "gate", "asking", "result", "ended"]
Intent = Literal[
    "open-gate",  # the person's page: "Ask now"
    "resume",  # the person's page: a draft or a finished screening
    "not-asked",  # the gate: record "not asked" with the reason and the next date
    "start",  # the gate: every point confirmed, start the questions
    "leave",  # back to the person's page (the answers so far are kept)
    "answer",  # one answer (or clearing it), stored at once
    "finish",  # every required question answered: show the result
    "back",  # from a draft's result back to its questions
    "override",  # the clinician chooses another band, with a reason
    "note-copied",  # the note for the record was copied (audited)
    "finalise",  # keep the result in the record (with the next date and a follow-up task)
    "follow-up",  # start the follow-up questionnaire the result recommends
    "amend",  # a new version of a finalised result, with a reason
    "done",  # close the result
]
Condition = Literal["draft", "finalised"]


@dataclass(frozen=True)
class Move:
    to: StepName
    when: Condition | None = None


NAVMAP: Mapping[StepName, Mapping[Intent, Move]] = {
    "idle": {
        "open-gate": Move("gate"),
        "resume": Move("asking"),  # or the result, for a finished one (the engine decides)
    },
    "gate": {
        "start": Move("asking"),
        "not-asked": Move("ended"),
        "leave": Move("ended"),
    },
    "asking": {
        "answer": Move("asking"),
        "finish": Move("result"),
        "leave": Move("ended"),
    },
    "result": {
        "back": Move("asking", when="draft"),
        "override": Move("result", when="draft"),
        "note-copied": Move("result"),
        "finalise": Move("result", when="draft"),
        "follow-up": Move("asking"),  # a draft is finalised first
        "amend": Move("asking", when="finalised"),
        "done": Move("ended"),
        "leave": Move("ended"),
    },
    "ended": {
        "open-gate": Move("gate"),
        "resume": Move("asking"),
    },
}


class NavigationError(RuntimeError):
    """An intent the current step does not offer (a screen offered what it should not)."""


def move(step: StepName, intent: Intent, *, finalised: bool = False) -> Move:
    """The move ``intent`` makes from ``step``, or NavigationError."""
    found = NAVMAP[step].get(intent)
    if found is None:
        raise NavigationError(f"'{intent}' is not offered at '{step}'")
    if found.when == "draft" and finalised:
        raise NavigationError(f"'{intent}' needs a draft; this result is finalised")
    if found.when == "finalised" and not finalised:
        raise NavigationError(f"'{intent}' needs a finalised result")
    return found


def offered(step: StepName, *, finalised: bool = False) -> frozenset[Intent]:
    """Every intent the step offers now (what a screen may show a control for)."""
    intents: set[Intent] = set()
    for intent, found in NAVMAP[step].items():
        if found.when == "draft" and finalised:
            continue
        if found.when == "finalised" and not finalised:
            continue
        intents.add(intent)
    return frozenset(intents)
