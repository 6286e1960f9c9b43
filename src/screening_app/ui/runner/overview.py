"""The clinician's overview of the questionnaire: every item shown now, and which are answered.

One row per item, made once; an answer only hides, shows or marks the rows that changed, so a
long questionnaire stays fast. Answered questions carry a check mark and say so to screen
readers; group titles are headings that cannot be chosen. Choosing a row goes to that item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from screening_app.domain.instrument import GroupItem, Item, is_question
from screening_app.ui.style import scaled_font

ANSWERED_MARK = "\u2713"  # check mark
OPEN_MARK = "\u25cb"  # white circle
DECLINED_MARK = "\u2013"  # en dash: asked, the person preferred not to answer
INDENT = "    "


class Overview(QListWidget):
    item_chosen = Signal(str)

    def __init__(
        self,
        items: list[tuple[Item, int]],
        lang: str,
        answered_word: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        self._rows: dict[str, QListWidgetItem] = {}
        self._answered: dict[str, bool] = {}
        self._hidden: dict[str, bool] = {}
        self._texts: dict[str, str] = {}
        self._depth: dict[str, int] = {}
        self._answered_word = answered_word
        self._declined_word = ""
        self._declined: dict[str, bool] = {}
        heading_font = scaled_font(self.font(), 1.0, bold=True)
        for item, depth in items:
            text = " ".join(item.text.get(lang).split())
            row = QListWidgetItem()
            row.setData(Qt.ItemDataRole.UserRole, item.link_id)
            if isinstance(item, GroupItem):
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)
                row.setFont(heading_font)
            self._texts[item.link_id] = text
            self._depth[item.link_id] = depth
            self._rows[item.link_id] = row
            self._answered[item.link_id] = False
            self._hidden[item.link_id] = False
            self.addItem(row)
            self._render(item.link_id, is_question(item))
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _render(self, link_id: str, question: bool) -> None:
        row = self._rows[link_id]
        text = self._texts[link_id]
        indent = INDENT * self._depth[link_id]
        if question:
            declined = self._declined.get(link_id, False)
            if declined:
                mark, spoken = DECLINED_MARK, f"{text}, {self._declined_word}"
            elif self._answered[link_id]:
                mark, spoken = ANSWERED_MARK, f"{text}, {self._answered_word}"
            else:
                mark, spoken = OPEN_MARK, text
            row.setText(f"{indent}{mark} {text}")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        else:
            row.setText(f"{indent}{text}")

    def set_answered_word(self, word: str, declined_word: str = "") -> None:
        """The words a screen reader says after an answered question ("answered") and after
        one the person preferred not to answer."""
        self._answered_word = word
        self._declined_word = declined_word
        for link_id, answered in self._answered.items():
            if answered:
                self._render(link_id, question=True)

    def set_visible(self, link_id: str, visible: bool) -> None:
        if self._hidden[link_id] == (not visible):
            return
        self._hidden[link_id] = not visible
        self._rows[link_id].setHidden(not visible)

    def set_answered(self, link_id: str, answered: bool, *, declined: bool = False) -> None:
        if self._answered[link_id] == answered and self._declined.get(link_id, False) == declined:
            return
        self._answered[link_id] = answered
        self._declined[link_id] = declined
        self._render(link_id, question=True)

    def is_declined(self, link_id: str) -> bool:
        return self._declined.get(link_id, False)

    def set_current(self, link_id: str) -> None:
        row = self._rows.get(link_id)
        if row is not None and self.currentItem() is not row:
            self.setCurrentItem(row)
            self.scrollToItem(row)

    def is_answered(self, link_id: str) -> bool:
        return self._answered[link_id]

    def visible_link_ids(self) -> list[str]:
        return [link_id for link_id, hidden in self._hidden.items() if not hidden]

    def _activated(self, row: QListWidgetItem) -> None:
        if row.flags() & Qt.ItemFlag.ItemIsSelectable:
            self.item_chosen.emit(row.data(Qt.ItemDataRole.UserRole))
