"""Write an instrument as a readable YAML instrument file (the format ``yaml_format`` loads).

Keys follow the order an author writes them in (``linkId``, ``type`` first), defaults are left
out, and short texts in several languages stay on one line (``{da: Ja, en: "Yes"}``). Lines
given as ``header`` become a comment at the top (e.g. what an import left out).
"""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from screening_app.domain.instrument import Instrument

_FIRST_KEYS = ("id", "linkId", "type", "code", "required")
_SHORT = 60  # a localized text whose texts are all shorter than this stays on one line
# Plain words that YAML 1.1 readers take for booleans or null: quoted for every reader's sake.
_AMBIGUOUS = frozenset({"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~"})
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")


def _is_localized(value: dict[str, Any]) -> bool:
    return bool(value) and all(
        isinstance(k, str) and _LANGUAGE.match(k) and isinstance(v, str) for k, v in value.items()
    )


def _short(value: dict[str, Any]) -> bool:
    return all(isinstance(v, str) and "\n" not in v and len(v) < _SHORT for v in value.values())


def _is_comparison(value: dict[str, Any]) -> bool:
    return "op" in value and ("item" in value or "context" in value)


def _node(value: Any) -> Any:
    if isinstance(value, dict):
        keys = [k for k in _FIRST_KEYS if k in value] + [k for k in value if k not in _FIRST_KEYS]
        node = CommentedMap((k, _node(value[k])) for k in keys)
        short = all(
            isinstance(v, str) and "\n" not in v and len(v) < _SHORT for v in value.values()
        )
        if (_is_localized(value) and short) or _is_comparison(value):
            node.fa.set_flow_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_node(v) for v in value)
        if value and all(isinstance(v, str) for v in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and (
        value.lower() in _AMBIGUOUS or any(not c.isprintable() and c != "\n" for c in value)
    ):
        return DoubleQuotedScalarString(value)  # escapes what plain style would change
    return value


def _comment(line: str) -> str:
    """A line as a comment can hold it: unprintable characters shown as escapes."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in line)


def instrument_yaml(instrument: Instrument, header: list[str] | tuple[str, ...] = ()) -> str:
    """The instrument as YAML text; loading it gives back an equal instrument."""
    data = instrument.model_dump(mode="python", by_alias=True, exclude_defaults=True)
    tree = _node(data)
    if header:
        tree.yaml_set_start_comment("\n".join(_comment(line) for line in header))
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 100
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(tree, out)
    return out.getvalue()
