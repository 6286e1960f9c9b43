"""Screenshots of training mode, in Danish, at 1366x768, from the real screens.

    .venv/bin/python docs/make_training_screenshots.py

Starts itself under ``xvfb-run`` (Xvfb and the xcb libraries must be installed, see the
README). A throw-away clinic database (cheap test keys) shows the login with its training
button; training then runs in its own folder beside it: the start, the cases, a solo case (the
person's page, the gate, a question with the person's scripted answer under the band, the
result), the debrief, the lock screen after quick-hide, the trainer's overview and the preview
of the role-play cards. The images go to ``docs/screenshots/training/`` as 8-bit palette PNGs.
Nothing is printed or saved; the temporary folder is removed at the end.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots" / "training"
WIDTH, HEIGHT = 1366, 768
TRAINEE = "Kursus forår, deltager 4"


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        with tempfile.TemporaryDirectory() as folder:
            return shoot(Path(folder))
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1")
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    subprocess.run(  # noqa: S603 - fixed arguments, our own script
        [  # noqa: S607 - xvfb-run is looked up on PATH on purpose
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {WIDTH}x{HEIGHT}x24 -dpi 96",
            sys.executable,
            __file__,
            "--child",
        ],
        env=env,
        check=True,
    )
    return 0


def shoot(folder: Path) -> int:  # noqa: PLR0915 - one scripted tour, in order
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from tests.ui.clinic import setup_clinic

    from screening_app.app import make_clinic, start_flow
    from screening_app.app_training import make_training_backend, start_training
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.ui import refcount_guard
    from screening_app.ui.shell import build_shell

    refcount_guard.add_headroom()  # PySide6 6.12 on CPython 3.11: before Qt's first call
    app = QApplication([sys.argv[0]])
    shell = build_shell(app, idle_minutes=60)
    window = shell.window
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    data = folder / "TrygStart"
    clinic = make_clinic(data, kdf_params=TEST_PARAMS, pin_params=TEST_PARAMS)
    setup_clinic(clinic)
    flow = start_flow(shell, clinic)

    def settle(ms: int = 250) -> None:
        done: list[bool] = []
        QTimer.singleShot(ms, lambda: done.append(True))
        while not done:
            app.processEvents()

    def grab(name: str) -> None:
        settle()
        image = app.primaryScreen().grabWindow(0).toImage()
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        small = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
        small.save(str(OUT / f"{name}.png"), "PNG", 0)
        print(f"{OUT.relative_to(REPO)}/{name}.png")  # noqa: T201 - what was written

    shell.install_filters()
    grab("01-login-training-button")

    backend = make_training_backend(
        shell,
        clinic,
        folder=data.with_name("TrygStart-training"),
        clinic_dir=data,
        kdf_params=TEST_PARAMS,
    )
    holder: dict[str, Any] = {}
    flow.training_requested.connect(
        lambda: holder.__setitem__("flow", start_training(shell, backend, flow))
    )
    flow.login_screen.training_button.click()  # type: ignore[union-attr]
    training = holder["flow"]
    grab("02-training-start")
    assert training.begin(TRAINEE)
    training.screens[0].select("red-flags-same-day")
    grab("03-cases")

    assert training.practise("red-flags-same-day", "solo")
    persons = training.persons
    grab("04-case-person-page")
    persons.show_gate()
    gate = persons.consultation.gate
    gate.circumstances.interpreters["none"].setChecked(True)
    for box in gate.points.values():
        box.setChecked(True)
    grab("05-case-gate")
    gate.start()
    settle()
    consultation = persons.consultation
    runner = consultation.runner
    case = training.exercise.case
    engine = consultation.engine
    answers = case.script.answers["ipv-screen"]
    session = runner.session
    for link_id in list(session.instrument.items_by_id)[:3]:
        if link_id in answers and session.is_visible(link_id):
            runner.go_to(link_id)
            settle(50)
    runner.go_to("afraid")
    grab("06-case-question-with-the-persons-answer")
    for link_id, code in answers.items():
        if session.is_visible(link_id):
            engine.answer(link_id, code)
    runner.finish()
    grab("07-case-result")
    result = consultation.result_screen
    consultation.engine.follow_up("safety-check")
    # the safety check, answered as the person's script says, then its result kept
    check = case.script.answers["safety-check"]
    step = consultation.engine.step
    for link_id, code in check.items():
        if step.session.is_visible(link_id):
            consultation.engine.answer(link_id, code)
    consultation._show(consultation.engine.finish())
    result = consultation.result_screen
    result.finalise_requested.emit(backend.today())
    settle()
    grab("08-case-safety-check-result")
    training.top.panel.finish.click()
    grab("09-debrief")

    shell.locker.quick_hide()
    grab("10-quick-hide-locked")
    window.lock_screen._field.setText(TRAINEE)
    window.lock_screen.submit()
    settle()

    training.show_overview()
    grab("11-trainer-overview")
    training.print_cards("red-flags-same-day")
    grab("12-role-play-cards-preview")
    dialog = training.dialog
    if dialog is not None:
        dialog.reject()
    training.close()
    shell.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
