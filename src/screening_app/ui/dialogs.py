"""The dialogs the screens open, behind small functions the tests replace.

``Dialogs`` bundles them for the flow: printing the recovery key, choosing a logo, the band
override and the amendment's reason. The defaults load their modules only when first used, so
the first window needs none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from screening_app.ui.result.override_dialog import OverrideChooser
    from screening_app.ui.result.record_bar import ReasonAsker
    from screening_app.ui.setup.parts import ChooseLogo, PrintKey
    from screening_app.ui.setup.recovery_print import PrintOutcome


# A settings path inside a file: it can never be created, so Qt writes no settings file.
NOWHERE = "/dev/null/trygstart-keeps-no-settings"


def choose_logo_file(parent: QWidget) -> bytes | None:
    """A PNG chosen in Qt's own file dialog: the platform's may record it in the desktop's
    recent files, and Qt's own would remember the folder in its settings file, which is
    pointed where nothing can be written first (TrygStart keeps no Qt settings)."""
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from screening_app.services.clinic_settings import MAX_LOGO_BYTES

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, NOWHERE)

    name, _filter = QFileDialog.getOpenFileName(
        parent,
        "TrygStart",
        str(Path.home()),
        "PNG (*.png)",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not name:
        return None
    path = Path(name)
    try:
        if path.stat().st_size > MAX_LOGO_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def print_key_on_paper(parent: QWidget, clinic: str, key: str) -> PrintOutcome:
    from screening_app.ui.setup.recovery_print import print_recovery_key

    return print_recovery_key(parent, clinic, key)


def open_override(parent: QWidget, **kwargs: Any) -> Any:
    from screening_app.ui.result.override_dialog import open_override_dialog

    return open_override_dialog(parent, **kwargs)


def ask_for_reason(parent: QWidget, **kwargs: Any) -> Any:
    from screening_app.ui.result.record_bar import open_reason_dialog

    return open_reason_dialog(parent, **kwargs)


def inform_in_box(parent: QWidget, text: str) -> None:
    """One sentence the user must see once (the database was upgraded)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, "TrygStart", text)


def ask_take_over(parent: QWidget, text: str, on_yes: Callable[[], None]) -> None:
    """Another workstation holds the screening: say who, and take it over only when asked
    (window-modal; ``on_yes`` runs after "Take over")."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "TrygStart", text, parent=parent)
    take = box.addButton(
        QCoreApplication.translate("TakeOver", "&Take over the screening"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("TakeOver", "&Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)  # taking over is never the default
    box.setEscapeButton(cancel)
    box.setObjectName("takeOverBox")

    def answered(button: object) -> None:
        if button is take:
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()


class Dialogs:
    """The dialogs the screens open, behind functions the tests replace."""

    def __init__(
        self,
        *,
        print_key: PrintKey = print_key_on_paper,
        choose_logo: ChooseLogo | None = choose_logo_file,
        choose_override: OverrideChooser = open_override,
        ask_reason: ReasonAsker = ask_for_reason,
        inform: Callable[[QWidget, str], None] = inform_in_box,
        take_over: Callable[[QWidget, str, Callable[[], None]], None] = ask_take_over,
    ) -> None:
        self.print_key = print_key
        self.choose_logo = choose_logo
        self.choose_override = choose_override
        self.ask_reason = ask_reason
        self.inform = inform
        self.take_over = take_over
