"""The discreet resource card: pocket size, folded once, made to be carried home.

Unfolded, the card is two credit-card panels (85.6 x 54 mm) side by side. Page 1 is the outside
(back cover left, front cover right): a neutral title, no clinic name, no word about violence.
Page 2 is the inside: the national hotline 1888, the emergency number 112 and the services the
clinician chose, under their neutral (discreet) names. A service without one is printed under
its own name, which may say what it is: it goes on the card only when the clinician accepted
that (``named``). The card says when the numbers were checked only when every number on it has
a verified date; otherwise it says nothing about checking (a line saying that some numbers are
unchecked would only worry the person holding it: the clinician is warned instead). Both pages
put the card in the same place on an A4 sheet with cut marks and a fold line, so a duplex print
(or two sheets glued back to back) makes the card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from screening_app.domain.support import ServiceEntry, oldest_verified
from screening_app.letters.card_texts import CT
from screening_app.letters.content import LetterError, RenderOptions, date_text
from screening_app.letters.fonts import FontSet
from screening_app.letters.layout import (
    INK,
    MUTED,
    Decorations,
    Metadata,
    Panel,
    PanelOverflowError,
    draw_panels,
)
from screening_app.letters.texts import TEXTS

PANEL_WIDTH = 85.6 * mm
PANEL_HEIGHT = 54 * mm
PADDING = 4 * mm
MAX_SERVICES = 4  # besides the hotline and the emergency number


@dataclass(frozen=True)
class ResourceCard:
    hotline: ServiceEntry  # lev-uden-vold (1888)
    emergency: ServiceEntry  # police (112)
    services: tuple[ServiceEntry, ...] = ()  # chosen by the clinician, in order
    front_title: str | None = None  # a neutral title; the default is "Gode numre"
    # Chosen services without a neutral name that the clinician accepted under their own name.
    named: frozenset[str] = frozenset()

    @property
    def entries(self) -> tuple[ServiceEntry, ...]:
        seen = {self.hotline.id, self.emergency.id}
        chosen = tuple(s for s in self.services if s.id not in seen)
        return (self.hotline, self.emergency, *chosen)

    @property
    def by_own_name(self) -> tuple[ServiceEntry, ...]:
        """The chosen services printed under their own name (they have no neutral one)."""
        return own_name_services(self.entries[2:])

    @property
    def verified_on(self) -> dt.date | None:
        """The oldest verification date of the numbers printed: what the card can claim (None
        when any of them has not been checked)."""
        return oldest_verified(self.entries)


def own_name_services(entries: Iterable[ServiceEntry]) -> tuple[ServiceEntry, ...]:
    """Those of ``entries`` with no neutral name: a card or plan would print their own."""
    return tuple(entry for entry in entries if entry.discreet_name is None)


def check_card(card: ResourceCard) -> None:
    chosen = card.entries[2:]
    if len(chosen) > MAX_SERVICES:
        raise LetterError("too-many-services", max=MAX_SERVICES)
    for entry in card.entries:
        if not entry.phones:
            raise LetterError("service-without-phone", service=entry.display_name("en", True))
    unaccepted = [e for e in card.by_own_name if e.id not in card.named]
    if unaccepted:
        names = ", ".join(e.display_name("da") for e in unaccepted)
        raise LetterError("named-service", services=names)


def render_card(card: ResourceCard, fonts: FontSet, options: RenderOptions) -> bytes:
    check_card(card)
    lang = options.language
    page_width, page_height = A4
    left = (page_width - 2 * PANEL_WIDTH) / 2
    bottom = page_height - 30 * mm - PANEL_HEIGHT

    def panel(index: int, flowables: list[Flowable]) -> Panel:
        x = left + index * PANEL_WIDTH + PADDING
        inner = (x, bottom + PADDING, PANEL_WIDTH - 2 * PADDING, PANEL_HEIGHT - 2 * PADDING)
        return inner, flowables

    title = card.front_title or CT.text("front.title", lang)
    outside = [panel(1, _front(title, fonts))]
    entries = [_entry(entry, fonts, lang) for entry in card.entries]
    # The hotline and the emergency number first; the chosen services follow (into the right
    # panel when the left is full); the verified date, when every number has one, closes it.
    flow: list[Flowable] = list(entries)
    verified = card.verified_on
    if verified is not None:
        date_line = CT.text("verified", lang, date=date_text(verified, lang))
        flow += [Spacer(1, 1.5 * mm), Paragraph(escape(date_line), _style(fonts, 6, MUTED))]
    inside = [panel(0, flow), panel(1, flow)]
    crop = (left, bottom, left + 2 * PANEL_WIDTH, bottom + PANEL_HEIGHT)
    decor = Decorations(
        fonts=fonts,
        watermark=TEXTS.text("watermark", lang) if options.training else None,
        crop_box=crop,
        fold_x=left + PANEL_WIDTH,
    )
    try:
        return draw_panels(
            [outside, inside],
            pagesize=A4,
            decor=decor,
            meta=Metadata(TEXTS.text("meta.card", lang)),
        )
    except PanelOverflowError:
        raise LetterError("too-many-services", max=len(card.entries) - 3) from None


def _style(fonts: FontSet, size: float, colour: object = INK, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        f"card{size}{bold}",
        fontName=fonts.bold if bold else fonts.regular,
        fontSize=size,
        leading=size * 1.25,
        textColor=colour,
    )


def _front(title: str, fonts: FontSet) -> list[Flowable]:
    return [Spacer(1, 14 * mm), Paragraph(escape(title), _style(fonts, 13, INK, bold=True))]


def _entry(entry: ServiceEntry, fonts: FontSet, lang: str) -> Flowable:
    parts = []
    for phone in entry.phones:
        label = f" {escape(phone.label.get(lang))}" if phone.label else ""
        parts.append(f"<font name='{fonts.bold}' size='10'>{escape(phone.number)}</font>{label}")
    lines = ["   ".join(parts), escape(entry.display_name(lang, discreet=True))]
    if entry.hours is not None:
        lines.append(escape(entry.hours.get(lang)))
    style = _style(fonts, 7)
    style.spaceAfter = 1.8 * mm
    return Paragraph("<br/>".join(lines), style)
