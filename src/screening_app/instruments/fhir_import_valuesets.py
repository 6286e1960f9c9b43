"""Contained ValueSets: the answer lists an ``answerValueSet`` refers to inside the file.

A Questionnaire may carry its answer lists as ValueSets in ``contained`` and refer to them as
``#id`` (or by the ValueSet's ``url``). Their concepts are read from ``expansion.contains``
when the file has an expansion, else from ``compose.include.concept`` (each with its code
system), with their weights (``itemWeight``/``ordinalValue``) and translated displays. A value
set anywhere else (a terminology server, a URL) cannot be read offline: the item is not
imported, and the note names the value set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from screening_app.instruments.fhir_input import FAnswerOption

MAX_CONCEPTS = 500


@dataclass
class ContainedValueSet:
    id: str
    url: str | None
    options: list[FAnswerOption]
    problems: list[str] = field(default_factory=list)  # what could not be read


@dataclass
class ValueSets:
    """The contained ValueSets of a Questionnaire, found by ``#id`` or by url."""

    by_reference: dict[str, ContainedValueSet] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)  # other contained resources, named

    def find(self, reference: str) -> ContainedValueSet | None:
        return self.by_reference.get(reference)


def read_contained(contained: list[dict[str, Any]]) -> ValueSets:
    found = ValueSets()
    for index, resource in enumerate(contained):
        kind = resource.get("resourceType") if isinstance(resource, dict) else None
        if kind != "ValueSet":
            found.ignored.append(f"contained {kind or 'resource'} {index + 1}")
            continue
        value_set = _value_set(resource)
        if value_set is None:
            found.ignored.append(f"contained ValueSet {index + 1} (no id)")
            continue
        found.by_reference["#" + value_set.id] = value_set
        if value_set.url:
            found.by_reference.setdefault(value_set.url, value_set)
    return found


def _value_set(resource: dict[str, Any]) -> ContainedValueSet | None:
    identifier = resource.get("id")
    if not isinstance(identifier, str) or not identifier:
        return None
    url = resource.get("url") if isinstance(resource.get("url"), str) else None
    out = ContainedValueSet(identifier, url, [])
    expansion = resource.get("expansion")
    contains = expansion.get("contains") if isinstance(expansion, dict) else None
    if isinstance(contains, list) and contains:
        for concept in contains:
            _add(out, concept, concept.get("system") if isinstance(concept, dict) else None)
        return out
    compose = resource.get("compose")
    includes = compose.get("include") if isinstance(compose, dict) else None
    for include in includes if isinstance(includes, list) else []:
        if not isinstance(include, dict):
            continue
        concepts = include.get("concept")
        if not isinstance(concepts, list):
            system = include.get("system") or include.get("valueSet")
            out.problems.append(f"it includes all of {system} (only listed codes can be read)")
            continue
        for concept in concepts:
            _add(out, concept, include.get("system"))
    return out


def _add(out: ContainedValueSet, concept: Any, system: Any) -> None:
    if not isinstance(concept, dict) or not isinstance(concept.get("code"), str):
        out.problems.append("a concept without a code")
        return
    if len(out.options) >= MAX_CONCEPTS:
        if len(out.options) == MAX_CONCEPTS:
            out.problems.append(f"concepts after the first {MAX_CONCEPTS}")
        return
    coding: dict[str, Any] = {"code": concept["code"]}
    if isinstance(system, str):
        coding["system"] = system
    if isinstance(concept.get("display"), str):
        coding["display"] = concept["display"]
    if isinstance(concept.get("_display"), dict):
        coding["_display"] = concept["_display"]
    try:
        option = FAnswerOption.model_validate(
            {"valueCoding": coding, "extension": concept.get("extension", [])}
        )
    except ValidationError:
        out.problems.append(f"the concept '{concept['code']}' cannot be read")
        return
    out.options.append(option)
