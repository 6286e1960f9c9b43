"""Questionnaires on paper: the blank form to fill in by hand, and a completed screening.

The instrument's own texts print in the screening language (any language the instrument has,
right-to-left included); the printout's headings in Danish or English. Questions are numbered in
document order, and a conditional question says when it applies ("Kun hvis spm. 2 = Ja").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from screening_app.domain.answers import AnswerValue
from screening_app.domain.conditions import AllOf, Comparison, Condition
from screening_app.domain.context import Context
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateItem,
    DecimalItem,
    DisplayItem,
    GroupItem,
    Instrument,
    IntegerItem,
    Item,
    MultiChoiceItem,
    TextItem,
    is_question,
    walk_items,
)
from screening_app.domain.messages import language_name
from screening_app.domain.session import Result, Session
from screening_app.letters.content import (
    Clinician,
    LetterError,
    Letterhead,
    RenderOptions,
    date_text,
    yes_no,
)
from screening_app.letters.fonts import FontSet
from screening_app.letters.instrument_texts import IT
from screening_app.letters.layout import (
    Decorations,
    Metadata,
    Styles,
    build_pdf,
    field_table,
    gap,
    text,
)
from screening_app.letters.texts import TEXTS

BOX = "☐"


@dataclass(frozen=True)
class CompletedScreening:
    instrument: Instrument
    language: str  # the language the questions were asked in
    answers: Mapping[str, AnswerValue]
    result: Result
    screened_on: dt.date
    person_name: str | None = None
    person_id: str | None = None  # CPR number or birth date, as the clinic records it
    clinician: Clinician | None = None
    letterhead: Letterhead | None = None
    context: Context | None = None


def _numbers(instrument: Instrument) -> dict[str, int]:
    questions = [item for item, _g, _l in walk_items(instrument.items) if is_question(item)]
    return {item.link_id: index for index, item in enumerate(questions, start=1)}


def _value_text(item: Item | None, value: object, lang: str, chrome: str) -> str:
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        codes = value if isinstance(value, (tuple, list)) else (value,)
        texts = {option.code: option.text.get(lang) for option in item.options}
        return ", ".join(texts.get(str(code), str(code)) for code in codes)
    if isinstance(value, bool):
        return yes_no(value, chrome)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def describe_condition(
    condition: Condition, instrument: Instrument, numbers: Mapping[str, int], lang: str, chrome: str
) -> str:
    """A condition in words: "spm. 2 = Ja og rolle = gravid"."""
    if isinstance(condition, Comparison):
        if condition.item is not None:
            subject = IT.text("question", chrome, number=numbers.get(condition.item, "?"))
            item = instrument.items_by_id.get(condition.item)
        else:
            subject = IT.text(f"context.{condition.context}", chrome)
            item = None
        if condition.op == "exists":
            return f"{subject} {IT.text('answered' if condition.value else 'unanswered', chrome)}"
        value = condition.value
        if condition.context is not None and f"value.{value}" in IT:
            shown = IT.text(f"value.{value}", chrome)
        else:
            shown = _value_text(item, value, lang, chrome)
        op = {"!=": "≠", ">=": "≥", "<=": "≤"}.get(condition.op, condition.op)
        return f"{subject} {op} {shown}"
    joiner = IT.text("and" if isinstance(condition, AllOf) else "or", chrome)
    parts = condition.all if isinstance(condition, AllOf) else condition.any
    wrapped = [
        describe_condition(part, instrument, numbers, lang, chrome)
        if isinstance(part, Comparison)
        else f"({describe_condition(part, instrument, numbers, lang, chrome)})"
        for part in parts
    ]
    return f" {joiner} ".join(wrapped)


def _header(instrument: Instrument, lang: str, chrome: str, styles: Styles) -> list[Flowable]:
    return [
        text(
            IT.text(
                "version",
                chrome,
                version=instrument.version,
                language=language_name(lang, chrome),
                translation=instrument.translation_version(lang),
            ),
            styles.small,
        )
    ]


def _answer_area(item: Item, lang: str, chrome: str, styles: Styles) -> list[Flowable]:
    if isinstance(item, BooleanItem):
        return [
            text(f"{BOX} {yes_no(True, chrome)}     {BOX} {yes_no(False, chrome)}", styles.tight)
        ]
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        out = [text(f"{BOX} {option.text.get(lang)}", styles.tight) for option in item.options]
        if isinstance(item, MultiChoiceItem):
            out.append(text(IT.text("choose-many", chrome), styles.small))
        return out
    if isinstance(item, DateItem):
        return [text(IT.text("date-format", chrome), styles.tight)]
    if isinstance(item, (IntegerItem, DecimalItem)):
        unit = f" {item.unit.get(lang)}" if item.unit else ""
        line = f"__________{unit}"
        if item.min is not None and item.max is not None:
            line += " " + IT.text("range", chrome, low=f"{item.min:g}", high=f"{item.max:g}")
        return [text(line, styles.tight)]
    rows = 3 if isinstance(item, TextItem) else 1
    return [_write_lines(rows)]


def _write_lines(count: int) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=[160 * mm], rowHeights=[7 * mm] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, "#999999")]))
    table.hAlign = "LEFT"
    return table


def _check_language(instrument: Instrument, lang: str) -> None:
    if lang not in instrument.language_codes:
        raise LetterError("language", language=lang)


def render_blank_instrument(
    instrument: Instrument, language: str, fonts: FontSet, options: RenderOptions
) -> bytes:
    _check_language(instrument, language)
    chrome = options.language
    styles = Styles(fonts)
    numbers = _numbers(instrument)
    story: list[Flowable] = [
        text(instrument.title.get(language), styles.title),
        *_header(instrument, language, chrome, styles),
        text(instrument.description.get(language), styles.body),
    ]
    for item, _group, _loc in walk_items(instrument.items):
        story += _blank_item(
            item,
            instrument=instrument,
            numbers=numbers,
            lang=language,
            chrome=chrome,
            styles=styles,
        )
    story += _scoring_guide(instrument, language, chrome, styles)
    story += [gap(4), text(f"{IT.text('licence', chrome)}: {instrument.licence}", styles.small)]
    sources = "; ".join(source.citation for source in instrument.sources)
    story.append(text(f"{IT.text('sources', chrome)}: {sources}", styles.small))
    decor = Decorations(
        fonts=fonts,
        footer_left=f"{instrument.id} {instrument.version}",
        page_label=TEXTS.text("page", chrome),
        watermark=TEXTS.text("watermark", chrome) if options.training else None,
    )
    return build_pdf(
        story,
        pagesize=A4,
        decor=decor,
        meta=Metadata(TEXTS.text("meta.form", chrome)),
        lang=language,
    )


def _blank_item(
    item: Item,
    *,
    instrument: Instrument,
    numbers: Mapping[str, int],
    lang: str,
    chrome: str,
    styles: Styles,
) -> list[Flowable]:
    if isinstance(item, GroupItem):
        return [text(item.text.get(lang), styles.heading)]
    if isinstance(item, DisplayItem):
        return [text(item.text.get(lang), styles.body)]
    block: list[Flowable] = [text(f"{numbers[item.link_id]}. {item.text.get(lang)}", styles.label)]
    if item.enable_when is not None:
        condition = describe_condition(item.enable_when, instrument, numbers, lang, chrome)
        block.append(text(IT.text("only-if", chrome, condition=condition), styles.small))
    if item.guidance is not None:
        block.append(
            text(f"{IT.text('guidance', chrome)}: {item.guidance.get(lang)}", styles.small)
        )
    block += _answer_area(item, lang, chrome, styles)
    return [KeepTogether([gap(2.5), *block])]


def _scoring_guide(
    instrument: Instrument, lang: str, chrome: str, styles: Styles
) -> list[Flowable]:
    out: list[Flowable] = []
    if instrument.outcome is not None:
        out.append(text(IT.text("scoring", chrome), styles.heading))
        for band in instrument.outcome.bands:
            line = IT.text(
                "band",
                chrome,
                low=f"{band.min:g}",
                high=f"{band.max:g}",
                title=band.title.get(lang),
            )
            out.append(text(f"{line}. {band.text.get(lang)}", styles.tight))
    if instrument.flags:
        out.append(text(IT.text("flags", chrome), styles.heading))
        out += [
            text(f"{flag.title.get(lang)}: {flag.text.get(lang)}", styles.tight)
            for flag in instrument.flags
        ]
    return out


def render_completed_screening(
    screening: CompletedScreening, fonts: FontSet, options: RenderOptions
) -> bytes:
    instrument = screening.instrument
    lang = screening.language
    _check_language(instrument, lang)
    chrome = options.language
    styles = Styles(fonts)
    numbers = _numbers(instrument)
    session = Session(instrument, lang, screening.context)
    session.restore(dict(screening.answers))
    rows: list[tuple[str, str]] = []
    if screening.person_name:
        rows.append((IT.text("person", chrome), screening.person_name))
    if screening.person_id:
        rows.append((TEXTS.text("cpr", chrome), screening.person_id))
    rows.append((IT.text("screened-on", chrome), date_text(screening.screened_on, chrome)))
    if screening.letterhead:
        rows.append((IT.text("clinic", chrome), screening.letterhead.clinic_name))
    if screening.clinician:
        rows.append(
            (
                IT.text("clinician", chrome),
                f"{screening.clinician.name}, {screening.clinician.title}",
            )
        )
    story: list[Flowable] = [
        text(IT.text("completed.title", chrome, title=instrument.title.get(lang)), styles.title),
        *_header(instrument, lang, chrome, styles),
        gap(2),
        field_table(rows, styles),
    ]
    story += _result_section(screening.result, lang, chrome, styles)
    story.append(text(IT.text("answers", chrome), styles.heading))
    for item, _group, _loc in walk_items(instrument.items):
        if not session.is_visible(item.link_id):
            continue
        if isinstance(item, GroupItem):
            story.append(text(item.text.get(lang), styles.heading))
        elif is_question(item):
            given = session.answers.get(item.link_id)
            answer = (
                _value_text(item, given, lang, chrome)
                if given is not None
                else f"— {IT.text('not-answered', chrome)}"
            )
            story.append(
                KeepTogether(
                    [
                        gap(1.5),
                        text(f"{numbers[item.link_id]}. {item.text.get(lang)}", styles.label),
                        text(answer, styles.tight),
                    ]
                )
            )
    story += [gap(3), text(IT.text("hidden-note", chrome), styles.small)]
    head = screening.letterhead
    decor = Decorations(
        fonts=fonts,
        header_left=head.clinic_name if head else None,
        header_right=TEXTS.text("confidential", chrome),
        footer_left=f"{instrument.id} {instrument.version}",
        page_label=TEXTS.text("page", chrome),
        watermark=TEXTS.text("watermark", chrome) if options.training else None,
    )
    return build_pdf(
        story, pagesize=A4, decor=decor, meta=Metadata(TEXTS.text("meta.form", chrome)), lang=lang
    )


def _result_section(result: Result, lang: str, chrome: str, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [text(IT.text("result", chrome), styles.heading)]
    if not result.complete:
        out.append(text(IT.text("incomplete", chrome, count=len(result.missing)), styles.label))
    if result.band is not None:
        colour = IT.text(f"colour.{result.band.colour}", chrome)
        out.append(text(f"{result.band.title.get(lang)} ({colour})", styles.label))
        out.append(text(result.band.text.get(lang), styles.body))
    if result.scores:
        scores = ", ".join(
            f"{result.instrument.score(s).title.get(lang)}: {v:g}" for s, v in result.scores.items()
        )
        out.append(text(scores, styles.tight))
    out += [
        text(f"{flag.title.get(lang)}: {flag.text.get(lang)}", styles.label)
        for flag in result.flags
    ]
    if result.actions.steps:
        out.append(text(IT.text("actions", chrome), styles.label))
        out += [text(f"•  {step.get(lang)}", styles.tight) for step in result.actions.steps]
    return out
