"""A corpus of broken instrument files, each with the exact lines the loader must report.

``broken/NAME.yaml`` is loaded; ``broken/NAME.expected`` holds the expected error lines (file
name left out). Refresh an expectation only after reading the new message as an author would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.instruments.catalog import load_catalog

BROKEN = Path(__file__).parent / "broken"
# Services the corpus may refer to (the directory is tested on its own).
KNOWN_SERVICES = frozenset({"lev-uden-vold", "police"})


def _cases() -> list[Path]:
    return sorted(BROKEN.glob("*.yaml"))


def test_every_broken_file_has_an_expectation() -> None:
    assert len(_cases()) >= 30
    for path in _cases():
        assert path.with_suffix(".expected").is_file(), path.name


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_broken_file_reports_exact_errors(path: Path) -> None:
    catalog = load_catalog([path], known_services=KNOWN_SERVICES)
    assert catalog.instruments == {}
    got = [str(error).removeprefix(str(path)) for error in catalog.errors]
    expected = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    assert got == expected


def _errors_for(tmp_path: Path, content: bytes) -> list[str]:
    path = tmp_path / "case.yaml"
    path.write_bytes(content)
    catalog = load_catalog([path])
    assert catalog.instruments == {}
    return [str(error).removeprefix(str(path)) for error in catalog.errors]


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    content = b"id: x\n" + b"# padding\n" * 410_000
    assert _errors_for(tmp_path, content) == [
        f": the file is {len(content):,} bytes; the limit is 4,000,000"
    ]


@pytest.mark.slow
def test_more_items_than_the_limit_are_refused_with_the_numbers(tmp_path: Path) -> None:
    """Thousands of items load (long real questionnaires have them); past 5,000 in all, in
    groups or not, the file is refused with how many there are and what the limit is."""
    head = (Path(__file__).parents[1] / "data" / "minimal.yaml").read_text(encoding="utf-8")
    head = head[: head.index("\nitems:")]
    texts = "{da: Tekst, en: Text}"

    def texts_in(group: int, count: int, indent: str) -> list[str]:
        return [
            f"{indent}- {{linkId: t{group}-{n}, type: display, text: {texts}}}"
            for n in range(count)
        ]

    lines = ["  - linkId: g1", "    type: group", f"    text: {texts}", "    items:"]
    lines += texts_in(1, 2_500, "      ")
    lines += texts_in(0, 2_500, "  ")
    content = (head + "\nitems:\n" + "\n".join(lines) + "\n").encode()
    assert _errors_for(tmp_path, content) == [
        ":1:1: the instrument has 5,001 items; the limit is 5,000"
    ]


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    content = b"id: " + b"[" * 200 + b"]" * 200 + b"\n"
    assert _errors_for(tmp_path, content) == [":1:45: nested deeper than 40 levels"]


def test_alias_expansion_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 8)]
    content = ("\n".join(lines) + "\n").encode()
    assert _errors_for(tmp_path, content) == [": holds more than 200,000 values"]


def test_binary_and_non_utf8_files_are_refused(tmp_path: Path) -> None:
    assert _errors_for(tmp_path, b"id: x\x00\x01") == [": is not a text file"]
    assert _errors_for(tmp_path, b"id: caf\xe9\n") == [
        ": is not UTF-8 text (byte 8 cannot be read)"
    ]


def test_a_comment_only_file_is_refused(tmp_path: Path) -> None:
    assert _errors_for(tmp_path, b"# nothing here\n") == [
        ": the file holds no data (only comments?)"
    ]


def test_all_problems_of_a_file_come_in_one_pass(tmp_path: Path) -> None:
    content = (
        b"id: x\nversion: 1.0.0\nstatus: active\ntitel: {}\nitems:\n"
        b"  - {linkId: a, type: group, items: [{linkId: b, type: choice, optons: []}]}\n"
        b"  - {linkId: c, type: display, text: {da: x}, enableWhen: {item: a, op: '=', vale: 1}}\n"
    )
    errors = _errors_for(tmp_path, content)
    assert ":4:1: titel: unknown key; did you mean 'title'?" in errors
    assert ":6:64: items[0].items[0].optons: unknown key; did you mean 'options'?" in errors
    assert ":7:78: items[1].enableWhen.vale: unknown key; did you mean 'value'?" in errors
    assert ":6:5: items[0].text: is required" in errors
    assert ":1:1: languages: is required" in errors
    assert len(errors) == 12  # a choice without options is found by the later checks
