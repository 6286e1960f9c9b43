"""The referral letter's sections, each built only for an item the letter holds.

What a section says about the screening comes from the instrument's texts for the receiver
(``Band.letter`` / ``Flag.letter``), never from the clinician's (titles, texts, steps), and only
scores shown in summaries are printed.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from screening_app.domain.consent import (
    SHARE_ITEMS,
    Authorisation,
    Consent,
    Delivery,
    LawfulDisclosure,
    ShareItem,
    delivery_address,
    item_name,
)
from screening_app.domain.instrument import Band, Flag
from screening_app.domain.messages import language_name
from screening_app.domain.session import Result
from screening_app.domain.support import ServiceEntry
from screening_app.letters.content import Person, date_text, yes_no
from screening_app.letters.layout import Styles, field_table, gap, paragraphs, text
from screening_app.letters.referral_texts import RT
from screening_app.letters.texts import TEXTS


def letter_texts(result: Result, item: ShareItem, lang: str) -> list[str]:
    """The receiver's texts of the band and the raised flags that belong to ``item``."""
    parts: list[Band | Flag] = list(result.flags)
    if result.band is not None:
        parts.insert(0, result.band)
    return [
        part.letter.text.get(lang)
        for part in parts
        if part.letter is not None and part.letter.item == item
    ]


def shown_scores(result: Result, lang: str) -> list[str]:
    """The scores a summary may show (``showInSummary``), as "title: value"."""
    instrument = result.instrument
    return [
        f"{instrument.score(score_id).title.get(lang)}: {value:g}"
        for score_id, value in result.scores.items()
        if instrument.score(score_id).show_in_summary
    ]


def person_section(
    person: Person, items: frozenset[ShareItem], lang: str, styles: Styles
) -> list[Flowable]:
    heading = text(RT.text("section.person", lang), styles.heading)
    if "contact-details" not in items:
        return [heading, text(RT.text("person.withheld", lang), styles.body)]
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


def screening_section(
    result: Result, screened_on: dt.date, lang: str, styles: Styles
) -> list[Flowable]:
    instrument = result.instrument
    answered_in = language_name(result.language, lang)
    rows: list[tuple[str, str]] = [
        (
            RT.text("screening.instrument", lang),
            f"{instrument.title.get(lang)} (version {instrument.version}, {answered_in})",
        ),
        (TEXTS.text("date", lang), date_text(screened_on, lang)),
    ]
    described = letter_texts(result, "screening-result", lang)
    if described:
        rows.append((RT.text("screening.result", lang), " ".join(described)))
    scores = shown_scores(result, lang)
    if scores:
        rows.append((RT.text("screening.scores", lang), ", ".join(scores)))
    if not result.complete:
        rows.append((RT.text("screening.incomplete", lang), str(len(result.missing))))
    return [
        text(RT.text("section.screening-result", lang), styles.heading),
        field_table(rows, styles),
    ]


def safety_section(
    result: Result | None,
    auth: Authorisation,
    typed: str | None,
    lang: str,
    styles: Styles,
) -> list[Flowable]:
    out: list[Flowable] = [text(RT.text("section.safety-concerns", lang), styles.heading)]
    if result is not None:
        out += [text(line, styles.body) for line in letter_texts(result, "safety-concerns", lang)]
    if isinstance(auth, LawfulDisclosure):
        out.append(text(f"{RT.text('lawful.reason', lang)}: {auth.reason}", styles.body))
    if typed:
        out += paragraphs(typed, styles.body)
    return out


def own_violence_section(result: Result, lang: str, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [text(RT.text("section.own-violence", lang), styles.heading)]
    out += [text(line, styles.body) for line in letter_texts(result, "own-violence", lang)]
    return out


def agreement_section(
    auth: Authorisation,
    recipient: ServiceEntry,
    items: frozenset[ShareItem],
    *,
    persons_copy: bool,
    lang: str,
    styles: Styles,
) -> list[Flowable]:
    """The consent or legal basis the letter rests on. The person's copy names only what the
    copy holds (the scope may name items a copy never carries)."""
    included = ", ".join(item_name(i, lang) for i in SHARE_ITEMS if i in items) or "-"
    holds = RT.text("agreed.copy-holds" if persons_copy else "agreed.included", lang)
    if isinstance(auth, LawfulDisclosure):
        return _lawful_section(auth, holds, included, lang, styles)
    rows = [
        (RT.text("agreed.recipient", lang), recipient.display_name(lang)),
        (RT.text("agreed.purpose", lang), auth.purpose),
    ]
    if not persons_copy:
        scope = ", ".join(item_name(i, lang) for i in SHARE_ITEMS if i in auth.scope)
        rows.append((RT.text("agreed.scope", lang), scope))
    rows += [(holds, included), (RT.text("agreed.form", lang), _form_text(auth, lang))]
    rows.append((RT.text("agreed.given", lang), date_text(auth.given_on, lang)))
    if auth.lapses_by_law:
        expires = RT.text("agreed.expires-on", lang, date=date_text(auth.expires_on, lang))
        rows.append((RT.text("agreed.expires", lang), expires))
    rows += [
        (RT.text("agreed.recorded-by", lang), auth.recorded_by),
        (RT.text("agreed.basis", lang), auth.basis_text(lang)),
    ]
    heading = RT.text("section.agreed-copy" if persons_copy else "section.agreed", lang)
    return [text(heading, styles.heading), field_table(rows, styles)]


def _form_text(auth: Consent, lang: str) -> str:
    form = RT.text(f"form.{auth.form}", lang)
    if auth.basis == "sundhedsloven-41":
        return RT.text("form.41", lang, form=form)
    if auth.form == "oral":
        return RT.text("form.43-oral", lang, form=form, reason=auth.oral_reason or "-")
    return RT.text("form.43", lang, form=form)


def _lawful_section(
    auth: LawfulDisclosure, holds: str, included: str, lang: str, styles: Styles
) -> list[Flowable]:
    informed = (
        RT.text("lawful.inform-unsafe", lang)
        if auth.informing_unsafe
        else RT.text("lawful.inform", lang)
        if auth.basis == "substantial-interests"
        else None
    )
    rows = [
        (RT.text("agreed.basis", lang), auth.basis_text(lang)),
        (holds, included),
        (RT.text("lawful.decided", lang), date_text(auth.decided_on, lang)),
        (RT.text("agreed.recorded-by", lang), auth.recorded_by),
    ]
    if informed:
        rows.append((RT.text("lawful.informing", lang), informed))
    return [text(RT.text("section.lawful", lang), styles.heading), field_table(rows, styles)]


def copy_note(person: Person, delivery: Delivery, lang: str, styles: Styles) -> list[Flowable]:
    """On the service's letter: that the person has a copy, and where it went."""
    lines = delivery_address(person.safe_contact, delivery)
    if delivery == "hand-over":
        note = RT.text("copy.hand-over", lang)
    else:
        note = RT.text("copy.sent", lang, address=", ".join(lines))
    return [gap(4), text(note, styles.small)]
