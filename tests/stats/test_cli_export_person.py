"""``screening-app admin export-person``: her copy in a private new file, reason from stdin."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from screening_app.services.accounts import Accounts
from screening_app.services.persons import PersonService
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.records import PersonData
from screening_app.storage.vault import Vault
from tests.services.cli_support import PASSWORD, cheap_keys, init_clinic, run
from tests.storage.helpers import FakeClock, small_blocklist


def test_export_person_writes_her_copy_privately(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cheap_keys(monkeypatch, tmp_path)
    data = tmp_path / "data"
    init_clinic(capsys, monkeypatch, data)
    clock = FakeClock(dt.datetime.now(dt.UTC))
    accounts = Accounts(
        Vault(data, clock=clock, kdf_params=TEST_PARAMS), clock=clock,
        policy=PasswordPolicy(small_blocklist(tmp_path)), pins=PinHasher(TEST_PARAMS),
    )  # fmt: skip
    session = accounts.login("anna", PASSWORD)
    persons = PersonService(session)
    hers = persons.create(PersonData(name="Hanne Hjortetak", role="new-mother", cpr="1103851234"))
    persons.create(PersonData(name="Olga Odderbo", role="new-mother", cpr="2207924321"))
    session.logout()
    for form in ("json", "fhir", "pdf"):
        out = tmp_path / f"copy.{form}"
        code, printed, err = run(
            capsys, monkeypatch,
            ["export-person", str(hers.id), "--format", form, "-o", str(out), "--user", "anna",
             "--data-dir", str(data)],
            f"{PASSWORD}\nhun bad om en kopi ved besøget\n",
        )  # fmt: skip
        assert (code, err) == (0, ""), err
        assert "not safe to take home" in printed
        assert out.stat().st_mode & 0o777 == 0o600
        content = out.read_bytes()
        assert b"Odderbo" not in content
        if form == "json":
            assert json.loads(content)["person"]["cpr"] == "1103851234"
        if form == "fhir":
            Bundle.model_validate(json.loads(content))
        if form == "pdf":
            assert content.startswith(b"%PDF")
    # Never over an existing file; the reason is required.
    code, _, err = run(
        capsys, monkeypatch,
        ["export-person", str(hers.id), "--format", "json", "-o", str(tmp_path / "copy.json"),
         "--user", "anna", "--data-dir", str(data)],
        f"{PASSWORD}\nigen\n",
    )  # fmt: skip
    assert code == 1
    code, _, err = run(
        capsys, monkeypatch,
        ["export-person", str(hers.id), "--format", "json", "-o", str(tmp_path / "new.json"),
         "--user", "anna", "--data-dir", str(data)],
        f"{PASSWORD}\n\n",
    )  # fmt: skip
    assert code == 1
    assert not (tmp_path / "new.json").exists()
