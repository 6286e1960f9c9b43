"""Fill translations in a Qt .ts file (developers only, after ``make lupdate``).

    python tools/ts_fill.py resources/translations/trygstart_en.ts --copy-source
    python tools/ts_fill.py resources/translations/trygstart_da.ts --from table.py
    python tools/ts_fill.py resources/translations/trygstart_en.ts --from table.py --copy-source

``--from`` takes a Python file defining ``DA`` and/or ``EN``: ``{(context, source): text}``, the
table chosen by the file's language (``DA`` for Danish). A plural message (a source with ``%n``,
marked ``numerus`` by lupdate) takes a tuple of its forms, singular first:
``("%n point of concern", "%n points of concern")``. ``--copy-source`` fills every unfinished
entry the table does not cover with its (English) source text; plural entries are never copied
(their source says "point(s)"), they must be in the table. Entries that are finished already are
left alone, unless ``--replace`` is given: then the table's texts replace them (to change a
translation, e.g. its Alt-letter). Prints what is still unfinished.
"""

from __future__ import annotations

import argparse
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Text = str | tuple[str, ...]
Table = dict[tuple[str, str], Text]


def _finished(translation: ET.Element) -> bool:
    if translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool(translation.text)


def _set(translation: ET.Element, text: Text, numerus: bool) -> bool:
    """Write ``text`` into ``translation``; False when it does not fit the message."""
    if numerus != isinstance(text, tuple):
        return False
    if isinstance(text, tuple):
        forms = translation.findall("numerusform")
        for form in forms:
            translation.remove(form)
        translation.text = "\n            "
        for index, form_text in enumerate(text):
            form = ET.SubElement(translation, "numerusform")
            form.text = form_text
            last = index == len(text) - 1
            form.tail = "\n        " if last else "\n            "
    else:
        translation.text = text
    translation.attrib.pop("type", None)
    return True


def fill(path: Path, table: Table | None, copy_source: bool, *, replace: bool = False) -> list[str]:
    tree = ET.parse(path)  # noqa: S314 - our own file
    left: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            assert translation is not None
            given = (table or {}).get((name, source))
            if _finished(translation) and not (replace and given is not None):
                continue
            text: Text | None = given
            if text is None and copy_source and not numerus:
                text = source
            if text is None or not _set(translation, text, numerus):
                left.append(f"{name}: {source}" + (" (plural forms)" if numerus else ""))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _restore_doctype(path)
    return left


def _restore_doctype(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    text = text.replace(
        "<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>'
    )
    path.write_text(text, encoding="utf-8")


def table_for(path: Path, tables: dict[str, object]) -> Table | None:
    """The table for the .ts file's language: ``DA`` for Danish, ``EN`` for English."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    language = (root.get("language") or "").split("_")[0].upper()
    table = tables.get(language)
    return table if isinstance(table, dict) else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("--copy-source", action="store_true")
    parser.add_argument("--from", dest="table", type=Path)
    parser.add_argument("--replace", action="store_true")
    args = parser.parse_args()
    table = table_for(args.ts, runpy.run_path(str(args.table))) if args.table else None
    left = fill(args.ts, table, args.copy_source, replace=args.replace)
    for entry in left:
        print(f"unfinished: {entry}")  # noqa: T201 - what is left to translate
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
