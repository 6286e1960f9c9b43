"""Page furniture every document shares: styles, text flowables, page decorations, the build.

A document is built in memory (``io.BytesIO``) and returned as bytes; nothing here opens a file
for writing. Page decorations (the "Fortroligt" marking, "Side 2 af 3", the training watermark)
are drawn after the last page is laid out, so every page knows the page count.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Frame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from screening_app.letters.bidi import BidiParagraph, has_rtl
from screening_app.letters.fonts import FontSet

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
PRODUCT = "TrygStart"


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, in the registered fonts."""

    fonts: FontSet
    base_size: float = 10.0

    def _style(self, name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
        values: dict[str, Any] = {
            "fontName": self.fonts.bold if bold else self.fonts.regular,
            "fontSize": size,
            "leading": round(size * 1.3, 1),
            "textColor": INK,
        }
        values.update(extra)
        return ParagraphStyle(name, **values)

    @property
    def body(self) -> ParagraphStyle:
        return self._style("body", self.base_size, spaceAfter=self.base_size * 0.4)

    @property
    def tight(self) -> ParagraphStyle:
        return self._style("tight", self.base_size)

    @property
    def small(self) -> ParagraphStyle:
        return self._style("small", self.base_size * 0.8, textColor=MUTED)

    @property
    def label(self) -> ParagraphStyle:
        return self._style("label", self.base_size, bold=True)

    @property
    def title(self) -> ParagraphStyle:
        return self._style("title", self.base_size * 1.6, bold=True, spaceAfter=self.base_size)

    @property
    def heading(self) -> ParagraphStyle:
        return self._style(
            "heading",
            self.base_size * 1.15,
            bold=True,
            keepWithNext=1,
            spaceBefore=self.base_size * 0.9,
            spaceAfter=self.base_size * 0.3,
        )

    @property
    def right(self) -> ParagraphStyle:
        return self._style("right", self.base_size, alignment=TA_RIGHT)

    @property
    def centre(self) -> ParagraphStyle:
        return self._style("centre", self.base_size, alignment=TA_CENTER)


def text(value: str, style: ParagraphStyle, align_by_direction: bool = True) -> Flowable:
    """One paragraph of plain text (never markup): escaped, or laid out right-to-left."""
    if has_rtl(value):
        return BidiParagraph(value, style, align_by_direction)
    return Paragraph(escape(" ".join(value.split())), style)


def paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Plain text with line breaks: one paragraph per non-empty line."""
    return [text(line, style) for line in value.splitlines() if line.strip()]


def bold_text(value: str, styles: Styles) -> Flowable:
    return text(value, styles.label)


def field_table(
    rows: Iterable[tuple[str, str | Flowable | list[Flowable]]],
    styles: Styles,
    label_width: float = 55 * mm,
    width: float = 170 * mm,
) -> Table:
    """Label/value rows: labels bold on the left, values (text or flowables) on the right."""
    data: list[list[Any]] = []
    for label, value in rows:
        cell: Any = text(value, styles.tight, False) if isinstance(value, str) else value
        data.append([text(label, styles.label), cell])
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def gap(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True)
class Decorations:
    """What is drawn on every page around the content."""

    fonts: FontSet
    header_left: str | None = None  # e.g. the clinic name, from page 2 on
    header_right: str | None = None  # e.g. "FORTROLIGT"
    footer_left: str | None = None
    page_label: str | None = None  # e.g. "Side {page} af {pages}"
    watermark: str | None = None  # training mode
    margin: float = 20 * mm
    size: float = 8.0
    crop_box: tuple[float, float, float, float] | None = None  # card outline on the sheet
    fold_x: float | None = None  # a dashed fold line at this x, inside the crop box


@dataclass(frozen=True)
class Metadata:
    """PDF document information. Neutral by rule: no name, CPR number or violence wording."""

    title: str
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)


class SectionStart(Flowable):  # type: ignore[misc]
    """Where a part of a document with its own page header begins (e.g. the clinician's sheet
    after the pages a person may see): from the page it is drawn on, the header's right side
    reads ``header`` instead of the document's own. Takes no room on the page."""

    def __init__(self, header: str | None) -> None:
        super().__init__()
        self.header = header

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        self.canv.section_header = self.header


def _decorate(canvas: Canvas, decor: Decorations, page: int, pages: int) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(decor.fonts.regular, decor.size)
    top = height - decor.margin * 0.55
    bottom = decor.margin * 0.5
    if decor.header_left and page > 1:  # page 1 carries the full letterhead
        canvas.drawString(decor.margin, top, decor.header_left)
    header_right = getattr(canvas, "section_header", None) or decor.header_right
    if header_right:
        canvas.setFont(decor.fonts.bold, decor.size)
        canvas.setFillColor(INK)
        canvas.drawRightString(width - decor.margin, top, header_right)
        canvas.setFont(decor.fonts.regular, decor.size)
        canvas.setFillColor(MUTED)
    if decor.footer_left:
        canvas.drawString(decor.margin, bottom, decor.footer_left)
    if decor.page_label:
        label = decor.page_label.format(page=page, pages=pages)
        canvas.drawRightString(width - decor.margin, bottom, label)
    if decor.crop_box is not None:
        _cut_marks(canvas, decor.crop_box, decor.fold_x)
    if decor.watermark:
        canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.35))
        angle = math.degrees(math.atan2(height, width))
        room = 0.8 * math.hypot(width, height)
        size = min(room / stringWidth(decor.watermark, decor.fonts.bold, 1), height / 6)
        canvas.setFont(decor.fonts.bold, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(angle)
        canvas.drawCentredString(0, -size / 3, decor.watermark)
    canvas.restoreState()


def _cut_marks(
    canvas: Canvas, box: tuple[float, float, float, float], fold_x: float | None
) -> None:
    """Thin corner marks to cut along, and a dashed line to fold along."""
    x0, y0, x1, y1 = box
    length = 5 * mm
    off = 1.5 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    for x, y, dx, dy in ((x0, y0, -1, -1), (x1, y0, 1, -1), (x0, y1, -1, 1), (x1, y1, 1, 1)):
        canvas.line(x + dx * off, y, x + dx * (off + length), y)
        canvas.line(x, y + dy * off, x, y + dy * (off + length))
    if fold_x is not None:
        canvas.setDash(2, 2)
        canvas.line(fold_x, y1 + off, fold_x, y1 + off + length)
        canvas.line(fold_x, y0 - off, fold_x, y0 - off - length)
        canvas.setDash()


def _canvas_class(decor: Decorations) -> type[Canvas]:
    """A canvas that holds pages back until the end, then decorates each with the count."""

    class DecoratedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self.section_header: str | None = None  # set by SectionStart, kept per page

        def showPage(self) -> None:  # noqa: N802 - reportlab's API
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _decorate(self, decor, number, pages)
                super().showPage()
            super().save()

    return DecoratedCanvas


def build_pdf(
    story: list[Flowable],
    *,
    pagesize: tuple[float, float],
    decor: Decorations,
    meta: Metadata,
    margins: tuple[float, float, float, float] | None = None,
    lang: str = "da",
) -> bytes:
    """The story laid out on pages, decorated, as PDF bytes (built in memory only)."""
    top, right, bottom, left = margins or (decor.margin,) * 4
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=meta.title,
        author=PRODUCT,
        subject=meta.subject,
        keywords=list(meta.keywords),
        creator=PRODUCT,
        producer=PRODUCT,
        invariant=1,
        lang=lang,
        initialFontName=decor.fonts.regular,
    )
    document.build(story, canvasmaker=_canvas_class(decor))
    return buffer.getvalue()


LEFT = TA_LEFT


# A rectangle on the page (x, y, width, height) and what flows into it. Panels that share the
# same list object are filled in turn: what does not fit in one flows into the next.
Panel = tuple[tuple[float, float, float, float], list[Flowable]]


class PanelOverflowError(ValueError):
    """A fixed panel (e.g. one side of the card) is too small for what was put in it."""


def draw_panels(
    pages: list[list[Panel]],
    *,
    pagesize: tuple[float, float],
    decor: Decorations,
    meta: Metadata,
) -> bytes:
    """Pages made of fixed panels (not a flowing story), decorated, as PDF bytes in memory."""
    buffer = io.BytesIO()
    canvas = _canvas_class(decor)(buffer, pagesize=pagesize, invariant=1)
    canvas.setTitle(meta.title)
    canvas.setAuthor(PRODUCT)
    canvas.setSubject(meta.subject)
    canvas.setKeywords(list(meta.keywords))
    canvas.setCreator(PRODUCT)
    canvas.setProducer(PRODUCT)
    for panels in pages:
        for (x, y, width, height), pending in panels:
            frame = Frame(x, y, width, height, 0, 0, 0, 0, showBoundary=0)
            frame.addFromList(pending, canvas)  # removes what it placed
        left = sum(len(pending) for _rect, pending in panels)
        if left:
            raise PanelOverflowError(f"{left} blocks did not fit")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
