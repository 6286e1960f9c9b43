"""A fast reader for the plain YAML that instrument files are written in, or no answer at all.

ruamel.yaml reads YAML character by character in Python: a 1,000-question instrument (540 kB)
took 2.6 s, more than everything else its loading does. This reader takes the common shape of
instrument files (block mappings and sequences, flow mappings and sequences, plain, quoted and
block scalars, comments) a line or a token at a time, and returns exactly the plain values the
full reader would (``yamlfile._plain`` of ruamel's tree): None whenever the text uses anything
else (anchors, aliases, tags, directives, several documents, tabs, complex keys, escapes it
does not know, plain scalars it cannot be sure of, duplicate keys, too many values or levels),
and then the full reader reads the text, with its positions, limits and errors. Positions are
needed only to report an error: ``yamlfile`` reads the text again with ruamel then.

Plain scalars are resolved as ruamel resolves YAML 1.2: a scalar any of ruamel's own 1.2
resolvers would give another type than the few read here (null, true/false, whole numbers,
decimals, dates) is not read here. ``tests/instruments/test_fastyaml.py`` compares the two
readers on every YAML file of the project and on generated documents.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ruamel.yaml.resolver import implicit_resolvers

_NULL = frozenset({"~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# ruamel's resolvers for YAML 1.2: a plain scalar one of them claims, and that is none of the
# forms above, is left to ruamel.
_CLAIMED = [regexp for versions, _tag, regexp, _first in implicit_resolvers if (1, 2) in versions]
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ ]*:(?= |\n|$)")
_QUOTED_KEY = re.compile(r"('(?:[^'\n]|'')*'|\"(?:[^\"\\\n]|\\.)*\")[ ]*:(?= |\n|$)")
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"', re.DOTALL)
_FLOW_PLAIN = re.compile(r"(?:[^\s,\[\]{}#&*!|>'\"%@`?:\-]|-(?=[0-9]))[^,\[\]{}:#\n]*")
_FLOW_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)[ ]*:(?=[ \n])")
_ESCAPES = {
    "\\": "\\",
    '"': '"',
    "/": "/",
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "0": "\0",
    "a": "\a",
    "b": "\b",
    "e": "\x1b",
    "f": "\f",
    "v": "\v",
    " ": " ",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
# Characters the full reader refuses or reads as line breaks: left to it.
_ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff\t\r]")
_INDICATORS = frozenset("&*!?%@`|>{}[],#'\"-:")


class _NotHereError(Exception):
    """The text needs the full reader."""


def read_plain(text: str, max_values: int, max_depth: int) -> Any | None:
    """The document's plain values (a mapping at the top), or None: read it with ruamel."""
    text = text.replace("\r\n", "\n")
    if _ODD.search(text):
        return None
    try:
        return _Reader(text, max_values, max_depth).document()
    except (_NotHereError, RecursionError):
        return None


def resolve(scalar: str) -> Any:
    """A plain scalar's value, as ruamel resolves and constructs it for YAML 1.2."""
    if scalar == "" or scalar in _NULL:
        return None
    if scalar in _TRUE:
        return True
    if scalar in _FALSE:
        return False
    if _INT.fullmatch(scalar):
        return int(scalar)
    if _FLOAT.fullmatch(scalar):
        return float(scalar)
    if _DATE.fullmatch(scalar):
        try:
            return dt.date.fromisoformat(scalar)
        except ValueError:
            raise _NotHereError from None
    if any(regexp.match(scalar) for regexp in _CLAIMED):
        raise _NotHereError
    return scalar


class _Reader:
    def __init__(self, text: str, max_values: int, max_depth: int) -> None:
        self.t = text
        self.n = len(text)
        self.values = 0
        self.max_values = max_values
        self.max_depth = max_depth

    # ---------------------------------------------------------------- helpers
    def _count(self, depth: int) -> None:
        self.values += 1
        if self.values > self.max_values or depth > self.max_depth:
            raise _NotHereError

    def _end(self, pos: int) -> int:
        end = self.t.find("\n", pos)
        return self.n if end < 0 else end

    def _col(self, pos: int) -> int:
        return pos - (self.t.rfind("\n", 0, pos) + 1)

    def _next_content(self, pos: int) -> int | None:
        """From the start of a line: the first character of the next line with content (not
        blank, not only a comment), or None at the end."""
        t = self.t
        while pos < self.n:
            end = self._end(pos)
            stripped = t[pos:end].lstrip(" ")
            if stripped and not stripped.startswith("#"):
                return end - len(stripped)
            pos = end + 1
        return None

    def _rest_of_line(self, pos: int) -> int:
        """After a value: only spaces and a comment may follow; the next line's start."""
        end = self._end(pos)
        rest = self.t[pos:end]
        stripped = rest.lstrip(" ")
        if stripped and not (stripped.startswith("#") and len(stripped) < len(rest)):
            raise _NotHereError
        return min(end + 1, self.n)

    def _line_start(self, pos: int) -> int:
        return self.t.rfind("\n", 0, pos) + 1

    def _is_sequence(self, pos: int) -> bool:
        return self.t[pos] == "-" and (pos + 1 == self.n or self.t[pos + 1] in " \n")

    def _key(self, pos: int) -> tuple[Any, int] | None:
        match = _KEY.match(self.t, pos)
        if match:
            key = resolve(match.group(1))
            if not isinstance(key, str):
                raise _NotHereError
            return key, match.end()
        match = _QUOTED_KEY.match(self.t, pos)
        if match:
            return self._quoted_text(match.group(1)), match.end()
        return None

    # ------------------------------------------------------------------ block
    def document(self) -> Any:
        start = self._next_content(0)
        if start is None or self._col(start) != 0:
            raise _NotHereError  # empty, or indented at the top: the full reader says so
        if self.t[start] == "{":
            value, after = self._flow(start, -1, 0)
            after = self._rest_of_line(after)
        elif self._key(start) is not None:
            value, after = self._block(start, -1, 0)
        else:
            raise _NotHereError  # not a mapping at the top
        if self._next_content(after) is not None:
            raise _NotHereError
        return value

    def _block(self, pos: int, parent: int, depth: int) -> tuple[Any, int]:
        if self.t.startswith(("---", "..."), pos) and self._col(pos) == 0:
            raise _NotHereError
        if self._is_sequence(pos):
            return self._sequence(pos, self._col(pos), depth)
        if self._key(pos) is not None:
            return self._mapping(pos, self._col(pos), depth)
        return self._inline(pos, parent, depth)

    def _mapping(self, pos: int, indent: int, depth: int) -> tuple[dict[Any, Any], int]:
        self._count(depth)
        found: dict[Any, Any] = {}
        while True:
            key = self._key(pos)
            if key is None:
                raise _NotHereError
            name, after = key
            if name in found:
                raise _NotHereError  # the full reader names the duplicate
            found[name], pos = self._value_after(after, indent, depth + 1, in_mapping=True)
            following = self._next_content(pos)
            if following is None:
                return found, self.n
            column = self._col(following)
            if column < indent:
                return found, self._line_start(following)
            if column > indent or self._is_sequence(following):
                raise _NotHereError
            pos = following

    def _sequence(self, pos: int, indent: int, depth: int) -> tuple[list[Any], int]:
        self._count(depth)
        found: list[Any] = []
        while True:
            start = pos + 1
            while start < self.n and self.t[start] == " ":
                start += 1
            if start >= self.n or self.t[start] in "\n#":
                value, after = self._value_after(pos + 1, indent, depth + 1, in_mapping=False)
            elif self._is_sequence(start):
                raise _NotHereError
            elif self._key(start) is not None:
                value, after = self._mapping(start, self._col(start), depth + 1)
            else:
                value, after = self._inline(start, indent, depth + 1)
            found.append(value)
            following = self._next_content(after)
            if following is None:
                return found, self.n
            column = self._col(following)
            if column > indent:
                raise _NotHereError
            if column < indent or not self._is_sequence(following):
                return found, self._line_start(following)
            pos = following

    def _value_after(
        self, pos: int, indent: int, depth: int, *, in_mapping: bool
    ) -> tuple[Any, int]:
        """The value after ``key:`` (or ``-``): on the same line, or on the lines below."""
        start = pos
        while start < self.n and self.t[start] == " ":
            start += 1
        if start < self.n and self.t[start] not in "\n#":
            return self._inline(start, indent, depth)
        if start < self.n and self.t[start] == "#" and start == pos:
            raise _NotHereError
        line_after = min(self._end(start) + 1, self.n)
        following = self._next_content(line_after)
        if following is not None:
            column = self._col(following)
            if column > indent:
                return self._block(following, indent, depth)
            if column == indent and in_mapping and self._is_sequence(following):
                return self._sequence(following, column, depth)
        self._count(depth)
        return None, line_after

    def _inline(self, pos: int, parent: int, depth: int) -> tuple[Any, int]:
        """A value that starts at ``pos`` on its line (inside a block of indent ``parent``)."""
        first = self.t[pos]
        if first in "|>":
            return self._block_scalar(pos, parent, depth)
        if first in "{[":
            value, after = self._flow(pos, parent, depth)
            return value, self._rest_of_line(after)
        if first in "'\"":
            text, after = self._quoted(pos, parent)
            self._count(depth)
            return text, self._rest_of_line(after)
        if first in _INDICATORS:
            raise _NotHereError
        return self._plain(pos, parent, depth)

    def _plain(self, pos: int, parent: int, depth: int) -> tuple[Any, int]:
        """A plain scalar, over several lines when they are indented more than ``parent``."""
        t = self.t
        end = self._end(pos)
        line = t[pos:end]
        parts = [self._plain_line(line)]
        commented = " #" in line  # a comment ends the scalar: a line more after it is an error
        blank = 0
        after = min(end + 1, self.n)
        scan = after
        while scan < self.n:
            line_end = self._end(scan)
            raw = t[scan:line_end]
            stripped = raw.lstrip(" ")
            if not stripped:
                blank += 1
                scan = line_end + 1
                continue
            if len(raw) - len(stripped) <= parent or stripped[0] in _INDICATORS:
                break
            if commented:
                raise _NotHereError  # the full reader says where
            commented = " #" in stripped
            parts.append("\n" * blank if blank else " ")
            parts.append(self._plain_line(stripped))
            blank = 0
            scan = after = min(line_end + 1, self.n)
        self._count(depth)
        return resolve("".join(parts)), after

    @staticmethod
    def _plain_line(line: str) -> str:
        if " #" in line:
            line = line[: line.index(" #")]
        line = line.rstrip(" ")
        if ": " in line or line.endswith(":") or "#" in line:
            raise _NotHereError
        return line

    # ------------------------------------------------------------------ flow
    def _skip(self, pos: int, parent: int) -> int:
        """Spaces and line breaks inside a flow collection (its lines indented more than
        ``parent``; no comments there)."""
        t = self.t
        while pos < self.n and t[pos] in " \n":
            if t[pos] == "\n":
                nxt = pos + 1
                spaces = len(t[nxt : self._end(nxt)]) - len(t[nxt : self._end(nxt)].lstrip(" "))
                if t[nxt : self._end(nxt)].strip() and spaces <= parent:
                    raise _NotHereError
            pos += 1
        if pos >= self.n or t[pos] == "#":
            raise _NotHereError
        return pos

    def _flow(self, pos: int, parent: int, depth: int) -> tuple[Any, int]:
        self._count(depth)
        t = self.t
        closing = "}" if t[pos] == "{" else "]"
        mapping: dict[Any, Any] = {}
        sequence: list[Any] = []
        pos = self._skip(pos + 1, parent)
        if t[pos] == closing:
            return (mapping if closing == "}" else sequence), pos + 1
        while True:
            if closing == "}":
                match = _FLOW_KEY.match(t, pos)
                if match:
                    key: Any = match.group(1)
                    if not isinstance(resolve(key), str):
                        raise _NotHereError
                    pos = match.end()
                else:
                    quoted = _QUOTED_KEY.match(t, pos)
                    if not quoted:
                        raise _NotHereError
                    key = self._quoted_text(quoted.group(1))
                    pos = quoted.end()
                if key in mapping:
                    raise _NotHereError
                value, pos = self._flow_value(self._skip(pos, parent), parent, depth + 1)
                mapping[key] = value
            else:
                value, pos = self._flow_value(pos, parent, depth + 1)
                sequence.append(value)
            pos = self._skip(pos, parent)
            if t[pos] == closing:
                return (mapping if closing == "}" else sequence), pos + 1
            if t[pos] != ",":
                raise _NotHereError
            pos = self._skip(pos + 1, parent)
            if t[pos] == closing:
                raise _NotHereError  # a trailing comma: left to the full reader

    def _flow_value(self, pos: int, parent: int, depth: int) -> tuple[Any, int]:
        first = self.t[pos]
        if first in "{[":
            return self._flow(pos, parent, depth)
        if first in "'\"":
            text, after = self._quoted(pos, parent)
            self._count(depth)
            return text, after
        match = _FLOW_PLAIN.match(self.t, pos)
        if not match:
            raise _NotHereError
        after = match.end()
        if after < self.n and self.t[after] not in ",]} \n":
            raise _NotHereError
        self._count(depth)
        return resolve(match.group(0).rstrip(" ")), after

    # --------------------------------------------------------------- scalars
    def _quoted(self, pos: int, parent: int) -> tuple[str, int]:
        """A quoted scalar (over several lines when they are indented more than ``parent``)."""
        single = self.t[pos] == "'"
        match = (_SINGLE if single else _DOUBLE).match(self.t, pos)
        if not match:
            raise _NotHereError
        body = match.group(1)
        if "\n" in body:
            if not single and "\\" in body:
                raise _NotHereError
            lines = body.split("\n")
            for line in lines[1:]:
                if line.strip(" ") and len(line) - len(line.lstrip(" ")) <= parent:
                    raise _NotHereError
            inner = [line.strip(" ") for line in lines[1:-1]]
            body = _fold([lines[0].rstrip(" "), *inner, lines[-1].lstrip(" ")])
        return (body.replace("''", "'") if single else _unescape(body)), match.end()

    def _quoted_text(self, quoted: str) -> str:
        if quoted[0] == "'":
            return quoted[1:-1].replace("''", "'")
        return _unescape(quoted[1:-1])

    def _block_scalar(self, pos: int, parent: int, depth: int) -> tuple[str, int]:
        """``|`` or ``>``, clipped or with ``-`` (no indentation digit, no ``+``): the lines
        below, indented more than ``parent``."""
        header = re.match(r"([|>])(-?)(?=[ \n]|$)", self.t[pos : pos + 3])
        if not header:
            raise _NotHereError
        line = self._rest_of_line(pos + len(header.group(0)))
        lines, after = self._block_lines(line, parent)
        trailing = 0
        while lines and lines[-1] == "":
            lines.pop()
            trailing += 1
        if header.group(1) == "|":
            body = "\n".join(lines)
        else:
            if any(x.startswith(" ") for x in lines):
                raise _NotHereError  # more-indented lines in a folded scalar
            leading = 0
            while leading < len(lines) and lines[leading] == "":
                leading += 1  # empty lines before the first text are kept as line breaks
            body = "\n" * leading + _fold(lines[leading:])
        if body and header.group(2) != "-":
            body += "\n"
        self._count(depth)
        return body, after

    def _block_lines(self, line: int, parent: int) -> tuple[list[str], int]:
        """A block scalar's lines from ``line`` on, without their indentation, and where the
        next node starts."""
        t = self.t
        lines: list[str] = []
        indent: int | None = None
        scan = line
        while scan < self.n:
            end = self._end(scan)
            raw = t[scan:end]
            stripped = raw.lstrip(" ")
            spaces = len(raw) - len(stripped)
            if not stripped:
                if indent is not None and spaces > indent:
                    lines.append(raw[indent:])
                elif indent is None and spaces:
                    raise _NotHereError  # blank lines with spaces before the text: left to ruamel
                else:
                    lines.append("")
                scan = end + 1
                continue
            if indent is None:
                if spaces <= parent:
                    break
                indent = spaces
            elif spaces < indent:
                break
            lines.append(raw[indent:])
            scan = end + 1
        if indent is None:
            return [], line
        return lines, min(scan, self.n)


def _fold(lines: list[str]) -> str:
    """Lines folded as YAML folds flow scalars and folded block scalars: one line break
    between two lines becomes a space; each empty line between them, a line break."""
    out: list[str] = []
    blank = 0
    for index, line in enumerate(lines):
        if index and not line and index < len(lines) - 1:
            blank += 1
            continue
        if index:
            out.append("\n" * blank if blank else " ")
        out.append(line)
        blank = 0
    return "".join(out)


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body
    out: list[str] = []
    index = 0
    while index < len(body):
        char = body[index]
        if char != "\\":
            out.append(char)
            index += 1
            continue
        code = body[index + 1] if index + 1 < len(body) else ""
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            index += 2
        elif code in _HEX_ESCAPES:
            width = _HEX_ESCAPES[code]
            digits = body[index + 2 : index + 2 + width]
            if len(digits) != width or not re.fullmatch(r"[0-9A-Fa-f]+", digits):
                raise _NotHereError
            out.append(chr(int(digits, 16)))
            index += 2 + width
        else:
            raise _NotHereError
    return "".join(out)
