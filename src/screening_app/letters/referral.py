"""The referral letter to a service: only what the person agreed to share, or the law allows,
written for the receiver.

``permitted`` (from the consent rules) decides the sections; a section outside the recorded
scope is never built, so it cannot reach the page. What the letter says about the screening is
the instrument's text for the receiver (``letter.text`` of the band and of each raised flag),
printed in the section of its share item and only when the letter holds that item; a band or
flag without one is not described. The clinician's own texts (band and flag titles and texts,
the steps) and scores marked ``showInSummary: false`` never reach a letter.

With ``discreet`` the first page holds only the addresses, the date, a neutral heading and the
signature; everything else starts on page 2.

The person's copy (``persons_copy``) is the same letter made for the person to take home or
receive at a safe address: never where the result is marked not for home, never when telling
the person is unsafe, and never with the safety concerns, own violence, the message to the
service or the safe-contact details (a partner may read it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from screening_app.domain.consent import (
    Authorisation,
    Consent,
    Delivery,
    LawfulDisclosure,
    ShareItem,
    check_basis,
    check_delivery,
    letter_items,
)
from screening_app.domain.session import Result
from screening_app.domain.support import ServiceEntry
from screening_app.letters.content import (
    Clinician,
    LetterError,
    Letterhead,
    Person,
    RenderOptions,
    date_text,
)
from screening_app.letters.fonts import FontSet
from screening_app.letters.layout import (
    Decorations,
    Metadata,
    Styles,
    build_pdf,
    gap,
    paragraphs,
    text,
)
from screening_app.letters.parts import address_block, recipient_lines, signature
from screening_app.letters.referral_sections import (
    agreement_section,
    copy_note,
    letter_texts,
    own_violence_section,
    person_section,
    safety_section,
    screening_section,
)
from screening_app.letters.referral_texts import RT
from screening_app.letters.texts import TEXTS

# Never in the person's copy, whatever the letter to the service holds (the copy is addressed
# to the person by name; it carries no safe-contact details).
NOT_IN_COPY: frozenset[ShareItem] = frozenset(
    {"contact-details", "safety-concerns", "own-violence", "free-text"}
)


@dataclass(frozen=True)
class ScreeningSummary:
    """A finished screening as the letter reports it."""

    result: Result
    screened_on: dt.date


@dataclass(frozen=True)
class ReferralLetter:
    letterhead: Letterhead
    recipient: ServiceEntry
    person: Person
    authorisation: Authorisation
    clinician: Clinician
    date: dt.date
    include: frozenset[ShareItem]  # what the clinician chose to put in the letter
    # The screening the referral follows, whatever the letter holds: its receiver texts are
    # printed by item, and its "not for home" marks decide whether the person may have a copy.
    screening: ScreeningSummary | None = None
    safety_concerns: str | None = None
    free_text: str | None = None
    discreet: bool = False
    copy_to_person: Delivery | None = None  # also give or send the person a copy
    reference: str | None = None
    persons_copy: bool = False  # this rendering is the person's copy, not the service's letter


def not_for_home(result: Result) -> bool:
    """The instrument says nothing reporting this result may be given or sent to the person."""
    marked = result.band is not None and result.band.not_for_home
    return marked or any(flag.not_for_home for flag in result.flags)


def referral_items(letter: ReferralLetter) -> frozenset[ShareItem]:
    """The sections the letter will hold; DisclosureRefusedError when it may not be made."""
    check_basis(
        letter.authorisation,
        letter.recipient.provides_treatment,
        letter.recipient.display_name("en"),
    )
    return letter_items(letter.authorisation, letter.recipient.id, letter.date, letter.include)


def copy_refusal(letter: ReferralLetter) -> LetterError | None:
    """Why the person may not have a copy of this letter, or None when they may."""
    if letter.screening is not None and not_for_home(letter.screening.result):
        return LetterError("copy-not-for-home")
    auth = letter.authorisation
    if isinstance(auth, LawfulDisclosure) and auth.informing_unsafe:
        return LetterError("copy-informing-unsafe")
    return None


def check_referral(letter: ReferralLetter) -> frozenset[ShareItem]:
    """Every rule a referral must pass before anything is laid out; returns its sections (for
    the person's copy, the sections the copy holds)."""
    items = referral_items(letter)
    if letter.copy_to_person == "to-service":
        raise ValueError("a copy to the person goes home, to the safe address, or by hand")
    if letter.persons_copy and letter.copy_to_person is None:
        raise ValueError("the person's copy needs a way to reach the person")
    if letter.copy_to_person is not None:
        check_delivery(letter.person.safe_contact, letter.copy_to_person)
        refused = copy_refusal(letter)
        if refused is not None:
            raise refused
    result = letter.screening.result if letter.screening is not None else None
    if "screening-result" in items and result is None:
        raise LetterError("missing-content", item="screening-result")
    if "free-text" in items and not (letter.free_text or "").strip():
        raise LetterError("missing-content", item="free-text")
    if "safety-concerns" in items and not (
        (letter.safety_concerns or "").strip()
        or (result is not None and letter_texts(result, "safety-concerns", "da"))
        or isinstance(letter.authorisation, LawfulDisclosure)
    ):
        raise LetterError("missing-content", item="safety-concerns")
    if "own-violence" in items and not (
        result is not None and letter_texts(result, "own-violence", "da")
    ):
        raise LetterError("missing-content", item="own-violence")
    return items - NOT_IN_COPY if letter.persons_copy else items


def render_referral(letter: ReferralLetter, fonts: FontSet, options: RenderOptions) -> bytes:
    items = check_referral(letter)
    lang = options.language
    styles = Styles(fonts)
    copy = letter.persons_copy
    story: list[Flowable] = [
        address_block(_to_lines(letter, lang), letter.letterhead, letter.date, styles, lang)
    ]
    if letter.discreet:
        heading = "title.discreet-copy" if copy else "title.discreet"
        story += [
            text(RT.text(heading, lang), styles.title),
            text(RT.text("discreet.continues", lang), styles.body),
        ]
        if letter.reference:
            story.append(text(f"{RT.text('reference', lang)}: {letter.reference}", styles.body))
        story += [gap(8), *signature(letter.clinician, letter.letterhead, styles, lang)]
        story.append(PageBreak())
    story.append(text(_title(letter, lang), styles.title))
    story.append(text(_introduction(letter, lang), styles.body))
    if not copy:
        story += person_section(letter.person, items, lang, styles)
    screening = letter.screening
    if "screening-result" in items and screening is not None:
        story += screening_section(screening.result, screening.screened_on, lang, styles)
    if "safety-concerns" in items:
        story += safety_section(
            screening.result if screening else None,
            letter.authorisation,
            letter.safety_concerns,
            lang,
            styles,
        )
    if "own-violence" in items and screening is not None:
        story += own_violence_section(screening.result, lang, styles)
    if "free-text" in items and letter.free_text:
        story += [text(RT.text("section.free-text", lang), styles.heading)]
        story += paragraphs(letter.free_text, styles.body)
    story += agreement_section(
        letter.authorisation,
        letter.recipient,
        items,
        persons_copy=copy,
        lang=lang,
        styles=styles,
    )
    story.append(
        KeepTogether([gap(6), *signature(letter.clinician, letter.letterhead, styles, lang)])
    )
    if letter.copy_to_person is not None and not copy:
        story += copy_note(letter.person, letter.copy_to_person, lang, styles)
    decor = Decorations(
        fonts=fonts,
        header_left=letter.letterhead.clinic_name,
        header_right=TEXTS.text("confidential", lang),
        footer_left=date_text(letter.date, lang),
        page_label=TEXTS.text("page", lang),
        watermark=TEXTS.text("watermark", lang) if options.training else None,
    )
    return build_pdf(
        story, pagesize=A4, decor=decor, meta=Metadata(TEXTS.text("meta.letter", lang)), lang=lang
    )


def _to_lines(letter: ReferralLetter, lang: str) -> list[str]:
    """Who the page is addressed to: the service, or (the copy) the person where it is sent."""
    if not letter.persons_copy:
        return recipient_lines(letter.recipient, lang, letter.discreet)
    contact = letter.person.safe_contact
    if letter.copy_to_person == "person-home":
        return [letter.person.name, *contact.home_address]
    if letter.copy_to_person == "person-other-address":
        return [letter.person.name, *contact.other_address]
    return [letter.person.name]


def _title(letter: ReferralLetter, lang: str) -> str:
    name = letter.recipient.display_name(lang)
    lawful = isinstance(letter.authorisation, LawfulDisclosure)
    key = "title.disclosure" if lawful else "title.referral"
    if letter.persons_copy:
        key += "-copy"
    return RT.text(key, lang, recipient=name)


def _introduction(letter: ReferralLetter, lang: str) -> str:
    auth = letter.authorisation
    copy = "-copy" if letter.persons_copy else ""
    if isinstance(auth, Consent):
        return RT.text(f"intro.consent{copy}", lang, purpose=auth.purpose)
    return RT.text(f"intro.lawful{copy}", lang, basis=auth.basis_text(lang))
