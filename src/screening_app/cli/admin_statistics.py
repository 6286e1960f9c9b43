"""``screening-app admin statistics``: the clinic's statistics for IT and leaders.

    screening-app admin statistics --from 2026-01-01 --to 2026-12-31 --user LEA --csv out.csv
    screening-app admin statistics --from 2026-01-01 --to 2026-12-31 --user LEA --pdf out.pdf

The user is an administrator or a leader (password on standard input). The figures are
suppressed exactly as on the screen (the same ``StatisticsReport``): a count of 1-4 is ``<5``
and what would give one away is ``x``. They hold no person data, so the file is written as
asked (a new file; an existing one is never overwritten). One audit entry per export.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from screening_app.cli.admin_session import Secrets
from screening_app.instruments.catalog import load_catalog
from screening_app.letters.fonts import FontSet
from screening_app.paths import resources_dir
from screening_app.services.accounts import Accounts
from screening_app.services.statistics.service import StatisticsService
from screening_app.storage.errors import StorageError


def register(command: Callable[[str, str, Callable[..., int]], argparse.ArgumentParser]) -> None:
    stats = command(
        "statistics",
        "the clinic's statistics for a period as CSV or PDF (small numbers hidden); "
        "stdin: the user's password",
        run_statistics,
    )
    stats.add_argument("--from", dest="first", required=True, type=_day, metavar="DATE")
    stats.add_argument("--to", dest="last", required=True, type=_day, metavar="DATE")
    out = stats.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", type=Path, metavar="FILE", help="write CSV (semicolons, UTF-8)")
    out.add_argument("--pdf", type=Path, metavar="FILE", help="write the report with charts")
    stats.add_argument("--lang", choices=("da", "en"), default="da")
    stats.add_argument("--user", required=True, metavar="USER", help="an administrator or a leader")


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None


def run_statistics(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    target: Path = args.csv or args.pdf
    if target.exists():
        raise StorageError("invalid", detail=f"output file exists: {target}")
    session = accounts.login(args.user, secrets.read("Adgangskode / password: "))
    try:
        service = StatisticsService(session, load_catalog().every_version())
        if args.csv is not None:
            data = service.export_csv(args.first, args.last, args.lang).encode("utf-8")
        else:
            fonts = FontSet.load(resources_dir() / "fonts")
            data = service.export_pdf(args.first, args.last, fonts, args.lang)
    finally:
        session.logout()
    with target.open("xb") as handle:
        handle.write(data)
    print(f"Statistik skrevet til / statistics written to: {target}")
    return 0
