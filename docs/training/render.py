"""The training printouts as PNG pages (70 dpi): the role-play cards of every bundled case, a
debrief and a course report, in Danish, made in memory and drawn by poppler's ``pdftoppm``.

    .venv/bin/python docs/training/render.py

The debrief and the course report come from model and wrong runs of two cases played through
the real engine on a store kept in memory (no database, nothing personal: the cases are
fictitious). The PDFs are piped to ``pdftoppm``; only the PNGs are written, here.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
OUT = Path(__file__).resolve().parent
DPI = 70


def pngs(pdf: bytes, stem: str) -> list[Path]:
    for old in OUT.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(  # noqa: S603 - fixed arguments
        ["pdftoppm", "-png", "-r", str(DPI), "-", str(OUT / stem)],  # noqa: S607
        input=pdf,
        check=True,
    )
    return sorted(OUT.glob(f"{stem}-*.png"))


def main() -> int:
    from tests.training.test_debrief import Hands, Ticks, engine_for

    from screening_app.directory import load_directory
    from screening_app.instruments.catalog import load_catalog
    from screening_app.letters import DocumentPrinter
    from screening_app.paths import resources_dir
    from screening_app.services.consultation import Journal
    from screening_app.services.training.cases import load_cases
    from screening_app.services.training.debrief import Facts, debrief
    from screening_app.services.training.printouts import TrainingPrintouts
    from screening_app.services.training.runs import Run
    from screening_app.services.training.script import play

    catalog = load_catalog()
    cases = load_cases(catalog.instruments, load_directory(resources_dir() / "services").ids())
    printer = DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")

    def name(instrument_id: str, lang: str) -> str:
        return catalog.instruments[instrument_id].title.get(lang)

    directory = load_directory(resources_dir() / "services")

    def service(service_id: str, lang: str) -> str:
        return (
            directory.get(service_id).display_name(lang) if service_id in directory else service_id
        )

    printouts = TrainingPrintouts(printer, name)
    made: list[Path] = []
    for case in cases.ordered():
        made += pngs(printouts.role_play(case, "da").pdf, f"cards-{case.id}")
    made += pngs(
        printouts.role_play(cases.get("red-flags-same-day"), "en").pdf,
        "cards.en-red-flags-same-day",
    )

    today = dt.date(2026, 3, 2)
    runs = []
    for index, (case_id, model) in enumerate(
        (("red-flags-same-day", True), ("red-flags-same-day", False), ("partner-in-the-room", True))
    ):
        case = cases.get(case_id)
        journal = Journal(clock=Ticks())
        hands = Hands(journal)
        play(case, engine_for(case, journal), today, hands if model else None)
        result = debrief(
            case,
            catalog.instruments,
            Facts(journal.entries, hands.referrals, hands.documents),
            day=today,
            ended=journal.clock(),
            service_name=service,
        )
        if index == 1:
            made += pngs(
                printouts.debrief(result, "Anne Jordemoder", today, "da").pdf,
                "debrief-red-flags-wrong",
            )
        runs.append(
            Run(
                id=index + 1,
                uid=str(index),
                trainee=("Anne Jordemoder", "Bo Sundhedsplejerske", "Kursus 3, deltager 7")[index],
                case_id=case.id,
                case_version=case.version,
                mode="solo",
                started=journal.entries[0].at,
                ended=journal.clock(),
                met=len(result.met),
                missed=len(result.missed),
                seconds=result.total_seconds,
                origin=("laptop-a", "laptop-a", "laptop-b")[index],
                debrief=result,
                journal=journal.to_json(),
            )
        )
    made += pngs(printouts.course_report(runs, today, "da").pdf, "course-report")
    for path in made:
        print(path.relative_to(REPO))  # noqa: T201 - what was written
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
