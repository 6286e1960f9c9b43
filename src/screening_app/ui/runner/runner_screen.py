"""The questionnaire runner: one item at a time, in clinician or self-complete mode.

The engine (``Session``) decides everything: what is shown, whether an answer is acceptable,
what is missing. The runner shows the current item, passes each answer to the session and then
to the injected ``AnswerSink`` (storage commits it there), and updates only what the answer
changed. Keys: number keys choose options, Enter goes on, Backspace goes back.

Clinician mode shows an overview of the items and each item's "how to ask" guidance. Self-
complete mode hands the screen to the person: larger text, the session's language for every
word, no guidance, no overview, and no way out but the clinician's password.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.answers import DECLINED, AnswerError, is_declined
from screening_app.domain.session import Session
from screening_app.ui.errors import error_sentence
from screening_app.ui.i18n import UiLanguage, Words
from screening_app.ui.ports import AnswerSink, PasswordCheck
from screening_app.ui.runner import words
from screening_app.ui.runner.field_inputs import TextInput, _LineInput
from screening_app.ui.runner.frame import RunnerFrame, RunnerKey, runner_key
from screening_app.ui.runner.hand_back import HandBackPage
from screening_app.ui.runner.item_page import ItemPage
from screening_app.ui.runner.navigation import Navigation
from screening_app.ui.runner.overview import Overview
from screening_app.ui.runner.page_stack import PageStack
from screening_app.ui.runner.repeated_input import RepeatedInput
from screening_app.ui.style import SELF_COMPLETE_SCALE, indicator_style, scaled_font
from screening_app.ui.tab_order import chain_tab_order


class RunnerScreen(QWidget):
    finished = Signal()  # every required question answered, and the clinician has the screen
    self_complete_changed = Signal(bool)
    item_shown = Signal(str)  # link id of the item now on screen

    def __init__(
        self,
        session: Session,
        sink: AnswerSink,
        language: UiLanguage,
        *,
        password_check: PasswordCheck | None = None,
        self_complete: bool = False,
        start_at: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runnerScreen")
        self._session = session
        self._sink = sink
        # Answers the clinic server did not receive (out of reach): kept on screen as typed,
        # sent again when she moves on.
        self._unsent: dict[str, object] = {}
        self._language = language
        self._password_check = password_check
        self._self_complete = False
        self._base_font = self.font()

        self._nav = Navigation(session)
        self._current: str | None = None

        self._build_main()

        nav = self._nav
        rows = [(item, nav.depth(link_id)) for link_id, item in nav.items.items()]
        self._overview = Overview(rows, session.language, "")
        self._overview.item_chosen.connect(self.go_to)
        for link_id, visible in nav.visible.items():
            self._overview.set_visible(link_id, visible)
            given = session.given(link_id)
            if given is not None:
                self._overview.set_answered(link_id, True, declined=is_declined(given))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._overview)
        splitter.addWidget(self._main)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._apply_mode(self_complete and password_check is not None, announce=False)
        self._show(start_at if nav.has_page(start_at) else nav.first_open())

    def _build_main(self) -> None:
        """Header (title, progress, mode), the item pages, footer (hint, back, next)."""
        # Pages, and the hand-back page for self-complete mode.
        self._stack = PageStack(self._make_page)
        self._hand_back: HandBackPage | None = None
        if self._password_check is not None:
            self._hand_back = HandBackPage(self._password_check)
            self._hand_back.accepted.connect(self._clinician_back)
            self._hand_back.resume.connect(self._resume_self_complete)
            self._stack.addWidget(self._hand_back)
        self._main = RunnerFrame(self._stack)
        self._title = self._main.title
        self._progress = self._main.progress
        self._mode_button = self._main.mode_button
        self._mode_button.clicked.connect(self._mode_button_clicked)
        self._hint = self._main.hint
        self._back = self._main.back
        self._back.clicked.connect(self.back)
        self._next = self._main.next
        self._next.clicked.connect(self.advance)

    # ------------------------------------------------------------------ state
    @property
    def session(self) -> Session:
        return self._session

    @property
    def self_complete(self) -> bool:
        return self._self_complete

    @property
    def current_link_id(self) -> str | None:
        return self._current

    def current_page(self) -> ItemPage | None:
        return self._stack.get(self._current) if self._current else None

    def focus_current(self) -> None:
        """Put the keyboard focus on the current item (after the screen is shown)."""
        if self._on_hand_back():
            assert self._hand_back is not None
            self._hand_back.focus_content()
            return
        page = self.current_page()
        if page is not None:
            page.focus_content()

    def commit_current(self) -> None:
        """Give the session (and so the record) what is typed on the current page."""
        page = self.current_page()
        if page is not None and not self._on_hand_back():
            self._commit(page)

    def words(self) -> Words:
        """The runner's words: the person's language in self-complete mode, else the UI's."""
        return self._language.words(self._session.language if self._self_complete else None)

    def _word(self, source: str) -> str:
        return self.words()(words.CONTEXT, source)

    # ------------------------------------------------------------- navigation
    def _neighbour(self, step: int) -> str | None:
        return self._nav.neighbour(self._current, step)

    def advance(self) -> None:
        """Enter: keep the answer, then go to the next item shown (or finish)."""
        if self._on_hand_back():
            return
        page = self.current_page()
        if page is None:
            return
        if not self._commit(page):
            return
        assert self._current is not None
        if self._nav.needs_answer(self._current):
            page.show_problem(self._word(words.ANSWER_FIRST))
            page.focus_content()
            return
        following = self._neighbour(+1)
        if following is None:
            self.finish()
        else:
            self._show(following)

    def back(self) -> None:
        """Backspace: go to the previous item shown."""
        if self._on_hand_back():
            return
        page = self.current_page()
        if page is not None:
            self._commit(page)
        previous = self._neighbour(-1)
        if previous is not None:
            self._show(previous)

    def go_to(self, link_id: str) -> None:
        if not self._nav.has_page(link_id) or not self._nav.visible[link_id]:
            return
        page = self.current_page()
        if page is not None and not self._commit(page):
            return
        self._show(link_id)

    def finish(self) -> None:
        """The end: every required question must be answered first."""
        missing = self._nav.missing()
        if missing:
            self._show(missing[0])
            page = self.current_page()
            if page is not None:
                page.show_problem(self._word(words.ANSWER_FIRST))
            return
        if self._self_complete:
            self._show_hand_back(finished=True)
        else:
            self.finished.emit()

    def _show(self, link_id: str | None) -> None:
        if link_id is None:
            return
        page = self._stack.show_page(link_id)
        page.show_locked(self._session.value(link_id))  # a total follows the answers
        self._current = link_id
        self._overview.set_current(link_id)
        self._update_footer()
        self._order_tabs(page)
        page.focus_content()
        self.item_shown.emit(link_id)

    def _order_tabs(self, page: QWidget) -> None:
        """Tab from the answers to back, next, the mode and the list of questions: the page's
        controls first (they are made after the frame, so would otherwise come last), and the
        top bar only after all of them."""
        on_page = [
            w for w in page.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        chain_tab_order([*on_page, self._back, self._next, self._mode_button, self._overview])

    def _make_page(self, link_id: str) -> ItemPage:
        item = self._nav.items[link_id]
        guidance = None
        if not self._self_complete and item.guidance is not None:
            guidance = item.guidance.get(self._language.code, self._session.language)
        page = ItemPage(
            item,
            groups=self._nav.groups[link_id],
            lang=self._session.language,
            words_=self.words(),
            guidance=guidance,
            guidance_title=self.tr("How to ask"),
            base_font=self._main.font(),
            locked=self._session.is_locked(link_id),
        )
        if page.input is not None:
            page.show_given(self._session.given(link_id))
            page.input.answered.connect(lambda value, i=link_id: self._answer(i, value))
            if isinstance(page.input, (_LineInput, RepeatedInput)):
                page.input.parse_failed.connect(
                    lambda error, p=page: p.show_problem(error.message(self.words().language))
                )
            if isinstance(page.input, TextInput):
                page.input.submit_requested.connect(self.advance)
        if page.clear_button is not None:
            page.clear_button.clicked.connect(lambda _=False, i=link_id: self._clear(i))
        if page.decline_button is not None:
            page.decline_button.clicked.connect(
                lambda checked, i=link_id: self.decline(i, declined=checked)
            )
        return page

    # ---------------------------------------------------------------- answers
    def _commit(self, page: ItemPage) -> bool:
        """Give the session what is typed on ``page``; False when it was not accepted."""
        if page.input is None:
            return True
        page.show_problem(None)
        try:
            page.input.commit()
        except AnswerError as error:
            page.show_problem(error.message(self.words().language))
            page.focus_content()
            return False
        link_id = page.item.link_id
        if link_id in self._unsent:  # not received before: send it again
            self._answer(link_id, self._unsent[link_id])
        return not page.problem

    def _answer(self, link_id: str, raw: object) -> None:
        """Give an answer to the sink (which checks and stores it); show what is stored."""
        page = self._stack.get(link_id)
        previous = self._session.given(link_id)
        try:
            value = self._sink.answer(link_id, raw)
        except AnswerError as error:
            if page is not None:
                page.show_problem(error.message(self.words().language))
            return
        except Exception as error:  # noqa: BLE001 - any failure to store must be shown, not lost
            if page is not None and page.input is not None:
                if getattr(error, "code", None) == "server-unreachable":
                    # The server is out of reach: what she gave stays on the screen (saying
                    # so) and goes again when she moves on; nothing is taken back.
                    self._unsent[link_id] = raw
                    sentence = error_sentence(error, self.words().language)
                    page.show_problem(sentence or self._word(words.NOT_SAVED))
                else:
                    page.show_given(previous)
                    page.show_problem(self._word(words.NOT_SAVED))
            return
        self._unsent.pop(link_id, None)
        if page is not None:
            page.show_problem(None)
            if page.input is not None:
                page.show_given(value)
        self._overview.set_answered(link_id, value is not None, declined=is_declined(value))
        self._refresh_visibility()

    def decline(self, link_id: str, *, declined: bool = True) -> None:
        """ "Ønsker ikke at svare" on (recorded as the answer) or off (no answer again)."""
        self._answer(link_id, DECLINED if declined else None)
        page = self._stack.get(link_id)
        if page is not None:
            page.focus_content()

    def _clear(self, link_id: str) -> None:
        self._answer(link_id, None)
        page = self._stack.get(link_id)
        if page is not None:
            page.focus_content()

    def _refresh_visibility(self) -> None:
        for link_id, visible in self._nav.refresh():
            self._overview.set_visible(link_id, visible)
        self._update_footer()

    # ----------------------------------------------------------------- footer
    def _update_footer(self) -> None:
        page = self.current_page()
        last = self._neighbour(+1) is None
        if self._self_complete:
            self._next.setText(self._word(words.DONE if last else words.NEXT))
        else:
            self._next.setText(self._word(words.SHOW_RESULT if last else words.NEXT))
        self._back.setText(self._word(words.BACK))
        self._back.setEnabled(self._neighbour(-1) is not None)
        self._hint.setText(page.hint() if page is not None else "")
        progress = self._nav.progress(self._current)
        if progress is None:
            self._progress.setText("")
        else:
            self._progress.setText(self._word(words.PROGRESS).format(*progress))

    # ------------------------------------------------------------------- mode
    def enter_self_complete(self) -> None:
        if self._password_check is None or self._self_complete:
            return
        page = self.current_page()
        if page is not None and not self._commit(page):
            return  # what is typed cannot be kept: the message stays beside it
        self._apply_mode(True)
        current = self._current
        if current is None or not self._nav.shown(current):  # the clinician's own question
            current = self._neighbour(+1) or self._nav.first_open()
        self._show(current)

    def _apply_mode(self, self_complete: bool, announce: bool = True) -> None:
        self._self_complete = self_complete
        self._nav.person_only = self_complete
        self._stack.drop_all()
        self._pages_language = self._language.code
        self._overview.setVisible(not self_complete)
        font = self._base_font
        if self_complete:
            font = scaled_font(font, SELF_COMPLETE_SCALE)
        self._main.setFont(font)
        self._main.setStyleSheet(indicator_style(font) if self_complete else "")
        self._title.setFont(scaled_font(font, 1.2, bold=True))
        self._retranslate()
        if announce:
            self.self_complete_changed.emit(self_complete)

    def ask_for_clinician(self) -> None:
        """In self-complete mode: show the page where the clinician takes the screen back."""
        if self._self_complete and not self._on_hand_back():
            self._show_hand_back(finished=False)

    def _mode_button_clicked(self) -> None:
        if self._self_complete:
            self._show_hand_back(finished=False)
        else:
            self.enter_self_complete()

    def _show_hand_back(self, finished: bool) -> None:
        assert self._hand_back is not None
        page = self.current_page()
        if page is not None:
            self._commit(page)
        self._hand_back.prepare(self.words(), finished)
        self._stack.setCurrentWidget(self._hand_back)
        self._order_tabs(self._hand_back)
        self._next.setEnabled(False)
        self._back.setEnabled(False)
        self._mode_button.setEnabled(False)
        self._hint.setText("")
        self._hand_back.focus_content()

    def _on_hand_back(self) -> bool:
        return self._hand_back is not None and self._stack.currentWidget() is self._hand_back

    def _resume_self_complete(self) -> None:
        self._next.setEnabled(True)
        self._mode_button.setEnabled(True)
        self._show(self._current)

    def _clinician_back(self) -> None:
        assert self._hand_back is not None
        finished = self._hand_back.finished
        self._next.setEnabled(True)
        self._mode_button.setEnabled(True)
        self._apply_mode(False)
        missing = self._nav.missing()
        if finished and missing:  # the clinician's own questions, not shown to the person
            self._show(missing[0])
            return
        self._show(self._current)
        if finished:
            self.finished.emit()

    # -------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        meant = None if self._on_hand_back() else runner_key(event)
        if meant is None:
            super().keyPressEvent(event)
            return
        kind, number = meant
        if kind is RunnerKey.ADVANCE:
            self.advance()
        elif kind is RunnerKey.BACK:
            self.back()
        else:
            page = self.current_page()
            if page is None or page.input is None or not page.input.choose(number):
                super().keyPressEvent(event)
                return
        event.accept()

    # --------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.LanguageChange
            and not self._self_complete
            and self._language.code != self._pages_language
        ):
            # Only a new language makes the pages anew: a stray LanguageChange (a translator
            # taken off the application) would drop a page with a click under way.
            # Asked before the pages go: with them gone the stack shows the hand-back page.
            on_hand_back = self._on_hand_back()
            page = self.current_page()
            if page is not None and not on_hand_back:
                self._commit(page)
            self._stack.drop_all()
            self._pages_language = self._language.code
            self._retranslate()
            if self._current is not None and not on_hand_back:
                self._show(self._current)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        lang = self._session.language
        self._title.setText(self._session.instrument.title.get(lang))
        if self._self_complete:
            self._mode_button.setText(self._word(words.LEAVE_SELF_COMPLETE))
        else:
            self._mode_button.setText(self.tr("Let the person &answer alone"))
        self._mode_button.setVisible(self._password_check is not None)
        self._overview.setAccessibleName(self.tr("Questions"))
        self._overview.set_answered_word(self.tr("answered"), self.tr("prefers not to answer"))
        self._update_footer()
