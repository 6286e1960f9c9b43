"""The runner's own words, in the language the questionnaire speaks.

In clinician mode they follow the UI language; in self-complete mode they are in the person's
language (the session's), so the buttons read in the same language as the questions. They are
marked for ``lupdate`` here and translated through ``Words`` at run time (``str()`` tells the
type checker what ``QT_TRANSLATE_NOOP`` returns).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "RunnerWords"

YES = str(QT_TRANSLATE_NOOP("RunnerWords", "Yes"))
NO = str(QT_TRANSLATE_NOOP("RunnerWords", "No"))
NEXT = str(QT_TRANSLATE_NOOP("RunnerWords", "&Next"))
BACK = str(QT_TRANSLATE_NOOP("RunnerWords", "&Back"))
SHOW_RESULT = str(QT_TRANSLATE_NOOP("RunnerWords", "Show the &result"))
DONE = str(QT_TRANSLATE_NOOP("RunnerWords", "&Done"))
CLEAR = str(QT_TRANSLATE_NOOP("RunnerWords", "C&lear the answer"))
# "Ønsker ikke at svare": a given answer of its own, offered on every question. The & letter is
# its key (Alt and the letter), named in DECLINE_HINT.
DECLINE = str(QT_TRANSLATE_NOOP("RunnerWords", "Prefer not to answ&er"))
DECLINE_HINT = str(QT_TRANSLATE_NOOP("RunnerWords", "{0}: prefer not to answer."))
DECLINED_NOTE = str(
    QT_TRANSLATE_NOOP(
        "RunnerWords", "Answered: prefer not to answer. Choose an answer to change it."
    )
)
REQUIRED = str(QT_TRANSLATE_NOOP("RunnerWords", "This question must be answered."))
ANSWER_FIRST = str(QT_TRANSLATE_NOOP("RunnerWords", "Please answer this question before going on."))
NOT_SAVED = str(
    QT_TRANSLATE_NOOP("RunnerWords", "The answer could not be saved. Please try again.")
)
PROGRESS = str(QT_TRANSLATE_NOOP("RunnerWords", "Question {0} of {1}"))
KEY = str(QT_TRANSLATE_NOOP("RunnerWords", "Key {0}"))
HINT_OPTIONS = str(
    QT_TRANSLATE_NOOP(
        "RunnerWords", "Number keys choose an answer. Enter goes on, Backspace goes back."
    )
)
HINT_FIELD = str(QT_TRANSLATE_NOOP("RunnerWords", "Type the answer. Enter goes on."))
HINT_TEXT = str(QT_TRANSLATE_NOOP("RunnerWords", "Type the answer. Ctrl+Enter goes on."))
HINT_DISPLAY = str(QT_TRANSLATE_NOOP("RunnerWords", "Enter goes on, Backspace goes back."))
DATE_PLACEHOLDER = str(QT_TRANSLATE_NOOP("RunnerWords", "YYYY-MM-DD"))
OTHER = str(QT_TRANSLATE_NOOP("RunnerWords", "Other:"))
CHOOSE_ANY = str(QT_TRANSLATE_NOOP("RunnerWords", "Choose all that apply."))
RANGE = str(QT_TRANSLATE_NOOP("RunnerWords", "From {0} to {1}"))
AT_LEAST = str(QT_TRANSLATE_NOOP("RunnerWords", "At least {0}"))
AT_MOST = str(QT_TRANSLATE_NOOP("RunnerWords", "At most {0}"))
THANK_YOU = str(QT_TRANSLATE_NOOP("RunnerWords", "Thank you."))
HAND_BACK = str(
    QT_TRANSLATE_NOOP("RunnerWords", "Please give the screen back to the health professional.")
)
BACK_TO_QUESTIONS = str(QT_TRANSLATE_NOOP("RunnerWords", "Back to the &questions"))
LEAVE_SELF_COMPLETE = str(QT_TRANSLATE_NOOP("RunnerWords", "&Give the screen back"))
