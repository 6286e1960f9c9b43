"""Questionnaires on paper: the blank form, and the record copy of a completed screening.

Who reads what decides what each document holds.

**The blank form** has two parts in one print job. First the pages the person may see and fill
in (``blank_form``): the questions and options in the questionnaire's language, a "Ønsker ikke
at svare" box on every question, when to skip a question in plain words, and the fields for
name, date, who else was present and the interpreter. Then, starting on a new sheet of paper,
the clinician's sheet (``clinician_sheet``), headed "KUN TIL FAGPERSONEN" on every page: the
guidance, when each question is asked, the scoring, results, flags and actions, the licence
and sources. Nothing of the second part is on the first.

**The completed screening** is the record copy for the clinician: it goes in the person's
record (or to a colleague who treats the person), never to the person, because a partner may
read what she takes home. Its first page says so, and every page is headed "FORTROLIGT · TIL
JOURNALEN". It shows the consultation (date, place, who asked, the form of the consultation,
who else was present, the interpreter), the result (the band and its text, the raised flags,
how many questions were declined or left unanswered, and only the scores an instrument marks
``showInSummary``; a score such as the count of red flags is never printed), and every question
asked with its answer as given, "Ønsker ikke at svare" where the person declined. It holds no
action steps: what was done belongs in the record note. The questions print in the clinician's
language where the questionnaire has it, with the language they were asked in.

Language names are printed, never codes ("sprog: arabisk"; "language: Arabic").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from screening_app.domain.answers import AnswerValue
from screening_app.domain.context import Context
from screening_app.domain.instrument import GroupItem, Instrument, is_question, walk_items
from screening_app.domain.messages import language_name
from screening_app.domain.presence import Circumstances
from screening_app.domain.session import Result, Session
from screening_app.letters.blank_form import form_language, person_pages
from screening_app.letters.clinician_sheet import clinician_sheet, new_sheet, sheet_language
from screening_app.letters.content import (
    Clinician,
    LetterError,
    Letterhead,
    RenderOptions,
    date_text,
)
from screening_app.letters.fonts import FontSet
from screening_app.letters.instrument_texts import IT
from screening_app.letters.instrument_words import question_numbers, value_text
from screening_app.letters.layout import (
    INK,
    Decorations,
    Metadata,
    Styles,
    build_pdf,
    field_table,
    gap,
    text,
)
from screening_app.letters.texts import TEXTS


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
    declined: frozenset[str] = field(default_factory=frozenset)  # questions declined
    # How the consultation happened (None: not recorded, e.g. before schema v3).
    circumstances: Circumstances | None = None


def _check_language(instrument: Instrument, lang: str) -> None:
    if lang not in instrument.language_codes:
        raise LetterError("language", language=lang)


# ------------------------------------------------------------------------ blank
def render_blank_instrument(
    instrument: Instrument, language: str, fonts: FontSet, options: RenderOptions
) -> bytes:
    _check_language(instrument, language)
    chrome = options.language
    styles = Styles(fonts)
    numbers = question_numbers(instrument)
    words = form_language(language, chrome)
    story = person_pages(instrument, language, words, numbers, styles)
    story += new_sheet(chrome, styles)
    story += clinician_sheet(
        instrument, asked_in=language, words=words, chrome=chrome, numbers=numbers, styles=styles
    )
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


# -------------------------------------------------------------------- completed
def render_completed_screening(
    screening: CompletedScreening, fonts: FontSet, options: RenderOptions
) -> bytes:
    instrument = screening.instrument
    asked_in = screening.language
    _check_language(instrument, asked_in)
    chrome = options.language
    lang = sheet_language(instrument, chrome, asked_in)
    styles = Styles(fonts)
    numbers = question_numbers(instrument)
    session = Session(instrument, asked_in, screening.context)
    session.restore(dict(screening.answers))
    story: list[Flowable] = [
        text(IT.text("completed.title", chrome, title=instrument.title.get(lang)), styles.title),
        text(
            IT.text(
                "version",
                chrome,
                version=instrument.version,
                language=language_name(asked_in, chrome),
                translation=instrument.translation_version(asked_in),
            ),
            styles.small,
        ),
        gap(2),
        _purpose(IT.text("completed.purpose", chrome), styles),
        gap(3),
        field_table(_consultation_rows(screening, chrome), styles),
    ]
    if lang != asked_in:
        story.append(
            text(
                IT.text(
                    "asked-in",
                    chrome,
                    language=language_name(asked_in, chrome),
                    shown=language_name(lang, chrome),
                ),
                styles.small,
            )
        )
    questions = [item for item in session.visible_items() if is_question(item)]
    declined = [item for item in questions if item.link_id in screening.declined]
    unanswered = [
        item
        for item in questions
        if item.link_id not in session.answers and item.link_id not in screening.declined
    ]
    story += _result_section(
        screening.result,
        lang,
        chrome,
        styles=styles,
        total=len(questions),
        declined=len(declined),
        unanswered=len(unanswered),
    )
    story.append(text(IT.text("answers", chrome), styles.heading))
    answer_style = ParagraphStyle("answer", parent=styles.tight, leftIndent=5 * mm)
    for item, _group, _loc in walk_items(instrument.items):
        if not session.is_visible(item.link_id):
            continue
        if isinstance(item, GroupItem):
            story.append(text(item.text.get(lang), styles.heading))
        elif is_question(item):
            given = session.answers.get(item.link_id)
            if item.link_id in screening.declined:
                answer = IT.text("declined", chrome)
            elif given is None:
                answer = f"— {IT.text('not-answered', chrome)}"
            else:
                answer = value_text(item, given, lang, chrome)
            story.append(
                KeepTogether(
                    [
                        gap(1.5),
                        text(f"{numbers[item.link_id]}. {item.text.get(lang)}", styles.label),
                        text(answer, answer_style),
                    ]
                )
            )
    story += [gap(3), text(IT.text("hidden-note", chrome), styles.small)]
    head = screening.letterhead
    decor = Decorations(
        fonts=fonts,
        header_left=head.clinic_name if head else None,
        header_right=IT.text("completed.header", chrome),
        footer_left=f"{instrument.id} {instrument.version}",
        page_label=TEXTS.text("page", chrome),
        watermark=TEXTS.text("watermark", chrome) if options.training else None,
    )
    return build_pdf(
        story, pagesize=A4, decor=decor, meta=Metadata(TEXTS.text("meta.form", chrome)), lang=lang
    )


def _purpose(message: str, styles: Styles) -> Table:
    table = Table([[text(message, styles.label)]], colWidths=[170 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.0, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _consultation_rows(screening: CompletedScreening, chrome: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if screening.person_name:
        rows.append((IT.text("person", chrome), screening.person_name))
    if screening.person_id:
        rows.append((TEXTS.text("cpr", chrome), screening.person_id))
    rows.append((IT.text("screened-on", chrome), date_text(screening.screened_on, chrome)))
    if screening.letterhead:
        rows.append((IT.text("clinic", chrome), screening.letterhead.clinic_name))
    if screening.clinician:
        who = f"{screening.clinician.name}, {screening.clinician.title}"
        rows.append((IT.text("clinician", chrome), who))
    how = screening.circumstances
    if how is not None:
        form = IT.text(f"consultation.{how.form}", chrome)
        rows.append((IT.text("consultation", chrome), form))
        present = ", ".join(IT.text(f"present.{p}", chrome) for p in how.present)
        rows.append((IT.text("present", chrome), present or IT.text("present.none", chrome)))
        if how.interpreter is not None:
            kind = IT.text(f"interpreter.{how.interpreter}", chrome)
            rows.append((IT.text("interpreter", chrome), kind))
    return rows


def _result_section(
    result: Result,
    lang: str,
    chrome: str,
    *,
    styles: Styles,
    total: int,
    declined: int,
    unanswered: int,
) -> list[Flowable]:
    out: list[Flowable] = [text(IT.text("result", chrome), styles.heading)]
    if result.band is not None:
        colour = IT.text(f"colour.{result.band.colour}", chrome)
        out.append(text(f"{result.band.title.get(lang)} ({colour})", styles.label))
        out.append(text(result.band.text.get(lang), styles.body))
    elif result.instrument.outcome is None:
        out.append(text(IT.text("no-result", chrome), styles.body))
    else:
        # No band: questions left unanswered, or (where declined answers cannot change the
        # band, it is given) answers the person declined that decide it.
        reason = "no-result-yet" if unanswered else "no-result-declined" if declined else ""
        out.append(text(IT.text(reason or "no-result-other", chrome), styles.label))
    if declined:
        out.append(
            text(IT.text("declined-count", chrome, count=declined, total=total), styles.label)
        )
    if unanswered:
        out.append(text(IT.text("incomplete", chrome, count=unanswered, total=total), styles.label))
    shown = [
        f"{result.instrument.score(score_id).title.get(lang)}: {value:g}"
        for score_id, value in result.scores.items()
        if result.instrument.score(score_id).show_in_summary
    ]
    if shown:
        out.append(text("; ".join(shown), styles.tight))
    out += [
        text(f"{flag.title.get(lang)}: {flag.text.get(lang)}", styles.label)
        for flag in result.flags
    ]
    return out
