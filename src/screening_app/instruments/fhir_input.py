"""The part of a FHIR R4 Questionnaire the importer reads, as lenient-but-typed models.

Elements the importer uses are typed (a wrong type is an error with its location); every other
element is kept as an "extra" so the importer can name what it did not import. Extension values
are kept untyped and checked where they are used: an odd value in an extension the importer
does not use must not stop an import. Two leniencies follow real files: booleans written as the
text "true"/"false", and ``enableWhen`` answers of the wrong type (reported, not fatal).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.alias_generators import to_camel

from screening_app.instruments.fhir_common import canonical_url

LaxBool = bool | Literal["true", "false"]


def lax_bool(value: LaxBool | None) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    return value == "true"


class _Fhir(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        strict=True,
        alias_generator=to_camel,
        validate_by_name=False,
        validate_by_alias=True,
    )

    def unknown(self, ignore: frozenset[str] = frozenset({"id"})) -> list[str]:
        """Elements present but not modelled (not imported), sorted."""
        return sorted(key for key in (self.model_extra or {}) if key not in ignore)

    def element(self, key: str) -> Any:
        return (self.model_extra or {}).get(key)


class FExtension(_Fhir):
    """An extension: its url, nested extensions, and an untyped ``value[x]`` among the extras."""

    url: str
    extension: list[FExtension] = []

    @field_validator("url")
    @classmethod
    def _current(cls, url: str) -> str:
        return canonical_url(url)  # TrygStart's legacy URNs read as the canonical URLs

    def value(self) -> tuple[str, Any] | None:
        """The ``value[x]`` element as (name, value), e.g. ("valueDecimal", 2)."""
        for key, value in (self.model_extra or {}).items():
            if key.startswith("value"):
                return key, value
        return None


class FElement(_Fhir):
    """The ``_name`` companion of a primitive value: its extensions (translations)."""

    extension: list[FExtension] = []


class FCoding(_Fhir):
    system: str | None = None
    version: str | None = None
    code: str | None = None
    display: str | None = None
    display_ext: FElement | None = Field(default=None, alias="_display")


class FEnableWhen(_Fhir):
    """``question``, ``operator`` and one ``answer[x]`` (kept untyped among the extras)."""

    question: str
    operator: str

    def answer(self) -> list[tuple[str, Any]]:
        return [(k, v) for k, v in (self.model_extra or {}).items() if k.startswith("answer")]


class FAnswerOption(_Fhir):
    value_coding: FCoding | None = None
    value_string: str | None = None
    value_string_ext: FElement | None = Field(default=None, alias="_valueString")
    value_integer: int | None = None
    value_date: str | None = None
    value_time: str | None = None
    initial_selected: LaxBool | None = None
    extension: list[FExtension] = []


class FInitial(_Fhir):
    """One ``initial`` value: its ``value[x]`` is kept untyped among the extras."""

    def value(self) -> tuple[str, Any] | None:
        for key, value in (self.model_extra or {}).items():
            if key.startswith("value"):
                return key, value
        return None


class FItem(_Fhir):
    link_id: str
    prefix: str | None = None
    type: str
    text: str | None = None
    text_ext: FElement | None = Field(default=None, alias="_text")
    code: list[FCoding] = []
    enable_when: list[FEnableWhen] = []
    enable_behavior: Literal["all", "any"] | None = None
    required: LaxBool | None = None
    repeats: LaxBool | None = None
    read_only: LaxBool | None = None
    max_length: int | None = None
    answer_value_set: str | None = None
    answer_option: list[FAnswerOption] = []
    initial: list[FInitial] = []
    item: list[FItem] = []
    extension: list[FExtension] = []
    modifier_extension: list[FExtension] = []


class FQuestionnaire(_Fhir):
    resource_type: Literal["Questionnaire"]
    id: str | None = None
    url: str | None = None
    version: str | None = None
    name: str | None = None
    title: str | None = None
    title_ext: FElement | None = Field(default=None, alias="_title")
    status: str | None = None
    description: str | None = None
    description_ext: FElement | None = Field(default=None, alias="_description")
    copyright: str | None = None
    publisher: str | None = None
    language: str | None = None
    code: list[FCoding] = []
    contained: list[dict[str, Any]] = []
    extension: list[FExtension] = []
    modifier_extension: list[FExtension] = []
    item: list[FItem] = []
