"""The instrument format: a questionnaire declared as versioned data.

These models are the single definition of what an instrument file may contain; the JSON Schema
in ``questionnaires/schema.json`` is generated from them. Structural rules (types, unknown keys)
are enforced here by pydantic; rules across the document (references, languages, bands, cycles,
reachability) are in ``domain.checks``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, Literal, Union

from pydantic import Discriminator, Field, Tag, model_validator

from screening_app.domain.base import (
    Identifier,
    LanguageCode,
    LinkId,
    LocalizedText,
    SemVer,
    StrictModel,
)
from screening_app.domain.conditions import Condition
from screening_app.domain.consent import ShareItem
from screening_app.domain.context import Role

Status = Literal["draft", "active", "retired"]
Colour = Literal["green", "yellow", "red"]
InstrumentKind = Literal["screen", "follow-up", "score-entry"]
DocumentKind = Literal["resource-card", "safety-plan", "referral-letter", "notification"]
DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    "resource-card",
    "safety-plan",
    "referral-letter",
    "notification",
)

LOCAL_CODE_SYSTEM = "urn:trygstart:codes"
# Items in one instrument, groups and texts included (long real questionnaires have a few
# thousand); the file's size and value limits (``loading.yamlfile``) hold as well.
MAX_ITEMS = 5_000


class Translation(StrictModel):
    """A language the instrument has, with the version of that translation."""

    code: LanguageCode
    version: SemVer
    note: str | None = Field(default=None, max_length=1000)


class Source(StrictModel):
    """Where the instrument, or an idea in it, comes from."""

    citation: Annotated[str, Field(min_length=1, max_length=1000)]
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = None


class Coding(StrictModel):
    """A code from a terminology (e.g. LOINC) attached to an item or option."""

    system: Annotated[str, Field(min_length=1, max_length=200)]
    code: Annotated[str, Field(min_length=1, max_length=100)]
    display: str | None = Field(default=None, max_length=500)


class Actions(StrictModel):
    """What to do now: plain-language steps, follow-up instruments, services, documents."""

    steps: Annotated[list[LocalizedText], Field(max_length=30)] = []
    instruments: list[Identifier] = []
    services: list[Identifier] = []
    documents: list[DocumentKind] = []

    def is_empty(self) -> bool:
        return not (self.steps or self.instruments or self.services or self.documents)


class LetterText(StrictModel):
    """What a letter to a receiving service may say about a band or a flag.

    Written for the receiver (a crisis centre, a hospital clinic, a caseworker): what was found,
    never an instruction to the clinician. Printed only in a letter whose consent (or lawful
    basis) covers ``item``; a band or flag without it is not described in letters at all.
    """

    item: ShareItem
    text: LocalizedText


class AnswerOption(StrictModel):
    code: Annotated[str, Field(min_length=1, max_length=100)]
    text: LocalizedText
    weight: float = 0.0
    coding: Coding | None = None


# ------------------------------------------------------------------------ items
class _ItemBase(StrictModel):
    link_id: LinkId
    text: LocalizedText
    guidance: LocalizedText | None = None
    enable_when: Condition | None = None
    codes: Annotated[list[Coding], Field(max_length=10)] = []


class _Question(_ItemBase):
    required: bool = False


class DisplayItem(_ItemBase):
    """Text shown without an answer (an introduction, an instruction)."""

    type: Literal["display"]


class BooleanItem(_Question):
    type: Literal["boolean"]


class ChoiceItem(_Question):
    """One option out of several."""

    type: Literal["choice"]
    options: Annotated[list[AnswerOption], Field(min_length=1, max_length=100)]


class MultiChoiceItem(_Question):
    """Any number of the options (none counts as unanswered)."""

    type: Literal["multi-choice"]
    options: Annotated[list[AnswerOption], Field(min_length=1, max_length=30)]


class IntegerItem(_Question):
    type: Literal["integer"]
    min: int | None = None
    max: int | None = None
    unit: LocalizedText | None = None


class DecimalItem(_Question):
    type: Literal["decimal"]
    min: float | None = None
    max: float | None = None
    unit: LocalizedText | None = None


class DateItem(_Question):
    type: Literal["date"]
    min: dt.date | None = None
    max: dt.date | None = None


class StringItem(_Question):
    """One line of free text."""

    type: Literal["string"]
    max_length: Annotated[int, Field(ge=1, le=1000)] = 200


class TextItem(_Question):
    """Several lines of free text."""

    type: Literal["text"]
    max_length: Annotated[int, Field(ge=1, le=20000)] = 4000


class GroupItem(_ItemBase):
    """A section: its items are shown only when the group is."""

    type: Literal["group"]
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
    | StringItem
    | TextItem
)
ITEM_TYPES: tuple[str, ...] = (
    "display",
    "boolean",
    "choice",
    "multi-choice",
    "integer",
    "decimal",
    "date",
    "string",
    "text",
    "group",
)
# The tags of the discriminated unions (item, condition and score kinds): pydantic puts them
# into error locations, where they are not keys of the document.
UNION_TAGS: frozenset[str] = frozenset(ITEM_TYPES) | {"compare", "all", "any", "sum", "count"}


# ---------------------------------------------------------------------- scoring
class SumScore(StrictModel):
    """The sum of the weights of the chosen options (unanswered or hidden items add 0)."""

    id: Identifier
    type: Literal["sum"]
    title: LocalizedText
    items: Annotated[list[LinkId], Field(min_length=1)]
    # False for a count that is no measure of anything by itself (e.g. how many red flags):
    # it still drives the bands, but summaries and result screens do not show the number.
    show_in_summary: bool = True
    # Terminology codes for the score itself (e.g. LOINC 76504-0, the HARK total score).
    codes: Annotated[list[Coding], Field(max_length=10)] = []


class CountScore(StrictModel):
    """How many of ``items`` are answered with ``value`` (an option code, or true/false)."""

    id: Identifier
    type: Literal["count"]
    title: LocalizedText
    items: Annotated[list[LinkId], Field(min_length=1)]
    value: str | bool
    show_in_summary: bool = True
    codes: Annotated[list[Coding], Field(max_length=10)] = []  # as for a sum


Score = Annotated[
    Union[Annotated[SumScore, Tag("sum")], Annotated[CountScore, Tag("count")]],  # noqa: UP007
    Discriminator("type"),
]


class Band(StrictModel):
    """An outcome band: ``min <= score <= max`` gives this colour, text and actions.

    A band with ``when`` applies only when its condition also holds (e.g. one's own violence
    with no yes about being exposed). The outcome is the first band, in file order, whose range
    holds the score and whose condition holds; the bands without a condition are the fallback
    and cover every value the score can take, without overlap.
    """

    id: Identifier
    min: float
    max: float
    when: Condition | None = None
    colour: Colour
    title: LocalizedText
    text: LocalizedText
    actions: Actions = Actions()
    letter: LetterText | None = None
    # True when nothing that reports this result may be given or sent to the person (a partner
    # may read what she takes home): no copy of a letter, no printout of the answers.
    not_for_home: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        return self


class Outcome(StrictModel):
    """The instrument's result: a band of one named score."""

    score: Identifier
    bands: Annotated[list[Band], Field(min_length=1, max_length=10)]


class Flag(StrictModel):
    """Raised by answers regardless of the total, e.g. ``urgent`` or ``own-violence``."""

    id: Identifier
    when: Condition
    title: LocalizedText
    text: LocalizedText
    actions: Actions = Actions()
    letter: LetterText | None = None
    not_for_home: bool = False  # as for a band


# ------------------------------------------------------------------- instrument
class Instrument(StrictModel):
    """A versioned questionnaire with its sources, licence, scoring and recommended actions."""

    id: Identifier
    version: SemVer
    status: Status
    kind: InstrumentKind = "screen"
    url: Annotated[str, Field(pattern=r"^(https?://|urn:)\S+$", max_length=300)] | None = None
    title: LocalizedText
    description: LocalizedText
    languages: Annotated[list[Translation], Field(min_length=1, max_length=30)]
    roles: Annotated[list[Role], Field(min_length=1)]
    sources: Annotated[list[Source], Field(min_length=1, max_length=30)]
    licence: Annotated[str, Field(min_length=1, max_length=2000)]
    items: Annotated[list[Item], Field(min_length=1, max_length=MAX_ITEMS)]
    scores: Annotated[list[Score], Field(max_length=20)] = []
    outcome: Outcome | None = None
    flags: Annotated[list[Flag], Field(max_length=30)] = []

    @model_validator(mode="after")
    def _item_count(self) -> Instrument:
        count = sum(1 for _ in walk_items(self.items))
        if count > MAX_ITEMS:
            raise ValueError(f"the instrument has {count:,} items; the limit is {MAX_ITEMS:,}")
        return self

    @property
    def canonical_url(self) -> str:
        return self.url or f"urn:trygstart:questionnaire:{self.id}"

    @property
    def language_codes(self) -> list[str]:
        return [t.code for t in self.languages]

    def translation_version(self, lang: str) -> str:
        for translation in self.languages:
            if translation.code == lang:
                return translation.version
        raise KeyError(lang)

    @cached_property
    def items_by_id(self) -> dict[str, Item]:
        found: dict[str, Item] = {}
        for item, _parent, _loc in walk_items(self.items):
            found.setdefault(item.link_id, item)  # a duplicate is reported by the checks
        return found

    def item(self, link_id: str) -> Item:
        return self.items_by_id[link_id]

    def score(self, score_id: str) -> SumScore | CountScore:
        for score in self.scores:
            if score.id == score_id:
                return score
        raise KeyError(score_id)

    def flag(self, flag_id: str) -> Flag:
        for flag in self.flags:
            if flag.id == flag_id:
                return flag
        raise KeyError(flag_id)


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
