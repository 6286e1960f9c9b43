"""How each point of a case's pathway is judged on what a run did (see ``debrief``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from screening_app.domain.instrument import Instrument
from screening_app.domain.training.case import (
    CASE_LANGUAGES,
    ExpectedAction,
    ExpectedInstrument,
    TrainingCase,
)
from screening_app.services.consultation import journal as j
from screening_app.services.training.facts import (
    Facts,
    PointResult,
    ReferralFact,
    Text,
    all_languages,
    joined,
    localized_text,
    source_text,
)
from screening_app.services.training.words import CONSENT, NOT_ASKED, SCOPE, WORDS, pair

DECLINED = {"declined": True}


class Judge:
    def __init__(
        self,
        case: TrainingCase,
        instruments: Mapping[str, Instrument],
        facts: Facts,
        day: dt.date,
        service_name: Callable[[str, str], str],
    ) -> None:
        self.case = case
        self.instruments = instruments
        self.facts = facts
        self.day = day
        self.service_name = service_name

    def _name(self, instrument_id: str) -> Text:
        instrument = self.instruments.get(instrument_id)
        if instrument is None:
            return dict.fromkeys(CASE_LANGUAGES, instrument_id)
        return {lang: instrument.title.get(lang) for lang in CASE_LANGUAGES}

    # ---------------------------------------------------------------- gate
    def gate(self) -> PointResult:
        expected = self.case.expected.gate
        decisions = [
            e
            for e in self.facts.events(j.NotAsked) + self.facts.events(j.Started)
            if not isinstance(e, j.Started) or e.via == "gate"
        ]
        order = {id(e.event): i for i, e in enumerate(self.facts.entries)}
        decisions.sort(key=lambda e: order.get(id(e), 0))
        first = decisions[0] if decisions else None
        if isinstance(first, j.Started):
            found = all_languages("gate.asked")
            met = expected.decision == "ask"
        elif isinstance(first, j.NotAsked):
            reason = NOT_ASKED.get(first.reason, (first.reason, first.reason))
            found = {
                lang: WORDS.text("gate.not-asked", lang, reason=pair(reason, lang))
                for lang in CASE_LANGUAGES
            }
            met = expected.decision == "not-asked" and first.reason == expected.reason
        else:
            found, met = all_languages("gate.none"), False
        if not met:
            if expected.decision == "ask":
                want = all_languages("gate.expected-ask")
            else:
                reason = NOT_ASKED[expected.reason or "declined"]
                want = {
                    lang: WORDS.text("gate.expected-not", lang, reason=pair(reason, lang))
                    for lang in CASE_LANGUAGES
                }
            found = joined(found, want)
        return PointResult(
            "gate",
            met,
            all_languages("title.gate"),
            found,
            localized_text(expected.why),
            source_text(expected.source),
        )

    # ------------------------------------------------------- questionnaires
    def _answers(self, instrument_id: str) -> dict[str, Any]:
        given: dict[str, Any] = {}
        for event in self.facts.events(j.Answered):
            if event.instrument_id == instrument_id:
                if event.value is None:
                    given.pop(event.link_id, None)
                else:
                    given[event.link_id] = event.value
        return given

    def _first_result(self, instrument_id: str) -> j.ResultShown | None:
        return next(
            (e for e in self.facts.events(j.ResultShown) if e.instrument_id == instrument_id),
            None,
        )

    def instrument(self, expected: ExpectedInstrument) -> PointResult:
        name = self._name(expected.id)
        started = any(e.instrument_id == expected.id for e in self.facts.events(j.Started))
        answers = len(self._answers(expected.id))
        if self._first_result(expected.id) is not None:
            found, met = all_languages("instrument.done", answers=answers), True
        elif started:
            found, met = all_languages("instrument.unfinished", answers=answers), False
        else:
            found, met = all_languages("instrument.not-started"), False
        title = {lang: WORDS.text("title.instrument", lang, name=name[lang]) for lang in name}
        return PointResult(
            f"instrument:{expected.id}",
            met,
            title,
            found,
            localized_text(expected.why),
            source_text(expected.source),
        )

    def _band_text(self, instrument_id: str, band: str | None, lang: str) -> str:
        instrument = self.instruments.get(instrument_id)
        if band is None:
            return WORDS.text("result.open", lang)
        if instrument is None or instrument.outcome is None:
            return band
        titles = {b.id: b.title.get(lang) for b in instrument.outcome.bands}
        return titles.get(band, band)

    def _flag_text(self, instrument_id: str, flags: Iterable[str], lang: str) -> str:
        instrument = self.instruments.get(instrument_id)
        titles = {} if instrument is None else {f.id: f.title.get(lang) for f in instrument.flags}
        return ", ".join(titles.get(f, f) for f in flags)

    def result(self, expected: ExpectedInstrument) -> PointResult:
        name = self._name(expected.id)
        shown = self._first_result(expected.id)
        title = {lang: WORDS.text("title.result", lang, name=name[lang]) for lang in name}
        if shown is None:
            found, met = all_languages("result.none"), False
        else:
            met = shown.band == expected.band and set(shown.flags) == set(expected.flags)
            found = {}
            for lang in CASE_LANGUAGES:
                parts = [
                    WORDS.text(
                        "result.got", lang, band=self._band_text(expected.id, shown.band, lang)
                    )
                ]
                if shown.flags:
                    flags = self._flag_text(expected.id, shown.flags, lang)
                    parts.append(WORDS.text("result.flags", lang, flags=flags))
                found[lang] = " ".join(parts)
        if not met:
            want = {
                lang: WORDS.text(
                    "result.expected", lang, band=self._band_text(expected.id, expected.band, lang)
                )
                for lang in CASE_LANGUAGES
            }
            differs = self._differing(expected.id)
            extra = all_languages("result.differs", links=", ".join(differs)) if differs else None
            found = joined(found, want, *([extra] if extra else []))
        return PointResult(
            f"result:{expected.id}",
            met,
            title,
            found,
            localized_text(expected.why),
            source_text(expected.source),
        )

    def _differing(self, instrument_id: str) -> list[str]:
        """The questions answered otherwise than the person's script says."""
        given = self._answers(instrument_id)
        script = self.case.script.answers.get(instrument_id, {})
        differing = []
        for link_id, value in given.items():
            code = script.get(link_id)
            if code is None:
                continue
            wanted: object = DECLINED if code == "declined" else code
            if value != wanted:
                differing.append(link_id)
        return differing

    # -------------------------------------------------------------- actions
    def action(self, action: ExpectedAction) -> PointResult:
        kind = action.action
        if kind == "referral":
            met, found = self._referral(action)
        elif kind == "next-date":
            met, found = self._next_date(action)
        elif kind == "follow-up-task":
            dates = [e.follow_up for e in self.facts.events(j.Finalised) if e.follow_up]
            met = bool(dates)
            found = (
                all_languages("follow-up.set", date=dates[-1].isoformat())
                if met
                else all_languages("follow-up.none")
            )
        elif kind == "same-day":
            met, found = self._made("safety-plan")
        elif kind == "no-resource-card":
            printed = self.facts.made("resource-card", ("printed", "saved"))
            met = not printed
            key = "document.printed" if printed else "document.not-printed"
            found = {
                lang: WORDS.text(key, lang, document=WORDS.text("Doc.resource-card", lang))
                for lang in CASE_LANGUAGES
            }
        else:  # safety-plan, notification, resource-card: the form opened
            met, found = self._opened(kind)
        return PointResult(
            kind,
            met,
            all_languages(f"title.{kind}"),
            found,
            localized_text(action.why),
            source_text(action.source),
        )

    def _opened(self, document: str) -> tuple[bool, Text]:
        met = self.facts.opened(document) or self.facts.made(document)
        key = "document.opened" if met else "document.not-opened"
        prefix = "doc." if met else "Doc."
        return met, {
            lang: WORDS.text(key, lang, document=WORDS.text(prefix + document, lang))
            for lang in CASE_LANGUAGES
        }

    def _made(self, document: str) -> tuple[bool, Text]:
        if self.facts.made(document):
            key, prefix, met = "document.made", "doc.", True
        elif self.facts.opened(document):
            key, prefix, met = "document.opened-not-made", "doc.", False
        else:
            key, prefix, met = "document.not-opened", "Doc.", False
        return met, {
            lang: WORDS.text(key, lang, document=WORDS.text(prefix + document, lang))
            for lang in CASE_LANGUAGES
        }

    def _referral(self, action: ExpectedAction) -> tuple[bool, Text]:
        referrals = list(self.facts.referrals)
        met = any(fits(r, action) for r in referrals)
        if referrals:
            shown = next((r for r in referrals if fits(r, action)), referrals[-1])
            found = {lang: self._referral_text(shown, lang) for lang in CASE_LANGUAGES}
        else:
            found = all_languages("referral.none")
        if not met:
            found = joined(found, {lang: self._want(action, lang) for lang in CASE_LANGUAGES})
        return met, found

    def _referral_text(self, referral: ReferralFact, lang: str) -> str:
        consent = pair(CONSENT.get(referral.consent, (referral.consent,) * 2), lang)
        if referral.consent == "declined":
            return WORDS.text("referral.declined", lang, consent=consent)
        scope = ", ".join(pair(SCOPE.get(s, (s, s)), lang) for s in sorted(referral.scope))
        return WORDS.text(
            "referral.recorded",
            lang,
            consent=consent,
            service=self.service_name(referral.service_id, lang),
            scope=scope or WORDS.text("nothing", lang),
        )

    def _want(self, action: ExpectedAction, lang: str) -> str:
        consent = pair(CONSENT[action.consent or "given"], lang)
        text = WORDS.text("referral.want", lang, consent=consent)
        if action.services and action.consent != "declined":
            names = ", ".join(self.service_name(s, lang) for s in action.services)
            text += WORDS.text("referral.want-services", lang, services=names)
        if action.scope:
            scope = ", ".join(pair(SCOPE[s], lang) for s in action.scope)
            text += WORDS.text("referral.want-scope", lang, scope=scope)
        if action.avoid_scope:
            scope = ", ".join(pair(SCOPE[s], lang) for s in action.avoid_scope)
            text += WORDS.text("referral.want-avoid", lang, scope=scope)
        return text + "."

    def _next_date(self, action: ExpectedAction) -> tuple[bool, Text]:
        dates = [e.next_date for e in self.facts.events(j.NotAsked)]
        dates += [e.next_ask for e in self.facts.events(j.Finalised)]
        chosen = next((d for d in reversed(dates) if d is not None), None)
        if chosen is None:
            return False, all_languages("next.none")
        days = (chosen - self.day).days
        within = action.within_days
        if within is not None and days > within:
            return False, all_languages(
                "next.late", date=chosen.isoformat(), days=days, within=within
            )
        return True, all_languages("next.set", date=chosen.isoformat(), days=days)


def fits(referral: ReferralFact, action: ExpectedAction) -> bool:
    if referral.consent != action.consent:
        return False
    if action.consent == "declined":
        return True
    if action.services and referral.service_id not in action.services:
        return False
    return set(action.scope) <= referral.scope and not set(action.avoid_scope) & referral.scope
