"""Right-to-left text (Arabic, Hebrew) in a document: shaped and in visual order.

reportlab lays text out left to right, one character after the other. An Arabic name needs two
more steps: its letters joined (shaping, done by HarfBuzz through reportlab's ``shapeStr``) and,
in a line that mixes directions, its words put in visual order. ``BidiParagraph`` does both at
word level: it breaks lines in logical order, then orders each line's words by a simplified
Unicode bidirectional algorithm (strong direction per word; neutrals take their neighbours'
direction when both agree, else the paragraph's). That is exact for names, addresses and plain
sentences; it does not handle explicit embedding marks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import Flowable

_RTL_CLASSES = frozenset({"R", "AL"})


def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in _RTL_CLASSES


def has_rtl(text: str) -> bool:
    return any(is_rtl_char(c) for c in text)


def word_direction(word: str) -> str:
    """'R' for a word with right-to-left letters, 'L' for left-to-right letters, else 'N'."""
    if has_rtl(word):
        return "R"
    if any(unicodedata.bidirectional(c) == "L" for c in word):
        return "L"
    return "N"


def base_is_rtl(text: str) -> bool:
    """The paragraph direction: that of its first strong character (Unicode rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def visual_order(directions: Sequence[str], rtl_base: bool) -> list[int]:
    """Indexes of the words of one line in the order they are drawn from left to right."""
    count = len(directions)
    base = "R" if rtl_base else "L"
    resolved = list(directions)
    for index, kind in enumerate(directions):
        if kind != "N":
            continue
        before = next((d for d in reversed(directions[:index]) if d != "N"), base)
        after = next((d for d in directions[index + 1 :] if d != "N"), base)
        resolved[index] = before if before == after else base
    base_level = 1 if rtl_base else 0
    levels = [
        (1 if kind == "R" else 0) if not rtl_base else (1 if kind == "R" else 2)
        for kind in resolved
    ]
    levels = [max(level, base_level) for level in levels]
    order = list(range(count))
    highest = max(levels, default=0)
    lowest_odd = base_level if base_level % 2 else base_level + 1
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < count:
            if levels[order[index]] >= level:
                end = index
                while end < count and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order


@dataclass(frozen=True)
class _Word:
    text: Any  # str, or reportlab's ShapedStr for a shaped right-to-left word
    width: float
    direction: str


def _measure(word: str, font: str, size: float) -> _Word:
    direction = word_direction(word)
    if direction == "R":
        shaped = shapeStr(word, font, size)
        data = getattr(shaped, "__shapeData__", None)
        if data is not None:
            width = sum(d.x_advance for d in data) * size / 1000
            return _Word(shaped, width, direction)
    return _Word(word, pdfmetrics.stringWidth(word, font, size), direction)


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph of plain text, in one font, with right-to-left words shaped and ordered."""

    def __init__(self, text: str, style: ParagraphStyle, align_by_direction: bool = True) -> None:
        """``align_by_direction``: a right-to-left paragraph sits on the right (running text);
        without it the style's alignment holds (a value in a left-aligned table column)."""
        super().__init__()
        self.align_by_direction = align_by_direction
        self.text = " ".join(text.split())
        self.style = style
        self.rtl = base_is_rtl(self.text)
        self._words = [
            _measure(word, style.fontName, style.fontSize) for word in self.text.split(" ") if word
        ]
        self._space = pdfmetrics.stringWidth(" ", style.fontName, style.fontSize)
        self._lines: list[list[_Word]] = []
        self._avail = 0.0

    def _break(self, width: float) -> list[list[_Word]]:
        lines: list[list[_Word]] = []
        line: list[_Word] = []
        used = 0.0
        for word in self._words:
            extra = word.width + (self._space if line else 0)
            if line and used + extra > width:
                lines.append(line)
                line, used = [word], word.width
            else:
                line.append(word)
                used += extra
        if line:
            lines.append(line)
        return lines

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        self._lines = self._break(avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._break(avail_width)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = BidiParagraph("", self.style, self.align_by_direction)
        rest = BidiParagraph("", self.style, self.align_by_direction)
        for part, part_lines in ((first, lines[:fit]), (rest, lines[fit:])):
            part.text = " ".join(str(w.text) for line in part_lines for w in line)
            part.rtl = self.rtl
            part._words = [w for line in part_lines for w in line]
        return [first, rest]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's API
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.textColor)
        for number, line in enumerate(self._lines):
            order = visual_order([w.direction for w in line], self.rtl)
            total = sum(w.width for w in line) + self._space * (len(line) - 1)
            if style.alignment == TA_CENTER:
                x = (self._avail - total) / 2
            elif style.alignment == TA_RIGHT or (self.rtl and self.align_by_direction):
                x = self._avail - total
            else:
                x = 0.0
            y = self.height - number * style.leading - style.fontSize
            text = canvas.beginText(x, y)
            text.setFont(style.fontName, style.fontSize)
            for position, index in enumerate(order):
                word = line[index]
                text.setTextOrigin(x, y)
                text.textOut(word.text)
                x += word.width
                if position < len(order) - 1:
                    # A real space glyph, so text extraction sees the word boundary.
                    text.setTextOrigin(x, y)
                    text.textOut(" ")
                    x += self._space
            canvas.drawText(text)
