"""The person's own plan, printed discreetly: a neutral title, no clinic name, no word about
violence, services under their discreet names. The person decides whether to take it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from screening_app.domain.support import ServiceEntry, oldest_verified
from screening_app.letters.content import LetterError, RenderOptions, date_text
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
from screening_app.letters.plan_texts import PT, TAKE_ALONG
from screening_app.letters.texts import TEXTS

CHECKBOX = "☐"


@dataclass(frozen=True)
class SafePerson:
    name: str
    phone: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SafetyPlan:
    numbers: tuple[ServiceEntry, ...]  # the hotline, the emergency number, chosen services
    safe_people: tuple[SafePerson, ...] = ()
    safe_places: tuple[str, ...] = ()
    take_along: tuple[str, ...] = ()  # e.g. ``default_take_along(lang)``, edited with the person
    code_word: str | None = None
    code_word_meaning: str | None = None  # what the code word asks the other person to do
    own_notes: str | None = None


def default_take_along(lang: str) -> list[str]:
    """The usual list of things to have ready, for the clinician to go through with the person."""
    return [PT.text(f"take.{key}", lang) for key in TAKE_ALONG]


def render_safety_plan(plan: SafetyPlan, fonts: FontSet, options: RenderOptions) -> bytes:
    if not plan.numbers:
        raise LetterError("missing-content", item="numbers")
    lang = options.language
    styles = Styles(fonts, base_size=11)
    story: list[Flowable] = [text(PT.text("title", lang), styles.title)]
    story += [text(PT.text("people", lang), styles.heading)]
    if plan.safe_people:
        rows = [
            [
                text(p.name, styles.label, False),
                text(p.phone or "", styles.tight),
                text(p.note or "", styles.tight),
            ]
            for p in plan.safe_people
        ]
        story.append(_table(rows, [60 * mm, 40 * mm, 70 * mm]))
    else:
        story += _blank_lines(3)
    story += [text(PT.text("places", lang), styles.heading)]
    if plan.safe_places:
        story += [text(f"•  {place}", styles.tight) for place in plan.safe_places]
    else:
        story += _blank_lines(3)
    story += [text(PT.text("take", lang), styles.heading)]
    items = plan.take_along or tuple(default_take_along(lang))
    story += [text(f"{CHECKBOX}  {item}", styles.tight) for item in items]
    story += [text(PT.text("code", lang), styles.heading)]
    if plan.code_word:
        story.append(text(f"{PT.text('code.word', lang)}: {plan.code_word}", styles.label))
        if plan.code_word_meaning:
            story.append(
                text(f"{PT.text('code.meaning', lang)}: {plan.code_word_meaning}", styles.tight)
            )
    else:
        story += _blank_lines(2)
    story += [text(PT.text("numbers", lang), styles.heading)]
    rows = []
    for entry in plan.numbers:
        numbers = "  /  ".join(p.number for p in entry.phones) or TEXTS.text("not_given", lang)
        detail = entry.display_name(lang, discreet=True)
        if entry.hours is not None:
            detail += f" ({entry.hours.get(lang)})"
        rows.append([text(numbers, styles.label), text(detail, styles.tight)])
    story.append(_table(rows, [45 * mm, 125 * mm]))
    verified = oldest_verified(plan.numbers)
    checked = (
        PT.text("unverified", lang)
        if verified is None
        else PT.text("verified", lang, date=date_text(verified, lang))
    )
    story.append(text(checked, styles.small))
    if plan.own_notes:
        story += [
            text(PT.text("notes", lang), styles.heading),
            *paragraphs(plan.own_notes, styles.body),
        ]
    decor = Decorations(
        fonts=fonts,
        page_label=TEXTS.text("page", lang),
        watermark=TEXTS.text("watermark", lang) if options.training else None,
    )
    return build_pdf(
        story, pagesize=A4, decor=decor, meta=Metadata(TEXTS.text("meta.plan", lang)), lang=lang
    )


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _blank_lines(count: int) -> list[Flowable]:
    """Lines to write on by hand."""
    line = Table([[""]], colWidths=[170 * mm], rowHeights=[8 * mm], hAlign="LEFT")
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999")]))
    return [line for _ in range(count)] + [gap(1)]
