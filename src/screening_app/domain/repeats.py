"""Repeating groups: a group answered once per repetition (a medicine, a child, a visit).

A session keeps, for each repeating group, its repetitions ("instances": at least one, at most
the group's ``maxRepeats`` or ``MAX_REPEATS``), each with its own answers to the group's items.
Within a repetition an item's conditions and formula read that repetition's answers to the other
items of the group, and the rest of the instrument as usual. For everything outside the group
(conditions, scores, flags), an item of the group has the answers of all repetitions in which it
is shown, as a question that repeats has: ``=`` holds when one of them equals the value, a sum
score adds the weights of all of them.

Stored (``Session.given_answers``, JSON), a repeating group is one entry under its linkId: a list
with one object per repetition, ``{"linkId": answer, ...}``. No answer without a repeating group
ever has that form, so records made before repeating groups existed read as they did. Nested
repeating groups are refused by the loader (one level of repetition).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from screening_app.domain.answers import (
    AnswerError,
    AnswerValue,
    Declined,
    GivenAnswer,
    normalise_answer,
)
from screening_app.domain.instrument import GroupItem, Instrument, walk_items

if TYPE_CHECKING:
    from screening_app.domain.session import CompiledInstrument, Session

MAX_REPEATS = 50


def repeat_owners(instrument: Instrument) -> dict[str, str]:
    """Each item inside a repeating group -> that group's linkId."""
    owner: dict[str, str] = {}
    for item, group, _loc in walk_items(instrument.items):
        if group is not None and (group.repeats or group.link_id in owner):
            owner[item.link_id] = group.link_id if group.repeats else owner[group.link_id]
    return owner


def repeat_members(owner: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Each repeating group -> the items inside it."""
    return {
        group: frozenset(k for k, v in owner.items() if v == group) for group in set(owner.values())
    }


class InstanceView(Mapping[str, Any]):
    """The answers a condition or formula inside one repetition reads: the repetition's own for
    the items of the group, the session's for the rest."""

    def __init__(
        self, outside: Mapping[str, Any], local: Mapping[str, Any], members: frozenset[str]
    ) -> None:
        self._outside = outside
        self._local = local
        self._members = members

    def __getitem__(self, key: str) -> Any:
        source = self._local if key in self._members else self._outside
        return source[key]

    def __iter__(self) -> Iterator[str]:
        yield from (k for k in self._outside if k not in self._members)
        yield from self._local

    def __len__(self) -> int:
        return sum(1 for _ in self)


class RepeatedGroups:
    """The repetitions of a session's repeating groups (used by ``Session`` only)."""

    def __init__(self, compiled: CompiledInstrument) -> None:
        self._c = compiled
        self.given: dict[str, list[dict[str, GivenAnswer]]] = {}
        self.shown: dict[str, list[dict[str, bool]]] = {}
        self.effective: dict[str, list[dict[str, AnswerValue]]] = {}
        for group in compiled.repeat_members:
            self._append(group)

    def _append(self, group: str) -> int:
        members = self._c.repeat_members[group]
        self.given.setdefault(group, []).append(
            {k: v for k, v in self._c.initial.items() if k in members}
        )
        self.shown.setdefault(group, []).append({})
        self.effective.setdefault(group, []).append({})
        return len(self.given[group]) - 1

    def count(self, group: str) -> int:
        return len(self.given[group])

    def limit(self, group: str) -> int:
        item = self._c.items[group]
        found = item.max_repeats if isinstance(item, GroupItem) else None
        return min(found or MAX_REPEATS, MAX_REPEATS)

    # ------------------------------------------------------------------ changes
    def add(self, session: Session, group: str) -> int:
        if self.count(group) >= self.limit(group):
            raise AnswerError("too_many_answers", max=self.limit(group))
        index = self._append(group)
        session._propagate(self._c.repeat_members[group])
        return index

    def remove(self, session: Session, group: str, index: int) -> None:
        self._check_index(group, index)
        for table in (self.given, self.shown, self.effective):
            del table[group][index]
        if not self.given[group]:
            self._append(group)  # a repeating group has at least one (empty) repetition
        session._propagate(self._c.repeat_members[group])

    def answer(self, session: Session, link_id: str, value: Any, index: int) -> GivenAnswer | None:
        group = self._c.repeat_owner[link_id]
        self._check_index(group, index)
        if not self.shown[group][index].get(link_id, False) or link_id in self._c.hidden:
            raise AnswerError("hidden", link_id=link_id)
        if link_id in self._c.locked:
            raise AnswerError("read_only", link_id=link_id)
        normalised = normalise_answer(self._c.items[link_id], value)
        given = self.given[group][index]
        if normalised is None:
            given.pop(link_id, None)
        else:
            given[link_id] = normalised
        session._propagate((link_id,))
        return normalised

    def restore(self, session: Session, group: str, stored: Any) -> list[tuple[str, AnswerError]]:
        """Stored repetitions (a list of ``{linkId: answer}``) given again, in order."""
        if not isinstance(stored, list) or not all(isinstance(i, dict) for i in stored):
            return [(group, AnswerError("expected_answers"))]
        refused: list[tuple[str, AnswerError]] = []
        for index, answers in enumerate(stored[: self.limit(group)]):
            if index >= self.count(group):
                self.add(session, group)
            for link_id in sorted(answers, key=session._position):
                if self._c.repeat_owner.get(link_id) != group:
                    refused.append((link_id, AnswerError("unknown_item", link_id=link_id)))
                    continue
                try:
                    self.answer(session, link_id, answers[link_id], index)
                except AnswerError as error:
                    refused.append((link_id, error))
        return refused

    def _check_index(self, group: str, index: int) -> None:
        if not 0 <= index < self.count(group):
            raise AnswerError("unknown_item", link_id=f"{group}[{index}]")

    # ------------------------------------------------------------------- check
    def check(self, session: Session, link_id: str) -> bool:
        """Work out one item of a repeating group in every repetition: whether it is shown
        in one of them and the answers that count outside the group (the session's, and the
        tally's); True when anything of it changed, in a repetition or outside."""
        c = self._c
        group = c.repeat_owner[link_id]
        members = c.repeat_members[group]
        parent = c.parent[link_id]
        values: list[Any] = []
        shown_somewhere = False
        changed = False
        for index, given in enumerate(self.given[group]):
            local = self.effective[group][index]
            shown_here = self.shown[group][index]
            parent_shown = (
                session._visible.get(group, False)
                if parent == group
                else shown_here.get(parent or "", False)
            )
            view = InstanceView(session._effective, local, members)
            shown = parent_shown and c.predicate[link_id](view, session.context)
            was = shown_here.get(link_id)
            shown_here[link_id] = shown
            before = local.get(link_id)
            if link_id in c.calculated:
                value = session._calculate(link_id, view) if shown else None
            else:
                value = given.get(link_id) if shown else None
            if value is None or isinstance(value, Declined):
                local.pop(link_id, None)
            else:
                local[link_id] = value
                values.extend(value if isinstance(value, tuple) else (value,))
            after = local.get(link_id)
            changed = changed or shown != was or after != before or type(after) is not type(before)
            shown_somewhere = shown_somewhere or shown
        found = tuple(values) if values else None
        effective = session._effective
        old = effective.get(link_id)
        if found is None:
            effective.pop(link_id, None)
        else:
            effective[link_id] = found
        changed = changed or old != found or session._visible.get(link_id) != shown_somewhere
        session._visible[link_id] = shown_somewhere
        session._tally.set_state(
            link_id,
            shown_somewhere,
            found,
            missing=self.missing(link_id),
            declined=self.declined(link_id),
        )
        return changed

    # ----------------------------------------------------------------- reading
    def instance_given(self, link_id: str, index: int) -> GivenAnswer | None:
        group = self._c.repeat_owner[link_id]
        answers = self.given[group]
        return answers[index].get(link_id) if 0 <= index < len(answers) else None

    def instance_shown(self, link_id: str, index: int) -> bool:
        group = self._c.repeat_owner[link_id]
        shown = self.shown[group]
        return 0 <= index < len(shown) and shown[index].get(link_id, False)

    def instance_value(self, link_id: str, index: int) -> AnswerValue | None:
        group = self._c.repeat_owner[link_id]
        effective = self.effective[group]
        return effective[index].get(link_id) if 0 <= index < len(effective) else None

    def stored(self) -> dict[str, tuple[dict[str, GivenAnswer], ...]]:
        """Each repeating group with answers: its repetitions' answers to shown items."""
        out: dict[str, tuple[dict[str, GivenAnswer], ...]] = {}
        for group, instances in self.given.items():
            kept = tuple(
                {
                    link_id: value
                    for link_id, value in answers.items()
                    if self.shown[group][index].get(link_id, False)
                    and link_id not in self._c.locked
                }
                for index, answers in enumerate(instances)
            )
            if any(kept):
                out[group] = kept
        return out

    def missing(self, link_id: str) -> bool:
        """A required item of the group is unanswered in a repetition that shows it."""
        group = self._c.repeat_owner[link_id]
        return any(
            self.shown[group][index].get(link_id, False)
            and link_id not in self.effective[group][index]
            and not isinstance(answers.get(link_id), Declined)
            for index, answers in enumerate(self.given[group])
        )

    def declined(self, link_id: str) -> bool:
        group = self._c.repeat_owner[link_id]
        return any(
            self.shown[group][index].get(link_id, False)
            and isinstance(answers.get(link_id), Declined)
            for index, answers in enumerate(self.given[group])
        )
