"""Fixtures shared by the storage and services tests: a fake clock, cheap keys, a clinic."""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from screening_app.domain.instrument import Instrument
from screening_app.instruments.yaml_format import load_instrument
from screening_app.services.accounts import Accounts, Setup
from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.passwords import PasswordPolicy
from screening_app.storage.pins import PinHasher
from screening_app.storage.vault import Vault

REPO = Path(__file__).resolve().parents[2]
ADMIN = "anna"
ADMIN_PASSWORD = "kaffe og kanelsnegle klokken ti"
CLINIC = "Jordemoderklinikken Nord"
BLOCKED = ("passwordpassword", "123456789012345", "qwertyuiopasdfgh")


class FakeClock:
    """A clock the test moves by hand (aware UTC)."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def small_blocklist(directory: Path) -> Path:
    path = directory / "blocked.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(BLOCKED) + "\n")
    return path


def minimal_instrument() -> Instrument:
    return load_instrument(REPO / "tests" / "data" / "minimal.yaml")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path, clock: FakeClock) -> Vault:
    return Vault(data_dir, clock=clock, kdf_params=TEST_PARAMS)


@pytest.fixture
def policy(tmp_path: Path) -> PasswordPolicy:
    return PasswordPolicy(small_blocklist(tmp_path))


@pytest.fixture
def accounts(vault: Vault, clock: FakeClock, policy: PasswordPolicy) -> Accounts:
    return Accounts(vault, clock=clock, policy=policy, pins=PinHasher(TEST_PARAMS))


@pytest.fixture
def setup(accounts: Accounts) -> Iterator[Setup]:
    created = accounts.setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    yield created
    created.session.logout()


@pytest.fixture
def instrument() -> Instrument:
    return minimal_instrument()
