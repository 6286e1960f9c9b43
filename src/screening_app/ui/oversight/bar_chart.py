"""Bars over months, drawn with QPainter.

QtCharts is not in the PySide6-Essentials wheel TrygStart installs (it is in PySide6-Addons,
another ~200 MB for one chart), so the bars are painted here: a small widget with no
dependency beyond QtGui, drawn the same offscreen and on screen. A hidden month (a count
suppressed in the table) gets no bar, only its mark (``<5`` or ``x``) where the bar would be,
so the chart never shows what the table hides. Its accessible description reads the values.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = (QColor("#2f6f8f"), QColor("#b5651d"))


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int | None, ...]  # None: hidden
    marks: tuple[str, ...]  # "" or the hidden count's mark


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable: screen readers read it
        self._months: tuple[str, ...] = ()
        self._series: tuple[Series, ...] = ()

    def set_data(self, months: tuple[str, ...], series: tuple[Series, ...]) -> None:
        self._months = months
        self._series = series
        parts = []
        for one in series:
            shown = [
                f"{month} {mark or value}"
                for month, value, mark in zip(months, one.values, one.marks, strict=True)
            ]
            parts.append(f"{one.name}: " + ", ".join(shown))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.windowText().color()
        metrics = painter.fontMetrics()
        legend_height = metrics.height() + 6
        left, bottom = metrics.horizontalAdvance("0000") + 8, metrics.height() * 2 + 6
        plot = QRectF(left, legend_height, self.width() - left - 8,
                      self.height() - bottom - legend_height)  # fmt: skip
        top = max((v for s in self._series for v in s.values if v is not None), default=0)
        ceiling = max(5, int(top * 1.1) + 1)
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for tick in (0, ceiling // 2, ceiling):
            y = plot.bottom() - plot.height() * tick / ceiling
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(tick))  # fmt: skip
        count = max(1, len(self._months))
        slot = plot.width() / count
        bars = max(1, len(self._series))
        width = max(2.0, slot * 0.7 / bars)
        for m, month in enumerate(self._months):
            x0 = plot.left() + slot * m + slot * 0.15
            for s, series in enumerate(self._series):
                colour = COLOURS[s % len(COLOURS)]
                x = x0 + width * s
                value = series.values[m]
                if value is None:
                    painter.setPen(colour)
                    painter.drawText(QRectF(x - 6, plot.bottom() - metrics.height() - 2,
                                            width + 12, metrics.height()),
                                     Qt.AlignmentFlag.AlignCenter, series.marks[m])  # fmt: skip
                    continue
                height = plot.height() * value / ceiling
                painter.fillRect(QRectF(x, plot.bottom() - height, width - 1, height), colour)
            painter.setPen(text)
            painter.drawText(QRectF(plot.left() + slot * m, plot.bottom() + 2, slot,
                                    metrics.height() * 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             month)  # fmt: skip
        x = plot.left()
        for s, series in enumerate(self._series):
            colour = COLOURS[s % len(COLOURS)]
            painter.fillRect(QRectF(x, 4, 12, 12), colour)
            painter.setPen(text)
            advance = metrics.horizontalAdvance(series.name)
            painter.drawText(QRectF(x + 16, 0, advance + 4, legend_height),
                             Qt.AlignmentFlag.AlignVCenter, series.name)  # fmt: skip
            x += 16 + advance + 20
        painter.end()
