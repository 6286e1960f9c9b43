"""Printing a PDF held in memory: each page rendered by QtPdf and painted on the printer.

``paint_pages`` works on any paged paint device: the ``QPrinter`` the system print dialog set up,
or, in the tests, a ``QPdfWriter`` over a buffer (a printer that keeps the pages in memory). Pages
are drawn whole onto the whole sheet (the documents carry their own margins), at the printer's
resolution up to ``MAX_DPI`` (a finer raster makes no visible difference and costs memory).
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRect, QSize, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions

from screening_app.ui.documents.spool import memory_spool

MAX_DPI = 300


class PrintError(RuntimeError):
    """The print device could not be used (no printer, or it refused to start)."""


def page_range(pages: int, first: int = 0, last: int = 0) -> range:
    """Page indexes to print, from a 1-based range where 0 means "from the start"/"to the end"."""
    start = max(first, 1)
    end = min(last, pages) if last > 0 else pages
    return range(start - 1, end)


def fitted(page: QSize, sheet: QSize) -> QRect:
    """The largest rectangle with the page's proportions, centred on the sheet."""
    scaled = page.scaled(sheet, Qt.AspectRatioMode.KeepAspectRatio)
    x = (sheet.width() - scaled.width()) // 2
    y = (sheet.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


def paint_pages(
    document: QPdfDocument, device: QPagedPaintDevice, first: int = 0, last: int = 0
) -> int:
    """Paint the document's pages (1-based ``first``..``last``; 0 = all) on ``device``.

    Returns the number of pages painted. Nothing is written anywhere but to the device.
    """
    device.setPageMargins(QMarginsF(0, 0, 0, 0))
    resolution = device.logicalDpiX() if device.logicalDpiX() > 0 else MAX_DPI
    sheet = device.pageLayout().fullRectPixels(resolution).size()
    indexes = page_range(document.pageCount(), first, last)
    if not indexes:
        return 0
    with memory_spool():
        return _paint(document, device, indexes, sheet, resolution)


def _paint(
    document: QPdfDocument,
    device: QPagedPaintDevice,
    indexes: range,
    sheet: QSize,
    resolution: int,
) -> int:
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the printer could not be started")
    try:
        options = QPdfDocumentRenderOptions()
        for count, index in enumerate(indexes):
            if count and not device.newPage():
                raise PrintError("the printer refused a new page")
            points = document.pagePointSize(index)
            target = fitted(QSize(round(points.width()), round(points.height())), sheet)
            scale = min(1.0, MAX_DPI / resolution)
            raster = QSize(round(target.width() * scale), round(target.height() * scale))
            image = document.render(index, raster, options)
            painter.drawImage(target, image)
            del image  # one page in memory at a time
    finally:
        painter.end()
    return len(indexes)
