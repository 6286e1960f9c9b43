"""The sentence of a refused second save reads the time as the workstation's clock shows it."""

from __future__ import annotations

import time

import pytest

from screening_app.storage.conflicts import PersonChangedError


def test_the_time_is_the_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Copenhagen")
    time.tzset()
    try:
        error = PersonChangedError("Bo", ("name",), "2026-03-02T09:30:00+00:00")
        assert "kl. 10:30" in error.message("da")  # winter time: UTC+1
        summer = PersonChangedError("Bo", ("name",), "2026-07-02T09:30:00+00:00")
        assert "at 11:30" in summer.message("en")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
