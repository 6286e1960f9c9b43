"""What the use cases hand the screens: the records' plain types and the errors they raise.

The screens reach storage, letters and the directory only through the services (an import
contract holds it); the values those hand back are plain frozen dataclasses defined below the
services, named again here so a screen imports them from the layer it talks to.
"""

from __future__ import annotations

from screening_app.storage.conflicts import PersonChangedError
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PERSON_ROLES, Person, PersonData, PersonSummary, Task

__all__ = [
    "PERSON_ROLES",
    "Person",
    "PersonChangedError",
    "PersonData",
    "PersonSummary",
    "StorageError",
    "Task",
]
