"""Training's printouts: the role-play cards of every case (three parts, the person's card and the
observer's checklist with LIVES and the pathway's points), the debrief and the course report,
each page watermarked, made in memory; the course report as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from screening_app.letters.texts import TEXTS
from screening_app.services.training.printouts import TrainingPrintouts, course_csv
from screening_app.services.training.runs import Run
from tests.training.test_debrief import CASES, right_run
from tests.training.world import CATALOG
from tests.ui.documents.world import page_texts, printer

TODAY = dt.date(2026, 3, 2)


def printouts() -> TrainingPrintouts:
    return TrainingPrintouts(
        printer(), lambda instrument_id, lang: CATALOG.get(instrument_id).title.get(lang)
    )


def watermarked(pages: list[str], lang: str) -> bool:
    mark = "".join(TEXTS.text("watermark", lang).split())
    return all(mark in "".join(page.split()) for page in pages)


@pytest.mark.parametrize("case_id", sorted(CASES.cases))
def test_the_role_play_cards_of_every_case(case_id: str) -> None:
    case = CASES.get(case_id)
    prepared = printouts().role_play(case, "da")
    assert prepared.kind == "training-cards"
    assert prepared.person_id is None
    pages = page_texts(prepared.pdf)
    assert watermarked(pages, "da")
    whole = " ".join(" ".join(pages).split())
    for part in ("KLINIKEREN", "PERSONEN", "OBSERVATØREN"):
        assert part in whole
    assert case.person.cpr in whole
    assert " ".join(case.brief.get("da").split()) in whole
    assert " ".join(case.person_card.closes_up_if[0].get("da").split())[:40] in whole
    for step in ("L – Lyt", "V – Anerkend", "S – Støt videre"):
        assert step in whole
    assert "Rigtig beslutning ved lågen" in whole
    # the person's card starts on a page of its own, after the clinician's brief
    person_page = next(i for i, page in enumerate(pages) if "PERSONEN" in page)
    assert "KLINIKEREN" not in pages[person_page]
    assert person_page >= 1


def test_the_cards_in_english() -> None:
    pages = page_texts(printouts().role_play(CASES.get("phone-not-alone"), "en").pdf)
    assert watermarked(pages, "en")
    whole = " ".join(" ".join(pages).split())
    assert "THE OBSERVER" in whole
    assert "I – Inquire about needs and concerns" in whole
    assert "On the phone: " in whole


def test_the_debrief_printout_names_every_point() -> None:
    result = right_run("red-flags-same-day")
    pages = page_texts(printouts().debrief(result, "Anne Jordemoder", TODAY, "da").pdf)
    assert watermarked(pages, "da")
    whole = " ".join(" ".join(pages).split())
    assert "Anne Jordemoder" in whole
    assert f"{len(result.met)} af {len(result.points)} opfyldt" in whole
    for point in result.points:
        assert " ".join(point.title["da"].split()) in whole
    assert "Kilde: screening.md, afsnit 4: Dansk lovgivning; Barnets Lov § 133" in whole
    assert "ikke en karakter" in whole
    assert "I alt" in whole


def runs() -> list[Run]:
    made = []
    for index, case_id in enumerate(("red-flags-same-day", "partner-in-the-room")):
        result = right_run(case_id)
        made.append(
            Run(
                id=index + 1,
                uid=str(index),
                trainee=("=HYPERLINK()", "Bo")[index],
                case_id=case_id,
                case_version="1.0.0",
                mode="solo",
                started=dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC),
                ended=dt.datetime(2026, 3, 2, 9, 5, tzinfo=dt.UTC),
                met=len(result.met),
                missed=len(result.missed),
                seconds=result.total_seconds,
                origin=("a", "b")[index],
                debrief=result,
                journal=[],
            )
        )
    return made


def test_the_course_report_as_pdf_and_csv() -> None:
    pages = page_texts(printouts().course_report(runs(), TODAY, "da").pdf)
    assert watermarked(pages, "da")
    whole = " ".join(" ".join(pages).split())
    assert "2 øvelser fra 2 computere" in whole
    assert "Partneren vil ikke gå ud" in whole
    data = course_csv(runs(), "da")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Deltager",
        "Case",
        "Dato",
        "Opfyldt",
        "Mangler",
        "Minutter",
        "Manglende punkter",
    ]
    assert rows[1][0] == "'=HYPERLINK()"  # never a formula in a spreadsheet
    assert rows[2][:5] == ["Bo", "Partneren vil ikke gå ud", "2026-03-02", "2", "0"]
    assert "," in rows[1][5]  # a Danish decimal comma
