"""The person's own plan: safe people and places, what to have ready, a code word, numbers.

Whatever its words, a plan like this is recognisable as a plan for getting away to anyone who
finds it: it is not discreet, and the screens say so before it is printed. It has no clinic name
and no word about violence, and lists services under their neutral names. ``numbers_only`` makes
the version without people, places, things to have ready, code word or notes: the important
numbers under a neutral title. The person decides whether to take either.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from screening_app.domain.support import (
    EMERGENCY_ID,
    HOTLINE_ID,
    ServiceEntry,
    oldest_verified,
)
from screening_app.letters.card import own_name_services
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
    numbers: tuple[ServiceEntry, ...]  # the hotline, the emergency number, then chosen services
    safe_people: tuple[SafePerson, ...] = ()
    safe_places: tuple[str, ...] = ()
    take_along: tuple[str, ...] = ()  # e.g. ``default_take_along(lang)``, edited with the person
    code_word: str | None = None
    code_word_meaning: str | None = None  # what the code word asks the other person to do
    own_notes: str | None = None
    numbers_only: bool = False  # only the numbers: nothing that shows it is a plan to leave
    # Chosen services without a neutral name that the clinician accepted under their own name.
    named: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.numbers_only and (
            self.safe_people
            or self.safe_places
            or self.take_along
            or self.code_word
            or self.code_word_meaning
            or self.own_notes
        ):
            raise ValueError("the numbers-only plan holds numbers only")


def default_take_along(lang: str) -> list[str]:
    """The usual list of things to have ready, for the clinician to go through with the person."""
    return [PT.text(f"take.{key}", lang) for key in TAKE_ALONG]


def render_safety_plan(plan: SafetyPlan, fonts: FontSet, options: RenderOptions) -> bytes:
    if not plan.numbers:
        raise LetterError("missing-content", item="numbers")
    chosen = [e for e in plan.numbers if e.id not in (HOTLINE_ID, EMERGENCY_ID)]
    unaccepted = [e for e in own_name_services(chosen) if e.id not in plan.named]
    if unaccepted:
        names = ", ".join(e.display_name("da") for e in unaccepted)
        raise LetterError("named-service", services=names)
    lang = options.language
    styles = Styles(fonts, base_size=11)
    if plan.numbers_only:
        story = [text(PT.text("numbers", lang), styles.title), *_numbers(plan, lang, styles)]
    else:
        story = _whole_plan(plan, lang, styles)
    decor = Decorations(
        fonts=fonts,
        page_label=TEXTS.text("page", lang),
        watermark=TEXTS.text("watermark", lang) if options.training else None,
    )
    return build_pdf(
        story, pagesize=A4, decor=decor, meta=Metadata(TEXTS.text("meta.plan", lang)), lang=lang
    )


def _whole_plan(plan: SafetyPlan, lang: str, styles: Styles) -> list[Flowable]:
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
    story += [text(PT.text("numbers", lang), styles.heading), *_numbers(plan, lang, styles)]
    if plan.own_notes:
        story += [
            text(PT.text("notes", lang), styles.heading),
            *paragraphs(plan.own_notes, styles.body),
        ]
    return story


def _numbers(plan: SafetyPlan, lang: str, styles: Styles) -> list[Flowable]:
    """The numbers, and when they were checked if every one of them has been."""
    rows = []
    for entry in plan.numbers:
        numbers = "  /  ".join(p.number for p in entry.phones) or TEXTS.text("not_given", lang)
        detail = entry.display_name(lang, discreet=True)
        if entry.hours is not None:
            detail += f" ({entry.hours.get(lang)})"
        rows.append([text(numbers, styles.label), text(detail, styles.tight)])
    out: list[Flowable] = [_table(rows, [45 * mm, 125 * mm])]
    verified = oldest_verified(plan.numbers)
    if verified is not None:
        out.append(text(PT.text("verified", lang, date=date_text(verified, lang)), styles.small))
    return out


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
