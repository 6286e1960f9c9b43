"""Helpers for the UI tests: test instruments, fake clocks and timers, recording sinks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from screening_app.domain.base import LocalizedText
from screening_app.domain.instrument import Instrument
from screening_app.instruments.yaml_format import load_instrument

DATA = Path(__file__).resolve().parent / "data"
SHARED_DATA = Path(__file__).resolve().parents[1] / "data"


def load_test_instrument(name: str) -> Instrument:
    for directory in (DATA, SHARED_DATA):
        path = directory / f"{name}.yaml"
        if path.exists():
            return load_instrument(path)
    raise FileNotFoundError(name)


def instrument_texts(instrument: Instrument) -> set[str]:
    """Every text of an instrument in every language (its wording, for leak checks)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, LocalizedText):
            found.update(node.root.values())
        elif isinstance(node, BaseModel):
            for name in type(node).model_fields:
                walk(getattr(node, name))
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)

    walk(instrument)
    return found
