"""PySide6 6.12.0 takes a reference from True on every Python emit; ours must not."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

from screening_app.ui.signals import emit

pytestmark = pytest.mark.gui


class _Sender(QObject):
    plain = Signal()
    text = Signal(str)


def test_ten_thousand_emits_leave_true_alone() -> None:
    sender = _Sender()
    received: list[str] = []
    sender.text.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(5000):
        emit(sender.plain)
        emit(sender.text, "x")
    assert len(received) == 5000
    assert sys.getrefcount(True) >= before
