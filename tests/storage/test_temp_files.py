"""security.md check 5: the largest queries write no temporary file (temp_store=MEMORY)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _temp_files(tmp_path: Path, mode: str) -> int:
    tmpdir = tmp_path / f"sqlite-tmp-{mode}"
    tmpdir.mkdir()
    env = dict(os.environ, SQLITE_TMPDIR=str(tmpdir))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.storage.temp_probe",
            str(tmp_path / f"{mode}.db"),
            str(tmpdir),
            mode,
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return int(result.stdout.strip())


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_no_temp_files_and_the_probe_can_see_them(tmp_path: Path) -> None:
    assert _temp_files(tmp_path, "FILE") > 0  # positive control: the probe does see them
    assert _temp_files(tmp_path, "MEMORY") == 0
