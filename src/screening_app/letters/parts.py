"""Blocks several letters share: the address block with the letterhead, the signature."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Table, TableStyle

from screening_app.domain.support import ServiceEntry
from screening_app.letters.content import Clinician, Letterhead, date_text
from screening_app.letters.layout import Styles, text
from screening_app.letters.texts import TEXTS

CONTENT_WIDTH = 170 * mm  # A4 with 20 mm margins


def recipient_lines(entry: ServiceEntry, lang: str, discreet: bool) -> list[str]:
    lines = [entry.display_name(lang, discreet)]
    if entry.address is not None:
        lines += entry.address.lines
    if entry.secure_mail:
        lines.append(f"{TEXTS.text('secure_mail', lang)}: {entry.secure_mail}")
    return lines


def letterhead_lines(head: Letterhead, lang: str) -> list[str]:
    lines = [head.clinic_name]
    if head.department:
        lines.append(head.department)
    lines += head.address
    if head.phone:
        lines.append(f"{TEXTS.text('phone', lang)}: {head.phone}")
    if head.email:
        lines.append(head.email)
    return lines


def _logo(head: Letterhead) -> Flowable | None:
    if head.logo_png is None:
        return None
    reader = ImageReader(io.BytesIO(head.logo_png))
    width, height = reader.getSize()
    target_height = 14 * mm
    return Image(
        io.BytesIO(head.logo_png),
        width=target_height * width / height,
        height=target_height,
        hAlign="RIGHT",
    )


def address_block(
    to_lines: list[str], head: Letterhead, day: dt.date, styles: Styles, lang: str
) -> Table:
    """Recipient on the left (where a window envelope shows it), clinic and date on the right."""
    left: list[Flowable] = [text(to_lines[0], styles.label)]
    left += [text(line, styles.tight) for line in to_lines[1:]]
    right: list[Flowable] = []
    logo = _logo(head)
    if logo is not None:
        right.append(logo)
    lines = letterhead_lines(head, lang)
    right.append(text(lines[0], styles.label))
    right += [text(line, styles.small) for line in lines[1:]]
    right.append(text(" ", styles.small))
    right.append(text(date_text(day, lang), styles.tight))
    table = Table([[left, right]], colWidths=[100 * mm, 70 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), 18 * mm),  # the envelope window's height
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        )
    )
    return table


def signature(clinician: Clinician, head: Letterhead, styles: Styles, lang: str) -> list[Flowable]:
    out: list[Flowable] = [
        text(TEXTS.text("regards", lang), styles.tight),
        text(" ", styles.tight),
        text(clinician.name, styles.label),
        text(clinician.title, styles.tight),
        text(head.clinic_name, styles.tight),
    ]
    phone = clinician.phone or head.phone
    if phone:
        out.append(text(f"{TEXTS.text('phone', lang)}: {phone}", styles.tight))
    return out
