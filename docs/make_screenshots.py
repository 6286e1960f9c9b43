"""Screenshots of the screens, in Danish, at 1366x768 and 1920x1080, from the running app.

    .venv/bin/python docs/make_screenshots.py

Starts itself once per size under ``xvfb-run`` (Xvfb and the xcb libraries must be installed;
this is for the documentation, the tests do not need it), builds the real shell the way
``screening-app`` does, drives it through a consultation on fictitious answers that go nowhere
(nothing is stored: there is no database yet), and grabs the X screen after each step. The
images are written as 8-bit palette PNGs to ``docs/screenshots/<width>x<height>/``.

The questionnaire is the first installed instrument with result bands; without one, the UI
test instrument (``tests/ui/data/all-types.yaml``, neutral test wording) is used.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SIZES = ((1366, 768), (1920, 1080))
PASSWORD = "fiktiv adgangskode til skærmbilleder"  # noqa: S105 - fictitious, for the pictures
PIN = "2468"


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


class _Discard:
    """Answers of the pictures go nowhere: nothing is stored."""

    def answer_given(self, _link_id: str, _value: object) -> None:
        return


def _instruments() -> tuple[dict[str, Any], str]:
    from screening_app.instruments.catalog import load_catalog
    from screening_app.instruments.yaml_format import load_instrument

    catalog = load_catalog()
    for instrument in catalog.active():
        if instrument.outcome is not None and instrument.kind == "screen":
            return dict(catalog.instruments), instrument.id
    tests = [REPO / "tests/data/minimal.yaml", REPO / "tests/ui/data/all-types.yaml"]
    loaded = {i.id: i for i in (load_instrument(p) for p in tests)}
    return loaded, "test-all-types"


def shoot(width: int, height: int) -> int:  # noqa: PLR0915 - one scripted tour, in order
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QRadioButton

    from screening_app.app import build_shell, show_start_screen
    from screening_app.domain.context import Context
    from screening_app.ui.consultation import Consultation

    app = QApplication([sys.argv[0]])
    shell = build_shell(app, idle_minutes=60)
    window = shell.window
    window.setGeometry(0, 0, width, height)
    window.show()
    folder = OUT / f"{width}x{height}"
    folder.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 150) -> None:
        done = []
        QTimer.singleShot(ms, lambda: done.append(True))
        while not done:
            app.processEvents()

    def grab(name: str, framed: Any = None) -> None:
        settle()
        image = app.primaryScreen().grabWindow(0).toImage()
        if framed is not None:
            _frame(image, framed.frameGeometry())
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        small = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
        small.save(str(folder / f"{name}.png"), "PNG", 0)
        print(f"{folder.relative_to(REPO)}/{name}.png")  # noqa: T201 - what was written

    show_start_screen(shell, defer_loading=False)
    grab("01-start")

    instruments, main_id = _instruments()
    shell.locker.set_user(lambda p: p == PASSWORD, lambda p: p == PIN)
    consultation = Consultation(
        window,
        shell.language,
        shell.clipboard,
        shell.icons,
        instruments=instruments,
        sink_for=lambda _session: _Discard(),
        password_check=lambda p: p == PASSWORD,
        context=Context(role="pregnant-woman", phase="pregnant"),
        today=lambda: dt.date(2025, 3, 4),
    )
    runner = consultation.start(main_id)
    _answer_until_guidance(runner, questions=1)
    grab("02-questionnaire")

    _show_validation_message(consultation, shell, instruments, main_id)
    grab("03-validation-message")

    runner = consultation.start(main_id)
    _answer_until_guidance(runner, questions=1)
    runner.enter_self_complete()
    grab("04-self-complete")

    _answer_all(runner)
    grab("05-hand-back")
    runner._hand_back.password.setText(PASSWORD)
    runner._hand_back.submit()

    screen = consultation.result_screen
    assert screen is not None, "the result did not open"
    screen.copy_note()
    grab("06-result")

    screen.open_override()
    settle()
    dialog = screen._dialog
    others = [b for b in dialog.findChildren(QRadioButton) if not b.isChecked()]
    others[-1].click()
    dialog.reason.setPlainText("Personen fortalte mere, da vi talte videre.")
    grab("07-change-result", framed=dialog)
    dialog.reject()

    shell.locker.quick_hide()
    grab("08-quick-hide")
    shell.window.lock_screen.findChild(object, "unlockField").setText(PASSWORD)
    shell.window.lock_screen.submit()

    shell.locker.idle_lock()
    grab("09-idle-lock")
    shell.dispose()
    return 0


def _frame(image: Any, rect: Any) -> None:
    """Xvfb has no window manager: draw the frame one would, so a dialog reads as a window."""
    from PySide6.QtGui import QColor, QPainter, QPen

    painter = QPainter(image)
    painter.setPen(QPen(QColor("#555555"), 2))
    painter.drawRect(rect.adjusted(-2, -2, 1, 1))
    painter.end()


def _answer_value(page: Any) -> Any:
    """The answer of most concern: the heaviest option, yes, something typed."""
    from screening_app.domain.instrument import (
        BooleanItem,
        ChoiceItem,
        DateItem,
        DecimalItem,
        IntegerItem,
        MultiChoiceItem,
    )

    item = page.item
    if isinstance(item, BooleanItem):
        return 1
    if isinstance(item, ChoiceItem):
        weights = [o.weight for o in item.options]
        return weights.index(max(weights)) + 1
    if isinstance(item, MultiChoiceItem):
        return [n + 1 for n, o in enumerate(item.options) if o.weight > 0] or [1]
    if isinstance(item, IntegerItem):
        return str(item.min if item.min is not None else 1)
    if isinstance(item, DecimalItem):
        return str(item.min if item.min is not None else 1).replace(".", ",")
    if isinstance(item, DateItem):
        return "2025-01-15"
    return "Eksempel"


def _answer_current(runner: Any) -> None:
    page = runner.current_page()
    if page is None or page.input is None:
        return
    value = _answer_value(page)
    if isinstance(value, int):
        page.input.choose(value)
    elif isinstance(value, list):
        for number in value:
            page.input.choose(number)
    elif hasattr(page.input, "field"):
        page.input.field.setText(value)
    else:
        page.input.editor.setPlainText(value)


def _answer_until_guidance(runner: Any, questions: int) -> None:
    """Answer ``questions`` questions, then stop on the next question (with guidance if any)."""
    answered = 0
    for _ in range(200):
        page = runner.current_page()
        if page is not None and page.input is not None:
            if answered >= questions:
                return
            _answer_current(runner)
            answered += 1
        before = runner.current_link_id
        runner.advance()
        if runner.current_link_id == before:
            return


def _answer_all(runner: Any) -> None:
    for _ in range(500):
        _answer_current(runner)
        before = runner.current_link_id
        runner.advance()
        if runner._on_hand_back() or runner.current_link_id == before:
            return


def _show_validation_message(
    consultation: Any, shell: Any, instruments: dict[str, Any], main_id: str
) -> None:
    """A typed answer outside its limits, with the engine's message beside it."""
    from screening_app.domain.instrument import IntegerItem, walk_items

    ordered = sorted(instruments.items(), key=lambda pair: pair[0] != main_id)
    for instrument_id, instrument in ordered:
        for item, _parent, _loc in walk_items(instrument.items):
            if isinstance(item, IntegerItem) and item.max is not None:
                runner = consultation.start(instrument_id)
                session = runner.session
                for _ in range(300):  # walk with the heaviest answers until the item shows
                    if session.is_visible(item.link_id):
                        break
                    _answer_current(runner)
                    runner.advance()
                runner.go_to(item.link_id)
                runner.current_page().input.field.setText(str(item.max + 5))
                runner.advance()
                return
    shell.window.show_screen(consultation.runner)


if __name__ == "__main__":
    sys.exit(main())
