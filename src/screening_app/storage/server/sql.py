"""Small helpers shared by the server's record stores."""

from __future__ import annotations

from typing import Any

import psycopg

Conn = psycopg.Connection[Any]


def next_id(connection: Conn, table: str) -> int:
    """The id the next row of ``table`` gets, taken first so sealed fields can name their row."""
    row = connection.execute(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id'))", (f"trygstart.{table}",)
    ).fetchone()
    assert row is not None
    return int(row[0])
