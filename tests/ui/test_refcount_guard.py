"""PySide6 6.12.0 on CPython 3.11 takes a reference from None on every void call and from True
on every emit; the guard must keep the process alive through far more calls than a day needs."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from screening_app.ui import refcount_guard

pytestmark = pytest.mark.gui


class _Sender(QObject):
    ping = Signal()


def test_many_void_calls_and_emits_leave_none_and_true_alive() -> None:
    refcount_guard.add_headroom()
    sender = _Sender()
    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(20_000):
        sender.setObjectName("x")  # returns None
        sender.ping.emit()  # returns True
    if refcount_guard.needed():
        assert sys.getrefcount(None) > refcount_guard.HEADROOM // 2
        assert sys.getrefcount(True) > refcount_guard.HEADROOM // 2
    else:
        assert sys.getrefcount(None) >= none_before - 20_000  # immortal on 3.12+
        assert sys.getrefcount(True) >= true_before - 20_000


def test_the_guard_is_applied_once() -> None:
    refcount_guard.add_headroom()
    assert refcount_guard.add_headroom() is False
