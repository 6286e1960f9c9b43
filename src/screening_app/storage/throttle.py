"""Login throttling per user that survives restarts, kills, races and tampering.

The failure counts live in a small JSON file beside the database (users by key-file tag, not by
name; unknown names get a counter too, so the answer never tells whether a user exists). Every
read-modify-write of the file happens under an exclusive lock on ``login-attempts.lock``, so
parallel guessers (other processes, other windows) are counted one by one. An attempt is
counted, and its event written, BEFORE the password is checked, and reset only after success:
killing the program during a guess gives no free guess and loses no event.

Policy: the first ``FREE_FAILURES`` failures cost nothing; after that each further attempt must
wait ``2 ** (failures - FREE_FAILURES)`` seconds after the previous one, at most ``MAX_DELAY``
(15 minutes). That allows at most 15 guesses in the first hour and 4 an hour after that.

Fail closed. While a database exists, a missing or unreadable counter file is not a fresh
start: every user (the ``*`` entry) must wait the full delay from the moment it was found, and
an alert waits for the audit trail ("the throttle state was missing" or "damaged"). The ``*``
entry stays for a day; a user who logs in meanwhile gets an entry of their own. An entry whose
values make no sense (a time that is not a time, a count that is not a count) counts as the full
delay from now, never as no delay. A time in the future counts as now.

``events`` are the failed attempts not yet in the audit trail (it is encrypted, so they wait
here, holding no name and no password). The login that opens the database copies them into the
trail and only then removes them (``pending`` / ``forget``): an event is never lost, at worst
recorded twice. Past ``MAX_EVENTS`` the oldest are only counted (``dropped``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from screening_app.storage.atomic import write_atomically
from screening_app.storage.errors import StorageError, error_from_os

FREE_FAILURES = 3
MAX_DELAY = 900.0
CLOSED_FAILURES = FREE_FAILURES + 10  # 2 ** 10 s > MAX_DELAY: the full delay
WILDCARD = "*"
WILDCARD_DAYS = 1
MAX_ENTRIES = 10_000
MAX_EVENTS = 1_000
MAX_COUNT = 1_000_000


def delay_after(failures: int) -> float:
    if failures < FREE_FAILURES:
        return 0.0
    return min(2.0 ** min(failures - FREE_FAILURES, 20), MAX_DELAY)


Event = tuple[str, str]  # (tag, UTC time) of one failed attempt, for the audit trail
Alert = tuple[str, str]  # ("missing" | "damaged", UTC time): the counters were lost


@dataclass(frozen=True)
class Pending:
    """What waits for the audit trail."""

    failed: list[Event]
    alerts: list[Alert]
    dropped: int  # failed attempts counted but no longer itemised

    @property
    def empty(self) -> bool:
        return not self.failed and not self.alerts and not self.dropped


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        return None
    return value


class LoginThrottle:
    """Counters in ``{"users": {tag: {"failures": n, "last": iso}}, "events": [[tag, iso]...],
    "alerts": [[kind, iso]...], "dropped": n}``."""

    def __init__(self, path: Path, database_exists: Callable[[], bool] = lambda: False) -> None:
        self.path = path
        self.lock_path = path.with_suffix(".lock")
        self._database_exists = database_exists

    def files(self) -> list[Path]:
        return [self.path, self.lock_path]

    # ----------------------------------------------------------------- the file
    @contextlib.contextmanager
    def _state(self, now: dt.datetime) -> Iterator[dict[str, Any]]:
        """The state under the lock; written back when the block ends without an error."""
        with self._locked():
            data, repaired = self._load(now)
            if repaired:  # kept even when the caller then refuses the attempt
                self._save(data)
            before = json.dumps(data, sort_keys=True)
            yield data
            if json.dumps(data, sort_keys=True) != before:
                self._save(data)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise error_from_os(error, str(self.path.parent)) from None
        try:
            _lock(fd)
            try:
                yield
            finally:
                _unlock(fd)
        finally:
            os.close(fd)

    def _load(self, now: dt.datetime) -> tuple[dict[str, Any], bool]:
        """The state, and whether it must be written back (it was repaired)."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            if self._database_exists():
                return self._closed(now, "missing"), True
            return {"users": {}, "events": [], "alerts": [], "dropped": 0}, False
        except OSError as error:
            raise error_from_os(error, str(self.path.parent)) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, RecursionError):
            data = None
        if not (
            isinstance(data, dict)
            and isinstance(data.get("users"), dict)
            and isinstance(data.get("events"), list)
        ):
            return self._closed(now, "damaged"), True
        return self._repaired(data, now)

    @staticmethod
    def _closed(now: dt.datetime, why: str) -> dict[str, Any]:
        at = _iso(now)
        return {
            "users": {WILDCARD: {"failures": CLOSED_FAILURES, "last": at}},
            "events": [],
            "alerts": [[why, at]],
            "dropped": 0,
        }

    @staticmethod
    def _repaired(data: dict[str, Any], now: dt.datetime) -> tuple[dict[str, Any], bool]:
        """Entries that make no sense become the full delay from now; times ahead become now."""
        changed = False
        damaged = False
        users: dict[str, Any] = {}
        for tag, entry in data["users"].items():
            failures = _count(entry.get("failures")) if isinstance(entry, dict) else None
            last_text = entry.get("last") if isinstance(entry, dict) else None
            last = _time(last_text)
            nonsense = last is None and (last_text is not None or (failures or 0) >= FREE_FAILURES)
            if failures is None or nonsense:
                users[str(tag)] = {"failures": CLOSED_FAILURES, "last": _iso(now)}
                damaged = changed = True
                continue
            if last is not None and last > now:
                last_text = _iso(now)
                changed = True
            users[str(tag)] = {"failures": failures, "last": last_text}
        wildcard = users.get(WILDCARD)
        if wildcard is not None:
            since = _time(wildcard["last"])
            if since is None or now - since > dt.timedelta(days=WILDCARD_DAYS):
                del users[WILDCARD]
                changed = True
        events = [
            [str(e[0]), str(e[1])]
            for e in data["events"]
            if isinstance(e, list) and len(e) == len(("tag", "at"))
        ]
        alerts = [
            [str(a[0]), str(a[1])]
            for a in data.get("alerts", [])
            if isinstance(a, list) and len(a) == len(("kind", "at"))
        ]
        if damaged:
            alerts.append(["damaged", _iso(now)])
        dropped = _count(data.get("dropped", 0)) or 0
        state = {"users": users, "events": events, "alerts": alerts, "dropped": dropped}
        return state, changed or len(events) != len(data["events"])

    def _save(self, data: dict[str, Any]) -> None:
        users: dict[str, Any] = data["users"]
        if len(users) > MAX_ENTRIES:  # the least failed and oldest go first, never the wildcard
            order = sorted(
                (tag for tag in users if tag != WILDCARD),
                key=lambda tag: (users[tag]["failures"], str(users[tag]["last"] or "")),
            )
            for tag in order[: len(users) - MAX_ENTRIES]:
                del users[tag]
        overflow = len(data["events"]) - MAX_EVENTS
        if overflow > 0:
            data["events"] = data["events"][overflow:]
            data["dropped"] = min(MAX_COUNT, data.get("dropped", 0) + overflow)
        try:
            write_atomically(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))
        except OSError as error:
            raise error_from_os(error, str(self.path.parent)) from None

    # --------------------------------------------------------------- the policy
    @staticmethod
    def _record(data: dict[str, Any], tag: str) -> tuple[int, str | None]:
        users = data["users"]
        entry = users.get(tag) or users.get(WILDCARD) or {"failures": 0, "last": None}
        return int(entry["failures"]), entry["last"]

    @staticmethod
    def _ready(failures: int, last: str | None) -> dt.datetime | None:
        moment = _time(last)
        if moment is None:
            return None
        return moment + dt.timedelta(seconds=delay_after(failures))

    def initialise(self) -> None:
        """Write an empty state if there is none (a new database is being created)."""
        with self._locked():
            if not self.path.exists():
                self._save({"users": {}, "events": [], "alerts": [], "dropped": 0})

    def wait_seconds(self, tag: str, now: dt.datetime) -> float:
        with self._state(now) as data:
            ready = self._ready(*self._record(data, tag))
        return 0.0 if ready is None else max(0.0, (ready - now).total_seconds())

    def begin_attempt(self, tag: str, now: dt.datetime) -> None:
        """Refuse if the user must wait; else count the attempt as failed (and its event)
        until it succeeds. Written before the caller checks the password."""
        with self._state(now) as data:
            failures, last = self._record(data, tag)
            ready = self._ready(failures, last)
            if ready is not None and now < ready:
                seconds = int((ready - now).total_seconds() + 0.999)
                raise StorageError("throttled", seconds=max(1, seconds))
            at = _iso(now)
            data["users"][tag] = {"failures": failures + 1, "last": at}
            data["events"].append([tag, at])

    def succeeded(self, tag: str, now: dt.datetime | None = None) -> None:
        """The password was right: the count starts again; the attempt's event is no failure."""
        with self._state(now or _utc_now()) as data:
            if WILDCARD in data["users"]:
                data["users"][tag] = {"failures": 0, "last": None}
            else:
                data["users"].pop(tag, None)
            events = data["events"]
            for index in range(len(events) - 1, -1, -1):
                if events[index][0] == tag:
                    del events[index]
                    break

    def failures(self, tag: str, now: dt.datetime | None = None) -> int:
        with self._state(now or _utc_now()) as data:
            return self._record(data, tag)[0]

    # ------------------------------------------------------- towards the audit
    def pending(self, now: dt.datetime | None = None) -> Pending:
        """What waits for the audit trail; it stays until ``forget``."""
        with self._state(now or _utc_now()) as data:
            return Pending(
                failed=[(tag, at) for tag, at in data["events"]],
                alerts=[(kind, at) for kind, at in data["alerts"]],
                dropped=int(data["dropped"]),
            )

    def forget(self, done: Pending, now: dt.datetime | None = None) -> None:
        """Remove what has been written into the audit trail (and nothing else)."""
        with self._state(now or _utc_now()) as data:
            for tag, at in done.failed:
                with contextlib.suppress(ValueError):
                    data["events"].remove([tag, at])
            for kind, at in done.alerts:
                with contextlib.suppress(ValueError):
                    data["alerts"].remove([kind, at])
            data["dropped"] = max(0, int(data["dropped"]) - done.dropped)

    def take_events(self) -> list[Event]:
        """The failed attempts not yet audited, removed at once (prefer ``pending``)."""
        pending = self.pending()
        only_failed = Pending(pending.failed, [], 0)
        self.forget(only_failed)
        return pending.failed


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for 10 s, then OSError

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
