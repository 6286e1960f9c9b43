"""The training printouts' own words, in Danish and English.

LIVES is WHO's first-line response to disclosure (the 2014 clinical handbook, as the product's
clinical ground names it in screening.md section 2): Listen, Inquire about needs and concerns,
Validate, Enhance safety, Support. The letters are WHO's acronym in both languages; what the
observer looks for under each is written for TrygStart.
"""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

_STEPS = (("L", "listen"), ("I", "inquire"), ("V", "validate"), ("E", "enhance"), ("S", "support"))
LIVES: dict[str, tuple[tuple[str, str], ...]] = {"da": _STEPS, "en": _STEPS}

TT = Catalog(
    {
        "footer": {
            "da": "TrygStart · øvelse med fiktive personer",
            "en": "TrygStart · training with fictitious persons",
        },
        "meta.cards": {"da": "Øvelse", "en": "Training"},
        "meta.debrief": {"da": "Øvelse", "en": "Training"},
        "meta.report": {"da": "Øvelse", "en": "Training"},
        "part.clinician": {"da": "KLINIKEREN", "en": "THE CLINICIAN"},
        "part.person": {"da": "PERSONEN", "en": "THE PERSON"},
        "part.observer": {"da": "OBSERVATØREN", "en": "THE OBSERVER"},
        "title.clinician": {
            "da": "Rollespil i tre · til den, der spiller jordemoder eller sundhedsplejerske",
            "en": "Role-play in threes · for the one playing the midwife or health visitor",
        },
        "title.person": {
            "da": "Rollespil i tre · til den, der spiller personen",
            "en": "Role-play in threes · for the one playing the person",
        },
        "title.observer": {
            "da": "Rollespil i tre · til observatøren",
            "en": "Role-play in threes · for the observer",
        },
        "you": {"da": "Din opgave", "en": "Your task"},
        "scene": {"da": "Situationen", "en": "The situation"},
        "person": {"da": "Personen", "en": "The person"},
        "who": {"da": "Hvem du er", "en": "Who you are"},
        "goals": {"da": "Det øver du", "en": "What you practise"},
        "clinician.how": {"da": "Sådan gør du", "en": "How to do it"},
        "clinician.how.text": {
            "da": (
                "Brug TrygStart i øvelsestilstand: find personen, og gå fra lågen til "
                "resultatet og det, der skal ske bagefter. Spørg kun, når lågens punkter er "
                "opfyldt. Personen svarer ud fra sit kort; observatøren noterer undervejs."
            ),
            "en": (
                "Use TrygStart in training mode: find the person, and go from the gate to the "
                "result and what comes after. Ask only when the gate's points hold. The person "
                "answers from their card; the observer takes notes as you go."
            ),
        },
        "when-asked": {"da": "Det siger du, når du bliver spurgt", "en": "What you say when asked"},
        "if-asked-well": {
            "da": "Det fortæller du kun, hvis du bliver spurgt godt",
            "en": "What you tell only when asked well",
        },
        "closes-up": {"da": "Det får dig til at lukke i", "en": "What makes you close up"},
        "person.how": {"da": "Sådan spiller du", "en": "How to play"},
        "person.how.text": {
            "da": (
                "Vis ikke kortet til de andre. Svar kun på det, du bliver spurgt om, og lad dig "
                "mærke af, hvordan du bliver spurgt. Et spørgsmål, der lyder som en anklage, får "
                "et kort svar."
            ),
            "en": (
                "Do not show this card to the others. Answer only what you are asked, and let "
                "the way you are asked affect you. A question that sounds like an accusation "
                "gets a short answer."
            ),
        },
        "observer.how": {
            "da": (
                "Sæt kryds, når du ser det ske, og skriv et eksempel med klinikerens egne ord "
                "på bagsiden. Efter rollespillet giver du feedback punkt for punkt – ikke en "
                "karakter."
            ),
            "en": (
                "Tick when you see it happen, and write an example in the clinician's own "
                "words on the back. After the role-play, give feedback point by point – not a "
                "grade."
            ),
        },
        "lives": {
            "da": "Første støtte (LIVES, WHO)",
            "en": "First-line support (LIVES, WHO)",
        },
        "lives.listen": {"da": "Lyt", "en": "Listen"},
        "lives.listen.what": {
            "da": "Lader personen tale færdig, afbryder ikke og viser med kroppen, at der lyttes.",
            "en": "Lets the person finish, does not interrupt, shows by posture that they listen.",
        },
        "lives.inquire": {
            "da": "Spørg til behov og bekymringer",
            "en": "Inquire about needs and concerns",
        },
        "lives.inquire.what": {
            "da": "Spørger åbent, hvad personen har brug for og er bange for – også for børnene.",
            "en": "Asks openly what the person needs and worries about – the children too.",
        },
        "lives.validate": {"da": "Anerkend", "en": "Validate"},
        "lives.validate.what": {
            "da": "Siger, at det ikke er personens skyld, og at det var godt at fortælle det.",
            "en": "Says it is not the person's fault, and that it was good to tell.",
        },
        "lives.enhance": {"da": "Øg sikkerheden", "en": "Enhance safety"},
        "lives.enhance.what": {
            "da": "Laver sikkerhedstjekket og, ved røde flag, en plan for i dag og i nat.",
            "en": "Does the safety check and, with red flags, a plan for today and tonight.",
        },
        "lives.support": {"da": "Støt videre", "en": "Support"},
        "lives.support.what": {
            "da": "Henviser med samtykke, giver numrene og aftaler opfølgning.",
            "en": "Refers with consent, gives the numbers and agrees a follow-up.",
        },
        "pathway": {
            "da": "Forløbets punkter i denne case",
            "en": "The pathway's points in this case",
        },
        "mistakes": {
            "da": "Typiske fejl at holde øje med",
            "en": "Common mistakes to look out for",
        },
        "title.debrief": {"da": "Feedback efter øvelsen", "en": "Feedback after the exercise"},
        "header.debrief": {"da": "ØVELSE · FEEDBACK", "en": "TRAINING · FEEDBACK"},
        "trainee": {"da": "Deltager", "en": "Trainee"},
        "points": {"da": "Punkter", "en": "Points"},
        "points.count": {"da": "{met} af {total} opfyldt", "en": "{met} of {total} met"},
        "not-a-grade": {
            "da": "Feedbacken er en liste af punkter – ikke en karakter.",
            "en": "The feedback is a list of points – not a grade.",
        },
        "the-points": {"da": "Punkt for punkt", "en": "Point by point"},
        "why": {"da": "Hvorfor: {why}", "en": "Why: {why}"},
        "source": {"da": "Kilde: {source}", "en": "Source: {source}"},
        "mistake": {"da": "Typisk fejl: {text}", "en": "Common mistake: {text}"},
        "times": {"da": "Tid pr. trin", "en": "Time per step"},
        "title.report": {
            "da": "Kursusrapport: øvelser i TrygStart",
            "en": "Course report: TrygStart exercises",
        },
        "header.report": {"da": "ØVELSE · KURSUSRAPPORT", "en": "TRAINING · COURSE REPORT"},
        "report.summary": {
            "da": "Udskrevet {date}: {runs} øvelser fra {laptops} computere.",
            "en": "Printed {date}: {runs} exercises from {laptops} computers.",
        },
        "report.runs": {"da": "Øvelserne", "en": "The exercises"},
        "report.most-missed": {
            "da": "Punkter, der oftest manglede",
            "en": "Points most often missed",
        },
        "report.missed-line": {
            "da": "{point}: manglede {missed} af {of} gange",
            "en": "{point}: missed {missed} of {of} times",
        },
        "column.trainee": {"da": "Deltager", "en": "Trainee"},
        "column.case": {"da": "Case (manglende punkter)", "en": "Case (points missed)"},
        "column.date": {"da": "Dato", "en": "Date"},
        "column.met": {"da": "Opfyldt", "en": "Met"},
        "column.missed": {"da": "Mangler", "en": "Missed"},
        "column.minutes": {"da": "Minutter", "en": "Minutes"},
    }
)
