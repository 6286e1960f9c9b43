"""Use cases for screenings: the gate, every answer committed as given, finalise, amend.

Scores, bands and flags come from the domain engine (``domain.session.Session``); this module
stores what it decides. Each answer is one transaction (and one audit entry), so a draft
survives a kill or a power cut and reopens where it stopped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from screening_app.domain.answers import GivenAnswer, answer_json
from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument, is_question
from screening_app.domain.override import BandOverride
from screening_app.domain.presence import Circumstances
from screening_app.domain.session import CompiledInstrument, Result, Session
from screening_app.services.how_asked import checked_how, how_of
from screening_app.services.session import UserSession
from screening_app.services.validation import note_text, one_of
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import Work
from screening_app.storage.records import NOT_ASKED_REASONS, Screening


@dataclass(frozen=True)
class FollowUp:
    """A follow-up task for the person's next visit, made with the finalised result ("Følg op
    ved næste besøg"); it stays on the person's page until it is marked done."""

    due_date: dt.date  # the next visit
    text: str = ""  # what to follow up (optional; the page names the screening it came from)


@dataclass(frozen=True)
class Draft:
    """A screening with its answer session rebuilt: what to show, the result so far.

    ``screening`` is the record as it was opened; answers given since are in ``session``.
    """

    screening: Screening
    session: Session

    @property
    def result(self) -> Result:
        return self.session.result()

    @property
    def resume_at(self) -> str | None:
        """The first shown question without an answer (where the consultation stopped)."""
        for item in self.session.visible_questions():
            if self.session.given(item.link_id) is None:
                return item.link_id
        return None


def result_snapshot(result: Result) -> dict[str, Any]:
    """What is frozen at finalisation: ids and numbers, no text.

    Declined answers are kept by link id: all of them (``declined``), those that feed the
    outcome score with how many shown questions do (``outcomeDeclined``, ``outcomeQuestions``),
    whether they left the band open (``undetermined``), and the range of each score they feed.
    """
    instrument = result.instrument
    return {
        "instrument": instrument.id,
        "version": instrument.version,
        "language": result.language,
        "translationVersion": instrument.translation_version(result.language),
        "scores": dict(result.scores),
        "band": None
        if result.band is None
        else {"id": result.band.id, "colour": result.band.colour},
        "flags": [flag.id for flag in result.flags],
        "complete": result.complete,
        "missing": list(result.missing),
        "declined": list(result.declined),
        "outcomeDeclined": list(result.outcome_declined),
        "outcomeQuestions": len(result.outcome_questions),
        "undetermined": result.undetermined,
        "scoreRanges": {key: list(pair) for key, pair in result.score_ranges.items()},
    }


class ScreeningService:
    def __init__(self, session: UserSession, instruments: Iterable[Instrument]) -> None:
        self._session = session
        self._compiled = {
            (instrument.id, instrument.version): CompiledInstrument.build(instrument)
            for instrument in instruments
        }
        self._latest: dict[str, Instrument] = {}
        for compiled in self._compiled.values():
            instrument = compiled.instrument
            known = self._latest.get(instrument.id)
            if known is None or _version_key(instrument.version) > _version_key(known.version):
                self._latest[instrument.id] = instrument
        # The drafts answered through ``answer`` (their record as opened; the answers since
        # are in their session).
        self._drafts: dict[int, Draft] = {}

    # ------------------------------------------------------------------- gate
    def start(
        self,
        person_id: int,
        instrument_id: str,
        language: str,
        *,
        context: Context | None = None,
        contact_id: int | None = None,
        circumstances: Circumstances | None = None,
    ) -> Draft:
        """The gate said yes: a draft screening with the current version of the instrument.

        ``circumstances`` (the consultation's form, who was present, the interpreter) is
        recorded with it, and must be safe for asking; None only where nothing was recorded
        (the command line, tests).
        """
        how = checked_how(circumstances, asking=True)
        instrument = self._latest.get(instrument_id)
        if instrument is None:
            raise StorageError("invalid", detail=f"no instrument '{instrument_id}'")
        if language not in instrument.language_codes:
            raise StorageError("invalid", detail=f"the instrument has no language '{language}'")
        context = context or Context()
        with self._session.audited("start-screening", person_id=person_id) as work:
            _require_person(work, person_id)
            screening_id = work.screenings.start(
                person_id=person_id,
                contact_id=contact_id,
                clinician_id=self._session.user.id,
                instrument_id=instrument.id,
                instrument_version=instrument.version,
                language=language,
                translation_version=instrument.translation_version(language),
                context=context.model_dump(by_alias=True),
                how=how,
            )
            work.persons.touch(person_id)
            return self._draft(_require(work.screenings.get(screening_id)))

    def record_not_asked(
        self,
        person_id: int,
        reason: str,
        *,
        next_ask_date: dt.date | None = None,
        context: Context | None = None,
        contact_id: int | None = None,
        circumstances: Circumstances | None = None,
    ) -> Screening:
        """The gate said no (partner present, family interpreter...): reason and next date,
        with how the consultation happened as far as the gate recorded it."""
        one_of(reason, NOT_ASKED_REASONS, "reason for not asking")
        how = checked_how(circumstances, asking=False)
        with self._session.audited("record-not-asked", person_id=person_id) as work:
            _require_person(work, person_id)
            screening_id = work.screenings.record_not_asked(
                person_id=person_id,
                contact_id=contact_id,
                clinician_id=self._session.user.id,
                reason=reason,
                next_ask_date=next_ask_date,
                context=(context or Context()).model_dump(by_alias=True),
                how=how,
            )
            if next_ask_date is not None:
                work.followup.add_task(
                    person_id=person_id,
                    kind="next-ask",
                    due_date=next_ask_date,
                    text="",
                    created_by=self._session.user.id,
                    screening_id=screening_id,
                )
            work.persons.touch(person_id)
            return _require(work.screenings.get(screening_id))

    # ---------------------------------------------------------------- answers
    def answer(self, screening_id: int, link_id: str, value: Any) -> Draft:
        """Check one answer with the engine and commit it at once (or clear it with None).

        The screening's session is kept between answers, so an answer costs one short read
        (whose screening, still a draft?) and one write, whatever was answered before; the
        record is read in full only the first time.
        """
        draft = self._drafts.pop(screening_id, None)
        with self._session.audited("update-screening") as work:
            if draft is None:
                screening = _require(work.screenings.get(screening_id))
                work.concerns(screening.person_id)
                _require_draft(screening)
                draft = self._draft(screening)
            session = draft.session
            previous = session.given(link_id)
            normalised = session.answer(link_id, value)
            try:
                self._store(work, screening_id, link_id, normalised)
            except BaseException:
                session.answer(link_id, previous)  # the session says what the record holds
                raise
        self._drafts[screening_id] = draft
        return draft

    def record_answer(self, screening_id: int, link_id: str, value: GivenAnswer | None) -> None:
        """Store an answer the engine has already checked (a normalised value from the
        screening's own ``Session``; None clears it): one transaction, one audit entry."""
        with self._session.audited("update-screening") as work:
            self._store(work, screening_id, link_id, value)

    @staticmethod
    def _store(work: Work, screening_id: int, link_id: str, value: GivenAnswer | None) -> None:
        owner = work.screenings.owner(screening_id)
        if owner is None:
            raise StorageError("no-such-record")
        person_id, status = owner
        work.concerns(person_id)
        if status != "draft":
            raise StorageError("finalised")
        if value is None:
            work.screenings.clear_answer(screening_id, link_id)
        else:
            work.screenings.set_answer(screening_id, link_id, answer_json(value))
        work.persons.touch(person_id)

    def clear(self, screening_id: int, link_id: str) -> Draft:
        return self.answer(screening_id, link_id, None)

    def open(self, screening_id: int, *, hold: bool = False, take_over: bool = False) -> Draft:
        """Reopen a screening (a draft where it stopped, or a finalised one to read). With
        ``hold`` a draft is opened to be answered here, in the same unit of work: refused
        (``screening-in-use``, naming who) while another workstation holds it, unless taken
        over explicitly (``take_over``, recorded as such in the audit trail)."""
        criterion = "take-over" if hold and take_over else None
        with self._session.audited("view-screening", criterion=criterion) as work:
            screening = _require(work.screenings.get(screening_id))
            work.concerns(screening.person_id)
            if hold and screening.status == "draft":
                work.screenings.take_lease(
                    screening_id, user_id=self._session.user.id, take_over=take_over
                )
            return self._draft(screening)

    def hold(self, screening_id: int, *, take_over: bool = False) -> None:
        """Answer this draft on this workstation: refused (``screening-in-use``, naming who)
        while another workstation holds it, unless taken over explicitly. On a clinic server
        the hold is a lease with a time-out; the embedded file is one workstation's anyway."""
        criterion = "take-over" if take_over else "hold"
        with self._session.audited("view-screening", criterion=criterion) as work:
            screening = _require(work.screenings.get(screening_id))
            work.concerns(screening.person_id)
            if screening.status != "draft":
                raise StorageError("finalised")
            work.screenings.take_lease(
                screening_id, user_id=self._session.user.id, take_over=take_over
            )

    # --------------------------------------------------------------- finalise
    def finalise(
        self,
        screening_id: int,
        *,
        next_ask_date: dt.date | None = None,
        override: BandOverride | None = None,
        follow_up: FollowUp | None = None,
    ) -> Screening:
        """Freeze the screening with a snapshot of its result; it is never changed again.

        With ``follow_up``, a follow-up task for the next visit is made in the same operation
        (one transaction, one audit entry), tied to the screening.
        """
        follow_up_text = ""
        if follow_up is not None and follow_up.text.strip():
            follow_up_text = note_text(follow_up.text, "follow-up")
        self._drafts.pop(screening_id, None)
        with self._session.audited("finalise-screening") as work:
            screening = _require(work.screenings.get(screening_id))
            work.concerns(screening.person_id)
            _require_draft(screening)
            session = self._rebuild(screening)
            result = session.result()
            override_id, override_reason = self._checked_override(session.instrument, override)
            work.screenings.finalise(
                screening_id,
                result=result_snapshot(result),
                band_id=None if result.band is None else result.band.id,
                band_colour=None if result.band is None else result.band.colour,
                next_ask_date=next_ask_date,
                override_band_id=override_id,
                override_reason=override_reason,
            )
            if next_ask_date is not None:
                work.followup.add_task(
                    person_id=screening.person_id,
                    kind="next-ask",
                    due_date=next_ask_date,
                    text="",
                    created_by=self._session.user.id,
                    screening_id=screening_id,
                )
            if follow_up is not None:
                work.followup.add_task(
                    person_id=screening.person_id,
                    kind="follow-up",
                    due_date=follow_up.due_date,
                    text=follow_up_text,
                    created_by=self._session.user.id,
                    screening_id=screening_id,
                )
            work.persons.touch(screening.person_id)
            return _require(work.screenings.get(screening_id))

    def amend(self, screening_id: int, reason: str) -> Draft:
        """A new draft version of a finalised screening, pointing to it, with a reason."""
        text = note_text(reason, "reason")
        with self._session.audited("amend-screening") as work:
            old = _require(work.screenings.get(screening_id))
            work.concerns(old.person_id)
            if old.status != "finalised" or old.gate != "asked":
                raise StorageError("invalid", detail="only a finalised screening can be amended")
            if work.screenings.amended_by(screening_id) is not None:
                raise StorageError("invalid", detail="this version has already been amended")
            assert old.instrument_id is not None
            assert old.instrument_version is not None
            assert old.language is not None
            new_id = work.screenings.start(
                person_id=old.person_id,
                contact_id=old.contact_id,
                clinician_id=self._session.user.id,
                instrument_id=old.instrument_id,
                instrument_version=old.instrument_version,
                language=old.language,
                translation_version=old.translation_version or "",
                context=old.context,
                amends_id=old.id,
                amend_reason=text,
                version=old.version + 1,
                how=how_of(old),
            )
            for link_id, stored in old.answers.items():
                work.screenings.set_answer(new_id, link_id, stored.value, stored.answered_at)
            work.persons.touch(old.person_id)
            return self._draft(_require(work.screenings.get(new_id)))

    def band_statistics(self, year: int) -> dict[str, int]:
        """Screenings finalised in a calendar year (UTC) by band colour ('not-asked' too)."""
        start = dt.datetime(year, 1, 1, tzinfo=dt.UTC).isoformat(timespec="microseconds")
        end = dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC).isoformat(timespec="microseconds")
        with self._session.audited("view-statistics", criterion=f"year:{year}") as work:
            return work.screenings.band_counts(start, end)

    # ---------------------------------------------------------------- helpers
    def _draft(self, screening: Screening) -> Draft:
        return Draft(screening, self._rebuild(screening))

    def _rebuild(self, screening: Screening) -> Session:
        key = (screening.instrument_id or "", screening.instrument_version or "")
        compiled = self._compiled.get(key)
        if compiled is None:
            raise StorageError("invalid", detail=f"instrument {key[0]} {key[1]} is not installed")
        context = Context.model_validate(screening.context)
        session = Session(compiled, screening.language or "", context)
        given = {link: stored.value for link, stored in screening.answers.items()}
        session.restore(given)
        return session

    @staticmethod
    def _checked_override(
        instrument: Instrument, override: BandOverride | None
    ) -> tuple[str | None, str | None]:
        if override is None:
            return None, None
        bands = [] if instrument.outcome is None else [b.id for b in instrument.outcome.bands]
        one_of(override.band_id, bands, "band")
        return override.band_id, note_text(override.reason, "reason")


def questions_of(instrument: Instrument) -> list[str]:
    return [item.link_id for item in instrument.items_by_id.values() if is_question(item)]


def _version_key(version: str) -> tuple[int, ...]:
    core = version.split("-", 1)[0]
    return tuple(int(part) for part in core.split("."))


def _require(screening: Screening | None) -> Screening:
    if screening is None:
        raise StorageError("no-such-record")
    return screening


def _require_draft(screening: Screening) -> None:
    if screening.status != "draft":
        raise StorageError("finalised")


def _require_person(work: Work, person_id: int) -> None:
    if work.persons.get(person_id) is None:
        raise StorageError("no-such-record")
