"""Building blocks shared by every data model: strict pydantic config, ids, localized text."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, RootModel
from pydantic.alias_generators import to_camel

# An identifier used in data files and referred to by other files: lower-case, digits, dashes.
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=64)]
# A linkId as FHIR allows it (so an imported questionnaire keeps its own, e.g. "/44250-9"):
# any characters but control characters, not starting or ending with a space, at most 255.
LINK_ID_PATTERN = r"^[^\s\x00-\x1f\x7f]([^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?$"
LinkId = Annotated[str, Field(pattern=LINK_ID_PATTERN, max_length=255)]
# BCP 47 language tag as used here: "da", "en", "ar", "pl", "pt-BR"...
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$")]
# Semantic version, e.g. "1.2.0".
SemVer = Annotated[
    str,
    Field(pattern=r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$", max_length=40),
]
NonEmptyText = Annotated[str, Field(min_length=1, max_length=4000)]


class StrictModel(BaseModel):
    """Data-file models: unknown keys are errors, no silent type coercion, immutable."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )


class LocalizedText(RootModel[dict[LanguageCode, NonEmptyText]]):
    """A text in one or more languages, keyed by language code: ``{da: "...", en: "..."}``.

    Which languages must be present is decided by the document (an instrument's declared
    languages); the check lives with the document's other semantic checks.
    """

    model_config = ConfigDict(
        strict=True, frozen=True, json_schema_extra={"additionalProperties": False}
    )

    def get(self, lang: str, fallback: str | None = None) -> str:
        """The text in ``lang``; else in ``fallback``; else in the first language given."""
        if lang in self.root:
            return self.root[lang]
        if fallback is not None and fallback in self.root:
            return self.root[fallback]
        return next(iter(self.root.values()))

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self.root)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.root.items())))


def localized(**texts: str) -> LocalizedText:
    """Build a LocalizedText in code: ``localized(da="Ja", en="Yes")``."""
    return LocalizedText(texts)


# A location inside a document, as pydantic reports it: keys and list indexes.
Loc = tuple[str | int, ...]


class Problem(BaseModel):
    """One thing wrong with a document, at a location inside it."""

    model_config = ConfigDict(frozen=True)

    loc: Loc
    message: str

    @staticmethod
    def at(*loc: str | int, message: str) -> Problem:
        return Problem(loc=tuple(loc), message=message)


def format_loc(loc: Loc) -> str:
    """``("items", 3, "options", 1, "weight")`` -> ``items[3].options[1].weight``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out or "(document)"


def json_value(value: Any) -> Any:
    """A value as it appears in JSON output (dates as ISO strings)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple, frozenset, set)):
        return [json_value(v) for v in value]
    return value
