"""Time to render each document, against a bare one-paragraph reportlab document.

Run: ``make bench`` (or ``.venv/bin/python bench/letters.py [repeats]``). Target: each letter
renders in under 200 ms on this machine. Figures, not a timed test.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from screening_app.directory import load_directory
from screening_app.domain.instrument import Instrument
from screening_app.instruments.catalog import load_catalog
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import DocumentPrinter, RenderOptions
from screening_app.letters.specimens import specimens
from screening_app.paths import resources_dir

REPO = Path(__file__).resolve().parents[1]
TARGET_MS = 200.0


def bare_document() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph("One short paragraph of text.", getSampleStyleSheet()["Normal"])]
    )
    return buffer.getvalue()


def bare_ttf_document(font: str) -> bytes:
    """The same one paragraph, in the embedded TrueType font (subsetting and embedding cost)."""
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["Normal"].clone("ttf", fontName=font)
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph("One short paragraph of text.", style)])
    return buffer.getvalue()


def times_ms(action: Callable[[], object], repeats: int) -> list[float]:
    action()  # warm up (font subsets, caches)
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        out.append((time.perf_counter() - start) * 1000)
    return out


def instrument() -> tuple[Instrument, str]:
    catalog = load_catalog()
    for wanted in ("ipv-screen", "safety-check"):
        if wanted in catalog.instruments:
            return catalog.instruments[wanted], wanted
    return load_instrument(REPO / "tests" / "data" / "minimal.yaml"), "tests/data/minimal.yaml"


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    start = time.perf_counter()
    printer = DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")
    fonts_ms = (time.perf_counter() - start) * 1000
    directory = load_directory(resources_dir() / "services")
    chosen, source = instrument()
    documents = specimens(directory, chosen)
    baseline = statistics.median(times_ms(bare_document, repeats))
    ttf = statistics.median(times_ms(lambda: bare_ttf_document(printer.fonts.regular), repeats))
    print(f"repeats per document: {repeats}; instrument: {source}")
    print(f"font registration (once per process): {fonts_ms:.0f} ms")
    print(f"baseline, bare one-paragraph reportlab document: median {baseline:.1f} ms")
    print(f"the same paragraph in the embedded TTF font: median {ttf:.1f} ms")
    print(
        f"{'document':40} {'pages':>5} {'median ms':>10} {'p90 ms':>8} {'x baseline':>11}  target"
    )
    worst = 0.0
    for name, document in documents.items():
        for options in (RenderOptions("da"), RenderOptions("en", training=True)):
            label = f"{name} ({options.language}{', training' if options.training else ''})"
            samples = times_ms(lambda d=document, o=options: printer.pdf(d, o), repeats)
            median = statistics.median(samples)
            p90 = statistics.quantiles(samples, n=10)[-1]
            pages = printer.render(document, options).pages
            worst = max(worst, median)
            verdict = "ok" if median < TARGET_MS else "SLOW"
            print(
                f"{label:40} {pages:>5} {median:>10.1f} {p90:>8.1f} {median / baseline:>11.1f}  "
                f"{verdict}"
            )
    print(f"slowest median {worst:.1f} ms; target < {TARGET_MS:.0f} ms per letter")


if __name__ == "__main__":
    main()
