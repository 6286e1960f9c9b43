"""security.md check 10: no core dumps; and the logging set-up keeps person data out."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from screening_app.logsetup import SafeFormatter, configure_logging

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process flags")
def test_core_dumps_are_disabled_in_a_fresh_process() -> None:
    script = (
        "from screening_app.hardening import core_dumps_disabled, disable_core_dumps\n"
        "before = core_dumps_disabled()\n"
        "disable_core_dumps()\n"
        "import resource\n"
        "print(before, core_dumps_disabled(), resource.getrlimit(resource.RLIMIT_CORE), 'x')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    _before, after, limits, _ = result.stdout.split(" ", 3)
    assert after == "True"
    assert limits == "(0,"  # (0, 0)


def test_the_admin_command_hardens_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import screening_app.cli.admin as admin_cli

    called = []
    monkeypatch.setattr(admin_cli, "disable_core_dumps", lambda: called.append(True))
    from screening_app.cli import main

    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO(""))
    main(["admin", "check", "--admin", "x", "--data-dir", "/nonexistent/trygstart"])
    assert called == [True]


def _format(message: str, *args: object, exc: bool = False) -> str:
    record = logging.LogRecord("screening_app.x", logging.INFO, __file__, 1, message, args, None)
    if exc:
        try:
            raise RuntimeError("Mette Hansen 0101901234")
        except RuntimeError:
            record.exc_info = sys.exc_info()
    return SafeFormatter().format(record)


def test_string_arguments_never_reach_the_log() -> None:
    text = _format("opened %s (%d answers)", "Mette Hansen", 7)
    assert text.endswith("opened <text> (7 answers)")


def test_numbers_that_look_like_cpr_or_phones_are_masked() -> None:
    assert "<number>" in _format("cpr 010190-1234 in template")
    assert "0101901234" not in _format("cpr 0101901234")
    # the message only: the time stamp before it may hold any digits
    assert "78" not in _format("call +45 12 34 56 78").split(": ", 1)[1]
    assert "page 4096" in _format("page 4096")


def test_exceptions_keep_type_and_place_not_message() -> None:
    text = _format("failed", exc=True)
    assert "RuntimeError" in text
    assert "test_hardening.py" in text
    assert "Mette" not in text
    assert "0101901234" not in text


def test_log_file_is_private(tmp_path: Path) -> None:
    handler = configure_logging(tmp_path / "logs")
    try:
        logging.getLogger("screening_app.t").info("hello %s", "Mette")
        handler.flush()
        path = tmp_path / "logs" / "trygstart.log"
        assert path.stat().st_mode & 0o077 == 0
        assert "hello <text>" in path.read_text()
    finally:
        logging.getLogger("screening_app").removeHandler(handler)
        handler.close()
