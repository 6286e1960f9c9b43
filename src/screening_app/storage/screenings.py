"""Screenings and their answers (SQL only). Each answer is one row, written when given."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from screening_app.storage.connection import Connection
from screening_app.storage.records import Screening, StoredAnswer, date_or_none, iso_or_none

_COLUMNS = (
    "id, person_id, contact_id, clinician_id, version, amends_id, amend_reason, gate,"
    " not_asked_reason, next_ask_date, instrument_id, instrument_version, language,"
    " translation_version, context_json, status, started_at, finalised_at, result_json,"
    " band_id, band_colour, override_band_id, override_reason, consultation_form,"
    " interpreter, presence_json"
)


@dataclass(frozen=True)
class HowAsked:
    """The consultation's form, interpreter and presence record, as the columns hold them."""

    consultation_form: str | None = None
    interpreter: str | None = None
    presence: dict[str, Any] | None = None

    def presence_text(self) -> str | None:
        return None if self.presence is None else to_json(self.presence)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class ScreeningRecords:
    def __init__(self, connection: Connection, now: str) -> None:
        self._c = connection
        self._now = now

    def start(
        self,
        *,
        person_id: int,
        contact_id: int | None,
        clinician_id: int,
        instrument_id: str,
        instrument_version: str,
        language: str,
        translation_version: str,
        context: dict[str, Any],
        amends_id: int | None = None,
        amend_reason: str | None = None,
        version: int = 1,
        how: HowAsked | None = None,
    ) -> int:
        how = how or HowAsked()
        cursor = self._c.execute(
            "INSERT INTO screenings (person_id, contact_id, clinician_id, version, amends_id,"
            " amend_reason, gate, instrument_id, instrument_version, language,"
            " translation_version, context_json, status, started_at, consultation_form,"
            " interpreter, presence_json)"
            " VALUES (?, ?, ?, ?, ?, ?, 'asked', ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)",
            (
                person_id,
                contact_id,
                clinician_id,
                version,
                amends_id,
                amend_reason,
                instrument_id,
                instrument_version,
                language,
                translation_version,
                to_json(context),
                self._now,
                how.consultation_form,
                how.interpreter,
                how.presence_text(),
            ),
        )
        return int(cursor.lastrowid)

    def record_not_asked(
        self,
        *,
        person_id: int,
        contact_id: int | None,
        clinician_id: int,
        reason: str,
        next_ask_date: dt.date | None,
        context: dict[str, Any],
        how: HowAsked | None = None,
    ) -> int:
        how = how or HowAsked()
        cursor = self._c.execute(
            "INSERT INTO screenings (person_id, contact_id, clinician_id, gate, not_asked_reason,"
            " next_ask_date, context_json, status, started_at, finalised_at, consultation_form,"
            " interpreter, presence_json)"
            " VALUES (?, ?, ?, 'not-asked', ?, ?, ?, 'finalised', ?, ?, ?, ?, ?)",
            (
                person_id,
                contact_id,
                clinician_id,
                reason,
                iso_or_none(next_ask_date),
                to_json(context),
                self._now,
                self._now,
                how.consultation_form,
                how.interpreter,
                how.presence_text(),
            ),
        )
        return int(cursor.lastrowid)

    def set_answer(
        self, screening_id: int, link_id: str, value: Any, at: str | None = None
    ) -> None:
        self._c.execute(
            "INSERT INTO answers (screening_id, link_id, value_json, answered_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (screening_id, link_id)"
            " DO UPDATE SET value_json = excluded.value_json, answered_at = excluded.answered_at",
            (screening_id, link_id, to_json(value), at or self._now),
        )

    def take_lease(self, screening_id: int, *, user_id: int, take_over: bool = False) -> None:
        """One workstation holds the file (its instance lock): the screening is this one's."""
        del screening_id, user_id, take_over

    def release_lease(self, screening_id: int) -> None:
        del screening_id

    def clear_answer(self, screening_id: int, link_id: str) -> None:
        self._c.execute(
            "DELETE FROM answers WHERE screening_id = ? AND link_id = ?", (screening_id, link_id)
        )

    def finalise(
        self,
        screening_id: int,
        *,
        result: dict[str, Any],
        band_id: str | None,
        band_colour: str | None,
        next_ask_date: dt.date | None,
        override_band_id: str | None,
        override_reason: str | None,
    ) -> None:
        self._c.execute(
            "UPDATE screenings SET status = 'finalised', finalised_at = ?, result_json = ?,"
            " band_id = ?, band_colour = ?, next_ask_date = ?, override_band_id = ?,"
            " override_reason = ? WHERE id = ? AND status = 'draft'",
            (
                self._now,
                to_json(result),
                band_id,
                band_colour,
                iso_or_none(next_ask_date),
                override_band_id,
                override_reason,
                screening_id,
            ),
        )

    def get(self, screening_id: int) -> Screening | None:
        row = self._c.execute(
            f"SELECT {_COLUMNS} FROM screenings WHERE id = ?", (screening_id,)
        ).fetchone()
        return None if row is None else self._screening(row)

    def for_person(self, person_id: int) -> list[Screening]:
        rows = self._c.execute(
            f"SELECT {_COLUMNS} FROM screenings WHERE person_id = ? ORDER BY started_at, id",
            (person_id,),
        ).fetchall()
        return [self._screening(row) for row in rows]

    def owner(self, screening_id: int) -> tuple[int, str] | None:
        """The screening's person and status (draft / finalised), without its answers."""
        row = self._c.execute(
            "SELECT person_id, status FROM screenings WHERE id = ?", (screening_id,)
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def amended_by(self, screening_id: int) -> int | None:
        row = self._c.execute(
            "SELECT id FROM screenings WHERE amends_id = ?", (screening_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def band_counts(self, start: str, end: str) -> dict[str, int]:
        """Finalised screenings in [start, end) by the instrument's band colour ('not-asked'
        for the gate's no). ``finalised_at`` is set exactly when a screening is finalised."""
        rows = self._c.execute(
            "SELECT coalesce(band_colour, gate), count(*) FROM screenings"
            " WHERE finalised_at >= ? AND finalised_at < ? GROUP BY 1",
            (start, end),
        )
        return {str(key): int(count) for key, count in rows}

    def _answers(self, screening_id: int) -> dict[str, StoredAnswer]:
        rows = self._c.execute(
            "SELECT link_id, value_json, answered_at FROM answers WHERE screening_id = ?",
            (screening_id,),
        )
        return {link: StoredAnswer(json.loads(value), at) for link, value, at in rows}

    def _screening(self, row: tuple[Any, ...]) -> Screening:
        return Screening(
            id=row[0],
            person_id=row[1],
            contact_id=row[2],
            clinician_id=row[3],
            version=row[4],
            amends_id=row[5],
            amend_reason=row[6],
            gate=row[7],
            not_asked_reason=row[8],
            next_ask_date=date_or_none(row[9]),
            instrument_id=row[10],
            instrument_version=row[11],
            language=row[12],
            translation_version=row[13],
            context=json.loads(row[14]),
            status=row[15],
            started_at=row[16],
            finalised_at=row[17],
            result=None if row[18] is None else json.loads(row[18]),
            band_id=row[19],
            band_colour=row[20],
            override_band_id=row[21],
            override_reason=row[22],
            answers=self._answers(row[0]),
            consultation_form=row[23],
            interpreter=row[24],
            presence=None if row[25] is None else json.loads(row[25]),
        )

    def times_asked(self, person_id: int) -> list[tuple[str, str]]:
        """When a person was asked (the gate said yes) and with which instrument, oldest
        first: (started_at, instrument id), nothing of what was answered or found (what a
        linked co-parent's page may show). Amendments are the same asking and are left out."""
        rows = self._c.execute(
            "SELECT started_at, instrument_id FROM screenings WHERE person_id = ?"
            " AND gate = 'asked' AND amends_id IS NULL ORDER BY started_at, id",
            (person_id,),
        )
        return [(str(at), str(instrument)) for at, instrument in rows]
