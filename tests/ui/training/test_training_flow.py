"""Training mode on the real window: entered from the login screen, the band on every screen
(the lock screen too), a solo case on the real screens with the person's scripted answer under
the band, the debrief, the lock opened with the trainee's name, reset, leaving, the trainer's
overview (course report, CSV, export and import, extra cases), and the machine forbidding it."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screening_app import APP_NAME
from screening_app.services.consultation.steps import NextStep
from screening_app.services.training.runs import TrainingRuns
from screening_app.ui.documents.preview import PreviewDialog
from screening_app.ui.training.case_list import CaseListScreen
from screening_app.ui.training.debrief_screen import DebriefScreen
from screening_app.ui.training.overview_screen import OverviewScreen
from screening_app.ui.training.start_screen import TrainingStartScreen
from tests.ui.clinic import TODAY

TRAINEE = "Anne Jordemoder"
BAND = "ØVELSE - kun fiktive personer"


class RecordingDocuments:
    """The documents part, recording which dialog was asked for."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, int, int | None]] = []

    def open(self, kind: str, person_id: int, screening_id: int | None = None) -> object:
        self.opened.append((kind, person_id, screening_id))
        return None


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def band_shows(shell: Any) -> bool:
    banner = shell.window.banner
    return banner is not None and banner.isVisible() and banner.band.label.text() == BAND


def to_the_questions(training: Any, case_id: str) -> Any:
    assert training.practise(case_id, "solo")
    persons = training.persons
    assert persons.show_gate()
    gate = persons.consultation.gate
    gate.circumstances.interpreters["none"].setChecked(True)
    for box in gate.points.values():
        box.setChecked(True)
    gate.start()
    return persons.consultation


def answer_as_scripted(consultation: Any, case: Any, instrument_id: str) -> None:
    engine = consultation.engine
    session = engine.step.session
    for link_id, code in case.script.answers[instrument_id].items():
        if session.is_visible(link_id):
            engine.answer(link_id, code)


def test_training_from_the_login_with_the_band_on_every_screen(
    shell: Any, enter_training: Callable[..., Any], qtbot: Any
) -> None:
    training = enter_training()
    assert isinstance(shell.window.current_screen(), TrainingStartScreen)
    assert band_shows(shell)
    assert shell.window.windowTitle() == APP_NAME
    assert training.begin(TRAINEE)
    assert isinstance(shell.window.current_screen(), CaseListScreen)
    assert band_shows(shell)
    to_the_questions(training, "negative-screen")
    assert band_shows(shell)
    assert training.top.panel.isVisible()
    shell.locker.quick_hide()
    assert shell.window.is_locked()
    assert band_shows(shell)  # above the lock screen too
    assert training.top.band.hint.isVisible()
    assert not training.top.panel.isVisible()  # the case itself is hidden
    assert shell.window.windowTitle() == APP_NAME


def test_a_solo_case_on_the_real_screens_to_its_debrief(
    shell: Any, enter_training: Callable[..., Any], qtbot: Any
) -> None:
    documents = RecordingDocuments()
    training = enter_training(documents=lambda _user, _window: documents)
    training.begin(TRAINEE)
    consultation = to_the_questions(training, "negative-screen")
    runner = consultation.runner
    panel = training.top.panel
    assert runner.current_link_id == "intro"  # what the clinician says first
    assert panel.says.text().startswith("Ved lågen: Sofie er alene")
    runner.go_to("humiliated")
    assert panel.says.text() == "Personen svarer: »Nej«"
    case = training.exercise.case
    answer_as_scripted(consultation, case, "ipv-screen")
    runner.go_to("children-at-home")
    assert panel.says.text() == "Personen svarer: »Nej«"
    runner.finish()
    result = consultation.result_screen
    assert result is not None
    assert not panel.says.isVisible()  # the trainee decides at the result
    result.next_step_requested.emit(NextStep("resource-card", recommended=True))
    assert [kind for kind, _p, _s in documents.opened] == ["resource-card"]
    result.finalise_requested.emit(TODAY + dt.timedelta(days=90))
    with qtbot.waitSignal(training.debrief_shown) as shown:
        panel.finish.click()
    screen = shown.args[0]
    assert isinstance(screen, DebriefScreen)
    assert shell.window.current_screen() is screen
    marks = {p.property("met") for p in screen.point_widgets()}
    assert marks == {True}
    assert len(screen.point_widgets()) == 5
    assert "5 af 5 punkter opfyldt" in screen.summary.text()
    runs = TrainingRuns(training.session).overview()
    assert [(r.trainee, r.case_id, r.missed) for r in runs] == [(TRAINEE, "negative-screen", 0)]
    assert training.top.panel is None


def test_a_wrong_run_shows_what_was_missed(
    shell: Any, enter_training: Callable[..., Any], qtbot: Any
) -> None:
    training = enter_training()
    training.begin(TRAINEE)
    consultation = to_the_questions(training, "partner-in-the-room")  # ticked "alone" anyway
    engine = consultation.engine
    session = engine.step.session
    for link_id in list(session.instrument.items_by_id):
        item = session.instrument.items_by_id[link_id]
        if item.type == "choice" and session.is_visible(link_id):
            engine.answer(link_id, "no")
    consultation.runner.finish()
    with qtbot.waitSignal(training.debrief_shown) as shown:
        training.top.panel.finish.click()
    screen = shown.args[0]
    points = screen.debrief.points
    assert [(p.id, p.met) for p in points] == [("gate", False), ("next-date", False)]
    gate = screen.point_widgets()[0]
    texts = [label.text() for label in gate.findChildren(type(screen.summary))]
    assert "Du spurgte. Casen forventer »ikke spurgt«: ikke alene." in texts
    assert any(text.startswith("Typisk fejl: At stille spørgsmålene alligevel") for text in texts)
    screen.again.click()
    assert training.exercise is not None
    assert training.exercise.case.id == "partner-in-the-room"


def test_the_lock_opens_with_the_trainees_name(
    shell: Any, enter_training: Callable[..., Any]
) -> None:
    training = enter_training()
    training.begin(TRAINEE)
    training.practise("red-flags-same-day")
    page = shell.window.current_screen()
    shell.locker.quick_hide()
    assert training.session.is_locked
    lock = shell.window.lock_screen
    lock._field.setText("en anden")
    lock.submit()
    assert shell.window.is_locked()
    lock._field.setText("  anne   JORDEMODER ")
    lock.submit()
    assert not shell.window.is_locked()
    assert not training.session.is_locked
    assert shell.window.current_screen() is page
    assert not training.top.band.hint.isVisible()
    assert training.top.panel.isVisible()


def test_reset_asks_first_then_wipes_the_training_data(
    shell: Any, enter_training: Callable[..., Any], training_dialogs: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "course-laptop"
    training = enter_training(folder=folder)
    training.begin(TRAINEE)
    training.practise("negative-screen")
    training_dialogs.confirm_answer = False
    training.ask_reset()
    assert training.session is not None
    assert (folder / "trygstart.db").exists()
    training_dialogs.confirm_answer = True
    training.ask_reset()
    assert "Nulstil øvelse?" in training_dialogs.confirmations[-1]
    assert training.session is None
    assert not folder.exists()
    screen = shell.window.current_screen()
    assert isinstance(screen, TrainingStartScreen)
    assert screen.message.text() == "Øvelsesdata er slettet."
    assert band_shows(shell)


def test_leaving_training_shows_the_login_and_the_clinic_is_untouched(
    shell: Any, enter_training: Callable[..., Any], tmp_path: Path
) -> None:
    training = enter_training()  # the clinic exists, nobody is logged in
    before = snapshot(tmp_path / "data")
    assert "trygstart.db" in before
    training.begin(TRAINEE)
    consultation = to_the_questions(training, "negative-screen")
    answer_as_scripted(consultation, training.exercise.case, "ipv-screen")
    consultation.runner.finish()
    training.top.panel.finish.click()
    training.leave()
    flow = training.app_flow
    assert shell.window.current_screen() is flow.login_screen
    assert shell.window.banner is None
    assert training.session is None
    assert snapshot(tmp_path / "data") == before


def test_the_trainers_overview_report_csv_export_import_and_extra_cases(
    shell: Any,
    enter_training: Callable[..., Any],
    training_dialogs: Any,
    tmp_path: Path,
) -> None:
    training = enter_training()
    training.begin(TRAINEE)
    training.practise("negative-screen")
    training.finish()
    overview = training.show_overview()
    assert isinstance(overview, OverviewScreen)
    assert overview.table.rowCount() == 1
    assert overview.table.item(0, 0).text() == TRAINEE
    assert overview.table.item(0, 6).text() == "denne computer"
    overview.buttons["report"].click()
    assert isinstance(training.dialog, PreviewDialog)
    assert training.dialog.pdf.pageCount() == 1
    training.dialog.reject()
    training_dialogs.save_path = tmp_path / "kursus"
    overview.buttons["csv"].click()
    csv = (tmp_path / "kursus.csv").read_bytes().decode("utf-8-sig")
    assert csv.splitlines()[1].startswith(f"{TRAINEE};Første konsultation")
    training_dialogs.save_path = tmp_path / "laptop-7"
    overview.buttons["export"].click()
    exported = tmp_path / "laptop-7.trygstart-ovelser"
    assert TRAINEE.encode() not in exported.read_bytes()
    old_laptop = TrainingRuns(training.session).laptop
    training.reset()  # a fresh training database: another laptop, as it were
    training.begin("Underviser")
    overview = training.show_overview()
    assert overview.table.rowCount() == 0
    training_dialogs.open_path = exported
    overview.buttons["import"].click()
    overview = shell.window.current_screen()
    assert overview.status.text() == "1 øvelser importeret; 0 var her allerede."
    assert overview.table.item(0, 0).text() == TRAINEE
    assert overview.table.item(0, 6).text() == old_laptop[:8]
    # a folder of extra cases: one good, one broken (refused at its line)
    extra = tmp_path / "extra"
    extra.mkdir()
    from screening_app.services.training.cases import bundled_cases_dir

    text = (bundled_cases_dir() / "01-negative-screen.yaml").read_text(encoding="utf-8")
    (extra / "own.yaml").write_text(text.replace("id: negative-screen", "id: own-case"), "utf-8")
    (extra / "broken.yaml").write_text(text.replace("id: negative-screen", "id: Bad"), "utf-8")
    training_dialogs.folder = extra
    overview.buttons["folder"].click()
    overview = shell.window.current_screen()
    assert overview.status.text() == "12 cases; 1 problemer i case-filerne."
    assert str(extra) in overview.folder.text()
    training.show_cases()
    cases = shell.window.current_screen()
    assert cases.list.count() == 12
    assert cases.problems.isVisible()
    assert f"{extra / 'broken.yaml'}:5:5: id:" in cases.problems.text()


def test_the_role_play_cards_preview_is_marked(
    shell: Any, enter_training: Callable[..., Any]
) -> None:
    training = enter_training()
    training.begin(TRAINEE)
    shell.window.current_screen().cards.click()
    dialog = training.dialog
    assert isinstance(dialog, PreviewDialog)
    assert dialog.pdf.pageCount() >= 3
    assert (
        "Træning: hver side er mærket"
        in dialog.findChild(type(dialog.status), "previewNote").text()
    )
    shell.locker.quick_hide()
    assert not dialog.isVisible()  # quick-hide closes it with every other window


def test_the_machine_may_forbid_training(
    shell: Any, app_flow: Callable[..., Any], tmp_path: Path
) -> None:
    from screening_app.machine.model import MachineSettings
    from screening_app.machine.reader import MachineConfig

    flow = app_flow()
    asked: list[bool] = []
    flow.training_requested.connect(lambda: asked.append(True))
    flow.clinic.machine = MachineConfig(settings=MachineSettings(allow_training=False))
    flow.show_login()
    assert not flow.login_screen.training_button.isVisibleTo(shell.window)
    flow._training()
    assert asked == []
    assert flow.login_screen.message.text() == "Øvelse er slået fra på denne computer."
    flow.clinic.machine = MachineConfig(settings=MachineSettings(allow_training=True))
    flow.show_login()
    assert flow.login_screen.training_button.isVisibleTo(shell.window)


def test_the_idle_lock_works_as_in_the_clinic(
    shell: Any, enter_training: Callable[..., Any], clock: Any, timers: Any
) -> None:
    training = enter_training()
    training.begin(TRAINEE)
    training.practise("phone-not-alone", "role-play")
    panel = training.top.panel
    assert not panel.says.isVisibleTo(shell.window)  # role-play: the person answers from a card
    minutes = training.user.settings.idle_minutes()
    clock.advance(minutes * 60 - 1)
    timers.fire_due()
    assert not shell.window.is_locked()
    clock.advance(2)
    timers.fire_due()
    assert shell.window.is_locked()
    assert training.session.is_locked
    assert band_shows(shell)


def test_the_first_start_screen_offers_training_and_gets_it_back(
    shell: Any, app_flow: Callable[..., Any]
) -> None:
    flow = app_flow(setup=False)
    wizard = flow.wizard
    assert wizard is not None
    asked: list[bool] = []
    flow.training_requested.connect(lambda: asked.append(True))
    assert wizard.training_button.isVisibleTo(shell.window)
    assert wizard.training_button.text() == "Øvelse (fiktive personer)"
    wizard.training_button.click()
    assert asked == [True]
    assert flow.wizard is None  # nothing was made: the clinic's first start waits
    assert not (flow.data_dir / "trygstart.db").exists()
    flow.start()
    assert flow.wizard is not None
