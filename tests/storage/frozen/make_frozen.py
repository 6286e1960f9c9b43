"""Make the frozen database for the current schema version (run once per new version).

    .venv/bin/python -m tests.storage.frozen.make_frozen

Writes ``tests/storage/frozen/v<N>/`` with ``trygstart.db`` and ``trygstart.db.keys``; the
user is ``frozen`` with the password ``FROZEN_PASSWORD`` below (cheap test Argon2 parameters;
the key file records them). Never regenerate an existing version: its bytes are the point.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from screening_app.domain.context import Context
from screening_app.instruments.yaml_format import load_instrument
from screening_app.services.accounts import Accounts
from screening_app.services.admin import AdminService
from screening_app.services.followup import FollowUpService
from screening_app.services.persons import PersonService
from screening_app.services.referrals import ReferralService
from screening_app.services.screenings import ScreeningService
from screening_app.services.session import UserSession
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.migrations import LATEST
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.vault import Vault

FROZEN_USER = "frozen"
FROZEN_PASSWORD = "icy archive test passphrase"
HERE = Path(__file__).resolve().parent


def main() -> int:
    target = HERE / f"v{LATEST}"
    if (target / "trygstart.db").exists():
        print(f"{target} exists; frozen databases are never regenerated", file=sys.stderr)
        return 1
    moments = iter(
        dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=n)
        for n in range(10_000)
    )
    clock = lambda: next(moments)  # noqa: E731
    vault = Vault(target, clock=clock, kdf_params=TEST_PARAMS)
    policy = PasswordPolicy(HERE.parents[1] / "storage" / "frozen" / "empty-blocklist.txt.gz")
    accounts = Accounts(vault, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS))
    setup = accounts.setup(
        clinic_name="Frozen Clinic", admin_username=FROZEN_USER, admin_password=FROZEN_PASSWORD
    )
    write_records(setup.session, LATEST)
    for leftover in ("login-attempts.json", "login-attempts.lock", "trygstart.lock"):
        (target / leftover).unlink(missing_ok=True)
    print(f"wrote {target}")
    return 0


def write_records(session: UserSession, version: int) -> None:
    """The frozen records, through the use cases of the code that writes them (then logs out)."""
    instrument = load_instrument(HERE.parents[1] / "data" / "minimal.yaml")
    persons = PersonService(session)
    person = persons.create(
        PersonData(
            name="Frida Frost",
            role="pregnant-woman",
            cpr="0202901234",
            birth_date=dt.date(1990, 2, 2),
            child_birth_date=dt.date(2026, 6, 1),
            child_birth_date_kind="expected",
            safe_phone="+45 12 34 56 78",
            safe_times="weekdays 9-12",
            may_leave_messages=False,
            may_send_letters_home=False,
        )
    )
    contact = persons.add_contact(
        person.id, date=dt.date(2026, 1, 5), setting="antenatal-visit", weeks_pregnant=18
    )
    screenings = ScreeningService(session, [instrument])
    draft = screenings.start(
        person.id, "test-minimal", "da", context=Context(phase="pregnant"), contact_id=contact.id
    )
    screenings.answer(draft.screening.id, "q1", "yes")
    screenings.answer(draft.screening.id, "q2", "no")
    screenings.finalise(draft.screening.id, next_ask_date=dt.date(2026, 4, 1))
    screenings.record_not_asked(person.id, "partner-present", next_ask_date=dt.date(2026, 2, 1))
    open_draft = screenings.start(person.id, "test-minimal", "en")
    screenings.answer(open_draft.screening.id, "q1", "no")
    referrals = ReferralService(session)
    referral = referrals.record_referral(
        person.id,
        service_id="lev-uden-vold",
        consent="given",
        form="written",
        scope={"contact-details"},
        date=dt.date(2026, 1, 5),
    )
    referrals.record_document(
        person.id, kind="referral-letter", action="printed", referral_id=referral.id
    )
    FollowUpService(session).add_note(person.id, "Frozen note.")
    if version >= 4:
        AdminService(session).add_user(
            "frozen-leader", FROZEN_PASSWORD, display_name="Frozen Leader", role="leader"
        )
    session.logout()


if __name__ == "__main__":
    raise SystemExit(main())
