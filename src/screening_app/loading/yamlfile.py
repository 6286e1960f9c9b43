"""Read YAML with positions kept, within limits, and turn it into plain Python values.

Limits keep a malformed or hostile file from exhausting the machine: a size cap (checked before
reading), a nesting cap and a cap on aliases (both checked while the parser reads, so a file nested
thousands deep is refused after its first 41 levels, not after parsing all of it), and a cap on
the number of values (which also defeats alias "billion laughs" expansions). Every refusal names
its limit with the number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent

from screening_app.loading.errors import DocumentError
from screening_app.loading.fastyaml import read_plain

MAX_BYTES = 4_000_000  # a 5,000-item instrument in two languages fits
MAX_DEPTH = 40
MAX_VALUES = 200_000
MAX_ALIASES = 1_000


class _LimitError(Exception):
    """A limit reached while the parser reads (message and 1-based position)."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.line = mark.line + 1 if mark is not None else 0
        self.col = mark.column + 1 if mark is not None else 0


class _LimitedComposer(Composer):
    """ruamel's composer, refusing a node nested deeper than ``MAX_DEPTH`` (the document's
    top-level mapping is depth 0, as ``_plain`` counts) or more than ``MAX_ALIASES`` aliases,
    as soon as the parser reaches it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._nesting = 0
        self._aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.parser.check_event(AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                mark = self.parser.peek_event().start_mark
                raise _LimitError(f"uses more than {MAX_ALIASES:,} aliases", mark)
            return super().compose_node(parent, index)
        self._nesting += 1
        try:
            if self._nesting > MAX_DEPTH + 1:
                mark = self.parser.peek_event().start_mark
                raise _LimitError(f"nested deeper than {MAX_DEPTH} levels", mark)
            return super().compose_node(parent, index)
        finally:
            self._nesting -= 1


@dataclass(frozen=True)
class YamlDocument:
    """A parsed document: plain values for validation, the ruamel tree for positions."""

    path: str
    data: Any  # plain dict/list/str/int/float/bool/date/None
    tree: Any  # ruamel CommentedMap/CommentedSeq with line/column information (None: read fast)
    text: str | None = None  # kept when read fast, to find positions if an error needs them

    def positions(self) -> Any:
        """The ruamel tree with positions: read again from the text when the fast reader read
        the document (only an error to report needs it)."""
        if self.tree is None and self.text is not None:
            try:
                tree = YAML(typ="rt", pure=True).load(self.text)
            except (YAMLError, RecursionError):  # pragma: no cover - the fast reader refuses those
                tree = CommentedMap()  # every error then at the top of the file
            object.__setattr__(self, "tree", tree)
        return self.tree


def read_text(path: Path, display: str, max_bytes: int = MAX_BYTES) -> str:
    """The file's text, or a DocumentError for a missing, huge, binary or non-UTF-8 file."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError.single(
                display, f"the file is {size:,} bytes; the limit is {max_bytes:,}"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError.single(display, "no such file") from None
    except IsADirectoryError:
        raise DocumentError.single(display, "is a directory, not a file") from None
    except OSError as error:
        raise DocumentError.single(display, f"cannot be read ({error.strerror})") from None
    if b"\x00" in raw:
        raise DocumentError.single(display, "is not a text file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError.single(
            display, f"is not UTF-8 text (byte {error.start + 1} cannot be read)"
        ) from None


def parse_yaml(text: str, display: str) -> YamlDocument:
    """Parse YAML 1.2 text; duplicate keys, syntax errors and limits give a DocumentError."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise DocumentError.single(display, f"the document is larger than {MAX_BYTES:,} bytes")
    if not text.strip():
        raise DocumentError.single(display, "the file is empty")
    fast = read_plain(text, MAX_VALUES, MAX_DEPTH)  # None: the full reader is needed
    if fast is not None:
        return YamlDocument(path=display, data=fast, tree=None, text=text)
    yaml = YAML(typ="rt", pure=True)
    yaml.Composer = _LimitedComposer
    try:
        tree = yaml.load(text)
    except _LimitError as error:
        raise DocumentError.single(display, error.message, error.line, error.col) from None
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = (error.problem or error.context or "invalid YAML").strip()
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise DocumentError.single(display, f"not valid YAML: {problem}", line, col) from None
    except YAMLError as error:
        raise DocumentError.single(display, f"not valid YAML: {error}") from None
    except RecursionError:
        raise DocumentError.single(display, f"nested deeper than {MAX_DEPTH} levels") from None
    if tree is None:
        raise DocumentError.single(display, "the file holds no data (only comments?)")
    counter = [0]
    data = _plain(tree, 0, counter, display)
    return YamlDocument(path=display, data=data, tree=tree)


def load_yaml(path: Path, display: str | None = None) -> YamlDocument:
    name = display or str(path)
    return parse_yaml(read_text(path, name), name)


def _plain(node: Any, depth: int, counter: list[int], display: str) -> Any:
    """ruamel's round-trip types as plain Python values, enforcing depth and size limits."""
    counter[0] += 1
    if counter[0] > MAX_VALUES:
        raise DocumentError.single(display, f"holds more than {MAX_VALUES:,} values")
    if depth > MAX_DEPTH:
        raise DocumentError.single(display, f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(node, dict):
        return {
            _plain_key(key): _plain(value, depth + 1, counter, display)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_plain(value, depth + 1, counter, display) for value in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, dt.datetime):
        return dt.datetime.fromisoformat(node.isoformat())
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    if isinstance(node, str):
        return str(node)
    return str(node)


def _plain_key(key: Any) -> Any:
    if isinstance(key, str):
        return str(key)
    if isinstance(key, bool) or key is None:
        return key
    if isinstance(key, int):
        return int(key)
    return str(key)


def position(tree: Any, loc: tuple[str | int, ...], tags: frozenset[str]) -> tuple[int, int, str]:
    """The 1-based line and column of ``loc`` in ``tree``, and ``loc`` as people read it.

    Pydantic locations may contain union tags (``items.3.choice.options``) that are not keys in
    the document; those are skipped. When a key is missing, the position is its mapping's.
    """
    node = tree
    line, col = 1, 1
    where = ""
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        tagged = isinstance(node, CommentedMap) and isinstance(part, str)
        # a tag that is also a key of the mapping (a formula score's `formula`) is the tag only
        # when the key follows it
        key_too = tagged and part in node and (last or loc[index + 1] != part)
        if tagged and not key_too and _is_tag(node, str(part), tags):
            continue
        if isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line, col = node.lc.item(part)
            line, col = line + 1, col + 1
            where += f"[{part}]"
            node = node[part]
        elif isinstance(node, CommentedMap) and part in node:
            use_key = last and not isinstance(node[part], (CommentedMap, CommentedSeq))
            key_line, key_col = node.lc.key(part)
            value_line, value_col = node.lc.value(part)
            line, col = (value_line + 1, value_col + 1) if use_key else (key_line + 1, key_col + 1)
            where += f".{part}" if where else str(part)
            node = node[part]
        elif isinstance(part, str) and isinstance(node, CommentedSeq):
            continue
        else:
            where += (f".{part}" if where else str(part)) if isinstance(part, str) else f"[{part}]"
            break
    return line, col, where


def _is_tag(node: CommentedMap, part: str, tags: frozenset[str]) -> bool:
    """Is ``part`` the union tag pydantic inserted for this mapping (not one of its keys)?"""
    if part not in tags:
        return False
    if node.get("type") == part:
        return True
    return part not in node and (part in ("compare", "all", "any") or ":" in part)


def key_position(tree: Any, loc: tuple[str | int, ...], tags: frozenset[str]) -> tuple[int, int]:
    """Position of the key named by the last part of ``loc`` (for "unknown key" errors)."""
    line, col, _where = position(tree, loc[:-1], tags)
    parent = tree
    for part in loc[:-1]:
        if (isinstance(parent, CommentedSeq) and isinstance(part, int) and part < len(parent)) or (
            isinstance(parent, CommentedMap) and part in parent
        ):
            parent = parent[part]
    key = loc[-1] if loc else None
    if isinstance(parent, CommentedMap) and key in parent:
        key_line, key_col = parent.lc.key(key)
        return key_line + 1, key_col + 1
    return line, col
