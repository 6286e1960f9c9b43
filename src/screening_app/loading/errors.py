"""Errors in data files, as a person can act on them: ``file:line:col: path: message``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class FileError:
    """One problem in a file. ``line``/``col`` are 1-based; 0 when there is none."""

    path: str
    line: int
    col: int
    where: str  # location inside the document, e.g. "items[3].options[1].weight"
    message: str

    def __str__(self) -> str:
        if not self.line:
            position = ""
        elif self.col:
            position = f"{self.line}:{self.col}:"
        else:  # a line without a column (the machine settings file: tomllib keeps none)
            position = f"{self.line}:"
        where = f" {self.where}:" if self.where else ""
        return f"{self.path}:{position}{where} {self.message}"


class DocumentError(Exception):
    """A document that cannot be used, with every problem found in it."""

    def __init__(self, errors: list[FileError]) -> None:
        self.errors = sorted(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    @staticmethod
    def single(path: str, message: str, line: int = 0, col: int = 0) -> DocumentError:
        return DocumentError([FileError(path, line, col, "", message)])
