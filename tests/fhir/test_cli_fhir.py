"""``screening-app fhir export|import`` and ``screening-app validate`` on FHIR JSON files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from screening_app.cli import main
from screening_app.instruments.yaml_format import load_instrument
from tests.fhir.support import LFORMS, MINIMAL, RICH, valid_questionnaire


@pytest.fixture(autouse=True)
def _no_bundled_instruments(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    shutil.copy(MINIMAL, bundled / "minimal.yaml")
    monkeypatch.setenv("TRYGSTART_QUESTIONNAIRES", str(bundled))


def test_export_writes_a_valid_questionnaire(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rich.json"
    assert main(["fhir", "export", str(RICH), "-o", str(out)]) == 0
    assert "https://example.org/fhir/Questionnaire/test-rich|2.1.0" in capsys.readouterr().out
    valid_questionnaire(json.loads(out.read_text(encoding="utf-8")))


def test_export_a_bundled_instrument_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fhir", "export", "test-minimal", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "test-minimal"


def test_export_of_an_unknown_instrument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fhir", "export", "no-such-thing", "-o", "-"]) == 1
    assert "no bundled instrument with this id" in capsys.readouterr().err


def test_import_round_trip_through_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "rich.json"
    written = tmp_path / "rich.yaml"
    assert main(["fhir", "export", str(RICH), "-o", str(exported)]) == 0
    assert main(["fhir", "import", str(exported), "-o", str(written)]) == 0
    out = capsys.readouterr()
    assert "0 notes" in out.out
    assert out.err == ""
    assert written.read_text(encoding="utf-8").startswith("# Imported from the FHIR")
    assert load_instrument(written) == load_instrument(RICH)
    assert main(["validate", str(written)]) == 0


def test_import_lists_what_was_not_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = tmp_path / "phq9.yaml"
    assert main(["fhir", "import", str(LFORMS / "phq9.json"), "-o", str(written)]) == 0
    err = capsys.readouterr().err
    lost = (
        "/44250-9: ignored (not supported here): answerOption extension questionnaire-optionPrefix"
    )
    assert f"{LFORMS / 'phq9.json'}: not kept: {lost}" in err
    text = written.read_text(encoding="utf-8")
    assert f"# - not kept: {lost}" in text
    assert "# - /44261-6: its value, from answer weights, is the score" in text
    assert main(["validate", str(written)]) == 0


def test_a_refusal_prints_the_notes_that_explain_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "photo.json"
    photo = {"linkId": "p", "type": "attachment", "text": "A photo"}
    source.write_text(
        json.dumps({"resourceType": "Questionnaire", "status": "draft", "item": [photo]}),
        encoding="utf-8",
    )
    assert main(["fhir", "import", str(source), "-o", str(tmp_path / "x.yaml")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].endswith("item: no item could be imported (see the notes)")
    assert f"{source}: not kept: p: not imported: type 'attachment' is not supported" in err
    assert main(["validate", str(source)]) == 1
    assert f"{source}: not kept: p: not imported: type 'attachment' is not supported" in (
        capsys.readouterr().err.splitlines()
    )


def test_import_language_option(tmp_path: Path) -> None:
    written = tmp_path / "apgar.yaml"
    source = LFORMS / "apgar-with-itemWeight-variable.json"
    assert main(["fhir", "import", str(source), "-o", str(written), "--lang", "de"]) == 0
    assert load_instrument(written).language_codes == ["de"]


def test_import_does_not_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = tmp_path / "out.yaml"
    written.write_text("keep me", encoding="utf-8")
    source = str(LFORMS / "q-4-level-deep.json")
    assert main(["fhir", "import", source, "-o", str(written)]) == 1
    assert "use --force" in capsys.readouterr().err
    assert written.read_text(encoding="utf-8") == "keep me"
    assert main(["fhir", "import", source, "-o", str(written), "--force"]) == 0
    assert load_instrument(written).id == "q-4-level-deep"


def test_import_of_the_loop_fails_with_positioned_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = LFORMS / "q-enableWhen-with-reference-loop.json"
    assert main(["fhir", "import", str(source), "-o", str(tmp_path / "x.yaml")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{source}:6:5: item[0]: item 'item1': ")
    assert any("enableWhen cycle" in line for line in err)
    assert not (tmp_path / "x.yaml").exists()


def test_validate_every_lforms_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(LFORMS.glob("*.json"))
    assert main(["validate", *map(str, files)]) == 1  # the loop
    out = capsys.readouterr()
    valid = out.out.splitlines()
    assert len(valid) == len(files) - 1
    assert all(": valid FHIR Questionnaire (" in line for line in valid)
    assert all("q-enableWhen-with-reference-loop.json:" in line for line in out.err.splitlines())


def test_validate_json_and_yaml_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "minimal.json"
    assert main(["fhir", "export", str(MINIMAL), "-o", str(exported)]) == 0
    capsys.readouterr()
    assert main(["validate", str(exported), str(MINIMAL)]) == 0
    lines = capsys.readouterr().out.splitlines()
    described = "test-minimal 1.0.0, active, 5 items, da, en"
    assert lines == [
        f"{exported}: valid FHIR Questionnaire ({described}; imports exactly)",
        f"{MINIMAL}: valid ({described})",
    ]


def test_validate_broken_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"resourceType": "Questionnaire",\n "item": [\n', encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith(f"{broken}:3:1: not valid JSON: ")
    assert "Traceback" not in out.err
