"""The access log for the clinic's own checks (Datatilsynet: reads, searches, changes,
exports and deletions logged, kept for the retention period, and spot-checked).

- ``search``: administrators filter the audit trail by period, user, action and person id
  (newest first, at most ``MAX_ROWS``); the search is itself an entry (``view-audit``).
- ``export_csv``: the same as CSV; the administrator must give a reason, kept with the
  export's record (never in the audit trail, whose ``export-audit`` entry names the record).
- Spot checks, for administrators and leaders: ``draw_spot_check`` samples reads of persons
  from a period at random (``secrets.SystemRandom``); the reviewer marks each read justified or
  a question, with a note, and closes the check with a note. Each step is one ``spot-check``
  entry. A leader sees user names, actions, times and person ids: never a person's data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import secrets
from dataclasses import dataclass

from screening_app.services.attempts import RECOVERY_USER
from screening_app.services.session import UserSession
from screening_app.services.validation import note_text, one_of
from screening_app.storage.access_log import AuditFilter, SpotCheck, SpotCheckItem
from screening_app.storage.audit import ACTIONS, AuditEntry
from screening_app.storage.errors import StorageError
from screening_app.storage.vault import utc_text

MAX_ROWS = 5000
MAX_SAMPLE = 200
VERDICTS = ("justified", "question")
ACTION_CODES: tuple[str, ...] = tuple(sorted(ACTIONS))  # the filter's choices


@dataclass(frozen=True)
class LogQuery:
    first: dt.date | None = None
    last: dt.date | None = None
    user: str | None = None
    action: str | None = None
    person_id: int | None = None

    def storage_filter(self) -> AuditFilter:
        if self.action is not None:
            one_of(self.action, sorted(ACTIONS), "action")
        if self.first and self.last and self.last < self.first:
            raise StorageError("invalid", detail="period (the first day is after the last)")
        return AuditFilter(
            start=None if self.first is None else _day_start(self.first),
            end=None if self.last is None else _day_start(self.last + dt.timedelta(days=1)),
            user=self.user or None,
            action=self.action,
            person_id=self.person_id,
        )


@dataclass(frozen=True)
class LogPage:
    entries: list[AuditEntry]
    total: int  # how many match (the page holds at most MAX_ROWS, newest first)


@dataclass(frozen=True)
class SpotCheckView:
    check: SpotCheck
    items: list[SpotCheckItem]


class AccessLogService:
    def __init__(self, session: UserSession) -> None:
        self._session = session

    # ---------------------------------------------------------------- the log
    def _checked(self, query: LogQuery) -> AuditFilter:
        """The storage filter; a user name must be a staff account's (a name typed into the
        user field by mistake, e.g. a person's, must not reach the audit criterion)."""
        where = query.storage_filter()
        known = {*self._session.database.usernames(), RECOVERY_USER, "(unknown)"}
        if where.user is not None and where.user not in known:
            raise StorageError("invalid", detail="user (no staff account has this name)")
        return where

    def search(self, query: LogQuery) -> LogPage:
        self._session.require_admin("view-audit")
        where = self._checked(query)
        with self._session.audited(
            "view-audit", person_id=query.person_id, criterion=where.text()
        ) as work:
            entries = work.access_log.search(where, MAX_ROWS)
            return LogPage(entries, work.access_log.count(where))

    def users(self) -> list[str]:
        """The user names in the log (for the filter's list)."""
        self._session.require_admin("view-audit")
        with self._session.audited("view-audit", criterion="users") as work:
            return work.access_log.users()

    def export_csv(self, query: LogQuery, reason: str) -> str:
        """Every matching entry as CSV (oldest last, as the search shows them)."""
        self._session.require_admin("export-audit")
        text = note_text(reason, "reason")
        where = self._checked(query)
        with self._session.audited("export-audit", person_id=query.person_id) as work:
            total = work.access_log.count(where)
            entries = work.access_log.search(where, max(total, 1))
            record = work.access_log.record_export(self._session.user.id, where, total, text)
            work.criterion = f"csv;export:{record};entries:{total}"
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["seq", "at", "user", "action", "person_id", "criterion", "outcome"])
        for e in entries:
            writer.writerow([e.seq, e.at, e.user, e.action, e.person_id or "", e.criterion or "",
                             e.outcome])  # fmt: skip
        return "\ufeff" + out.getvalue()

    # ------------------------------------------------------------ spot checks
    def draw_spot_check(
        self, first: dt.date, last: dt.date, size: int = 20, rng: secrets.SystemRandom | None = None
    ) -> SpotCheckView:
        self._session.require_overseer("spot-check")
        if not 1 <= size <= MAX_SAMPLE:
            raise StorageError("invalid", detail=f"sample size (1-{MAX_SAMPLE})")
        if last < first:
            raise StorageError("invalid", detail="period (the first day is after the last)")
        start, end = _day_start(first), _day_start(last + dt.timedelta(days=1))
        chooser = rng or secrets.SystemRandom()
        with self._session.audited("spot-check") as work:
            reads = work.access_log.reads(start, end)
            sample = sorted(chooser.sample(reads, min(size, len(reads))), key=lambda e: e.seq)
            check_id = work.access_log.add_spot_check(
                self._session.user.id, start, end, len(reads), sample
            )
            work.criterion = f"draw:{check_id};sample:{len(sample)}/{len(reads)}"
            check = work.access_log.spot_check(check_id)
            items = work.access_log.items(check_id)
        assert check is not None
        return SpotCheckView(check, items)

    def spot_checks(self) -> list[SpotCheck]:
        self._session.require_overseer("spot-check")
        with self._session.audited("spot-check", criterion="list") as work:
            return work.access_log.spot_checks()

    def spot_check(self, check_id: int) -> SpotCheckView:
        self._session.require_overseer("spot-check")
        with self._session.audited("spot-check", criterion=f"open:{check_id}") as work:
            check = work.access_log.spot_check(check_id)
            if check is None:
                raise StorageError("no-such-record")
            return SpotCheckView(check, work.access_log.items(check_id))

    def review(self, check_id: int, seq: int, verdict: str, note: str = "") -> None:
        """The reviewer's verdict on one sampled read (a note is needed for a question)."""
        self._session.require_overseer("spot-check")
        one_of(verdict, VERDICTS, "verdict")
        text = note.strip()
        if text:
            text = note_text(text, "note")
        elif verdict == "question":
            raise StorageError("invalid", detail="note (what is to be asked)")
        criterion = f"review:{check_id}:{seq}:{verdict}"
        with self._session.audited("spot-check", criterion=criterion) as work:
            check = work.access_log.spot_check(check_id)
            if check is None or check.reviewed_at is not None:
                raise StorageError("invalid", detail="spot check (none open with this number)")
            if not work.access_log.review_item(check_id, seq, verdict, text):
                raise StorageError("no-such-record")

    def finish(self, check_id: int, note: str) -> SpotCheck:
        """Close the review with the reviewer's note; every read must have a verdict."""
        self._session.require_overseer("spot-check")
        text = note_text(note, "note")
        with self._session.audited("spot-check", criterion=f"reviewed:{check_id}") as work:
            check = work.access_log.spot_check(check_id)
            if check is None or check.reviewed_at is not None:
                raise StorageError("invalid", detail="spot check (none open with this number)")
            if any(item.verdict is None for item in work.access_log.items(check_id)):
                raise StorageError("invalid", detail="spot check (a read has no verdict yet)")
            work.access_log.finish(check_id, self._session.user.id, text)
            done = work.access_log.spot_check(check_id)
        assert done is not None
        return done


def _day_start(day: dt.date) -> str:
    return utc_text(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))
