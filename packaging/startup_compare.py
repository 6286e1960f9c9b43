"""Time to a login that accepts input: the packaged bundle against the virtualenv, same run.

    .venv/bin/python packaging/startup_compare.py --bundle dist/trygstart/screening-app \\
        --venv .venv/bin/screening-app --scratch /tmp/x [--runs 5]

A clinic database is made once (with the bundle's own ``admin init``) so both start at the
login; each start runs on Qt's offscreen platform with ``TRYGSTART_QUIT_WHEN_READY=1``: the app
prints ``ready`` when its first screen is painted and everything the start-up does after it
has run (the login then takes typing), and quits. The time is from the process being started
to that line. Runs alternate bundle/venv; medians are printed with their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PASSWORD = "a long start-up comparison password, fictitious"


def environment(scratch: Path, data_dir: Path) -> dict[str, str]:
    home = scratch / "home"
    home.mkdir(parents=True, exist_ok=True)
    runtime = scratch / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "TMPDIR": str(scratch),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "TRYGSTART_DATA_DIR": str(data_dir),
        "TRYGSTART_MACHINE_CONFIG": str(scratch / "no-machine-settings.toml"),
        "TRYGSTART_QUIT_WHEN_READY": "1",
    }


def start_once(program: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        [program], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - started
    process.wait(timeout=60)
    process.stdout.close()
    if line.strip() != "ready":
        raise SystemExit(f"startup_compare: {program} did not reach the login ({line!r})")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", required=True)
    parser.add_argument("--venv", required=True)
    parser.add_argument("--scratch", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data_dir = args.scratch / "data"
    env = environment(args.scratch, data_dir)
    subprocess.run(
        [
            args.bundle,
            "admin",
            "init",
            "--clinic",
            "Klinik Nord",
            "--admin",
            "maria",
            "--password-stdin",
        ],
        input=f"{PASSWORD}\n",
        env={k: v for k, v in env.items() if k != "TRYGSTART_QUIT_WHEN_READY"},
        text=True,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    times: dict[str, list[float]] = {"bundle": [], "venv": []}
    for program in (args.bundle, args.venv):  # one warm-up each (page cache)
        start_once(program, env)
    for _ in range(args.runs):
        times["bundle"].append(start_once(args.bundle, env))
        times["venv"].append(start_once(args.venv, env))
    bundle = statistics.median(times["bundle"])
    venv = statistics.median(times["venv"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"figures: to a login accepting input (median of {args.runs}, offscreen, load "
        f"{load:.1f}): bundle {bundle * 1000:.0f} ms, virtualenv {venv * 1000:.0f} ms, "
        f"ratio {bundle / venv:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
