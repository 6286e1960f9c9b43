"""``screening-app admin export-person PERSON_ID --format pdf|json|fhir -o FILE``: a person's
own data (GDPR art. 15) with the access log about her.

Standard input: the user's password, then the reason the copy is handed over (one line; kept
with the request in the encrypted database, never in the audit trail). The file holds person
data: it is created new (never overwriting) and readable by its owner only (0600). Tell the
person before handing it over: these papers are not safe where a partner may read them.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from screening_app.cli.admin_session import Secrets
from screening_app.instruments.catalog import load_catalog
from screening_app.letters.fonts import FontSet
from screening_app.paths import resources_dir
from screening_app.services.accounts import Accounts
from screening_app.services.person_data.service import FORMS, PersonDataService
from screening_app.storage.errors import StorageError

PRIVATE = 0o600


def register(command: Callable[[str, str, Callable[..., int]], argparse.ArgumentParser]) -> None:
    export = command(
        "export-person",
        "a person's own data with the access log about her, as PDF, JSON or a FHIR R4 Bundle; "
        "stdin: the user's password, then the reason",
        run_export_person,
    )
    export.add_argument("person", type=int, metavar="PERSON_ID")
    export.add_argument("--format", required=True, choices=FORMS)
    export.add_argument("-o", "--out", required=True, type=Path, metavar="FILE")
    export.add_argument("--lang", choices=("da", "en"), default="da")
    export.add_argument("--user", required=True, metavar="USER", help="the staff member")


def run_export_person(args: argparse.Namespace, accounts: Accounts, secrets: Secrets) -> int:
    target: Path = args.out
    if target.exists():
        raise StorageError("invalid", detail=f"output file exists: {target}")
    session = accounts.login(args.user, secrets.read("Adgangskode / password: "))
    try:
        reason = secrets.read("Begrundelse / reason: ")
        fonts = FontSet.load(resources_dir() / "fonts") if args.format == "pdf" else None
        service = PersonDataService(session, load_catalog().every_version(), fonts)
        data = service.export(args.person, args.format, reason, lang=args.lang)
    finally:
        session.logout()
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    print(
        f"Skrevet til / written to: {target}\n"
        "Papirerne er ikke sikre at tage med hjem, hvis en partner kan læse dem. / "
        "The papers are not safe to take home if a partner may read them."
    )
    return 0
