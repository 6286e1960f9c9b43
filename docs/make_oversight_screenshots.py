"""Screenshots of the oversight screens and their documents, in Danish, at 1366x768.

    .venv/bin/python docs/make_oversight_screenshots.py

Starts itself under ``xvfb-run`` (Xvfb and the xcb libraries must be installed), makes a new
clinic database in a temporary folder (cheap key derivation) with a year of fictitious
persons asked through the real services, and grabs: the statistics screen (bars over months,
the suppressed tables), the access log with a spot check drawn and partly reviewed, and the
person's own-data dialog; and renders page 1 of the statistics report and of a person's copy
to PNG with pdftoppm. Written to ``docs/screenshots/oversight/`` and ``docs/letters/``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots" / "oversight"
LETTERS = REPO / "docs" / "letters"
WIDTH, HEIGHT = 1366, 768
PASSWORD = "fiktiv adgangskode til skærmbilleder"  # noqa: S105 - fictitious, for the pictures


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        return shoot()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1")
    subprocess.run(  # noqa: S603 - fixed arguments, our own script
        ["xvfb-run", "-a", "-s", f"-screen 0 {WIDTH}x{HEIGHT}x24 -dpi 96",  # noqa: S607
         sys.executable, __file__, "--child"],
        env=env, check=True,
    )  # fmt: skip
    return 0


def populate(session, clock):  # type: ignore[no-untyped-def]
    from screening_app.domain.context import Context
    from screening_app.instruments.catalog import load_catalog
    from screening_app.services.persons import PersonService
    from screening_app.services.referrals import ReferralService
    from screening_app.services.screenings import ScreeningService
    from screening_app.storage.records import PersonData

    instruments = load_catalog().every_version()
    persons = PersonService(session)
    screenings = ScreeningService(session, instruments)
    referrals = ReferralService(session)
    rng = random.Random(14)
    ids = []
    for month in range(1, 13):
        for n in range(rng.randint(14, 26)):
            clock.now = dt.datetime(2025, month, 1 + n % 27, 9, 0, tzinfo=dt.UTC)
            role = rng.choice(("pregnant-woman", "pregnant-woman", "new-mother", "father-co-parent"))
            person = persons.create(PersonData(name=f"Fiktiv Person {month}-{n}", role=role))
            ids.append(person.id)
            phase = "pregnant" if role == "pregnant-woman" else "after-birth"
            if rng.random() < 0.12:
                screenings.record_not_asked(person.id, rng.choice(("partner-present", "no-time")))
                continue
            draft = screenings.start(person.id, "ipv-screen", "da",
                                     context=Context(role=role, phase=phase))  # type: ignore[arg-type]
            session_ = draft.session
            for item in session_.visible_questions():
                options = getattr(item, "options", None)
                if options:
                    codes = [o.code for o in options]
                    no = "no" if "no" in codes else codes[-1]
                    value = "yes" if rng.random() < 0.05 and "yes" in codes else no
                    try:
                        screenings.answer(draft.screening.id, item.link_id, value)
                    except Exception:  # noqa: BLE001, S112 - the picture needs some answers only
                        continue
            screenings.finalise(draft.screening.id, next_ask_date=dt.date(2025, month, 20))
            if rng.random() < 0.08:
                referrals.record_referral(
                    person.id, service_id="lev-uden-vold", consent="given", form="written",
                    scope={"contact-details"}, date=clock.now.date(),
                    consent_basis="sundhedsloven-43-1",
                )  # fmt: skip
            persons.get(person.id)
    return ids, instruments


def shoot() -> int:
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from screening_app.paths import resources_dir
    from screening_app.services.access_log import AccessLogService
    from screening_app.services.accounts import Accounts
    from screening_app.services.fonts import bundled_fonts
    from screening_app.services.person_data.service import PersonDataService
    from screening_app.services.statistics.service import StatisticsService
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.storage.passwords import PasswordPolicy
    from screening_app.storage.pins import PinHasher
    from screening_app.storage.vault import Vault
    from screening_app.ui import refcount_guard
    from screening_app.ui.oversight.access_log_screen import AccessLogScreen
    from screening_app.ui.oversight.statistics_screen import StatisticsScreen
    from screening_app.ui.persons.own_data_dialog import OwnDataDialog

    refcount_guard.add_headroom()
    app = QApplication([sys.argv[0]])
    translator = QTranslator()
    translator.load(str(resources_dir() / "translations" / "trygstart_da.qm"))
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    OUT.mkdir(parents=True, exist_ok=True)

    class Clock:
        now = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)

        def __call__(self) -> dt.datetime:
            return self.now

    clock = Clock()
    scratch = tempfile.TemporaryDirectory()
    vault = Vault(Path(scratch.name) / "data", clock=clock, kdf_params=TEST_PARAMS)
    policy = PasswordPolicy(REPO / "tests" / "storage" / "frozen" / "empty-blocklist.txt.gz")
    accounts = Accounts(vault, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS))
    session = accounts.setup(
        clinic_name="Jordemoderklinikken Nord", admin_username="anna", admin_password=PASSWORD,
        admin_display_name="Anna Jordemoder",
    ).session  # fmt: skip
    ids, instruments = populate(session, clock)
    clock.now = dt.datetime(2026, 1, 10, 10, 0, tzinfo=dt.UTC)

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        widget.resize(WIDTH, HEIGHT)
        widget.show()
        for _ in range(20):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"), "PNG")
        print(f"docs/screenshots/oversight/{name}.png")  # noqa: T201

    statistics = StatisticsService(session, instruments)
    screen = StatisticsScreen(statistics, language=lambda: "da",
                              today=lambda: dt.date(2025, 12, 31), fonts=bundled_fonts)  # fmt: skip
    screen.refresh()
    grab(screen, "statistics")
    log = AccessLogService(session)
    notes = iter(["Opslaget var to måneder efter samtalen: hvorfor?"])
    access = AccessLogScreen(log, language=lambda: "da", today=lambda: dt.date(2025, 3, 31),
                             log_allowed=True, ask=lambda *_: next(notes))  # fmt: skip
    access.first.setDate(access.first.date().addDays(-60))
    access.search()
    access.sample_size.setValue(8)
    access.draw()
    access.items.selectRow(0)
    access.review("justified")
    access.review("question")
    grab(access, "access-log")
    dialog = OwnDataDialog(PersonDataService(session, instruments), ids[0], language=lambda: "da",
                           choose_path=lambda *_: None, write=lambda *_: None)  # fmt: skip
    dialog.reason.setPlainText("Hun bad om en kopi af sine oplysninger ved besøget.")
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(OUT / "own-data.png"), "PNG")
    print("docs/screenshots/oversight/own-data.png")  # noqa: T201
    pdf = statistics.export_pdf(dt.date(2025, 1, 1), dt.date(2025, 12, 31), bundled_fonts(), "da")
    copy = PersonDataService(session, instruments).export(ids[0], "pdf", "Til skærmbillede")
    for name, data in (("statistics-report", pdf), ("person-copy", copy)):
        source = Path(scratch.name) / f"{name}.pdf"
        source.write_bytes(data)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(source),  # noqa: S603, S607
                        str(LETTERS / name)], check=True)  # fmt: skip
        print(f"docs/letters/{name}-1.png")  # noqa: T201
    session.logout()
    for widget in (screen, access, dialog):
        widget.close()
        widget.deleteLater()
    app.processEvents()
    sys.stdout.flush()
    os._exit(0)  # skip Python's teardown of Qt objects (it can crash on exit): all is written


if __name__ == "__main__":
    raise SystemExit(main())
