"""``screening-app score ... | head``: a reader that goes away ends the command quietly.

The command's standard output is a pipe whose reading end is already closed, so its first write
fails (EPIPE) exactly as when ``head`` has read enough; nothing but a quiet exit may follow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "screening_app", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=60,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "command",
    [
        ("score", "ipv-screen", "--answers", "{answers}"),
        ("fhir", "export", "ipv-screen", "-o", "-"),
        ("validate", "questionnaires/ipv-screen.yaml", "questionnaires/safety-check.yaml"),
    ],
    ids=["score", "fhir-export", "validate"],
)
def test_a_closed_pipe_ends_without_a_traceback(tmp_path: Path, command: tuple[str, ...]) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"humiliated": "no"}), encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    args = [part.format(answers=answers) for part in command]
    args = [str(root / a) if a.startswith("questionnaires/") else a for a in args]
    result = _run_into_closed_pipe(*args)
    assert "Traceback" not in result.stderr
    assert "BrokenPipeError" not in result.stderr
    assert result.stderr == ""
    assert result.returncode == 1
