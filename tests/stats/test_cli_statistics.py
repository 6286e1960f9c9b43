"""``screening-app admin statistics``: a leader's CSV is the screen's report, cell for cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from screening_app.instruments.catalog import load_catalog
from screening_app.services.accounts import Accounts
from screening_app.services.statistics.csv_export import report_csv
from screening_app.services.statistics.service import StatisticsService
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.vault import Vault
from tests.services.cli_support import BO_PASSWORD, PASSWORD, cheap_keys, init_clinic, run
from tests.stats.world import CANARY_CPRS, CANARY_NAMES, fill
from tests.storage.helpers import FakeClock, minimal_instrument, small_blocklist


def test_a_leader_exports_the_same_suppressed_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cheap_keys(monkeypatch, tmp_path)
    data = tmp_path / "data"
    init_clinic(capsys, monkeypatch, data)
    code, _, err = run(
        capsys, monkeypatch,
        ["add-user", "lea", "--role", "leader", "--admin", "anna", "--data-dir", str(data)],
        f"{PASSWORD}\n{BO_PASSWORD}\n",
    )  # fmt: skip
    assert (code, err) == (0, "")
    clock = FakeClock(dt.datetime.now(dt.UTC))
    accounts = Accounts(
        Vault(data, clock=clock, kdf_params=TEST_PARAMS), clock=clock,
        policy=PasswordPolicy(small_blocklist(tmp_path)), pins=PinHasher(TEST_PARAMS),
    )  # fmt: skip
    session = accounts.login("anna", PASSWORD)
    fill(session, minimal_instrument(), clock)
    first, last = clock.now.date().replace(day=1), clock.now.date()
    expected = report_csv(
        StatisticsService(session, [*load_catalog().every_version(), minimal_instrument()])
        .report(first, last), "da",
    )  # fmt: skip
    session.logout()
    out = tmp_path / "stats.csv"
    args = ["statistics", "--from", first.isoformat(), "--to", last.isoformat()]
    code, printed, err = run(
        capsys, monkeypatch,
        [*args, "--csv", str(out), "--user", "lea", "--data-dir", str(data)],
        f"{BO_PASSWORD}\n",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "stats.csv" in printed
    written = out.read_bytes().decode("utf-8")
    assert written == expected
    for canary in (*CANARY_NAMES, *CANARY_CPRS):
        assert canary not in written
    # An existing file is never overwritten; a clinician may not export.
    code, _, err = run(
        capsys, monkeypatch,
        [*args, "--csv", str(out), "--user", "lea", "--data-dir", str(data)],
        f"{BO_PASSWORD}\n",
    )  # fmt: skip
    assert code == 1
    assert "stats.csv" in err
    pdf = tmp_path / "stats.pdf"
    code, _, err = run(
        capsys, monkeypatch,
        [*args, "--pdf", str(pdf), "--user", "lea", "--data-dir", str(data), "--lang", "en"],
        f"{BO_PASSWORD}\n",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert pdf.read_bytes().startswith(b"%PDF")
