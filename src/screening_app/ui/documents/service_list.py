"""Choosing services from the directory: the ones the result recommends first, then the others.

Each service is shown by name with its number, hours, the date it was last verified and what is
still unconfirmed. ``single`` picks one (a referral's recipient); otherwise services are ticked,
up to ``limit`` (the resource card's room).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from screening_app.domain.support import ServiceEntry
from screening_app.ui.documents.form_parts import message_label, service_lines, show_message

ID_ROLE = Qt.ItemDataRole.UserRole
# Each service a block of its own: a line under it and a little room around the text.
LIST_STYLE = (
    "QListWidget::item { border-bottom: 1px solid #c8c8c8; padding: 3px 2px; color: #1a1a1a; }"
    "QListWidget::item:selected { background: #1f5f99; color: white; }"
    "QListWidget::item:disabled { color: #8a8a8a; }"
)


class ServiceChooser(QWidget):
    changed = Signal()

    def __init__(
        self,
        recommended: Sequence[ServiceEntry],
        others: Sequence[ServiceEntry],
        lang: str,
        *,
        single: bool,
        limit: int = 0,
        chosen: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._single = single
        self._limit = limit
        self._lang = lang
        self.list = QListWidget()
        self.list.setObjectName("serviceList")
        self.list.setAccessibleName(self.tr("Services"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
            if single
            else QAbstractItemView.SelectionMode.NoSelection
        )
        self.message = message_label("serviceMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        shown = {e.id for e in recommended}
        if recommended:
            self._section(self.tr("Recommended by the result"))
            for entry in recommended:
                self._add(entry, entry.id in chosen)
        rest = [e for e in others if e.id not in shown]
        if rest:
            self._section(self.tr("Other services") if recommended else self.tr("Services"))
            for entry in rest:
                self._add(entry, entry.id in chosen)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(lambda *_: self.changed.emit())
        if single:
            for item in self._items():
                if item.data(ID_ROLE) in chosen:
                    self.list.setCurrentItem(item)

    # ----------------------------------------------------------------- reading
    def chosen(self) -> list[str]:
        if self._single:
            item = self.list.currentItem()
            service_id = item.data(ID_ROLE) if item is not None else None
            return [service_id] if service_id else []
        return [
            item.data(ID_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def choose(self, service_id: str, on: bool = True) -> None:
        for item in self._items():
            if item.data(ID_ROLE) != service_id:
                continue
            if self._single:
                self.list.setCurrentItem(item)
            else:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_enabled_ids(self, ids: set[str] | None) -> None:
        """Only these services can be chosen (None: all); a chosen one outside is dropped."""
        for item in self._items():
            allowed = ids is None or item.data(ID_ROLE) in ids
            flags = item.flags()
            if allowed:
                flags |= Qt.ItemFlag.ItemIsEnabled
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            if not allowed and self.list.currentItem() is item:
                self.list.setCurrentRow(-1)
        self.changed.emit()

    # ---------------------------------------------------------------- building
    def _items(self) -> list[QListWidgetItem]:
        found = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in found if item is not None and item.data(ID_ROLE)]

    def _section(self, title: str) -> None:
        item = QListWidgetItem(title)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _add(self, entry: ServiceEntry, chosen: bool) -> None:
        item = QListWidgetItem("\n".join(service_lines(entry, self._lang)))
        item.setData(ID_ROLE, entry.id)
        flags = Qt.ItemFlag.ItemIsEnabled
        if self._single:
            flags |= Qt.ItemFlag.ItemIsSelectable
        else:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        item.setFlags(flags)
        self.list.addItem(item)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._single or not item.data(ID_ROLE):
            return
        if self._limit and len(self.chosen()) > self._limit:
            self.list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.blockSignals(False)
            show_message(
                self.message, self.tr("At most %n service(s) can be chosen.", "", self._limit)
            )
            return
        show_message(self.message, "")
        self.changed.emit()
