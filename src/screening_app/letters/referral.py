"""The referral letter to a service: only what the person agreed to share, or the law allows.

``permitted`` (from the consent rules) decides the sections; a section outside the recorded
scope is never built, so it cannot reach the page. With ``discreet`` the first page holds only
the addresses, the date, a neutral heading and the signature; everything else starts on page 2.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from screening_app.domain.consent import (
    SHARE_ITEMS,
    Authorisation,
    Consent,
    Delivery,
    LawfulDisclosure,
    ShareItem,
    check_delivery,
    delivery_address,
    item_name,
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
    yes_no,
)
from screening_app.letters.fonts import FontSet
from screening_app.letters.layout import (
    Decorations,
    Metadata,
    Styles,
    build_pdf,
    field_table,
    gap,
    paragraphs,
    text,
)
from screening_app.letters.parts import address_block, recipient_lines, signature
from screening_app.letters.referral_texts import RT
from screening_app.letters.texts import TEXTS


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
    screening: ScreeningSummary | None = None
    safety_concerns: str | None = None
    free_text: str | None = None
    discreet: bool = False
    copy_to_person: Delivery | None = None  # also give or send the person a copy
    reference: str | None = None


def referral_items(letter: ReferralLetter) -> frozenset[ShareItem]:
    """The sections the letter will hold; DisclosureRefusedError when it may not be made."""
    return letter_items(letter.authorisation, letter.recipient.id, letter.date, letter.include)


def check_referral(letter: ReferralLetter) -> frozenset[ShareItem]:
    """Every rule a referral must pass before anything is laid out; returns its sections."""
    items = referral_items(letter)
    if letter.copy_to_person == "to-service":
        raise ValueError("a copy to the person goes home, to the safe address, or by hand")
    if letter.copy_to_person is not None:
        check_delivery(letter.person.safe_contact, letter.copy_to_person)
    if "screening-result" in items and letter.screening is None:
        raise LetterError("missing-content", item="screening-result")
    if "free-text" in items and not (letter.free_text or "").strip():
        raise LetterError("missing-content", item="free-text")
    if "safety-concerns" in items and not (
        (letter.safety_concerns or "").strip()
        or (letter.screening and letter.screening.result.flags)
        or isinstance(letter.authorisation, LawfulDisclosure)
    ):
        raise LetterError("missing-content", item="safety-concerns")
    return items


def render_referral(letter: ReferralLetter, fonts: FontSet, options: RenderOptions) -> bytes:
    items = check_referral(letter)
    lang = options.language
    styles = Styles(fonts)
    story: list[Flowable] = [
        address_block(
            recipient_lines(letter.recipient, lang, letter.discreet),
            letter.letterhead,
            letter.date,
            styles,
            lang,
        )
    ]
    if letter.discreet:
        story += [
            text(RT.text("title.discreet", lang), styles.title),
            text(RT.text("discreet.continues", lang), styles.body),
        ]
        if letter.reference:
            story.append(text(f"{RT.text('reference', lang)}: {letter.reference}", styles.body))
        story += [gap(8), *signature(letter.clinician, letter.letterhead, styles, lang)]
        story.append(PageBreak())
        story.append(text(_title(letter, lang), styles.title))
    else:
        story.append(text(_title(letter, lang), styles.title))
    story += _introduction(letter, lang, styles)
    story += _person_section(letter, items, lang, styles)
    if "screening-result" in items and letter.screening is not None:
        story += _screening_section(letter.screening, lang, styles)
    if "safety-concerns" in items:
        story += _safety_section(letter, lang, styles)
    if "free-text" in items and letter.free_text:
        story += [text(RT.text("section.free-text", lang), styles.heading)]
        story += paragraphs(letter.free_text, styles.body)
    story += _agreement_section(letter.authorisation, letter.recipient, items, lang, styles)
    story.append(
        KeepTogether([gap(6), *signature(letter.clinician, letter.letterhead, styles, lang)])
    )
    if letter.copy_to_person is not None:
        story += _copy_note(letter, lang, styles)
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


def _title(letter: ReferralLetter, lang: str) -> str:
    name = letter.recipient.display_name(lang)
    if isinstance(letter.authorisation, LawfulDisclosure):
        return RT.text("title.disclosure", lang, recipient=name)
    return RT.text("title.referral", lang, recipient=name)


def _introduction(letter: ReferralLetter, lang: str, styles: Styles) -> list[Flowable]:
    auth = letter.authorisation
    if isinstance(auth, Consent):
        intro = RT.text("intro.consent", lang, purpose=auth.purpose)
    else:
        intro = RT.text("intro.lawful", lang, basis=auth.basis_text(lang))
    return [text(intro, styles.body)]


def _person_section(
    letter: ReferralLetter, items: frozenset[ShareItem], lang: str, styles: Styles
) -> list[Flowable]:
    heading = text(RT.text("section.person", lang), styles.heading)
    if "contact-details" not in items:
        return [heading, text(RT.text("person.withheld", lang), styles.body)]
    person = letter.person
    contact = person.safe_contact
    missing = TEXTS.text("not_given", lang)
    rows: list[tuple[str, str]] = [(TEXTS.text("name", lang), person.name)]
    if person.birth_date is not None:
        rows.append((TEXTS.text("birth_date", lang), date_text(person.birth_date, lang)))
    rows += [
        (RT.text("safe.phone", lang), contact.phone or missing),
        (RT.text("safe.times", lang), contact.safe_times or missing),
        (RT.text("safe.messages", lang), yes_no(contact.may_leave_messages, lang)),
        (RT.text("safe.letters", lang), yes_no(contact.letters_home_allowed, lang)),
    ]
    if contact.other_address:
        rows.append((RT.text("safe.address", lang), ", ".join(contact.other_address)))
    if person.language or person.interpreter_needed:
        language = person.language or missing
        interpreter = RT.text(
            "interpreter.yes" if person.interpreter_needed else "interpreter.no", lang
        )
        rows.append((RT.text("language", lang), f"{language}. {interpreter}"))
    if contact.note:
        rows.append((RT.text("safe.note", lang), contact.note))
    out: list[Flowable] = [heading, field_table(rows, styles)]
    if not contact.letters_home_allowed:
        out.append(text(RT.text("safe.no-letters-warning", lang), styles.label))
    return out


def _screening_section(summary: ScreeningSummary, lang: str, styles: Styles) -> list[Flowable]:
    result = summary.result
    instrument = result.instrument
    rows: list[tuple[str, str]] = [
        (
            RT.text("screening.instrument", lang),
            f"{instrument.title.get(lang)} (version {instrument.version}, {result.language})",
        ),
        (TEXTS.text("date", lang), date_text(summary.screened_on, lang)),
    ]
    if result.band is not None:
        rows.append(
            (
                RT.text("screening.result", lang),
                f"{result.band.title.get(lang)}. {result.band.text.get(lang)}",
            )
        )
    if result.scores:
        scores = ", ".join(
            f"{instrument.score(s).title.get(lang)}: {v:g}" for s, v in result.scores.items()
        )
        rows.append((RT.text("screening.scores", lang), scores))
    if not result.complete:
        rows.append((RT.text("screening.incomplete", lang), str(len(result.missing))))
    return [
        text(RT.text("section.screening-result", lang), styles.heading),
        field_table(rows, styles),
    ]


def _safety_section(letter: ReferralLetter, lang: str, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [text(RT.text("section.safety-concerns", lang), styles.heading)]
    if letter.screening is not None:
        out += [
            text(f"{flag.title.get(lang)}: {flag.text.get(lang)}", styles.body)
            for flag in letter.screening.result.flags
        ]
    if isinstance(letter.authorisation, LawfulDisclosure):
        out.append(
            text(f"{RT.text('lawful.reason', lang)}: {letter.authorisation.reason}", styles.body)
        )
    if letter.safety_concerns:
        out += paragraphs(letter.safety_concerns, styles.body)
    return out


def _agreement_section(
    auth: Authorisation,
    recipient: ServiceEntry,
    items: frozenset[ShareItem],
    lang: str,
    styles: Styles,
) -> list[Flowable]:
    names = ", ".join(item_name(i, lang) for i in SHARE_ITEMS if i in auth.scope)
    included = ", ".join(item_name(i, lang) for i in SHARE_ITEMS if i in items)
    if isinstance(auth, Consent):
        rows = [
            (RT.text("agreed.recipient", lang), recipient.display_name(lang)),
            (RT.text("agreed.purpose", lang), auth.purpose),
            (RT.text("agreed.scope", lang), names),
            (RT.text("agreed.included", lang), included),
            (
                RT.text("agreed.form", lang),
                RT.text(f"form.{auth.form}", lang),
            ),
            (RT.text("agreed.given", lang), date_text(auth.given_on, lang)),
            (RT.text("agreed.expires", lang), date_text(auth.expires_on, lang)),
            (RT.text("agreed.recorded-by", lang), auth.recorded_by),
            (RT.text("agreed.basis", lang), auth.basis_text(lang)),
        ]
        heading = RT.text("section.agreed", lang)
    else:
        informed = (
            RT.text("lawful.inform-unsafe", lang)
            if auth.informing_unsafe
            else RT.text("lawful.inform", lang)
            if auth.basis == "substantial-interests"
            else None
        )
        rows = [
            (RT.text("agreed.basis", lang), auth.basis_text(lang)),
            (RT.text("agreed.included", lang), included),
            (RT.text("lawful.decided", lang), date_text(auth.decided_on, lang)),
            (RT.text("agreed.recorded-by", lang), auth.recorded_by),
        ]
        if informed:
            rows.append((RT.text("lawful.informing", lang), informed))
        heading = RT.text("section.lawful", lang)
    return [text(heading, styles.heading), field_table(rows, styles)]


def _copy_note(letter: ReferralLetter, lang: str, styles: Styles) -> list[Flowable]:
    delivery = letter.copy_to_person
    assert delivery is not None
    lines = delivery_address(letter.person.safe_contact, delivery)
    if delivery == "hand-over":
        note = RT.text("copy.hand-over", lang)
    else:
        note = RT.text("copy.sent", lang, address=", ".join(lines))
    return [gap(4), text(note, styles.small)]
