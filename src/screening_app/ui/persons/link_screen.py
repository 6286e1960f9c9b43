"""Find the child's other parent and link them to the person whose page it was opened from.

The person search (same field, same audited searches), with its own heading, and a way back
where the search has its "new person" button. Choosing a person (Enter or a double click) asks
the services to link the two (``PersonService.link_co_parent``); a refusal is shown here in the
storage's sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from screening_app.ui.persons.search_screen import PersonSearchScreen, Search


class LinkParentScreen(PersonSearchScreen):
    cancelled = Signal()

    def __init__(
        self,
        search: Search,
        language: Callable[[], str],
        *,
        person_name: str,
        parent: QWidget | None = None,
    ) -> None:
        self._person_name = person_name
        super().__init__(search, language, parent)
        self.setObjectName("linkParentScreen")
        self.cancel_button: QPushButton = self.new_button
        self.cancel_button.setObjectName("cancelLink")
        self.new_person_requested.connect(self.cancelled)
        self._retranslate()

    def show_error(self, text: str) -> None:
        self.status.setText("\u26a0 " + text if text else "")
        self.status.setVisible(bool(text))

    def _retranslate(self) -> None:
        super()._retranslate()
        if not hasattr(self, "_person_name"):
            return
        self._heading.setText(
            self.tr("Link the child's other parent ({0})").format(self._person_name)
        )
        self.new_button.setText(self.tr("&Cancel"))
        if self._found:
            self.status.setText(
                self.tr("%n person(s) found. Enter links the chosen person.", "", len(self._found))
            )
