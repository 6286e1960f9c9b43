"""One reader for the machine settings: the TOML file, and on Windows the registry over it.

``read_machine_config()`` returns the validated settings with the place of every value
(``/etc/trygstart/trygstart.toml:4`` or ``HKLM\\SOFTWARE\\TrygStart\\language``), or raises
``MachineConfigError`` with every problem as ``file:line: key: message``. A missing file is no
error (the machine then sets nothing); a file that exists but cannot be read, or holds
anything wrong, is: the app refuses to start rather than guess what IT meant. On Windows the
registry values under ``REGISTRY_KEY`` override the file's key by key (an empty value, which an
MSI property not given writes, means "not set"); with ``TRYGSTART_MACHINE_CONFIG`` set (tests,
odd installs) only that file is read.

tomllib keeps no positions, so the lines of the (flat) file's keys are found here; syntax
errors carry tomllib's own line and column.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from screening_app.domain.layers import MachineLimits
from screening_app.loading.errors import DocumentError, FileError
from screening_app.machine.location import ENV_VAR, LINUX_PATH, machine_config_path
from screening_app.machine.model import KEYS, MachineSettings

__all__ = ["LINUX_PATH", "MachineConfig", "MachineConfigError", "read_machine_config"]

REGISTRY_KEY = "HKLM\\SOFTWARE\\TrygStart"

# A registry source: the values found under REGISTRY_KEY (None when the key does not exist).
RegistrySource = Callable[[], Mapping[str, object] | None]

_KEY_LINE = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*(?:=|\.)""")
_TABLE_LINE = re.compile(r"""^\s*\[\[?\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))""")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


class MachineConfigError(DocumentError):
    """The machine settings cannot be used; every problem with its place."""


@dataclass(frozen=True)
class MachineConfig:
    """The machine's settings, where each came from, and what was read."""

    settings: MachineSettings = field(default_factory=MachineSettings)
    places: Mapping[str, str] = field(default_factory=dict)
    read_from: tuple[str, ...] = ()  # the file and registry key that exist and were read
    path: str = ""  # the file looked for (it may not exist)

    def place(self, key: str) -> str:
        return self.places.get(key, "")

    def limits(self) -> MachineLimits:
        s = self.settings
        names = {
            "idle_max_minutes": "idle_lock_max_minutes",
            "self_complete": "allow_self_complete",
            "save_pdf": "allow_save_pdf",
            "training": "allow_training",
        }
        return MachineLimits(
            idle_max_minutes=s.idle_lock_max_minutes,
            self_complete=s.allow_self_complete,
            save_pdf=s.allow_save_pdf,
            training=s.allow_training,
            where=tuple(
                (name, self.place(key)) for name, key in names.items() if key in self.places
            ),
        )


def read_machine_config(
    path: Path | None = None, *, registry: RegistrySource | None = None
) -> MachineConfig:
    """The machine's settings (file, then registry values over it), validated."""
    path = machine_config_path() if path is None else path
    if registry is None and sys.platform == "win32" and os.environ.get(ENV_VAR) is None:
        from screening_app.machine.registry import read_hklm

        registry = read_hklm
    values: dict[str, Any] = {}
    places: dict[str, str] = {}
    read_from: list[str] = []
    errors: list[FileError] = []
    text = _read_text(path, errors)
    if text is not None:
        read_from.append(str(path))
        try:
            values = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise MachineConfigError([_syntax_error(str(path), error)]) from None
        lines = key_lines(text)
        places = {key: f"{path}:{lines[key]}" if key in lines else str(path) for key in values}
    if registry is not None:
        found = registry()
        if found is not None:
            read_from.append(REGISTRY_KEY)
            for key, value in found.items():
                if value == "":  # an MSI property not given writes an empty value: not set
                    continue
                values[key] = _from_registry(key, value)
                places[key] = f"{REGISTRY_KEY}\\{key}"
    if errors:
        raise MachineConfigError(errors)
    try:
        settings = MachineSettings.model_validate(values)
    except ValidationError as error:
        raise MachineConfigError(_placed(error, places, str(path))) from None
    return MachineConfig(settings, places, tuple(read_from), str(path))


def _read_text(path: Path, errors: list[FileError]) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        errors.append(FileError(str(path), 0, 0, "", f"cannot be read ({reason})"))
        return None
    if data.startswith(b"\xef\xbb\xbf"):  # Notepad's byte-order mark
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        errors.append(FileError(str(path), line, 0, "", "is not UTF-8 text"))
        return None


def key_lines(text: str) -> dict[str, int]:
    """The line (1-based) where each top-level key or table of a TOML text is first given."""
    lines: dict[str, int] = {}
    in_table = False
    in_multiline = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = False
            continue
        table = _TABLE_LINE.match(line)
        if table:
            in_table = True
            name = next(g for g in table.groups() if g)
            lines.setdefault(name, number)
            continue
        match = _KEY_LINE.match(line)
        if match and not in_table:
            name = next(g for g in match.groups() if g)
            lines.setdefault(name, number)
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_multiline = True
    return lines


def _syntax_error(path: str, error: tomllib.TOMLDecodeError) -> FileError:
    text = str(error)
    match = _TOML_POSITION.search(text)
    if match is None:
        return FileError(path, 0, 0, "", f"is not valid TOML: {text}")
    message = text[: match.start()].strip()
    message = message[:1].lower() + message[1:]
    return FileError(
        path, int(match.group(1)), int(match.group(2)), "", f"is not valid TOML: {message}"
    )


def _from_registry(key: str, value: object) -> object:
    """Registry values as the TOML file would hold them: a DWORD 0/1 for a yes/no key, a
    string of digits for a number (what an MSI property gives); anything else as it is, for
    the validation to name."""
    from screening_app.machine.model import BOOL_KEYS, INT_KEYS

    if key in BOOL_KEYS:
        if value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in ("0", "1", "true", "false"):
            return value.strip().lower() in ("1", "true")
    if key in INT_KEYS and isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return value


def _placed(error: ValidationError, places: Mapping[str, str], path: str) -> list[FileError]:
    import difflib

    from screening_app.loading.validation import message_for

    out: list[FileError] = []
    for item in error.errors(include_url=False):
        key = str(item["loc"][0]) if item["loc"] else ""
        place = places.get(key, path)
        file, line = _split_place(place)
        if item["type"] == "extra_forbidden":
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f" (known keys: {', '.join(KEYS)})"
            message = f"unknown key{hint}"
        else:
            message = message_for(item)
        out.append(FileError(file, line, 0, key, message))
    return out


def _split_place(place: str) -> tuple[str, int]:
    head, _sep, tail = place.rpartition(":")
    if head and tail.isdigit():
        return head, int(tail)
    return place, 0
