"""The application in a process of its own, killed in the middle of a screening (run by
``test_resume_after_kill``): a clinic on DATA_DIR, a person, the gate, two answers given on the
screen, then "answered" on stdout, and the event loop runs until the kill."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from screening_app.app import make_clinic
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.records import PersonData
from screening_app.ui import refcount_guard
from screening_app.ui.flow import AppFlow
from screening_app.ui.shell import build_shell
from tests.storage.helpers import small_blocklist
from tests.ui.clinic import ADMIN, ADMIN_PASSWORD, TODAY, setup_clinic

PERSON = "Kanariefugl Zebrastribe"


def main() -> int:
    data_dir = Path(sys.argv[1])
    refcount_guard.add_headroom()  # PySide6 6.12 on CPython 3.11: before Qt's first call
    app = QApplication([sys.argv[0]])
    shell = build_shell(app)
    clinic = make_clinic(
        data_dir,
        kdf_params=TEST_PARAMS,
        pin_params=TEST_PARAMS,
        blocklist=small_blocklist(data_dir.parent),
        today=lambda: TODAY,
    )
    setup_clinic(clinic)
    flow = AppFlow(
        window=shell.window,
        language=shell.language,
        clipboard=shell.clipboard,
        icons=shell.icons,
        locker=shell.locker,
        idle=shell.idle,
        clinic=clinic,
        defer=lambda call: call(),
    )
    shell.window.show()
    flow.start()
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    persons = flow.persons
    person = flow.user.persons.create(PersonData(name=PERSON, role="pregnant-woman"))
    persons.open_person(person.id)
    persons.show_gate()
    gate = shell.window.current_screen()
    for box in gate.points.values():
        box.setChecked(True)
    gate.circumstances.interpreters["none"].setChecked(True)
    gate.start()
    runner = persons.consultation.runner
    runner.advance()  # past the introduction
    runner.current_page().input.choose(1)  # humiliated: yes
    runner.advance()
    runner.current_page().input.choose(2)  # afraid: no
    runner.advance()
    print(f"answered {persons.consultation.screening_id}", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
