"""The importer's side of FHIRPath: variables in scope, calculated items, scores it adds.

``FormulaReader`` hands expressions to ``fhir_fhirpath.Translator`` with what it needs to know
about the questionnaire (the items' kinds and places, the option codes, the variables declared
on the Questionnaire and on each item, named expressions included), folds the constant parts of
what comes back, and adds the scores the translations call for:

- a calculated item whose formula reads answer weights (``itemWeight``/``ordinalValue``: the
  questionnaire's own total) becomes a score (a ``sum`` when it adds the weights of items, else
  a ``formula``); the item shows it (``calculated: {score: id}``), so the total is in the result;
- a condition that compares a computed value (``%a + %b >= 5``) compares a ``formula`` score
  that is not shown in summaries.

A value may read a later item, as conditions may; a loop (an item reading itself through
others) is refused with the file, as an enableWhen loop is.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from screening_app.domain.formulas import MAX_FORMULA_NODES
from screening_app.instruments.fhir_common import (
    EXT_CALCULATED_EXPRESSION,
    EXT_ENABLE_WHEN_EXPRESSION,
    EXT_VARIABLE,
)
from screening_app.instruments.fhir_fhirpath import Translator, Tree, Untranslatable, Variable
from screening_app.instruments.fhir_import_conditions import Folded, ItemInfo, combine
from screening_app.instruments.fhir_import_support import Notes, Texts, identifier
from screening_app.instruments.fhir_input import FExtension, FItem

_NAMED = (EXT_VARIABLE, EXT_CALCULATED_EXPRESSION, EXT_ENABLE_WHEN_EXPRESSION)


def expression_of(extension: FExtension) -> tuple[str | None, str, str] | None:
    """(name, language, text) of an extension's ``valueExpression``."""
    found = extension.value()
    value = found[1] if found and found[0] == "valueExpression" else None
    if not isinstance(value, dict) or not isinstance(value.get("expression"), str):
        return None
    name = value.get("name") if isinstance(value.get("name"), str) else None
    return name, str(value.get("language") or ""), value["expression"]


class FormulaReader:
    def __init__(
        self,
        root_extensions: list[FExtension],
        items: list[FItem],
        info: dict[str, ItemInfo],
        texts: Texts,
        notes: Notes,
    ) -> None:
        self.info = info
        self.texts = texts
        self.notes = notes
        self.scores: list[dict[str, Any]] = []  # added to the instrument
        self._score_ids: set[str] = set()
        self._score_items: dict[str, set[str]] = {}
        self.position: dict[str, int] = {}
        tree = Tree(option_code=self._option_code)
        variables: dict[str | None, dict[str, Variable]] = {None: {}}
        self._declare(None, root_extensions, variables)
        self._survey(items, None, tree, variables)
        self.translator = Translator(tree, variables, self._compared)
        self._current: str | None = None

    # ----------------------------------------------------------------- set-up
    def _survey(
        self,
        items: list[FItem],
        parent: str | None,
        tree: Tree,
        variables: dict[str | None, dict[str, Variable]],
    ) -> None:
        for item in items:
            link = item.link_id
            if link in tree.parent:
                continue  # a duplicate linkId (reported by the builder)
            self.position[link] = len(self.position)
            tree.parent[link] = parent
            tree.children.setdefault(parent, []).append(link)
            info = self.info.get(link)
            tree.kinds[link] = info.kind if info is not None else None
            if item.type == "group":
                tree.groups.add(link)
            variables[link] = {}
            self._declare(link, item.extension, variables)
            self._survey(item.item, link, tree, variables)

    def _declare(
        self,
        scope: str | None,
        extensions: list[FExtension],
        variables: dict[str | None, dict[str, Variable]],
    ) -> None:
        for extension in extensions:
            if extension.url not in _NAMED:
                continue
            found = expression_of(extension)
            if found is None:
                continue
            name, language, text = found
            if name is not None:
                variables.setdefault(scope, {}).setdefault(name, Variable(text, language, scope))

    def _option_code(self, link_id: str, part: str, value: Any) -> str | None:
        info = self.info.get(link_id)
        if info is None:
            return None
        if part == "code" and isinstance(value, str):
            return info.codes.get(("code", value))
        kinds = {str: "string", int: "integer"}
        kind = kinds.get(type(value))
        return info.codes.get((kind, str(value))) if kind else None

    # ---------------------------------------------------------------- readers
    def calculated(self, item: FItem, text: dict[str, str]) -> Any:
        """The formula data of a calculated item (raises ``Untranslatable``)."""
        extension = next(e for e in item.extension if e.url == EXT_CALCULATED_EXPRESSION)
        found = expression_of(extension)
        if found is None or found[1] != "text/fhirpath":
            raise Untranslatable("is not FHIRPath text")
        self._current = item.link_id
        formula = fold_formula(self.translator.formula(found[2], item.link_id))
        if formula is None:
            raise Untranslatable("never has a value")
        if any(key == "weight" for key, _value in _refs(formula)):
            return {"score": self._score_for(item, formula, text)}
        return formula

    def condition(self, expression: str, link_id: str) -> Folded:
        """An ``enableWhenExpression`` as a condition (folded)."""
        self._current = link_id
        return fold_condition(self.translator.condition(expression, link_id))

    # ----------------------------------------------------------------- scores
    def _score_for(self, item: FItem, formula: Any, text: dict[str, str]) -> str:
        score_id = self._new_id(text.get(self.texts.primary), item.link_id)
        title = dict(text)
        self.texts.built.append((title, item.link_id))
        parts: list[Any] = []
        if isinstance(formula, dict) and set(formula) == {"sum"}:
            parts = list(formula["sum"])
        links = [part.get("weight") if isinstance(part, dict) else None for part in parts]
        plain = bool(links) and all(isinstance(link, str) for link in links)
        if plain and len(set(links)) == len(links):
            self.scores.append({"id": score_id, "type": "sum", "title": title, "items": links})
        else:
            score = {"id": score_id, "type": "formula", "title": title, "formula": formula}
            self.scores.append(score)
        self._score_items[score_id] = set(_read_items(formula, self._score_items))
        self.notes.add(
            item.link_id,
            f"its value, from answer weights, is the score '{score_id}' (shown in the result)",
            kind="info",
        )
        return score_id

    def _compared(self, formula: Any, op: str, value: Any, scope: str | None) -> Any:
        """A condition comparing a computed value: on a new formula score."""
        folded = fold_formula(formula)
        if folded is None:
            raise Untranslatable("compares a value that is never there")
        owner = scope or self._current or "questionnaire"
        score_id = self._new_id(None, f"{owner}-condition")
        self.scores.append(
            {
                "id": score_id,
                "type": "formula",
                "title": self.texts.filler(f"Value tested by the condition of '{owner}'"),
                "formula": folded,
                "showInSummary": False,
            }
        )
        self._score_items[score_id] = set(_read_items(folded, self._score_items))
        return {"score": score_id, "op": op, "value": value}

    def _new_id(self, text: str | None, link_id: str) -> str:
        base = identifier(text, link_id) or "score"
        base = base[:56].strip("-")
        candidate, number = base, 2
        while candidate in self._score_ids:
            candidate = f"{base}-{number}"
            number += 1
        self._score_ids.add(candidate)
        return candidate


# ------------------------------------------------------------------ folding
def fold_condition(data: Any) -> Folded:
    """A condition with its constant parts folded away (True/False when it is constant)."""
    if isinstance(data, dict) and "constant" in data:
        return bool(data["constant"])
    if isinstance(data, dict) and ("all" in data or "any" in data):
        kind = "all" if "all" in data else "any"
        return combine(kind, [fold_condition(part) for part in data[kind]])
    return data  # type: ignore[no-any-return]


def fold_formula(data: Any) -> Any:
    """A formula with its constant conditions folded (None when it is always empty)."""
    if isinstance(data, list):
        return [fold_formula(part) for part in data]
    if not isinstance(data, dict):
        return data
    if "if" in data:
        condition = fold_condition(data["if"])
        if condition is True:
            return fold_formula(data["then"])
        if condition is False:
            return fold_formula(data["else"]) if "else" in data else None
        out = {"if": condition, "then": fold_formula(data["then"])}
        if "else" in data:
            otherwise = fold_formula(data["else"])
            if otherwise is not None:
                out["else"] = otherwise
        return out if out["then"] is not None else None
    if "holds" in data:
        condition = fold_condition(data["holds"])
        return condition if isinstance(condition, bool) else {"holds": condition}
    folded = {key: fold_formula(value) for key, value in data.items()}
    if any(value is None for value in folded.values()):
        return None  # an operand that is always empty
    return folded


def _refs(data: Any) -> Iterator[tuple[str, Any]]:
    """(key, value) of every item and score reference in formula or condition data."""
    stack = [data]
    count = 0
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_FORMULA_NODES * 10:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("item", "weight", "score") and isinstance(value, str):
                    yield key, value
                elif key == "count" and isinstance(value, list):
                    yield from (("item", link) for link in value if isinstance(link, str))
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)


def _read_items(data: Any, scores: dict[str, set[str]]) -> list[str]:
    out: list[str] = []
    for key, value in _refs(data):
        if key == "score":
            out.extend(scores.get(value, set()))
        else:
            out.append(value)
    return out
