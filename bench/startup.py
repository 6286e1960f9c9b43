"""Start-up, responsiveness and memory of the desktop application, against baselines measured in
the same run.

1. Cold start to the login taking typing: ``screening-app``'s own entry point (``app.main``: core
   dumps off, the shell, the login screen over an existing clinic database, then the start-up's
   loading) against a bare PySide6 window with one text field started the same way (its own
   ``main``). In each, 10 ms after the first paint a key press is posted to the text field (as
   if typed the moment the window appeared: after the start-up's own work queued at the first
   paint, as a person's key always comes); time to interactive is when the field has
   processed it (its text changed). A fresh Python process each, several runs each,
   interleaved; medians and their ratios (target: the login's time to interactive <= 1.5 x the
   bare window's time to first paint).
2. Answer -> next item shown, for a generated 200-question instrument driven by the keyboard
   (number key, Enter), with the REAL answer sink: every answer committed to the encrypted
   database through ``ScreeningService.answer`` (one transaction and one audit entry each);
   p50/p95/p99/max (target p99 < 50 ms).
3. Peak memory (VmHWM) of a full consultation in a fresh process: login with the production
   Argon2id parameters, a person created, the gate, the 200-question instrument answered by
   keyboard (each answer committed), result, override, note copied, finalised, quick-hide,
   unlock, log out; against the bare window's. The login's key derivation (production Argon2id) is
   reported apart: the peak is measured once with it and once from after the login
   (``/proc/self/clear_refs`` resets VmHWM; target < 300 MB).

Runs on whatever Qt platform is set (``make bench`` uses offscreen; under Xvfb use xcb).
Usage: python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = 200
GROUP_SIZE = 10
ADMIN = "maria"
PASSWORD = "a long benchmark password, fictitious"


# ------------------------------------------------------------- the instrument
def make_instrument(questions: int = QUESTIONS) -> Any:
    """A generated instrument: ``questions`` questions in groups of ten, choice, yes/no and
    number items, every fifth depending on the one before, groups shown by any-of conditions."""
    from screening_app.domain.checks import check_instrument
    from screening_app.domain.instrument import Instrument

    def text(da: str, en: str) -> dict[str, str]:
        return {"da": da, "en": en}

    options = [
        {"code": c, "text": text(f"Svar {c}", f"Answer {c}"), "weight": w}
        for c, w in (("a", 0), ("b", 1), ("c", 2), ("d", 3))
    ]
    groups: list[dict[str, Any]] = []
    choice_ids: list[str] = []
    number = 0
    previous_first: str | None = None
    for g in range(questions // GROUP_SIZE):
        items: list[dict[str, Any]] = []
        first_id = f"q{number + 1}"
        for _ in range(GROUP_SIZE):
            number += 1
            link_id = f"q{number}"
            kind = ("choice", "choice", "boolean", "choice", "integer")[number % 5]
            item: dict[str, Any] = {
                "linkId": link_id,
                "type": kind,
                "text": text(f"Benchmark-spørgsmål {number}", f"Benchmark question {number}"),
                "guidance": text(f"Vejledning {number}", f"Guidance {number}"),
            }
            if kind == "choice":
                item["options"] = options
                choice_ids.append(link_id)
            if kind == "integer":
                item |= {"min": 0, "max": 99}
            if number % 5 == 4 and f"q{number - 1}" in choice_ids:
                item["enableWhen"] = {"item": f"q{number - 1}", "op": "!=", "value": "d"}
            items.append(item)
        group: dict[str, Any] = {
            "linkId": f"g{g + 1}",
            "type": "group",
            "text": text(f"Afsnit {g + 1}", f"Section {g + 1}"),
            "items": items,
        }
        if previous_first is not None:
            group["enableWhen"] = {
                "any": [
                    {"item": previous_first, "op": "exists", "value": True},
                    {"context": "phase", "op": "=", "value": "pregnant"},
                ]
            }
        previous_first = first_id
        groups.append(group)
    high = 3 * len(choice_ids)
    data = {
        "id": "bench-200",
        "version": "1.0.0",
        "status": "active",  # the gate offers only active instruments
        "title": text("Benchmark-skema", "Benchmark form"),
        "description": text("Genereret til måling.", "Generated for measuring."),
        "languages": [{"code": "da", "version": "1.0.0"}, {"code": "en", "version": "1.0.0"}],
        "roles": ["pregnant-woman"],
        "sources": [{"citation": "Generated by bench/startup.py."}],
        "licence": "Benchmark data.",
        "items": [
            {"linkId": "intro", "type": "display", "text": text("Indledning", "Introduction")},
            *groups,
        ],
        "scores": [
            {"id": "total", "type": "sum", "title": text("Point", "Points"), "items": choice_ids}
        ],
        "outcome": {
            "score": "total",
            "bands": [
                band("low", 0, 0, "green"),
                band("some", 1, high // 2, "yellow"),
                band("high", high // 2 + 1, high, "red"),
            ],
        },
        "flags": [
            {
                "id": "first-d",
                "when": {"item": "q1", "op": "=", "value": "d"},
                "title": text("Flag", "Flag"),
                "text": text("Flagtekst.", "Flag text."),
            }
        ],
    }
    instrument = Instrument.model_validate(data)
    problems = check_instrument(instrument)
    assert not problems, problems
    return instrument


def band(band_id: str, low: float, high: float, colour: str) -> dict[str, Any]:
    return {
        "id": band_id,
        "min": low,
        "max": high,
        "colour": colour,
        "title": {"da": f"Bånd {band_id}", "en": f"Band {band_id}"},
        "text": {"da": "Tekst.", "en": "Text."},
        "actions": {"steps": [{"da": "Et skridt.", "en": "A step."}]},
    }


# ------------------------------------------------------------- shared helpers
class _PaintWatch:
    """Notes when ``target`` (a widget) or one of its children is painted.

    The filter is put on the target and its children only (not on the application), so the
    measurement adds almost nothing to what it measures."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    watch.painted = True
                return False

        self.app = app
        self.painted = False
        self._filter = Filter()
        self._watched: list[Any] = []

    def arm(self, target: Any) -> None:
        """Start watching ``target`` (before the action whose paint is awaited)."""
        from PySide6.QtWidgets import QWidget

        self.painted = False
        self._watched = [target, *target.findChildren(QWidget)]
        for widget in self._watched:
            widget.installEventFilter(self._filter)

    def wait(self, target: Any = None, limit_s: float = 5.0) -> None:
        """Process events until the armed target (or ``target``) has been painted."""
        if target is not None:
            self.arm(target)
        deadline = time.perf_counter() + limit_s
        while not self.painted and time.perf_counter() < deadline:
            self.app.processEvents()
        for widget in self._watched:
            widget.removeEventFilter(self._filter)
        self._watched = []
        if not self.painted:
            raise RuntimeError("no paint seen")
        self.painted = False


def make_clinic_dir(data_dir: Path, *, production_keys: bool) -> None:
    """A clinic database with its administrator (cheap Argon2 unless ``production_keys``)."""
    from screening_app.services.accounts import Accounts
    from screening_app.services.clock import system_clock
    from screening_app.storage.kdf import DEFAULT_PARAMS, TEST_PARAMS
    from screening_app.storage.passwords import PasswordPolicy
    from screening_app.storage.pins import PinHasher
    from screening_app.storage.vault import Vault

    params = DEFAULT_PARAMS if production_keys else TEST_PARAMS
    vault = Vault(data_dir, clock=system_clock, kdf_params=params)
    accounts = Accounts(
        vault, clock=system_clock, policy=PasswordPolicy(), pins=PinHasher(TEST_PARAMS)
    )
    setup = accounts.setup(
        clinic_name="Benchmark-klinikken", admin_username=ADMIN, admin_password=PASSWORD
    )
    setup.session.logout()


def bench_flow(app: Any, shell: Any, data_dir: Path, *, production_keys: bool) -> Any:
    """The real application flow on ``data_dir`` with the generated instrument installed."""
    from screening_app.app import make_clinic, start_flow
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.ui.dialogs import Dialogs

    instrument = make_instrument()
    clinic = make_clinic(
        data_dir,
        kdf_params=None if production_keys else TEST_PARAMS,
        pin_params=TEST_PARAMS,
        instruments={instrument.id: instrument},
    )
    flow = start_flow(shell, clinic, dialogs=Dialogs(choose_logo=None))
    flow._defer = lambda call: call()  # log in at once (no repaint wait in a benchmark)
    assert flow.login(ADMIN, PASSWORD)
    flow.persons.show_home()
    app.processEvents()
    return flow


def start_consultation(flow: Any) -> Any:
    """A person, the gate confirmed, the generated instrument started (clinician reads)."""
    from screening_app.storage.records import PersonData

    person = flow.user.persons.create(PersonData(name="Benchmark Person", role="pregnant-woman"))
    flow.persons.open_person(person.id)
    flow.persons.show_gate()
    gate = flow.window.current_screen()
    for box in gate.points.values():
        box.setChecked(True)
    gate.circumstances.interpreters["none"].setChecked(True)
    gate.instrument.setCurrentIndex(gate.instrument.findData("bench-200"))
    gate.start()
    return flow.persons.consultation


def _keyboard_answer(qtest: Any, runner: Any, key: Any, enter: Any) -> None:
    from PySide6.QtWidgets import QApplication

    page = runner.current_page()
    focus = QApplication.focusWidget() or runner
    if page is not None and page.input is not None:
        if page.input.takes_number_keys():
            qtest.keyClick(focus, key)
        else:
            qtest.keyClicks(focus, "3")
    qtest.keyClick(QApplication.focusWidget() or runner, enter)


def answer_by_keyboard(app: Any, consultation: Any, timings: list[float] | None) -> int:
    """Answer every item by keyboard until the result shows; returns the answers stored."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    runner = consultation.runner
    runner.window().activateWindow()
    watch = _PaintWatch(app)
    app.processEvents()
    QTest.keyClick(runner, Qt.Key.Key_Return)  # past the introduction
    app.processEvents()
    while consultation.result_screen is None:
        before = runner.current_link_id
        start = time.perf_counter()
        _keyboard_answer(QTest, runner, Qt.Key.Key_1, Qt.Key.Key_Return)
        if consultation.result_screen is not None:
            break
        if runner.current_link_id == before:
            raise RuntimeError(f"stuck at {before}")
        watch.wait(runner.current_page())
        if timings is not None:
            timings.append(time.perf_counter() - start)
    return len(runner.session.answers)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def peak_rss_kb() -> int:
    """This program's peak resident memory. Linux's VmHWM belongs to the program since exec;
    ru_maxrss can carry the parent's peak over the fork (it did here, with a large parent)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def reset_peak_rss() -> bool:
    """Start VmHWM again from the current RSS (Linux 4.0 and later)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# --------------------------------------------------------------- child modes
class _Probe:
    """Watches a program started by its own ``main``: 10 ms after the first paint of a window it
    posts a key press to the text field that has the focus (or the first one), and notes when
    that field has processed it (its text changed). Installed by wrapping ``QApplication.exec``, so
    the program's ``main`` runs unchanged."""

    def __init__(self) -> None:
        self.painted_ns = 0
        self.typed_ns = 0

    def install(self) -> None:
        from PySide6.QtWidgets import QApplication

        probe = self
        original = QApplication.exec

        def exec_with_probe(*_args: Any) -> int:
            probe.arm(QApplication.instance())
            return original()

        QApplication.exec = exec_with_probe  # type: ignore[method-assign]

    def arm(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        probe = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and not probe.painted_ns:
                    probe.painted_ns = time.monotonic_ns()
                    app.removeEventFilter(self)
                    QTimer.singleShot(10, lambda: probe.type_into(app))
                return False

        self._filter = Filter()
        app.installEventFilter(self._filter)

    def type_into(self, app: Any) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication, QLineEdit

        field = QApplication.focusWidget()
        if not isinstance(field, QLineEdit):
            windows = [w for w in app.topLevelWidgets() if w.isVisible()]
            fields = [f for w in windows for f in w.findChildren(QLineEdit) if f.isVisible()]
            field = fields[0]

        def typed(_text: str) -> None:
            if not self.typed_ns:
                self.typed_ns = time.monotonic_ns()
                print(f"painted {self.painted_ns}", flush=True)
                print(f"typed {self.typed_ns}", flush=True)
                print(f"maxrss_kb {peak_rss_kb()}", flush=True)
                app.quit()

        field.textChanged.connect(typed)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
            QCoreApplication.postEvent(field, event)


def bare_main() -> int:
    """A bare PySide6 program: one window with one text field, its own main."""
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    from screening_app.ui import refcount_guard

    refcount_guard.add_headroom()  # PySide6 6.12 on CPython 3.11: before Qt's first call
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("TrygStart")
    field = QLineEdit()
    window.setCentralWidget(field)
    window.resize(1200, 800)
    window.show()
    field.setFocus()
    return app.exec()


def _child_bare() -> None:
    _Probe().install()
    bare_main()


def _child_app() -> None:
    from screening_app.app import main

    _Probe().install()
    main([])


def _child_consultation() -> None:
    from PySide6.QtWidgets import QApplication

    from screening_app.ui import refcount_guard
    from screening_app.ui.shell import build_shell

    data_dir = Path(os.environ["TRYGSTART_DATA_DIR"])
    refcount_guard.add_headroom()  # PySide6 6.12 on CPython 3.11: before Qt's first call
    app = QApplication([sys.argv[0]])
    shell = build_shell(app)
    shell.window.resize(1366, 768)
    shell.window.show()
    flow = bench_flow(app, shell, data_dir, production_keys=True)
    print(f"after_login_kb {peak_rss_kb()}", flush=True)
    reset = reset_peak_rss()
    consultation = start_consultation(flow)
    stored = answer_by_keyboard(app, consultation, None)
    screen = consultation.result_screen
    screen.copy_note()
    screen.band_overridden.emit("low", "benchmark reason")  # as the override dialog does
    consultation.result_screen.record_bar.finalise_button.click()
    app.processEvents()
    shell.locker.quick_hide()
    app.processEvents()
    print(f"stored {stored}", flush=True)
    if reset:
        print(f"consultation_kb {peak_rss_kb()}", flush=True)
    shell.window.lock_screen.findChild(object, "unlockField").setText(PASSWORD)
    shell.window.lock_screen.submit()  # the production key derivation again
    app.processEvents()
    flow.logout()
    app.processEvents()
    print(f"maxrss_kb {peak_rss_kb()}", flush=True)


# --------------------------------------------------------------- the parent
def _spawn(mode: str, env: dict[str, str]) -> dict[str, float]:
    start = time.monotonic_ns()
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    found: dict[str, float] = {}
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        if key == "painted":
            found["start_ms"] = (int(value) - start) / 1e6
        elif key == "typed":
            found["typed_ms"] = (int(value) - start) / 1e6
        elif key.endswith("_kb"):
            found[key.removesuffix("_kb") + "_mb"] = int(value) / 1024
        elif key == "stored":
            found["stored"] = int(value)
    return found


def measure_start(runs: int, env: dict[str, str]) -> None:
    bare: list[dict[str, float]] = []
    app: list[dict[str, float]] = []
    for _ in range(runs):
        bare.append(_spawn("bare", env))
        app.append(_spawn("app", env))

    def median(runs_: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs_)

    def span(runs_: list[dict[str, float]], key: str) -> str:
        values = [r[key] for r in runs_]
        return f"(min {min(values):.0f}, max {max(values):.0f})"

    bare_paint, bare_typed = median(bare, "start_ms"), median(bare, "typed_ms")
    app_paint, app_typed = median(app, "start_ms"), median(app, "typed_ms")
    print(f"cold start from main(), median of {runs} runs each, interleaved (ms):")
    print(f"  bare window, first paint        {bare_paint:7.0f}   {span(bare, 'start_ms')}")
    print(f"  bare window, key processed      {bare_typed:7.0f}   {span(bare, 'typed_ms')}")
    print(f"  TrygStart login, first paint    {app_paint:7.0f}   {span(app, 'start_ms')}")
    print(f"  TrygStart login, key processed  {app_typed:7.0f}   {span(app, 'typed_ms')}")
    ratio = app_typed / bare_paint
    print(f"  login key processed / bare first paint   {ratio:5.2f}   (target <= 1.5)")
    print(f"  login key processed / bare key processed {app_typed / bare_typed:5.2f}")
    print(f"  login first paint / bare first paint     {app_paint / bare_paint:5.2f}")
    print(
        f"memory at the first key: bare {median(bare, 'maxrss_mb'):.0f} MB, "
        f"TrygStart {median(app, 'maxrss_mb'):.0f} MB"
    )


def measure_answers(scratch: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from screening_app.ui.shell import build_shell

    data_dir = scratch / "answers"
    make_clinic_dir(data_dir, production_keys=False)
    from screening_app.ui import refcount_guard

    refcount_guard.add_headroom()  # PySide6 6.12 on CPython 3.11: before Qt's first call
    app = QApplication.instance() or QApplication([sys.argv[0]])
    shell = build_shell(app)
    shell.window.resize(1366, 768)
    shell.window.show()
    flow = bench_flow(app, shell, data_dir, production_keys=False)
    consultation = start_consultation(flow)
    timings: list[float] = []
    stored = answer_by_keyboard(app, consultation, timings)
    committed = flow.user.screenings.open(consultation.screening_id).session.answers
    assert len(committed) == stored, (len(committed), stored)
    ms = [t * 1000 for t in timings]
    print(
        f"answer -> next item shown, {len(ms)} items of a {QUESTIONS}-question instrument, "
        f"each answer committed to the encrypted database ({stored} stored) (ms):"
    )
    print(
        f"  p50 {_percentile(ms, 50):.1f}  p95 {_percentile(ms, 95):.1f}  "
        f"p99 {_percentile(ms, 99):.1f}  max {max(ms):.1f}   (target p99 < 50)"
    )
    flow.shutdown()
    shell.dispose()
    shell.window.close()


def measure_memory(env: dict[str, str], scratch: Path) -> None:
    data_dir = scratch / "memory"
    make_clinic_dir(data_dir, production_keys=True)
    bare = _spawn("bare", env)["maxrss_mb"]
    full = _spawn("consultation", dict(env, TRYGSTART_DATA_DIR=str(data_dir)))
    print("peak memory (VmHWM):")
    print(f"  bare PySide6 window                          {bare:6.0f} MB")
    from screening_app.storage.kdf import DEFAULT_PARAMS

    mib = DEFAULT_PARAMS.memory_kib // 1024
    label = f"after login (Argon2id m={mib} MiB)"
    print(f"  {label:<45}{full['after_login_mb']:6.0f} MB")
    if "consultation_mb" in full:
        print(
            f"  the consultation (person, gate, 200 answers, result, finalise, hide), from after "
            f"the login {full['consultation_mb']:6.0f} MB   (target < 300)"
        )
    print(
        f"  whole run incl. login and password unlock     {full['maxrss_mb']:6.0f} MB"
        f"   ({int(full['stored'])} answers stored)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="TrygStart start-up and responsiveness")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", choices=["bare", "app", "consultation"])
    args = parser.parse_args()
    if args.child:
        {"bare": _child_bare, "app": _child_app, "consultation": _child_consultation}[args.child]()
        return 0
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QPA_PLATFORM", env["QT_QPA_PLATFORM"])
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        login_dir = scratch / "login"
        make_clinic_dir(login_dir, production_keys=False)
        env["TRYGSTART_DATA_DIR"] = str(login_dir)
        env["HOME"] = str(scratch)
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env[var] = str(scratch / var.lower())
        print(f"Qt platform: {env['QT_QPA_PLATFORM']}; Python {sys.version.split()[0]}")
        measure_start(args.runs, env)
        measure_memory(env, scratch)
        measure_answers(scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
