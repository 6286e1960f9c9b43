"""The clinic server's benchmark (``bench/server_storage.py``) cannot rot: its quick path runs
end to end against the session's PostgreSQL cluster (skipped without one, as every server
test is), and the checks it reports can fail: the canary scan finds a canary in clear and
hex-encoded, the lost-answer tally finds an acknowledged answer the server did not keep."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.pgcluster import Cluster

BENCH = Path(__file__).resolve().parents[2] / "bench" / "server_storage.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("server_storage_bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


bench = _load()


def test_the_scan_counts_a_canary_in_clear_and_as_dumped_bytea() -> None:
    name, cpr = bench.CANARIES["name"], bench.CANARIES["cpr"]
    text = (
        f"COPY trygstart.notes (text_sealed) FROM stdin;\n\\\\x{name.encode().hex()}\n"
        f'{{"cpr":"{cpr}","name":"{name.upper()}","born":"1989-07-11"}}\n'
        "\\\\x00ff1107894213aa\n"  # the CPR's digits inside other hex: not a hit
        "Anne Mette Hansen\n"
    ).lower()
    assert bench.count_in(text, name) == 2
    assert bench.count_in(text, cpr) == 1
    assert bench.count_in(text, bench.CANARIES["note"]) == 0
    found = bench.found_values(text + cpr.encode().hex())
    assert found["CPR numbers"] == {cpr}
    assert found["birth dates"] == {"1989-07-11"}
    assert {"anne mette hansen", "mette hansen"} <= found["full names"]


def test_the_tally_finds_an_acknowledged_answer_the_server_did_not_keep() -> None:
    runs = [{"answers": [[7, "q8", "w1-1", 10, 20], [7, "q8", "w1-2", 30, 40]], "saves": []}]
    assert bench.tally_answers(runs, {(7, "q8"): "w1-2"}) == {
        "kept": 1,
        "superseded": 1,
        "lost": 0,
    }
    assert bench.tally_answers(runs, {(7, "q8"): "w1-1"})["lost"] == 1  # the later one
    assert bench.tally_answers(runs, {})["lost"] == 1
    racing = [{"answers": [[7, "q8", "a", 10, 50], [7, "q8", "b", 20, 40]], "saves": []}]
    assert bench.tally_answers(racing, {(7, "q8"): "a"})["lost"] == 0  # either may be last
    assert bench.tally_answers(racing, {(7, "q8"): "c"})["lost"] == 2


def test_the_tally_finds_a_person_save_the_server_did_not_keep() -> None:
    runs = [{"answers": [], "saves": [[3, 2, "x", 1, 2], [3, 3, "y", 3, 4]]}]
    assert bench.tally_saves(runs, {3: (3, "y")}) == 0
    assert bench.tally_saves(runs, {3: (3, "x")}) == 1  # the newest save's value is not there
    assert bench.tally_saves(runs, {3: (2, "x")}) == 1  # a version the server never made
    twice = [{"answers": [], "saves": [[3, 2, "x", 1, 2], [3, 2, "y", 3, 4]]}]
    assert bench.tally_saves(twice, {3: (2, "y")}) == 2  # one version claimed by two saves


@pytest.mark.slow
def test_the_quick_run_measures_writes_and_scans(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    options, _ = bench.options_from(
        ["--quick", "--screenings", "200", "--seconds", "2", "--writers", "2",
         "--samples", "3", "--slow", "1", "--rounds", "1"]
    )  # fmt: skip
    summary = bench.run(options, pg_cluster)
    out = capsys.readouterr().out
    assert "year statistics" in out
    assert "canary hits" in out
    assert summary["build chains"] == {"file": True, "socket": True}
    same = {key: equal for key, equal in summary["measured"].items() if key.endswith(" same")}
    assert same
    assert all(same.values()), same
    writers = summary["writers"]
    assert writers["answers"] > 0
    assert writers["lost"] == 0
    assert writers["saves_lost"] == 0
    assert writers["errors"] == {}
    assert writers["intact"]
    assert writers["audit_ok"] == writers["answers"]
    scan = summary["scan"]
    assert scan["canaries"]
    assert all(count == 0 for count in scan["canaries"].values()), scan["canaries"]
    assert all(found == 0 for found, _ in scan["bulk"].values()), scan["bulk"]
