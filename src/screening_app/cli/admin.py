"""``screening-app admin ...``: the clinic database for IT staff, scriptable.

Secrets are read from standard input, one per line, in the order each command's help gives
(from a terminal they are asked for without echo). Nothing secret is taken from the command
line, where other users could see it. Every failure a person can act on is one sentence
(Danish, then English) and exit code 1; a bug is "internal error" and exit code 70.

The data directory: ``--data-dir DIR``, else ``TRYGSTART_DATA_DIR``, else the platform's
per-user data directory for TrygStart.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screening_app.cli import admin_audit, admin_backup, admin_person, admin_statistics
from screening_app.cli.admin_session import (
    Secrets,
    admin_option,
    as_admin,
    credential_options,
    credential_session,
    login_admin,
)
from screening_app.hardening import disable_core_dumps
from screening_app.paths import default_data_dir
from screening_app.services.accounts import Accounts
from screening_app.services.admin import AdminService
from screening_app.services.clock import system_clock
from screening_app.storage.errors import StorageError, error_from_os
from screening_app.storage.kdf import DEFAULT_PARAMS, Argon2Params
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PIN_PARAMS, PinHasher
from screening_app.storage.records import USER_ROLES
from screening_app.storage.settings import DEFAULT_AUDIT_RETENTION_MONTHS, DEFAULT_RETENTION_YEARS

EXIT_ERROR = 1
EXIT_BUG = 70
KDF_PARAMS: Argon2Params = DEFAULT_PARAMS  # tests replace these with cheap ones
PIN_HASH_PARAMS: Argon2Params = PIN_PARAMS
BLOCKLIST: Path | None = None  # None: the bundled list of common passwords


# ------------------------------------------------------------------ parser
def register(subparsers: Any) -> None:
    admin = subparsers.add_parser(
        "admin",
        help="manage the clinic database (users, keys, backups, checks)",
        description="Manage the encrypted clinic database. Secrets are read from standard "
        "input, one per line, in the order each command names them.",
    )
    _data_dir_option(admin, argparse.SUPPRESS)
    commands = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    def command(name: str, help_text: str, handler: Callable[..., int]) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(
            name, help=help_text, description=help_text
        )
        _data_dir_option(parser, argparse.SUPPRESS)
        parser.set_defaults(handler=_guarded(handler))
        return parser

    init = command(
        "init",
        "create the clinic database; stdin: the administrator's password. "
        "Prints the recovery key once.",
        run_init,
    )
    init.add_argument("--clinic", required=True, metavar="NAME")
    init.add_argument("--admin", required=True, metavar="USER")
    init.add_argument("--display-name", default="", metavar="NAME")
    init.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    add = command(
        "add-user", "add a user; stdin: administrator's password, then the new user's", run_add
    )
    add.add_argument("user", metavar="USER")
    add.add_argument("--display-name", default="", metavar="NAME")
    add.add_argument("--title", default="", metavar="TITLE")
    add.add_argument("--role", default="clinician", choices=USER_ROLES)
    admin_option(add)

    disable = command(
        "disable-user", "disable a user; stdin: administrator's password", run_disable
    )
    disable.add_argument("user", metavar="USER")
    admin_option(disable)

    reset = command(
        "reset-password",
        "give a user a new password; stdin: the recovery key (--recovery-key-stdin) or the "
        "administrator's password, then the new password",
        run_reset,
    )
    reset.add_argument("user", metavar="USER")
    credential_options(reset)

    rekey = command(
        "rekey",
        "new database key for every active user; stdin: administrator's password",
        run_rekey,
    )
    admin_option(rekey)

    admin_backup.register(command)

    check = command(
        "check", "open, run both integrity checks and verify the audit chain", run_check
    )
    admin_option(check)

    admin_audit.register(command)
    admin_statistics.register(command)
    admin_person.register(command)

    purge = command(
        "purge", "delete persons whose last entry is older than N years (audited)", run_purge
    )
    purge.add_argument(
        "--older-than-years",
        type=int,
        default=None,
        metavar="N",
        help=f"default: the clinic's retention setting ({DEFAULT_RETENTION_YEARS} years "
        "unless changed)",
    )
    admin_option(purge)

    purge_audit = command(
        "purge-audit",
        "delete audit entries older than N months (audited; the rest still verifies)",
        run_purge_audit,
    )
    purge_audit.add_argument(
        "--older-than-months",
        type=int,
        default=None,
        metavar="N",
        help=f"default: the clinic's audit retention ({DEFAULT_AUDIT_RETENTION_MONTHS} months "
        "unless changed; allowed 6-120)",
    )
    admin_option(purge_audit)


def _data_dir_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        metavar="DIR",
        help="the data folder (default: $TRYGSTART_DATA_DIR or the per-user data folder)",
    )


# ------------------------------------------------------------------ plumbing
def _guarded(
    handler: Callable[[argparse.Namespace, Accounts, Secrets], int],
) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        disable_core_dumps()
        data_dir = getattr(args, "data_dir", None) or default_data_dir()
        try:
            return handler(args, _accounts(data_dir), Secrets(sys.stdin))
        except StorageError as error:
            print(error.both(), file=sys.stderr)
            return EXIT_ERROR
        except OSError as error:
            print(error_from_os(error, str(data_dir)).both(), file=sys.stderr)
            return EXIT_ERROR
        except KeyboardInterrupt:
            print("Afbrudt. / Interrupted.", file=sys.stderr)
            return EXIT_ERROR
        except Exception as error:  # noqa: BLE001 - the one place that reports bugs
            print(
                f"Intern fejl i TrygStart (en programfejl): {type(error).__name__}.\n"
                f"Internal error in TrygStart (a bug): {type(error).__name__}.",
                file=sys.stderr,
            )
            if os.environ.get("TRYGSTART_DEBUG"):
                traceback.print_exc()
            return EXIT_BUG

    return run


def _accounts(data_dir: Path) -> Accounts:
    """The file in ``data_dir``, or the clinic's server when the machine settings name one
    (``admin init`` then creates the clinic's record there)."""
    from screening_app.machine.reader import read_machine_config
    from screening_app.services.backend import open_vault

    machine = read_machine_config().settings
    vault = open_vault(data_dir, machine, clock=system_clock, kdf_params=KDF_PARAMS)
    return Accounts(
        vault, clock=system_clock, policy=PasswordPolicy(BLOCKLIST), pins=PinHasher(PIN_HASH_PARAMS)
    )


# ------------------------------------------------------------------ commands
def run_init(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    password = secrets.read("Ny adgangskode til administratoren / new admin password: ")
    setup = accounts.setup(
        clinic_name=args.clinic,
        admin_username=args.admin,
        admin_password=password,
        admin_display_name=args.display_name,
    )
    setup.session.logout()
    print(f"Databasen er oprettet i / The database was created in: {accounts.vault.place}")
    print("Gendannelsesnøgle (vises kun denne ene gang; print den, og læg den i et pengeskab):")
    print("Recovery key (shown this one time only; print it and keep it in a safe):")
    print(setup.recovery_key)
    return 0


def run_add(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        password = secrets.read("Den nye brugers adgangskode / the new user's password: ")
        user = admin.add_user(
            args.user, password, display_name=args.display_name, title=args.title, role=args.role
        )
        print(f"Brugeren {user.username} er oprettet. / User {user.username} was added.")
        return 0

    return as_admin(args, accounts, secrets, work)


def run_disable(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        admin.disable_user(args.user)
        print(
            f"Brugeren {args.user} kan ikke længere logge ind (kør 'rekey' bagefter). / "
            f"User {args.user} can no longer log in (run 'rekey' next)."
        )
        return 0

    return as_admin(args, accounts, secrets, work)


def run_reset(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    session = credential_session(args, accounts, secrets)
    try:
        password = secrets.read("Ny adgangskode / new password: ")
        AdminService(session).reset_password(args.user, password)
    finally:
        session.logout()
    print(f"Adgangskoden er skiftet for {args.user}. / The password of {args.user} was reset.")
    return 0


def run_rekey(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        admin.rekey()
        print("Databasen har fået en ny nøgle. / The database has a new key.")
        return 0

    return as_admin(args, accounts, secrets, work)


def run_check(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    started = time.perf_counter()
    session = login_admin(args, accounts, secrets)
    unlock = unlock_sentence(accounts, args.admin, time.perf_counter() - started)
    try:
        return _check(AdminService(session), unlock)
    finally:
        session.logout()


def unlock_sentence(accounts: Accounts, username: str, seconds: float) -> str:
    """The unlock just measured (the key derivation, unwrapping, opening), with the Argon2id
    parameters the user's key was made with."""
    user = accounts.vault.read_keyfile().user(accounts.vault.tag_of(username))
    made = ""
    if user is not None:
        kdf = user.kdf
        made = f" (Argon2id {kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.parallelism})"
    return f"oplåsning / unlock: {seconds:.2f} s{made}"


def _check(admin: AdminService, unlock: str) -> int:
    report = admin.check()
    if report.identity is not None:
        identity = report.identity
        print(
            f"klinik / clinic: {identity.name}, id {identity.clinic_id} "
            f"(oprettet / created {identity.created[:10]})"
        )
    print(unlock)
    for problem in report.settings + report.integrity:
        print(f"problem: {problem}")
    if report.damaged:
        print("audit: not verified (the database is damaged)")
        raise StorageError("database-damaged")
    assert report.audit is not None
    print(f"audit: {report.audit.sentence()}")
    if not report.audit.intact:
        raise StorageError("audit-broken", entry=report.audit.broken_at)
    if report.settings:
        raise StorageError("settings-drift")
    print("Databasen er i orden. / The database is sound.")
    return 0


def run_purge_audit(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        report = admin.purge_audit(args.older_than_months)
        day = report.cutoff[:10]
        print(
            f"{report.entries} logposter slettet (ældre end {day}). / "
            f"{report.entries} audit entries deleted (older than {day})."
        )
        return 0

    return as_admin(args, accounts, secrets, work)


def run_purge(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        report = admin.purge(args.older_than_years)
        print(
            f"{report.persons} personer slettet (sidste notat før {report.cutoff[:10]}). / "
            f"{report.persons} persons deleted (last entry before {report.cutoff[:10]})."
        )
        return 0

    return as_admin(args, accounts, secrets, work)
