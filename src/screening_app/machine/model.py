"""The keys of the machine settings file and what each may hold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60


def _absolute(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    if not Path(value).is_absolute():
        raise ValueError("must be an absolute path (the app does not guess what it is relative to)")
    return value


AbsolutePath = Annotated[str, AfterValidator(_absolute)]


class MachineSettings(BaseModel):
    """Every key is optional: what a machine does not set, the clinic and the user decide."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    data_folder: AbsolutePath | None = None
    language: Literal["da", "en"] | None = None
    idle_lock_max_minutes: (
        Annotated[int, Field(ge=MIN_IDLE_MINUTES, le=MAX_IDLE_MINUTES)] | None
    ) = None
    services_file: AbsolutePath | None = None
    backup_folder: AbsolutePath | None = None
    allow_self_complete: bool | None = None
    allow_save_pdf: bool | None = None
    allow_training: bool | None = None


KEYS: tuple[str, ...] = tuple(MachineSettings.model_fields)
BOOL_KEYS = frozenset(k for k in KEYS if k.startswith("allow_"))
INT_KEYS = frozenset({"idle_lock_max_minutes"})
