"""What FHIR export and import share: extension URLs, codes, context items, translations.

Where FHIR R4 (with the SDC and core extensions) has a place for something in the instrument
model, it is used. What FHIR has no place for is carried in TrygStart extensions, whose URLs
are URNs (``urn:trygstart:fhir:...``): they belong to no web domain and never resolve.

- ``EXT_INSTRUMENT`` on the Questionnaire: a JSON text with the parts of the instrument that
  FHIR cannot hold (id, kind, translation versions, roles, sources, scores, outcome bands,
  flags and their actions), so an exported instrument imports back exactly.
- ``EXT_CONDITION`` on an item: the item's exact ``enableWhen`` tree, as JSON, when it nests
  ``all``/``any`` and so cannot be written as one FHIR ``enableWhen`` list with one
  ``enableBehavior``. Such an item also carries an SDC ``enableWhenExpression`` (FHIRPath) with
  the same meaning, for other FHIR tools.
- ``EXT_GUIDANCE`` on a display item: its clinician guidance, one sub-extension per language
  (url = the language code); a display item cannot have the ``help`` child item used for
  guidance on questions and groups.
- ``EXT_OPTION`` on an answer option that has a terminology coding (e.g. LOINC): the option's
  own code and coding, since the FHIR ``valueCoding`` then carries the terminology code.
- ``EXT_CONTEXT`` marks the hidden group of context items (see ``CONTEXT_GROUP``).
- ``EXT_SCORE`` marks a read-only item that carries a score with terminology codes (e.g. the
  HARK total, LOINC 76504-0), so other FHIR tools see the coded total as the LOINC form has it
  (a count score also has an SDC ``calculatedExpression``). Its value holds the score's id; the
  score itself travels in ``EXT_INSTRUMENT``, so the import drops these items.

Context values (role, phase, weeks pregnant, child's age) become hidden, read-only items in a
group at the start of the Questionnaire; their linkIds contain ':' so they can never clash with
an instrument's own linkIds. Conditions on context are then ordinary ``enableWhen`` entries, and
a QuestionnaireResponse records the context the screening was done in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from screening_app.domain.base import Identifier, LocalizedText, StrictModel
from screening_app.domain.context import CONTEXT_KEYS, Role
from screening_app.domain.instrument import (
    Coding,
    Flag,
    InstrumentKind,
    Outcome,
    Score,
    Source,
    Translation,
)

FHIR_EXT = "http://hl7.org/fhir/StructureDefinition/"
SDC_EXT = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"

EXT_TRANSLATION = FHIR_EXT + "translation"
EXT_ITEM_WEIGHT = FHIR_EXT + "itemWeight"
EXT_ORDINAL_VALUE = FHIR_EXT + "ordinalValue"
EXT_MIN_VALUE = FHIR_EXT + "minValue"
EXT_MAX_VALUE = FHIR_EXT + "maxValue"
EXT_UNIT = FHIR_EXT + "questionnaire-unit"
EXT_HIDDEN = FHIR_EXT + "questionnaire-hidden"
EXT_ITEM_CONTROL = FHIR_EXT + "questionnaire-itemControl"
EXT_ENABLE_WHEN_EXPRESSION = SDC_EXT + "sdc-questionnaire-enableWhenExpression"
EXT_CALCULATED_EXPRESSION = SDC_EXT + "sdc-questionnaire-calculatedExpression"

ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"

EXT_INSTRUMENT = "urn:trygstart:fhir:instrument"
EXT_CONDITION = "urn:trygstart:fhir:condition"
EXT_GUIDANCE = "urn:trygstart:fhir:guidance"
EXT_CONTEXT = "urn:trygstart:fhir:context"
EXT_OPTION = "urn:trygstart:fhir:option"
EXT_TRANSLATION_VERSION = "urn:trygstart:fhir:translation-version"
EXT_SCORE = "urn:trygstart:fhir:score"

CONTEXT_GROUP = "trygstart:context"
CONTEXT_PREFIX = "trygstart:context:"
CONTEXT_CODE_SYSTEM = "urn:trygstart:context:"  # + key, e.g. urn:trygstart:context:role
SCORE_PREFIX = "trygstart:score:"  # + score id: the linkId of a coded score's item

SECURITY_SDV = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "code": "SDV",
    "display": "sexual assault, abuse, or domestic violence information sensitivity",
}
SECURITY_RESTRICTED = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality",
    "code": "R",
    "display": "restricted",
}

# Labels of the hidden context items (technical labels; other languages fall back to English).
CONTEXT_LABELS: dict[str, dict[str, str]] = {
    "role": {"da": "Rolle", "en": "Role"},
    "phase": {"da": "Gravid eller efter fødslen", "en": "Pregnant or after birth"},
    "weeksPregnant": {"da": "Graviditetsuge", "en": "Weeks pregnant"},
    "childAgeWeeks": {"da": "Barnets alder i uger", "en": "Child's age in weeks"},
}
CODED_CONTEXT = frozenset({"role", "phase"})


def context_link_id(key: str) -> str:
    return CONTEXT_PREFIX + key


def score_link_id(score_id: str) -> str:
    return SCORE_PREFIX + score_id


def context_key(link_id: str) -> str | None:
    """The context key a context item's linkId stands for, or None."""
    if link_id.startswith(CONTEXT_PREFIX):
        key = link_id[len(CONTEXT_PREFIX) :]
        if key in CONTEXT_KEYS:
            return key
    return None


def translation_extensions(translations: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """``translation`` extensions (lang + content) for (language, text) pairs."""
    return [
        {
            "url": EXT_TRANSLATION,
            "extension": [
                {"url": "lang", "valueCode": lang},
                {"url": "content", "valueString": content},
            ],
        }
        for lang, content in translations
    ]


def put_text(target: dict[str, Any], key: str, text: LocalizedText, languages: list[str]) -> None:
    """Set ``target[key]`` to the text in the first language, ``_key`` to the translations."""
    primary = languages[0]
    target[key] = text.get(primary)
    others = [(lang, text.root[lang]) for lang in languages[1:] if lang in text.root]
    if others:
        target[f"_{key}"] = {"extension": translation_extensions(others)}


class InstrumentExtras(StrictModel):
    """The parts of an instrument that FHIR has no place for (the ``EXT_INSTRUMENT`` JSON)."""

    id: Identifier
    kind: InstrumentKind = "screen"
    languages: list[Translation]
    roles: list[Role]
    sources: list[Source]
    scores: list[Score] = []
    outcome: Outcome | None = None
    flags: list[Flag] = []


class OptionExtras(StrictModel):
    """An answer option's own code and its terminology coding (the ``EXT_OPTION`` JSON)."""

    code: str
    coding: Coding
