"""Staff accounts in the database (their keys are in the key file, by tag)."""

from __future__ import annotations

from typing import Any

from screening_app.storage.connection import Connection
from screening_app.storage.records import User

_COLUMNS = "id, username, display_name, title, role, active, pin_hash"


def normalise_username(username: str) -> str:
    return username.strip().casefold()


class UserRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

    def add(self, username: str, display_name: str, title: str, role: str) -> int:
        cursor = self._c.execute(
            "INSERT INTO users (username, display_name, title, role, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (normalise_username(username), display_name, title, role, self._now),
        )
        return int(cursor.lastrowid)

    def by_name(self, username: str) -> User | None:
        row = self._c.execute(
            f"SELECT {_COLUMNS} FROM users WHERE username = ?", (normalise_username(username),)
        ).fetchone()
        return None if row is None else _user(row)

    def get(self, user_id: int) -> User | None:
        row = self._c.execute(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
        return None if row is None else _user(row)

    def all(self) -> list[User]:
        return [_user(row) for row in self._c.execute(f"SELECT {_COLUMNS} FROM users ORDER BY id")]

    def disable(self, user_id: int) -> None:
        self._c.execute(
            "UPDATE users SET active = 0, disabled_at = ?, pin_hash = NULL WHERE id = ?",
            (self._now, user_id),
        )

    def set_pin_hash(self, user_id: int, pin_hash: str | None) -> None:
        self._c.execute("UPDATE users SET pin_hash = ? WHERE id = ?", (pin_hash, user_id))


def _user(row: tuple[Any, ...]) -> User:
    return User(
        id=row[0],
        username=row[1],
        display_name=row[2],
        title=row[3],
        role=row[4],
        active=bool(row[5]),
        pin_hash=row[6],
    )
