"""Danish and English are complete: every UI string of the code is in both .ts files, every
entry is translated (none unfinished, none empty), and translations keep the placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
SOURCES = REPO / "src" / "screening_app"
LANGUAGES = ("da", "en")
PLACEHOLDER = re.compile(r"\{\d*\}")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is part of PySide6 and should be next to the interpreter"
    return found


def _texts(translation: ET.Element) -> list[str]:
    """A translation's text, or its plural forms (a ``%n`` message), singular first."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated(lang: str) -> None:
    messages = _messages(TRANSLATIONS / f"trygstart_{lang}.ts")
    assert len(messages) > 50
    problems = [
        f"{context}: {source!r}"
        for context, source, translation in messages
        if translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not all(text.strip() for text in _texts(translation))
    ]
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_have_at_most_one_shortcut(lang: str) -> None:
    for context, source, translation in _messages(TRANSLATIONS / f"trygstart_{lang}.ts"):
        for text in _texts(translation):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
            )
            assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), (
                context,
                source,
            )
            assert ("%n" in text) == ("%n" in source), (context, source)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counts_have_both_forms(lang: str) -> None:
    """A message with a count (``%n``) is a plural message with a singular and a plural form
    (Danish and English both have two), so the screen says "1 point of concern"."""
    plural = [
        (context, source, translation)
        for context, source, translation in _messages(TRANSLATIONS / f"trygstart_{lang}.ts")
        if "%n" in source
    ]
    assert len(plural) >= 10
    for context, source, translation in plural:
        forms = _texts(translation)
        assert len(forms) == 2, (context, source)
        assert all("%n" in form and "(s)" not in form for form in forms), (context, source)
    english = {
        (c, s): _texts(t) for c, s, t in _messages(TRANSLATIONS / "trygstart_en.ts") if "%n" in s
    }
    assert english[("PersonPage", "%n point(s) of concern")] == [
        "%n point of concern",
        "%n points of concern",
    ]


def test_english_translations_are_the_source_texts() -> None:
    for _context, source, translation in _messages(TRANSLATIONS / "trygstart_en.ts"):
        if "%n" not in source:
            assert translation.text == source


def test_the_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_da.ts"
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, _t in _messages(fresh)}
    for lang in LANGUAGES:
        committed = {(c, s) for c, s, _t in _messages(TRANSLATIONS / f"trygstart_{lang}.ts")}
        assert sorted(in_code - committed) == [], f"missing from trygstart_{lang}.ts"
        assert sorted(committed - in_code) == [], f"no longer in the code: trygstart_{lang}.ts"


def test_compiled_danish_translates(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "trygstart_da.qm"
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            "-silent",
            str(TRANSLATIONS / "trygstart_da.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("QuickHideButton", "Hide (F12)") == "Skjul (F12)"
    assert translator.translate("RunnerWords", "Yes") == "Ja"
    one = translator.translate("PersonPage", "%n point(s) of concern", "", 1)
    two = translator.translate("PersonPage", "%n point(s) of concern", "", 2)
    assert (one, two) == ("%n særligt forhold", "%n særlige forhold")
