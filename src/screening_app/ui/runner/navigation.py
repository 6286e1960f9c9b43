"""Where the runner is and where it goes next: a Qt-free view of the session's items.

Items are visited one at a time in document order; groups are not visited themselves (their
titles head the pages of the items inside them). Only items the session shows now count, so
answers that show or hide items change what "next" and "back" mean at once. While the person
answers alone (``person_only``), items marked for the clinician only are passed over: the
clinician answers them after taking the screen back; so are calculated values (a total is the
clinician's to read). A locked item (calculated or read-only) has a page but never needs an
answer, is not where a resumed session starts and is not counted as a question.
"""

from __future__ import annotations

from screening_app.domain.instrument import GroupItem, Item, is_question, walk_items
from screening_app.domain.session import Session


class Navigation:
    def __init__(self, session: Session) -> None:
        self._session = session
        self.items: dict[str, Item] = {}
        self.groups: dict[str, list[GroupItem]] = {}  # enclosing groups, outermost first
        for item, parent, _loc in walk_items(session.instrument.items):
            chain = [*self.groups.get(parent.link_id, []), parent] if parent else []
            self.items[item.link_id] = item
            self.groups[item.link_id] = chain
        self.pageable = [i for i, item in self.items.items() if not isinstance(item, GroupItem)]
        self._position = {link_id: n for n, link_id in enumerate(self.pageable)}
        self.visible = {link_id: session.is_visible(link_id) for link_id in self.items}
        self.person_only = False  # self-complete: the clinician's items are not shown

    def shown(self, link_id: str) -> bool:
        """Shown now: visible, and not the clinician's own while the person answers alone."""
        if not self.visible[link_id]:
            return False
        if not self.person_only:
            return True
        item = self.items[link_id]
        return not (
            getattr(item, "clinician_only", False) or getattr(item, "calculated", None) is not None
        )

    def _answerable(self, link_id: str) -> bool:
        return is_question(self.items[link_id]) and not self._session.is_locked(link_id)

    def missing(self) -> list[str]:
        """Required questions without an answer that may be asked now (in document order)."""
        return [i for i in self._session.missing_required() if i in self.items and self.shown(i)]

    def depth(self, link_id: str) -> int:
        return len(self.groups[link_id])

    def has_page(self, link_id: str | None) -> bool:
        return link_id in self._position

    def refresh(self) -> list[tuple[str, bool]]:
        """Re-read visibility from the session; returns the items that changed."""
        changed = []
        for link_id, was in self.visible.items():
            now = self._session.is_visible(link_id)
            if now != was:
                self.visible[link_id] = now
                changed.append((link_id, now))
        return changed

    def neighbour(self, current: str | None, step: int) -> str | None:
        """The next (``step`` +1) or previous (-1) item shown, or None at either end."""
        if current is None:
            return None
        index = self._position[current] + step
        while 0 <= index < len(self.pageable):
            link_id = self.pageable[index]
            if self.shown(link_id):
                return link_id
            index += step
        return None

    def first_open(self) -> str | None:
        """A new session starts at the top; a resumed one at its first unanswered question."""
        shown = [i for i in self.pageable if self.shown(i)]
        if not shown:
            return None
        given = self._session.given
        if all(given(i) is None for i in shown):
            return shown[0]
        for link_id in shown:
            if self._answerable(link_id) and given(link_id) is None:
                return link_id
        return shown[-1]

    def needs_answer(self, link_id: str) -> bool:
        """A required question without an answer."""
        item = self.items[link_id]
        if self._session.is_locked(link_id):
            return False
        return bool(getattr(item, "required", False)) and self._session.given(link_id) is None

    def progress(self, current: str | None) -> tuple[int, int] | None:
        """(number of the current question, questions shown), or None on a text item."""
        questions = [i for i in self.pageable if self.shown(i) and self._answerable(i)]
        if current not in questions:
            return None
        return questions.index(current) + 1, len(questions)
