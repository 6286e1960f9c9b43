"""The statistics report as PDF: the same suppressed cells, charts drawn, no person in it."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from screening_app.domain.instrument import Instrument
from screening_app.letters.fonts import FontSet
from screening_app.paths import resources_dir
from screening_app.services.accounts import Setup
from screening_app.services.statistics.service import StatisticsService
from screening_app.storage.errors import StorageError
from tests.stats.world import CANARY_CPRS, CANARY_NAMES, CANARY_NOTE, fill
from tests.storage.helpers import FakeClock

FONTS = FontSet.load(resources_dir() / "fonts")


def test_the_year_report_has_the_tables_and_no_person(
    setup: Setup, instrument: Instrument, clock: FakeClock
) -> None:
    fill(setup.session, instrument, clock)
    service = StatisticsService(setup.session, [instrument])
    pdf = service.export_pdf(dt.date(2026, 1, 1), dt.date(2026, 12, 31), FONTS, "da")
    reader = PdfReader(io.BytesIO(pdf))
    words = "\n".join(page.extract_text() for page in reader.pages)
    assert "Spurgt og ikke spurgt" in words
    assert "<5" in words
    assert "Personer set og spurgt pr. måned" in words  # a chart's title
    for canary in (*CANARY_NAMES, *CANARY_CPRS, CANARY_NOTE, "Kanariefugl"):
        assert canary not in words
        assert canary.encode() not in pdf
    assert reader.metadata is not None
    assert reader.metadata.title == "Statistik over spørgsmål om vold"
    entries = setup.session.database.audit_entries()
    assert (entries[-1].action, entries[-1].criterion) == (
        "export-statistics",
        "pdf:2026-01-01..2026-12-31",
    )


def test_the_pdf_covers_at_most_thirteen_months(setup: Setup) -> None:
    with pytest.raises(StorageError):
        StatisticsService(setup.session).export_pdf(
            dt.date(2025, 1, 1), dt.date(2026, 6, 30), FONTS
        )
