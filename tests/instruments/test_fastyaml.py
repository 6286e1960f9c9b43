"""The fast YAML reader gives exactly what the full reader (ruamel, round-trip, then plain
values) gives, or no answer: on every YAML file of the project, on generated instruments and on
generated documents written in every style ruamel writes; and it never accepts what the full
reader refuses."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from screening_app.instruments.yaml_writer import instrument_yaml
from screening_app.loading.errors import DocumentError
from screening_app.loading.fastyaml import read_plain
from screening_app.loading.yamlfile import MAX_DEPTH, MAX_VALUES, _plain, parse_yaml
from tests.domain.generated import generated

REPO = Path(__file__).parents[2]


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types all the way down (True is not 1, 1.0 is not 1)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return len(a) == len(b) and all(
            any(type(k) is type(j) and k == j for j in b) and _same(v, b[k]) for k, v in a.items()
        )
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _full(text: str) -> tuple[bool, Any]:
    """What the full reader gives: (True, plain values) or (False, None) when it refuses."""
    try:
        tree = YAML(typ="rt", pure=True).load(text)
        return True, _plain(tree, 0, [0], "x")
    except Exception:  # noqa: BLE001 - any refusal counts as one
        return False, None


def _agree(text: str) -> bool:
    """The fast reader agrees with the full one; True when it read the text itself."""
    fast = read_plain(text, MAX_VALUES, MAX_DEPTH)
    if fast is None:
        return False
    ok, full = _full(text)
    assert ok, "the fast reader accepted a text the full reader refuses"
    assert _same(fast, full), (fast, full)
    return True


def _project_files() -> list[Path]:
    found = []
    for folder in ("questionnaires", "tests", "resources", "docs", "packaging"):
        found += sorted((REPO / folder).rglob("*.yaml"))
    return found


def test_every_yaml_file_of_the_project_reads_the_same() -> None:
    files = _project_files()
    assert len(files) > 40
    read = [path.name for path in files if _agree(path.read_text(encoding="utf-8-sig"))]
    # The instruments are read fast, but for those with anchors (left to the full reader).
    anchor = re.compile(r"[:-] &[A-Za-z]")
    bundled = list((REPO / "questionnaires").rglob("*.yaml"))
    plain = {p.name for p in bundled if not anchor.search(p.read_text(encoding="utf-8"))}
    assert len(plain) >= 3
    assert plain <= set(read)
    assert len(read) > len(files) // 2


@pytest.mark.parametrize("questions", [50, 200])
def test_generated_instruments_read_the_same(questions: int) -> None:
    assert _agree(instrument_yaml(generated(questions)))


def test_a_thousand_question_instrument_is_read_in_a_fraction_of_the_time() -> None:
    """Measured in the same run, as a ratio (the fast reader's point): at least 4 times as
    fast as ruamel on the same 540 kB text."""
    text = instrument_yaml(generated(1000))
    started = time.perf_counter()
    fast = read_plain(text, MAX_VALUES, MAX_DEPTH)
    fast_s = time.perf_counter() - started
    started = time.perf_counter()
    ok, full = _full(text)
    full_s = time.perf_counter() - started
    assert ok
    assert _same(fast, full)
    assert fast_s * 4 < full_s


def test_a_document_read_fast_still_reports_errors_at_their_lines() -> None:
    text = "id: x\nversion: 1.0.0\nitems:\n  - linkId: q1\n    type: nonsense\n"
    document = parse_yaml(text, "case.yaml")
    assert document.tree is None  # read fast
    from screening_app.domain.instrument import Instrument
    from screening_app.loading.validation import validate_document

    with pytest.raises(DocumentError) as caught:
        validate_document(document, Instrument)
    lines = [str(e) for e in caught.value.errors]
    assert any(line.startswith("case.yaml:5:11: items[0].type: unknown type") for line in lines)


# ---------------------------------------------------------------- generated
texts = st.text(
    alphabet=st.sampled_from([*"abcæøå ABC:#'\"-,.!?&*{}[]|>%@`\\/0123456789\n", "é"]),
    max_size=40,
)
# Texts as instruments hold them: words, punctuation, a colon or quote now and then.
words = st.lists(
    st.sampled_from(
        ["ord", "Spørg", "roligt.", "svar", "1.", "år", "(da)", "x-y", "a'b", "é", "?"]
    ),
    min_size=1,
    max_size=14,
).map(" ".join)
scalars = st.one_of(
    texts,
    words,
    words,
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["yes", "no", "on", "off", "1.0.0", "0o17", "0x1F", "1e3", ".5", "~", "="]),
)
keys = st.one_of(
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,8}", fullmatch=True),
    texts.filter(bool),
)
documents = st.dictionaries(
    keys,
    st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)
        ),
        max_leaves=12,
    ),
    min_size=1,
    max_size=6,
)


# Documents shaped as instrument files are: most of these are read fast, so the comparison
# covers folded lines, quoting and flow collections, not only refusals.
identifiers = st.from_regex(r"[a-z][A-Za-z0-9]{0,6}", fullmatch=True)
friendly = st.dictionaries(
    identifiers,
    st.recursive(
        st.one_of(
            words,
            st.integers(min_value=0, max_value=1000),
            st.sampled_from([0.5, 1.0, 2.25, 10.0]),
            st.booleans(),
            st.none(),
            st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)),
        ),
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4),
            st.dictionaries(identifiers, inner, min_size=1, max_size=4),
        ),
        max_leaves=15,
    ),
    min_size=1,
    max_size=6,
)


def _dump(data: Any, width: int, flow: bool | None) -> str:
    yaml = YAML()
    yaml.width = width
    yaml.default_flow_style = flow
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


@settings(max_examples=300, deadline=None)
@given(documents, st.sampled_from([12, 30, 80]), st.sampled_from([None, False, True]))
def test_documents_written_by_ruamel_read_the_same(data: Any, width: int, flow: Any) -> None:
    _agree(_dump(data, width, flow))


@settings(max_examples=300, deadline=None)
@given(friendly, st.sampled_from([12, 30, 80]), st.sampled_from([None, False, True]))
def test_documents_like_instruments_read_the_same(data: Any, width: int, flow: Any) -> None:
    _agree(_dump(data, width, flow))


yaml_bits = st.lists(
    st.sampled_from(
        [
            "a: b\n",
            "a:\n",
            "  - x\n",
            "- y\n",
            "  b: 'q''r'\n",
            'c: "d\\n"\n',
            "e: >-\n",
            "  text\n",
            "\n",
            "  # note\n",
            "f: [1, 2]\n",
            "g: {h: i, j: 'k'}\n",
            "k: |\n",
            "    more\n",
            "l: x # c\n",
            "m: 'multi\n",
            "  line'\n",
            "n: plain\n",
            "  more\n",
            "o: 1.5\n",
            "p: 2026-01-02\n",
            "q: true\n",
            "r: ~\n",
            "  s: t\n",
            "t:\n  - u\n",
        ]
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=400, deadline=None)
@given(yaml_bits)
@example(["l: x # c\n", "  line'\n"])  # a line more after a comment: the full reader refuses
@example(["e: >-\n", "\n", "    more\n"])  # an empty line before a folded text is a line break
def test_pieces_of_yaml_read_the_same_or_are_left_to_the_full_reader(bits: list[str]) -> None:
    text = "".join(bits)
    fast = read_plain(text, MAX_VALUES, MAX_DEPTH)
    if fast is None:
        return
    ok, full = _full(text)
    assert ok, "the fast reader accepted a text the full reader refuses"
    assert _same(fast, full), (text, fast, full)
