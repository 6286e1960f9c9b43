"""The application's icons (SVG files in ``resources/icons``), loaded once each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

BAND_ICONS = {"green": "band-green", "yellow": "band-yellow", "red": "band-red"}


class Icons:
    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._cache: dict[str, QIcon] = {}

    def icon(self, name: str) -> QIcon:
        if name not in self._cache:
            path = self._directory / f"{name}.svg"
            self._cache[name] = QIcon(str(path)) if path.exists() else QIcon()
        return self._cache[name]

    def path(self, name: str) -> Path:
        """The icon's file (for a style sheet's ``url()``)."""
        return self._directory / f"{name}.svg"

    def pixmap(self, name: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
        return self.icon(name).pixmap(QSize(size, size), device_pixel_ratio)
