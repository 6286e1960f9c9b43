"""A clinic with records to count: canary names, CPR numbers and free text everywhere a
statistic must never show them."""

from __future__ import annotations

import datetime as dt

from screening_app.domain.context import Context
from screening_app.domain.instrument import Instrument
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.referrals import ReferralService
from screening_app.services.screenings import ScreeningService
from screening_app.services.session import UserSession
from screening_app.storage.records import PersonData
from tests.storage.helpers import FakeClock

CANARY_NAMES = ("Kanariefugl Zebrastribe", "Solsort Tranebær")
CANARY_CPRS = ("0101901234", "0202905678")
CANARY_NOTE = "FRITEKST-KANARIE-4471"


def asked(
    screenings: ScreeningService, person_id: int, answer: str, phase: str = "pregnant"
) -> None:
    draft = screenings.start(person_id, "test-minimal", "da", context=Context(phase=phase))  # type: ignore[arg-type]
    screenings.answer(draft.screening.id, "q1", answer)
    if answer == "yes":
        screenings.answer(draft.screening.id, "q2", "yes")  # raises the flag "urgent"
    screenings.finalise(draft.screening.id, next_ask_date=dt.date(2026, 3, 20))


def fill(session: UserSession, instrument: Instrument, clock: FakeClock) -> list[int]:
    """In March 2026: 9 persons; 7 asked (2 yes), 2 not asked (partner present); a referral
    with written consent, a printed resource card, a note with free text. Returns the ids."""
    persons = PersonService(session)
    screenings = ScreeningService(session, [instrument])
    referrals = ReferralService(session)
    followup = FollowUpService(session)
    ids: list[int] = []
    for n in range(9):
        name = CANARY_NAMES[n % 2] + f" {n}"
        cpr = CANARY_CPRS[n % 2] if n < 2 else None
        person = persons.create(PersonData(name=name, role="pregnant-woman", cpr=cpr))
        ids.append(person.id)
        clock.advance(minutes=5)
        if n < 7:
            asked(screenings, person.id, "yes" if n < 2 else "no")
        else:
            screenings.record_not_asked(person.id, "partner-present")
    referrals.record_referral(
        ids[0], service_id="lev-uden-vold", consent="given", form="written",
        scope={"contact-details"}, date=dt.date(2026, 3, 2),
    )  # fmt: skip
    referrals.record_document(ids[0], kind="resource-card", action="printed")
    followup.add_note(ids[0], CANARY_NOTE)
    return ids
