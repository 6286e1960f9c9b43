"""What only the embedded file can do (backups, restore, rekey, the nightly snapshot).

On a clinic server these are the server administrators' tools (pg_dump, their backups, their
access log): the app refuses them there in one sentence (``StorageError("not-on-server")``).
"""

from __future__ import annotations

from screening_app.storage.database import Database
from screening_app.storage.errors import StorageError
from screening_app.storage.interface import KeyVault, Store
from screening_app.storage.vault import Vault


def embedded_database(store: Store) -> Database:
    if isinstance(store, Database):
        return store
    raise StorageError("not-on-server")


def embedded_vault(vault: KeyVault) -> Vault:
    if isinstance(vault, Vault):
        return vault
    raise StorageError("not-on-server")
