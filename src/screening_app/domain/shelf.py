"""The instruments a clinic has: the version offered for new screenings, and every version.

A record names the instrument id and version it was made with. When an instrument is changed,
its new version is offered for new screenings, and the older versions stay installed (in
``questionnaires/archive/``) so older screenings and drafts still open and score exactly as
they did. ``InstrumentShelf`` is a mapping id -> the offered version (what screens list and
start), which also knows every installed version (what the screening use cases rebuild from).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from screening_app.domain.instrument import Instrument


def version_key(version: str) -> tuple[int, ...]:
    """A semantic version's order key (a pre-release tag is ignored)."""
    core = version.split("-", 1)[0]
    return tuple(int(part) for part in core.split("."))


class InstrumentShelf(Mapping[str, Instrument]):
    """Instrument id -> the version offered; ``every_version()`` adds the archived ones."""

    def __init__(self, offered: Mapping[str, Instrument], archived: Iterable[Instrument] = ()):
        self._offered = dict(offered)
        self._archived = tuple(archived)

    def __getitem__(self, instrument_id: str) -> Instrument:
        return self._offered[instrument_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._offered)

    def __len__(self) -> int:
        return len(self._offered)

    def every_version(self) -> list[Instrument]:
        """The offered versions, then the archived ones (each id and version once)."""
        return [*self._offered.values(), *self._archived]


def every_version(instruments: Mapping[str, Instrument]) -> list[Instrument]:
    """Every installed version behind a mapping of offered instruments (a plain mapping: its
    values)."""
    if isinstance(instruments, InstrumentShelf):
        return instruments.every_version()
    return list(instruments.values())
