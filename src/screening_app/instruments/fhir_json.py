"""Read a JSON file within limits, and find where a value is in it (``line:col``).

The limits keep a malformed or hostile file from exhausting the machine: a size cap, a nesting
cap checked before parsing (so the parser never recurses deeply), and a cap on the number of
values. Duplicate keys, NaN/Infinity and numbers with thousands of digits are refused.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import re
from dataclasses import dataclass, field
from json import decoder
from pathlib import Path
from typing import Any

from screening_app.loading.errors import DocumentError
from screening_app.loading.yamlfile import read_text

MAX_JSON_BYTES = 2_000_000
MAX_JSON_DEPTH = 64
MAX_JSON_VALUES = 300_000

Loc = tuple[str | int, ...]

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_SPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


@dataclass
class JsonDocument:
    """Parsed JSON and its text, for finding positions of values when reporting problems."""

    path: str
    data: Any
    text: str
    _positions: dict[Loc, int] | None = field(default=None, repr=False)
    _lines: list[int] | None = field(default=None, repr=False)

    def position(self, loc: Loc) -> tuple[int, int]:
        """1-based line and column of the value at ``loc`` (or of its nearest parent)."""
        if self._positions is None:
            self._positions = {}
            # positions are a help: a scanner surprise must not hide the message
            with contextlib.suppress(IndexError, ValueError, RecursionError):
                _scan(self.text, _skip(self.text, 0), (), self._positions)
            self._lines = [0] + [m.end() for m in re.finditer("\n", self.text)]
        assert self._lines is not None
        for end in range(len(loc), -1, -1):
            offset = self._positions.get(loc[:end])
            if offset is not None:
                line = bisect.bisect_right(self._lines, offset)
                return line, offset - self._lines[line - 1] + 1
        return 1, 1


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key '{key}' appears twice in one object")
        out[key] = value
    return out


def _depth(text: str) -> int:
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _count(data: Any) -> int:
    count = 0
    stack = [data]
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_JSON_VALUES:
            break
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return count


def parse_json(text: str, display: str) -> JsonDocument:
    """Parse JSON text within the limits; problems give a DocumentError with a position."""
    if len(text.encode("utf-8")) > MAX_JSON_BYTES:
        raise DocumentError.single(display, f"the document is larger than {MAX_JSON_BYTES:,} bytes")
    if not text.strip():
        raise DocumentError.single(display, "the file is empty")
    if _depth(text) > MAX_JSON_DEPTH:
        raise DocumentError.single(display, f"nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise DocumentError.single(
            display, f"not valid JSON: {error.msg}", error.lineno, error.colno
        ) from None
    except (ValueError, RecursionError) as error:
        reason = "a number has too many digits" if "digits" in str(error) else str(error)
        raise DocumentError.single(display, f"not valid JSON: {reason}") from None
    if _count(data) > MAX_JSON_VALUES:
        raise DocumentError.single(display, f"holds more than {MAX_JSON_VALUES:,} values")
    return JsonDocument(display, data, text)


def load_json(path: Path, display: str | None = None) -> JsonDocument:
    name = display or str(path)
    return parse_json(read_text(path, name, MAX_JSON_BYTES), name)


def _string(text: str, index: int) -> tuple[str, int]:
    """The JSON string whose first character (after the quote) is at ``index``, and its end."""
    value, end = decoder.scanstring(text, index)  # type: ignore[attr-defined]
    return str(value), int(end)


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    assert match is not None
    return match.end()


def _scan(text: str, index: int, loc: Loc, out: dict[Loc, int]) -> int:
    """Record where each value starts; returns the index after the value. Text is valid JSON."""
    out[loc] = index
    char = text[index]
    if char == "{":
        index = _skip(text, index + 1)
        if text[index] == "}":
            return index + 1
        while True:
            key, index = _string(text, _skip(text, index) + 1)
            index = _skip(text, index) + 1  # the colon
            index = _skip(text, _scan(text, _skip(text, index), (*loc, key), out))
            if text[index] == ",":
                index += 1
                continue
            return index + 1
    if char == "[":
        index = _skip(text, index + 1)
        if text[index] == "]":
            return index + 1
        position = 0
        while True:
            index = _skip(text, _scan(text, _skip(text, index), (*loc, position), out))
            position += 1
            if text[index] == ",":
                index += 1
                continue
            return index + 1
    if char == '"':
        return _string(text, index + 1)[1]
    match = _SCALAR.match(text, index)
    if match is None:
        raise ValueError("unexpected character")
    return match.end()
