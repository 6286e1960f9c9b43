"""What happened in a consultation, in order and timed: the engine's optional journal.

The engine reports each intent it carried out, with its outcome, as a typed event (the gate's
decision and reason, how the consultation happened, the questionnaire started, each answer, the
result with its band and flags, the finalisation with the next date and the follow-up task,
the follow-up questionnaire, the amendment); the screens add the documents opened from the
result (``DocumentOpened``). Each event is stamped by the journal's clock as it arrives.

Training mode keeps one journal per case and compares it with the case's expected pathway
(``services.training.debrief``); a clinic consultation has no journal (the record and the audit
trail are the clinic's account of what happened). An intent the engine refused (a navigation
error, a storage error) is not in the journal: only what was done is.

``to_json`` / ``from_json`` give the events as plain data (the training runs store them in the
training database, encrypted like everything else).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from screening_app.domain.answers import GivenAnswer, answer_json
from screening_app.domain.presence import Circumstances
from screening_app.services.consultation.steps import ShowingResult


@dataclass(frozen=True)
class GateOpened:
    kind: ClassVar[str] = "gate-opened"


@dataclass(frozen=True)
class NotAsked:
    """The gate said no: the reason, when to ask again, and how the consultation happened."""

    kind: ClassVar[str] = "not-asked"
    reason: str
    next_date: dt.date | None
    circumstances: Circumstances | None


@dataclass(frozen=True)
class Started:
    """A questionnaire started from the gate (or as a follow-up, or an amendment's new draft)."""

    kind: ClassVar[str] = "started"
    instrument_id: str
    version: str
    language: str
    self_complete: bool
    circumstances: Circumstances | None
    via: str = "gate"  # "gate", "follow-up" or "amend"


@dataclass(frozen=True)
class Resumed:
    kind: ClassVar[str] = "resumed"
    instrument_id: str
    finalised: bool


@dataclass(frozen=True)
class Answered:
    """One answer stored (``value`` None: taken back)."""

    kind: ClassVar[str] = "answered"
    instrument_id: str
    link_id: str
    value: Any  # the answer as stored (JSON form), or None


@dataclass(frozen=True)
class ResultShown:
    """The result on screen: the computed band and flags, and the band shown (an override)."""

    kind: ClassVar[str] = "result"
    instrument_id: str
    band: str | None
    flags: tuple[str, ...]
    shown_band: str | None
    finalised: bool
    offered: tuple[str, ...]  # the next steps' kinds, in order


@dataclass(frozen=True)
class Overridden:
    kind: ClassVar[str] = "overridden"
    instrument_id: str
    band: str


@dataclass(frozen=True)
class Finalised:
    """The result kept in the record, with the next asking date and the follow-up task."""

    kind: ClassVar[str] = "finalised"
    instrument_id: str
    next_ask: dt.date | None
    follow_up: dt.date | None  # the task's due date, None when no task was made


@dataclass(frozen=True)
class Amended:
    kind: ClassVar[str] = "amended"
    instrument_id: str


@dataclass(frozen=True)
class NoteCopied:
    kind: ClassVar[str] = "note-copied"
    instrument_id: str


@dataclass(frozen=True)
class DocumentOpened:
    """A document's dialog opened from the result or the person's page (the screens say it)."""

    kind: ClassVar[str] = "document-opened"
    document: str  # resource-card, referral-letter, safety-plan, notification, print-completed
    screening_id: int | None = None


@dataclass(frozen=True)
class Left:
    """Back to the person's page (``done``: the result was closed; else left part-way)."""

    kind: ClassVar[str] = "left"
    done: bool


Event = (
    GateOpened
    | NotAsked
    | Started
    | Resumed
    | Answered
    | ResultShown
    | Overridden
    | Finalised
    | Amended
    | NoteCopied
    | DocumentOpened
    | Left
)
EVENT_TYPES: Mapping[str, type[Any]] = {
    cls.kind: cls
    for cls in (
        GateOpened,
        NotAsked,
        Started,
        Resumed,
        Answered,
        ResultShown,
        Overridden,
        Finalised,
        Amended,
        NoteCopied,
        DocumentOpened,
        Left,
    )
}


@dataclass(frozen=True)
class Entry:
    at: dt.datetime  # aware, UTC
    event: Event


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Journal:
    """The events of one consultation (or of one training case: several consultations with
    the same person), in the order they happened."""

    clock: Callable[[], dt.datetime] = _utc_now
    entries: list[Entry] = field(default_factory=list)
    listeners: list[Callable[[Entry], None]] = field(default_factory=list)

    def add(self, event: Event) -> Entry:
        entry = Entry(self.clock(), event)
        self.entries.append(entry)
        for listener in list(self.listeners):
            listener(entry)
        return entry

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def of(self, kind: type[Any]) -> list[Any]:
        """The events of one type, in order."""
        return [e.event for e in self.entries if isinstance(e.event, kind)]

    # ---------------------------------------------------------------- as data
    def to_json(self) -> list[dict[str, Any]]:
        return [entry_json(entry) for entry in self.entries]

    @staticmethod
    def from_json(data: object) -> Journal:
        """A journal read back (``ValueError`` for anything that is not one)."""
        if not isinstance(data, list):
            raise ValueError("a journal is a list of events")
        journal = Journal()
        journal.entries.extend(entry_from_json(item) for item in data)
        return journal


def circumstances_json(value: Circumstances) -> dict[str, Any]:
    return {
        "form": value.form,
        "interpreter": value.interpreter,
        "present": list(value.present),
        "remoteAlone": value.remote_alone,
    }


def circumstances_from_json(data: object) -> Circumstances:
    if not isinstance(data, dict):
        raise ValueError("circumstances are a mapping")
    found = Circumstances(
        form=data.get("form", "in-person"),
        interpreter=data.get("interpreter"),
        present=tuple(data.get("present") or ()),
        remote_alone=data.get("remoteAlone"),
    )
    if found.problems():
        raise ValueError("circumstances that are not valid")
    return found


def _plain(value: object) -> object:
    if isinstance(value, Circumstances):
        return circumstances_json(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def entry_json(entry: Entry) -> dict[str, Any]:
    data: dict[str, Any] = {"at": entry.at.isoformat(), "type": entry.event.kind}
    for f in fields(entry.event):
        data[f.name] = _plain(getattr(entry.event, f.name))
    return data


_DATES = frozenset({"next_date", "next_ask", "follow_up"})
_TUPLES = frozenset({"flags", "offered"})


def entry_from_json(data: object) -> Entry:
    if not isinstance(data, dict):
        raise ValueError("an event is a mapping")
    kind = data.get("type")
    cls = EVENT_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ValueError("unknown event type")
    at = dt.datetime.fromisoformat(str(data.get("at")))
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        raw = data[f.name]
        if f.name == "circumstances":
            values[f.name] = None if raw is None else circumstances_from_json(raw)
        elif f.name in _DATES:
            values[f.name] = None if raw is None else dt.date.fromisoformat(str(raw))
        elif f.name in _TUPLES:
            values[f.name] = tuple(str(v) for v in raw)
        else:
            values[f.name] = raw
    try:
        return Entry(at, cls(**values))
    except TypeError as error:
        raise ValueError(f"event '{kind}' is incomplete") from error


def answer_value(value: GivenAnswer | None) -> Any:
    """An answer as the journal keeps it (the stored JSON form)."""
    return None if value is None else answer_json(value)


def result_shown(step: ShowingResult) -> ResultShown:
    """The event for a result on screen."""
    computed, shown = step.computed, step.shown
    return ResultShown(
        computed.instrument.id,
        None if computed.band is None else computed.band.id,
        tuple(flag.id for flag in computed.flags),
        None if shown.band is None else shown.band.id,
        step.finalised,
        tuple(s.kind for s in step.next_steps),
    )
