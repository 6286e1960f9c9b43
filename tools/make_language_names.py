"""Write ``src/screening_app/domain/language_names.py`` from the Unicode CLDR (through Babel).

Developer tool, not part of the app: TrygStart does not depend on Babel. Run it in any
environment that has Babel, from the repository root, and commit the result:

    python -m venv /tmp/babel && /tmp/babel/bin/pip install babel
    /tmp/babel/bin/python tools/make_language_names.py

The table holds every language code in CLDR's English and Danish locale data that an
instrument may declare (``^[a-z]{2,3}(-[A-Z]{2})?$``: every ISO 639-1 code, and the ISO 639-2/3
codes CLDR names in both languages), CLDR's own names for regional variants ("pt-BR":
"brasiliansk portugisisk", "fa-AF": "dari"), and the names of the two-letter regions, so that
any other variant is named "language (region)" as CLDR's locale display pattern does.
"""

from __future__ import annotations

import re
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version

OUT = Path(__file__).resolve().parents[1] / "src" / "screening_app" / "domain" / "language_names.py"
CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
REGION = re.compile(r"^[A-Z]{2}$")
LINE = 100

HEADER = '''"""Standard names of languages and regions, in Danish and English (generated).

From the Unicode Common Locale Data Repository (CLDR {cldr}, through Babel {babel}) by
``tools/make_language_names.py``: do not edit by hand. ``LANGUAGES`` maps a language code as
instruments write it ("ar", "pt-BR") to its (Danish, English) names; ``REGIONS`` maps a
two-letter region code to its (Danish, English) names, for the variants CLDR does not name
itself ("{{language}} ({{region}})", CLDR's locale display pattern).
"""

from __future__ import annotations

CLDR_VERSION = "{cldr}"

'''


def _literal(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _table(name: str, rows: dict[str, tuple[str, str]]) -> str:
    lines = [f"{name}: dict[str, tuple[str, str]] = {{"]
    for code, (da, en) in sorted(rows.items()):
        line = f"    {_literal(code)}: ({_literal(da)}, {_literal(en)}),"
        if len(line) > LINE:  # as ruff format writes it
            inner = f"        {_literal(da)},\n        {_literal(en)},\n"
            line = f"    {_literal(code)}: (\n{inner}    ),"
        lines.append(line)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    danish, english = Locale("da"), Locale("en")
    languages = {
        code.replace("_", "-"): (danish.languages[code], english.languages[code])
        for code in english.languages
        if CODE.match(code) and code in danish.languages
    }
    regions = {
        code: (danish.territories[code], english.territories[code])
        for code in english.territories
        if REGION.match(code) and code in danish.territories
    }
    text = HEADER.format(cldr=get_cldr_version(), babel=babel.__version__)
    text += _table("LANGUAGES", languages) + "\n" + _table("REGIONS", regions)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(languages)} languages, {len(regions)} regions")  # noqa: T201


if __name__ == "__main__":
    main()
