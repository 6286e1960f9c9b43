"""The clinician's sheet of a blank questionnaire: everything the person's pages leave out.

Its own pages, after the person's and on a new sheet of paper (a blank page is added when the
person's part ends on an odd page, so a two-sided print never puts it on the back of the
form); every page is headed "KUN TIL FAGPERSONEN". It holds the description of the
questionnaire, the guidance for each question and when each is asked, how the answers are
scored, the results with their texts and actions, the flags, the licence and the sources, in
the clinician's language where the questionnaire has it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import DocIf, Flowable, KeepTogether, PageBreak, Table, TableStyle

from screening_app.domain.conditions import AllOf, AnyOf, Comparison
from screening_app.domain.instrument import (
    Actions,
    Band,
    ChoiceItem,
    CountScore,
    Flag,
    FormulaScore,
    GroupItem,
    Instrument,
    Item,
    MultiChoiceItem,
    SumScore,
    is_question,
    walk_items,
)
from screening_app.domain.messages import language_name
from screening_app.letters.instrument_texts import FORM, IT
from screening_app.letters.instrument_words import clinician_condition, value_text
from screening_app.letters.layout import INK, SectionStart, Styles, gap, text


def sheet_language(instrument: Instrument, chrome: str, asked_in: str) -> str:
    """The clinician's language where the questionnaire has it, else the one it was asked in."""
    return chrome if chrome in instrument.language_codes else asked_in


def new_sheet(chrome: str, styles: Styles) -> list[Flowable]:
    """A page break to the front of a new sheet: a blank page when the form ends on a front."""
    blank = text(IT.text("blank-page", chrome), styles.small)
    return [PageBreak(), DocIf("doc.page % 2 == 0", [blank, PageBreak()])]


@dataclass(frozen=True)
class _Sheet:
    """What every part of the sheet is written with."""

    instrument: Instrument
    lang: str  # the instrument's texts
    chrome: str  # the sheet's own texts
    numbers: Mapping[str, int]
    styles: Styles

    def it(self, key: str, **params: Any) -> str:
        return IT.text(key, self.chrome, **params)

    def rule(self, condition: Comparison | AllOf | AnyOf) -> str:
        return clinician_condition(condition, self.instrument, self.numbers, self.lang, self.chrome)

    def quote(self, value: str) -> str:
        return FORM.text("quote", self.chrome, text=value)


def clinician_sheet(
    instrument: Instrument,
    *,
    asked_in: str,
    words: str,
    chrome: str,
    numbers: Mapping[str, int],
    styles: Styles,
) -> list[Flowable]:
    lang = sheet_language(instrument, chrome, asked_in)
    sheet = _Sheet(instrument, lang, chrome, numbers, styles)
    version = sheet.it(
        "version",
        version=instrument.version,
        language=language_name(asked_in, chrome),
        translation=instrument.translation_version(asked_in),
    )
    story: list[Flowable] = [
        SectionStart(sheet.it("sheet.header")),
        text(sheet.it("sheet.title", title=instrument.title.get(lang)), styles.title),
        _warning(sheet.it("sheet.warning"), styles),
        gap(2),
        text(version, styles.small),
        text(sheet.it("sheet.pages"), styles.small),
    ]
    if words != asked_in:
        note = sheet.it(
            "sheet.form-language",
            language=language_name(asked_in, chrome),
            chrome=language_name(words, chrome),
        )
        story.append(text(note, styles.small))
    story += [
        text(sheet.it("sheet.about"), styles.heading),
        text(instrument.description.get(lang), styles.body),
        text(sheet.it("sheet.declined"), styles.body),
        text(sheet.it("sheet.questions"), styles.heading),
        *_questions(sheet),
        *_scoring(sheet),
        gap(4),
        text(f"{sheet.it('licence')}: {instrument.licence}", styles.small),
        text(f"{sheet.it('sources')}:", styles.small),
        *[text(f"•  {source.citation}", _indented(styles.small)) for source in instrument.sources],
    ]
    return story


def _indented(style: ParagraphStyle, by_mm: float = 4) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-indented", parent=style, leftIndent=by_mm * mm)


def _warning(message: str, styles: Styles) -> Table:
    table = Table([[text(message, styles.label)]], colWidths=[170 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _questions(sheet: _Sheet) -> list[Flowable]:
    """Every question (its text, when it is asked, its guidance), and every text or section
    that carries guidance or a condition."""
    out: list[Flowable] = []
    styles, lang = sheet.styles, sheet.lang
    items = [item for item, _group, _loc in walk_items(sheet.instrument.items)]
    for index, item in enumerate(items):
        question = is_question(item)
        block: list[Flowable] = []
        if question:
            block.append(text(item.text.get(lang), styles.tight))
        if item.clinician_only:
            block.append(text(sheet.it("sheet.clinician-only"), styles.small))
        if item.enable_when is not None:
            key = "sheet.asked-when" if question else "sheet.shown-when"
            block.append(text(sheet.it(key, condition=sheet.rule(item.enable_when)), styles.small))
        if item.guidance is not None:
            block.append(text(item.guidance.get(lang), _indented(styles.body)))
        if block:
            label = text(_label(sheet, item, items[index:]), styles.label)
            out.append(KeepTogether([gap(2), label, *block]))
    return out


def _label(sheet: _Sheet, item: Item, rest: list[Item]) -> str:
    numbers = sheet.numbers
    if is_question(item):
        return sheet.it("sheet.question", number=numbers[item.link_id])
    if isinstance(item, GroupItem):
        return sheet.it("sheet.section", title=sheet.quote(item.text.get(sheet.lang)))
    following = next((numbers[i.link_id] for i in rest if i.link_id in numbers), None)
    if following is None:
        return sheet.it("sheet.text-end")
    return sheet.it("sheet.text-before", number=following)


def _score_items(sheet: _Sheet, score: SumScore | CountScore | FormulaScore) -> str:
    parts: list[str] = []
    for link_id in score.items:
        number = sheet.it("question", number=sheet.numbers.get(link_id, "?"))
        item = sheet.instrument.items_by_id.get(link_id)
        if isinstance(score, SumScore) and isinstance(item, (ChoiceItem, MultiChoiceItem)):
            weights = [
                sheet.it("sheet.weights", option=o.text.get(sheet.lang), weight=f"{o.weight:g}")
                for o in item.options
                if o.weight
            ]
            if weights:
                number += f" ({', '.join(weights)})"
        parts.append(number)
    return ", ".join(parts)


def _count_value(sheet: _Sheet, score: CountScore) -> str:
    items = [sheet.instrument.items_by_id.get(link_id) for link_id in score.items]
    item = next((i for i in items if isinstance(i, (ChoiceItem, MultiChoiceItem))), None)
    return sheet.quote(value_text(item, score.value, sheet.lang, sheet.chrome))


def _scoring(sheet: _Sheet) -> list[Flowable]:
    instrument, styles, lang = sheet.instrument, sheet.styles, sheet.lang
    out: list[Flowable] = []
    if instrument.scores or instrument.outcome or instrument.flags:
        out.append(text(sheet.it("sheet.scoring"), styles.heading))
    for score in instrument.scores:
        items = _score_items(sheet, score)
        title = score.title.get(lang)
        if isinstance(score, SumScore):
            line = sheet.it("sheet.score.sum", title=title, items=items)
        elif isinstance(score, CountScore):
            line = sheet.it(
                "sheet.score.count", title=title, items=items, value=_count_value(sheet, score)
            )
        else:
            line = sheet.it("sheet.score.formula", title=title, items=items)
        if not score.show_in_summary:
            line += " " + sheet.it("sheet.score.hidden")
        out.append(text(line, styles.body))
    if instrument.outcome is not None:
        out.append(text(sheet.it("sheet.results"), styles.heading))
        out += [_band(sheet, band) for band in instrument.outcome.bands]
    if instrument.flags:
        out.append(text(sheet.it("sheet.flags"), styles.heading))
        out += [_flag(sheet, flag) for flag in instrument.flags]
    return out


def _band(sheet: _Sheet, band: Band) -> Flowable:
    title = sheet.it(
        "sheet.band",
        low=f"{band.min:g}",
        high=f"{band.max:g}",
        title=band.title.get(sheet.lang),
        colour=sheet.it(f"colour.{band.colour}"),
    )
    block: list[Flowable] = [gap(2), text(title, sheet.styles.label)]
    if band.when is not None:
        rule = sheet.it("sheet.band-when", condition=sheet.rule(band.when))
        block.append(text(rule, sheet.styles.small))
    block.append(text(band.text.get(sheet.lang), _indented(sheet.styles.body)))
    block += _marks_and_actions(sheet, band.not_for_home, band.actions)
    return KeepTogether(block)


def _flag(sheet: _Sheet, flag: Flag) -> Flowable:
    styles, lang = sheet.styles, sheet.lang
    block: list[Flowable] = [
        gap(2),
        text(flag.title.get(lang), styles.label),
        text(sheet.it("sheet.flag-when", condition=sheet.rule(flag.when)), styles.small),
        text(flag.text.get(lang), _indented(styles.body)),
    ]
    block += _marks_and_actions(sheet, flag.not_for_home, flag.actions)
    return KeepTogether(block)


def _marks_and_actions(sheet: _Sheet, not_for_home: bool, actions: Actions) -> list[Flowable]:
    styles = sheet.styles
    out: list[Flowable] = []
    if not_for_home:
        out.append(text(sheet.it("sheet.not-for-home"), _indented(styles.label)))
    if actions.steps:
        out.append(text(f"{sheet.it('sheet.actions')}:", _indented(styles.tight)))
        bullet = _indented(styles.tight, 8)
        out += [text(f"•  {step.get(sheet.lang)}", bullet) for step in actions.steps]
    return out
