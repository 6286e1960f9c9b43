"""The bundled fonts for the reports the services render (loaded once, on first use)."""

from __future__ import annotations

import functools

from screening_app.letters.fonts import FontSet
from screening_app.paths import resources_dir


@functools.cache
def bundled_fonts() -> FontSet:
    return FontSet.load(resources_dir() / "fonts")
