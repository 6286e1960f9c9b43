"""Screenshots of every screen, in Danish, at 1366x768 and 1920x1080, from the running app.

    .venv/bin/python docs/make_screenshots.py

Starts itself once per size under ``xvfb-run`` (Xvfb and the xcb libraries must be installed;
this is for the documentation, the tests do not need it), runs the real application flow on a
new clinic database in a temporary folder (cheap key derivation, a fixed date), with the
bundled questionnaires and services directory, and a fictitious person, and grabs the X screen
after each step: the first-start wizard, the recovery key, the login, the person search, the
person's page with the asking history (a linked other parent, a follow-up task), the gate (who
is present, the interpreter, a phone consultation), "not asked", the questionnaire read by the
clinician, a question answered "Ønsker ikke at svare", self-complete and the hand-back, a
positive result, the safety check's urgent result, changing the result, a result left open by
declined answers, the lock screens and the settings, and a new person with the CPR number's
warning. The window is given the keyboard focus, so the focus ring shows. The images are
written as 8-bit palette PNGs to ``docs/screenshots/<width>x<height>/``; what was there before
is removed.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
PASSWORD = "fiktiv adgangskode til skærmbilleder"  # noqa: S105 - fictitious, for the pictures
PIN = "2468"
TODAY = dt.date(2026, 3, 2)


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        width, height = (int(v) for v in sys.argv[2].split("x"))
        return shoot(width, height)
    for width, height in SIZES:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1")
        env.pop("QT_SCREEN_SCALE_FACTORS", None)
        subprocess.run(  # noqa: S603 - fixed arguments, our own script
            [  # noqa: S607 - xvfb-run is looked up on PATH on purpose
                "xvfb-run",
                "-a",
                "-s",
                f"-screen 0 {width}x{height}x24 -dpi 96",
                sys.executable,
                __file__,
                "--child",
                f"{width}x{height}",
            ],
            env=env,
            check=True,
        )
    return 0


class Camera:
    def __init__(self, app: Any, folder: Path, window: Any) -> None:
        self.app = app
        self.window = window
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()

    def settle(self, ms: int = 150) -> None:
        from PySide6.QtCore import QTimer

        done: list[bool] = []
        QTimer.singleShot(ms, lambda: done.append(True))
        while not done:
            self.app.processEvents()

    def grab(self, name: str, framed: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        # Xvfb has no window manager to give the keyboard focus: ask for it, so the pictures
        # show the focus ring where a user would see it.
        (framed or self.app.activeWindow() or self.window).activateWindow()
        self.settle()
        image = self.app.primaryScreen().grabWindow(0).toImage()
        if framed is not None:
            _frame(image, framed.frameGeometry())
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        small = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
        small.save(str(self.folder / f"{name}.png"), "PNG", 0)
        print(f"{self.folder.relative_to(REPO)}/{name}.png")  # noqa: T201 - what was written


def shoot(width: int, height: int) -> int:  # noqa: PLR0915 - one scripted tour, in order
    from PySide6.QtWidgets import QApplication

    from screening_app.app import document_actions, make_clinic
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.ui import refcount_guard
    from screening_app.ui.dialogs import Dialogs
    from screening_app.ui.flow import AppFlow
    from screening_app.ui.setup.recovery_print import PrintOutcome
    from screening_app.ui.shell import build_shell

    refcount_guard.add_headroom()  # PySide6 6.12 on CPython 3.11: before Qt's first call
    app = QApplication([sys.argv[0]])
    shell = build_shell(app, idle_minutes=60)
    window = shell.window
    window.setGeometry(0, 0, width, height)
    window.show()
    camera = Camera(app, OUT / f"{width}x{height}", window)
    scratch = tempfile.TemporaryDirectory()
    clinic = make_clinic(
        Path(scratch.name) / "data",
        kdf_params=TEST_PARAMS,
        pin_params=TEST_PARAMS,
        clock=lambda: dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC),
        today=lambda: TODAY,
    )
    clinic.documents = document_actions(
        Path(scratch.name) / "data", lambda: shell.language.code, clinic.directory
    )
    flow = AppFlow(
        window=window,
        language=shell.language,
        clipboard=shell.clipboard,
        icons=shell.icons,
        locker=shell.locker,
        idle=shell.idle,
        clinic=clinic,
        dialogs=Dialogs(print_key=lambda *_a: PrintOutcome.PRINTED, choose_logo=None),
        defer=lambda call: call(),
    )
    flow.start()

    # First start: the clinic, the administrator, the recovery key.
    wizard = flow.wizard
    wizard.clinic_name.setText("Jordemoderklinikken Nord")
    wizard.clinic_address.setPlainText("Nørregade 1\n8000 Aarhus C")
    wizard.clinic_phone.setText("86 00 00 00")
    wizard.clinic_email.setText("jordemoder@example.dk")
    camera.grab("01-first-start")
    wizard.clinic_done()
    wizard.admin_user.setText("anna")
    wizard.admin_display.setText("Anna Jensen")
    wizard.admin_title.setText("Jordemoder")
    wizard.admin_password.setText(PASSWORD)
    wizard.admin_repeat.setText(PASSWORD)
    wizard.admin_done()
    wizard.print_key()
    camera.grab("02-recovery-key")
    wizard.kept.setChecked(True)
    wizard.finish()
    flow.logout()

    # Login, with the sentence after a wrong password.
    login = flow.login_screen
    login.user.setText("anna")
    login.password.setText("forkert")
    login.submit()
    camera.grab("03-login")
    assert flow.login("anna", PASSWORD)
    pin = window.current_screen()
    pin.pin.setText(PIN)
    pin.repeat.setText(PIN)
    camera.grab("04-pin-offer")
    pin.submit()

    persons = flow.persons
    _fictitious_people(flow)
    persons.show_home()
    search = persons.search_screen
    # A new person: the CPR number's warning (a fictitious number failing modulus 11).
    search.new_button.click()
    form = window.current_screen()
    form.name.setText("Ida Holm")
    form.cpr.setText("0101901234")
    form.cpr.editingFinished.emit()
    form.child_date.setText("01.09.2026")
    form.safe_phone.setFocus()
    camera.grab("21-new-person")
    form.cancel_button.click()
    persons.show_home()
    search.field.setText("hansen")
    search.run_search()
    camera.grab("05-person-search")

    # The person's page, the gate, and "not asked".
    rows = range(search.table.rowCount())
    mette = next(r for r in rows if search.table.item(r, 0).text() == "Mette Hansen")
    person_id = search.table.item(mette, 0).data(256)
    persons.open_person(person_id)
    persons.show_gate()
    gate = window.current_screen()
    gate.points["time"].setChecked(True)
    gate.points["confidentiality"].setChecked(True)
    gate.circumstances.present["partner"].setChecked(True)
    gate.circumstances.interpreters["none"].setChecked(True)
    camera.grab("06-gate-not-safe")
    gate.record_not_asked()
    camera.grab("07-person-page-not-asked")

    # The gate passed (a phone consultation with a professional interpreter on the phone); the
    # questionnaire read by the clinician; a question the person prefers not to answer.
    persons.show_gate()
    gate = window.current_screen()
    gate.circumstances.forms["phone"].setChecked(True)
    for box in gate.points.values():
        box.setChecked(True)
    gate.circumstances.interpreters["phone"].setChecked(True)
    camera.grab("08-gate-confirmed")
    gate.start()
    consultation = persons.consultation
    runner = consultation.runner
    runner.advance()
    runner.current_page().input.choose(2)
    runner.advance()
    camera.grab("09-questionnaire")
    runner.decline(runner.current_link_id)
    camera.grab("19-question-declined")
    runner.current_page().input.choose(2)

    # Self-complete: the person answers alone; the hand-back needs the password.
    runner.enter_self_complete()
    camera.grab("10-self-complete")
    _answer(runner, {"hurt"})
    camera.grab("11-hand-back")
    runner._hand_back.password.setText(PASSWORD)
    runner._hand_back.submit()
    result = consultation.result_screen
    result.copy_note()
    camera.grab("12-result-positive")

    # The safety check with a red flag: the same-day actions.
    result.findChild(object, "followUp-safety-check").click()
    runner = consultation.runner
    _answer(runner, {"threats-to-kill"})
    result = consultation.result_screen
    camera.grab("13-safety-check-urgent")
    result.open_override()
    camera.settle()
    dialog = result.dialog
    dialog.findChild(object, "band-no-red-flags").click()
    dialog.reason.setPlainText("Truslen blev fremsat for flere år siden; vi har talt den igennem.")
    camera.grab("14-change-result", framed=dialog)
    dialog.reject()
    result.record_bar.finalise_button.click()
    result.done_button.click()
    camera.grab("15-person-page-history")

    # Another person declines two of the questions that give the result: no band.
    line = persons.user.persons.search_by_name("line")[0]
    persons.open_person(line.id)
    persons.show_gate()
    gate = window.current_screen()
    for box in gate.points.values():
        box.setChecked(True)
    gate.circumstances.interpreters["none"].setChecked(True)
    gate.start()
    runner = persons.consultation.runner
    _answer(runner, set(), declined={"humiliated", "hurt"})
    result = persons.consultation.result_screen
    camera.grab("20-result-declined")
    result.record_bar.finalise_button.click()
    result.done_button.click()
    persons.open_person(person_id)

    # The lock screens.
    shell.locker.idle_lock()
    camera.grab("16-idle-lock")
    window.lock_screen.findChild(object, "unlockField").setText(PIN)
    window.lock_screen.submit()
    shell.locker.quick_hide()
    camera.grab("17-quick-hide")
    window.lock_screen.findChild(object, "unlockField").setText(PASSWORD)
    window.lock_screen.submit()

    persons.show_settings()
    camera.grab("18-settings")
    flow.shutdown()
    shell.dispose()
    scratch.cleanup()
    return 0


def _fictitious_people(flow: Any) -> None:
    """Fictitious persons (the CPR numbers fail the modulus-11 check on purpose)."""
    from screening_app.storage.records import PersonData

    persons = flow.user.persons
    persons.create(
        PersonData(
            name="Mette Hansen",
            role="pregnant-woman",
            cpr="0101901234",
            birth_date=dt.date(1990, 1, 1),
            child_birth_date=dt.date(2026, 9, 1),
            child_birth_date_kind="expected",
            safe_phone="20 30 40 50",
            safe_times="hverdage kl. 9-12",
            may_leave_messages=False,
            may_send_letters_home=False,
        )
    )
    persons.create(
        PersonData(
            name="Jonas Hansen",
            role="father-co-parent",
            cpr="1503881235",
            child_birth_date=dt.date(2026, 1, 20),
            child_birth_date_kind="actual",
        )
    )
    persons.create(
        PersonData(
            name="Line Hansen-Berg",
            role="new-mother",
            cpr="2207951236",
            child_birth_date=dt.date(2026, 2, 2),
            child_birth_date_kind="actual",
        )
    )
    mette, jonas = (persons.search_by_name(name)[0].id for name in ("mette", "jonas"))
    persons.link_co_parent(mette, jonas)


def _answer(runner: Any, yes: set[str], declined: frozenset[str] | set[str] = frozenset()) -> None:
    """Answer every question ("yes" for those in ``yes``, "prefer not to answer" for those in
    ``declined``), to the end of the questionnaire."""
    for _ in range(100):
        page = runner.current_page()
        if page is not None and page.item.link_id in declined:
            runner.decline(page.item.link_id)
        elif page is not None and page.input is not None:
            codes = [o.code for o in page.item.options]
            wanted = "yes" if page.item.link_id in yes else "no"
            if page.item.link_id == "safe-home-today":
                wanted = "yes"
            page.input.choose(codes.index(wanted) + 1 if wanted in codes else 1)
        before = runner.current_link_id
        runner.advance()
        if runner._on_hand_back() or runner.current_link_id == before or not runner.isVisible():
            return


def _frame(image: Any, rect: Any) -> None:
    """Xvfb has no window manager: draw the frame one would, so a dialog reads as a window."""
    from PySide6.QtGui import QColor, QPainter, QPen

    painter = QPainter(image)
    painter.setPen(QPen(QColor("#555555"), 2))
    painter.drawRect(rect.adjusted(-2, -2, 1, 1))
    painter.end()


if __name__ == "__main__":
    sys.exit(main())
