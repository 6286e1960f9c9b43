"""Printing the recovery key on paper, never into a file.

The key goes to a printer through the platform's print dialog. Printing to a file (PDF or
PostScript) would put the key on disk: the option is switched off in the dialog, and if a
printer is set up to write a file anyway, nothing is printed and the caller is told. The page
holds the clinic's name, the key, and what it is for; it is drawn straight to the printer.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget


class PrintOutcome(Enum):
    PRINTED = "printed"
    CANCELLED = "cancelled"
    REFUSED_FILE = "refused-file"  # the printer writes a file: refused, nothing printed


def recovery_sheet_html(clinic: str, key: str) -> str:
    from html import escape

    title = QCoreApplication.translate("RecoverySheet", "TrygStart recovery key")
    text = QCoreApplication.translate(
        "RecoverySheet",
        "This key opens the clinic's TrygStart database when no administrator can log in. "
        "Keep this paper locked away (for example in the clinic's safe). Anyone who has it "
        "can read every record. It cannot be shown again.",
    )
    return "\n".join(
        [
            f"<h2>{escape(title)}</h2>",
            f"<p>{escape(clinic)}</p>",
            f"<p style='font-family: monospace; font-size: 16pt'><b>{escape(key)}</b></p>",
            f"<p>{escape(text)}</p>",
        ]
    )


def print_recovery_key(parent: QWidget, clinic: str, key: str) -> PrintOutcome:
    """Ask for a printer and print the key; never to a file."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName("")
    printer.setDocName("TrygStart")
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return PrintOutcome.CANCELLED
    if printer.outputFileName() or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return PrintOutcome.REFUSED_FILE
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(clinic, key))
    document.print_(printer)
    return PrintOutcome.PRINTED
