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
from screening_app import __version__

COMMANDS = ("validate", "score", "fhir", "admin")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="screening-app",
        description="TrygStart. Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"TrygStart {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    instrument_commands.register(subparsers)
    fhir_commands.register(subparsers)
    admin_commands.register(subparsers)
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
    except BrokenPipeError:
        # The reader went away (``screening-app score ... | head``): stop quietly. Point stdout
        # at /dev/null so the interpreter's last flush does not fail again on the way out.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return result
