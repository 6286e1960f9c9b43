"""security.md check 8: SIGKILL at random moments loses no acknowledged answer, corrupts nothing.

The normal suite kills the writer 60 times; ``bench/crash.py`` runs 500 and more.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.storage.crash_writer import run_rekey_trials, run_trials

KILLS = 60


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="uses fork and SIGKILL")
def test_kills_lose_no_acknowledged_answer(tmp_path: Path) -> None:
    report = run_trials(tmp_path / "data", KILLS, seed=20260302)
    print(report.line())
    assert report.kills == KILLS
    assert report.acknowledged > KILLS
    assert report.problems == []
    assert (report.lost, report.corrupt, report.open_failures) == (0, 0, 0)


REKEY_TRIALS = 40


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="uses fork and SIGKILL")
def test_rekey_is_atomic_against_kills(tmp_path: Path) -> None:
    """security.md check 7: after a kill anywhere in rekey, exactly one key opens it, intact."""
    report = run_rekey_trials(tmp_path / "data", REKEY_TRIALS, seed=7)
    print(
        f"rekey kills {report.trials}, mid-rekey {report.caught_mid_rekey}, intact {report.intact}"
    )
    assert report.problems == []
    assert report.intact == report.trials == REKEY_TRIALS
