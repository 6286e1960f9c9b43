"""A schema upgrade killed at any moment: the next start opens the database at the latest
version with every record, or puts the copy back first and upgrades again, and says which."""

from __future__ import annotations

import json
import random
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.migrations import LATEST
from screening_app.storage.upgrade_copy import record_path
from screening_app.storage.vault import Vault
from tests.storage.frozen.make_frozen import FROZEN_PASSWORD, FROZEN_USER
from tests.storage.test_migrations import FROZEN, check_frozen_records
from tests.storage.upgrade_kill import Zygote, clock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses fork and SIGKILL")
RANDOM_KILLS = 16


def _fresh(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(FROZEN / "v1", target)
    # an installed copy has its login counters beside it (a missing file fails closed)
    Vault(target, clock=clock, kdf_params=TEST_PARAMS).throttle.initialise()
    return target


def _next_start(data_dir: Path) -> tuple[str, str]:
    """Open as the next start does; (what happened, the sentence the app shows)."""
    vault = Vault(data_dir, clock=clock, kdf_params=TEST_PARAMS)  # the worker's clock
    database = vault.unlock(FROZEN_USER, FROZEN_PASSWORD)
    try:
        check_frozen_records(database)
    finally:
        database.close()
    upgrade = vault.last_upgrade
    assert not list(data_dir.glob(".trygstart.db*"))  # no half-written temporary file left
    if upgrade is None:
        return "already upgraded", ""
    assert (upgrade.found, upgrade.latest) == (1, LATEST)
    return ("resumed" if upgrade.resumed else "upgraded"), upgrade.message("en")


def test_a_kill_inside_a_step_puts_the_copy_back_and_upgrades_again(tmp_path: Path) -> None:
    data_dir = _fresh(tmp_path, "data")
    zygote = Zygote()
    try:
        pid = zygote.start(data_dir, "block")
        assert zygote.read() == ["IN-STEP"]
        zygote.kill_and_reap(pid)
    finally:
        zygote.close()
    assert '"state": "migrating"' in record_path(data_dir / "trygstart.db").read_text()
    outcome, sentence = _next_start(data_dir)
    assert outcome == "resumed"
    assert sentence == (
        "The last update of the database was interrupted: it was put back to the copy taken "
        f"before the update (trygstart.db.before-v2) and then updated from schema 1 to {LATEST}."
    )


@pytest.mark.slow
def test_kills_at_random_moments_of_an_upgrade(tmp_path: Path) -> None:
    rng = random.Random(20261202)
    zygote = Zygote()
    outcomes: Counter[str] = Counter()
    moments: Counter[str] = Counter()
    try:
        # How long an unkilled upgrade takes here, to spread the kills over it.
        calibration = _fresh(tmp_path, "calibration")
        zygote.start(calibration, "time")
        done = zygote.read()
        assert done[0] == "DONE", done
        duration = float(done[1])
        assert zygote.read()[0] == "DEAD"
        for trial in range(RANDOM_KILLS):
            data_dir = _fresh(tmp_path, f"trial-{trial}")
            pid = zygote.start(data_dir, "run")
            zygote.wait(rng.uniform(0, duration * 1.2))
            printed = zygote.kill_and_reap(pid)
            finished = any(line.startswith("DONE") for line in printed)
            moments[_moment(data_dir, finished)] += 1
            outcome, _sentence = _next_start(data_dir)
            outcomes[outcome] += 1
    finally:
        zygote.close()
    print(
        f"upgrade {duration * 1000:.0f} ms; {RANDOM_KILLS} kills at: {dict(moments)}; "
        f"the next start: {dict(outcomes)}"
    )
    assert sum(outcomes.values()) == RANDOM_KILLS
    # Kills must have landed inside the upgrade (copying or migrating), or this proves little;
    # a kill inside a step is also made certain by the test above.
    assert moments["copying"] + moments["migrating"] >= 1, moments


def _moment(data_dir: Path, finished: bool) -> str:
    """Where the kill landed, from what it left: no record yet, copying, migrating, done."""
    if finished:
        return "after"
    path = record_path(data_dir / "trygstart.db")
    if not path.exists():
        return "before the copy"
    return str(json.loads(path.read_text(encoding="utf-8"))["state"])
