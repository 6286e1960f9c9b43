"""Emitting Qt signals from Python, safely whatever the PySide6 version.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without owning a reference to it, so
every ``emit()`` called from Python takes one reference from ``True``. After a few thousand
emits (a morning of consultations) CPython frees ``True`` and the process aborts ("bool_dealloc:
deallocating True or False"). 6.11.3 does not do this. ``emit`` below gives the reference back,
only when a probe at import shows that this PySide6 takes it; with a fixed PySide6 it is a plain
emit. Every signal the UI emits from Python goes through it.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    dropped = before - sys.getrefcount(True)
    if dropped >= _PROBES:
        for _ in range(dropped):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


EMIT_DROPS_A_REFERENCE = _emit_drops_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    result: object = signal.emit(*args)  # type: ignore[func-returns-value] # stubs: None
    if EMIT_DROPS_A_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
