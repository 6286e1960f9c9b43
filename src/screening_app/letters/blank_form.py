"""The pages of a blank questionnaire that the person may see and fill in.

Only what the person is asked: the questions and their options in the questionnaire's language,
a "Ønsker ikke at svare" box on every question (distinct from leaving it empty), when to skip a
question in plain words, and the fields the midwife or health visitor fills in (name, date, who
else was present, the interpreter). Nothing for the clinician: no guidance, no description of
how the answers are assessed, no scores, results, flags or actions; those are on the
clinician's sheet (``clinician_sheet``), which starts on a new sheet of paper.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

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
    walk_items,
)
from screening_app.domain.messages import language_name
from screening_app.letters.bidi import has_rtl
from screening_app.letters.instrument_texts import FORM
from screening_app.letters.instrument_words import person_condition
from screening_app.letters.layout import MUTED, RULE, Styles, gap, text

BOX = "☐"
WIDTH = 170 * mm


def form_language(instrument_language: str, chrome: str) -> str:
    """The language of the form's own texts: the questionnaire's where FORM has it."""
    return instrument_language if instrument_language in FORM.languages else chrome


def person_pages(
    instrument: Instrument, lang: str, words: str, numbers: Mapping[str, int], styles: Styles
) -> list[Flowable]:
    """The person's part of a blank form: ``lang`` for the questions, ``words`` for the rest."""
    story: list[Flowable] = [
        text(instrument.title.get(lang), styles.title),
        text(
            FORM.text(
                "version",
                words,
                version=instrument.version,
                language=language_name(lang, words),
                translation=instrument.translation_version(lang),
            ),
            styles.small,
        ),
        gap(2),
        _fields(words, styles),
        gap(3),
        text(FORM.text("how", words, declined=FORM.text("declined", words)), styles.body),
    ]
    for item, _group, _loc in walk_items(instrument.items):
        if item.clinician_only:  # the clinician's own question: on the clinician's sheet
            continue
        story += _item(item, instrument, lang, words, numbers=numbers, styles=styles)
    story += [gap(6), text(FORM.text("hand-back", words), styles.label)]
    return story


def _fields(words: str, styles: Styles) -> Table:
    """The box the midwife or health visitor fills in: name, date, presence, interpreter."""
    line = "_" * 34

    def row(label: str, value: str) -> list[Flowable]:
        return [text(FORM.text(label, words), styles.label), text(value, styles.tight, False)]

    nobody, others = FORM.text("present.nobody", words), FORM.text("present.others", words)
    none, professional = (
        FORM.text("interpreter.none", words),
        FORM.text("interpreter.professional", words),
    )
    data = [
        [text(FORM.text("fields", words), styles.small), ""],
        row("name", line),
        row("date", "____-__-__"),
        row("present", f"{BOX} {nobody}     {BOX} {others} ____________________"),
        row("interpreter", f"{BOX} {none}     {BOX} {professional}"),
    ]
    table = Table(data, colWidths=[50 * mm, WIDTH - 50 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _item(
    item: Item,
    instrument: Instrument,
    lang: str,
    words: str,
    *,
    numbers: Mapping[str, int],
    styles: Styles,
) -> list[Flowable]:
    kind = (
        "group"
        if isinstance(item, GroupItem)
        else "display"
        if isinstance(item, DisplayItem)
        else "question"
    )
    question = item.text.get(lang)
    rtl = has_rtl(question)
    note: list[Flowable] = []
    if item.enable_when is not None:
        clause = person_condition(item.enable_when, instrument, numbers, lang, words)
        skip = (
            FORM.text("only.ask", words)
            if clause is None
            else FORM.text(f"only.{kind}", words, clause=clause)
        )
        note = [text(skip, _note_style(styles, rtl))]
    if isinstance(item, GroupItem):
        return [text(item.text.get(lang), styles.heading), *note]
    if isinstance(item, DisplayItem):
        return [gap(1.5), *note, text(item.text.get(lang), styles.body)]
    number = numbers[item.link_id]
    # Word-level right-to-left layout would draw "1." as "1." at the right edge; "(1)" reads
    # the same in both directions.
    label = f"({number}) {question}" if rtl else f"{number}. {question}"
    declined = f"{BOX} {FORM.text('declined', words)}"
    block: list[Flowable] = [
        gap(3),
        *note,
        text(label, styles.label),
        gap(1),
        *_answer_area(item, lang, words, styles),
        gap(0.8),
        text(declined, styles.right, False) if rtl else text(declined, styles.tight),
    ]
    return [KeepTogether(block)]


def _note_style(styles: Styles, rtl: bool) -> ParagraphStyle:
    """When to skip: read before the question, in the question's column."""
    return ParagraphStyle(
        "skip",
        parent=styles.tight,
        textColor=MUTED,
        alignment=TA_RIGHT if rtl else TA_LEFT,
    )


def _answer_area(item: Item, lang: str, words: str, styles: Styles) -> list[Flowable]:
    if isinstance(item, BooleanItem):
        yes, no = FORM.text("yes", words), FORM.text("no", words)
        return [text(f"{BOX} {yes}     {BOX} {no}", styles.tight)]
    if isinstance(item, (ChoiceItem, MultiChoiceItem)):
        out = [text(f"{BOX} {option.text.get(lang)}", styles.tight) for option in item.options]
        if isinstance(item, MultiChoiceItem):
            out.append(text(FORM.text("choose-many", words), styles.small))
        return out
    if isinstance(item, DateItem):
        return [text(FORM.text("date-format", words), styles.tight)]
    if isinstance(item, (IntegerItem, DecimalItem)):
        unit = f" {item.unit.get(lang)}" if item.unit else ""
        line = f"__________{unit}"
        if item.min is not None and item.max is not None:
            line += " " + FORM.text("range", words, low=f"{item.min:g}", high=f"{item.max:g}")
        return [text(line, styles.tight)]
    return [_write_lines(3 if isinstance(item, TextItem) else 1)]


def _write_lines(count: int) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=[160 * mm], rowHeights=[7 * mm] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    table.hAlign = "LEFT"
    return table
