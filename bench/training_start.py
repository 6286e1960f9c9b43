"""Time from ``screening-app --training`` to the first case on screen, against the application's
own start to its login window measured in the same run.

Each run is a fresh Python process started as a user starts TrygStart (``python -m
screening_app`` with the options), timed by this process from the start until the child says
what is on screen: the training start screen painted; then, after the child types a name and
presses "Start øvelsen" through the real widgets, the cases listed (the training database
opened, or made on the first start); then the first case's person page after "Øv alene" (its
person made in the training database). The baseline is ``python -m screening_app`` to the login
window painted over an existing clinic database, interleaved with the training runs. Medians of
``--runs`` (default 5); the first training run of a fresh folder also makes the database and is
reported apart.

Runs on whatever Qt platform is set (offscreen by default).
Usage: python bench/training_start.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHILD = """
import sys
from PySide6.QtCore import QTimer
from screening_app.app import start_gui
from screening_app.ui.training.case_list import CaseListScreen
from screening_app.ui.training.start_screen import TrainingStartScreen

shell, flow = start_gui(sys.argv[1:])
app = shell.app

def say(what):
    sys.stdout.write(what + "\\n")
    sys.stdout.flush()

def current():
    return shell.window.current_screen()

def at_cases():
    screen = current()
    if not isinstance(screen, CaseListScreen):
        QTimer.singleShot(1, at_cases)
        return
    say("cases")
    screen.solo.click()
    QTimer.singleShot(0, at_person)

def at_person():
    screen = current()
    if screen is None or type(screen).__name__ != "PersonPage":
        QTimer.singleShot(1, at_person)
        return
    say("case")
    app.quit()

def painted():
    screen = current()
    if "--training" not in sys.argv:
        say("login")
        app.quit()
        return
    assert isinstance(screen, TrainingStartScreen)
    say("start")
    screen.name.setText("Benchmark, deltager 1")
    screen.start.click()
    QTimer.singleShot(0, at_cases)

shell.window.first_painted.connect(lambda: QTimer.singleShot(0, painted))
app.exec()
"""


def run(args: list[str], env: dict[str, str]) -> dict[str, float]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    marks: dict[str, float] = {}
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - started
    child.wait(timeout=120)
    if child.returncode != 0:
        raise SystemExit(f"the child failed ({child.returncode})")
    return marks


def clinic(folder: Path) -> None:
    """A clinic database with its administrator (the login's baseline needs one)."""
    from tests.ui.clinic import setup_clinic

    from screening_app.app import make_clinic
    from screening_app.storage.kdf import TEST_PARAMS

    setup_clinic(make_clinic(folder, kdf_params=TEST_PARAMS, pin_params=TEST_PARAMS))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    sys.path.insert(0, str(REPO))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        env.update(
            HOME=str(base / "home"),
            XDG_DATA_HOME=str(base / "home" / "data"),
            XDG_CONFIG_HOME=str(base / "home" / "config"),
            TRYGSTART_MACHINE_CONFIG=str(base / "no-machine.toml"),
        )
        clinic(base / "klinik")
        login = ["--data-dir", str(base / "klinik")]
        training = [*login, "--training", "--training-dir", str(base / "kursus")]
        first = run(training, env)  # makes the training database
        logins, trainings = [], []
        for _ in range(options.runs):
            logins.append(run(login, env)["login"])
            trainings.append(run(training, env))
    login_median = statistics.median(logins)
    print(f"baseline: start to the login window, median of {options.runs}: {login_median:.3f} s")
    print(
        f"first --training (makes the training database): start screen {first['start']:.3f} s, "
        f"cases {first['cases']:.3f} s, first case's page {first['case']:.3f} s"
    )
    for mark, what in (
        ("start", "the training start screen"),
        ("cases", "the cases listed"),
        ("case", "the first case's person page"),
    ):
        value = statistics.median(t[mark] for t in trainings)
        print(
            f"--training to {what}, median of {options.runs}: {value:.3f} s "
            f"(x{value / login_median:.2f} the login's start)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
