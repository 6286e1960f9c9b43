"""The person's own copy of what the clinic holds about her, as a readable PDF.

Content in (sections of label/value rows and paragraphs, already in the chosen language: the
services make it), PDF bytes out, in memory. The first page carries the warning that these
papers say what she has told about violence: not safe to keep where a partner may read them.
The PDF's metadata is neutral (no name, no violence wording).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from screening_app.letters.fonts import FontSet
from screening_app.letters.layout import (
    RULE,
    Decorations,
    Metadata,
    Styles,
    build_pdf,
    field_table,
    gap,
    text,
)

WIDTH = 170 * mm
WARNING_BACK = colors.HexColor("#fff4d6")


@dataclass(frozen=True)
class CopySection:
    heading: str
    rows: tuple[tuple[str, str], ...] = ()
    paragraphs: tuple[str, ...] = ()
    empty: str = ""  # said when the section has nothing


@dataclass(frozen=True)
class PersonCopyDocument:
    title: str
    clinic: str
    made: str
    warning: str
    sections: tuple[CopySection, ...]
    page_label: str
    metadata_title: str  # neutral
    confidential: str  # page header, e.g. "Fortroligt"
    lang: str = "da"


def render_person_copy(document: PersonCopyDocument, fonts: FontSet) -> bytes:
    styles = Styles(fonts)
    story: list[Flowable] = [
        text(document.title, styles.title),
        text(document.clinic, styles.label),
        text(document.made, styles.small),
        gap(3),
        _warning(document.warning, styles),
    ]
    for section in document.sections:
        story.append(text(section.heading, styles.heading))
        if section.rows:
            story.append(field_table(list(section.rows), styles))
        story.extend(text(paragraph, styles.body) for paragraph in section.paragraphs)
        if not section.rows and not section.paragraphs and section.empty:
            story.append(text(section.empty, styles.small))
    decor = Decorations(
        fonts,
        header_left=document.clinic,
        header_right=document.confidential,
        page_label=document.page_label,
    )
    return build_pdf(
        story,
        pagesize=A4,
        decor=decor,
        meta=Metadata(title=document.metadata_title),
        lang=document.lang,
    )


def _warning(message: str, styles: Styles) -> Table:
    box = Table([[text(message, styles.label)]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), WARNING_BACK),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box
