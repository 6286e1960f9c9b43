"""The oversight screens on real services: statistics (chart, table, CSV as the service
makes it), the access log (filter, export with a reason, a spot check reviewed to the end)
and the person's own-data dialog (the warning, the confirmation, the copy saved privately)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from screening_app.domain.instrument import Instrument
from screening_app.services.access_log import AccessLogService
from screening_app.services.accounts import Setup
from screening_app.services.person_data.service import PersonDataService
from screening_app.services.persons import PersonService
from screening_app.services.statistics.service import StatisticsService
from screening_app.ui.oversight.access_log_screen import AccessLogScreen
from screening_app.ui.oversight.action_names import action_name
from screening_app.ui.oversight.files import write_private
from screening_app.ui.oversight.statistics_screen import StatisticsScreen
from screening_app.ui.persons.own_data_dialog import OwnDataDialog
from tests.stats.world import CANARY_NAMES, fill
from tests.storage.helpers import FakeClock

pytestmark = pytest.mark.gui


def _chooser(path: Path) -> Callable[..., None]:
    def choose(
        _parent: object, _name: str, _filter: str, on_chosen: Callable[[Path], object]
    ) -> None:
        on_chosen(path)

    return choose


def test_statistics_screen_shows_the_suppressed_report(
    qtbot, setup: Setup, instrument: Instrument, clock: FakeClock, tmp_path: Path
) -> None:
    fill(setup.session, instrument, clock)
    service = StatisticsService(setup.session, [instrument])
    out = tmp_path / "stats.csv"
    screen = StatisticsScreen(
        service, language=lambda: "da", today=lambda: dt.date(2026, 3, 31),
        choose_path=_chooser(out),
    )  # fmt: skip
    qtbot.addWidget(screen)
    screen.show()
    qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    assert screen.report is not None
    texts = [
        screen.table.item(r, c).text()
        for r in range(screen.table.rowCount())
        for c in range(screen.table.columnCount())
        if screen.table.item(r, c) is not None
    ]
    assert "<5" in texts
    assert "Personer set, efter rolle" in texts
    assert not any(name in " ".join(texts) for name in CANARY_NAMES)
    assert "mar <5" in screen.chart.accessibleDescription() or "mar x" in (
        screen.chart.accessibleDescription()
    )
    qtbot.mouseClick(screen.csv_button, Qt.MouseButton.LeftButton)
    written = out.read_bytes().decode("utf-8")
    assert written == service.export_csv(dt.date(2026, 1, 1), dt.date(2026, 3, 31), "da")
    assert "stats.csv" in screen.message.text()


def test_access_log_screen_filters_exports_and_reviews_a_spot_check(
    qtbot, setup: Setup, clock: FakeClock, tmp_path: Path
) -> None:
    persons = PersonService(setup.session)
    ids = [persons.create(_data(n)).id for n in range(4)]
    for person_id in ids:
        persons.get(person_id)
    answers = iter(["Kontrol af marts", "Spørg Anna hvorfor", "Gennemgået uden fund"])
    out = tmp_path / "log.csv"
    screen = AccessLogScreen(
        AccessLogService(setup.session), language=lambda: "da",
        today=clock.now.date, log_allowed=True,
        ask=lambda _parent, _label: next(answers), choose_path=_chooser(out),
    )  # fmt: skip
    qtbot.addWidget(screen)
    screen.show()
    screen.person.setText(str(ids[1]))
    qtbot.mouseClick(screen.search_button, Qt.MouseButton.LeftButton)
    assert screen.entries.rowCount() == 2  # created, read
    assert {screen.entries.item(r, 3).text() for r in range(2)} == {str(ids[1])}
    shown = {screen.entries.item(r, 2).text() for r in range(2)}
    assert shown == {action_name("create-person"), action_name("view-person")}
    assert not shown & {"create-person", "view-person"}  # names, not codes
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert out.stat().st_mode & 0o777 == 0o600
    # created, read, and the search of the log about her (itself an entry naming her)
    assert out.read_bytes().decode("utf-8").count(f";{ids[1]};") == 3
    screen.person.clear()
    screen.sample_size.setValue(2)
    qtbot.mouseClick(screen.draw_button, Qt.MouseButton.LeftButton)
    assert screen.items.rowCount() == 2
    qtbot.mouseClick(screen.question, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.justified, Qt.MouseButton.LeftButton)
    assert screen.items.item(0, 5).text() == "Spørg Anna hvorfor"
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    assert screen.check is not None
    assert screen.check.check.reviewed_at is not None
    assert not screen.finish_button.isEnabled()


def _data(n: int):  # type: ignore[no-untyped-def]
    from screening_app.storage.records import PersonData

    return PersonData(name=f"Fiktiv Person {n}", role="new-mother")


def test_own_data_dialog_warns_confirms_and_saves_her_copy_privately(
    qtbot, setup: Setup, instrument: Instrument, tmp_path: Path
) -> None:
    person = PersonService(setup.session).create(_data(7))
    service = PersonDataService(setup.session, [instrument])
    out = tmp_path / "kopi.json"
    dialog = OwnDataDialog(
        service, person.id, language=lambda: "da", choose_path=_chooser(out),
        write=write_private,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert "ikke sikre" in dialog.warning.text() or "not safe" in dialog.warning.text()
    assert dialog.windowTitle() == "TrygStart"
    assert not dialog.save_button.isEnabled()
    dialog.reason.setPlainText("Hun bad om en kopi af sine oplysninger")
    assert not dialog.save_button.isEnabled()  # not before she was told
    assert dialog.later_button.isEnabled()
    dialog.told.setChecked(True)
    dialog.format_buttons["json"].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert out.stat().st_mode & 0o777 == 0o600
    assert json.loads(out.read_bytes())["person"]["name"] == "Fiktiv Person 7"
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    kinds = [(r.kind, r.status) for r in service.requests(person.id)]
    assert kinds == [("access", "done"), ("access", "open")]
    # Her correction request, then refused with the reason written in the same field.
    dialog.request_kind.setCurrentIndex(dialog.request_kind.findData("correction"))
    dialog.reason.setPlainText("Telefonnummeret er forkert")
    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    assert dialog.open_requests.count() == 2
    dialog.open_requests.setCurrentIndex(dialog.open_requests.findData(3))
    dialog.reason.setPlainText("Nummeret er rettet på personens side")
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    decided = service.requests(person.id)[2]
    assert (decided.kind, decided.status, decided.decision) == (
        "correction",
        "done",
        "Nummeret er rettet på personens side",
    )
    assert dialog.open_requests.count() == 1
