"""Crash consistency at bench scale (security.md checks 7 and 8): figures, not a timed test.

Kills the answer writer with SIGKILL at random moments (default 500 times) and the rekey
writer (default 100 times); after each kill the database must open, pass both integrity
checks and the audit chain, and hold every acknowledged answer. The normal test suite runs
60 and 40 of the same trials (tests/storage/test_crash.py).

    .venv/bin/python bench/crash.py [--kills N] [--rekey-kills N] [--seed S]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.storage.crash_writer import run_rekey_trials, run_trials  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--rekey-kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="trygstart-crash-"))
    failed = False
    try:
        began = time.perf_counter()
        report = run_trials(root / "answers", args.kills, args.seed)
        print(
            f"answer writer (seed {args.seed}): {report.line()} "
            f"in {time.perf_counter() - began:.0f} s"
        )
        for problem in report.problems[:20]:
            print(f"  {problem}")
        failed |= bool(report.problems)
        began = time.perf_counter()
        rekey = run_rekey_trials(root / "rekey", args.rekey_kills, args.seed + 1)
        print(
            f"rekey writer: kills {rekey.trials}, caught mid-rekey {rekey.caught_mid_rekey}, "
            f"intact with exactly one working key {rekey.intact}/{rekey.trials} "
            f"in {time.perf_counter() - began:.0f} s"
        )
        for problem in rekey.problems[:20]:
            print(f"  {problem}")
        failed |= bool(rekey.problems)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
