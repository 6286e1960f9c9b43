"""Screenshots of the document dialogs, in Danish, at 1366x768, from the real screens.

    .venv/bin/python docs/make_document_screenshots.py

Starts itself under ``xvfb-run`` (Xvfb and the xcb libraries must be installed, see the
README), sets up a throw-away clinic database in a temporary folder (cheap test keys, a
fictitious person, a finished screening of the documents test questionnaire, whose neutral
test wording recommends two services), opens each dialog through ``DocumentActions`` and grabs
the X screen. The images go to ``docs/screenshots/documents/`` as 8-bit palette PNGs.
Nothing is printed or saved; the temporary folder is removed at the end.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots" / "documents"
WIDTH, HEIGHT = 1366, 768
PASSWORD = "fiktiv adgangskode til skærmbilleder"  # noqa: S105 - fictitious, for the pictures


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        with tempfile.TemporaryDirectory() as folder:
            return shoot(Path(folder))
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR="1")
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    subprocess.run(  # noqa: S603 - fixed arguments, our own script
        [  # noqa: S607 - xvfb-run is looked up on PATH on purpose
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {WIDTH}x{HEIGHT}x24 -dpi 96",
            sys.executable,
            __file__,
            "--child",
        ],
        env=env,
        check=True,
    )
    return 0


def clinic(folder: Path) -> tuple[Any, Any, int, tuple[int, int]]:
    """A fictitious clinic: the session, the document service, a person and a screening."""
    import datetime as dt

    from screening_app.directory import load_directory
    from screening_app.domain.support import Address, Directory
    from screening_app.instruments.yaml_format import load_instrument
    from screening_app.letters import DocumentPrinter
    from screening_app.letters.specimens import LETTERHEAD, POLISH
    from screening_app.paths import resources_dir
    from screening_app.services.accounts import Accounts
    from screening_app.services.clock import system_clock
    from screening_app.services.documents import DocumentService
    from screening_app.services.persons import PersonService
    from screening_app.services.screenings import ScreeningService
    from screening_app.storage.kdf import TEST_PARAMS
    from screening_app.storage.passwords import PasswordPolicy
    from screening_app.storage.pins import PinHasher
    from screening_app.storage.records import PersonData
    from screening_app.storage.vault import Vault

    vault = Vault(folder / "data", clock=system_clock, kdf_params=TEST_PARAMS)
    accounts = Accounts(
        vault, clock=system_clock, policy=PasswordPolicy(), pins=PinHasher(TEST_PARAMS)
    )
    session = accounts.setup(
        clinic_name="Jordemodercenter Nordby",
        admin_username="anna",
        admin_password=PASSWORD,
        admin_display_name="Anna Sørensen",
        admin_title="Jordemoder",
    ).session
    instrument = load_instrument(REPO / "tests/ui/documents/data/documents-test.yaml")
    screenings = ScreeningService(session, [instrument])
    bundled = load_directory(resources_dir() / "services")
    town = bundled.get("municipality").model_copy(
        update={"address": Address(lines=["Rådhustorvet 1", "9999 Nordby"]), "unconfirmed": []}
    )
    family_clinic = bundled.get("family-clinic").model_copy(
        update={
            "address": Address(lines=["Familieambulatoriet", "Hospitalsvej 9", "9999 Nordby"]),
            "unconfirmed": [],
            "provides_treatment": True,
        }
    )
    person = PersonService(session).create(
        PersonData(
            name=POLISH,
            role="pregnant-woman",
            child_birth_date=dt.date.today() + dt.timedelta(days=120),  # noqa: DTZ011
            child_birth_date_kind="expected",
            safe_phone="20 00 00 02",
            safe_times="Hverdage kl. 9-12",
            may_leave_messages=False,
            may_send_letters_home=False,
        )
    )

    def screen(answers: dict[str, str]) -> int:
        draft = screenings.start(person.id, instrument.id, "da")
        for link_id, value in answers.items():
            screenings.answer(draft.screening.id, link_id, value)
        return int(screenings.finalise(draft.screening.id).id)

    # Positive, safe to go home; and one whose result is marked not for home.
    screening_id = screen({"q1": "yes", "q2": "yes", "own": "no", "home": "no"})
    not_for_home = screen({"q1": "yes", "q2": "no", "own": "no", "home": "yes"})
    documents = DocumentService(
        session,
        screenings=screenings,
        instruments={instrument.id: instrument},
        printer=DocumentPrinter.from_fonts_dir(resources_dir() / "fonts"),
        directory=Directory.merge(list(bundled), [town, family_clinic]),
        letterhead=LETTERHEAD,
    )
    return session, documents, person.id, (screening_id, not_for_home)


def shoot(folder: Path) -> int:  # noqa: PLR0915 - one scripted tour, in order
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from screening_app.directory import read_bundled
    from screening_app.paths import resources_dir
    from screening_app.services.directory_admin import DirectoryAdminService
    from screening_app.ui import refcount_guard
    from screening_app.ui.documents import DialogHooks, DocumentActions
    from screening_app.ui.documents.preview import PreviewDialog
    from screening_app.ui.shell import build_shell

    refcount_guard.add_headroom()  # PySide6 6.12 on CPython 3.11: before Qt's first call
    app = QApplication([sys.argv[0]])
    shell = build_shell(app, idle_minutes=60)
    window = shell.window
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    session, documents, person_id, (screening_id, not_for_home) = clinic(folder)
    admin = DirectoryAdminService(
        session,
        bundled=read_bundled(resources_dir() / "services"),
        clinic_file=folder / "klinikkens-tilbud.yaml",
    )
    shown: list[Any] = []
    hooks = DialogHooks(confirm_unencrypted=lambda parent, _yes: shown.append(parent))
    actions = DocumentActions(
        window,
        documents=documents,
        language=lambda: "da",
        hooks=hooks,
        directory_admin=admin,
    )

    def settle(ms: int = 200) -> None:
        done: list[bool] = []
        QTimer.singleShot(ms, lambda: done.append(True))
        while not done:
            app.processEvents()

    def grab(name: str) -> None:
        (app.activeModalWidget() or window).activateWindow()  # the focus ring shows
        settle()
        image = app.primaryScreen().grabWindow(0).toImage()
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        small = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
        small.save(str(OUT / f"{name}.png"), "PNG", 0)
        print(f"{OUT.relative_to(REPO)}/{name}.png")  # noqa: T201 - what was written

    def previews() -> list[PreviewDialog]:
        return [w for w in app.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()]

    # 1. Referral with consent.
    dialog = actions.refer(person_id, screening_id)
    assert dialog is not None
    dialog.form.services.choose("dialog-mod-vold")
    dialog.form.purpose.setText("Samtaleforløb for den gravide")
    dialog.form.scope_boxes["screening-result"].setChecked(True)
    dialog.form.scope_boxes["safety-concerns"].setChecked(True)
    dialog.form.oral.setChecked(True)
    dialog.form.oral_reason.setPlainText("Hun tør ikke tage et papir med hjem.")
    grab("01-referral-consent")
    dialog.record()
    letter = dialog.letter_form
    assert letter is not None
    letter.safety.setPlainText("Hun er bange for partnerens reaktion, hvis han finder ud af det.")
    letter.copy.setCurrentIndex(3)  # home: refused, the person said no letters home
    grab("02-referral-letter-home-refused")
    letter.copy.setCurrentIndex(1)
    letter.discreet.setChecked(True)
    dialog.make_document()
    grab("03-preview")
    preview = previews()[0]
    from screening_app.ui.documents.hooks import confirm_unencrypted

    confirm_unencrypted(preview, lambda: None)
    grab("04-save-warning")
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    settle()

    # 2. Without consent: substantial interests.
    dialog = actions.refer(person_id, screening_id)
    assert dialog is not None
    dialog.form.route_buttons["substantial-interests"].setChecked(True)
    dialog.form.services.choose("police")
    dialog.form.reason.setPlainText("Trusler om drab mod den gravide; hun tør ikke selv ringe.")
    grab("05-referral-without-consent")
    dialog.reject()

    # 3. The § 133 notification.
    dialog = actions.notification(person_id, screening_id)
    assert dialog is not None
    dialog.form.reason.setPlainText("Bekymring for det ufødte barn")
    dialog.form.scope_boxes["safety-concerns"].setChecked(True)
    dialog.record()
    form = dialog.notification_form
    assert form is not None
    form.relation.setText("Jordemoder for moderen under graviditeten")
    form.concern.setPlainText("Moderen fortæller om slag og trusler fra barnets far.")
    mother, father = form.parents
    mother.role.setCurrentIndex(mother.role.findData("exposed"))
    mother.knows.setCurrentIndex(mother.knows.findData(True))
    father.name.setText("Søren Ærø Åberg")
    father.role.setCurrentIndex(father.role.findData("suspected"))
    form.custody.setText("Fælles forældremyndighed")
    from PySide6.QtWidgets import QScrollArea

    scroll = dialog.findChild(QScrollArea)
    settle()
    scroll.ensureWidgetVisible(father.not_told, 0, 120)
    grab("06-notification")
    dialog.reject()

    # 4. Card and plan.
    card = actions.resource_card(person_id, screening_id)
    assert card is not None
    card.services.choose("danner")  # no neutral name: a warning, and a choice to make
    grab("07-resource-card")
    card.reject()
    plan = actions.safety_plan(person_id, screening_id)
    assert plan is not None
    plan.chosen.setChecked(True)
    plan.people[0][0].setText("Ewa Nowak")
    plan.people[0][1].setText("20 00 00 04")
    plan.code_word.setText("Blå paraply")
    grab("08-safety-plan")
    plan.reject()

    # 5. The directory for administrators: a new entry with a field error.
    admin_dialog = actions.edit_directory()
    assert admin_dialog is not None
    admin_dialog.new_entry()
    admin_dialog.form.singles["id"].setText("nordby-krisecenter")
    admin_dialog.form.pairs["name"][0].setText("Nordby Krisecenter")
    admin_dialog.form.phones.setPlainText("12")
    admin_dialog.save()
    grab("09-directory-admin")
    admin_dialog.reject()

    # 6. A referral for treatment (§ 41), and a result that may not go home (no copy).
    dialog = actions.refer(person_id, screening_id)
    assert dialog is not None
    dialog.form.services.choose("family-clinic")
    dialog.form.purpose.setText("Forløb i familieambulatoriet")
    dialog.form.oral.setChecked(True)
    grab("10-referral-for-treatment")
    dialog.reject()
    dialog = actions.refer(person_id, not_for_home)
    assert dialog is not None
    dialog.form.services.choose("dialog-mod-vold")
    dialog.form.purpose.setText("Samtaleforløb for den gravide")
    dialog.record()
    grab("11-referral-no-copy")
    dialog.reject()
    dialog = actions.refer(person_id, screening_id)
    assert dialog is not None
    dialog.form.services.choose("dialog-mod-vold")
    dialog.form.purpose.setText("Samtaleforløb for den gravide")
    dialog.form.scope_boxes["screening-result"].setChecked(True)
    dialog.record()
    assert dialog.letter_form is not None
    dialog.letter_form.copy.setCurrentIndex(1)
    dialog.make_copy()
    grab("12-persons-copy")
    for widget in app.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            widget.close()
    settle()
    session.logout()
    return 0


if __name__ == "__main__":
    sys.exit(main())
