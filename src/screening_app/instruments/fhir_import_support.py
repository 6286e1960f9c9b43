"""Helpers for the FHIR importer: notes, texts in several languages, ids and versions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from screening_app.instruments.fhir_common import EXT_TRANSLATION
from screening_app.instruments.fhir_input import FElement, FExtension

_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$")
MAX_TEXT = 4000


NoteKind = Literal["loss", "info"]


@dataclass(frozen=True)
class ImportNote:
    """Something in the FHIR file that was not imported, or imported differently.

    ``link_id`` is the item's linkId in the FHIR file (None for the questionnaire itself).
    ``kind`` is ``loss`` when something of the questionnaire is not kept (an item, a condition,
    an extension, a presentation hint) and ``info`` when the import only says what it did
    (metadata filled in, a version written as 1.0.0, a language assumed): a questionnaire
    imports fully when it has no loss.
    """

    link_id: str | None
    message: str
    kind: NoteKind = "loss"

    def __str__(self) -> str:
        return f"{self.link_id}: {self.message}" if self.link_id is not None else self.message


@dataclass
class Notes:
    items: list[ImportNote] = field(default_factory=list)
    _seen: set[ImportNote] = field(default_factory=set)

    def add(self, link_id: str | None, message: str, kind: NoteKind = "loss") -> None:
        note = ImportNote(link_id, message, kind)
        if note not in self._seen:
            self._seen.add(note)
            self.items.append(note)

    @property
    def losses(self) -> list[ImportNote]:
        return [note for note in self.items if note.kind == "loss"]


def language_code(raw: str) -> str | None:
    """A BCP 47 tag in the form used here ("en", "pt-BR"), or None if it cannot be one."""
    parts = raw.strip().replace("_", "-").split("-")
    if len(parts) == 1:
        code = parts[0].lower()
    elif len(parts) == 2:  # noqa: PLR2004 - language and region
        code = f"{parts[0].lower()}-{parts[1].upper()}"
    else:
        return None
    return code if _LANGUAGE.match(code) else None


def counted(things: list[str]) -> str:
    """``["a", "b", "a"]`` -> ``"a (2), b"``: each thing once, in first-seen order."""
    counts: dict[str, int] = {}
    for thing in things:
        counts[thing] = counts.get(thing, 0) + 1
    return ", ".join(f"{t} ({n})" if n > 1 else t for t, n in counts.items())


def _short(url: str) -> str:
    return url.rsplit("/", 1)[-1] if url.startswith("http://hl7.org/fhir/") else url


def describe_extension(extension: FExtension) -> str:
    return f"extension {_short(extension.url)}"


@dataclass
class Texts:
    """Every localized text built during an import, so languages can be settled at the end.

    A text is a dict ``{lang: text}`` placed in the instrument data. Texts the importer made up
    (a missing description, say) are "fillers": they get the same text in every language.
    """

    primary: str
    notes: Notes
    built: list[tuple[dict[str, str], str | None]] = field(default_factory=list)
    fillers: list[dict[str, str]] = field(default_factory=list)

    def text(
        self, value: str, element: FElement | None, link_id: str | None, what: str
    ) -> dict[str, str]:
        """The text in the primary language and its translations (``translation`` extensions)."""
        out = {self.primary: self._clip(value, link_id, what)}
        for extension in element.extension if element else []:
            if extension.url != EXT_TRANSLATION:
                self.notes.add(link_id, f"{describe_extension(extension)} on the {what}: ignored")
                continue
            lang, content = _translation(extension)
            code = language_code(lang) if lang else None
            if code is None or not content:
                self.notes.add(link_id, f"a translation of the {what} could not be read: ignored")
            elif code != self.primary:
                out[code] = self._clip(content, link_id, what)
        self.built.append((out, link_id))
        return out

    def _clip(self, value: str, link_id: str | None, what: str) -> str:
        if len(value) > MAX_TEXT:
            self.notes.add(link_id, f"the {what} is cut to {MAX_TEXT} characters")
            return value[:MAX_TEXT]
        return value

    def filler(self, value: str) -> dict[str, str]:
        out = {self.primary: value[:MAX_TEXT]}
        self.fillers.append(out)
        return out

    def settle(self, wanted: list[str] | None) -> list[str]:
        """Decide the languages (``wanted``, or every complete translation) and apply them."""
        if wanted is None:
            found: dict[str, int] = {}
            for text, _link_id in self.built:
                for lang in text:
                    found[lang] = found.get(lang, 0) + 1
            wanted = [self.primary]
            for lang, count in found.items():
                if lang == self.primary:
                    continue
                if count == len(self.built):
                    wanted.append(lang)
                else:
                    missing = next(link for text, link in self.built if lang not in text)
                    where = f" (e.g. at '{missing}')" if missing else ""
                    self.notes.add(
                        None,
                        f"the '{lang}' translation covers {count} of {len(self.built)} texts"
                        f"{where}: not imported (a language must cover every text)",
                    )
        keep = set(wanted)
        for text, _link_id in self.built:
            for lang in [lang for lang in text if lang not in keep]:
                del text[lang]
        for text in self.fillers:
            for lang in wanted:
                text.setdefault(lang, text[self.primary])
        return wanted


def _translation(extension: FExtension) -> tuple[str | None, str | None]:
    lang: str | None = None
    content: str | None = None
    for part in extension.extension:
        found = part.value()
        if found is None or not isinstance(found[1], str):
            continue
        if part.url == "lang":
            lang = found[1]
        elif part.url == "content":
            content = found[1]
    return lang, content


def identifier(*candidates: str | None) -> str | None:
    """The first candidate made into an id (lower-case letters, digits and dashes)."""
    for candidate in candidates:
        if not candidate:
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", candidate.lower()).strip("-")[:60].strip("-")
        if slug:
            return slug if slug[0].isalpha() else f"q-{slug}"
    return None


def semantic_version(raw: str | None) -> str | None:
    """``raw`` as a semantic version ("2" -> "2.0.0", "2.1" -> "2.1.0"), or None."""
    if raw is None:
        return None
    raw = raw.strip()
    if _SEMVER.match(raw):
        return raw
    if re.fullmatch(r"(0|[1-9]\d*)(\.(0|[1-9]\d*))?", raw):
        padded = raw + ".0" * (2 - raw.count("."))
        return padded if _SEMVER.match(padded) else None
    return None


def number(value: Any) -> float | None:
    """A JSON number as a float (not a boolean), or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)
