"""The TrueType family every document uses, registered once with reportlab and embedded.

Built-in PDF fonts know only Latin-1: "Łódź" or an Arabic name would come out as boxes. DejaVu
Sans (shipped in ``resources/fonts`` with its licence) covers Danish, Polish and Arabic; reportlab
embeds the subset of glyphs each document uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
FAMILY = "TrygSans"


class FontError(RuntimeError):
    """The font files are missing or unreadable (an installation problem)."""


@dataclass(frozen=True)
class FontSet:
    """Names of the registered fonts, as paragraph styles and the canvas refer to them."""

    regular: str
    bold: str

    @staticmethod
    def load(directory: Path) -> FontSet:
        """Register the family from ``directory`` (idempotent: a second call reuses it)."""
        regular = f"{FAMILY}-Regular"
        bold = f"{FAMILY}-Bold"
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in ((regular, REGULAR_FILE), (bold, BOLD_FILE)):
            if name in registered:
                continue
            path = directory / file_name
            if not path.is_file():
                raise FontError(f"font file missing: {path}")
            try:
                pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
            except (OSError, TTFError) as error:
                raise FontError(f"font file unreadable: {path} ({error})") from None
        for bold_flag, italic_flag, name in (
            (0, 0, regular),
            (1, 0, bold),
            (0, 1, regular),
            (1, 1, bold),
        ):
            addMapping(regular, bold_flag, italic_flag, name)
        return FontSet(regular=regular, bold=bold)
