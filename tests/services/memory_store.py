"""The in-memory screening store the engine tests walk every path on (it lives in the services,
where ``validate`` rehearses training cases on it too)."""

from screening_app.services.consultation.memory_store import (
    MemoryStore,
    NoCopies,
    overview_of,
    person,
)

__all__ = ["MemoryStore", "NoCopies", "overview_of", "person"]
