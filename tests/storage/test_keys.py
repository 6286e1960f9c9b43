"""Key wrapping (security.md checks 10 and 16), the key file, passwords and recovery."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from screening_app.services.accounts import Accounts, Setup
from screening_app.services.admin import AdminService
from screening_app.services.persons import PersonService
from screening_app.storage import kdf, wrapping
from screening_app.storage.connection import open_connection
from screening_app.storage.errors import StorageError
from screening_app.storage.kdf import DEFAULT_PARAMS, TEST_PARAMS, measure_ms
from screening_app.storage.keyfile import read_keyfile
from screening_app.storage.vault import Vault
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD

OTHER_PASSWORD = "en helt anden lang adgangskode"


def test_production_parameters_meet_the_floor() -> None:
    """Calibrated on this machine: 128 MiB, t >= 3, p <= the cores (security.md check 16)."""
    assert DEFAULT_PARAMS.calibrated
    assert DEFAULT_PARAMS.memory_kib == 128 * 1024
    made = DEFAULT_PARAMS.resolved()
    assert made.memory_kib >= 64 * 1024
    assert made.iterations >= 3
    assert made.meets_floor()
    assert 1 <= made.parallelism <= min(4, kdf.usable_cores())
    assert kdf.SALT_BYTES >= 16
    assert not TEST_PARAMS.meets_floor()


@pytest.mark.parametrize(
    ("cores", "probe_ms", "iterations", "parallelism"),
    [
        (2, 150.0, 8, 2),  # 50 ms a pass: 8 passes for 400 ms
        (2, 600.0, 3, 2),  # slow (or busy): never below t = 3
        (8, 15.0, 10, 4),  # fast: never above t = 10, never more than 4 lanes
        (1, 300.0, 4, 1),
    ],
)
def test_calibration_matches_the_cores_and_keeps_the_floor_and_ceiling(
    monkeypatch: pytest.MonkeyPatch,
    cores: int,
    probe_ms: float,
    iterations: int,
    parallelism: int,
) -> None:
    monkeypatch.setattr(kdf, "usable_cores", lambda: cores)
    probes: list[kdf.Argon2Params] = []

    def measure(params: kdf.Argon2Params) -> float:
        probes.append(params)
        return probe_ms

    made = kdf.calibrate(measure=measure)
    assert made == kdf.Argon2Params(128 * 1024, iterations, parallelism)
    assert probes == [kdf.Argon2Params(128 * 1024, 3, parallelism)]  # one probe, at t = 3
    assert made.meets_floor()


def test_each_key_opens_with_its_own_parameters_and_a_new_password_recalibrates(
    tmp_path: Path, clock: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = kdf.Argon2Params(64, 2, 4)  # as an older key file recorded them (t = 6, p = 4 then)
    vault = Vault(tmp_path / "d", clock=clock, kdf_params=old)  # type: ignore[arg-type]
    vault.create("anna", ADMIN_PASSWORD).database.close()
    calibrated = kdf.Argon2Params(64, 1, 2)  # what this machine would choose now (cheap here)
    monkeypatch.setattr(kdf, "calibrate", lambda memory_kib: calibrated)
    now = Vault(tmp_path / "d", clock=clock, kdf_params=kdf.Argon2Params(64, 0, 0))  # type: ignore[arg-type]
    now.unlock("anna", ADMIN_PASSWORD).close()  # the recorded t = 2, p = 4 open it
    assert read_keyfile(now.keyfile_path).users[0].kdf.parallelism == 4
    now.change_password("anna", ADMIN_PASSWORD, OTHER_PASSWORD)
    recorded = read_keyfile(now.keyfile_path).users[0].kdf
    assert (recorded.iterations, recorded.parallelism) == (1, 2)
    now.unlock("anna", OTHER_PASSWORD).close()


def test_keyfile_records_parameters_and_is_private(tmp_path: Path, clock: object) -> None:
    vault = Vault(tmp_path / "d", clock=clock, kdf_params=DEFAULT_PARAMS)  # type: ignore[arg-type]
    created = vault.create("anna", ADMIN_PASSWORD)
    created.database.close()
    raw = json.loads(vault.keyfile_path.read_text())
    assert raw["format"] == "trygstart-keyfile"
    assert raw["version"] == 1
    user_kdf = raw["users"][0]["kdf"]
    assert user_kdf["algorithm"] == "argon2id"
    assert user_kdf["memoryKib"] >= 65536
    assert user_kdf["iterations"] >= 3
    assert len(wrapping.unb64(user_kdf["salt"])) >= 16
    assert user_kdf["measuredMs"] > 0  # the derivation's own time on this machine
    assert stat.S_IMODE(vault.keyfile_path.stat().st_mode) == 0o600
    assert [p.name for p in vault.data_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_measured_derivation_time_is_reported() -> None:
    assert measure_ms(TEST_PARAMS, repeats=1) >= 0


def test_unwrapped_key_is_never_on_disk(setup: Setup, vault: Vault) -> None:
    key = setup.session.database.key_copy()
    setup.session.logout()
    for path in vault.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert bytes(key) not in data
            assert bytes(key).hex().encode() not in data
            assert bytes(key).hex().upper().encode() not in data


def test_wrong_password_and_unknown_user_give_one_answer(
    setup: Setup, accounts: Accounts, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup.session.logout()
    calls: list[str] = []
    real = wrapping.derive_key

    def counting(secret: bytes | bytearray, salt: bytes, params: kdf.Argon2Params) -> bytearray:
        calls.append("derive")
        return real(secret, salt, params)

    monkeypatch.setattr(wrapping, "derive_key", counting)
    messages = []
    for user in (ADMIN, "nobody-here"):
        with pytest.raises(StorageError) as error:
            accounts.login(user, "not the password at all")
        messages.append(error.value.message("da"))
    assert messages[0] == messages[1] == "Forkert brugernavn eller adgangskode."
    assert calls == ["derive", "derive"]  # the same Argon2id work for both


def test_login_with_any_case_of_user_name(setup: Setup, accounts: Accounts) -> None:
    setup.session.logout()
    session = accounts.login(" ANNA ", ADMIN_PASSWORD)
    assert session.user.username == "anna"
    session.logout()


def test_password_change_rewraps_without_touching_the_data(
    setup: Setup, accounts: Accounts, vault: Vault
) -> None:
    setup.session.logout()
    before = vault.database_path.read_bytes()
    session = accounts.login(ADMIN, ADMIN_PASSWORD)
    key_before = session.database.key_copy()
    session.change_password(ADMIN_PASSWORD, OTHER_PASSWORD)
    session.logout()
    with pytest.raises(StorageError):
        accounts.login(ADMIN, ADMIN_PASSWORD)
    session = accounts.login(ADMIN, OTHER_PASSWORD)
    assert session.database.key_copy() == key_before
    session.logout()
    # Only audit entries were added: the first page (and the key) are the same.
    assert vault.database_path.read_bytes()[:4096] == before[:4096]


def test_recovery_key_opens_and_resets_a_password(setup: Setup, accounts: Accounts) -> None:
    recovery = setup.recovery_key
    setup.session.logout()
    with pytest.raises(StorageError) as wrong:
        accounts.recover("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert wrong.value.code == "wrong-recovery-key"
    with pytest.raises(StorageError):
        accounts.recover("not a key")
    session = accounts.recover(recovery.lower().replace("-", " "))
    with pytest.raises(StorageError) as refused:
        PersonService(session).search_by_name("anyone")
    assert refused.value.code == "not-permitted"
    AdminService(session).reset_password(ADMIN, OTHER_PASSWORD)
    session.logout()
    accounts.login(ADMIN, OTHER_PASSWORD).logout()
    with pytest.raises(StorageError):
        accounts.login(ADMIN, ADMIN_PASSWORD)


def test_disabled_user_cannot_log_in_and_loses_the_key_after_rekey(
    setup: Setup, accounts: Accounts, vault: Vault, tmp_path: Path
) -> None:
    admin = AdminService(setup.session)
    admin.add_user("bo", OTHER_PASSWORD, display_name="Bo Berg")
    old_keyfile = vault.keyfile_path.read_bytes()
    old_key = setup.session.database.key_copy()
    admin.disable_user("bo")
    admin.rekey()
    new_key = setup.session.database.key_copy()
    assert new_key != old_key
    setup.session.logout()
    with pytest.raises(StorageError) as error:
        accounts.login("bo", OTHER_PASSWORD)
    assert error.value.code == "wrong-credentials"
    # Bo kept a copy of the old key file: it still yields only the old key, which opens nothing.
    with pytest.raises(StorageError):
        open_connection(vault.database_path, old_key)
    copy = tmp_path / "copy.keys"
    copy.write_bytes(old_keyfile)
    assert read_keyfile(copy).user(vault.tag_of("bo")) is not None
    connection = open_connection(vault.database_path, new_key)
    connection.close()
    accounts.login(ADMIN, ADMIN_PASSWORD).logout()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "keyfile-missing"),
        (b"", "keyfile-corrupt"),
        (b"{not json", "keyfile-corrupt"),
        (b'{"format": "trygstart-keyfile", "version": 99}', "keyfile-newer"),
        (b'{"format": "trygstart-keyfile", "version": 1}', "keyfile-corrupt"),
        (b"\xff\xfe", "keyfile-corrupt"),
    ],
)
def test_bad_keyfile_is_one_sentence_and_nothing_changes(
    setup: Setup, accounts: Accounts, vault: Vault, content: bytes | None, code: str
) -> None:
    setup.session.logout()
    if content is None:
        vault.keyfile_path.unlink()
    else:
        vault.keyfile_path.write_bytes(content)
    before = vault.database_path.read_bytes()
    with pytest.raises(StorageError) as error:
        accounts.login(ADMIN, ADMIN_PASSWORD)
    assert error.value.code == code
    assert vault.database_path.read_bytes() == before
    if content is not None:
        assert vault.keyfile_path.read_bytes() == content


def test_tampered_wrap_is_refused(setup: Setup, accounts: Accounts, vault: Vault) -> None:
    setup.session.logout()
    raw = json.loads(vault.keyfile_path.read_text())
    sealed = raw["users"][0]["privateKey"]
    data = bytearray(wrapping.unb64(sealed["ciphertext"]))
    data[0] ^= 1
    sealed["ciphertext"] = wrapping.b64(data)
    vault.keyfile_path.write_text(json.dumps(raw))
    with pytest.raises(StorageError) as error:
        accounts.login(ADMIN, ADMIN_PASSWORD)
    assert error.value.code == "wrong-credentials"


def test_key_material_is_wiped_on_logout(setup: Setup) -> None:
    database = setup.session.database
    held = database._key  # the bytearray the database holds
    assert held is not None
    assert any(held)
    setup.session.logout()
    assert held == bytearray(32)
    assert not database.is_open
