"""The self-test's Qt check: the toolkit starts headless, the desktop's platform plug-in can be
loaded (every library it needs is installed), and the screen's fonts show Danish and Arabic.

Headless on purpose: the check makes its application on Qt's offscreen platform, and loads
the desktop plug-in's library without connecting to a display (a missing ``libxcb-cursor0``
then shows here, not as a crash at the first start).
"""

from __future__ import annotations

import sys
from pathlib import Path

PLATFORM_PLUGIN = {"linux": "libqxcb.so", "win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}


def qt_probe(danish: str) -> tuple[str, str, str]:
    """(``ok``/``warn``/``fail``, the sentence, the Qt version for the versions line); the
    composition root makes the self-test's check of it (the command line knows no Qt)."""
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import QLibrary, QLibraryInfo, qVersion
        from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        return "fail", f"Qt cannot be loaded: {error}.", ""
    version = f"{qVersion()} (PySide6 {pyside})"
    problems: list[str] = []
    plugin_name = PLATFORM_PLUGIN.get(sys.platform)
    plugin_note = ""
    if plugin_name is not None:
        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        plugin = plugins / "platforms" / plugin_name
        library = QLibrary(str(plugin))
        if not plugin.is_file():
            problems.append(f"the platform plug-in {plugin_name} is missing")
        elif not library.load():
            problems.append(f"the platform plug-in cannot be loaded ({library.errorString()})")
        else:
            plugin_note = f"the desktop plug-in ({plugin_name}) loads with all its libraries; "
    from screening_app.ui import refcount_guard

    refcount_guard.add_headroom()  # PySide6 6.12.0 on CPython 3.11: see the module
    app = QApplication.instance() or QApplication(["screening-app", "-platform", "offscreen"])
    font = QFont()
    metrics = QFontMetrics(font)
    missing = [c for c in danish if not metrics.inFontUcs4(ord(c))]
    if missing:
        problems.append(f"the screen font {font.family()} lacks {''.join(missing)}")
    arabic = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    if problems:
        return "fail", "; ".join(problems) + ".", version
    del app  # the application stays for the process (Qt keeps one)
    if not arabic:
        return (
            "warn",
            (
                f"{plugin_note}the screen shows Danish ({font.family()}), but no installed font "
                "has Arabic letters (install fonts-dejavu-core or fonts-noto-core)."
            ),
            version,
        )
    return (
        "ok",
        (
            f"{plugin_note}the screen shows Danish ({font.family()}) and Arabic "
            f"({len(arabic)} font families)."
        ),
        version,
    )
