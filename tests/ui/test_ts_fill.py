"""``tools/ts_fill.py`` fills plain and plural (``%n``) entries, and replaces finished ones only
when asked."""

from __future__ import annotations

import runpy
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Ctx</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def _tool() -> Any:
    return runpy.run_path(str(REPO / "tools" / "ts_fill.py"))


def _entries(path: Path) -> dict[str, tuple[str | None, list[str], str | None]]:
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        found[message.findtext("source", "")] = (translation.text, forms, translation.get("type"))
    return found


def test_fills_plural_forms_and_keeps_finished_entries(tmp_path: Path) -> None:
    path = tmp_path / "x_da.ts"
    path.write_text(TS, encoding="utf-8")
    table = {
        ("Ctx", "&Save"): "G&em",
        ("Ctx", "New"): "Ny",
        ("Ctx", "%n point(s)"): ("%n punkt", "%n punkter"),
    }
    left = _tool()["fill"](path, table, False)
    assert left == []
    entries = _entries(path)
    assert entries["&Save"][0] == "&Gem"  # finished: left alone
    assert entries["New"][0] == "Ny"
    assert entries["%n point(s)"][1:] == (["%n punkt", "%n punkter"], None)
    assert path.read_text(encoding="utf-8").startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
    )


def test_replace_changes_a_finished_entry_and_plurals_are_never_copied(tmp_path: Path) -> None:
    path = tmp_path / "x_en.ts"
    path.write_text(TS, encoding="utf-8")
    left = _tool()["fill"](path, {("Ctx", "&Save"): "Sa&ve"}, True, replace=True)
    assert left == ["Ctx: %n point(s) (plural forms)"]
    entries = _entries(path)
    assert entries["&Save"][0] == "Sa&ve"
    assert entries["New"][0] == "New"
    assert entries["%n point(s)"][2] == "unfinished"


def test_a_plain_text_for_a_plural_entry_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x_da.ts"
    path.write_text(TS, encoding="utf-8")
    left = _tool()["fill"](path, {("Ctx", "%n point(s)"): "%n punkter"}, False)
    assert "Ctx: %n point(s) (plural forms)" in left
