"""The debrief's words, in Danish and English (a Qt-free catalog: the debrief is also printed
and exported, and a run keeps its texts in both languages)."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

NOT_ASKED: dict[str, tuple[str, str]] = {
    "partner-present": ("ikke alene", "not alone"),
    "family-interpreter": ("familie eller ven som tolk", "family or a friend as interpreter"),
    "no-private-room": ("intet rum, hvor I kunne være alene", "no room to be alone in"),
    "no-time": ("ikke tid nok", "not enough time"),
    "declined": ("personen ville ikke spørges", "the person did not want to be asked"),
}
CONSENT: dict[str, tuple[str, str]] = {
    "given": ("samtykke givet", "consent given"),
    "declined": ("samtykke afvist", "consent declined"),
    "lawful-disclosure": ("videregivet uden samtykke", "disclosed without consent"),
}
SCOPE: dict[str, tuple[str, str]] = {
    "contact-details": ("kontaktoplysninger", "contact details"),
    "screening-result": ("resultatet", "the result"),
    "safety-concerns": ("bekymringer for sikkerheden", "safety concerns"),
    "free-text": ("fritekst", "free text"),
    "own-violence": ("egen vold", "own violence"),
}

WORDS = Catalog(
    {
        # the points, as questions the debrief answers
        "title.gate": {"da": "Rigtig beslutning ved lågen", "en": "The right decision at the gate"},
        "title.instrument": {
            "da": "Alle spørgsmål stillet: {name}",
            "en": "Every question asked: {name}",
        },
        "title.result": {
            "da": "Resultatet passer til personens svar: {name}",
            "en": "The result fits the person's answers: {name}",
        },
        "title.same-day": {
            "da": "Handling samme dag: sikkerhedsplanen lavet",
            "en": "Same-day action taken: the safety plan made",
        },
        "title.safety-plan": {"da": "Sikkerhedsplan tilbudt", "en": "Safety plan offered"},
        "title.notification": {
            "da": "Underretning vurderet (Barnets Lov § 133)",
            "en": "Notification assessed (Barnets Lov section 133)",
        },
        "title.referral": {
            "da": "Henvisning: samtykke, modtager og omfang passer",
            "en": "Referral: consent, recipient and scope fit",
        },
        "title.resource-card": {"da": "Lommekort tilbudt", "en": "Pocket card offered"},
        "title.no-resource-card": {
            "da": "Lommekortet ikke printet (ikke sikkert at have på sig)",
            "en": "Pocket card not printed (not safe to carry)",
        },
        "title.next-date": {"da": "Næste dato for at spørge sat", "en": "Next date for asking set"},
        "title.follow-up-task": {
            "da": "Opfølgning ved næste besøg planlagt",
            "en": "Follow-up at the next visit planned",
        },
        # what the trainee did
        "gate.asked": {"da": "Du spurgte.", "en": "You asked."},
        "gate.not-asked": {
            "da": "Du noterede »ikke spurgt«: {reason}.",
            "en": 'You recorded "not asked": {reason}.',
        },
        "gate.none": {"da": "Lågen blev ikke afsluttet.", "en": "The gate was not completed."},
        "gate.expected-ask": {
            "da": "Casen forventer, at du spørger.",
            "en": "The case expects you to ask.",
        },
        "gate.expected-not": {
            "da": "Casen forventer »ikke spurgt«: {reason}.",
            "en": 'The case expects "not asked": {reason}.',
        },
        "instrument.done": {
            "da": "Spørgeskemaet blev gennemført ({answers} svar).",
            "en": "The questionnaire was completed ({answers} answers).",
        },
        "instrument.unfinished": {
            "da": "Spørgeskemaet blev startet, men ikke gjort færdigt ({answers} svar).",
            "en": "The questionnaire was started but not finished ({answers} answers).",
        },
        "instrument.not-started": {
            "da": "Spørgeskemaet blev ikke startet.",
            "en": "The questionnaire was not started.",
        },
        "result.got": {"da": "Resultat: {band}.", "en": "Result: {band}."},
        "result.flags": {"da": "Markeringer: {flags}.", "en": "Flags: {flags}."},
        "result.none": {"da": "Intet resultat.", "en": "No result."},
        "result.open": {"da": "åbent (afviste svar)", "en": "open (declined answers)"},
        "result.expected": {
            "da": "Personens svar giver: {band}.",
            "en": "The person's answers give: {band}.",
        },
        "result.differs": {
            "da": "Svar, der afviger fra personens: {links}.",
            "en": "Answers that differ from the person's: {links}.",
        },
        "document.opened": {
            "da": "Du åbnede {document}.",
            "en": "You opened {document}.",
        },
        "document.made": {
            "da": "Du lavede {document}.",
            "en": "You made {document}.",
        },
        "document.opened-not-made": {
            "da": "Du åbnede {document}, men lavede den ikke.",
            "en": "You opened {document} but did not make it.",
        },
        "document.not-opened": {
            "da": "{document} blev ikke åbnet.",
            "en": "{document} was not opened.",
        },
        "document.printed": {
            "da": "{document} blev printet eller gemt.",
            "en": "{document} was printed or saved.",
        },
        "document.not-printed": {
            "da": "{document} blev ikke printet.",
            "en": "{document} was not printed.",
        },
        "doc.safety-plan": {"da": "sikkerhedsplanen", "en": "the safety plan"},
        "doc.notification": {"da": "underretningen", "en": "the notification"},
        "doc.resource-card": {"da": "lommekortet", "en": "the pocket card"},
        "doc.referral-letter": {"da": "henvisningen", "en": "the referral"},
        "Doc.safety-plan": {"da": "Sikkerhedsplanen", "en": "The safety plan"},
        "Doc.notification": {"da": "Underretningen", "en": "The notification"},
        "Doc.resource-card": {"da": "Lommekortet", "en": "The pocket card"},
        "referral.none": {"da": "Ingen henvisning noteret.", "en": "No referral recorded."},
        "referral.recorded": {
            "da": "Noteret: {consent} til {service}; omfang: {scope}.",
            "en": "Recorded: {consent} to {service}; scope: {scope}.",
        },
        "referral.declined": {"da": "Noteret: {consent}.", "en": "Recorded: {consent}."},
        "referral.want": {
            "da": "Casen forventer: {consent}",
            "en": "The case expects: {consent}",
        },
        "referral.want-services": {"da": " til {services}", "en": " to {services}"},
        "referral.want-scope": {"da": "; omfang med {scope}", "en": "; scope including {scope}"},
        "referral.want-avoid": {"da": "; uden {scope}", "en": "; without {scope}"},
        "nothing": {"da": "ingenting", "en": "nothing"},
        "next.set": {
            "da": "Næste dato: {date} (om {days} dage).",
            "en": "Next date: {date} (in {days} days).",
        },
        "next.late": {
            "da": "Næste dato: {date} (om {days} dage; casen forventer inden for {within}).",
            "en": "Next date: {date} (in {days} days; the case expects within {within}).",
        },
        "next.none": {"da": "Ingen næste dato.", "en": "No next date."},
        "follow-up.set": {
            "da": "Opfølgning planlagt til {date}.",
            "en": "Follow-up planned for {date}.",
        },
        "follow-up.none": {"da": "Ingen opfølgning planlagt.", "en": "No follow-up planned."},
        # the time per step
        "step.gate": {"da": "Lågen", "en": "The gate"},
        "step.instrument": {"da": "Spørgsmål: {name}", "en": "Questions: {name}"},
        "step.after": {"da": "Resultat og det videre", "en": "The result and what follows"},
        "step.total": {"da": "I alt", "en": "Total"},
    }
)


def pair(texts: tuple[str, str], lang: str) -> str:
    return texts[0] if lang == "da" else texts[1]


# The case's person and setting, as the cards and the screens name them.
CASE_WORDS = Catalog(
    {
        "label.name": {"da": "Navn", "en": "Name"},
        "label.role": {"da": "Rolle", "en": "Role"},
        "label.pregnancy": {"da": "Graviditet", "en": "Pregnancy"},
        "label.child": {"da": "Barnet", "en": "The child"},
        "label.cpr": {"da": "CPR-nummer (fiktivt)", "en": "CPR number (fictitious)"},
        "label.contact": {"da": "Sikker kontakt", "en": "Safe contact"},
        "label.place": {"da": "Sted", "en": "Place"},
        "label.form": {"da": "Form", "en": "Form"},
        "label.present": {"da": "I rummet", "en": "In the room"},
        "label.interpreter": {"da": "Tolk", "en": "Interpreter"},
        "label.language": {"da": "Personens sprog", "en": "The person's language"},
        "week": {"da": "uge {week}", "en": "week {week}"},
        "child.weeks": {"da": "{weeks} uger gammelt", "en": "{weeks} weeks old"},
        "role.pregnant-woman": {"da": "gravid", "en": "pregnant woman"},
        "role.new-mother": {"da": "ny mor", "en": "new mother"},
        "role.father-co-parent": {"da": "far eller medforælder", "en": "father or co-parent"},
        "role.other": {"da": "anden", "en": "other"},
        "place.clinic": {"da": "i klinikken", "en": "at the clinic"},
        "place.home-visit": {"da": "hjemmebesøg", "en": "home visit"},
        "form.in-person": {"da": "fremmøde", "en": "in person"},
        "form.phone": {"da": "telefon", "en": "phone"},
        "form.video": {"da": "video", "en": "video"},
        "present.none": {"da": "kun personen", "en": "only the person"},
        "present.partner": {"da": "partneren", "en": "the partner"},
        "present.family-member": {"da": "et familiemedlem", "en": "a family member"},
        "present.older-child": {"da": "et større barn", "en": "an older child"},
        "present.other-adult": {"da": "en anden voksen", "en": "another adult"},
        "present.young-child": {"da": "et lille barn", "en": "a young child"},
        "interpreter.none": {"da": "ingen brug for tolk", "en": "not needed"},
        "interpreter.in-person": {
            "da": "professionel tolk i rummet",
            "en": "professional, in the room",
        },
        "interpreter.phone": {"da": "professionel telefontolk", "en": "professional, by phone"},
        "interpreter.video": {"da": "professionel videotolk", "en": "professional, by video"},
        "interpreter.family": {
            "da": "et familiemedlem tilbyder at tolke",
            "en": "a family member offers to interpret",
        },
        "contact.phone": {"da": "Telefon: {value}", "en": "Phone: {value}"},
        "contact.times": {"da": "Tider: {value}", "en": "Times: {value}"},
        "contact.messages": {"da": "Beskeder: {value}", "en": "Messages: {value}"},
        "contact.letters": {"da": "Breve hjem: {value}", "en": "Letters home: {value}"},
        "yes": {"da": "ja", "en": "yes"},
        "no": {"da": "nej", "en": "no"},
        "unknown": {"da": "ikke oplyst", "en": "not given"},
        "minutes": {"da": "{minutes} min {seconds} s", "en": "{minutes} min {seconds} s"},
        "mode.solo": {"da": "alene", "en": "solo"},
        "mode.role-play": {"da": "rollespil", "en": "role-play"},
    }
)


def duration(seconds: float, lang: str) -> str:
    whole = round(seconds)
    return CASE_WORDS.text("minutes", lang, minutes=whole // 60, seconds=whole % 60)
