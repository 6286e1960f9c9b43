"""The machine settings choose the clinic's server: the command line and the application open
the same storage there, and the data folder keeps no record.

IT provisions the server (roles, schema, the clinic's role), points the workstation's machine
settings at it (``server_*`` keys, no password) and runs ``screening-app admin init`` once;
every workstation with the same settings then logs in to the same record.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from screening_app.machine.model import MachineSettings
from screening_app.machine.reader import read_machine_config
from screening_app.services.backend import open_vault
from screening_app.services.persons import PersonService
from screening_app.storage.records import PersonData
from screening_app.storage.server.vault import ServerVault
from screening_app.storage.vault import DATABASE_NAME
from tests.pgcluster import Cluster
from tests.services.cli_support import BO_PASSWORD, PASSWORD, cheap_keys, run
from tests.storage.backends import DATABASE, new_clinic


def _machine_file(folder: Path, cluster: Cluster) -> tuple[Path, str]:
    """A machine settings file naming a new clinic's role on the test server (its socket)."""
    settings = new_clinic(cluster)
    path = folder / "trygstart.toml"
    path.write_text(
        f'server_host = "{settings.host}"\nserver_port = {settings.port}\n'
        f'server_database = "{DATABASE}"\nserver_role = "{settings.user}"\n',
        encoding="utf-8",
    )
    return path, settings.user


@pytest.fixture
def on_server(
    pg_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    """(the data folder, the machine settings file) of a workstation set up for the server."""
    path, _ = _machine_file(tmp_path, pg_cluster)
    monkeypatch.setenv("TRYGSTART_MACHINE_CONFIG", str(path))
    cheap_keys(monkeypatch, tmp_path)
    data = tmp_path / "data"
    return data, path


def test_the_machine_settings_open_the_servers_vault(
    on_server: tuple[Path, Path], tmp_path: Path
) -> None:
    data, _ = on_server
    machine = read_machine_config().settings
    assert machine.on_server
    assert isinstance(open_vault(data, machine, clock=lambda: None), ServerVault)
    assert not isinstance(open_vault(data, MachineSettings(), clock=lambda: None), ServerVault)


def test_admin_commands_work_on_the_server_and_leave_no_file(
    on_server: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data, _ = on_server
    folder = ["--data-dir", str(data)]
    code, out, err = run(
        capsys,
        monkeypatch,
        ["init", *folder, "--clinic", "Jordemodercentret", "--admin", "anna", "--password-stdin"],
        PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    recovery = out.strip().splitlines()[-1]
    created = out.splitlines()[0]  # names the server and its database, not the folder
    assert created.endswith(f"/{DATABASE}")
    assert str(data) not in created
    assert len(recovery.replace("-", "")) == 32
    add = ["add-user", "bo", *folder, "--admin", "anna"]
    assert run(capsys, monkeypatch, add, f"{PASSWORD}\n{BO_PASSWORD}\n")[0] == 0
    code, out, _ = run(capsys, monkeypatch, ["check", *folder, "--admin", "anna"], PASSWORD + "\n")
    assert code == 0
    assert "intact" in out
    assert out.startswith("klinik / clinic: Jordemodercentret, id ")
    verify = ["verify-audit", *folder, "--admin", "anna"]
    code, out, _ = run(capsys, monkeypatch, verify, PASSWORD + "\n")
    assert (code, out.split(",")[0]) == (0, "intact")
    # What is the server administrators' is refused in one sentence, and nothing is written.
    backup = ["backup", str(tmp_path / "backup"), *folder, "--admin", "anna"]
    code, _, err = run(capsys, monkeypatch, backup, PASSWORD + "\n")
    assert code == 1
    assert "IT" in err
    assert not (tmp_path / "backup").exists()
    # The record is on the server: no database or key file in the data folder.
    assert not (data / DATABASE_NAME).exists()
    assert not (data / (DATABASE_NAME + ".keys")).exists()


def test_the_application_logs_in_to_the_server(
    on_server: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    make_server_clinic: Callable[[Path], Any],
) -> None:
    data, _ = on_server
    init = ["init", "--data-dir", str(data), "--clinic", "K", "--admin", "anna", "--password-stdin"]
    assert run(capsys, monkeypatch, init, PASSWORD + "\n")[0] == 0
    clinic = make_server_clinic(data)
    clinic.machine = read_machine_config()
    # The first screen is the login (the clinic is on the server, not in the folder).
    assert clinic.database_exists()
    session = clinic.accounts().login("anna", PASSWORD)
    try:
        person = PersonService(session).create(PersonData(name="Else Server", role="other"))
        assert [s.id for s in PersonService(session).search_by_name("else")] == [person.id]
    finally:
        session.logout()
    # A second workstation with the same settings finds her.
    again = make_server_clinic(data)
    again.machine = read_machine_config()
    session = again.accounts().login("anna", PASSWORD)
    try:
        assert [s.name for s in PersonService(session).search_by_name("else ser")] == [
            "Else Server"
        ]
    finally:
        session.logout()


@pytest.fixture
def make_server_clinic(tmp_path: Path) -> Callable[[Path], Any]:
    from screening_app.app import make_clinic
    from screening_app.storage.kdf import TEST_PARAMS
    from tests.storage.helpers import small_blocklist

    blocklist = small_blocklist(tmp_path)

    def make(data: Path) -> Any:
        return make_clinic(
            data,
            kdf_params=TEST_PARAMS,
            pin_params=TEST_PARAMS,
            blocklist=blocklist,
            on_server=True,
            instruments={},
        )

    return make
