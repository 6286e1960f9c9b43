"""Screenshots of what the machine settings change, in Danish at 1366x768, from the running app.

    .venv/bin/python docs/make_machine_screenshots.py

Starts itself under ``xvfb-run`` (as ``make_screenshots.py``), sets up a new clinic database in
a temporary folder with a machine settings file that caps the idle lock, forbids saving PDFs and
names a backup folder, logs in as the administrator and grabs the settings screen
(``settings-machine``); then the screen a wrong settings file gives at start
(``startup-problem``). Written to ``docs/screenshots/machine/``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots" / "machine"
sys.path.insert(0, str(REPO / "docs"))

from make_screenshots import Camera  # noqa: E402

PASSWORD = "fiktiv adgangskode til skærmbilleder"  # noqa: S105 - fictitious, for the pictures


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        return shoot()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1")
    subprocess.run(  # noqa: S603 - fixed arguments, our own script
        [  # noqa: S607 - xvfb-run is looked up on PATH on purpose
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24 -dpi 96",
            sys.executable,
            __file__,
            "--child",
        ],
        env=env,
        check=True,
    )
    return 0


def shoot() -> int:
    from PySide6.QtWidgets import QApplication

    from screening_app.app import after_first_paint, make_clinic
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.ui import refcount_guard
    from screening_app.ui.dialogs import Dialogs
    from screening_app.ui.flow import AppFlow
    from screening_app.ui.shell import build_shell
    from screening_app.ui.startup_problem import StartupProblem

    refcount_guard.add_headroom()  # PySide6 6.12.0 on CPython 3.11: see the module
    app = QApplication([sys.argv[0]])
    shell = build_shell(app, idle_minutes=60)
    window = shell.window
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    camera = Camera(app, OUT)
    scratch = tempfile.TemporaryDirectory()
    base = Path(scratch.name)
    settings = base / "trygstart.toml"
    settings.write_text(
        "# Sat af IT\n"
        "idle_lock_max_minutes = 10\n"
        'backup_folder = "/mnt/backup/trygstart"\n'
        "allow_save_pdf = false\n"
        "allow_training = true\n",
        encoding="utf-8",
    )
    os.environ["TRYGSTART_MACHINE_CONFIG"] = str(settings)
    clinic = make_clinic(
        base / "data",
        kdf_params=TEST_PARAMS,
        pin_params=TEST_PARAMS,
        clock=lambda: dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC),
        today=lambda: dt.date(2026, 3, 2),
    )
    setup = clinic.accounts().setup(
        clinic_name="Jordemoderklinikken Nord", admin_username="anna", admin_password=PASSWORD
    )
    setup.session.logout()
    flow = AppFlow(
        window=window,
        language=shell.language,
        clipboard=shell.clipboard,
        icons=shell.icons,
        locker=shell.locker,
        idle=shell.idle,
        clinic=clinic,
        dialogs=Dialogs(choose_logo=None),
        defer=lambda call: call(),
    )
    flow.start()
    assert after_first_paint(shell, clinic, base / "data")
    assert flow.login("anna", PASSWORD)
    assert flow.persons is not None
    flow.persons.show_settings()
    camera.grab("settings-machine")
    flow.shutdown()

    problems = [
        f"{settings}:2: idle_lock_max_minutes: must be at most 60",
        f"{settings}:5: allow_traning: unknown key; did you mean 'allow_training'?",
    ]
    window.set_user_widget(None)
    window.show_screen(StartupProblem(problems))
    camera.grab("startup-problem")
    shell.dispose()
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
