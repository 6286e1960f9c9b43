"""The sections of the product's clinical ground (``screening.md``) that a case's reasons cite.

Every point in a case's expected pathway names the section its reason rests on; the debrief and
the printed cards show the section's number and title, so a trainee can read the ground itself.
The titles follow the document's own headings (English there; Danish here for the screens).
"""

from __future__ import annotations

from typing import Literal, get_args

from screening_app.domain.base import LocalizedText, localized

SectionNumber = Literal["1", "2", "3", "4", "5"]
SECTION_NUMBERS: tuple[SectionNumber, ...] = get_args(SectionNumber)
DOCUMENT = "screening.md"

SECTIONS: dict[str, LocalizedText] = {
    "1": localized(da="Hvorfor produktet findes", en="Why the product exists"),
    "2": localized(
        da="Sådan skal der spørges (WHO, ACOG, USPSTF, dansk praksis)",
        en="How asking must happen (WHO, ACOG, USPSTF, Danish practice)",
    ),
    "3": localized(
        da="Spørgeskemaer: hvad der må følge med", en="Instruments: what may be bundled"
    ),
    "4": localized(da="Dansk lovgivning", en="Danish law the product must support"),
    "5": localized(da="Forløbet fra start til slut", en="The pathway, end to end"),
}


def section_title(number: str, lang: str) -> str:
    return SECTIONS[number].get(lang)


def citation(number: str, lang: str, cites: str | None = None) -> str:
    """``screening.md, afsnit 2: Sådan skal der spørges (...); WHO 2014`` in ``lang``."""
    word = "afsnit" if lang == "da" else "section"
    text = f"{DOCUMENT}, {word} {number}: {section_title(number, lang)}"
    return f"{text}; {cites}" if cites else text
