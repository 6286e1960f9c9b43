"""The preview (security.md checks 20-22): shown from the bytes, printed and saved only after an
audit entry, nothing written to disk but the file the user chose after the warning, no
recent-files trace, a neutral title, and gone after quick-hide."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from screening_app.services.document_requests import LetterRequest, ReferralRequest
from screening_app.services.documents import Prepared
from screening_app.ui.documents.hooks import choose_save_path
from screening_app.ui.documents.preview import PreviewDialog
from tests.ui.documents.disk_watch import DiskWatch, python_writes
from tests.ui.documents.fakes import FakeHooks, MemoryPrinter
from tests.ui.documents.world import PERSON_NAME, World

pytestmark = pytest.mark.gui


def referral_letter(world: World) -> Prepared:
    recorded = world.docs.record_referral(
        world.person_id,
        ReferralRequest(
            service_id="dialog-mod-vold",
            route="consent",
            scope=frozenset({"contact-details"}),
            purpose="Samtaleforløb",
            form="oral",
            oral_reason="Hun kan ikke tage papirer med hjem",
        ),
    )
    return world.docs.referral_letter(
        recorded, LetterRequest(include=frozenset({"contact-details"})), "da"
    )


def open_preview(world: World, hooks: FakeHooks, qtbot: Any, parent: Any = None) -> PreviewDialog:
    prepared = referral_letter(world)
    preview = PreviewDialog(
        prepared,
        heading="Henvisningsbrev",
        on_action=lambda action: world.docs.record_action(prepared, action),  # type: ignore[arg-type]
        hooks=hooks.hooks(),
        lang="da",
        parent=parent,
    )
    if parent is None:
        qtbot.addWidget(preview)
    preview.open()
    qtbot.waitExposed(preview)
    return preview


def test_the_preview_shows_the_document_from_memory_under_a_neutral_title(
    world: World, hooks: FakeHooks, qtbot: Any
) -> None:
    preview = open_preview(world, hooks, qtbot)
    assert preview.windowTitle() == "TrygStart"
    assert preview.pdf.pageCount() == preview.prepared.rendered.pages
    assert preview.pdf.status() == preview.pdf.Status.Ready
    assert preview.view.document() is preview.pdf
    assert world.documents()[-1][:2] == ("referral-letter", "produced")


def test_printing_records_first_then_prints_every_page(
    world: World, hooks: FakeHooks, qtbot: Any
) -> None:
    preview = open_preview(world, hooks, qtbot)
    printer = MemoryPrinter()
    hooks.printer = printer.device
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert hooks.printed == [True]
    printed = PdfReader(io.BytesIO(printer.output()))
    assert len(printed.pages) == preview.prepared.rendered.pages
    assert [d[:2] for d in world.documents()] == [
        ("referral-letter", "produced"),
        ("referral-letter", "printed"),
    ]
    assert hooks.messages == []


def test_preview_and_print_write_no_file(
    world: World, hooks: FakeHooks, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Security check 21: no file opened for writing, nothing new in the temp dir or HOME."""
    disk = DiskWatch(tmp_path, monkeypatch)
    prepared = referral_letter(world)  # rendered before watching: rendering has its own test
    printer = MemoryPrinter()
    hooks.printer = printer.device
    with python_writes() as writes:
        preview = PreviewDialog(
            prepared,
            heading="Henvisningsbrev",
            on_action=lambda action: None,
            hooks=hooks.hooks(),
            lang="da",
        )
        qtbot.addWidget(preview)
        preview.open()
        qtbot.waitExposed(preview)
        preview.view.grab()  # paint the pages on screen
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
        preview.reject()
    assert hooks.printed == [True]
    assert writes == []
    assert disk.new_files() == set()


def test_the_watch_sees_a_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Positive control for both nets."""
    disk = DiskWatch(tmp_path, monkeypatch)
    with python_writes() as writes:
        (Path.home() / "x.pdf").write_bytes(b"%PDF")
    assert writes
    assert disk.new_files() == {Path.home() / "x.pdf"}


def test_saving_warns_then_writes_exactly_the_chosen_file(
    world: World, hooks: FakeHooks, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = DiskWatch(tmp_path, monkeypatch)
    preview = open_preview(world, hooks, qtbot)
    target = Path.home() / "Dokumenter" / "brev"
    target.parent.mkdir()
    disk.before = disk.listing()
    hooks.save_path = target
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert hooks.confirmations == 1
    saved = target.with_name("brev.pdf")
    assert disk.new_files() == {saved}
    assert saved.read_bytes() == preview.prepared.pdf
    assert not list(Path.home().rglob("recently-used.xbel"))
    # The suggested file name is neutral: no name, no kind of document, no concern.
    assert re.fullmatch(r"TrygStart-\d{4}-\d{2}-\d{2}\.pdf", hooks.suggested[0])
    assert PERSON_NAME not in hooks.suggested[0]
    assert [d[:2] for d in world.documents()][-1] == ("referral-letter", "saved")


def test_saving_declined_at_the_warning_writes_nothing_and_records_nothing(
    world: World, hooks: FakeHooks, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = DiskWatch(tmp_path, monkeypatch)
    preview = open_preview(world, hooks, qtbot)
    hooks.confirm = False
    hooks.save_path = Path.home() / "brev.pdf"
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert hooks.confirmations == 1
    assert hooks.suggested == []
    assert disk.new_files() == set()
    assert [d[1] for d in world.documents()] == ["produced"]


def test_nothing_leaves_when_the_audit_entry_cannot_be_written(
    world: World, hooks: FakeHooks, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = DiskWatch(tmp_path, monkeypatch)
    preview = open_preview(world, hooks, qtbot)
    world.session.lock()  # no PIN: the database closes; every use case refuses
    printer = MemoryPrinter()
    hooks.printer = printer.device
    hooks.save_path = Path.home() / "brev.pdf"
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert hooks.printed == [False]
    assert printer.output() == b""
    assert disk.new_files() == set()
    assert len(hooks.messages) == 2


def test_a_printer_set_to_print_into_a_file_is_refused(
    world: World, hooks: FakeHooks, qtbot: Any, tmp_path: Path
) -> None:
    preview = open_preview(world, hooks, qtbot)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    hooks.printer = printer
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert hooks.printed == [False]
    assert not (tmp_path / "out.pdf").exists()
    assert "Gem som PDF" in hooks.messages[0] or "Save as PDF" in hooks.messages[0]


def test_qt_file_dialog_leaves_no_history_and_no_recent_files(
    qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real (Qt, non-native) save dialog: only the chosen file appears, and Qt's own
    settings file with the folder history is not written."""
    disk = DiskWatch(tmp_path, monkeypatch)
    folder = Path.home() / "Documents"
    folder.mkdir()
    disk.before = disk.listing()
    chosen: list[Path] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = choose_save_path(parent, "TrygStart-2026-03-02.pdf", chosen.append)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.selectFile(str(folder / "brev.pdf"))
    dialog.accept()
    qtbot.waitUntil(lambda: gone == [True])  # Qt writes its settings as the dialog goes
    assert chosen == [folder / "brev.pdf"]
    chosen[0].write_bytes(b"%PDF-1.4")
    assert disk.new_files() == {folder / "brev.pdf"}
    assert not list(Path.home().rglob("QtProject.conf"))
    assert not list(Path.home().rglob("recently-used.xbel"))


def test_quick_hide_closes_the_preview(
    world: World, hooks: FakeHooks, qtbot: Any, shell: Any
) -> None:
    preview = open_preview(world, hooks, qtbot, parent=shell.window)
    hide_buttons = [b for b in preview.findChildren(object) if b.objectName() == "quickHideButton"]
    assert hide_buttons  # a modal preview carries its own quick-hide button
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview.view, Qt.Key.Key_F12)
    assert shell.window.is_locked()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [shell.window]
    assert preview.pdf.pageCount() == 0  # the document was released
