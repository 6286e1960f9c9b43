"""The order Tab takes through a screen.

A screen lists its controls in the order they are used (``tab_order()``); the main window
applies it when the screen is shown, right after the top bar's last control. So Tab goes from
the control the screen starts on through the content, and reaches the top bar last. (Applied in
the window, not in the screen's constructor: while a screen stands alone its focus chain is a
circle, and Qt takes "after the last" as already in place.)
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def screen_order(screen: QWidget) -> list[QWidget]:
    """The screen's own order (its ``tab_order()``), or none."""
    order = getattr(screen, "tab_order", None)
    return list(order()) if callable(order) else []
