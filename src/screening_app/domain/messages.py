"""Domain texts in Danish and English: answer errors and the plain-language summary."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog
from screening_app.domain.language_names import LANGUAGES, REGIONS

MESSAGES = Catalog(
    {
        # answer errors
        "answer.unknown_item": {
            "da": "Spørgsmålet '{link_id}' findes ikke i dette spørgeskema.",
            "en": "There is no question '{link_id}' in this questionnaire.",
        },
        "answer.not_a_question": {
            "da": "'{link_id}' er en tekst eller en gruppe og kan ikke besvares.",
            "en": "'{link_id}' is a text or a group and cannot be answered.",
        },
        "answer.hidden": {
            "da": "Spørgsmålet '{link_id}' vises ikke ud fra de andre svar.",
            "en": "The question '{link_id}' is not shown, given the other answers.",
        },
        "answer.expected_boolean": {
            "da": "Svaret skal være ja eller nej.",
            "en": "The answer must be yes or no.",
        },
        "answer.expected_integer": {
            "da": "Svaret skal være et helt tal.",
            "en": "The answer must be a whole number.",
        },
        "answer.expected_number": {
            "da": "Svaret skal være et tal.",
            "en": "The answer must be a number.",
        },
        "answer.expected_date": {
            "da": "Svaret skal være en dato (ÅÅÅÅ-MM-DD).",
            "en": "The answer must be a date (YYYY-MM-DD).",
        },
        "answer.expected_text": {
            "da": "Svaret skal være tekst.",
            "en": "The answer must be text.",
        },
        "answer.expected_option": {
            "da": "Vælg en af svarmulighederne.",
            "en": "Choose one of the answer options.",
        },
        "answer.expected_options": {
            "da": "Vælg en eller flere af svarmulighederne.",
            "en": "Choose one or more of the answer options.",
        },
        "answer.unknown_option": {
            "da": "'{code}' er ikke en af svarmulighederne ({allowed}).",
            "en": "'{code}' is not one of the answer options ({allowed}).",
        },
        "answer.duplicate_option": {
            "da": "'{code}' er valgt mere end én gang.",
            "en": "'{code}' is chosen more than once.",
        },
        "answer.below_min": {
            "da": "Svaret må ikke være mindre end {min}.",
            "en": "The answer must not be less than {min}.",
        },
        "answer.above_max": {
            "da": "Svaret må ikke være større end {max}.",
            "en": "The answer must not be greater than {max}.",
        },
        "answer.too_long": {
            "da": "Svaret er for langt (højst {max} tegn).",
            "en": "The answer is too long (at most {max} characters).",
        },
        "answer.read_only": {
            "da": "Spørgsmålet '{link_id}' kan ikke ændres (svaret er givet på forhånd eller "
            "regnes ud).",
            "en": "The question '{link_id}' cannot be changed (its answer is given beforehand "
            "or calculated).",
        },
        "answer.expected_time": {
            "da": "Svaret skal være et klokkeslæt (TT:MM).",
            "en": "The answer must be a time of day (HH:MM).",
        },
        "answer.expected_date_time": {
            "da": "Svaret skal være en dato og et klokkeslæt med tidszone.",
            "en": "The answer must be a date and a time with its time zone.",
        },
        "answer.expected_quantity": {
            "da": "Svaret skal være et tal med en enhed.",
            "en": "The answer must be a number with a unit.",
        },
        "answer.unknown_unit": {
            "da": "'{unit}' er ikke en af enhederne ({allowed}).",
            "en": "'{unit}' is not one of the units ({allowed}).",
        },
        "answer.expected_answers": {
            "da": "Svaret skal være en liste af svar.",
            "en": "The answer must be a list of answers.",
        },
        "answer.too_many_answers": {
            "da": "Højst {max} svar.",
            "en": "At most {max} answers.",
        },
        "answer.no_other": {
            "da": "Her kan der kun vælges mellem svarmulighederne.",
            "en": "Only the answer options can be chosen here.",
        },
        # summary
        "summary.heading": {
            "da": "{title} (version {version}, {language}).",
            "en": "{title} (version {version}, {language}).",
        },
        "summary.incomplete": {
            "da": "Ikke færdigt: {count} påkrævede spørgsmål er ikke besvaret, "
            "så der er endnu intet resultat.",
            "en": "Not finished: {count} required questions are unanswered, "
            "so there is no result yet.",
        },
        "summary.result": {
            "da": "Resultat: {band}.",
            "en": "Result: {band}.",
        },
        "summary.no_result": {
            "da": "Spørgeskemaet giver ikke et samlet resultat.",
            "en": "The questionnaire gives no overall result.",
        },
        "summary.scores": {
            "da": "Point: {scores}.",
            "en": "Scores: {scores}.",
        },
        "summary.flags": {
            "da": "Særlige forhold: {flags}.",
            "en": "Points of concern: {flags}.",
        },
        "summary.actions": {
            "da": "Hvad nu:",
            "en": "What to do now:",
        },
        "colour.green": {"da": "grøn", "en": "green"},
        "colour.yellow": {"da": "gul", "en": "yellow"},
        "colour.red": {"da": "rød", "en": "red"},
    }
)


def known_language_name(code: str, in_lang: str) -> str | None:
    """The standard (CLDR) name of a language code, in English for ``en``, else in Danish.

    "ar" is "arabisk" / "Arabic"; a regional variant has CLDR's own name where it has one
    ("fa-AF": "dari") or else "language (region)" ("ar-SY": "arabisk (Syrien)"). None for a
    code the table does not know (the instrument checks refuse such a code).
    """
    column = 1 if in_lang == "en" else 0
    if code in LANGUAGES:
        return LANGUAGES[code][column]
    language, _dash, region = code.partition("-")
    if language in LANGUAGES and region in REGIONS:
        return f"{LANGUAGES[language][column]} ({REGIONS[region][column]})"
    return None


def language_name(code: str, in_lang: str) -> str:
    """The name of a language for people to read; the code only for one no table knows."""
    return known_language_name(code, in_lang) or code
