"""Render every document (fictitious specimens) to PNG pages here, for people to look at.

Developer tool, not part of the app: needs poppler's ``pdftoppm``. Run from the repository root:
    .venv/bin/python docs/letters/render.py

The questionnaire printouts are made from the bundled instruments (``questionnaires/*.yaml``,
loaded through the catalog as the app loads them): a blank form and a completed screening of
each, so a new version of an instrument shows here after one more run. The Arabic form is the
right-to-left test instrument (no bundled instrument has Arabic).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from screening_app.directory import load_directory
from screening_app.instruments.catalog import load_catalog
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import BlankInstrument, DocumentPrinter, RenderOptions
from screening_app.letters.specimens import questionnaire_specimens, specimens
from screening_app.paths import resources_dir

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RESOLUTION = "70"


def main() -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm not found (apt-get install poppler-utils)")
    printer = DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")
    directory = load_directory(resources_dir() / "services")
    arabic = load_instrument(REPO / "tests" / "letters" / "data" / "arabic.yaml")
    catalog = load_catalog()
    if catalog.errors:
        raise SystemExit("\n".join(str(error) for error in catalog.errors))
    # The letters report a screening of the bundled screen, as a clinic's letters would; the
    # person's copy is of the small test form's result (a positive screen is not for home, so
    # its copy is refused: the rule the letters keep).
    instrument = catalog.get("ipv-screen")
    test_form = load_instrument(REPO / "tests" / "data" / "minimal.yaml")
    letters = {
        name: document
        for name, document in specimens(directory, instrument).items()
        if name not in ("blank-instrument", "completed-screening", "referral-letter-copy")
    }
    letters["referral-letter-copy"] = specimens(directory, test_form)["referral-letter-copy"]
    jobs = [(name, doc, RenderOptions("da")) for name, doc in letters.items()]
    jobs += [
        (name, doc, RenderOptions("da"))
        for name, doc in questionnaire_specimens(catalog.instruments).items()
    ]
    jobs += [
        (f"{name}.en", doc, RenderOptions("en"))
        for name, doc in questionnaire_specimens(catalog.instruments, "en").items()
        if name.startswith("blank-")
    ]
    jobs += [
        (
            "resource-card.en",
            specimens(directory, instrument)["resource-card"],
            RenderOptions("en"),
        ),
        ("blank-instrument.ar", BlankInstrument(arabic, "ar"), RenderOptions("da")),
        (
            "referral-letter.training",
            letters["referral-letter"],
            RenderOptions("da", training=True),
        ),
    ]
    for old in HERE.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as scratch:
        for name, document, options in jobs:
            pdf = Path(scratch) / f"{name}.pdf"
            pdf.write_bytes(printer.pdf(document, options))
            subprocess.run(  # noqa: S603 - a fixed local tool on our own file
                [pdftoppm, "-r", RESOLUTION, "-png", str(pdf), str(HERE / name)], check=True
            )
    for png in sorted(HERE.glob("*.png")):
        print(png.name, png.stat().st_size)  # noqa: T201


if __name__ == "__main__":
    main()
