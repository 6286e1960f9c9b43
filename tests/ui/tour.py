"""Every screen and dialog of the application, reached as a clinician reaches them.

``Tour(flow, qtbot, visit).run()`` starts at the first-start wizard and goes through the PIN
offer, the person search, the new-person form (with the CPR number's warning), the person's
page, linking the other parent, correcting the details, the gate (unconfirmed, on the phone,
confirmed), every page of the questionnaire read by the clinician and then by the person alone,
the hand-back, the result (with the override dialog), every document dialog and its preview,
the finalised result, the person's page with the history, the PIN change, the settings with
the services directory and a new local service, the idle lock, the quick-hide lock, and the
login after logging out. At each stop it calls ``visit(name, window)`` with the window on
screen (the main window, or a dialog). The screens are reached through their own buttons (by
object name), as a person clicks them; only filling in fields is done directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from screening_app.ui.runner.runner_screen import RunnerScreen
from tests.ui.clinic import ADMIN, ADMIN_PASSWORD, PIN

Visit = Callable[[str, QWidget], None]


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _over(dialog: QWidget, other: QWidget) -> bool:
    """``dialog`` was opened over ``other`` (``other`` is among its parents)."""
    parent = dialog.parentWidget()
    while parent is not None:
        if parent is other:
            return True
        parent = parent.parentWidget()
    return False


class Tour:
    def __init__(self, flow: Any, qtbot: Any, visit: Visit) -> None:
        self.flow = flow
        self.window = flow.window
        self.qtbot = qtbot
        self._visit = visit
        self.stops: list[str] = []

    # ------------------------------------------------------------------ helpers
    def visit(self, name: str, window: QWidget | None = None) -> None:
        QApplication.processEvents()
        self.stops.append(name)
        self._visit(name, window or self.window)

    @property
    def screen(self) -> Any:
        return self.window.current_screen()

    def click(self, parent: QWidget, name: str) -> None:
        button = parent.findChild(QWidget, name)
        assert button is not None, name
        assert button.isVisible(), name
        assert button.isEnabled(), name
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def dialog(self, kind: type[QDialog] | None = None) -> QDialog:
        found = [d for d in open_dialogs() if kind is None or isinstance(d, kind)]
        assert len(found) == 1, found
        return found[-1]

    def close_dialogs(self) -> None:
        """Escape, as a person closes them (the one in front first)."""
        while open_dialogs():
            dialogs = open_dialogs()
            dialog = next(d for d in dialogs if not any(_over(o, d) for o in dialogs))
            dialog.activateWindow()
            self.qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
            target = QApplication.focusWidget() or dialog
            self.qtbot.keyClick(target, Qt.Key.Key_Escape)
            assert not dialog.isVisible(), f"Escape left {dialog.objectName()} open"

    # ------------------------------------------------------------------ the tour
    def run(self) -> list[str]:
        self.first_start()
        self.persons()
        self.gate()
        self.questionnaire()
        self.result()
        self.documents()
        self.afterwards()
        return self.stops

    def first_start(self) -> None:
        wizard = self.screen
        assert wizard.objectName() == "setupWizard"
        self.visit("wizard: the clinic")
        wizard.clinic_name.setText("Jordemoderklinikken Nord")
        wizard.clinic_address.setPlainText("Nørregade 1\n8000 Aarhus C")
        wizard.clinic_phone.setText("86 00 00 00")
        self.click(wizard, "clinicNext")
        self.visit("wizard: the administrator")
        wizard.admin_user.setText(ADMIN)
        wizard.admin_display.setText("Anna Jensen")
        wizard.admin_password.setText(ADMIN_PASSWORD)
        wizard.admin_repeat.setText("not the same")
        self.click(wizard, "adminCreate")
        self.visit("wizard: the administrator, a mistake")
        wizard.admin_repeat.setText(ADMIN_PASSWORD)
        self.click(wizard, "adminCreate")
        self.visit("wizard: the recovery key")
        wizard.kept.setChecked(True)
        self.click(wizard, "keyDone")
        pin = self.screen
        assert pin.objectName() == "pinScreen"
        self.visit("PIN offer")
        pin.pin.setText(PIN)
        pin.repeat.setText(PIN + "0")
        self.click(pin, "savePin")
        self.visit("PIN offer, a mistake")
        pin.pin.setText(PIN)
        pin.repeat.setText(PIN)
        self.click(pin, "savePin")

    def persons(self) -> None:
        search = self.screen
        assert search.objectName() == "personSearchScreen"
        self.visit("person search")
        search.field.setText("Hansen")
        self.click(search, "searchButton")
        self.visit("person search, nobody found")
        self.new_person("Jonas Hansen", cpr="", child="20.01.2026")
        self.click(self.screen, "backToSearch")
        self.click(self.screen, "newPersonButton")
        form = self.screen
        assert form.objectName() == "personForm"
        self.visit("new person")
        form.name.setText("Mette Hansen")
        form.cpr.setText("0101901234")  # fails the modulus-11 check: a warning
        form.cpr.editingFinished.emit()
        form.child_date.setText("01.09.2026")
        self.visit("new person, the CPR warning")
        form.birth_date.setText("31.02.1990")
        self.click(form, "savePerson")
        self.visit("new person, a mistake")
        form.birth_date.setText("")
        self.click(form, "savePerson")
        assert self.screen.objectName() == "personPage"
        self.visit("person page")
        self.click(self.screen, "linkCoParent")
        link = self.screen
        assert link.objectName() == "linkParentScreen"
        self.visit("link the other parent")
        link.field.setText("Jonas")
        self.click(link, "searchButton")
        self.visit("link the other parent, found")
        self.qtbot.keyClick(link.table, Qt.Key.Key_Return)
        assert self.screen.objectName() == "personPage"
        self.visit("person page, linked")
        self.click(self.screen, "editPerson")
        self.visit("correct the details")
        self.click(self.screen, "cancelPerson")

    def new_person(self, name: str, *, cpr: str, child: str) -> None:
        self.click(self.screen, "newPersonButton")
        form = self.screen
        form.name.setText(name)
        form.role.setCurrentIndex(form.role.findData("father-co-parent"))
        form.cpr.setText(cpr)
        form.child_date.setText(child)
        form.born.setChecked(True)
        self.click(form, "savePerson")
        assert self.screen.objectName() == "personPage"

    def gate(self) -> None:
        self.click(self.screen, "askButton")
        gate = self.screen
        assert gate.objectName() == "gateScreen"
        self.visit("gate")
        gate.circumstances.forms["phone"].setChecked(True)
        self.visit("gate, on the phone")
        gate.circumstances.forms["in-person"].setChecked(True)
        for box in gate.points.values():
            if box.isVisible():
                box.setChecked(True)
        gate.circumstances.interpreters["none"].setChecked(True)
        assert gate.gate.may_ask
        self.visit("gate, every point confirmed")
        self.click(gate, "startQuestions")

    def runner(self) -> RunnerScreen:
        runner = self.screen
        assert isinstance(runner, RunnerScreen), runner
        return runner

    def questionnaire(self) -> None:
        runner = self.runner()
        self.visit("questionnaire: " + str(runner.current_link_id))
        self._answer_pages(runner, self_complete_after=2)
        hand_back = runner.findChild(QWidget, "handBackPage")
        assert hand_back is not None
        assert hand_back.isVisible()
        self.visit("self-complete: the hand-back")
        hand_back.password.setText("wrong")
        self.click(hand_back, "clinicianPasswordOk")
        self.visit("self-complete: the hand-back, a wrong password")
        hand_back.password.setText(ADMIN_PASSWORD)
        self.click(hand_back, "clinicianPasswordOk")

    def _answer_pages(self, runner: RunnerScreen, self_complete_after: int) -> None:
        """Every page: "yes" to the questions, visited in clinician mode for the first pages,
        then in self-complete mode; a question declined on the way."""
        for step in range(200):
            page = runner.current_page()
            if page is None or not runner.isVisible() or runner._on_hand_back():
                return
            if step == self_complete_after:
                self.click(runner, "modeButton")
                assert runner.self_complete
                self.visit("self-complete: " + str(runner.current_link_id))
            if page.input is not None:
                codes = [getattr(o, "code", None) for o in getattr(page.item, "options", [])]
                if step == 1:
                    self.click(page, "declineButton")
                    self.visit("questionnaire: a question declined")
                    page.decline_button.click()
                if "yes" in codes:
                    page.input.choose(codes.index("yes") + 1)
                elif codes:
                    page.input.choose(1)
            before = runner.current_link_id
            runner.advance()
            if runner._on_hand_back() or not runner.isVisible():
                return
            assert runner.current_link_id != before, before
            mode = "self-complete" if runner.self_complete else "questionnaire"
            self.visit(f"{mode}: {runner.current_link_id}")
        raise AssertionError("the questionnaire did not end")

    def result(self) -> None:
        result = self.screen
        assert result.objectName() == "resultScreen"
        self.visit("result")
        self.click(result, "overrideButton")
        self.visit("override dialog", self.dialog())
        self.close_dialogs()

    def documents(self) -> None:
        from screening_app.ui.documents.preview import PreviewDialog

        result = self.screen
        self.click(result, "next-referral-letter")
        referral = self.dialog()
        self.visit("referral", referral)
        form = referral.form
        form.services.choose("dialog-mod-vold")
        form.purpose.setText("Samtaleforløb")
        form.scope_boxes["safety-concerns"].setChecked(True)
        self.visit("referral, filled in", referral)
        self.click(referral, "recordButton")
        self.visit("referral: the letter", referral)
        self.click(referral, "previewButton")
        self.visit("referral: the preview", self.dialog(PreviewDialog))
        self.close_dialogs()
        self.click(self.screen, "finaliseButton")
        self.visit("result, finalised")
        self.click(self.screen, "doneButton")
        assert self.screen.objectName() == "personPage"
        self.visit("person page with the history")
        self.click(self.screen, "document-notification")
        notification = self.dialog()
        self.visit("notification", notification)
        notification.form.reason.setPlainText("Bekymring for det ufødte barn")
        notification.form.scope_boxes["safety-concerns"].setChecked(True)
        self.click(notification, "recordButton")
        self.visit("notification: the form", notification)
        self.close_dialogs()
        for kind in ("resource-card", "safety-plan"):
            self.click(self.screen, f"document-{kind}")
            dialog = self.dialog()
            self.visit(kind, dialog)
            self.close_dialogs()

    def afterwards(self) -> None:
        self.click(self.window, "pinButton")
        self.visit("change the PIN")
        self.click(self.window, "settingsButton")
        settings = self.screen
        assert settings.objectName() == "settingsScreen"
        self.visit("settings")
        self.click(settings, "editDirectory")
        directory = self.dialog()
        self.visit("services directory", directory)
        self.click(directory, "addButton")
        self.visit("services directory: a new local service", directory)
        self.close_dialogs()
        locker = self.flow.locker
        locker.idle_lock()
        self.visit("idle lock")
        lock = self.window.lock_screen
        lock.findChild(QWidget, "unlockField").setText(PIN)
        lock.submit()
        assert not self.window.is_locked()
        locker.quick_hide()
        self.visit("quick-hide lock")
        lock.findChild(QWidget, "unlockField").setText("wrong")
        lock.submit()
        self.visit("quick-hide lock, a wrong password")
        lock.findChild(QWidget, "unlockField").setText(ADMIN_PASSWORD)
        lock.submit()
        assert not self.window.is_locked()
        self.click(self.window, "logoutButton")
        login = self.screen
        assert login.objectName() == "loginScreen"
        self.visit("login after logging out")
        login.user.setText(ADMIN)
        login.password.setText("wrong")
        self.click(login, "loginButton")
        self.visit("login, a wrong password")
