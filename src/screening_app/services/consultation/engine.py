"""One person's consultation, Qt-free: the gate, the questions, the result, what comes next.

The engine owns the one ``Session`` of each screening it shows and answers every "what now?"
with a typed step (``steps``); the screens render steps and send intents, nothing more. Each
intent is checked against the navigation map (``navigation.NAVMAP``) first, then recorded
through the use cases (``ScreeningService``: every answer committed as it is given, one audit
entry each) before the next step is returned: what the screen shows is what the record holds.

Decisions that live here, and nowhere in the screens:
- a draft resumes at its first unanswered question; a finished or complete one opens at its
  result;
- the questions' language: the one chosen at the gate if the instrument has it, else the UI's,
  else the instrument's first;
- the person's context (role, pregnancy or after the birth) from the person's record;
- how the consultation happens (form, presence, interpreter) goes with every screening it
  starts, and a resumed one keeps its own;
- a result is finalised before a follow-up questionnaire starts (with the next date the
  clinician chose, or the schedule's);
- what the result offers next, in order, urgent first; and whether a follow-up task at the next
  visit is suggested;
- the retry date at the gate, the preferred screen, the other parent's prompt.

An optional ``journal`` (``journal.Journal``) receives, after each intent is carried out, what
was done and its outcome (training mode's debrief compares it with a case's expected pathway);
without one the engine behaves exactly the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from screening_app.domain.answers import GivenAnswer
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.domain.override import BandOverride, apply_override
from screening_app.domain.pathway import (
    NOT_ASKED_REASONS,
    URGENT_FLAG,
    follow_up_suggested,
)
from screening_app.domain.person_context import context_for_person
from screening_app.domain.presence import Circumstances
from screening_app.domain.record_note import record_note
from screening_app.services.consultation import journal as j
from screening_app.services.consultation.navigation import (
    Intent,
    NavigationError,
    StepName,
    move,
)
from screening_app.services.consultation.offers import (
    PREFERRED_SCREEN,
    next_steps,
    session_language,
)
from screening_app.services.consultation.ports import NoteCopies, ScreeningStore
from screening_app.services.consultation.steps import (
    Asking,
    AtGate,
    Ended,
    ShowingResult,
    Step,
)
from screening_app.services.how_asked import circumstances_of
from screening_app.services.person_overview import PersonOverview
from screening_app.services.screenings import Draft, FollowUp
from screening_app.storage.errors import StorageError


@dataclass
class _Open:
    """The screening the consultation shows now."""

    draft: Draft
    finalised: bool
    override: BandOverride | None
    next_ask: dt.date | None  # as planned at finalisation

    @property
    def screening_id(self) -> int:
        return self.draft.screening.id


class ConsultationEngine:
    """One consultation with one person (made when the person's page asks, dropped after)."""

    def __init__(
        self,
        overview: PersonOverview,
        *,
        screenings: ScreeningStore,
        copies: NoteCopies,
        instruments: Mapping[str, Instrument],
        today: Callable[[], dt.date],
        language: Callable[[], str],
        printable: bool = False,
        journal: j.Journal | None = None,
    ) -> None:
        self._overview = overview
        self._screenings = screenings
        self._copies = copies
        self._instruments = instruments
        self._today = today
        self._language = language
        self._printable = printable  # the finished questionnaire can be printed here
        self._step: Step = Ended(recorded=False)
        self._name: StepName = "idle"
        self._open: _Open | None = None
        self._circumstances: Circumstances | None = None
        self._self_complete = False
        self._run_here: set[str] = set()  # instruments run in this consultation
        self._follow_up_planned: dt.date | None = None
        self._recorded = False
        self._journal = journal

    # ------------------------------------------------------------------- state
    @property
    def person_id(self) -> int:
        return self._overview.history.person.id

    @property
    def step(self) -> Step:
        return self._step

    @property
    def step_name(self) -> StepName:
        return self._name

    def _go(self, intent: Intent) -> StepName:
        finalised = self._open is not None and self._open.finalised
        return move(self._name, intent, finalised=finalised).to

    def _show(self, name: StepName, step: Step) -> Step:
        self._name = name
        self._step = step
        return step

    def _note(self, event: j.Event) -> None:
        if self._journal is not None:
            self._journal.add(event)

    def _instrument_id(self) -> str:
        current = self._require_open()
        return current.draft.session.instrument.id

    # -------------------------------------------------------------------- gate
    def open_gate(self) -> AtGate:
        to = self._go("open-gate")
        schedule = self._overview.schedule
        offered = sorted(
            (i for i in self._instruments.values() if i.status == "active"),
            key=lambda i: (i.id != PREFERRED_SCREEN, i.kind != "screen", i.id),
        )
        preferred = offered[0].id if offered else None
        step = AtGate(
            person_id=self.person_id,
            person_name=self._overview.history.person.data.name,
            instruments=tuple(offered),
            preferred=preferred,
            reasons=NOT_ASKED_REASONS,
            retry_date=self._today() + dt.timedelta(days=schedule.retry_after_days),
        )
        self._show(to, step)
        self._note(j.GateOpened())
        return step

    def not_asked(
        self,
        reason: str,
        next_date: dt.date | None,
        circumstances: Circumstances | None = None,
    ) -> Ended:
        """The gate said no: "not asked", the reason and when to ask again."""
        to = self._go("not-asked")
        self._screenings.record_not_asked(
            self.person_id,
            reason,
            next_ask_date=next_date,
            context=self._context(),
            circumstances=circumstances,
        )
        step = Ended(recorded=True)
        self._show(to, step)
        self._note(j.NotAsked(reason, next_date, circumstances))
        return step

    def start(
        self,
        instrument_id: str,
        language: str | None = None,
        *,
        self_complete: bool = False,
        circumstances: Circumstances | None = None,
    ) -> Asking:
        """The gate said yes: a new screening (what the gate recorded goes with it)."""
        to = self._go("start")
        if circumstances is not None:
            self._circumstances = circumstances
        self._self_complete = self_complete
        return self._start(instrument_id, language, to, via="gate")

    def _start(self, instrument_id: str, language: str | None, to: StepName, *, via: str) -> Asking:
        instrument = self._instruments.get(instrument_id)
        if instrument is None:
            raise StorageError("invalid", detail=f"no instrument '{instrument_id}'")
        draft = self._screenings.start(
            self.person_id,
            instrument_id,
            session_language(instrument, [language, self._language()]),
            context=self._context(),
            circumstances=self._circumstances,
        )
        self._recorded = True
        self._run_here.add(instrument_id)
        self._open = _Open(draft, finalised=False, override=None, next_ask=None)
        asking = self._asking(to, start_at=None)
        self._note(
            j.Started(
                instrument_id,
                instrument.version,
                draft.session.language,
                self._self_complete,
                self._circumstances,
                via,
            )
        )
        return asking

    def resume(self, screening_id: int, *, take_over: bool = False) -> Asking | ShowingResult:
        """Reopen a screening: a draft where it stopped, a complete or finished one at its
        result (the consultation then goes on from there, with how it was asked then). A draft
        is held here while it is answered: refused (``screening-in-use``, nothing changed)
        while another workstation holds it, unless ``take_over``."""
        self._go("resume")
        draft = self._screenings.open(screening_id, hold=True, take_over=take_over)
        screening = draft.screening
        if screening.person_id != self.person_id:
            raise StorageError("no-such-record")
        self._circumstances = circumstances_of(screening)
        self._self_complete = False
        finalised = screening.status == "finalised"
        override = None
        if screening.override_band_id is not None and screening.override_reason:
            override = BandOverride(screening.override_band_id, screening.override_reason)
        self._open = _Open(draft, finalised, override, screening.next_ask_date)
        if screening.instrument_id:
            self._run_here.add(screening.instrument_id)
        self._note(j.Resumed(screening.instrument_id or "", finalised))
        resume_at = draft.resume_at
        if finalised or (resume_at is None and draft.session.complete):
            return self._result("result")
        return self._asking("asking", start_at=resume_at)

    # --------------------------------------------------------------- questions
    def answer(self, link_id: str, value: object) -> GivenAnswer | None:
        """One answer (None clears it), checked by the screening's session and stored at once.

        Raises ``AnswerError`` for an answer the item cannot take, and the storage's error when
        it cannot be stored: then the session is as it was (what the screen shows is what the
        record holds). Returns the answer as stored.
        """
        self._go("answer")
        current = self._require_open()
        session = current.draft.session
        previous = session.given(link_id)
        value_now = session.answer(link_id, value)
        if value_now == previous:
            return value_now
        try:
            self._screenings.record_answer(current.screening_id, link_id, value_now)
        except BaseException:
            session.answer(link_id, previous)
            raise
        self._recorded = True
        self._note(j.Answered(session.instrument.id, link_id, j.answer_value(value_now)))
        return value_now

    def set_self_complete(self, self_complete: bool) -> None:
        """The runner's mode changed (the person answers alone, or the clinician took back the
        screen with the password): a later return to the questions keeps it."""
        self._self_complete = self_complete

    def finish(self) -> ShowingResult:
        """Every required question is answered: the result."""
        return self._result(self._go("finish"))

    def back(self) -> Asking:
        """From a draft's result back to its questions."""
        return self._asking(self._go("back"), start_at=None)

    def leave(self) -> Ended:
        """Back to the person's page (every answer is already stored)."""
        step = Ended(recorded=self._recorded)
        self._show(self._go("leave"), step)
        self._note(j.Left(done=False))
        return step

    # ------------------------------------------------------------------ result
    def override(self, band_id: str, reason: str) -> ShowingResult:
        """The clinician's band, with a reason (choosing the computed band removes it)."""
        to = self._go("override")
        current = self._require_open()
        computed = current.draft.session.result()
        same = computed.band is not None and computed.band.id == band_id
        current.override = None if same else BandOverride(band_id, reason)
        self._note(j.Overridden(current.draft.session.instrument.id, band_id))
        return self._result(to)

    def note(self, lang: str, service_names: Mapping[str, str]) -> str:
        """The concise note for the clinical record, in ``lang``."""
        step = self._require_result()
        return record_note(
            step.computed,
            lang,
            override=step.override,
            date=self._today(),
            instrument_names=step.instrument_names,
            service_names=service_names,
        )

    def note_copied(self) -> None:
        """The note left through the clipboard: recorded (audited) like a view."""
        self._go("note-copied")
        self._copies.copied(self._require_open().screening_id)
        self._note(j.NoteCopied(self._instrument_id()))

    def finalise(
        self, next_ask: dt.date | None, follow_up: FollowUp | None = None
    ) -> ShowingResult:
        """Keep the result in the record: locked from now on, only an amendment changes it."""
        to = self._go("finalise")
        self._finalise(next_ask, follow_up)
        return self._result(to)

    def _finalise(self, next_ask: dt.date | None, follow_up: FollowUp | None) -> None:
        current = self._require_open()
        self._screenings.finalise(
            current.screening_id,
            next_ask_date=next_ask,
            override=current.override,
            follow_up=follow_up,
        )
        self._recorded = True
        current.finalised = True
        current.next_ask = next_ask
        if follow_up is not None:
            self._follow_up_planned = follow_up.due_date
        self._note(
            j.Finalised(
                current.draft.session.instrument.id,
                next_ask,
                None if follow_up is None else follow_up.due_date,
            )
        )

    def follow_up(
        self,
        instrument_id: str,
        *,
        next_ask: dt.date | None = None,
        follow_up: FollowUp | None = None,
    ) -> Asking:
        """The follow-up questionnaire the result recommends; a draft result is finalised
        first (with ``next_ask`` and ``follow_up``, as the clinician left them)."""
        to = self._go("follow-up")
        current = self._require_open()
        if not current.finalised:
            self._finalise(next_ask, follow_up)
        self._self_complete = False
        return self._start(instrument_id, None, to, via="follow-up")

    def amend(self, reason: str) -> Asking:
        """A new version of the finalised result; the finalised one stays in the record."""
        to = self._go("amend")
        current = self._require_open()
        draft = self._screenings.amend(current.screening_id, reason)
        self._recorded = True
        self._open = _Open(draft, finalised=False, override=None, next_ask=None)
        self._self_complete = False
        self._note(j.Amended(draft.session.instrument.id))
        return self._asking(to, start_at=None)

    def done(self) -> Ended:
        step = Ended(recorded=self._recorded)
        self._show(self._go("done"), step)
        self._note(j.Left(done=True))
        return step

    # ----------------------------------------------------------------- helpers
    def _require_open(self) -> _Open:
        if self._open is None:
            raise NavigationError("no screening is open")
        return self._open

    def _require_result(self) -> ShowingResult:
        step = self._step
        if not isinstance(step, ShowingResult):
            raise NavigationError("no result is shown")
        return step

    def _context(self) -> Context:
        data = self._overview.history.person.data
        return context_for_person(
            data.role, data.child_birth_date, data.child_birth_date_kind, self._today()
        )

    def _asking(self, to: StepName, *, start_at: str | None) -> Asking:
        current = self._require_open()
        step = Asking(
            screening_id=current.screening_id,
            session=current.draft.session,
            self_complete=self._self_complete,
            start_at=start_at,
            version=current.draft.screening.version,
        )
        self._show(to, step)
        return step

    def _result(self, to: StepName) -> ShowingResult:
        current = self._require_open()
        computed = current.draft.session.result()
        shown = computed if current.override is None else apply_override(computed, current.override)
        concerns = tuple(sorted(shown.flags, key=lambda flag: flag.id != URGENT_FLAG))
        flag_steps = {step for flag in shown.flags for step in flag.actions.steps}
        follow_ups = tuple(i for i in shown.actions.instruments if i not in self._run_here)
        next_ask = (
            current.next_ask
            if current.finalised
            else self._overview.next_after_asking(self._today())
        )
        lang = self._language()
        step = ShowingResult(
            screening_id=current.screening_id,
            computed=computed,
            shown=shown,
            override=current.override,
            finalised=current.finalised,
            next_ask=next_ask,
            concerns=concerns,
            steps=tuple(s for s in shown.actions.steps if s not in flag_steps),
            follow_ups=follow_ups,
            next_steps=next_steps(
                shown, follow_ups, finalised=current.finalised, printable=self._printable
            ),
            follow_up_suggested=follow_up_suggested(shown),
            follow_up_planned=self._follow_up_planned,
            other_parent_not_asked=self._other_parent_not_asked(computed.instrument),
            instrument_names={
                i.id: i.title.get(lang, computed.language) for i in self._instruments.values()
            },
        )
        self._show(to, step)
        self._note(j.result_shown(step))
        return step

    def _other_parent_not_asked(self, instrument: Instrument) -> bool:
        """This parent has just been asked (a screen); the linked other parent not yet."""
        status = self._overview.co_parent_status
        return status is not None and instrument.kind == "screen" and not status.other_asked
