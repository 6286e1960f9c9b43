"""Fill translations in a Qt .ts file (developers only, after ``make lupdate``).

    python tools/ts_fill.py resources/translations/trygstart_en.ts --copy-source
    python tools/ts_fill.py resources/translations/trygstart_da.ts --from table.py

``--copy-source`` fills every unfinished English entry with its (English) source text;
``--from`` takes a Python file defining ``DA = {(context, source): translation}``. Entries
that are finished already are left alone. Prints what is still unfinished.
"""

from __future__ import annotations

import argparse
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(path: Path, table: dict[tuple[str, str], str] | None, copy_source: bool) -> list[str]:
    tree = ET.parse(path)  # noqa: S314 - our own file
    left: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished" and translation.text:
                continue
            text = source if copy_source else (table or {}).get((name, source))
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                left.append(f"{name}: {source}")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _restore_doctype(path)
    return left


def _restore_doctype(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>'), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("--copy-source", action="store_true")
    parser.add_argument("--from", dest="table", type=Path)
    args = parser.parse_args()
    table = runpy.run_path(str(args.table))["DA"] if args.table else None
    left = fill(args.ts, table, args.copy_source)
    for entry in left:
        print(f"unfinished: {entry}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
