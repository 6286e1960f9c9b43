"""``screening-app admin verify-audit``, ``audit-anchor`` and ``export-audit``: the audit trail.

``verify-audit`` walks the hash chain and prints its head (hash and time); a gap at the start
counts as retention only when the purge's own entry backs it. ``audit-anchor FILE`` writes the
head into a new file that IT keeps elsewhere; ``verify-audit --anchor FILE`` then also requires
that entry, with its hash, in the chain: a chain rewritten by someone holding the key fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from screening_app.cli.admin_session import Secrets, admin_option, as_admin
from screening_app.services.accounts import Accounts
from screening_app.services.admin import AdminService
from screening_app.storage.audit_anchor import read as read_anchor
from screening_app.storage.errors import StorageError


def register(command: Callable[[str, str, Callable[..., int]], argparse.ArgumentParser]) -> None:
    verify = command(
        "verify-audit",
        "verify the audit trail's hash chain and print its head (hash and time)",
        run_verify,
    )
    verify.add_argument(
        "--anchor",
        type=Path,
        metavar="FILE",
        help="also check the chain against an anchor written by audit-anchor",
    )
    admin_option(verify)

    anchor = command(
        "audit-anchor",
        "write the audit trail's head into the new file FILE, to keep outside the workstation",
        run_anchor,
    )
    anchor.add_argument("out", type=Path, metavar="FILE")
    admin_option(anchor)

    export = command(
        "export-audit", "print one person's access log as JSON (GDPR request)", run_export
    )
    export.add_argument("--person", required=True, type=int, metavar="ID")
    admin_option(export)


def run_verify(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        report = admin.verify_audit(args.anchor)
        print(report.sentence())
        if report.missing:
            raise StorageError("audit-missing", last=report.missing)
        if not report.intact:
            raise StorageError("audit-broken", entry=report.broken_at)
        if args.anchor is not None:
            anchor = read_anchor(args.anchor)
            print(
                f"Logkæden passer til ankeret (post {anchor.seq} fra {anchor.at}). / "
                f"The audit trail matches the anchor (entry {anchor.seq} of {anchor.at})."
            )
        return 0

    return as_admin(args, accounts, secrets, work)


def run_anchor(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        anchor = admin.audit_anchor(args.out)
        print(
            f"Anker for post {anchor.seq} ({anchor.at}) skrevet til / "
            f"Anchor of entry {anchor.seq} ({anchor.at}) written to: {args.out}"
        )
        print(f"hash: {anchor.hash}")
        return 0

    return as_admin(args, accounts, secrets, work)


def run_export(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    def work(admin: AdminService) -> int:
        entries = admin.export_person_audit(args.person)
        document = {
            "person": args.person,
            "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "entries": [entry.content() for entry in entries],
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0

    return as_admin(args, accounts, secrets, work)
