"""The result's next steps: one button each, in the engine's order, with its own key.

The keys are the digits (Alt+1, Alt+2, ...) in the order shown, so they never clash with a
letter elsewhere on the screen and a clinician reads the order from the keys themselves. What
is offered, and in which order (urgent first), is the engine's
(``services.consultation.next_steps``); this module only draws it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from screening_app.services.consultation import NextStep
from screening_app.ui.result.sections import text_label

MAX_KEYED = 9  # Alt+1 ... Alt+9


def step_text(step: NextStep, names: Mapping[str, str], *, finalised: bool) -> str:
    """The button's words (without its key)."""
    translate = QCoreApplication.translate
    if step.kind == "follow-up-instrument":
        name = names.get(step.instrument_id or "", step.instrument_id or "")
        if finalised:
            return translate("NextSteps", "Run: {0}").format(name)
        return translate("NextSteps", "Finalise this result and run: {0}").format(name)
    words = {
        "resource-card": translate("NextSteps", "Pocket card with numbers..."),
        "referral-letter": translate("NextSteps", "Referral with consent..."),
        "safety-plan": translate("NextSteps", "Safety plan..."),
        "notification": translate("NextSteps", "Notification to the municipality..."),
        "print-completed": translate("NextSteps", "Print the result..."),
    }
    return words[step.kind]


def step_note(step: NextStep) -> str:
    """Why it is offered: part of the same-day actions, or named by the result."""
    if step.urgent:
        return QCoreApplication.translate("NextSteps", "today")
    if step.recommended:
        return QCoreApplication.translate("NextSteps", "recommended")
    return ""


def next_steps_section(
    steps: Sequence[NextStep],
    names: Mapping[str, str],
    *,
    finalised: bool,
    installed: Callable[[NextStep], bool],
    requested: Callable[[NextStep], None],
) -> tuple[QWidget, list[QPushButton]]:
    """The buttons, one per line: key, words, and why; ``installed`` says which can be done
    here (a document needs the documents part; a follow-up questionnaire must be installed)."""
    box = QWidget()
    box.setObjectName("nextSteps")
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    buttons: list[QPushButton] = []
    for step in steps:
        if not installed(step):
            if step.kind == "follow-up-instrument":
                missing = QCoreApplication.translate(
                    "NextSteps", "Follow-up: {0} (not installed)"
                ).format(step.instrument_id)
                column.addWidget(text_label(missing, "followUpMissing"))
            continue
        number = len(buttons) + 1
        words = step_text(step, names, finalised=finalised).replace("&", "&&")
        key = f"&{number}  " if number <= MAX_KEYED else ""
        button = QPushButton(f"{key}{words}")
        button.setObjectName(
            f"followUp-{step.instrument_id}"
            if step.kind == "follow-up-instrument"
            else f"next-{step.kind}"
        )
        button.setAccessibleName(words)
        button.setAutoDefault(True)
        button.clicked.connect(lambda _=False, s=step: requested(s))
        row = QHBoxLayout()
        row.addWidget(button)
        note = step_note(step)
        if note:
            label = QLabel(note)
            label.setObjectName("nextStepUrgent" if step.urgent else "nextStepNote")
            if step.urgent:
                label.setStyleSheet("#nextStepUrgent { color: #9b1c1c; font-weight: bold; }")
            row.addWidget(label)
        row.addStretch(1)
        column.addLayout(row)
        buttons.append(button)
    return box, buttons
