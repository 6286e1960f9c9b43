"""A guard for PySide6 6.12.0 on CPython 3.11: give None, True and False references to spare.

PySide6 6.12.0 hands back ``None`` from every method without a result (``setFocus``,
``processEvents``, ``click``...) and ``True`` from ``Signal.emit`` without a reference of its
own, so every such call from Python takes one reference away from that object. On CPython 3.12
and later these objects are immortal and nothing happens. On 3.11 the counts run down, one per
call, and after some ten thousand calls (minutes of use) the interpreter frees ``None`` or
``True`` and aborts ("none_dealloc" / "bool_dealloc"). PySide6 6.11.3 does not do this.

``add_headroom`` adds 2**40 references to each of the three, once, at start: more than a
process can ever lose, and harmless (these objects are never freed anyway). It changes nothing
on 3.12 and later. Remove it once the project requires Python 3.12 or a PySide6 without the
leak.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_applied = False


def needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def add_headroom() -> bool:
    """Add the spare references (once per process); True when they were added now."""
    global _applied  # noqa: PLW0603 - once per process, by design
    if _applied or not needed():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _applied = True
    return True
