"""The admin command line's sessions: secrets from standard input, logging in as an
administrator or with the recovery key, and running one piece of work in a session."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from typing import TextIO

from screening_app.services.accounts import Accounts
from screening_app.services.admin import AdminService
from screening_app.services.session import UserSession
from screening_app.storage.errors import StorageError


class Secrets:
    """Reads secrets one per line from stdin (or asks without echo on a terminal)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def read(self, prompt: str) -> str:
        if self._stream.isatty():
            return getpass.getpass(prompt)
        line = self._stream.readline()
        if not line:
            raise StorageError("invalid", detail=f"standard input ended before: {prompt.strip()}")
        return line.removesuffix("\n").removesuffix("\r")


def login_admin(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> UserSession:
    return accounts.login(
        args.admin, secrets.read("Administratorens adgangskode / admin password: ")
    )


def credential_session(
    args: argparse.Namespace, accounts: Accounts, secrets: Secrets
) -> UserSession:
    if args.recovery_key_stdin:
        return accounts.recover(secrets.read("Gendannelsesnøgle / recovery key: "))
    return login_admin(args, accounts, secrets)


def as_admin(
    args: argparse.Namespace,
    accounts: Accounts,
    secrets: Secrets,
    work: Callable[[AdminService], int],
) -> int:
    session = login_admin(args, accounts, secrets)
    try:
        return work(AdminService(session))
    finally:
        session.logout()


def admin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--admin", required=True, metavar="USER", help="an administrator")


def credential_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--admin", metavar="USER", help="an administrator (password on stdin)")
    group.add_argument("--recovery-key-stdin", action="store_true")
