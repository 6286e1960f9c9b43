"""The item pages on screen: made when first needed, the last few kept.

A page holds nothing the session does not (what is typed is given to the session before the
page is left), so a page can always be made again; keeping only a few keeps a long
questionnaire light. The stack may also hold other pages (the hand-back page), which it
never drops.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from screening_app.ui.runner.item_page import ItemPage

PAGES_KEPT = 8


class PageStack(QStackedWidget):
    def __init__(
        self,
        make_page: Callable[[str], ItemPage],
        keep: int = PAGES_KEPT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemPages")
        self._make_page = make_page
        self._keep = keep
        self._pages: OrderedDict[str, ItemPage] = OrderedDict()  # least recently shown first

    def get(self, link_id: str) -> ItemPage | None:
        return self._pages.get(link_id)

    def show_page(self, link_id: str) -> ItemPage:
        """The page for ``link_id`` (made now if needed), made the current one."""
        page = self._pages.get(link_id)
        if page is None:
            self._forget_old()
            page = self._make_page(link_id)
            self._pages[link_id] = page
            self.addWidget(page)
        else:
            self._pages.move_to_end(link_id)
        self.setCurrentWidget(page)
        return page

    def drop_all(self) -> None:
        """Forget every page (the mode or the language changed: they are made anew)."""
        for page in self._pages.values():
            self.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    def kept(self) -> list[str]:
        return list(self._pages)

    def _forget_old(self) -> None:
        current = self.currentWidget()
        while len(self._pages) >= self._keep:
            link_id = next(i for i, p in self._pages.items() if p is not current)
            page = self._pages.pop(link_id)
            self.removeWidget(page)
            page.deleteLater()
