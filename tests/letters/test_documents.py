"""Every document: names in any script, training watermark, neutral metadata, no file written."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from screening_app.letters import DocumentPrinter, ReferralLetter, RenderOptions
from screening_app.letters.printer import Document
from screening_app.letters.specimens import ARABIC, DANISH, POLISH
from tests.letters.conftest import all_text, page_texts, violence_hits

NAMES = [DANISH, POLISH, ARABIC, "Zażółć Gęślą-Jaźń", "Ærlig Øster-Ågård", "محمد بن عبد الله"]
CPR = re.compile(r"\d{6}-?\d{4}")


@pytest.mark.parametrize("name", NAMES)
def test_names_in_any_script_come_out_intact(
    printer: DocumentPrinter, samples: dict[str, Document], name: str
) -> None:
    base = samples["referral-letter"]
    assert isinstance(base, ReferralLetter)
    letter = dataclasses.replace(base, person=dataclasses.replace(base.person, name=name))
    assert name in all_text(printer.pdf(letter, RenderOptions("da")))


@pytest.mark.parametrize("language", ["da", "en"])
def test_training_watermark_on_every_page_of_every_document(
    printer: DocumentPrinter, samples: dict[str, Document], language: str
) -> None:
    mark = "TRÆNING" if language == "da" else "TRAINING"
    for name, document in samples.items():
        training = page_texts(printer.pdf(document, RenderOptions(language, training=True)))  # type: ignore[arg-type]
        assert training, name
        assert all(mark in page for page in training), name
        real = page_texts(printer.pdf(document, RenderOptions(language)))  # type: ignore[arg-type]
        assert not any(mark in page for page in real), name


def test_metadata_is_neutral(printer: DocumentPrinter, samples: dict[str, Document]) -> None:
    for name, document in samples.items():
        for language in ("da", "en"):
            pdf = printer.pdf(document, RenderOptions(language))  # type: ignore[arg-type]
            info: dict[str, Any] = dict(PdfReader(io.BytesIO(pdf)).metadata or {})
            fields = ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer")
            values = " ".join(str(info.get(key, "")) for key in fields)
            assert info.get("/Title") in {"Brev", "Kort", "Plan", "Skema", "Letter", "Card", "Form"}
            assert info.get("/Author") == "TrygStart"
            assert info.get("/Creator") == "TrygStart"
            assert violence_hits(values) == [], name
            assert not CPR.search(values), name
            for person in (DANISH, POLISH, ARABIC, "Anna", "Nordby"):
                assert person not in values, name
            assert "/CreationDate" not in info or "2000" in str(info["/CreationDate"])


def test_rendered_document_reports_kind_pages_and_discretion(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    rendered = {name: printer.render(doc, RenderOptions("da")) for name, doc in samples.items()}
    assert rendered["referral-letter"].kind == "referral-letter"
    assert rendered["resource-card"].pages == 2
    assert not rendered["safety-plan"].discreet  # recognisable as a plan, whatever the words
    assert rendered["safety-plan-numbers"].discreet
    assert rendered["referral-letter-discreet"].discreet
    assert not rendered["referral-letter"].discreet
    assert all(r.pdf.startswith(b"%PDF-") for r in rendered.values())
    for name, result in rendered.items():
        assert result.pages == len(PdfReader(io.BytesIO(result.pdf)).pages), name


def test_rendering_is_deterministic(printer: DocumentPrinter, samples: dict[str, Document]) -> None:
    document = samples["referral-letter"]
    assert printer.pdf(document, RenderOptions("da")) == printer.pdf(document, RenderOptions("da"))


# ------------------------------------------------------------- nothing on disk
_WATCH: list[list[str]] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCH:
        return
    if event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int)
            and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC)
        )
        if writing:
            _WATCH[-1].append(f"open {path} {mode} {flags}")
    elif event in ("os.rename", "os.remove", "os.mkdir", "shutil.copyfile", "tempfile.mkstemp"):
        _WATCH[-1].append(f"{event} {args}")


sys.addaudithook(_audit)  # audit hooks cannot be removed; it only records while watching


@contextmanager
def watching() -> Iterator[list[str]]:
    found: list[str] = []
    _WATCH.append(found)
    try:
        yield found
    finally:
        _WATCH.pop()


def test_the_watch_sees_a_write(tmp_path: Path) -> None:
    """Positive control: the hook does catch a file opened for writing."""
    with watching() as writes:
        (tmp_path / "x.pdf").write_bytes(b"%PDF")
        with tempfile.TemporaryFile():
            pass
    assert len(writes) >= 2


def test_rendering_writes_no_file(
    printer: DocumentPrinter,
    samples: dict[str, Document],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Security check 21: every document, in both languages and training mode, in memory only."""
    # A private temp dir, so other processes on the machine cannot disturb the listing.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))

    def listing() -> set[Path]:
        # The temp dir (where a temp file would land), and all of the test's own HOME (which
        # holds the XDG data, config and cache dirs) and tmp_path.
        return set(tmp_path.rglob("*")) | set(Path.home().rglob("*"))

    before = listing()
    with watching() as writes:
        for document in samples.values():
            for options in (RenderOptions("da"), RenderOptions("en", training=True)):
                printer.render(document, options)
    assert writes == []
    assert listing() - before == set()


def test_fonts_are_embedded_and_the_logo_is_drawn(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (20, 90, 160)).save(buffer, format="PNG")
    base = samples["referral-letter"]
    assert isinstance(base, ReferralLetter)
    head = dataclasses.replace(base.letterhead, logo_png=buffer.getvalue())
    pdf = printer.pdf(dataclasses.replace(base, letterhead=head), RenderOptions("da"))
    assert b"/FontFile2" in pdf  # the TrueType font program is inside the PDF
    assert b"DejaVuSans" in pdf
    assert b"/Subtype /Image" in pdf
    assert b"/Subtype /Image" not in printer.pdf(base, RenderOptions("da"))
