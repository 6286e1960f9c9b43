"""``screening-app admin backup`` and ``restore``: backups for clinic IT.

``backup OUT --admin USER``: a verified, encrypted backup made with the database key.
``backup OUT --unattended``: the nightly backup, no password, also while TrygStart is open.
``restore IN``: says what will replace what (clinic, id, counts, the backup's date), refuses a
backup of another clinic database unless ``--other-clinic``, and with ``--dry-run`` only says.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screening_app.cli.admin_session import Secrets, as_admin, credential_options
from screening_app.services.accounts import Accounts
from screening_app.services.admin import AdminService, unattended_backup
from screening_app.services.clock import system_clock
from screening_app.services.restore import RestorePlan, Side, restore_backup

STATES = {
    "damaged": ("beskadiget", "damaged"),
    "not-opened": (
        "kan ikke åbnes med disse oplysninger",
        "cannot be opened with these credentials",
    ),
    "none": ("ingen database", "no database"),
}


def register(command: Callable[[str, str, Callable[..., int]], argparse.ArgumentParser]) -> None:
    backup = command(
        "backup",
        "write an encrypted backup into the new folder OUT: verified with an administrator's "
        "password (stdin), or --unattended (no password; for a nightly task, also while "
        "TrygStart is open)",
        run_backup,
    )
    backup.add_argument("out", type=Path, metavar="OUT")
    who = backup.add_mutually_exclusive_group(required=True)
    who.add_argument("--admin", metavar="USER", help="an administrator (password on stdin)")
    who.add_argument(
        "--unattended",
        action="store_true",
        help="copy the encrypted pages without a key (checked as far as possible without it)",
    )

    restore = command(
        "restore",
        "replace the clinic database with the backup in IN (old files are moved aside); "
        "stdin: an administrator's password or the recovery key valid in the backup",
        run_restore,
    )
    restore.add_argument("source", type=Path, metavar="IN")
    restore.add_argument(
        "--other-clinic",
        action="store_true",
        help="accept a backup of another clinic database (refused without this)",
    )
    restore.add_argument("--dry-run", action="store_true", help="only show what would replace what")
    credential_options(restore)


def run_backup(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    if args.unattended:
        report = unattended_backup(accounts, args.out, clock=system_clock)
        carried = (
            f" + {report.wal_commits} transaktioner i WAL / transactions in the WAL"
            if report.wal_commits
            else ""
        )
        print(
            f"Krypteret sikkerhedskopi uden nøgle ({report.database_bytes} bytes{carried}) i / "
            f"Encrypted backup without the key in: {report.directory}"
        )
        print(
            "Sidernes kontrol og logkæden kontrolleres først ved gendannelse (restore "
            "--dry-run). / The pages and the audit chain are checked at restore "
            "(restore --dry-run)."
        )
        return 0

    def work(admin: AdminService) -> int:
        report = admin.backup(args.out)
        rows = sum(report.rows.values())
        print(
            f"Krypteret sikkerhedskopi kontrolleret ({rows} rækker) i / "
            f"Encrypted backup verified ({rows} rows) in: {report.directory}"
        )
        return 0

    return as_admin(args, accounts, secrets, work)


def run_restore(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    options: dict[str, Any] = {
        "clock": system_clock,
        "other_clinic": args.other_clinic,
        "dry_run": args.dry_run,
        "show": print_plan,
    }
    if args.recovery_key_stdin:
        options["recovery_key"] = secrets.read("Gendannelsesnøgle / recovery key: ")
    else:
        options["username"] = args.admin
        options["password"] = secrets.read("Administratorens adgangskode / admin password: ")
    result = restore_backup(accounts, args.source, **options)
    if args.dry_run:
        print("Intet er ændret (--dry-run). / Nothing was changed (--dry-run).")
        return 0
    print("Sikkerhedskopien er gendannet og kontrolleret. / The backup was restored and checked.")
    if result.moved is not None:
        print(
            f"De tidligere filer er flyttet til / The previous files were moved to: {result.moved}"
        )
    return 0


def print_plan(plan: RestorePlan) -> None:
    """What will replace what, Danish and English on each line."""
    made = plan.backup_made[:19].replace("T", " ") + " UTC" if plan.backup_made else "?"
    kind = plan.backup_kind or "?"
    print(f"Nu / Now: {describe(plan.current)}")
    print(f"Sikkerhedskopi / Backup: {describe(plan.backup)}")
    print(f"  taget / made: {made} ({kind})")
    if plan.same_clinic is False:
        print("  fra en anden klinikdatabase / from another clinic database (--other-clinic)")
    elif plan.same_clinic is None and plan.current.state != "none":
        print("  klinikken her kendes ikke / the clinic here is not known")


def describe(side: Side) -> str:
    parts = []
    if side.identity is not None:
        parts.append(side.identity.short())
    if side.state == "opened":
        parts.append(
            f"{side.persons} personer / persons, {side.screenings} screeninger / screenings"
        )
        if side.latest_entry:
            parts.append(
                f"seneste post / latest entry {side.latest_entry[:16].replace('T', ' ')} UTC"
            )
    else:
        danish, english = STATES[side.state]
        parts.append(f"{danish} / {english}")
    return "; ".join(parts)
