"""The instrument format: a questionnaire declared as versioned data.

These models are the single definition of what an instrument file may contain; the JSON Schema
in ``questionnaires/schema.json`` is generated from them. Structural rules (types, unknown keys)
are enforced here by pydantic; rules across the document (references, languages, bands, cycles,
reachability) are in ``domain.checks``.
"""

from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any, Literal, Union

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
from screening_app.domain.formulas import FORMULA_TAGS, Formula, items_read
from screening_app.domain.items import (
    ITEM_TYPES,
    MAX_ITEMS,
    AnswerOption,
    BooleanItem,
    CalculableItem,
    ChoiceItem,
    Coding,
    DateItem,
    DateTimeItem,
    DecimalItem,
    DisplayItem,
    GroupItem,
    IntegerItem,
    Item,
    ItemControl,
    MultiChoiceItem,
    Orientation,
    QuantityItem,
    QuestionItem,
    RepeatableItem,
    StringItem,
    TextItem,
    TimeItem,
    Unit,
    ValueSet,
    is_calculated,
    is_question,
    repeats,
    walk_items,
)

__all__ = [
    "DOCUMENT_KINDS",
    "ITEM_TYPES",
    "MAX_ITEMS",
    "UNION_TAGS",
    "Actions",
    "AnswerOption",
    "Band",
    "BooleanItem",
    "CalculableItem",
    "ChoiceItem",
    "Coding",
    "CountScore",
    "DateItem",
    "DateTimeItem",
    "DecimalItem",
    "DisplayItem",
    "Flag",
    "FormulaScore",
    "GroupItem",
    "Instrument",
    "IntegerItem",
    "Item",
    "ItemControl",
    "LetterText",
    "MultiChoiceItem",
    "Orientation",
    "Outcome",
    "QuantityItem",
    "QuestionItem",
    "RepeatableItem",
    "Score",
    "Source",
    "StringItem",
    "SumScore",
    "TextItem",
    "TimeItem",
    "Translation",
    "Unit",
    "ValueSet",
    "is_calculated",
    "is_question",
    "repeats",
    "walk_items",
]

Status = Literal["draft", "active", "retired"]
Colour = Literal["green", "yellow", "red"]
InstrumentKind = Literal["screen", "follow-up", "score-entry"]
DocumentKind = Literal["resource-card", "safety-plan", "referral-letter", "notification"]
# The one base of TrygStart's own canonical URLs (its questionnaires, code systems and FHIR
# extensions). ``.example`` is reserved (RFC 2606): the name can never belong to someone else's
# site, and it does not resolve; replace it here when the project has a domain of its own.
CANONICAL_BASE = "https://trygstart.example/fhir/"
DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    "resource-card",
    "safety-plan",
    "referral-letter",
    "notification",
)


class Translation(StrictModel):
    """A language the instrument has, with the version of that translation."""

    code: LanguageCode
    version: SemVer
    note: str | None = Field(default=None, max_length=1000)


class Source(StrictModel):
    """Where the instrument, or an idea in it, comes from."""

    citation: Annotated[str, Field(min_length=1, max_length=1000)]
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = None


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


UNION_TAGS: frozenset[str] = (
    frozenset(ITEM_TYPES) | {"compare", "all", "any", "sum", "count", "formula"} | FORMULA_TAGS
)


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


class FormulaScore(StrictModel):
    """A value computed by a formula (``domain.formulas``): a weighted score, a risk, an index.

    Empty (left out of the result) while an answer it needs is missing. An outcome's bands are
    chosen by a sum or count score, whose values can be listed; a formula score can be read by
    conditions (``{score: id, op: ">=", value: 10}``) and flags.
    """

    id: Identifier
    type: Literal["formula"]
    title: LocalizedText
    formula: Formula
    show_in_summary: bool = True
    codes: Annotated[list[Coding], Field(max_length=10)] = []  # as for a sum

    @property
    def items(self) -> list[str]:
        """The items the formula reads directly (answers, weights, counts)."""
        return list(dict.fromkeys(items_read(self.formula)))


Score = Annotated[
    Union[  # noqa: UP007
        Annotated[SumScore, Tag("sum")],
        Annotated[CountScore, Tag("count")],
        Annotated[FormulaScore, Tag("formula")],
    ],
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
    # Terminology codes for the whole questionnaire (FHIR Questionnaire.code).
    codes: Annotated[list[Coding], Field(max_length=10)] = []
    # Option lists shared by choice items (``answerValueSet``).
    value_sets: Annotated[list[ValueSet], Field(max_length=100)] = []
    items: Annotated[list[Item], Field(min_length=1, max_length=MAX_ITEMS)]
    scores: Annotated[list[Score], Field(max_length=50)] = []
    outcome: Outcome | None = None
    flags: Annotated[list[Flag], Field(max_length=30)] = []

    @model_validator(mode="before")
    @classmethod
    def _shared_options(cls, data: Any) -> Any:
        """A choice item with ``answerValueSet`` and no options gets the value set's options
        (a check makes sure an item that has both has the same)."""
        if not isinstance(data, dict):
            return data
        sets = data.get("valueSets", data.get("value_sets"))
        if not isinstance(sets, list) or not sets:
            return data
        options: dict[Any, list[Any]] = {
            entry.get("id"): entry["options"]
            for entry in sets
            if isinstance(entry, dict) and isinstance(entry.get("options"), list)
        }
        items = data.get("items")
        if not options or not isinstance(items, list):
            return data
        return {**data, "items": _with_shared_options(items, options)}

    @model_validator(mode="after")
    def _item_count(self) -> Instrument:
        count = sum(1 for _ in walk_items(self.items))
        if count > MAX_ITEMS:
            raise ValueError(f"the instrument has {count:,} items; the limit is {MAX_ITEMS:,}")
        return self

    @property
    def canonical_url(self) -> str:
        return self.url or f"{CANONICAL_BASE}Questionnaire/{self.id}"

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

    def score(self, score_id: str) -> SumScore | CountScore | FormulaScore:
        for score in self.scores:
            if score.id == score_id:
                return score
        raise KeyError(score_id)

    def outcome_score(self) -> SumScore | CountScore:
        """The score the outcome's bands are chosen by (a sum or a count: the checks refuse
        an outcome on a formula score)."""
        assert self.outcome is not None
        score = self.score(self.outcome.score)
        if isinstance(score, FormulaScore):
            raise TypeError(f"the outcome score '{score.id}' is a formula")
        return score

    def flag(self, flag_id: str) -> Flag:
        for flag in self.flags:
            if flag.id == flag_id:
                return flag
        raise KeyError(flag_id)


def _with_shared_options(items: list[Any], options: dict[Any, list[Any]]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        found = item
        if isinstance(found, dict):
            reference = found.get("answerValueSet", found.get("answer_value_set"))
            if isinstance(reference, str) and reference in options and "options" not in found:
                found = {**found, "options": list(options[reference])}
            if isinstance(found.get("items"), list):
                found = {**found, "items": _with_shared_options(found["items"], options)}
        out.append(found)
    return out
