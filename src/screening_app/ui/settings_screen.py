"""The clinic's settings, for administrators: the idle lock, when to ask again, the clinic, and
what IT has set for this computer.

Each section is saved on its own (one audited ``settings-change`` each) and says when it was
saved or what was wrong. Every value says where it comes from: the machine's settings (set by
IT, shown read-only with their file and line), the clinic's, or TrygStart's default; the idle
lock cannot be set above the machine's ceiling (``domain.layers`` decides). The asking schedule
(``ui.schedule_box``) names the midwife's and the health visitor's visits; its defaults are
starting points for the clinic to confirm, and the screen says so. The logo is chosen through an
injected function (a file dialog in the application, a fake in tests).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.pathway import AskingSchedule
from screening_app.services.clinic_settings import (
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    ClinicDetails,
    ClinicSettings,
    ScheduleSetting,
)
from screening_app.ui.errors import error_sentence
from screening_app.ui.main_button import MainButton
from screening_app.ui.schedule_box import ScheduleBox, parse_numbers
from screening_app.ui.style import scaled_font

if TYPE_CHECKING:
    from screening_app.domain.layers import Decided
    from screening_app.machine.reader import MachineConfig

__all__ = ["ChooseLogo", "SettingsScreen", "parse_numbers"]

ChooseLogo = Callable[[QWidget], bytes | None]
MACHINE_KEYS = (
    "data_folder",
    "language",
    "idle_lock_max_minutes",
    "services_file",
    "backup_folder",
    "allow_self_complete",
    "allow_save_pdf",
    "allow_training",
)


def _status(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


class SettingsScreen(QWidget):
    back_requested = Signal()
    idle_changed = Signal(int)  # minutes

    def __init__(
        self,
        settings: ClinicSettings,
        *,
        language: Callable[[], str],
        choose_logo: ChooseLogo | None = None,
        edit_directory: Callable[[], object] | None = None,
        machine: MachineConfig | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._machine = machine
        # Read now, while the database is open (a language change may come while locked).
        self._versions = settings.versions()
        self._idle = settings.idle_setting()
        self.setObjectName("settingsScreen")
        self.directory_button = QPushButton()
        self.directory_button.setObjectName("editDirectory")
        self.directory_button.setVisible(edit_directory is not None)
        if edit_directory is not None:
            self.directory_button.clicked.connect(lambda _=False: edit_directory())
        self._settings = settings
        self._lang = language
        self._choose_logo = choose_logo
        details = settings.details()
        schedule = settings.asking_schedule()
        self._logo = details.logo_png
        self._heading = QLabel()
        self._heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.back_button = QPushButton()
        self.back_button.setObjectName("settingsBack")
        self.back_button.clicked.connect(self.back_requested)

        self._build_idle(settings)
        self._build_schedule(schedule)
        self._build_clinic(details, choose_logo)
        self._build_machine()
        self._lay_out()
        self.keys = MainButton(self)  # three sections, three Save buttons: the focused one
        self._show_logo()
        self._retranslate()

    def _build_idle(self, settings: ClinicSettings) -> None:
        # Idle lock
        self._idle_box = QGroupBox()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, settings.idle_ceiling())
        self.idle_minutes.setValue(settings.idle_minutes())
        self.idle_source = _status("idleSource")
        self.idle_minutes.setMaximumWidth(90)
        self._idle_label = QLabel()
        self._idle_label.setBuddy(self.idle_minutes)
        self.save_idle = QPushButton()
        self.save_idle.setObjectName("saveIdle")
        self.save_idle.clicked.connect(self.store_idle)
        self.idle_status = _status("idleStatus")
        idle_form = QFormLayout(self._idle_box)
        idle_form.addRow(self._idle_label, self.idle_minutes)
        idle_form.addRow(self.idle_source)
        idle_form.addRow(self.idle_status)
        idle_form.addRow(_right(self.save_idle))

    def _build_schedule(self, schedule: ScheduleSetting) -> None:
        # Asking schedule: its own box (ui.schedule_box); the names tests and callers use.
        self._schedule_box = ScheduleBox(self._settings, schedule, self._lang)
        self.midwife_weeks = self._schedule_box.midwife_weeks
        self.pregnancy_visit = self._schedule_box.pregnancy_visit
        self.first_visit = self._schedule_box.first_visit
        self.child_weeks = self._schedule_box.child_weeks
        self.retry_days = self._schedule_box.retry_days
        self.save_schedule = self._schedule_box.save_button
        self.schedule_status = self._schedule_box.status

    def _build_clinic(self, details: ClinicDetails, choose_logo: ChooseLogo | None) -> None:
        # Clinic details
        self._clinic_box = QGroupBox()
        self.clinic_name = QLineEdit(details.name)
        self.clinic_name.setObjectName("settingsClinicName")
        self.clinic_address = QPlainTextEdit("\n".join(details.address))
        self.clinic_address.setObjectName("settingsClinicAddress")
        self.clinic_address.setTabChangesFocus(True)
        self.clinic_address.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.clinic_phone = QLineEdit(details.phone or "")
        self.clinic_phone.setObjectName("settingsClinicPhone")
        self.clinic_email = QLineEdit(details.email or "")
        self.clinic_email.setObjectName("settingsClinicEmail")
        self.logo = QLabel()
        self.logo.setObjectName("logoPreview")
        self.logo_button = QPushButton()
        self.logo_button.setObjectName("settingsLogo")
        self.logo_button.clicked.connect(self._pick_logo)
        self.logo_button.setVisible(choose_logo is not None)
        self.remove_logo = QPushButton()
        self.remove_logo.setObjectName("removeLogo")
        self.remove_logo.clicked.connect(self._drop_logo)
        self._clinic_labels = [QLabel() for _ in range(5)]
        self.save_clinic = QPushButton()
        self.save_clinic.setObjectName("saveClinic")
        self.save_clinic.clicked.connect(self.store_clinic)
        self.clinic_status = _status("clinicStatus")
        clinic_form = QFormLayout(self._clinic_box)
        for label, field in zip(
            self._clinic_labels[:4],
            (self.clinic_name, self.clinic_address, self.clinic_phone, self.clinic_email),
            strict=True,
        ):
            label.setBuddy(field)
            clinic_form.addRow(label, field)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        clinic_form.addRow(self._clinic_labels[4], logo_row)
        clinic_form.addRow(self.clinic_status)
        clinic_form.addRow(_right(self.save_clinic))

    def _build_machine(self) -> None:
        # What IT set for this computer: read-only labels, each with its place.
        self._machine_box = QGroupBox()
        self._machine_box.setObjectName("machineSettings")
        self._machine_form = QFormLayout(self._machine_box)
        self.machine_rows: dict[str, QLabel] = {}
        self._machine_labels: dict[str, QLabel] = {}
        for key in MACHINE_KEYS:
            label, value = QLabel(), QLabel()
            value.setObjectName(f"machine_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._machine_labels[key] = label
            self.machine_rows[key] = value
            self._machine_form.addRow(label, value)
        self.versions = _status("versions")
        self._machine_form.addRow(self.versions)

    def _lay_out(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.directory_button)
        column.addLayout(top)
        column.addWidget(self._heading)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._idle_box)
        left.addWidget(self._schedule_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self._clinic_box)
        right.addWidget(self._machine_box)
        right.addStretch(1)
        columns.addLayout(right, 1)
        column.addLayout(columns)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        layout.addWidget(scroll)

    def focus_input(self) -> None:
        self.idle_minutes.setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_order(self) -> list[QWidget]:
        """Section by section (left column, then right), each ending in its Save; the way
        back and the directory (top corners) last."""
        box = self._schedule_box
        return [
            self.idle_minutes,
            self.save_idle,
            box.midwife_weeks,
            box.pregnancy_visit,
            box.first_visit,
            box.child_weeks,
            box.retry_days,
            box.save_button,
            self.clinic_name,
            self.clinic_address,
            self.clinic_phone,
            self.clinic_email,
            self.logo_button,
            self.remove_logo,
            self.save_clinic,
            self.back_button,
            self.directory_button,
        ]

    # ---------------------------------------------------------------- saving
    def _failed(self, label: QLabel, error: Exception) -> None:
        text = error_sentence(error, self._lang()) or self.tr("Could not be saved.")
        label.setText("\u26a0 " + text)

    def store_idle(self) -> None:
        minutes = self.idle_minutes.value()
        try:
            self._settings.set_idle_minutes(minutes)
        except Exception as error:  # noqa: BLE001 - the sentence is shown
            self._failed(self.idle_status, error)
            return
        self.idle_status.setText(self.tr("Saved."))
        self._idle = self._settings.idle_setting()
        self.idle_source.setText(self._idle_source())
        self.idle_changed.emit(minutes)

    def schedule(self) -> AskingSchedule | None:
        return self._schedule_box.schedule()

    def store_schedule(self) -> None:
        self._schedule_box.store()

    def store_clinic(self) -> None:
        address = tuple(
            line.strip() for line in self.clinic_address.toPlainText().splitlines() if line.strip()
        )
        details = ClinicDetails(
            name=self.clinic_name.text(),
            address=address,
            phone=self.clinic_phone.text() or None,
            email=self.clinic_email.text() or None,
            logo_png=self._logo,
        )
        try:
            self._settings.set_details(details)
        except Exception as error:  # noqa: BLE001 - the sentence is shown
            self._failed(self.clinic_status, error)
            return
        self.clinic_status.setText(self.tr("Saved."))

    def _pick_logo(self) -> None:
        if self._choose_logo is None:
            return
        data = self._choose_logo(self)
        if data is not None:
            self._logo = data
            self._show_logo()

    def _drop_logo(self) -> None:
        self._logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo is not None and pixmap.loadFromData(self._logo):
            smooth = Qt.TransformationMode.SmoothTransformation
            self.logo.setPixmap(pixmap.scaledToHeight(40, smooth))
        else:
            self.logo.clear()
        self.remove_logo.setEnabled(self._logo is not None)

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Clinic settings"))
        self.back_button.setText(self.tr("< &Back"))
        self.directory_button.setText(self.tr("The &services directory..."))
        self._idle_box.setTitle(self.tr("Lock when idle"))
        self._idle_label.setText(self.tr("Lock the screen after (&minutes without use)"))
        self.save_idle.setText(self.tr("Save"))
        self._clinic_box.setTitle(self.tr("The clinic (printed on letters)"))
        for label, text in zip(
            self._clinic_labels,
            (
                self.tr("Clinic &name"),
                self.tr("&Address"),
                self.tr("P&hone"),
                self.tr("&E-mail"),
                self.tr("Logo"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.logo_button.setText(self.tr("Choose a &logo (PNG)..."))
        self.remove_logo.setText(self.tr("Remove the logo"))
        self.save_clinic.setText(self.tr("Save"))
        self.idle_source.setText(self._idle_source())
        self._retranslate_machine()

    def _idle_source(self) -> str:
        decided = self._idle
        if decided.source == "machine":
            return self.tr("Set by IT for this computer: at most {0} minutes ({1}).").format(
                decided.value, decided.where
            )
        ceiling = self._settings.idle_ceiling()
        limit = (
            " " + self.tr("IT allows at most {0} minutes on this computer.").format(ceiling)
            if ceiling < MAX_IDLE_MINUTES
            else ""
        )
        if decided.source == "clinic":
            return self.tr("The clinic's choice.") + limit
        return self.tr("TrygStart's default; nothing is saved yet.") + limit

    def _retranslate_machine(self) -> None:
        self._machine_box.setTitle(self.tr("This computer (set by IT, read-only)"))
        names = {
            "data_folder": self.tr("Data folder"),
            "language": self.tr("Language at start"),
            "idle_lock_max_minutes": self.tr("Idle lock, at most"),
            "services_file": self.tr("The clinic's services file"),
            "backup_folder": self.tr("Backup folder"),
            "allow_self_complete": self.tr("The person answers alone"),
            "allow_save_pdf": self.tr("Saving a PDF to a file"),
            "allow_training": self.tr("Training mode"),
        }
        machine = self._machine
        for key, label in self._machine_labels.items():
            label.setText(names[key])
            value = None if machine is None else getattr(machine.settings, key)
            place = "" if machine is None else machine.place(key)
            if key.startswith("allow_"):
                permission = key.removeprefix("allow_")
                text = self._permission_text(self._settings.permission(permission))  # type: ignore[arg-type]
            elif value is None:
                text = self.tr("not set")
            elif key == "idle_lock_max_minutes":
                text = self.tr("{0} minutes").format(value)
            else:
                text = str(value)
            self.machine_rows[key].setText(f"{text}  ({place})" if place else text)
        if machine is None or not machine.read_from:
            from screening_app.machine.location import machine_config_path

            where = machine.path if machine is not None else str(machine_config_path())
            note = self.tr("IT has set nothing for this computer ({0} does not exist).").format(
                where
            )
        else:
            note = self.tr("Read from: {0}").format(", ".join(machine.read_from))
        app_version, schema = self._versions
        self.versions.setText(
            note + "\n" + self.tr("TrygStart {0}, database schema {1}").format(app_version, schema)
        )

    def _permission_text(self, decided: Decided[bool]) -> str:
        if decided.value:
            return (
                self.tr("allowed") if decided.source == "machine" else self.tr("allowed (not set)")
            )
        return self.tr("not allowed")


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
