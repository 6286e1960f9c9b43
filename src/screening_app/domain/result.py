"""The result of a session, and its plain-language summary.

``Result`` is where a session stands (scores, band, raised flags, what to do now, completeness,
declined answers); ``summarise`` says it in the session's language. Built by
``domain.session.Session.result``; kept here so both stay small.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.base import LocalizedText
from screening_app.domain.declined import declined_text, score_range_text
from screening_app.domain.instrument import Actions, Band, Flag, Instrument
from screening_app.domain.messages import MESSAGES, language_name


def merge_actions(parts: Iterable[Actions]) -> Actions:
    """Actions in order, each step, instrument, service and document once."""
    steps: list[LocalizedText] = []
    instruments: list[str] = []
    services: list[str] = []
    documents: list[Any] = []
    for actions in parts:
        steps.extend(s for s in actions.steps if s not in steps)
        instruments.extend(i for i in actions.instruments if i not in instruments)
        services.extend(s for s in actions.services if s not in services)
        documents.extend(d for d in actions.documents if d not in documents)
    return Actions(steps=steps, instruments=instruments, services=services, documents=documents)


@dataclass(frozen=True)
class Result:
    """Where a session stands: scores, band, raised flags, what to do now, completeness.

    ``band`` is None until the session is complete, and when declined answers leave it open
    (``undetermined``); flags are raised as soon as their answers are given (an urgent answer
    counts even in an unfinished session). ``declined`` lists every shown question the person
    declined to answer; ``outcome_declined`` and ``outcome_questions`` count the shown questions
    that feed the outcome score ("declined 2 of 5"). A score a declined item feeds also has its
    possible range in ``score_ranges`` (its value in ``scores`` counts only what was answered).
    """

    instrument: Instrument
    language: str
    scores: dict[str, float]
    band: Band | None
    flags: tuple[Flag, ...]
    actions: Actions
    complete: bool
    missing: tuple[str, ...] = field(default=())
    declined: tuple[str, ...] = field(default=())
    outcome_declined: tuple[str, ...] = field(default=())
    outcome_questions: tuple[str, ...] = field(default=())
    undetermined: bool = False
    score_ranges: dict[str, tuple[float, float]] = field(default_factory=dict)

    def declined_line(self, lang: str) -> str | None:
        """ "Screening incomplete: declined 2 of 5", or the count beside a band; None when no
        question that gives the result was declined."""
        if not self.outcome_declined:
            return None
        return declined_text(
            len(self.outcome_declined),
            len(self.outcome_questions),
            lang,
            determined=not self.undetermined,
        )

    def to_json(self) -> dict[str, Any]:
        lang = self.language
        return {
            "instrument": self.instrument.id,
            "version": self.instrument.version,
            "language": lang,
            "translationVersion": self.instrument.translation_version(lang),
            "scores": self.scores,
            "band": None
            if self.band is None
            else {
                "id": self.band.id,
                "colour": self.band.colour,
                "title": self.band.title.get(lang),
            },
            "flags": [{"id": f.id, "title": f.title.get(lang)} for f in self.flags],
            "actions": {
                "steps": [s.get(lang) for s in self.actions.steps],
                "instruments": list(self.actions.instruments),
                "services": list(self.actions.services),
                "documents": list(self.actions.documents),
            },
            "complete": self.complete,
            "missing": list(self.missing),
            "declined": list(self.declined),
            "outcomeDeclined": list(self.outcome_declined),
            "outcomeQuestions": len(self.outcome_questions),
            "undetermined": self.undetermined,
        }


def summarise(result: Result) -> str:
    lang = result.language
    instrument = result.instrument
    lines = [
        MESSAGES.text(
            "summary.heading",
            lang,
            title=instrument.title.get(lang),
            version=instrument.version,
            language=language_name(lang, lang),
        )
    ]
    if not result.complete:
        lines.append(MESSAGES.text("summary.incomplete", lang, count=len(result.missing)))
    declined_line = result.declined_line(lang)
    if declined_line is not None:
        lines.append(declined_line)
    if result.band is not None:
        colour = MESSAGES.text(f"colour.{result.band.colour}", lang)
        lines.append(
            MESSAGES.text("summary.result", lang, band=f"{result.band.title.get(lang)} ({colour})")
        )
        lines.append(result.band.text.get(lang))
    elif instrument.outcome is None:
        lines.append(MESSAGES.text("summary.no_result", lang))
    shown = [
        f"{instrument.score(score_id).title.get(lang)} {score_value_text(result, score_id, lang)}"
        for score_id in result.scores
        if instrument.score(score_id).show_in_summary
    ]
    if shown:
        lines.append(MESSAGES.text("summary.scores", lang, scores=", ".join(shown)))
    if result.flags:
        flags = ", ".join(flag.title.get(lang) for flag in result.flags)
        lines.append(MESSAGES.text("summary.flags", lang, flags=flags))
        lines.extend(flag.text.get(lang) for flag in result.flags)
    if result.actions.steps:
        lines.append(MESSAGES.text("summary.actions", lang))
        lines.extend(f"- {step.get(lang)}" for step in result.actions.steps)
    return "\n".join(lines)


def score_value_text(result: Result, score_id: str, lang: str) -> str:
    """A score as written for people: ``3``, or ``1-3 (2 declined)`` when declined answers
    leave it open."""
    value = result.scores[score_id]
    if score_id not in result.score_ranges:
        return f"{value:g}"
    low, high = result.score_ranges[score_id]
    items = result.instrument.score(score_id).items
    count = sum(1 for link_id in result.declined if link_id in items)
    return score_range_text(low, high, count, lang)
