"""Training's printouts as the screens preview them: the role-play cards of a case, a run's
debrief, the course report (PDF, always watermarked) and the course report as CSV.

Everything is rendered in memory; a file is written only where the user chooses to save one
(the screens warn first). The CSV uses semicolons and a byte-order mark, as a Danish
spreadsheet opens it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Callable, Sequence

from screening_app.domain.base import LocalizedText
from screening_app.domain.language_names import LANGUAGES
from screening_app.domain.training.case import Source, TrainingCase
from screening_app.domain.training.checks import point_ids
from screening_app.letters import DocumentPrinter
from screening_app.letters.content import RenderOptions
from screening_app.letters.printer import DocumentKind, RenderedDocument
from screening_app.letters.training_print import (
    CourseReport,
    DebriefSheet,
    PointLine,
    ReportRow,
    RolePlayPack,
    render_course_report,
    render_debrief,
    render_role_play,
)
from screening_app.services.document_base import Prepared
from screening_app.services.training.debrief import Debrief
from screening_app.services.training.facts import source_text
from screening_app.services.training.runs import Run
from screening_app.services.training.words import CASE_WORDS, WORDS, duration

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
Language = str


def _prepared(kind: DocumentKind, pdf: bytes) -> Prepared:
    pages = len(_PAGE.findall(pdf))
    return Prepared(RenderedDocument(kind=kind, pdf=pdf, pages=pages, discreet=False), None)


def _yes_no(value: bool | None, lang: str) -> str:
    return CASE_WORDS.text("unknown" if value is None else ("yes" if value else "no"), lang)


def person_rows(case: TrainingCase, lang: str) -> tuple[tuple[str, str], ...]:
    person = case.person
    w = CASE_WORDS
    rows = [
        (w.text("label.name", lang), f"{person.name} – {person.description.get(lang)}"),
        (w.text("label.role", lang), w.text(f"role.{person.role}", lang)),
    ]
    if person.pregnancy_week is not None:
        rows.append(
            (w.text("label.pregnancy", lang), w.text("week", lang, week=person.pregnancy_week))
        )
    if person.child_age_weeks is not None:
        rows.append(
            (w.text("label.child", lang), w.text("child.weeks", lang, weeks=person.child_age_weeks))
        )
    rows.append((w.text("label.cpr", lang), person.cpr))
    contact = person.safe_contact
    lines = []
    if contact.phone:
        lines.append(w.text("contact.phone", lang, value=contact.phone))
    if contact.times is not None:
        lines.append(w.text("contact.times", lang, value=contact.times.get(lang)))
    lines.append(w.text("contact.messages", lang, value=_yes_no(contact.may_leave_messages, lang)))
    lines.append(
        w.text("contact.letters", lang, value=_yes_no(contact.may_send_letters_home, lang))
    )
    rows.append((w.text("label.contact", lang), "; ".join(lines)))
    return tuple(rows)


def language_name(code: str, lang: str) -> str:
    names = LANGUAGES.get(code)
    return code if names is None else (names[0] if lang == "da" else names[1])


def setting_rows(case: TrainingCase, lang: str) -> tuple[tuple[str, str], ...]:
    setting = case.setting
    w = CASE_WORDS
    present = ", ".join(w.text(f"present.{p}", lang) for p in setting.present)
    return (
        (w.text("label.place", lang), w.text(f"place.{setting.place}", lang)),
        (w.text("label.form", lang), w.text(f"form.{setting.form}", lang)),
        (w.text("label.present", lang), present or w.text("present.none", lang)),
        (w.text("label.interpreter", lang), w.text(f"interpreter.{setting.interpreter}", lang)),
        (w.text("label.language", lang), language_name(setting.language, lang)),
    )


def pathway_points(
    case: TrainingCase, instrument_name: Callable[[str, str], str], lang: str
) -> tuple[PointLine, ...]:
    """The case's points, as the observer ticks them (the titles the debrief uses)."""
    expected = case.expected
    reasons: dict[str, tuple[LocalizedText, Source]] = {
        "gate": (expected.gate.why, expected.gate.source),
        **{f"instrument:{i.id}": (i.why, i.source) for i in expected.instruments},
        **{f"result:{i.id}": (i.why, i.source) for i in expected.instruments},
        **{a.action: (a.why, a.source) for a in expected.actions},
    }
    lines = []
    for point in point_ids(case):
        kind, _sep, instrument_id = point.partition(":")
        name = instrument_name(instrument_id, lang) if instrument_id else ""
        title = (
            WORDS.text(f"title.{kind}", lang, name=name)
            if name
            else WORDS.text(f"title.{kind}", lang)
        )
        why, source = reasons[point]
        lines.append(PointLine(title, why.get(lang), source_text(source)[lang]))
    return tuple(lines)


class TrainingPrintouts:
    def __init__(
        self,
        printer: DocumentPrinter,
        instrument_name: Callable[[str, str], str] = lambda instrument_id, _lang: instrument_id,
    ) -> None:
        self._printer = printer
        self._instrument_name = instrument_name

    def _options(self, lang: Language) -> RenderOptions:
        return RenderOptions(language=lang, training=True)  # type: ignore[arg-type]

    def role_play(self, case: TrainingCase, lang: Language) -> Prepared:
        card = case.person_card
        pack = RolePlayPack(
            case_title=case.title.get(lang),
            summary=case.summary.get(lang),
            learning_goals=tuple(g.get(lang) for g in case.learning_goals),
            person=person_rows(case, lang),
            setting=setting_rows(case, lang),
            scene=case.setting.scene.get(lang),
            brief=case.brief.get(lang),
            background=card.background.get(lang),
            when_asked=tuple(t.get(lang) for t in card.when_asked),
            if_asked_well=tuple(t.get(lang) for t in card.if_asked_well),
            closes_up_if=tuple(t.get(lang) for t in card.closes_up_if),
            points=pathway_points(case, self._instrument_name, lang),
            mistakes=tuple(m.text.get(lang) for m in case.mistakes),
        )
        return _prepared(
            "training-cards", render_role_play(pack, self._printer.fonts, self._options(lang))
        )

    def debrief(self, result: Debrief, trainee: str, day: dt.date, lang: Language) -> Prepared:
        sheet = debrief_sheet(result, trainee, day, lang)
        return _prepared(
            "training-debrief", render_debrief(sheet, self._printer.fonts, self._options(lang))
        )

    def course_report(self, runs: Sequence[Run], today: dt.date, lang: Language) -> Prepared:
        report = course_report(runs, today, lang)
        return _prepared(
            "course-report", render_course_report(report, self._printer.fonts, self._options(lang))
        )


def debrief_sheet(result: Debrief, trainee: str, day: dt.date, lang: str) -> DebriefSheet:
    return DebriefSheet(
        case_title=result.case_title[lang],
        trainee=trainee,
        date=day.isoformat(),
        points=tuple(
            PointLine(
                p.title[lang],
                p.why[lang],
                p.source[lang],
                p.found[lang],
                p.met,
                tuple(m[lang] for m in p.mistakes),
            )
            for p in result.points
        ),
        times=tuple((s.name[lang], duration(s.seconds, lang)) for s in result.steps),
        other_mistakes=tuple(m[lang] for m in result.other_mistakes),
    )


def _minutes(seconds: float, lang: str) -> str:
    text = f"{seconds / 60:.1f}"
    return text.replace(".", ",") if lang == "da" else text


def _local_date(moment: dt.datetime) -> str:
    return moment.astimezone().date().isoformat()


def course_report(runs: Sequence[Run], today: dt.date, lang: str) -> CourseReport:
    missed: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    titles: dict[str, str] = {}
    for run in runs:
        for point in run.debrief.points:
            key = point.title[lang]
            titles[key] = key
            judged[key] += 1
            if not point.met:
                missed[key] += 1
    most = sorted(missed.items(), key=lambda item: (-item[1], item[0]))[:10]
    return CourseReport(
        date=today.isoformat(),
        rows=tuple(
            ReportRow(
                trainee=run.trainee,
                case=run.case_title[lang],
                date=_local_date(run.started),
                met=run.met,
                missed=run.missed,
                minutes=_minutes(run.seconds, lang),
                missed_points="; ".join(p.title[lang] for p in run.debrief.missed),
            )
            for run in runs
        ),
        most_missed=tuple((title, count, judged[title]) for title, count in most),
        laptops=len({run.origin for run in runs}),
    )


CSV_HEADER: dict[str, tuple[str, ...]] = {
    "da": ("Deltager", "Case", "Dato", "Opfyldt", "Mangler", "Minutter", "Manglende punkter"),
    "en": ("Trainee", "Case", "Date", "Met", "Missed", "Minutes", "Points missed"),
}


def course_csv(runs: Sequence[Run], lang: str) -> bytes:
    """The course report's runs as CSV (UTF-8 with a byte-order mark, semicolons; a Danish
    decimal comma in Danish)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER["da" if lang == "da" else "en"])
    for run in runs:
        minutes = _minutes(run.seconds, lang)
        writer.writerow(
            [
                _safe(run.trainee),
                _safe(run.case_title[lang]),
                _local_date(run.started),
                run.met,
                run.missed,
                minutes,
                _safe("; ".join(p.title[lang] for p in run.debrief.missed)),
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _safe(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


__all__ = ["TrainingPrintouts", "course_csv", "course_report", "debrief_sheet"]
