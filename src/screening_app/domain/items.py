"""The items of an instrument: questions, texts and sections, and what each may carry.

Every item has a ``linkId`` (stable: stored answers refer to it; any text FHIR allows, so an
imported questionnaire keeps its own), a ``type`` and a ``text``. Besides the question itself an
item may carry what real forms use (each kept in a FHIR export):

- ``prefix`` ("1.", "a)") shown before the text; ``hidden``: never shown, but its value (an
  ``initial`` answer or a ``calculated`` one) counts in formulas, scores and conditions;
- ``initial``: the answer the item starts with; ``readOnly``: it cannot be changed;
- ``calculated``: a formula (``domain.formulas``) whose value is the answer (read-only);
- ``repeats`` on a question: several answers (a list); on a group: the group is answered once
  per repetition (``domain.repeats``);
- presentation: ``control`` (drop-down, radio-button, check-box, slider), ``orientation``
  (horizontal, vertical), ``entryFormat`` (a hint such as "YYYY-MM-DD"), ``maxLength``,
  ``min``/``max``, ``unit``/``units``;
- a choice may be ``open`` (free text besides the options, ``openLabel`` names it) and take its
  options from a value set of the instrument (``answerValueSet``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Literal, Union

from pydantic import Discriminator, Field, Tag

from screening_app.domain.answer_values import JsonAnswer
from screening_app.domain.base import LinkId, LocalizedText, StrictModel
from screening_app.domain.conditions import Condition
from screening_app.domain.formulas import Formula

ItemControl = Literal["drop-down", "radio-button", "check-box", "slider"]
Orientation = Literal["horizontal", "vertical"]
# An option that is a plain FHIR value rather than a code: its code is the value as text.
OptionValueType = Literal["integer", "date", "time", "string"]
# A value set's id: FHIR's id characters (a contained resource is referred to as '#id').
ValueSetId = Annotated[str, Field(pattern=r"^[A-Za-z0-9\-.]{1,64}$")]

# Items in one instrument, groups and texts included (long real questionnaires have a few
# thousand); the file's size and value limits (``loading.yamlfile``) hold as well.
MAX_ITEMS = 5_000
MAX_CODE = 1000  # characters in an option code (an option's value in FHIR may be long text)


class Coding(StrictModel):
    """A code, with the terminology (e.g. LOINC) it comes from when it has one.

    A code without ``system`` is kept as it came (an imported questionnaire's local code): a
    system is never invented for it.
    """

    system: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    code: Annotated[str, Field(min_length=1, max_length=MAX_CODE)]
    display: str | None = Field(default=None, max_length=500)


class AnswerOption(StrictModel):
    code: Annotated[str, Field(min_length=1, max_length=MAX_CODE)]
    text: LocalizedText
    weight: float = 0.0
    coding: Coding | None = None
    # FHIR gives the option as this kind of value (its code as text), not as a coding.
    value_type: OptionValueType | None = None


class Unit(StrictModel):
    """A unit a quantity may be given in (e.g. UCUM ``kg``)."""

    code: Annotated[str, Field(min_length=1, max_length=100)]
    system: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    text: LocalizedText


class ValueSet(StrictModel):
    """Options shared by several choice items (``answerValueSet: ID``), as FHIR's contained
    ValueSet."""

    id: ValueSetId
    url: Annotated[str, Field(min_length=1, max_length=300)] | None = None
    options: Annotated[list[AnswerOption], Field(min_length=1, max_length=500)]


# ------------------------------------------------------------------------ items
class _ItemBase(StrictModel):
    link_id: LinkId
    prefix: Annotated[str, Field(min_length=1, max_length=50)] | None = None
    text: LocalizedText
    guidance: LocalizedText | None = None
    enable_when: Condition | None = None
    codes: Annotated[list[Coding], Field(max_length=10)] = []
    hidden: bool = False
    # For the clinician only ("Til dig som fagperson"): never shown to the person answering
    # alone on the screen, never on the person's pages of a printed form.
    clinician_only: bool = False


class _Question(_ItemBase):
    required: bool = False
    read_only: bool = False
    initial: JsonAnswer | None = None
    entry_format: LocalizedText | None = None


class _Calculable(_Question):
    calculated: Formula | None = None


class DisplayItem(_ItemBase):
    """Text shown without an answer (an introduction, an instruction)."""

    type: Literal["display"]


class BooleanItem(_Calculable):
    type: Literal["boolean"]


class _Options(_Question):
    options: Annotated[list[AnswerOption], Field(max_length=500)] = []
    answer_value_set: ValueSetId | None = None
    open: bool = False
    open_label: LocalizedText | None = None
    control: ItemControl | None = None
    orientation: Orientation | None = None


class ChoiceItem(_Options):
    """One option out of several (or, when ``open``, free text instead)."""

    type: Literal["choice"]


class MultiChoiceItem(_Options):
    """Any number of the options (none counts as unanswered)."""

    type: Literal["multi-choice"]


class _Repeatable(_Question):
    repeats: bool = False


class IntegerItem(_Repeatable, _Calculable):
    type: Literal["integer"]
    min: int | None = None
    max: int | None = None
    unit: LocalizedText | None = None
    control: ItemControl | None = None


class DecimalItem(_Repeatable, _Calculable):
    type: Literal["decimal"]
    min: float | None = None
    max: float | None = None
    unit: LocalizedText | None = None
    control: ItemControl | None = None


class DateItem(_Repeatable, _Calculable):
    type: Literal["date"]
    min: dt.date | None = None
    max: dt.date | None = None


class TimeItem(_Repeatable):
    """A time of day (HH:MM)."""

    type: Literal["time"]
    min: Annotated[str, Field(pattern=r"^\d\d:\d\d(:\d\d)?$")] | None = None
    max: Annotated[str, Field(pattern=r"^\d\d:\d\d(:\d\d)?$")] | None = None


class DateTimeItem(_Repeatable):
    """A date and a time of day (with the time zone)."""

    type: Literal["date-time"]


class QuantityItem(_Repeatable):
    """A number in one of the given units (the first is the usual one)."""

    type: Literal["quantity"]
    units: Annotated[list[Unit], Field(min_length=1, max_length=30)]
    min: float | None = None
    max: float | None = None


class StringItem(_Repeatable, _Calculable):
    """One line of free text."""

    type: Literal["string"]
    max_length: Annotated[int, Field(ge=1, le=1000)] = 200


class TextItem(_Repeatable, _Calculable):
    """Several lines of free text."""

    type: Literal["text"]
    max_length: Annotated[int, Field(ge=1, le=20000)] = 4000


class GroupItem(_ItemBase):
    """A section: its items are shown only when the group is. A repeating group is answered
    once per repetition (at most ``maxRepeats`` times)."""

    type: Literal["group"]
    repeats: bool = False
    max_repeats: Annotated[int, Field(ge=1, le=50)] | None = None
    items: Annotated[list[Item], Field(min_length=1, max_length=MAX_ITEMS)]


Item = Annotated[
    Union[  # noqa: UP007
        Annotated[DisplayItem, Tag("display")],
        Annotated[BooleanItem, Tag("boolean")],
        Annotated[ChoiceItem, Tag("choice")],
        Annotated[MultiChoiceItem, Tag("multi-choice")],
        Annotated[IntegerItem, Tag("integer")],
        Annotated[DecimalItem, Tag("decimal")],
        Annotated[DateItem, Tag("date")],
        Annotated[TimeItem, Tag("time")],
        Annotated[DateTimeItem, Tag("date-time")],
        Annotated[QuantityItem, Tag("quantity")],
        Annotated[StringItem, Tag("string")],
        Annotated[TextItem, Tag("text")],
        Annotated[GroupItem, Tag("group")],
    ],
    Discriminator("type"),
]
GroupItem.model_rebuild()

QuestionItem = (
    BooleanItem
    | ChoiceItem
    | MultiChoiceItem
    | IntegerItem
    | DecimalItem
    | DateItem
    | TimeItem
    | DateTimeItem
    | QuantityItem
    | StringItem
    | TextItem
)
CalculableItem = BooleanItem | IntegerItem | DecimalItem | DateItem | StringItem | TextItem
RepeatableItem = (
    IntegerItem | DecimalItem | DateItem | TimeItem | DateTimeItem | QuantityItem | StringItem
) | TextItem
ITEM_TYPES: tuple[str, ...] = (
    "display",
    "boolean",
    "choice",
    "multi-choice",
    "integer",
    "decimal",
    "date",
    "time",
    "date-time",
    "quantity",
    "string",
    "text",
    "group",
)


def walk_items(
    items: list[Item],
    parent: GroupItem | None = None,
    loc: tuple[str | int, ...] = ("items",),
) -> Iterator[tuple[Item, GroupItem | None, tuple[str | int, ...]]]:
    """Every item in document order, with its enclosing group and its location in the file."""
    for index, item in enumerate(items):
        item_loc = (*loc, index)
        yield item, parent, item_loc
        if isinstance(item, GroupItem):
            yield from walk_items(item.items, item, (*item_loc, "items"))


def is_question(item: Item) -> bool:
    return not isinstance(item, (DisplayItem, GroupItem))


def is_calculated(item: Item) -> bool:
    return getattr(item, "calculated", None) is not None


def repeats(item: Item) -> bool:
    """Several answers to one question (not a multi-choice: its options are one answer)."""
    return bool(getattr(item, "repeats", False)) and is_question(item)
