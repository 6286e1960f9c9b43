"""Fictitious content for every document: previews in training mode, docs, tests, benchmarks.

Names are invented and chosen to exercise the fonts (Danish, Polish, Arabic); CPR numbers are
deliberately impossible ("000000-0000"), so no specimen holds a valid-looking one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from screening_app.domain.answers import DECLINED, AnswerValue
from screening_app.domain.consent import Consent, LawfulDisclosure, SafeContact
from screening_app.domain.context import Context
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    DecimalItem,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    is_question,
    walk_items,
)
from screening_app.domain.presence import Circumstances
from screening_app.domain.session import Session
from screening_app.domain.support import Address, Directory, ServiceEntry
from screening_app.letters.card import ResourceCard
from screening_app.letters.content import Clinician, Letterhead, Person
from screening_app.letters.instrument_print import CompletedScreening
from screening_app.letters.notification import Child, Notification, Parent
from screening_app.letters.printer import BlankInstrument, Document
from screening_app.letters.referral import ReferralLetter, ScreeningSummary, not_for_home
from screening_app.letters.safety_plan import SafePerson, SafetyPlan, default_take_along

TODAY = dt.date(2026, 11, 27)
IMPOSSIBLE_CPR = "000000-0000"
# In the room, a professional interpreter beside her, nobody else there.
SPECIMEN_CIRCUMSTANCES = Circumstances(form="in-person", interpreter="in-person", present=())

LETTERHEAD = Letterhead(
    clinic_name="Jordemodercenter Nordby",
    department="Svangreambulatoriet",
    address=("Hospitalsvej 4", "9999 Nordby"),
    phone="70 00 00 01",
    email="jordemoder@nordby.example",
)
CLINICIAN = Clinician(name="Anna Sørensen", title="Jordemoder")
POLISH = "Małgorzata Żółkiewska"
DANISH = "Søren Ærø Åberg"
ARABIC = "فاطمة الزهراء"


def person() -> Person:
    return Person(
        name=POLISH,
        birth_date=dt.date(1994, 5, 3),
        safe_contact=SafeContact(
            phone="20 00 00 02",
            safe_times="Hverdage kl. 9-12",
            may_leave_messages=False,
            letters_home_allowed=False,
            home_address=("Stillevej 1", "9999 Nordby"),
            other_address=("c/o Ewa Nowak", "Parkvej 7", "9999 Nordby"),
        ),
        language="polsk",
        interpreter_needed=True,
    )


def answer_all(instrument: Instrument, language: str) -> Session:
    """A session with every visible question answered (first option, yes, smallest number)."""
    session = Session(instrument, language)
    for item in instrument.items_by_id.values():
        if not session.is_visible(item.link_id):
            continue
        value: AnswerValue | None = None
        if isinstance(item, BooleanItem):
            value = True
        elif isinstance(item, ChoiceItem):
            value = item.options[0].code
        elif isinstance(item, MultiChoiceItem):
            value = (item.options[0].code,)
        elif isinstance(item, IntegerItem):
            value = item.min if item.min is not None else 1
        elif isinstance(item, DecimalItem):
            value = item.min if item.min is not None else 1.0
        elif isinstance(item, DateItem):
            value = item.min or TODAY
        elif hasattr(item, "max_length"):
            value = "Fiktivt svar"
        if value is not None:
            session.answer(item.link_id, value)
    return session


def municipality(directory: Directory) -> ServiceEntry:
    """The directory's municipality, filled in with a fictitious address for the specimen."""
    entry = directory.get("municipality")
    return entry.model_copy(
        update={
            "name": entry.name.model_copy(
                update={
                    "root": {
                        "da": "Nordby Kommune, Børn og Familie",
                        "en": "Nordby Municipality, Children and Families",
                    }
                }
            ),
            "address": Address(lines=["Rådhustorvet 1", "9999 Nordby"]),
            "secure_mail": "boernefamilie@nordby.example",
            "unconfirmed": [],
        }
    )


def specimens(
    directory: Directory, instrument: Instrument, language: str = "da"
) -> dict[str, Document]:
    """One document of every kind, named: the set the docs, golden files and bench use."""
    session = answer_all(instrument, language)
    result = session.result()
    recipient = directory.get("dialog-mod-vold")
    consent = Consent(
        recipient=recipient.id,
        purpose="Samtaleforløb for den gravide",
        scope=frozenset({"contact-details", "screening-result", "safety-concerns", "free-text"}),
        form="written",
        given_on=dt.date(2026, 11, 20),
        recorded_by=CLINICIAN.name,
    )
    referral = ReferralLetter(
        letterhead=LETTERHEAD,
        recipient=recipient,
        person=person(),
        authorisation=consent,
        clinician=CLINICIAN,
        date=TODAY,
        include=frozenset({"contact-details", "screening-result", "safety-concerns"}),
        screening=ScreeningSummary(result=result, screened_on=dt.date(2026, 11, 20)),
        safety_concerns="Hun er bange for partnerens reaktion, hvis han finder ud af samtalen.",
        # A copy is handed to her only where the result may go home.
        copy_to_person=None if not_for_home(result) else "hand-over",
        reference="H-2026-0117",
    )
    discreet = ReferralLetter(
        letterhead=LETTERHEAD,
        recipient=recipient,
        person=Person(name=ARABIC, safe_contact=SafeContact(phone="20 00 00 03")),
        authorisation=consent,
        clinician=CLINICIAN,
        date=TODAY,
        include=frozenset({"contact-details", "free-text"}),
        free_text="Ønsker at blive ringet op om formiddagen, på arabisk.",
        discreet=True,
        reference="H-2026-0118",
    )
    town = municipality(directory)
    notification = Notification(
        letterhead=LETTERHEAD,
        recipient=town,
        disclosure=LawfulDisclosure(
            recipient=town.id,
            basis="notification",
            scope=frozenset({"contact-details", "safety-concerns"}),
            reason="Bekymring for det ufødte barn",
            decided_on=TODAY,
            recorded_by=CLINICIAN.name,
        ),
        notifier=CLINICIAN,
        date=TODAY,
        children=(Child(expected_birth=dt.date(2027, 3, 2)),),
        parents=(
            Parent(
                name=POLISH,
                relation="Mor",
                cpr=IMPOSSIBLE_CPR,
                address=("Stillevej 1", "9999 Nordby"),
                interpreter_language="polsk",
                role="exposed",
                safe_contact=SafeContact(
                    phone="20 00 00 02", safe_times="Hverdage kl. 9-12", may_leave_messages=False
                ),
                knows_of_notification=True,
            ),
            Parent(
                name=DANISH,
                relation="Far",
                cpr=IMPOSSIBLE_CPR,
                address=("Stillevej 1", "9999 Nordby"),
                phone="20 00 00 06",
                role="suspected",
            ),
        ),
        relation_to_child="Jordemoder for moderen under graviditeten",
        concern="Moderen fortæller om slag og trusler fra barnets far under graviditeten.",
        observations="Blå mærker på overarmen ved konsultationen 20. november. "
        "Moderen virker bange.",
        actions_taken="Samtale alene med moderen, kort med numre udleveret, henvist med samtykke.",
        contact_with_parents="(Udelades, fordi der er mistanke om vold fra en forælder.)",
        custody="Fælles forældremyndighed",
        siblings="Ingen",
        gp="Lægehuset Nordby, Torvet 2, 9999 Nordby",
    )
    card = ResourceCard(
        hotline=directory.get("lev-uden-vold"),
        emergency=directory.get("police"),
        services=(directory.get("danner"), directory.get("stalking-center")),
        named=frozenset({"danner"}),  # no neutral name: the clinician chose it with the person
    )
    plan = SafetyPlan(
        numbers=(directory.get("lev-uden-vold"), directory.get("police"), directory.get("danner")),
        safe_people=(
            SafePerson("Ewa Nowak", "20 00 00 04", "Veninde, ved besked"),
            SafePerson(ARABIC, "20 00 00 05"),
        ),
        safe_places=("Hos Ewa, Parkvej 7", "Biblioteket i Nordby"),
        take_along=tuple(default_take_along(language)),
        code_word="Blå paraply",
        code_word_meaning="Ring til mig med det samme",
        named=frozenset({"danner"}),
    )
    numbers = SafetyPlan(numbers=plan.numbers, numbers_only=True, named=plan.named)
    completed = CompletedScreening(
        instrument=instrument,
        language=language,
        answers=session.answers,
        result=result,
        screened_on=dt.date(2026, 11, 20),
        person_name=POLISH,
        person_id=IMPOSSIBLE_CPR,
        clinician=CLINICIAN,
        letterhead=LETTERHEAD,
        circumstances=SPECIMEN_CIRCUMSTANCES,
    )
    return {
        "referral-letter": referral,
        "referral-letter-copy": dataclasses.replace(referral, persons_copy=True),
        "referral-letter-discreet": discreet,
        "notification": notification,
        "resource-card": card,
        "safety-plan": plan,
        "safety-plan-numbers": numbers,
        "blank-instrument": BlankInstrument(instrument, language),
        "completed-screening": completed,
    }


# ------------------------------------------------------------------ questionnaires
SPECIMEN_CONTEXT = Context(role="pregnant-woman", phase="pregnant")


def _extreme(item: Item, highest: bool) -> AnswerValue | None:
    """The answer with the highest (or lowest) weight, for a question that scores."""
    if isinstance(item, ChoiceItem):
        chosen = (max if highest else min)(item.options, key=lambda option: option.weight)
        return chosen.code
    if isinstance(item, MultiChoiceItem):
        return (max(item.options, key=lambda option: option.weight).code,) if highest else None
    if isinstance(item, BooleanItem):
        return highest
    if isinstance(item, IntegerItem):
        return item.min if item.min is not None else 0
    if isinstance(item, DecimalItem):
        return item.min if item.min is not None else 0.0
    if isinstance(item, DateItem):
        return item.min or TODAY
    return None


def fill_specimen(
    instrument: Instrument,
    language: str = "da",
    context: Context = SPECIMEN_CONTEXT,
    positive: int = 1,
    declined: int = 0,
) -> tuple[Session, frozenset[str]]:
    """A fictitious completed session, chosen from the instrument's data alone.

    Of the questions the outcome score counts, the first ``positive`` shown are answered with
    their highest-weight option and the next ``declined`` are declined ("Ønsker ikke at
    svare"); every other question shown gets its lowest-weight option ("Nej").
    """
    session = Session(instrument, language, context)
    scored: list[str] = []
    if instrument.outcome is not None:
        scored = list(instrument.outcome_score().items)
    high: set[str] = set()
    refused: set[str] = set()
    for item, _group, _loc in walk_items(instrument.items):
        link_id = item.link_id
        if not is_question(item) or not session.is_visible(link_id):
            continue
        if link_id in scored and len(high) < positive:
            high.add(link_id)
        elif link_id in scored and len(refused) < declined:
            refused.add(link_id)
            session.answer(link_id, DECLINED)
            continue
        value = _extreme(item, highest=link_id in high)
        if value is not None:
            session.answer(link_id, value)
    return session, frozenset(session.declined)


def questionnaire_specimens(
    instruments: Mapping[str, Instrument], language: str = "da"
) -> dict[str, Document]:
    """Blank forms and record copies of the given (bundled) instruments, named by their ids.

    For each instrument: the blank form (``blank-<id>``), and a completed screening
    (``completed-<id>``): a screen with one question declined, a follow-up with a red flag.
    """
    out: dict[str, Document] = {}
    for instrument_id, instrument in sorted(instruments.items()):
        if language not in instrument.language_codes:
            continue
        out[f"blank-{instrument_id}"] = BlankInstrument(instrument, language)
        declined = 1 if instrument.kind == "screen" else 0
        session, refused = fill_specimen(instrument, language, declined=declined)
        out[f"completed-{instrument_id}"] = CompletedScreening(
            instrument=instrument,
            language=language,
            answers=session.answers,
            result=session.result(),
            screened_on=dt.date(2026, 11, 20),
            person_name=POLISH,
            person_id=IMPOSSIBLE_CPR,
            clinician=CLINICIAN,
            letterhead=LETTERHEAD,
            context=SPECIMEN_CONTEXT,
            declined=refused,
            circumstances=SPECIMEN_CIRCUMSTANCES,
        )
    return out
