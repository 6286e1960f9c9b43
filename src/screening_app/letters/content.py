"""What the documents are made from: plain, immutable values the services layer fills in.

These are not storage rows: the services layer maps its records to them. Each renderer checks
what it needs and refuses, with a ``LetterError``, content it cannot print truthfully.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from screening_app.domain.consent import SHARE_ITEMS, SafeContact, item_name
from screening_app.letters.texts import TEXTS

Language = Literal["da", "en"]
LANGUAGES: tuple[Language, ...] = ("da", "en")


class LetterError(ValueError):
    """Content that cannot be printed: ``code`` is stable, ``message(lang)`` is for people."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        params = dict(self.params)
        if params.get("item") in SHARE_ITEMS:  # name a letter section in the reader's language
            params["item"] = item_name(params["item"], lang)
        return TEXTS.text(f"error.{self.code}", lang, **params)


@dataclass(frozen=True)
class RenderOptions:
    """How to print: the language of the document's own texts, and training mode."""

    language: Language = "da"
    training: bool = False

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"documents are printed in da or en, not {self.language!r}")


@dataclass(frozen=True)
class Letterhead:
    """The clinic's details from its settings (the workplace address, never a private one)."""

    clinic_name: str
    address: tuple[str, ...]
    department: str | None = None
    phone: str | None = None
    email: str | None = None
    logo_png: bytes | None = None

    def __post_init__(self) -> None:
        if not self.clinic_name.strip():
            raise ValueError("the clinic needs a name")
        if not self.address:
            raise ValueError("the clinic needs an address")


@dataclass(frozen=True)
class Clinician:
    """Who signs: name and professional title (e.g. "Jordemoder", "Sundhedsplejerske")."""

    name: str
    title: str
    phone: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip() or not self.title.strip():
            raise ValueError("a clinician needs a name and a title")


@dataclass(frozen=True)
class Person:
    """The person a referral is about, with how they may safely be reached."""

    name: str
    birth_date: dt.date | None = None
    safe_contact: SafeContact = field(default_factory=SafeContact)
    language: str | None = None  # the language they prefer, in words ("arabisk")
    interpreter_needed: bool = False

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a person needs a name")


def date_text(day: dt.date, lang: str) -> str:
    """A date as people write it: "27. november 2026" / "27 November 2026"."""
    month = TEXTS.text(f"month.{day.month}", lang)
    return f"{day.day}. {month} {day.year}" if lang == "da" else f"{day.day} {month} {day.year}"


def yes_no(value: bool, lang: str) -> str:
    return TEXTS.text("yes" if value else "no", lang)
