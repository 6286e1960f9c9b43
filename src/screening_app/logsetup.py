"""Application logging that cannot carry names, CPR numbers or answers.

Rules enforced by the formatter, whatever a caller passes:
- only the message template is written; string arguments are replaced by ``<text>`` (numbers,
  booleans and ``None`` are kept), so ``log.info("opened %s", name)`` writes ``opened <text>``;
- any run of 6 or more digits (a CPR number, a phone number) is masked;
- an exception is written as its type and the code locations of its traceback, never its
  message (messages can hold values).
Log files live under ``<data dir>/logs`` with mode 0600 and rotate at 1 MB (3 files kept).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from pathlib import Path
from types import TracebackType

_DIGITS = re.compile(r"\d[\d\- ]{4,}\d")
_SAFE_TYPES = (int, float, bool, type(None))
LOG_NAME = "trygstart.log"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def _mask_digits(text: str) -> str:
    return _DIGITS.sub(
        lambda m: "<number>" if sum(c.isdigit() for c in m.group()) >= 6 else m.group(),  # noqa: PLR2004
        text,
    )


class SafeFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        template = str(record.msg)
        args = record.args
        if isinstance(args, tuple):
            safe: tuple[object, ...] = tuple(
                a if isinstance(a, _SAFE_TYPES) else "<text>" for a in args
            )
        elif isinstance(args, dict):
            safe = ()
            template = template.replace("%(", "<text>(")
        else:
            safe = ()
        try:
            message = template % safe if safe else template
        except (TypeError, ValueError):
            message = template
        clean = logging.LogRecord(
            record.name,
            record.levelno,
            record.pathname,
            record.lineno,
            _mask_digits(message),
            None,
            None,
        )
        clean.created = record.created
        clean.msecs = record.msecs
        text = super().format(clean)
        if record.exc_info and record.exc_info[0] is not None:
            text += "\n" + self.safe_exception(record.exc_info)
        return text

    @staticmethod
    def safe_exception(exc_info: ExcInfo) -> str:
        kind, _value, tb = exc_info
        frames = traceback.extract_tb(tb)
        lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
        name = kind.__name__ if kind is not None else "Exception"
        return "\n".join(["Traceback (values omitted):", *lines, name])


def configure_logging(log_dir: Path | None, level: int = logging.INFO) -> logging.Handler:
    """Route the ``screening_app`` loggers to a private file (or stderr without a folder)."""
    handler: logging.Handler
    if log_dir is None:
        handler = logging.StreamHandler()
    else:
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = log_dir / LOG_NAME
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    handler.setFormatter(SafeFormatter())
    logger = logging.getLogger("screening_app")
    logger.setLevel(level)
    for old in list(logger.handlers):
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.propagate = False
    return handler
