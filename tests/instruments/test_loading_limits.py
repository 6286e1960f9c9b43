"""Hostile YAML is refused while it is read, each limit named with its number.

A file nested thousands deep used to cost seconds of CPU before the depth limit answered (the
limit was applied after parsing). The depth and alias limits now stop the parser itself, so each
shape below ends within a second of CPU time, with the position where the limit was reached.
"""

from __future__ import annotations

import time

import pytest

from screening_app.loading.errors import DocumentError
from screening_app.loading.yamlfile import (
    MAX_ALIASES,
    MAX_BYTES,
    MAX_DEPTH,
    MAX_VALUES,
    parse_yaml,
)

_ROOM = MAX_BYTES - 1_000

HOSTILE = {
    "flow sequences on one line": "a: " + "[" * (_ROOM // 2) + "]" * (_ROOM // 2),
    "flow sequences on many lines": "a: " + "[\n" * (_ROOM // 2),
    "flow mappings": "a: " + "{b: " * (_ROOM // 4),
    "block mappings by indentation": "".join(" " * i + "a:\n" for i in range(1_300)),
    "compact block sequences": "- " * (_ROOM // 2) + "x",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_deep_nesting_is_refused_within_a_second(name: str) -> None:
    text = HOSTILE[name]
    assert len(text.encode()) <= MAX_BYTES
    started = time.process_time()
    with pytest.raises(DocumentError) as caught:
        parse_yaml(text, "deep.yaml")
    spent = time.process_time() - started
    (error,) = caught.value.errors
    assert error.message == f"nested deeper than {MAX_DEPTH} levels"
    assert error.line >= 1
    assert spent < 1.0, f"{name}: {spent:.2f} s of CPU"


def test_nesting_at_the_limit_is_read() -> None:
    text = "a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parse_yaml(text, "ok.yaml").data["a"] is not None


def test_too_many_aliases_are_refused_with_the_number() -> None:
    text = "a: &a [1]\nb: [" + ", ".join(["*a"] * (MAX_ALIASES + 1)) + "]\n"
    with pytest.raises(DocumentError) as caught:
        parse_yaml(text, "aliases.yaml")
    (error,) = caught.value.errors
    assert error.message == f"uses more than {MAX_ALIASES:,} aliases"
    assert (error.line, error.col) == (2, 5 + 4 * MAX_ALIASES)


def test_aliases_below_the_limit_are_read() -> None:
    text = "a: &a [1]\nb: [" + ", ".join(["*a"] * 10) + "]\n"
    assert parse_yaml(text, "ok.yaml").data["b"] == [[1]] * 10


def test_every_limit_names_its_number() -> None:
    with pytest.raises(DocumentError) as big:
        parse_yaml("a: " + "x" * MAX_BYTES, "big.yaml")
    assert str(big.value).endswith(f"larger than {MAX_BYTES:,} bytes")
    # values multiplied by aliases (parsing 200,000 literal values would take seconds)
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 6)]
    values = "\n".join(lines) + "\n"
    with pytest.raises(DocumentError) as many:
        parse_yaml(values, "many.yaml")
    assert str(many.value).endswith(f"holds more than {MAX_VALUES:,} values")
