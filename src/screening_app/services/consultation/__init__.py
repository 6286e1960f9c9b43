"""The consultation as a Qt-free engine: typed steps, one navigation map, the use cases behind.

Where things go: a new step is a dataclass in ``steps``, its moves in ``navigation.NAVMAP``, its
intents as methods of ``engine.ConsultationEngine`` (tested in
``tests/services/test_consultation_engine.py`` without a window), and one screen that renders
it (``ui/consultation.py`` routes the step to it).
"""

from screening_app.services.consultation.engine import ConsultationEngine
from screening_app.services.consultation.journal import Journal
from screening_app.services.consultation.navigation import NAVMAP, NavigationError, offered
from screening_app.services.consultation.offers import (
    PREFERRED_SCREEN,
    next_steps,
    session_language,
)
from screening_app.services.consultation.ports import NoteCopies, ScreeningStore
from screening_app.services.consultation.steps import (
    Asking,
    AtGate,
    Ended,
    NextStep,
    ShowingResult,
    Step,
)

__all__ = [
    "NAVMAP",
    "PREFERRED_SCREEN",
    "Asking",
    "AtGate",
    "ConsultationEngine",
    "Ended",
    "Journal",
    "NavigationError",
    "NextStep",
    "NoteCopies",
    "ScreeningStore",
    "ShowingResult",
    "Step",
    "next_steps",
    "offered",
    "session_language",
]
