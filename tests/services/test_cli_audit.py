"""``screening-app admin verify-audit`` and ``audit-anchor`` (issue 10 section 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import screening_app.cli.admin as admin_cli
from tests.services.cli_support import PASSWORD, cheap_keys, init_clinic, run
from tests.storage.test_audit_anchor import rewrite_from


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cheap_keys(monkeypatch, tmp_path)


def test_verify_prints_the_head_and_an_anchor_catches_a_rewrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "clinic"
    init_clinic(capsys, monkeypatch, data)
    admin = ["--data-dir", str(data), "--admin", "anna"]
    code, out, err = run(capsys, monkeypatch, ["verify-audit", *admin], PASSWORD + "\n")
    assert (code, err) == (0, "")
    assert out.startswith("intact, ")
    assert " at 20" in out  # the head's time, e.g. "head 3f… at 2026-…"
    anchor = tmp_path / "usb" / "anchor.json"
    anchor.parent.mkdir()
    code, out, err = run(
        capsys, monkeypatch, ["audit-anchor", str(anchor), *admin], PASSWORD + "\n"
    )
    assert (code, err) == (0, "")
    assert out.startswith("Anker for post ")
    document = json.loads(anchor.read_text())
    assert document["hash"] in out
    code, out, err = run(
        capsys, monkeypatch, ["verify-audit", "--anchor", str(anchor), *admin], PASSWORD + "\n"
    )
    assert (code, err) == (0, "")
    assert "Logkæden passer til ankeret" in out
    session = admin_cli._accounts(data).login("anna", PASSWORD)
    rewrite_from(session.database.connection, 2)
    session.logout()
    code, out, err = run(
        capsys, monkeypatch, ["verify-audit", "--anchor", str(anchor), *admin], PASSWORD + "\n"
    )
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Logkæden passer ikke til ankeret: post ")
    assert lines[1].startswith("The audit trail does not match the anchor: entry ")
