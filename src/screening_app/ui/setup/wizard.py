"""First start: make the clinic's encrypted database, its first administrator, and show the
recovery key once.

Three pages in the main window (not a separate dialog, so quick-hide and the window title
behave as everywhere): the clinic's details; the first administrator's account, with the
password rules of the storage and their sentences; the recovery key, shown once, with a print
button and a warning, and kept nowhere (it is dropped from the screen when the page is left).
What creates the clinic, checks a password and prints are injected: ``create`` makes the
database (and returns the logged-in session and the key), ``check_password`` raises with the
sentence of the first rule a password breaks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from screening_app.ui.errors import error_sentence
from screening_app.ui.main_button import MainButton
from screening_app.ui.setup.parts import (
    AdminForm,
    CheckPassword,
    ChooseLogo,
    ClinicForm,
    CreateClinic,
    PrintKey,
    error_label,
    heading,
    left,
    paragraph,
    right,
)
from screening_app.ui.setup.recovery_print import PrintOutcome, print_recovery_key
from screening_app.ui.style import scaled_font


class SetupWizard(QWidget):
    finished = Signal(object)  # the session ``create`` returned
    key_shown = Signal(object)  # the database exists; the session while the key is on screen
    training_requested = Signal()  # "Øvelse (fiktive personer)" instead of setting up a clinic

    def __init__(
        self,
        *,
        data_dir: Path,
        create: CreateClinic,
        check_password: CheckPassword,
        language: Callable[[], str],
        print_key: PrintKey = print_recovery_key,
        choose_logo: ChooseLogo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._data_dir = data_dir
        self._create = create
        self._check_password = check_password
        self._lang = language
        self._print_key = print_key
        self._choose_logo = choose_logo
        self._logo: bytes | None = None
        self._session: object | None = None
        self._key = ""
        self._printed = False
        self.pages = QStackedWidget()
        self.pages.addWidget(self._clinic_page())
        self.pages.addWidget(self._admin_page())
        self.pages.addWidget(self._key_page())
        self.pages.setMaximumWidth(900)
        # Return presses the page's main button: Next, Create the database, Done.
        self.keys = MainButton(self)
        self.pages.currentChanged.connect(self._page_changed)
        self._page_changed(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addStretch(1)
        layout.addWidget(self.pages, 4)
        layout.addStretch(1)
        self._retranslate()

    # ------------------------------------------------------------- page 1
    def _clinic_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("clinicPage")
        self._clinic_heading = heading("", self.font())
        self._clinic_intro = paragraph()
        self._where = paragraph("dataDir")
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clinic_name = QLineEdit()
        self.clinic_name.setObjectName("clinicName")
        self.clinic_address = QPlainTextEdit()
        self.clinic_address.setObjectName("clinicAddress")
        self.clinic_address.setTabChangesFocus(True)
        self.clinic_address.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.clinic_phone = QLineEdit()
        self.clinic_phone.setObjectName("clinicPhone")
        self.clinic_email = QLineEdit()
        self.clinic_email.setObjectName("clinicEmail")
        self._logo_button = QPushButton()
        self._logo_button.setObjectName("logoButton")
        self._logo_button.clicked.connect(self._pick_logo)
        self._logo_state = paragraph("logoState")
        self._logo_button.setVisible(self._choose_logo is not None)
        self._clinic_labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self._clinic_labels,
            (self.clinic_name, self.clinic_address, self.clinic_phone, self.clinic_email),
            strict=False,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self._logo_button)
        logo_row.addWidget(self._logo_state, 1)
        form.addRow(self._clinic_labels[4], logo_row)
        self._clinic_error = error_label("clinicError")
        self.clinic_next = QPushButton()
        self.clinic_next.setObjectName("clinicNext")
        self.clinic_next.clicked.connect(self.clinic_done)
        column = QVBoxLayout(page)
        column.addWidget(self._clinic_heading)
        column.addWidget(self._clinic_intro)
        column.addWidget(self._where)
        column.addSpacing(8)
        column.addLayout(form)
        column.addWidget(self._clinic_error)
        column.addLayout(right(self.clinic_next))
        column.addStretch(1)
        self.training_button = QPushButton()
        self.training_button.setObjectName("trainingButton")
        self.training_button.setAutoDefault(False)
        self.training_button.clicked.connect(self.training_requested)
        column.addWidget(self.training_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def set_training_allowed(self, allowed: bool) -> None:
        """The training button, unless the machine's settings forbid training mode."""
        self.training_button.setVisible(allowed)

    def clinic_form(self) -> ClinicForm:
        address = tuple(
            line.strip() for line in self.clinic_address.toPlainText().splitlines() if line.strip()
        )
        return ClinicForm(
            name=self.clinic_name.text().strip(),
            address=address,
            phone=self.clinic_phone.text().strip(),
            email=self.clinic_email.text().strip(),
            logo_png=self._logo,
        )

    def clinic_done(self) -> None:
        form = self.clinic_form()
        missing = []
        if not form.name:
            missing.append(self.tr("the clinic's name"))
        if not form.address:
            missing.append(self.tr("the address"))
        if not form.phone:
            missing.append(self.tr("the phone number"))
        if missing:
            text = self.tr("Please fill in: {0}.").format(", ".join(missing))
            self._show(self._clinic_error, text)
            return
        self._show(self._clinic_error, "")
        self.pages.setCurrentIndex(1)
        self.admin_user.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pick_logo(self) -> None:
        if self._choose_logo is None:
            return
        data = self._choose_logo(self)
        if data is not None:
            self._logo = data
        self._retranslate()

    # ------------------------------------------------------------- page 2
    def _admin_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("adminPage")
        self._admin_heading = heading("", self.font())
        self._admin_intro = paragraph()
        self.admin_user = QLineEdit()
        self.admin_user.setObjectName("adminUser")
        self.admin_display = QLineEdit()
        self.admin_display.setObjectName("adminDisplayName")
        self.admin_title = QLineEdit()
        self.admin_title.setObjectName("adminTitle")
        self.admin_password = QLineEdit()
        self.admin_password.setObjectName("adminPassword")
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_repeat = QLineEdit()
        self.admin_repeat.setObjectName("adminRepeat")
        self.admin_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self._admin_labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        fields = (
            self.admin_user,
            self.admin_display,
            self.admin_title,
            self.admin_password,
            self.admin_repeat,
        )
        for label, field in zip(self._admin_labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self._rules = paragraph("passwordRules")
        self._admin_error = error_label("adminError")
        self.admin_back = QPushButton()
        self.admin_back.setObjectName("adminBack")
        self.admin_back.clicked.connect(self._back_to_clinic)
        self.admin_create = QPushButton()
        self.admin_create.setObjectName("adminCreate")
        self.admin_create.clicked.connect(self.admin_done)
        column = QVBoxLayout(page)
        column.addWidget(self._admin_heading)
        column.addWidget(self._admin_intro)
        column.addSpacing(8)
        column.addLayout(form)
        column.addWidget(self._rules)
        column.addWidget(self._admin_error)
        row = QHBoxLayout()
        row.addWidget(self.admin_back)
        row.addStretch(1)
        row.addWidget(self.admin_create)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def _back_to_clinic(self) -> None:
        self.pages.setCurrentIndex(0)
        self.clinic_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_changed(self, index: int) -> None:
        self.keys.set_button((self.clinic_next, self.admin_create, self.key_done)[index])

    def admin_done(self) -> None:
        username = self.admin_user.text().strip()
        display = self.admin_display.text().strip()
        password = self.admin_password.text()
        if not username or any(ch.isspace() for ch in username):
            self._show(self._admin_error, self.tr("The user name is one word, without spaces."))
            return
        if password != self.admin_repeat.text():
            self._show(self._admin_error, self.tr("The two passwords are not the same."))
            return
        clinic = self.clinic_form()
        try:
            self._check_password(password, [username, display or username, clinic.name])
        except Exception as error:  # noqa: BLE001 - the rule's sentence is shown
            self._show(self._admin_error, error_sentence(error, self._lang()) or self._internal())
            return
        admin = AdminForm(username, display, self.admin_title.text().strip(), password)
        try:
            session, key = self._create(clinic, admin)
        except Exception as error:  # noqa: BLE001 - e.g. the folder is read-only
            self._show(self._admin_error, error_sentence(error, self._lang()) or self._internal())
            return
        self.admin_password.clear()
        self.admin_repeat.clear()
        self._show(self._admin_error, "")
        self._session = session
        self._key = key
        self.key_label.setText(key)
        self.pages.setCurrentIndex(2)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.key_shown.emit(session)

    # ------------------------------------------------------------- page 3
    def _key_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("keyPage")
        self._key_heading = heading("", self.font())
        self._key_warning = paragraph("keyWarning")
        self._key_warning.setStyleSheet("#keyWarning { font-weight: bold; }")
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_label.setFont(scaled_font(mono, 1.4, bold=True))
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet(
            "#recoveryKey { border: 2px solid #555; border-radius: 6px; padding: 16px; }"
        )
        self.print_button = QPushButton()
        self.print_button.setObjectName("printKey")
        self.print_button.clicked.connect(self.print_key)
        self._print_state = paragraph("printState")
        self.kept = QCheckBox()
        self.kept.setObjectName("keyKept")
        self.key_done = QPushButton()
        self.key_done.setObjectName("keyDone")
        self.key_done.setEnabled(False)
        self.key_done.clicked.connect(self.finish)
        self.kept.toggled.connect(self.key_done.setEnabled)
        column = QVBoxLayout(page)
        column.addWidget(self._key_heading)
        column.addWidget(self._key_warning)
        column.addSpacing(8)
        column.addWidget(self.key_label)
        column.addLayout(left(self.print_button))
        column.addWidget(self._print_state)
        column.addSpacing(16)
        column.addWidget(self.kept)
        column.addLayout(right(self.key_done))
        column.addStretch(1)
        return page

    def print_key(self) -> None:
        outcome = self._print_key(self, self.clinic_form().name, self._key)
        if outcome == PrintOutcome.PRINTED:
            self._printed = True
            self._print_state.setText(self.tr("The recovery key was sent to the printer."))
        elif outcome == PrintOutcome.REFUSED_FILE:
            self._print_state.setText(
                self.tr(
                    "Not printed: that printer writes a file, and the key must not be stored "
                    "on the computer. Choose a paper printer."
                )
            )
        else:
            self._print_state.setText(self.tr("Not printed."))

    def finish(self) -> None:
        """Leave the key page: the key is dropped from the screen and from memory here."""
        if not self.kept.isChecked() or self._session is None:
            return
        self._key = ""
        self.key_label.clear()
        session = self._session
        self._session = None
        self.finished.emit(session)

    def abandon(self) -> object | None:
        """Leave without finishing (a change of user): the key is dropped; returns the
        session to log out, if the database was made."""
        self._key = ""
        self.key_label.clear()
        session = self._session
        self._session = None
        return session

    @property
    def printed(self) -> bool:
        return self._printed

    # ------------------------------------------------------------- words
    def _internal(self) -> str:
        return self.tr("Internal error in TrygStart (a bug): nothing was created.")

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._clinic_heading.setText(self.tr("Welcome to TrygStart"))
        self._clinic_intro.setText(
            self.tr(
                "TrygStart keeps everything in an encrypted database on this computer. First "
                "the clinic's details: they are printed at the top of letters (the workplace, "
                "never a private address)."
            )
        )
        self._where.setText(self.tr("The database is created in: {0}").format(self._data_dir))
        for label, text in zip(
            self._clinic_labels,
            (
                self.tr("&Clinic name"),
                self.tr("&Address"),
                self.tr("&Phone"),
                self.tr("&E-mail (optional)"),
                self.tr("Logo (optional)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._logo_button.setText(self.tr("Choose a &logo (PNG)..."))
        self._logo_state.setText(
            self.tr("A logo is chosen.") if self._logo else self.tr("No logo.")
        )
        self.clinic_next.setText(self.tr("&Next"))
        self.training_button.setText(self.tr("Training (fictitious persons)"))
        self._admin_heading.setText(self.tr("The first administrator"))
        self._admin_intro.setText(
            self.tr(
                "This account sets up the clinic and adds the other users. It is also an "
                "ordinary account for consultations."
            )
        )
        for label, text in zip(
            self._admin_labels,
            (
                self.tr("&User name"),
                self.tr("&Full name"),
                self.tr("&Title (e.g. midwife)"),
                self.tr("&Password"),
                self.tr("&Repeat the password"),
            ),
            strict=True,
        ):
            label.setText(text)
        self._rules.setText(
            self.tr(
                "The password must have at least 15 characters. A sentence of several words is "
                "easy to remember and hard to guess. It must not be a common password, nor "
                "contain the user name or the clinic's name."
            )
        )
        self.admin_back.setText(self.tr("&Back"))
        self.admin_create.setText(self.tr("&Create the database"))
        self._key_heading.setText(self.tr("The clinic's recovery key"))
        self._key_warning.setText(
            self.tr(
                "This key is shown now and never again, and it is not stored on the computer. "
                "It opens the database if no administrator can log in. Print it (or write it "
                "down) and keep the paper locked away, for example in the clinic's safe. "
                "Anyone who has it can read every record."
            )
        )
        self.print_button.setText(self.tr("&Print the key..."))
        self.kept.setText(self.tr("I have printed or written down the key and will lock it away"))
        self.key_done.setText(self.tr("&Done"))
