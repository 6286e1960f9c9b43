"""One item on screen: where it is (its groups), its text, its input, and what is wrong.

A page is made the first time its item is shown and kept while the mode and language stay the
same. Display items and group headings have views of their own; questions get the input for
their type. Validation messages stand right below the input, in words and with a symbol, and are
also put in the input's accessible description for screen readers.

Every question also offers "Ønsker ikke at svare" (prefer not to answer): a toggle button with
its own key (Alt and the underlined letter, named in the hint), in clinician and self-complete
mode alike. While it is on, the input shows no answer and a note says what was recorded.

A locked question (calculated, or read-only, in an imported questionnaire) shows its value and
why it cannot be typed (``locked_view``), with no input and no answer buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from screening_app.domain.answers import GivenAnswer, is_declined
from screening_app.domain.instrument import (
    BooleanItem,
    ChoiceItem,
    DateTimeItem,
    DisplayItem,
    GroupItem,
    Item,
    MultiChoiceItem,
    QuantityItem,
    TimeItem,
    is_question,
)
from screening_app.ui.i18n import Words
from screening_app.ui.runner import words
from screening_app.ui.runner.choice_inputs import BooleanInput, ChoiceInput, MultiChoiceInput
from screening_app.ui.runner.field_inputs import make_field_input
from screening_app.ui.runner.item_input import ItemInput
from screening_app.ui.runner.locked_view import LockedValue, locked_note, shown_value
from screening_app.ui.runner.more_inputs import make_more_input
from screening_app.ui.style import scaled_font

WARNING_SIGN = "\u26a0"  # the symbol before a message, so it is not colour alone
CHECK_MARK = "\u2713"


def mnemonic_key(text: str) -> str:
    """The key an ``&`` in a button text gives, as people write it ("Alt+S")."""
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)


def _wrapping_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class GroupHeading(QLabel):
    """The title of a group, shown above each item in it (outer groups first)."""

    def __init__(self, group: GroupItem, lang: str, depth: int, base: QFont) -> None:
        super().__init__(group.text.get(lang))
        self.setObjectName("groupHeading")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(scaled_font(base, 1.15 if depth == 0 else 1.05, bold=True))
        self.setIndent(depth * 16)


class DisplayView(QLabel):
    """A text without an answer (an introduction, an instruction)."""

    def __init__(self, item: DisplayItem, lang: str, base: QFont) -> None:
        super().__init__(item.text.get(lang))
        self.setObjectName("displayText")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFont(scaled_font(base, 1.2))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter and Backspace reach the runner
        self.setAccessibleName(item.text.get(lang))


def make_input(item: Item, words_: Words, lang: str) -> ItemInput | None:
    if isinstance(item, BooleanItem):
        return BooleanInput(item, words_, lang)
    if isinstance(item, ChoiceItem):
        return ChoiceInput(item, words_, lang)
    if isinstance(item, MultiChoiceItem):
        return MultiChoiceInput(item, words_, lang)
    if isinstance(item, (DisplayItem, GroupItem)):
        return None
    if getattr(item, "repeats", False):
        from screening_app.ui.runner.repeated_input import RepeatedInput

        return RepeatedInput(item, words_, lang)
    if isinstance(item, (TimeItem, DateTimeItem, QuantityItem)):
        return make_more_input(item, words_, lang)
    return make_field_input(item, words_, lang)


class ItemPage(QScrollArea):
    """The page for one item, scrolling when the text is large."""

    def __init__(
        self,
        item: Item,
        *,
        groups: list[GroupItem],
        lang: str,
        words_: Words,
        guidance: str | None,
        guidance_title: str,
        base_font: QFont,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._lang = lang
        self.setObjectName(f"page-{item.link_id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers; they scroll in
        self._words = words_
        body = QWidget()
        body.setObjectName("pageBody")
        body.setFont(base_font)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        for depth, group in enumerate(groups):
            layout.addWidget(GroupHeading(group, lang, depth, base_font))

        self.input: ItemInput | None = None
        self.display: DisplayView | None = None
        self.locked: LockedValue | None = None
        self.error = _wrapping_label("", "answerError")
        self.error.setStyleSheet("#answerError { color: #9b1c1c; font-weight: bold; }")
        self.error.hide()
        self.clear_button: QPushButton | None = None
        self.decline_button: QPushButton | None = None
        self.declined_note: QLabel | None = None
        if isinstance(item, DisplayItem):
            self.display = DisplayView(item, lang, base_font)
            layout.addWidget(self.display)
        else:
            question = _wrapping_label(item.text.get(lang), "questionText")
            question.setFont(scaled_font(base_font, 1.35, bold=True))
            layout.addWidget(question)
            if getattr(item, "required", False) and not locked:  # nobody types a locked one
                layout.addWidget(_wrapping_label(self._word(words.REQUIRED), "requiredNote"))
            if isinstance(item, MultiChoiceItem):
                layout.addWidget(_wrapping_label(self._word(words.CHOOSE_ANY), "chooseAny"))
            limits = _limits_text(item, words_)
            if limits:
                layout.addWidget(_wrapping_label(limits, "limits"))
            if guidance:
                layout.addWidget(_guidance_panel(guidance_title, guidance, base_font))
            if locked:
                layout.addWidget(_wrapping_label(locked_note(item, words_), "lockedNote"))
                self.locked = LockedValue(item.text.get(lang))
                question.setBuddy(self.locked)
                layout.addWidget(self.locked)
            else:
                self._add_input(layout, question, lang)
        layout.addStretch(1)
        self.setWidget(body)

    def _word(self, source: str) -> str:
        return self._words(words.CONTEXT, source)

    def _add_input(self, layout: QVBoxLayout, question: QLabel, lang: str) -> None:
        self.input = make_input(self.item, self._words, lang)
        assert self.input is not None
        self.input.setObjectName("itemInput")
        question.setBuddy(self.input)
        layout.addWidget(self.input)
        self._add_answer_controls(layout)

    def _add_answer_controls(self, layout: QVBoxLayout) -> None:
        """Below the input: what "prefer not to answer" recorded, the problem, the buttons."""
        self.declined_note = _wrapping_label(self._word(words.DECLINED_NOTE), "declinedNote")
        self.declined_note.hide()
        layout.addWidget(self.declined_note)
        layout.addWidget(self.error)
        self.decline_button = self._make_decline_button()
        self.clear_button = QPushButton(self._word(words.CLEAR))
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setAutoDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.decline_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _make_decline_button(self) -> QPushButton:
        text = self._word(words.DECLINE)
        button = QPushButton(text)
        button.setObjectName("declineButton")
        button.setCheckable(True)
        button.setAutoDefault(True)
        name = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        button.setAccessibleName(name)
        button.setAccessibleDescription(mnemonic_key(text))
        button.setToolTip(mnemonic_key(text))
        return button

    def decline_hint(self) -> str:
        """ "Alt+S: prefer not to answer." for the footer."""
        return self._word(words.DECLINE_HINT).format(mnemonic_key(self._word(words.DECLINE)))

    @property
    def is_question(self) -> bool:
        return is_question(self.item)

    def hint(self) -> str:
        if self.input is not None:
            return f"{self.input.hint()} {self.decline_hint()}"
        return self._word(words.HINT_DISPLAY)

    def show_locked(self, value: object) -> None:
        """A locked question's value as the session has it now."""
        if self.locked is not None:
            self.locked.show_text(shown_value(self.item, value, self._words, self._lang))

    def show_given(self, value: GivenAnswer | None) -> None:
        """Show what the session holds: an answer, "prefer not to answer", or nothing."""
        declined = is_declined(value)
        if self.input is not None:
            self.input.show_value(None if declined else value)  # type: ignore[arg-type]
        if self.decline_button is not None:
            self.decline_button.setChecked(declined)
            text = self._word(words.DECLINE)
            self.decline_button.setText(f"{CHECK_MARK} {text}" if declined else text)
        if self.declined_note is not None:
            self.declined_note.setVisible(declined)

    @property
    def declined(self) -> bool:
        return self.decline_button is not None and self.decline_button.isChecked()

    def focus_content(self) -> None:
        if self.input is not None:
            self.input.focus_input()
        elif self.display is not None:
            self.display.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.locked is not None:
            self.locked.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, message: str | None) -> None:
        if message:
            self.error.setText(f"{WARNING_SIGN} {message}")
            self.error.setAccessibleName(message)
            self.error.show()
        else:
            self.error.clear()
            self.error.setAccessibleName("")
            self.error.hide()
        if self.input is not None:
            self.input.set_problem(message)

    @property
    def problem(self) -> str:
        return self.error.accessibleName()


def _guidance_panel(title: str, text: str, base: QFont) -> QFrame:
    panel = QFrame()
    panel.setObjectName("guidancePanel")
    panel.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(12, 8, 12, 8)
    heading = _wrapping_label(title, "guidanceTitle")
    heading.setFont(scaled_font(base, 1.0, bold=True))
    body = _wrapping_label(text, "guidanceText")
    layout.addWidget(heading)
    layout.addWidget(body)
    panel.setAccessibleName(title)
    panel.setAccessibleDescription(text)
    return panel


def _limits_text(item: Item, words_: Words) -> str:
    """'From 0 to 20' for numbers and dates with limits (the engine enforces them)."""
    low = getattr(item, "min", None)
    high = getattr(item, "max", None)
    if low is None and high is None:
        return ""

    def show(value: object) -> str:
        if isinstance(value, float):
            text = f"{value:g}"
            return text.replace(".", ",") if words_.language == "da" else text
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return str(value)

    if low is not None and high is not None:
        return words_(words.CONTEXT, words.RANGE).format(show(low), show(high))
    if low is not None:
        return words_(words.CONTEXT, words.AT_LEAST).format(show(low))
    return words_(words.CONTEXT, words.AT_MOST).format(show(high))
