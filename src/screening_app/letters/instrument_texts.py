"""Texts of the questionnaire printouts (blank and completed), in Danish and English."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

IT = Catalog(
    {
        "blank.title": {"da": "{title}", "en": "{title}"},
        "completed.title": {"da": "Besvarelse: {title}", "en": "Answers: {title}"},
        "version": {
            "da": "Version {version}, sprog: {language} (oversættelse {translation})",
            "en": "Version {version}, language: {language} (translation {translation})",
        },
        "licence": {"da": "Licens", "en": "Licence"},
        "sources": {"da": "Kilder", "en": "Sources"},
        "guidance": {"da": "Vejledning", "en": "Guidance"},
        "only-if": {"da": "Kun hvis {condition}", "en": "Only if {condition}"},
        "question": {"da": "spm. {number}", "en": "question {number}"},
        "and": {"da": "og", "en": "and"},
        "or": {"da": "eller", "en": "or"},
        "answered": {"da": "er besvaret", "en": "is answered"},
        "unanswered": {"da": "ikke er besvaret", "en": "is not answered"},
        "choose-many": {"da": "(vælg gerne flere)", "en": "(choose any)"},
        "range": {"da": "({low} til {high})", "en": "({low} to {high})"},
        "date-format": {
            "da": "dato: ____-__-__ (ÅÅÅÅ-MM-DD)",
            "en": "date: ____-__-__ (YYYY-MM-DD)",
        },
        "scoring": {"da": "Sådan vurderes svarene", "en": "How the answers are assessed"},
        "band": {"da": "{low} til {high} point: {title}", "en": "{low} to {high} points: {title}"},
        "flags": {"da": "Særlige forhold", "en": "Points of concern"},
        "person": {"da": "Person", "en": "Person"},
        "screened-on": {"da": "Dato for screening", "en": "Date of screening"},
        "clinician": {"da": "Udført af", "en": "Done by"},
        "not-answered": {"da": "ikke besvaret", "en": "not answered"},
        "hidden-note": {
            "da": "Spørgsmål, der ikke blev vist ud fra de andre svar, er udeladt.",
            "en": "Questions not shown, given the other answers, are left out.",
        },
        "result": {"da": "Resultat", "en": "Result"},
        "answers": {"da": "Svar", "en": "Answers"},
        "clinic": {"da": "Sted", "en": "Place"},
        "incomplete": {
            "da": "Ikke færdig: {count} påkrævede spørgsmål er ikke besvaret.",
            "en": "Not finished: {count} required questions are unanswered.",
        },
        "scores": {"da": "Point", "en": "Scores"},
        "actions": {"da": "Hvad nu", "en": "What to do now"},
        "colour.green": {"da": "grøn", "en": "green"},
        "colour.yellow": {"da": "gul", "en": "yellow"},
        "colour.red": {"da": "rød", "en": "red"},
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
    }
)
