"""``screening-app selftest``: what clinic IT and CI run on an installed copy.

One line per check, ``ok``, ``WARN`` or ``FAIL`` and a sentence; exit 0 only when no check
failed (a warning is not a failure). Runs headless and writes nothing outside its own temporary
folder (the throwaway database); the data folder is looked at, never written to.

The checks themselves are in ``selftest_checks``; the Qt check (the screen's toolkit and its
fonts) is handed in by the composition root, as the command line never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from screening_app.cli.selftest_checks import (
    Check,
    NetworkWatch,
    check_argon2,
    check_backup_folder,
    check_cipher,
    check_data_folder,
    check_fonts,
    check_instruments,
    check_letter,
    check_machine_settings,
    check_network,
    check_versions,
)

QtCheck = Callable[[], tuple[Check, str]]  # the Qt check, and the Qt version for "versions"
LABELS = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "selftest",
        help="check this installation (versions, encryption, fonts, data folder...)",
        description="Check this installation: one line per check; exit 0 when none failed.",
    )
    parser.add_argument("--data-dir", type=Path, help="the data folder to check")
    parser.set_defaults(handler=lambda args: run(args.data_dir))


def run(
    data_dir: Path | None = None,
    *,
    qt_check: QtCheck | None = None,
    out: Callable[[str], None] = print,
) -> int:
    watch = NetworkWatch()
    watch.start()
    started = time.perf_counter()
    results: list[Check] = []

    def report(check: Check) -> None:
        results.append(check)
        out(f"{LABELS[check.status]}  {check.name}: {check.sentence}")

    machine_check, machine = check_machine_settings()
    qt_version = ""
    qt_result: Check | None = None
    if qt_check is not None:
        qt_result, qt_version = qt_check()
    report(check_versions(qt_version))
    report(machine_check)
    with tempfile.TemporaryDirectory(prefix="trygstart-selftest-") as scratch:
        report(check_cipher(Path(scratch)))
    report(check_argon2())
    report(check_fonts())
    if qt_result is not None:
        report(qt_result)
    report(check_letter())
    report(check_instruments())
    report(check_data_folder(data_dir, machine))
    backup = check_backup_folder(machine)
    if backup is not None:
        report(backup)
    report(check_network(watch))
    failed = sum(1 for r in results if r.status == "fail")
    seconds = time.perf_counter() - started
    if failed:
        out(f"selftest: {failed} of {len(results)} checks FAILED ({seconds:.1f} s)")
        return 1
    out(f"selftest: all {len(results)} checks passed ({seconds:.1f} s)")
    return 0


def main(argv: Sequence[str], *, qt_check: QtCheck | None = None) -> int:
    """``screening-app selftest [--data-dir DIR]`` with the Qt check wired in."""
    parser = argparse.ArgumentParser(prog="screening-app selftest")
    parser.add_argument("--data-dir", type=Path, help="the data folder to check")
    args = parser.parse_args(list(argv))
    code = run(args.data_dir, qt_check=qt_check)
    sys.stdout.flush()
    return code
