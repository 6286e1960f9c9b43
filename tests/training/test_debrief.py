"""The debrief compares a run with its case point by point: a right and a wrong run of two cases
(red flags with same-day actions; the partner in the room), with the reasons and sources from
the case, the mistakes tied to missed points, the time per step, and the debrief as data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.domain.presence import Circumstances
from screening_app.domain.training.case import ExpectedAction, TrainingCase
from screening_app.instruments.catalog import load_catalog
from screening_app.services.consultation import ConsultationEngine, Journal
from screening_app.services.consultation import journal as j
from screening_app.services.consultation.memory_store import (
    MemoryStore,
    NoCopies,
    overview_of,
    person_from,
)
from screening_app.services.training.cases import bundled_cases_dir, load_cases
from screening_app.services.training.debrief import (
    Debrief,
    DocumentFact,
    Facts,
    ReferralFact,
    debrief,
)
from screening_app.services.training.script import person_data, play

TODAY = dt.date(2026, 3, 2)
CATALOG = load_catalog()
CASES = load_cases(CATALOG.instruments, None)
SAFE = Circumstances(form="in-person", interpreter="none", present=(), remote_alone=None)


class Ticks:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=10)
        return self.now


class Hands:
    """The trainee's hands in a model run: documents opened, referrals recorded, the safety plan
    made."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.referrals: list[ReferralFact] = []
        self.documents: list[DocumentFact] = []

    def open_document(self, kind: str, person_id: int, screening_id: int | None) -> None:
        self.journal.add(j.DocumentOpened(kind, screening_id))
        if kind == "safety-plan":
            self.documents.append(DocumentFact("safety-plan", "produced"))

    def refer(self, person_id: int, screening_id: int | None, action: ExpectedAction) -> None:
        assert action.consent is not None
        service = action.services[0] if action.services else ""
        self.referrals.append(ReferralFact(service, action.consent, frozenset(action.scope)))


def engine_for(case: TrainingCase, journal: Journal) -> ConsultationEngine:
    return ConsultationEngine(
        overview_of(person_from(person_data(case, TODAY, "da"))),
        screenings=MemoryStore(CATALOG.instruments.values()),
        copies=NoCopies(),
        instruments=CATALOG.instruments,
        today=lambda: TODAY,
        language=lambda: "da",
        journal=journal,
    )


def judged(case: TrainingCase, journal: Journal, **facts: Any) -> Debrief:
    return debrief(
        case,
        CATALOG.instruments,
        Facts(journal.entries, **facts),
        day=TODAY,
        ended=journal.clock(),
    )


def right_run(case_id: str) -> Debrief:
    case = CASES.get(case_id)
    journal = Journal(clock=Ticks())
    hands = Hands(journal)
    play(case, engine_for(case, journal), TODAY, hands)
    return judged(case, journal, referrals=hands.referrals, documents=hands.documents)


def met(result: Debrief) -> dict[str, bool]:
    return {p.id: p.met for p in result.points}


# ------------------------------------------------------------------ red flags
def test_a_right_run_of_the_red_flags_case_meets_every_point() -> None:
    result = right_run("red-flags-same-day")
    case = CASES.get("red-flags-same-day")
    assert list(met(result)) == [
        "gate",
        "instrument:ipv-screen",
        "result:ipv-screen",
        "instrument:safety-check",
        "result:safety-check",
        "same-day",
        "safety-plan",
        "notification",
        "referral",
        "next-date",
        "follow-up-task",
    ]
    assert all(met(result).values()), [p.found for p in result.missed]
    point = result.points[4]
    assert point.found["da"] == (
        "Resultat: Røde flag – handl i dag. Markeringer: Haster – handl i dag, "
        "Bekymring for et barn."
    )
    assert point.why["da"] == case.expected.instruments[1].why.get("da")
    assert point.source["da"] == (
        "screening.md, afsnit 2: Sådan skal der spørges (WHO, ACOG, USPSTF, dansk praksis)"
    )
    assert result.points[5].found["en"] == "You made the safety plan."
    assert result.points[9].found["da"] == "Næste dato: 2026-03-09 (om 7 dage)."
    assert result.met == list(result.points)


def test_a_wrong_run_of_the_red_flags_case_names_what_was_missed() -> None:
    case = CASES.get("red-flags-same-day")
    journal = Journal(clock=Ticks())
    engine = engine_for(case, journal)
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)
    answers = dict(case.script.answers["ipv-screen"], afraid="no")  # heard wrong
    asking = engine.step
    for link_id in list(CATALOG.get("ipv-screen").items_by_id):
        if link_id in answers and asking.session.is_visible(link_id):  # type: ignore[union-attr]
            engine.answer(link_id, answers[link_id])
    engine.finish()
    engine.finalise(TODAY + dt.timedelta(days=30))  # no safety check, no follow-up task
    journal.add(j.DocumentOpened("resource-card", None))
    result = judged(case, journal)
    assert met(result) == {
        "gate": True,
        "instrument:ipv-screen": True,
        "result:ipv-screen": True,  # still positive: hurt in pregnancy
        "instrument:safety-check": False,
        "result:safety-check": False,
        "same-day": False,
        "safety-plan": False,
        "notification": False,
        "referral": False,
        "next-date": False,
        "follow-up-task": False,
    }
    missed = {p.id: p for p in result.missed}
    assert missed["instrument:safety-check"].found["da"] == "Spørgeskemaet blev ikke startet."
    assert missed["same-day"].found["da"] == "Sikkerhedsplanen blev ikke åbnet."
    assert missed["next-date"].found["en"] == (
        "Next date: 2026-04-01 (in 30 days; the case expects within 7)."
    )
    assert (
        missed["referral"]
        .found["en"]
        .startswith("No referral recorded. The case expects: consent given to crisis-centres")
    )
    # the case's mistakes are named with the points they belong to
    assert missed["same-day"].mistakes[0]["da"].startswith("At lade Nadia gå hjem")
    assert [m["en"] for m in missed["result:safety-check"].mistakes] == [
        "Adding up the yes answers into a score: one red flag is enough."
    ]


def test_answers_that_differ_from_the_persons_are_named() -> None:
    case = CASES.get("positive-referral-with-consent")
    journal = Journal(clock=Ticks())
    engine = engine_for(case, journal)
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)
    given = dict(case.script.answers["ipv-screen"], humiliated="no", afraid="no")
    asking = engine.step
    for link_id, code in given.items():
        if asking.session.is_visible(link_id):  # type: ignore[union-attr]
            engine.answer(link_id, code)
    engine.finish()
    point = next(p for p in judged(case, journal).points if p.id == "result:ipv-screen")
    assert not point.met
    assert point.found["en"] == (
        "Result: Negative screen. The person's answers give: Positive screen. "
        "Answers that differ from the person's: humiliated, afraid."
    )


# ------------------------------------------------------------- partner present
def test_a_right_run_of_the_partner_case_does_not_ask() -> None:
    result = right_run("partner-in-the-room")
    assert met(result) == {"gate": True, "next-date": True}
    assert result.points[0].found["da"] == "Du noterede »ikke spurgt«: ikke alene."
    assert result.points[0].source["en"].startswith("screening.md, section 2: How asking")
    assert [s.name["en"] for s in result.steps] == ["The gate", "Total"]


def test_a_wrong_run_of_the_partner_case_asked_anyway() -> None:
    case = CASES.get("partner-in-the-room")
    journal = Journal(clock=Ticks())
    engine = engine_for(case, journal)
    engine.open_gate()
    engine.start("ipv-screen", "da", circumstances=SAFE)  # ticked "alone" with him there
    asking = engine.step
    for link_id in list(CATALOG.get("ipv-screen").items_by_id):
        item = CATALOG.get("ipv-screen").items_by_id[link_id]
        if item.type == "choice" and asking.session.is_visible(link_id):  # type: ignore[union-attr]
            engine.answer(link_id, "no")
    engine.finish()
    engine.finalise(TODAY + dt.timedelta(days=90))
    result = judged(case, journal)
    assert met(result) == {"gate": False, "next-date": False}
    gate = result.points[0]
    assert gate.found["da"] == "Du spurgte. Casen forventer »ikke spurgt«: ikke alene."
    assert gate.mistakes[0]["en"] == (
        'Asking the questions anyway, "because they seem sweet together".'
    )
    # the mistake tied to no point is kept for the debrief's end
    assert [m["da"] for m in result.other_mistakes] == [
        "At sige til Jonas, at du vil spørge om vold: det kan udsætte Amalie for fare."
    ]


def test_the_wrong_reason_at_the_gate_is_a_missed_point() -> None:
    case = CASES.get("partner-in-the-room")
    journal = Journal(clock=Ticks())
    engine = engine_for(case, journal)
    engine.open_gate()
    engine.not_asked("no-time", TODAY + dt.timedelta(days=7), SAFE)
    gate = judged(case, journal).points[0]
    assert not gate.met
    assert gate.found["en"] == (
        'You recorded "not asked": not enough time. The case expects "not asked": not alone.'
    )


# ------------------------------------------------------------- times and data
def test_the_time_of_each_step_and_the_debrief_as_data() -> None:
    result = right_run("positive-referral-with-consent")
    names = [s.name["da"] for s in result.steps]
    assert names[0] == "Lågen"
    assert names[1].startswith("Spørgsmål: Screening for partnervold")
    assert names[2].startswith("Spørgsmål: ")
    assert names[-2:] == ["Resultat og det videre", "I alt"]
    assert all(s.seconds > 0 for s in result.steps)
    assert result.total_seconds == result.steps[-1].seconds
    assert sum(s.seconds for s in result.steps[:-1]) <= result.total_seconds
    assert Debrief.from_json(result.to_json()) == result


def test_a_referral_that_shares_what_was_not_agreed_misses_the_point() -> None:
    case = CASES.get("positive-referral-with-consent")
    journal = Journal(clock=Ticks())
    play(case, engine_for(case, journal), TODAY)
    too_much = ReferralFact(
        "family-clinic", "given", frozenset({"screening-result", "contact-details", "free-text"})
    )
    point = next(
        p for p in judged(case, journal, referrals=[too_much]).points if p.id == "referral"
    )
    assert not point.met
    assert "without free text" in point.found["en"]
    fits = ReferralFact("danner", "given", frozenset({"screening-result", "contact-details"}))
    point = next(p for p in judged(case, journal, referrals=[fits]).points if p.id == "referral")
    assert point.met


def test_no_card_printed_is_met_until_the_card_is_printed() -> None:
    case = CASES.get("after-birth-no-letters-home")
    journal = Journal(clock=Ticks())
    play(case, engine_for(case, journal), TODAY)
    produced = [DocumentFact("resource-card", "produced")]  # looked at, not printed

    def card(documents: list[DocumentFact]) -> bool:
        points = judged(case, journal, documents=documents).points
        return next(p for p in points if p.id == "no-resource-card").met

    assert card(produced)
    assert not card([*produced, DocumentFact("resource-card", "printed")])
    assert bundled_cases_dir().is_dir()
