"""``screening-app validate`` and ``score`` as an author runs them (in a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"
BROKEN = Path(__file__).parents[1] / "instruments" / "broken"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "screening_app", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_validate_valid_file_prints_one_line_and_exits_0() -> None:
    result = run("validate", str(DATA / "minimal.yaml"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{DATA / 'minimal.yaml'}: valid (test-minimal 1.0.0, active, 5 items, da, en)"
    ]
    assert result.stderr == ""


def test_validate_broken_files_exit_1_with_error_lines_and_no_traceback() -> None:
    files = [BROKEN / "weight-not-number.yaml", BROKEN / "not-yaml.yaml"]
    result = run("validate", *map(str, files))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{files[1]}:4:1: not valid YAML: expected ',' or '}}', but got '<stream end>'",
        f"{files[0]}:30:58: items[2].options[0].weight: must be a number",
    ]


def test_score_prints_json_result(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"q1": "yes", "q2": "no", "age": 40}), encoding="utf-8")
    result = run(
        "score",
        str(DATA / "minimal.yaml"),
        "--answers",
        str(answers),
        "--lang",
        "en",
        "--context",
        "phase=pregnant",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["scores"] == {"total": 1.0}
    assert data["band"] == {"id": "high", "colour": "yellow", "title": "High"}
    assert data["complete"] is True
    assert data["problems"] == []


def test_score_reports_unknown_wrong_and_hidden_answers(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"q1": "no", "q2": "yes", "age": "x", "zz": 1}), "utf-8")
    result = run("score", str(DATA / "minimal.yaml"), "--answers", str(answers))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{answers}: q2: The question 'q2' is not shown, given the other answers.",
        f"{answers}: age: The answer must be a whole number.",
        f"{answers}: zz: There is no question 'zz' in this questionnaire.",
    ]
    assert json.loads(result.stdout)["scores"] == {"total": 0.0}


def test_score_rejects_bad_context_and_language(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text("{}", "utf-8")
    bad_context = run(
        "score", str(DATA / "minimal.yaml"), "--answers", str(answers), "--context", "mood=ok"
    )
    assert bad_context.returncode == 1
    assert "KEY one of role, phase, weeksPregnant, childAgeWeeks" in bad_context.stderr
    bad_lang = run("score", str(DATA / "minimal.yaml"), "--answers", str(answers), "--lang", "fr")
    assert bad_lang.returncode == 1
    assert bad_lang.stderr.strip() == "--lang: 'fr' is not one of da, en"
    assert "Traceback" not in bad_context.stderr + bad_lang.stderr
