"""Screenings and their answers on the server: what was asked and answered is sealed.

In clear stay what the clinic's statistics and the rules need (person, clinician, instrument,
gate, status, band, times); sealed are the context, the result, the reason for not asking, the
amendment's and the override's reasons, how the consultation happened (who was present), and
every answer. A draft screening is answered on one workstation at a time: ``take_lease``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from screening_app.storage.errors import StorageError
from screening_app.storage.records import Screening, StoredAnswer, date_or_none, iso_or_none
from screening_app.storage.screenings import HowAsked
from screening_app.storage.server.fields import FieldCipher
from screening_app.storage.server.sql import Conn, next_id

_COLUMNS = (
    "id, person_id, contact_id, clinician_id, version, amends_id, gate, next_ask_date,"
    " instrument_id, instrument_version, language, translation_version, sealed, status,"
    " started_at, finalised_at, result_sealed, band_id, band_colour, consultation_form,"
    " interpreter"
)
LEASE_SECONDS = 15 * 60


def _where(screening_id: int) -> str:
    return f"screenings/{screening_id}"


class ServerScreenings:
    def __init__(self, connection: Conn, now: str, cipher: FieldCipher, holder: str) -> None:
        self._c = connection
        self._now = now
        self._f = cipher
        self._holder = holder  # this workstation's session (for leases)

    def _insert(self, screening_id: int, columns: dict[str, Any], sealed: dict[str, Any]) -> int:
        columns = {"id": screening_id, **columns}
        columns["sealed"] = self._f.seal_json(sealed, _where(screening_id))
        names = ", ".join(columns)
        marks = ", ".join(["%s"] * len(columns))
        self._c.execute(
            f"INSERT INTO screenings ({names}) VALUES ({marks})", tuple(columns.values())
        )
        return screening_id

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
        if (amends_id is None) != (amend_reason is None):
            raise StorageError("invalid", detail="an amendment needs its reason")
        screening_id = next_id(self._c, "screenings")
        self._insert(
            screening_id,
            {
                "person_id": person_id,
                "contact_id": contact_id,
                "clinician_id": clinician_id,
                "version": version,
                "amends_id": amends_id,
                "gate": "asked",
                "instrument_id": instrument_id,
                "instrument_version": instrument_version,
                "language": language,
                "translation_version": translation_version,
                "status": "draft",
                "started_at": self._now,
                "consultation_form": how.consultation_form,
                "interpreter": how.interpreter,
            },
            {
                "context": context,
                "amend_reason": amend_reason,
                "presence": how.presence,
                "not_asked_reason": None,
            },
        )
        # A new draft is held by the workstation that started it.
        self._lease(screening_id, clinician_id)
        return screening_id

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
        screening_id = next_id(self._c, "screenings")
        return self._insert(
            screening_id,
            {
                "person_id": person_id,
                "contact_id": contact_id,
                "clinician_id": clinician_id,
                "gate": "not-asked",
                "next_ask_date": iso_or_none(next_ask_date),
                "status": "finalised",
                "started_at": self._now,
                "finalised_at": self._now,
                "consultation_form": how.consultation_form,
                "interpreter": how.interpreter,
            },
            {
                "context": context,
                "amend_reason": None,
                "presence": how.presence,
                "not_asked_reason": reason,
            },
        )

    # ------------------------------------------------------------------- leases
    def take_lease(self, screening_id: int, *, user_id: int, take_over: bool = False) -> None:
        """Answer this draft here: refused (``screening-in-use``) while another workstation
        holds a lease that has not run out, unless taken over explicitly."""
        self._refuse_if_held_elsewhere(screening_id, lock_only=take_over)
        self._lease(screening_id, user_id)

    def _refuse_if_held_elsewhere(self, screening_id: int, *, lock_only: bool = False) -> None:
        """Lock the screening's lease row until this transaction ends (a take-over and an
        answer wait for each other), and refuse (``screening-in-use``, naming who and until
        when) while another workstation holds a lease that has not run out."""
        row = self._c.execute(
            "SELECT l.holder, coalesce(u.display_name, '?'), l.expires_at,"
            " l.expires_at > clock_timestamp() FROM screening_leases l"
            " LEFT JOIN users u ON u.id = l.user_id WHERE l.screening_id = %s FOR UPDATE OF l",
            (screening_id,),
        ).fetchone()
        if not lock_only and row is not None and row[0] != self._holder and row[3]:
            raise StorageError(
                "screening-in-use", who=row[1], until=row[2].astimezone().strftime("%H:%M")
            )

    def _lease(self, screening_id: int, user_id: int) -> None:
        self._c.execute(
            "INSERT INTO screening_leases (screening_id, holder, user_id, expires_at)"
            " VALUES (%s, %s, %s, clock_timestamp() + make_interval(secs => %s))"
            " ON CONFLICT (screening_id) DO UPDATE SET holder = excluded.holder,"
            " user_id = excluded.user_id, expires_at = excluded.expires_at",
            (screening_id, self._holder, user_id, LEASE_SECONDS),
        )

    def release_lease(self, screening_id: int) -> None:
        self._c.execute(
            "DELETE FROM screening_leases WHERE screening_id = %s AND holder = %s",
            (screening_id, self._holder),
        )

    def _require_lease(self, screening_id: int) -> None:
        """No answer is saved while another workstation holds the screening; this
        workstation's own lease runs on from each answer. The lease row is locked until the
        answer commits, so a take-over waits for it (and the answer for the take-over): an
        answer never lands after another workstation took the screening over."""
        self._refuse_if_held_elsewhere(screening_id)
        self._c.execute(
            "UPDATE screening_leases SET expires_at = clock_timestamp()"
            " + make_interval(secs => %s) WHERE screening_id = %s AND holder = %s",
            (LEASE_SECONDS, screening_id, self._holder),
        )

    # ------------------------------------------------------------------ answers
    def set_answer(
        self, screening_id: int, link_id: str, value: Any, at: str | None = None
    ) -> None:
        self._require_lease(screening_id)
        sealed = self._f.seal_json(value, f"answers/{screening_id}/{link_id}")
        self._c.execute(
            "INSERT INTO answers (screening_id, link_id, value_sealed, answered_at)"
            " VALUES (%s, %s, %s, %s) ON CONFLICT (screening_id, link_id)"
            " DO UPDATE SET value_sealed = excluded.value_sealed,"
            " answered_at = excluded.answered_at",
            (screening_id, link_id, sealed, at or self._now),
        )

    def clear_answer(self, screening_id: int, link_id: str) -> None:
        self._require_lease(screening_id)
        self._c.execute(
            "DELETE FROM answers WHERE screening_id = %s AND link_id = %s",
            (screening_id, link_id),
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
        self._require_lease(screening_id)
        if (override_band_id is None) != (override_reason is None):
            raise StorageError("invalid", detail="an override needs its reason")
        sealed = {
            "result": result,
            "override_band_id": override_band_id,
            "override_reason": override_reason,
        }
        self._c.execute(
            "UPDATE screenings SET status = 'finalised', finalised_at = %s, result_sealed = %s,"
            " band_id = %s, band_colour = %s, next_ask_date = %s"
            " WHERE id = %s AND status = 'draft'",
            (
                self._now,
                self._f.seal_json(sealed, _where(screening_id) + "/result"),
                band_id,
                band_colour,
                iso_or_none(next_ask_date),
                screening_id,
            ),
        )
        self._c.execute("DELETE FROM screening_leases WHERE screening_id = %s", (screening_id,))

    # -------------------------------------------------------------------- reads
    def get(self, screening_id: int) -> Screening | None:
        row = self._c.execute(
            f"SELECT {_COLUMNS} FROM screenings WHERE id = %s", (screening_id,)
        ).fetchone()
        return None if row is None else self._screening(row)

    def for_person(self, person_id: int) -> list[Screening]:
        rows = self._c.execute(
            f"SELECT {_COLUMNS} FROM screenings WHERE person_id = %s ORDER BY started_at, id",
            (person_id,),
        ).fetchall()
        return [self._screening(row) for row in rows]

    def owner(self, screening_id: int) -> tuple[int, str] | None:
        row = self._c.execute(
            "SELECT person_id, status FROM screenings WHERE id = %s", (screening_id,)
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def amended_by(self, screening_id: int) -> int | None:
        row = self._c.execute(
            "SELECT id FROM screenings WHERE amends_id = %s", (screening_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def band_counts(self, start: str, end: str) -> dict[str, int]:
        rows = self._c.execute(
            "SELECT coalesce(band_colour, gate), count(*) FROM screenings"
            " WHERE finalised_at >= %s AND finalised_at < %s GROUP BY 1",
            (start, end),
        )
        return {str(key): int(count) for key, count in rows}

    def times_asked(self, person_id: int) -> list[tuple[str, str]]:
        rows = self._c.execute(
            "SELECT started_at, instrument_id FROM screenings WHERE person_id = %s"
            " AND gate = 'asked' AND amends_id IS NULL ORDER BY started_at, id",
            (person_id,),
        )
        return [(str(at), str(instrument)) for at, instrument in rows]

    def _answers(self, screening_id: int) -> dict[str, StoredAnswer]:
        rows = self._c.execute(
            "SELECT link_id, value_sealed, answered_at FROM answers WHERE screening_id = %s",
            (screening_id,),
        )
        return {
            link: StoredAnswer(self._f.open_json(value, f"answers/{screening_id}/{link}"), at)
            for link, value, at in rows
        }

    def _screening(self, row: tuple[Any, ...]) -> Screening:
        screening_id = int(row[0])
        sealed = self._f.open_json(row[12], _where(screening_id))
        result: dict[str, Any] = {"result": None, "override_band_id": None, "override_reason": None}
        if row[16] is not None:
            result = self._f.open_json(row[16], _where(screening_id) + "/result")
        return Screening(
            id=screening_id,
            person_id=int(row[1]),
            contact_id=row[2],
            clinician_id=int(row[3]),
            version=row[4],
            amends_id=row[5],
            amend_reason=sealed["amend_reason"],
            gate=row[6],
            not_asked_reason=sealed["not_asked_reason"],
            next_ask_date=date_or_none(row[7]),
            instrument_id=row[8],
            instrument_version=row[9],
            language=row[10],
            translation_version=row[11],
            context=sealed["context"],
            status=row[13],
            started_at=row[14],
            finalised_at=row[15],
            result=result["result"],
            band_id=row[17],
            band_colour=row[18],
            override_band_id=result["override_band_id"],
            override_reason=result["override_reason"],
            answers=self._answers(screening_id),
            consultation_form=row[19],
            interpreter=row[20],
            presence=sealed["presence"],
        )
