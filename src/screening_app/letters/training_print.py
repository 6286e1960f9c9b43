"""The training printouts: the role-play cards for a group of three, the debrief, the course
report. Content in (already in the chosen language), PDF bytes out, in memory; every page
carries the training watermark, whatever the options say.

The role-play pack has three parts, each starting on its own page with its own header, so the
sheets can be handed out separately: the clinician's brief, the person's card (what they say
when asked, what they reveal only when asked well, what makes them close up) and the observer's
checklist (the LIVES steps of first-line support and the points of the case's pathway).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from screening_app.letters.content import RenderOptions
from screening_app.letters.fonts import FontSet
from screening_app.letters.layout import (
    RULE,
    Decorations,
    Metadata,
    SectionStart,
    Styles,
    build_pdf,
    field_table,
    gap,
    text,
)
from screening_app.letters.texts import TEXTS
from screening_app.letters.training_texts import LIVES, TT

BOX = "☐"
MET = "✓"
MISSED = "✗"
WIDTH = 170 * mm


@dataclass(frozen=True)
class PointLine:
    title: str
    why: str
    source: str
    found: str = ""
    met: bool | None = None  # None on the observer's checklist (to be ticked by hand)
    mistakes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RolePlayPack:
    case_title: str
    summary: str
    learning_goals: tuple[str, ...]
    person: tuple[tuple[str, str], ...]  # label, value: name, role, age, CPR-like number...
    setting: tuple[tuple[str, str], ...]  # label, value: place, form, who is there...
    scene: str
    brief: str
    background: str
    when_asked: tuple[str, ...]
    if_asked_well: tuple[str, ...]
    closes_up_if: tuple[str, ...]
    points: tuple[PointLine, ...]  # the pathway's points
    mistakes: tuple[str, ...]


@dataclass(frozen=True)
class DebriefSheet:
    case_title: str
    trainee: str
    date: str
    points: tuple[PointLine, ...]
    times: tuple[tuple[str, str], ...]  # step, "4 min 10 s"
    other_mistakes: tuple[str, ...]


@dataclass(frozen=True)
class ReportRow:
    trainee: str
    case: str
    date: str
    met: int
    missed: int
    minutes: str
    missed_points: str


@dataclass(frozen=True)
class CourseReport:
    date: str
    rows: tuple[ReportRow, ...]
    most_missed: tuple[tuple[str, int, int], ...]  # point title, times missed, times judged
    laptops: int


def _decor(fonts: FontSet, lang: str, header: str | None = None) -> Decorations:
    return Decorations(
        fonts=fonts,
        header_right=header,
        footer_left=TT.text("footer", lang),
        page_label=TEXTS.text("page", lang),
        watermark=TEXTS.text("watermark", lang),
    )


def _bullets(items: tuple[str, ...], styles: Styles) -> list[Flowable]:
    return [text(f"•  {item}", styles.tight) for item in items]


# ------------------------------------------------------------------ role-play
def render_role_play(pack: RolePlayPack, fonts: FontSet, options: RenderOptions) -> bytes:
    lang = options.language
    styles = Styles(fonts, base_size=10.5)
    story: list[Flowable] = [SectionStart(TT.text("part.clinician", lang))]
    story += _clinician(pack, lang, styles)
    story += [PageBreak(), SectionStart(TT.text("part.person", lang))]
    story += _person(pack, lang, styles)
    story += [PageBreak(), SectionStart(TT.text("part.observer", lang))]
    story += _observer(pack, lang, Styles(fonts, base_size=9.5))
    return build_pdf(
        story,
        pagesize=A4,
        decor=_decor(fonts, lang),
        meta=Metadata(TT.text("meta.cards", lang)),
        lang=lang,
    )


def _clinician(pack: RolePlayPack, lang: str, styles: Styles) -> list[Flowable]:
    return [
        text(TT.text("title.clinician", lang), styles.small),
        text(pack.case_title, styles.title),
        text(TT.text("you", lang), styles.heading),
        text(pack.brief, styles.body),
        text(TT.text("scene", lang), styles.heading),
        field_table(pack.setting, styles, label_width=45 * mm),
        gap(2),
        text(pack.scene, styles.body),
        text(TT.text("person", lang), styles.heading),
        field_table(pack.person, styles, label_width=45 * mm),
        text(TT.text("goals", lang), styles.heading),
        *_bullets(pack.learning_goals, styles),
        text(TT.text("clinician.how", lang), styles.heading),
        text(TT.text("clinician.how.text", lang), styles.body),
    ]


def _person(pack: RolePlayPack, lang: str, styles: Styles) -> list[Flowable]:
    return [
        text(TT.text("title.person", lang), styles.small),
        text(pack.case_title, styles.title),
        text(TT.text("who", lang), styles.heading),
        field_table(pack.person, styles, label_width=45 * mm),
        gap(2),
        text(pack.background, styles.body),
        text(TT.text("when-asked", lang), styles.heading),
        *_bullets(pack.when_asked, styles),
        text(TT.text("if-asked-well", lang), styles.heading),
        *_bullets(pack.if_asked_well, styles),
        text(TT.text("closes-up", lang), styles.heading),
        *_bullets(pack.closes_up_if, styles),
        text(TT.text("person.how", lang), styles.heading),
        text(TT.text("person.how.text", lang), styles.body),
    ]


def _checklist(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _observer(pack: RolePlayPack, lang: str, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        text(TT.text("title.observer", lang), styles.small),
        text(pack.case_title, styles.title),
        text(TT.text("observer.how", lang), styles.body),
        text(TT.text("lives", lang), styles.heading),
    ]
    lives = [
        [
            text(BOX, styles.label),
            text(f"{letter} – {TT.text(f'lives.{key}', lang)}", styles.label),
            text(TT.text(f"lives.{key}.what", lang), styles.small),
        ]
        for letter, key in LIVES[lang]
    ]
    story.append(_checklist(lives, [8 * mm, 55 * mm, 107 * mm]))
    story.append(text(TT.text("pathway", lang), styles.heading))
    points = [
        [
            text(BOX, styles.label),
            [text(point.title, styles.label), text(point.why, styles.small)],
        ]
        for point in pack.points
    ]
    story.append(_checklist(points, [8 * mm, 162 * mm]))
    story += [text(TT.text("mistakes", lang), styles.heading), *_bullets(pack.mistakes, styles)]
    return story


# ------------------------------------------------------------------- debrief
def render_debrief(sheet: DebriefSheet, fonts: FontSet, options: RenderOptions) -> bytes:
    lang = options.language
    styles = Styles(fonts, base_size=10)
    met = sum(1 for p in sheet.points if p.met)
    story: list[Flowable] = [
        text(TT.text("title.debrief", lang), styles.small),
        text(sheet.case_title, styles.title),
        field_table(
            (
                (TT.text("trainee", lang), sheet.trainee),
                (TEXTS.text("date", lang), sheet.date),
                (
                    TT.text("points", lang),
                    TT.text("points.count", lang, met=met, total=len(sheet.points)),
                ),
            ),
            styles,
            label_width=40 * mm,
        ),
        text(TT.text("not-a-grade", lang), styles.small),
    ]
    story.append(text(TT.text("the-points", lang), styles.heading))
    for point in sheet.points:  # one table each: a point is never split over two pages
        cell: list[Flowable] = [
            text(point.title, styles.label),
            text(point.found, styles.tight),
            text(TT.text("why", lang, why=point.why), styles.small),
            text(TT.text("source", lang, source=point.source), styles.small),
        ]
        cell += [text(TT.text("mistake", lang, text=m), styles.small) for m in point.mistakes]
        mark = text(MET if point.met else MISSED, styles.label)
        story.append(_checklist([[mark, cell]], [8 * mm, 162 * mm]))
    if sheet.times:
        story += [text(TT.text("times", lang), styles.heading), field_table(sheet.times, styles)]
    if sheet.other_mistakes:
        story += [text(TT.text("mistakes", lang), styles.heading)]
        story += _bullets(sheet.other_mistakes, styles)
    return build_pdf(
        story,
        pagesize=A4,
        decor=_decor(fonts, lang, TT.text("header.debrief", lang)),
        meta=Metadata(TT.text("meta.debrief", lang)),
        lang=lang,
    )


# ------------------------------------------------------------------ the course
def render_course_report(report: CourseReport, fonts: FontSet, options: RenderOptions) -> bytes:
    lang = options.language
    styles = Styles(fonts, base_size=9)
    story: list[Flowable] = [
        text(TT.text("title.report", lang), styles.title),
        text(
            TT.text(
                "report.summary",
                lang,
                date=report.date,
                runs=len(report.rows),
                laptops=report.laptops,
            ),
            styles.body,
        ),
        text(TT.text("not-a-grade", lang), styles.small),
        text(TT.text("report.runs", lang), styles.heading),
    ]
    head = [
        text(TT.text(f"column.{key}", lang), styles.label)
        for key in ("trainee", "case", "date", "met", "missed", "minutes")
    ]
    rows: list[list[object]] = [head]
    rows.extend(
        [
            text(row.trainee, styles.tight),
            [text(row.case, styles.tight), text(row.missed_points, styles.small)],
            text(row.date, styles.tight),
            text(str(row.met), styles.tight),
            text(str(row.missed), styles.tight),
            text(row.minutes, styles.tight),
        ]
        for row in report.rows
    )
    table = Table(
        rows,
        colWidths=[30 * mm, 62 * mm, 22 * mm, 17 * mm, 19 * mm, 20 * mm],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story.append(table)
    if report.most_missed:
        story.append(text(TT.text("report.most-missed", lang), styles.heading))
        story += [
            text(
                TT.text("report.missed-line", lang, point=title, missed=missed, of=judged),
                styles.tight,
            )
            for title, missed, judged in report.most_missed
        ]
    return build_pdf(
        story,
        pagesize=A4,
        decor=_decor(fonts, lang, TT.text("header.report", lang)),
        meta=Metadata(TT.text("meta.report", lang)),
        lang=lang,
    )
