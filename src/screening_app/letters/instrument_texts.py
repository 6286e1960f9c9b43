"""Texts of the questionnaire printouts, in Danish and English.

``FORM`` holds what the person may read on the blank form (the fields, "Ønsker ikke at svare",
when to skip a question), in plain words; it is printed in the questionnaire's language when it
has that language here, else in the document's. ``IT`` holds what only the clinician reads: the
clinician's sheet and the record copy of a completed screening.
"""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

FORM = Catalog(
    {
        "version": {
            "da": "Version {version} · sprog: {language} (oversættelse {translation})",
            "en": "Version {version} · language: {language} (translation {translation})",
        },
        "fields": {
            "da": "Udfyldes af jordemoderen eller sundhedsplejersken",
            "en": "To be filled in by the midwife or health visitor",
        },
        "name": {"da": "Navn", "en": "Name"},
        "date": {"da": "Dato", "en": "Date"},
        "present": {"da": "Andre til stede", "en": "Others present"},
        "present.nobody": {"da": "ingen", "en": "no one"},
        "present.others": {"da": "ja, hvem:", "en": "yes, who:"},
        "interpreter": {"da": "Tolk", "en": "Interpreter"},
        "interpreter.none": {"da": "ingen tolk", "en": "no interpreter"},
        "interpreter.professional": {
            "da": "professionel tolk: i rummet / telefon / video",
            "en": "professional interpreter: in the room / phone / video",
        },
        "how": {
            "da": "Sæt kryds ved dit svar. Du kan altid sætte kryds ved »{declined}«.",
            "en": "Tick your answer. You can always tick “{declined}”.",
        },
        "declined": {"da": "Ønsker ikke at svare", "en": "Prefer not to answer"},
        "choose-many": {"da": "(sæt gerne flere kryds)", "en": "(tick all that apply)"},
        "range": {"da": "({low} til {high})", "en": "({low} to {high})"},
        "date-format": {
            "da": "dato: ____-__-__ (ÅÅÅÅ-MM-DD)",
            "en": "date: ____-__-__ (YYYY-MM-DD)",
        },
        "yes": {"da": "Ja", "en": "Yes"},
        "no": {"da": "Nej", "en": "No"},
        "hand-back": {
            "da": "Giv skemaet tilbage, før du går.",
            "en": "Please hand the form back before you leave.",
        },
        # When to skip: "Besvar kun dette spørgsmål, hvis barnet endnu ikke er født."
        "only.question": {
            "da": "Besvar kun dette spørgsmål, hvis {clause}. Ellers spring det over.",
            "en": "Answer this question only if {clause}. Otherwise skip it.",
        },
        "only.group": {
            "da": "Besvar kun spørgsmålene her, hvis {clause}. Ellers spring dem over.",
            "en": "Answer the questions here only if {clause}. Otherwise skip them.",
        },
        "only.display": {
            "da": "Gælder kun, hvis {clause}.",
            "en": "Only if {clause}.",
        },
        "only.ask": {
            "da": "Spørg jordemoderen eller sundhedsplejersken, om du skal besvare dette "
            "spørgsmål.",
            "en": "Ask the midwife or health visitor whether to answer this question.",
        },
        "and": {"da": "og", "en": "and"},
        "or": {"da": "eller", "en": "or"},
        "quote": {"da": "»{text}«", "en": "“{text}”"},
        "role.pregnant-woman.=": {"da": "du er gravid", "en": "you are pregnant"},
        "role.pregnant-woman.!=": {"da": "du ikke er gravid", "en": "you are not pregnant"},
        "role.new-mother.=": {"da": "du er nybagt mor", "en": "you are a new mother"},
        "role.new-mother.!=": {"da": "du ikke er nybagt mor", "en": "you are not a new mother"},
        "role.father-co-parent.=": {
            "da": "du er far eller medforælder",
            "en": "you are the father or a co-parent",
        },
        "role.father-co-parent.!=": {
            "da": "du ikke er far eller medforælder",
            "en": "you are not the father or a co-parent",
        },
        "role.other.=": {
            "da": "du hverken er gravid, nybagt mor, far eller medforælder",
            "en": "you are not pregnant, a new mother, the father or a co-parent",
        },
        "role.other.!=": {
            "da": "du er gravid, nybagt mor, far eller medforælder",
            "en": "you are pregnant, a new mother, the father or a co-parent",
        },
        "phase.pregnant.=": {
            "da": "barnet endnu ikke er født",
            "en": "the baby has not been born yet",
        },
        "phase.pregnant.!=": {"da": "barnet er født", "en": "the baby has been born"},
        "phase.after-birth.=": {"da": "barnet er født", "en": "the baby has been born"},
        "phase.after-birth.!=": {
            "da": "barnet endnu ikke er født",
            "en": "the baby has not been born yet",
        },
        "weeksPregnant": {
            "da": "du er {amount} uger henne i graviditeten",
            "en": "you are {amount} weeks pregnant",
        },
        "childAgeWeeks": {
            "da": "barnet er {amount} uger gammelt",
            "en": "the baby is {amount} weeks old",
        },
        "amount.=": {"da": "{n}", "en": "{n}"},
        "amount.!=": {"da": "ikke {n}", "en": "not {n}"},
        "amount.>": {"da": "mere end {n}", "en": "more than {n}"},
        "amount.>=": {"da": "mindst {n}", "en": "at least {n}"},
        "amount.<": {"da": "mindre end {n}", "en": "less than {n}"},
        "amount.<=": {"da": "højst {n}", "en": "at most {n}"},
        "item.=": {
            "da": "du har svaret {answer} på spørgsmål {number}",
            "en": "you answered {answer} to question {number}",
        },
        "item.!=": {
            "da": "du ikke har svaret {answer} på spørgsmål {number}",
            "en": "you did not answer {answer} to question {number}",
        },
        "item.amount": {
            "da": "dit svar på spørgsmål {number} er {amount}",
            "en": "your answer to question {number} is {amount}",
        },
        "item.answered": {
            "da": "du har besvaret spørgsmål {number}",
            "en": "you answered question {number}",
        },
        "item.unanswered": {
            "da": "du ikke har besvaret spørgsmål {number}",
            "en": "you did not answer question {number}",
        },
    }
)

IT = Catalog(
    {
        "version": {
            "da": "Version {version}, sprog: {language} (oversættelse {translation})",
            "en": "Version {version}, language: {language} (translation {translation})",
        },
        # The clinician's sheet of a blank form.
        "sheet.header": {"da": "KUN TIL FAGPERSONEN", "en": "FOR THE PROFESSIONAL ONLY"},
        "sheet.title": {
            "da": "Vejledning til fagpersonen: {title}",
            "en": "Guidance for the professional: {title}",
        },
        "sheet.warning": {
            "da": "Kun til dig som fagperson. Giv ikke disse sider til personen, og lad dem "
            "ikke ligge, hvor andre kan se dem: de fortæller, hvordan svarene vurderes.",
            "en": "For you as the professional only. Do not give these pages to the person, "
            "and do not leave them where others can see them: they say how the answers are "
            "assessed.",
        },
        "sheet.pages": {
            "da": "Vejledningen begynder på et nyt ark, så den aldrig står på bagsiden af "
            "skemaet til personen.",
            "en": "This guidance starts on a new sheet, so it is never on the back of the "
            "person's form.",
        },
        "sheet.form-language": {
            "da": "Skemaets egne tekster (felterne, »Ønsker ikke at svare« og hvornår et "
            "spørgsmål springes over) findes ikke på {language} og står på {chrome}: læs dem "
            "op for personen, om nødvendigt gennem tolken.",
            "en": "The form's own texts (the fields, “Prefer not to answer” and when to skip a "
            "question) do not exist in {language} and are printed in {chrome}: read them to "
            "the person, through the interpreter if needed.",
        },
        "sheet.about": {"da": "Om spørgeskemaet", "en": "About the questionnaire"},
        "sheet.declined": {
            "da": "»Ønsker ikke at svare« er ikke et nej. Notér det sådan, og tæl det aldrig "
            "som et nej, når du vurderer svarene.",
            "en": "“Prefer not to answer” is not a no. Record it as such, and never count it as "
            "a no when you assess the answers.",
        },
        "sheet.questions": {"da": "Spørgsmål for spørgsmål", "en": "Question by question"},
        "sheet.question": {"da": "Spm. {number}", "en": "Q{number}"},
        "sheet.clinician-only": {
            "da": "Kun til dig som fagperson: står ikke på personens sider og vises ikke, når "
            "personen svarer alene på skærmen.",
            "en": "For you as the professional only: not on the person's pages, and not shown "
            "when the person answers alone on the screen.",
        },
        "sheet.text-before": {
            "da": "Teksten før spm. {number}",
            "en": "The text before Q{number}",
        },
        "sheet.text-end": {"da": "Teksten til sidst", "en": "The closing text"},
        "sheet.section": {"da": "Afsnittet {title}", "en": "The section {title}"},
        "sheet.asked-when": {
            "da": "Stilles kun, når: {condition}",
            "en": "Asked only when: {condition}",
        },
        "sheet.shown-when": {"da": "Kun når: {condition}", "en": "Only when: {condition}"},
        "sheet.scoring": {"da": "Sådan vurderes svarene", "en": "How the answers are assessed"},
        "sheet.score.sum": {
            "da": "{title}: summen af point for {items}.",
            "en": "{title}: the sum of the points for {items}.",
        },
        "sheet.score.count": {
            "da": "{title}: antal svar {value} på {items}.",
            "en": "{title}: the number of {value} answers to {items}.",
        },
        "sheet.score.formula": {
            "da": "{title}: regnes ud af en formel ud fra svarene på {items}.",
            "en": "{title}: calculated by a formula from the answers to {items}.",
        },
        "sheet.score.hidden": {
            "da": "Tallet bruges kun til at finde resultatet; det skrives ikke i notater og breve.",
            "en": "The number is used only to find the result; it is not written in notes or "
            "letters.",
        },
        "sheet.weights": {"da": "{option} = {weight}", "en": "{option} = {weight}"},
        "sheet.results": {"da": "Resultat", "en": "Result"},
        "sheet.band": {
            "da": "{low} til {high} point: {title} ({colour})",
            "en": "{low} to {high} points: {title} ({colour})",
        },
        "sheet.band-when": {"da": "Kun når: {condition}", "en": "Only when: {condition}"},
        "sheet.flags": {"da": "Særlige forhold", "en": "Points of concern"},
        "sheet.flag-when": {"da": "Når: {condition}", "en": "When: {condition}"},
        "sheet.not-for-home": {
            "da": "Må ikke stå i noget, personen får med hjem eller får sendt.",
            "en": "Must not be in anything the person takes home or is sent.",
        },
        "sheet.actions": {"da": "Hvad nu", "en": "What to do now"},
        "licence": {"da": "Licens", "en": "Licence"},
        "sources": {"da": "Kilder", "en": "Sources"},
        "blank-page": {
            "da": "Denne side er tom med vilje.",
            "en": "This page is intentionally blank.",
        },
        # Conditions as the clinician reads them: "spm. 2 = Ja og rolle = gravid".
        "question": {"da": "spm. {number}", "en": "Q{number}"},
        "and": {"da": "og", "en": "and"},
        "or": {"da": "eller", "en": "or"},
        "answered": {"da": "er besvaret", "en": "is answered"},
        "unanswered": {"da": "ikke er besvaret", "en": "is not answered"},
        "context.role": {"da": "rolle", "en": "role"},
        "context.phase": {"da": "fase", "en": "phase"},
        "context.weeksPregnant": {"da": "graviditetsuge", "en": "week of pregnancy"},
        "context.childAgeWeeks": {"da": "barnets alder i uger", "en": "child's age in weeks"},
        "value.pregnant-woman": {"da": "gravid", "en": "pregnant woman"},
        "value.new-mother": {"da": "nybagt mor", "en": "new mother"},
        "value.father-co-parent": {"da": "far eller medforælder", "en": "father or co-parent"},
        "value.other": {"da": "anden", "en": "other"},
        "value.pregnant": {"da": "graviditet", "en": "pregnancy"},
        "value.after-birth": {"da": "efter fødslen", "en": "after the birth"},
        "colour.green": {"da": "grøn", "en": "green"},
        "colour.yellow": {"da": "gul", "en": "yellow"},
        "colour.red": {"da": "rød", "en": "red"},
        # The record copy of a completed screening.
        "completed.title": {"da": "Besvarelse: {title}", "en": "Answers: {title}"},
        "completed.header": {
            "da": "FORTROLIGT · TIL JOURNALEN",
            "en": "CONFIDENTIAL · FOR THE RECORD",
        },
        "completed.purpose": {
            "da": "Journalkopi til fagpersonen. Giv den ikke til personen, og send den ikke "
            "hjem: den gengiver svarene og resultatet.",
            "en": "Record copy for the professional. Do not give it to the person or send it "
            "home: it shows the answers and the result.",
        },
        "person": {"da": "Person", "en": "Person"},
        "screened-on": {"da": "Dato for screening", "en": "Date of screening"},
        "clinic": {"da": "Sted", "en": "Place"},
        "clinician": {"da": "Udført af", "en": "Done by"},
        "consultation": {"da": "Samtaleform", "en": "Form of consultation"},
        "consultation.in-person": {"da": "ansigt til ansigt", "en": "in person"},
        "consultation.phone": {"da": "telefon", "en": "phone"},
        "consultation.video": {"da": "video", "en": "video"},
        "present": {"da": "Andre til stede", "en": "Others present"},
        "present.none": {"da": "ingen", "en": "no one"},
        "present.partner": {"da": "partner", "en": "partner"},
        "present.family-member": {"da": "familiemedlem", "en": "family member"},
        "present.older-child": {
            "da": "barn, der er gammelt nok til at forstå",
            "en": "child old enough to understand",
        },
        "present.other-adult": {"da": "anden voksen", "en": "another adult"},
        "present.young-child": {"da": "lille barn", "en": "young child"},
        "interpreter": {"da": "Tolk", "en": "Interpreter"},
        "interpreter.none": {"da": "ingen tolk", "en": "no interpreter"},
        "interpreter.family": {
            "da": "familie eller ven tilbød at tolke (ikke brugt)",
            "en": "family member or friend offered to interpret (not used)",
        },
        "interpreter.in-person": {
            "da": "professionel tolk i rummet",
            "en": "professional interpreter in the room",
        },
        "interpreter.phone": {
            "da": "professionel tolk over telefon",
            "en": "professional interpreter on the phone",
        },
        "interpreter.video": {
            "da": "professionel tolk over video",
            "en": "professional interpreter on video",
        },
        "asked-in": {
            "da": "Spurgt på {language}; spørgsmålene står her på {shown}.",
            "en": "Asked in {language}; the questions are shown here in {shown}.",
        },
        "result": {"da": "Resultat", "en": "Result"},
        "no-result": {
            "da": "Spørgeskemaet giver ikke et samlet resultat.",
            "en": "The questionnaire gives no overall result.",
        },
        "no-result-yet": {
            "da": "Intet samlet resultat: ikke alle spørgsmål er besvaret.",
            "en": "No overall result: not every question is answered.",
        },
        "no-result-declined": {
            "da": "Intet samlet resultat: det afhænger af svar, personen ikke ønskede at give.",
            "en": "No overall result: it depends on answers the person preferred not to give.",
        },
        "no-result-other": {"da": "Intet samlet resultat.", "en": "No overall result."},
        "incomplete": {
            "da": "Ikke fuldstændig: {count} af {total} spørgsmål er ikke besvaret.",
            "en": "Not complete: {count} of {total} questions are unanswered.",
        },
        "declined-count": {
            "da": "Personen ønskede ikke at svare på {count} af {total} spørgsmål.",
            "en": "The person preferred not to answer {count} of {total} questions.",
        },
        "answers": {"da": "Svar", "en": "Answers"},
        "declined": {"da": "Ønsker ikke at svare", "en": "Prefer not to answer"},
        "not-answered": {"da": "ikke besvaret", "en": "not answered"},
        "hidden-note": {
            "da": "Spørgsmål, der ikke blev stillet ud fra de andre svar eller samtalen "
            "(rolle, graviditet eller efter fødslen), er udeladt.",
            "en": "Questions not asked, given the other answers or the consultation (role, "
            "pregnancy or after the birth), are left out.",
        },
    }
)
