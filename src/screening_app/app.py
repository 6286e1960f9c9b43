"""The composition root: wires concrete objects together and starts the desktop application.

``screening-app`` with a command (``validate``, ``score``, ``fhir``, ``admin``...) runs the Qt-free
command line; without one it starts the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from screening_app import APP_NAME


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from screening_app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        from screening_app.cli import main as cli_main

        return cli_main(args)
    return run_gui(args)


def run_gui(args: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0], *args])
    app.setApplicationName(APP_NAME)
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    label = QLabel(
        "TrygStart er under opbygning: konsultationsskærmene kommer i en senere version.\n"
        "TrygStart is being built: the consultation screens come in a later version."
    )
    label.setMargin(24)
    window.setCentralWidget(label)
    window.resize(640, 200)
    window.show()
    return app.exec()
