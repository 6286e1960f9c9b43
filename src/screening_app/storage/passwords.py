"""Password rules (NIST SP 800-63B rev. 4, single-factor passwords) and the PIN format.

- at least 15 characters, up to 256 accepted (more than the required 64); counted as Unicode
  code points of the NFC form; every character allowed, spaces included; nothing truncated;
  but not spaces alone (any kind of space: a keyboard held down is no password);
- no composition rules (no "one digit, one capital");
- refused if on the bundled list of common passwords (``resources/passwords``, 341,221 entries)
  or if it contains the user name or the clinic name (case-insensitive).
The list is compared in NFKC form, case-folded, and loaded only when a password is set.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from screening_app.paths import resources_dir
from screening_app.storage.errors import StorageError

MIN_LENGTH = 15
MAX_LENGTH = 256
MIN_CONTEXT_WORD = 3
PIN_LENGTHS = range(4, 9)


def blocklist_path() -> Path:
    return resources_dir() / "passwords" / "common-passwords.txt.gz"


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


class PasswordPolicy:
    """Checks a new password. The blocklist is read from ``path`` on first use."""

    def __init__(self, blocklist: Path | None = None) -> None:
        self._path = blocklist or blocklist_path()
        self._blocked: frozenset[str] | None = None

    def blocked(self) -> frozenset[str]:
        if self._blocked is None:
            with gzip.open(self._path, "rt", encoding="utf-8", newline="\n") as handle:
                self._blocked = frozenset(_folded(line.rstrip("\n")) for line in handle if line)
        return self._blocked

    def check(self, password: str, context_words: Iterable[str] = ()) -> None:
        """Raise ``StorageError`` with the first rule the password breaks."""
        length = len(unicodedata.normalize("NFC", password))
        if password and password.isspace():
            raise StorageError("password-blank")
        if length < MIN_LENGTH:
            raise StorageError("password-too-short", minimum=MIN_LENGTH)
        if length > MAX_LENGTH:
            raise StorageError("password-too-long", maximum=MAX_LENGTH)
        folded = _folded(password)
        for word in context_words:
            for part in _context_parts(word):
                if part in folded:
                    raise StorageError("password-context")
        if folded in self.blocked():
            raise StorageError("password-common")


def _context_parts(word: str) -> list[str]:
    """The whole name and each of its words (at least 3 letters), case-folded."""
    folded = _folded(word).strip()
    parts = [folded, *folded.split()]
    return [part for part in parts if len(part) >= MIN_CONTEXT_WORD]


def check_pin(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise StorageError("pin-format")
