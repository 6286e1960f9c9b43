"""The machine settings file: validated, every problem at its file:line, registry over file."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.machine.location import LINUX_PATH, machine_config_path
from screening_app.machine.model import KEYS
from screening_app.machine.reader import (
    REGISTRY_KEY,
    MachineConfigError,
    key_lines,
    read_machine_config,
)

FULL = """\
# TrygStart: machine-wide settings (set by clinic IT)
data_folder = "/srv/trygstart"
language = "en"

idle_lock_max_minutes = 10
services_file = "/etc/trygstart/services.yaml"
backup_folder = "/mnt/backup/trygstart"
allow_self_complete = false
allow_save_pdf = false
allow_training = true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "trygstart.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_file_is_read_with_the_line_of_every_key(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    config = read_machine_config(path, registry=lambda: None)
    s = config.settings
    assert s.data_folder == "/srv/trygstart"
    assert s.language == "en"
    assert s.idle_lock_max_minutes == 10
    assert (s.allow_self_complete, s.allow_save_pdf, s.allow_training) == (False, False, True)
    assert config.place("language") == f"{path}:3"
    assert config.place("idle_lock_max_minutes") == f"{path}:5"
    assert config.read_from == (str(path),)
    limits = config.limits()
    assert limits.idle_max_minutes == 10
    assert limits.save_pdf is False
    assert limits.place("save_pdf") == f"{path}:9"


def test_a_missing_file_sets_nothing(tmp_path: Path) -> None:
    config = read_machine_config(tmp_path / "absent.toml", registry=lambda: None)
    assert config.settings.model_dump() == dict.fromkeys(KEYS)
    assert config.read_from == ()


def test_every_problem_is_reported_at_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'language = "fr"\n\nidle_lock_max_minutes = 0\ndata_folder = "relative/dir"\n'
        'allow_save_pdf = "no"\nallow_selfcomplete = true\n',
    )
    with pytest.raises(MachineConfigError) as raised:
        read_machine_config(path, registry=lambda: None)
    lines = [str(e) for e in raised.value.errors]
    assert f"{path}:1: language: must be one of: 'da' or 'en'" in lines
    assert f"{path}:3: idle_lock_max_minutes: must be at least 1" in lines
    absolute = f"{path}:4: data_folder: must be an absolute path"
    assert any(line.startswith(absolute) for line in lines)
    assert f"{path}:5: allow_save_pdf: must be true or false" in lines
    hint = "unknown key; did you mean 'allow_self_complete'?"
    assert f"{path}:6: allow_selfcomplete: {hint}" in lines
    assert len(lines) == 5


def test_a_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, 'language = "da"\nidle_lock_max_minutes = = 5\n')
    with pytest.raises(MachineConfigError) as raised:
        read_machine_config(path, registry=lambda: None)
    (error,) = raised.value.errors
    assert (error.path, error.line) == (str(path), 2)
    assert error.col > 0
    assert "is not valid TOML" in error.message


def test_a_table_is_an_unknown_key_at_its_header(tmp_path: Path) -> None:
    path = write(tmp_path, 'language = "da"\n\n[paths]\ndata = "/x"\n')
    with pytest.raises(MachineConfigError) as raised:
        read_machine_config(path, registry=lambda: None)
    (error,) = raised.value.errors
    assert (error.line, error.where) == (3, "paths")
    assert error.message.startswith("unknown key")


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "trygstart.toml"
    path.write_bytes(b'language = "da"\ndata_folder = "/srv/tr\xf8gstart"\n')
    with pytest.raises(MachineConfigError) as raised:
        read_machine_config(path, registry=lambda: None)
    assert raised.value.errors[0].line == 2
    assert "UTF-8" in raised.value.errors[0].message


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "trygstart.toml"
    path.write_bytes(b'\xef\xbb\xbflanguage = "da"\n')
    assert read_machine_config(path, registry=lambda: None).settings.language == "da"


def test_a_folder_in_place_of_the_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "trygstart.toml").mkdir()
    with pytest.raises(MachineConfigError, match="cannot be read"):
        read_machine_config(tmp_path / "trygstart.toml", registry=lambda: None)


def test_registry_values_override_the_file_key_by_key(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    registry = {
        "language": "da",
        "allow_save_pdf": 1,
        "idle_lock_max_minutes": "15",
        "backup_folder": "",  # an MSI property not given: not set, the file's value stays
    }
    config = read_machine_config(path, registry=lambda: registry)
    s = config.settings
    assert (s.language, s.allow_save_pdf, s.idle_lock_max_minutes) == ("da", True, 15)
    assert s.data_folder == "/srv/trygstart"
    assert s.backup_folder == "/mnt/backup/trygstart"
    assert config.place("language") == f"{REGISTRY_KEY}\\language"
    assert config.place("data_folder") == f"{path}:2"
    assert config.read_from == (str(path), REGISTRY_KEY)


def test_a_wrong_registry_value_is_named_by_its_registry_path(tmp_path: Path) -> None:
    registry = {"allow_training": 7, "langauge": "da"}
    with pytest.raises(MachineConfigError) as raised:
        read_machine_config(tmp_path / "absent.toml", registry=lambda: registry)
    lines = sorted(str(e) for e in raised.value.errors)
    assert lines == [
        f"{REGISTRY_KEY}\\allow_training: allow_training: must be true or false",
        f"{REGISTRY_KEY}\\langauge: langauge: unknown key; did you mean 'language'?",
    ]


def test_where_the_file_is_looked_for() -> None:
    assert machine_config_path({}, "linux") == LINUX_PATH
    assert machine_config_path({"ProgramData": "D:\\PD"}, "win32") == Path(
        "D:\\PD", "TrygStart", "trygstart.toml"
    )
    assert machine_config_path({"TRYGSTART_MACHINE_CONFIG": "/tmp/x.toml"}, "win32") == Path(
        "/tmp/x.toml"
    )


def test_key_lines_skips_multiline_strings_and_tables() -> None:
    text = 'a = 1\nb = """\nc = 2\n"""\n"d" = 3\n[t]\ne = 4\n'
    assert key_lines(text) == {"a": 1, "b": 2, "d": 5, "t": 6}


def test_the_shipped_example_file_is_valid_and_sets_nothing() -> None:
    """packaging/trygstart.toml is the .deb's conffile and the README's example."""
    shipped = Path(__file__).resolve().parents[2] / "packaging" / "trygstart.toml"
    config = read_machine_config(shipped, registry=lambda: None)
    assert config.settings.model_dump() == dict.fromkeys(KEYS)
    text = shipped.read_text(encoding="utf-8")
    for key in KEYS:
        assert f"# {key} = " in text, key


SERVER = """\
server_host = "db.region.local"
server_port = 5433
server_database = "trygstart"
server_role = "trygstart_jmc"
server_ca_file = "/etc/trygstart/region-ca.pem"
server_client_cert = "/etc/trygstart/ws.crt"
server_client_key = "/etc/trygstart/ws.key"
"""


def test_a_clinic_server_is_named_without_a_password(tmp_path: Path) -> None:
    from screening_app.services.backend import server_settings

    s = read_machine_config(write(tmp_path, SERVER), registry=lambda: None).settings
    assert s.on_server
    server = server_settings(s)
    assert (server.host, server.port, server.database, server.user) == (
        "db.region.local",
        5433,
        "trygstart",
        "trygstart_jmc",
    )
    assert str(server.sslrootcert) == "/etc/trygstart/region-ca.pem"
    assert server.sslmode == "verify-full"
    assert server_settings(read_machine_config(write(tmp_path, FULL)).settings) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (SERVER + 'server_password = "hemmelig"\n', "no password in a settings file"),
        (SERVER.replace('server_ca_file = "/etc/trygstart/region-ca.pem"\n', ""), "CA file"),
        (SERVER.replace('server_role = "trygstart_jmc"\n', ""), "server_role"),
        (SERVER.replace('server_client_key = "/etc/trygstart/ws.key"\n', ""), "go together"),
        (SERVER.replace("5433", "70000"), "server_port"),
    ],
)
def test_an_unsafe_or_incomplete_server_is_refused(tmp_path: Path, text: str, said: str) -> None:
    with pytest.raises(MachineConfigError) as caught:
        read_machine_config(write(tmp_path, text), registry=lambda: None)
    assert said in str(caught.value)
    assert "hemmelig" not in str(caught.value)


def test_a_local_socket_needs_no_tls(tmp_path: Path) -> None:
    text = 'server_host = "/run/postgresql"\nserver_database = "t"\nserver_role = "r"\n'
    s = read_machine_config(write(tmp_path, text), registry=lambda: None).settings
    assert s.on_server
    assert s.server_ca_file is None
