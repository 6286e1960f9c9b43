"""The command line (Qt-free): instrument tools for authors, admin tools for clinic IT.

Each command group lives in its own module and adds itself with ``register(subparsers)``.
Errors a person can act on are printed as one sentence on stderr with a non-zero exit code;
a traceback means a bug.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import screening_app.cli.admin as admin_commands
import screening_app.cli.fhir as fhir_commands
import screening_app.cli.instruments as instrument_commands
import screening_app.cli.selftest as selftest_command
from screening_app import __version__
from screening_app.machine.reader import MachineConfigError

COMMANDS = ("validate", "score", "fhir", "admin", "selftest")


def version_text() -> str:
    """``TrygStart 0.1.0 (database schema 4)``: what ``--version`` prints."""
    from screening_app.storage.migrations import LATEST

    return f"TrygStart {__version__} (database schema {LATEST})"


class _Version(argparse.Action):
    """``--version``, with the schema looked up only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **_kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the versions and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="screening-app",
        description="TrygStart. Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action=_Version)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    instrument_commands.register(subparsers)
    fhir_commands.register(subparsers)
    admin_commands.register(subparsers)
    selftest_command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        parser.print_help()
        return 2
    try:
        result: int = args.handler(args)
        sys.stdout.flush()
    except MachineConfigError as error:
        print("TrygStart: the machine settings are not valid (ask IT):", file=sys.stderr)
        print(str(error), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``screening-app score ... | head``): stop quietly. Point stdout
        # at /dev/null so the interpreter's last flush does not fail again on the way out.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return result
