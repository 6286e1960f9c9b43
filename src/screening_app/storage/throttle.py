"""Login throttling per user that survives restarts and kills.

The failure count lives in a small JSON file beside the database (users by key-file tag, not by
name; unknown names get a counter too, so the answer never tells whether a user exists).
An attempt is counted BEFORE the password is checked and reset only after success, so killing
the program during a guess does not give a free guess.

Policy: the first ``FREE_FAILURES`` failures cost nothing; after that each further attempt must
wait ``2 ** (failures - FREE_FAILURES)`` seconds after the previous one, at most ``MAX_DELAY``
(15 minutes). That allows at most 15 guesses in the first hour and 4 an hour after that.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from screening_app.storage.atomic import write_atomically
from screening_app.storage.errors import StorageError, error_from_os

FREE_FAILURES = 3
MAX_DELAY = 900.0
MAX_ENTRIES = 10_000


def delay_after(failures: int) -> float:
    if failures < FREE_FAILURES:
        return 0.0
    return min(2.0 ** (failures - FREE_FAILURES), MAX_DELAY)


Event = tuple[str, str]  # (tag, UTC time) of one failed attempt, for the audit trail
MAX_EVENTS = 1_000


class LoginThrottle:
    """Counters in ``{"users": {tag: {"failures": n, "last": iso}}, "events": [[tag, iso]...]}``.

    ``events`` are the failed attempts not yet in the audit trail (it is encrypted, so they
    wait here, holding no name and no password, until the next successful login moves them).
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def files(self) -> list[Path]:
        return [self.path]

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"users": {}, "events": []}
        except (ValueError, UnicodeDecodeError):
            data = None
        except OSError as error:
            raise error_from_os(error, str(self.path.parent)) from None
        if not (
            isinstance(data, dict)
            and isinstance(data.get("users"), dict)
            and isinstance(data.get("events"), list)
        ):
            # A damaged counter file must not reset everyone to zero failures: every user
            # starts again at the threshold.
            return {"users": {"*": {"failures": FREE_FAILURES, "last": None}}, "events": []}
        return data

    def _save(self, data: dict[str, Any]) -> None:
        users: dict[str, Any] = data["users"]
        if len(users) > MAX_ENTRIES:
            oldest = sorted(users, key=lambda tag: str(users[tag].get("last") or ""))
            for tag in oldest[: len(users) - MAX_ENTRIES]:
                del users[tag]
        data["events"] = data["events"][-MAX_EVENTS:]
        try:
            write_atomically(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))
        except OSError as error:
            raise error_from_os(error, str(self.path.parent)) from None

    @staticmethod
    def _record(data: dict[str, Any], tag: str) -> tuple[int, str | None]:
        users = data["users"]
        entry = users.get(tag) or users.get("*") or {}
        failures = entry.get("failures", 0) if isinstance(entry, dict) else FREE_FAILURES
        last = entry.get("last") if isinstance(entry, dict) else None
        return (
            failures if isinstance(failures, int) else FREE_FAILURES,
            last if isinstance(last, str) else None,
        )

    @staticmethod
    def _ready(failures: int, last: str | None) -> dt.datetime | None:
        if last is None:
            return None
        try:
            return dt.datetime.fromisoformat(last) + dt.timedelta(seconds=delay_after(failures))
        except ValueError:
            return None

    def wait_seconds(self, tag: str, now: dt.datetime) -> float:
        ready = self._ready(*self._record(self._load(), tag))
        return 0.0 if ready is None else max(0.0, (ready - now).total_seconds())

    def begin_attempt(self, tag: str, now: dt.datetime) -> None:
        """Refuse if the user must wait; else count the attempt as failed until it succeeds."""
        data = self._load()
        failures, last = self._record(data, tag)
        ready = self._ready(failures, last)
        if ready is not None and now < ready:
            seconds = int((ready - now).total_seconds() + 0.999)
            raise StorageError("throttled", seconds=max(1, seconds))
        at = now.astimezone(dt.UTC).isoformat(timespec="microseconds")
        data["users"][tag] = {"failures": failures + 1, "last": at}
        data["events"].append([tag, at])
        self._save(data)

    def succeeded(self, tag: str) -> None:
        data = self._load()
        data["users"].pop(tag, None)
        events = data["events"]
        for index in range(len(events) - 1, -1, -1):
            if events[index][0] == tag:
                del events[index]
                break
        self._save(data)

    def failures(self, tag: str) -> int:
        return self._record(self._load(), tag)[0]

    def take_events(self) -> list[Event]:
        """The failed attempts not yet audited; they are removed from the file."""
        data = self._load()
        events = [
            (str(event[0]), str(event[1]))
            for event in data["events"]
            if isinstance(event, list) and len(event) == len(("tag", "at"))
        ]
        if events:
            data["events"] = []
            self._save(data)
        return events
