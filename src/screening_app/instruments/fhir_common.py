"""What FHIR export and import share: extension URLs, codes, context items, translations.

Where FHIR R4 (with the SDC and core extensions) has a place for something in the instrument
model, it is used. What FHIR has no place for is carried in TrygStart's own extensions, whose
canonical URLs share one base, ``CANONICAL_BASE + "StructureDefinition/"`` (the README names
it; ``domain.instrument.CANONICAL_BASE``). Files exported before the base existed used URNs
(``urn:trygstart:fhir:...``); the importer still reads them (``LEGACY_URLS``).

- ``EXT_INSTRUMENT`` on the Questionnaire: a JSON text with the parts of the instrument that
  FHIR cannot hold (id, kind, translation versions, roles, sources, scores, outcome bands,
  flags and their actions), so an exported instrument imports back exactly.
- ``EXT_CONDITION`` on an item: the item's exact ``enableWhen`` tree, as JSON, when FHIR's one
  ``enableWhen`` list with one ``enableBehavior`` cannot say it (nested ``all``/``any``, a
  score). Such an item also carries an SDC ``enableWhenExpression`` (FHIRPath) with the same
  meaning, for other FHIR tools.
- ``EXT_FORMULA`` on a calculated item: its exact formula, as JSON, beside the SDC
  ``calculatedExpression`` (FHIRPath) other tools evaluate.
- ``EXT_GUIDANCE`` on a display item: its clinician guidance, one sub-extension per language
  (url = the language code); a display item cannot have the ``help`` child item used for
  guidance on questions and groups.
- ``EXT_OPTION`` on an answer option that has a terminology coding (e.g. LOINC) with another
  code: the option's own code and coding, since the FHIR ``valueCoding`` then carries the
  terminology code; on an option given as a plain value (``valueDate``...) whose texts are not
  its value: its texts.
- ``EXT_TEXTS`` on an item: its ``entryFormat`` and ``openLabel`` in every language (JSON); the
  SDC extensions hold the first language (a FHIR validator refuses translations on an
  extension's own value).
- ``EXT_CONTEXT`` marks the hidden group of context items (see ``CONTEXT_GROUP``), which only
  TrygStart's own instruments (and instruments whose conditions read the context) carry.
- ``EXT_SCORE`` marks a read-only item that carries a score with terminology codes (e.g. the
  HARK total, LOINC 76504-0), so other FHIR tools see the coded total as the LOINC form has it.
  Its value holds the score's id; the score itself travels in ``EXT_INSTRUMENT``, so the import
  drops these items.

Context values (role, phase, weeks pregnant, child's age) become hidden, read-only items in a
group at the start of the Questionnaire; their linkIds start with ``trygstart:``, which an
instrument's own linkIds may not. Conditions on context are then ordinary ``enableWhen``
entries, and a QuestionnaireResponse records the context the screening was done in.

Exports declare the SDC profiles they follow in ``meta.profile``: ``sdc-questionnaire``, with
``sdc-questionnaire-behave`` when they carry FHIRPath (calculated values, variables,
``enableWhenExpression``) and ``sdc-questionnaire-render`` when they carry rendering hints
(``itemControl``, ``choiceOrientation``, ``entryFormat``, ``openLabel``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from screening_app.domain.base import Identifier, LocalizedText, StrictModel
from screening_app.domain.context import CONTEXT_KEYS, Role
from screening_app.domain.instrument import (
    CANONICAL_BASE,
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
TRYGSTART_EXT = CANONICAL_BASE + "StructureDefinition/"

EXT_TRANSLATION = FHIR_EXT + "translation"
EXT_ITEM_WEIGHT = FHIR_EXT + "itemWeight"
EXT_ORDINAL_VALUE = FHIR_EXT + "ordinalValue"
EXT_MIN_VALUE = FHIR_EXT + "minValue"
EXT_MAX_VALUE = FHIR_EXT + "maxValue"
EXT_UNIT = FHIR_EXT + "questionnaire-unit"
EXT_HIDDEN = FHIR_EXT + "questionnaire-hidden"
EXT_ITEM_CONTROL = FHIR_EXT + "questionnaire-itemControl"
EXT_UNIT_OPTION = FHIR_EXT + "questionnaire-unitOption"
EXT_CHOICE_ORIENTATION = FHIR_EXT + "questionnaire-choiceOrientation"
EXT_ENTRY_FORMAT = FHIR_EXT + "entryFormat"
EXT_MAX_OCCURS = FHIR_EXT + "questionnaire-maxOccurs"
EXT_VARIABLE = FHIR_EXT + "variable"
EXT_ENABLE_WHEN_EXPRESSION = SDC_EXT + "sdc-questionnaire-enableWhenExpression"
EXT_CALCULATED_EXPRESSION = SDC_EXT + "sdc-questionnaire-calculatedExpression"
EXT_OPEN_LABEL = SDC_EXT + "sdc-questionnaire-openLabel"

ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
UCUM = "http://unitsofmeasure.org"

PROFILE_QUESTIONNAIRE = SDC_EXT + "sdc-questionnaire"
PROFILE_BEHAVE = SDC_EXT + "sdc-questionnaire-behave"
PROFILE_RENDER = SDC_EXT + "sdc-questionnaire-render"
PROFILE_RESPONSE = SDC_EXT + "sdc-questionnaireresponse"

EXT_INSTRUMENT = TRYGSTART_EXT + "instrument"
EXT_CONDITION = TRYGSTART_EXT + "condition"
EXT_FORMULA = TRYGSTART_EXT + "formula"
EXT_GUIDANCE = TRYGSTART_EXT + "guidance"
EXT_CLINICIAN_ONLY = TRYGSTART_EXT + "clinician-only"
EXT_CONTEXT = TRYGSTART_EXT + "context"
EXT_OPTION = TRYGSTART_EXT + "option"
EXT_TRANSLATION_VERSION = TRYGSTART_EXT + "translation-version"
EXT_SCORE = TRYGSTART_EXT + "score"
EXT_TEXTS = TRYGSTART_EXT + "texts"
# TrygStart's option codes (an option without a terminology coding) and context codes.
OPTION_CODE_SYSTEM = CANONICAL_BASE + "CodeSystem/options"
CONTEXT_CODE_SYSTEM = CANONICAL_BASE + "CodeSystem/context-"  # + key: ...context-role

# What files exported with the URNs used before the canonical base say, read the same way.
LEGACY_URLS: dict[str, str] = {
    "urn:trygstart:fhir:instrument": EXT_INSTRUMENT,
    "urn:trygstart:fhir:condition": EXT_CONDITION,
    "urn:trygstart:fhir:guidance": EXT_GUIDANCE,
    "urn:trygstart:fhir:context": EXT_CONTEXT,
    "urn:trygstart:fhir:option": EXT_OPTION,
    "urn:trygstart:fhir:translation-version": EXT_TRANSLATION_VERSION,
    "urn:trygstart:fhir:score": EXT_SCORE,
}
LEGACY_OPTION_CODE_SYSTEM = "urn:trygstart:codes"
LEGACY_CONTEXT_CODE_SYSTEM = "urn:trygstart:context:"

CONTEXT_GROUP = "trygstart:context"
CONTEXT_PREFIX = "trygstart:context:"
SCORE_PREFIX = "trygstart:score:"  # + score id: the linkId of a coded score's item
RESERVED_PREFIX = "trygstart:"  # linkIds an instrument may not use

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


def canonical_url(url: str) -> str:
    """An extension URL as it is now (a legacy URN replaced by its canonical URL)."""
    return LEGACY_URLS.get(url, url)


def is_own_code_system(system: str | None) -> bool:
    """TrygStart's option code system (current or legacy): the code is the option's code."""
    return system in (OPTION_CODE_SYSTEM, LEGACY_OPTION_CODE_SYSTEM)


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
    """An answer option's own code and its terminology coding, or the texts of an option given
    as a plain value (FHIR shows such an option as its value): the ``EXT_OPTION`` JSON."""

    code: str
    coding: Coding | None = None
    text: LocalizedText | None = None
