"""The answer session: one instrument, one language, one context, and the answers given so far.

Pure and deterministic: no clock, no I/O. The caller (a use case) stores each answer as it is
given; this object says what is visible, whether the session is complete, and the result.

Visibility is recomputed incrementally: an answer to item X re-evaluates only the items whose
conditions depend on X (directly or through other items), in document order. Items may only
depend on earlier items (the loader enforces it), so one ordered pass is exact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.answers import AnswerError, AnswerValue, normalise_answer
from screening_app.domain.base import LocalizedText, json_value
from screening_app.domain.conditions import Comparison, Predicate, comparisons, compile_condition
from screening_app.domain.context import Context
from screening_app.domain.instrument import (
    Actions,
    Band,
    DateItem,
    Flag,
    Instrument,
    Item,
    MultiChoiceItem,
    is_question,
    walk_items,
)
from screening_app.domain.messages import MESSAGES, language_name
from screening_app.domain.scoring import compute_score, find_band


def _always(_answers: Mapping[str, Any], _context: Context) -> bool:
    return True


def comparison_value(instrument: Instrument, comparison: Comparison) -> Any:
    """The value a comparison compares with, in the item's answer type (ISO text -> date)."""
    if comparison.item is not None and isinstance(comparison.value, str):
        item = instrument.items_by_id.get(comparison.item)
        if isinstance(item, DateItem):
            try:
                return dt.date.fromisoformat(comparison.value)
            except ValueError:
                return comparison.value
    return comparison.value


@dataclass(frozen=True)
class CompiledInstrument:
    """What a session needs, computed once per instrument: order, predicates, dependents."""

    instrument: Instrument
    order: tuple[str, ...]
    items: Mapping[str, Item]
    parent: Mapping[str, str | None]
    predicate: Mapping[str, Predicate]
    dependents: Mapping[str, tuple[str, ...]]  # item -> items to re-check, in document order
    flags: tuple[tuple[Flag, Predicate], ...]
    band_conditions: Mapping[str, Predicate] = field(default_factory=dict)  # band id -> `when`

    @staticmethod
    def build(instrument: Instrument) -> CompiledInstrument:
        multi = frozenset(
            item.link_id
            for item, _parent, _loc in walk_items(instrument.items)
            if isinstance(item, MultiChoiceItem)
        )

        def convert(comparison: Comparison) -> Any:
            return comparison_value(instrument, comparison)

        order: list[str] = []
        items: dict[str, Item] = {}
        parent: dict[str, str | None] = {}
        predicate: dict[str, Predicate] = {}
        direct: dict[str, set[str]] = {}
        for item, group, _loc in walk_items(instrument.items):
            link_id = item.link_id
            order.append(link_id)
            items[link_id] = item
            parent[link_id] = group.link_id if group else None
            if group is not None:
                direct.setdefault(group.link_id, set()).add(link_id)
            if item.enable_when is None:
                predicate[link_id] = _always
            else:
                predicate[link_id] = compile_condition(item.enable_when, multi, convert)
                for comparison in comparisons(item.enable_when):
                    if comparison.item is not None:
                        direct.setdefault(comparison.item, set()).add(link_id)
        position = {link_id: index for index, link_id in enumerate(order)}
        dependents: dict[str, tuple[str, ...]] = {}
        for link_id in order:
            seen: set[str] = set()
            stack = list(direct.get(link_id, ()))
            while stack:
                current = stack.pop()
                if current not in seen:
                    seen.add(current)
                    stack.extend(direct.get(current, ()))
            dependents[link_id] = tuple(sorted(seen, key=position.__getitem__))
        flags = tuple(
            (flag, compile_condition(flag.when, multi, convert)) for flag in instrument.flags
        )
        bands = instrument.outcome.bands if instrument.outcome is not None else []
        band_conditions = {
            band.id: compile_condition(band.when, multi, convert)
            for band in bands
            if band.when is not None
        }
        return CompiledInstrument(
            instrument=instrument,
            order=tuple(order),
            items=items,
            parent=parent,
            predicate=predicate,
            dependents=dependents,
            flags=flags,
            band_conditions=band_conditions,
        )


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

    ``band`` is None until the session is complete; flags are raised as soon as their answers
    are given (an urgent answer counts even in an unfinished session).
    """

    instrument: Instrument
    language: str
    scores: dict[str, float]
    band: Band | None
    flags: tuple[Flag, ...]
    actions: Actions
    complete: bool
    missing: tuple[str, ...] = field(default=())

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
        }


class Session:
    """Answers to one instrument in one language and context."""

    def __init__(
        self,
        instrument: Instrument | CompiledInstrument,
        language: str,
        context: Context | None = None,
    ) -> None:
        compiled = (
            instrument
            if isinstance(instrument, CompiledInstrument)
            else CompiledInstrument.build(instrument)
        )
        if language not in compiled.instrument.language_codes:
            available = ", ".join(compiled.instrument.language_codes)
            raise ValueError(f"the instrument has no language '{language}' (it has {available})")
        self._c = compiled
        self.instrument = compiled.instrument
        self.language = language
        self.context = context or Context()
        self._given: dict[str, AnswerValue] = {}
        self._visible: dict[str, bool] = {}
        self._effective: dict[str, AnswerValue] = {}
        self._refresh(self._c.order)

    # ---------------------------------------------------------------- visibility
    def _refresh(self, link_ids: Iterable[str]) -> None:
        predicate = self._c.predicate
        parent = self._c.parent
        visible = self._visible
        effective = self._effective
        context = self.context
        for link_id in link_ids:
            group = parent[link_id]
            shown = (group is None or visible[group]) and predicate[link_id](effective, context)
            visible[link_id] = shown
            value = self._given.get(link_id) if shown else None
            if value is None:
                effective.pop(link_id, None)
            else:
                effective[link_id] = value

    def is_visible(self, link_id: str) -> bool:
        return self._visible[link_id]

    def visible_items(self) -> list[Item]:
        """Every item shown now (groups, texts and questions), in document order."""
        return [self._c.items[i] for i in self._c.order if self._visible[i]]

    def visible_questions(self) -> list[Item]:
        return [item for item in self.visible_items() if is_question(item)]

    # ------------------------------------------------------------------- answers
    def answer(self, link_id: str, value: Any) -> AnswerValue | None:
        """Accept (or, with ``None``/empty, clear) an answer; returns its canonical form."""
        item = self._c.items.get(link_id)
        if item is None:
            raise AnswerError("unknown_item", link_id=link_id)
        if not is_question(item):
            raise AnswerError("not_a_question", link_id=link_id)
        if not self._visible[link_id]:
            raise AnswerError("hidden", link_id=link_id)
        normalised = normalise_answer(item, value)
        if normalised is None:
            self._given.pop(link_id, None)
        else:
            self._given[link_id] = normalised
        self._refresh((link_id, *self._c.dependents[link_id]))
        return normalised

    def clear(self, link_id: str) -> None:
        self.answer(link_id, None)

    def restore(self, answers: Mapping[str, Any]) -> list[tuple[str, AnswerError]]:
        """Re-apply stored answers (in document order); returns those that were refused."""
        refused: list[tuple[str, AnswerError]] = []
        for link_id in sorted(answers, key=self._position):
            try:
                self.answer(link_id, answers[link_id])
            except AnswerError as error:
                refused.append((link_id, error))
        return refused

    def _position(self, link_id: str) -> int:
        try:
            return self._c.order.index(link_id)
        except ValueError:
            return len(self._c.order)

    def given(self, link_id: str) -> AnswerValue | None:
        """The answer given to an item, shown or not."""
        return self._given.get(link_id)

    @property
    def answers(self) -> dict[str, AnswerValue]:
        """The answers that count: to items shown now."""
        return dict(self._effective)

    def missing_required(self) -> list[str]:
        return [
            link_id
            for link_id in self._c.order
            if self._visible[link_id]
            and getattr(self._c.items[link_id], "required", False)
            and link_id not in self._effective
        ]

    @property
    def complete(self) -> bool:
        return not self.missing_required()

    # -------------------------------------------------------------------- result
    def result(self) -> Result:
        instrument = self.instrument
        effective = self._effective
        scores = {s.id: compute_score(instrument, s, effective) for s in instrument.scores}
        missing = tuple(self.missing_required())
        band = None
        if instrument.outcome is not None and not missing:
            # No band until every required question is answered: a half-answered screen
            # with only "no" so far must not read as green.
            # The first band whose range holds the score and whose condition (if any) holds.
            conditions = self._c.band_conditions
            band = find_band(
                instrument.outcome,
                scores[instrument.outcome.score],
                lambda band: conditions[band.id](effective, self.context),
            )
        flags = tuple(flag for flag, holds in self._c.flags if holds(effective, self.context))
        actions = merge_actions(
            [*([band.actions] if band else []), *(flag.actions for flag in flags)]
        )
        return Result(
            instrument=instrument,
            language=self.language,
            scores=scores,
            band=band,
            flags=flags,
            actions=actions,
            complete=not missing,
            missing=missing,
        )

    def summary(self) -> str:
        """A plain-language summary of the result in the session's language."""
        return summarise(self.result())


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
    if result.band is not None:
        colour = MESSAGES.text(f"colour.{result.band.colour}", lang)
        lines.append(
            MESSAGES.text("summary.result", lang, band=f"{result.band.title.get(lang)} ({colour})")
        )
        lines.append(result.band.text.get(lang))
    elif instrument.outcome is None:
        lines.append(MESSAGES.text("summary.no_result", lang))
    shown = [
        f"{instrument.score(score_id).title.get(lang)} {value:g}"
        for score_id, value in result.scores.items()
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


def answers_json(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as JSON values (tuples as lists, dates as ISO strings)."""
    return {link_id: json_value(value) for link_id, value in answers.items()}
