"""FHIRPath in a Questionnaire (SDC ``calculatedExpression``, ``variable``,
``enableWhenExpression``) translated into the instrument's own formulas and conditions.

Nothing is evaluated here: fhirpathpy parses the text (imported only when an import meets an
expression, so the application starts without it) and the shapes real forms use are translated
into ``domain.formulas`` and ``domain.conditions`` data, which the engine evaluates in bounded
time. What is translated:

- the answers of items, found by linkId from ``%resource`` or the item the expression belongs
  to (``item``, ``.item``, ``.answer.item``, ``repeat(item)``, ``descendants()``,
  ``.where(linkId = '...')``, ``[n]``), their ``value`` (``.code`` of a coding, ``.value`` of
  a quantity), ``weight()``/``ordinal()``, and the ``itemWeight``/``ordinalValue`` of the
  chosen option read from ``%questionnaire``;
- ``exists()``, ``empty()``, ``not()``, ``count()``, ``sum()``, ``first()``, comparisons with a
  constant, ``and``, ``or``, ``iif``, ``+ - * /``, ``&``, ``round``, ``ln``, ``exp``, ``abs``,
  ``power``, ``sqrt``, constants, and variables (``variable``, and named expressions) in scope;
- a comparison of a computed value with a constant, which becomes a condition on a score the
  importer adds (``compared``).

Anything else (the date today, launch context such as ``%patient``, FHIR queries, text
functions, ``select``, ``%context``...) is ``Untranslatable`` with the reason, and the importer
names the item. Limits keep a hostile file cheap: an expression longer than
``MAX_EXPRESSION`` characters, with more than ``MAX_INVOCATIONS`` invocations,
``MAX_OPERATORS`` operators or brackets nested deeper than ``MAX_NESTING`` is not parsed; a file
whose expressions together pass ``MAX_TOTAL`` characters has the rest refused; a translation
with more than ``MAX_FORMULA_NODES`` nodes is refused. Each distinct text is parsed once.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from screening_app.domain.formulas import MAX_FORMULA_NODES
from screening_app.instruments.fhir_common import EXT_ITEM_WEIGHT, EXT_ORDINAL_VALUE, UCUM

MAX_EXPRESSION = 1_000  # characters (the longest in the test corpus has 857)
MAX_INVOCATIONS = 100
MAX_OPERATORS = 200
MAX_NESTING = 32
MAX_TOTAL = 100_000  # characters of FHIRPath parsed for one import

_WEIGHT_URLS = frozenset({EXT_ITEM_WEIGHT, EXT_ORDINAL_VALUE})
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`")
_OPERATORS = re.compile(r"!=|<=|>=|!~|[-+*/&|=<>~]|\b(?:and|or|xor|implies|div|mod|in|contains)\b")
_ORDERING = {">", ">=", "<", "<="}
_LAUNCH = ("patient", "user", "encounter", "location", "practitioner", "organization")


class Untranslatable(Exception):  # noqa: N818 - the reason is the message
    """An expression outside what is translated; the message says why."""


# ------------------------------------------------------------------ values
@dataclass(frozen=True)
class Sel:
    """Items of the response (``None`` stands for the response itself)."""

    ids: tuple[str | None, ...]


@dataclass(frozen=True)
class Ans:
    """The answers of items, or a part of them: ``answer``, ``value``, ``code``, ``weight``,
    ``display``; ``first``: only the first answer."""

    ids: tuple[str, ...]
    part: str = "answer"


@dataclass(frozen=True)
class Val:
    """A formula (data, as written in an instrument file)."""

    formula: Any


@dataclass(frozen=True)
class Cond:
    """A condition (data)."""

    condition: Any


@dataclass(frozen=True)
class Empty:
    """``{}``."""


@dataclass(frozen=True)
class QSel:
    """Items of the Questionnaire (for an option's weight)."""

    ids: tuple[str | None, ...]


@dataclass(frozen=True)
class QOptions:
    """The answer options of an item; ``chosen``: only those its answers chose."""

    link_id: str
    chosen: bool = False


@dataclass(frozen=True)
class QExtension:
    link_id: str
    chosen: bool
    url: str | None = None


Value = Sel | Ans | Val | Cond | Empty | QSel | QOptions | QExtension


@dataclass
class Tree:
    """The Questionnaire's items: kinds, parents, children, and the option codes by FHIR value
    (to compare answers with), as the importer read them."""

    kinds: dict[str, str | None] = field(default_factory=dict)  # our type, None: not imported
    children: dict[str | None, list[str]] = field(default_factory=dict)
    parent: dict[str, str | None] = field(default_factory=dict)
    groups: set[str] = field(default_factory=set)
    option_code: Callable[[str, str, Any], str | None] = lambda _l, _k, _v: None

    def descendants(self, link_id: str | None) -> list[str]:
        out: list[str] = []
        stack = list(reversed(self.children.get(link_id, [])))
        while stack:
            current = stack.pop()
            out.append(current)
            stack.extend(reversed(self.children.get(current, [])))
        return out


@dataclass
class Variable:
    expression: str
    language: str
    scope: str | None  # the item that declares it (None: the Questionnaire)


# --------------------------------------------------------------- translator
class Translator:
    """Translates expressions in the scope of an item; variables come from ``variables``
    (declared on the Questionnaire, the item and its ancestors)."""

    def __init__(
        self,
        tree: Tree,
        variables: dict[str | None, dict[str, Variable]],
        compared: Callable[[Any, str, Any, str | None], Any],
    ) -> None:
        self.tree = tree
        self.variables = variables
        self.compared = compared  # (formula, op, value, scope) -> condition on a new score
        self._parsed: dict[str, Any] = {}
        self._memo: dict[tuple[str | None, str], Value] = {}
        self._active: set[tuple[str | None, str]] = set()
        self.spent = 0

    def forget(self, link_id: str) -> None:
        """``link_id`` is not imported after all: it is never answered."""
        self.tree.kinds[link_id] = None
        self._memo.clear()

    # ---------------------------------------------------------------- entries
    def formula(self, expression: str, scope: str | None) -> Any:
        """A formula (data) with the expression's value."""
        value = self._expression(expression, scope)
        return _checked(self._formula(value))

    def condition(self, expression: str, scope: str | None) -> Any:
        """A condition (data) that holds exactly when the expression is true."""
        value = self._expression(expression, scope)
        return _checked(self._condition(value))

    # -------------------------------------------------------------- parsing
    def _expression(self, expression: str, scope: str | None) -> Value:
        return self._node(self._parse(expression), scope)

    def _parse(self, expression: str) -> Any:
        found = self._parsed.get(expression)
        if found is not None:
            return found
        _check_limits(expression)
        self.spent += len(expression)
        if self.spent > MAX_TOTAL:
            raise Untranslatable(
                f"the file's FHIRPath passes {MAX_TOTAL:,} characters in all: not read"
            )
        try:
            tree = _strict_parse(expression)
        except RecursionError:
            raise Untranslatable("is nested too deeply to be read") from None
        except Exception:  # noqa: BLE001 - ANTLR raises many kinds on syntax errors
            raise Untranslatable("cannot be read as FHIRPath") from None
        children = tree.get("children") if isinstance(tree, dict) else None
        if children and children[0].get("type") == "EntireExpression":
            children = children[0].get("children")
        if not children:
            raise Untranslatable("cannot be read as FHIRPath")
        self._parsed[expression] = children[0]
        return children[0]

    # ------------------------------------------------------------- dispatch
    def _node(self, node: dict[str, Any], scope: str | None) -> Value:
        kind = node.get("type")
        children = node.get("children", [])
        terminal = node.get("terminalNodeText") or []
        if kind in ("TermExpression", "ParenthesizedTerm", "InvocationTerm", "LiteralTerm"):
            if kind == "ParenthesizedTerm":
                return self._node(children[0], scope)
            if kind == "LiteralTerm":
                return self._literal(children[0])
            return self._node(children[0], scope)
        if kind == "ExternalConstantTerm":
            return self._external(children[0], scope)
        if kind == "MemberInvocation":
            return self._member(Sel((scope,)), _identifier(children[0]))
        if kind == "FunctionInvocation":
            return self._function(None, children[0], scope)
        if kind == "InvocationExpression":
            base = self._node(children[0], scope)
            step = children[1]
            if step.get("type") == "MemberInvocation":
                return self._member(base, _identifier(step["children"][0]))
            if step.get("type") == "FunctionInvocation":
                return self._function(base, step["children"][0], scope)
            raise Untranslatable(f"uses '{step.get('type')}', which is not translated")
        if kind == "IndexerExpression":
            return self._index(self._node(children[0], scope), self._node(children[1], scope))
        if kind == "PolarityExpression":
            inner = self._formula(self._node(children[0], scope))
            if terminal and terminal[0] == "-":
                if isinstance(inner, (int, float)) and not isinstance(inner, bool):
                    return Val(-inner)
                return Val({"multiply": [-1, inner]})
            return Val(inner)
        if kind in ("AdditiveExpression", "MultiplicativeExpression"):
            return self._arithmetic(terminal[0], children, scope)
        if kind in ("EqualityExpression", "InequalityExpression"):
            return self._comparison(terminal[0], children, scope)
        if kind in ("AndExpression", "OrExpression"):
            parts = [self._condition(self._node(c, scope)) for c in children]
            key = "all" if kind == "AndExpression" else "any"
            return Cond(_checked({key: _flatten(kind, parts)}))
        raise Untranslatable(f"uses {_shown(kind)}, which is not translated")

    def _literal(self, node: dict[str, Any]) -> Value:
        kind = node.get("type")
        text = node.get("text", "")
        if kind == "NullLiteral":
            return Empty()
        if kind == "BooleanLiteral":
            return Val(text == "true")
        if kind == "StringLiteral":
            return Val(_unquote(text))
        if kind == "NumberLiteral":
            number = float(text)
            return Val(int(number) if "." not in text and number.is_integer() else number)
        if kind == "DateLiteral":
            try:
                return Val(dt.date.fromisoformat(text.lstrip("@")))
            except ValueError:
                raise Untranslatable(f"has the date {text}, which is not a full date") from None
        raise Untranslatable(f"has a {_shown(kind)}, which is not translated")

    def _external(self, node: dict[str, Any], scope: str | None) -> Value:
        name = _identifier(node["children"][0]) if node.get("children") else ""
        if name == "resource":
            return Sel((None,))
        if name == "questionnaire":
            return QSel((None,))
        if name == "ucum":
            return Val(UCUM)
        if name in ("context", "qitem"):
            raise Untranslatable(f"reads %{name}, which is not translated")
        return self._variable(name, scope)

    def _variable(self, name: str, scope: str | None) -> Value:
        found: Variable | None = None
        current: str | None = scope
        while True:
            found = self.variables.get(current, {}).get(name)
            if found is not None or current is None:
                break
            current = self.tree.parent.get(current)
        if found is None:
            if name in _LAUNCH:
                raise Untranslatable(f"reads %{name}, which a server fills in (launch context)")
            raise Untranslatable(f"reads %{name}, which is not declared here")
        if found.language != "text/fhirpath":
            raise Untranslatable(
                f"reads %{name}, a {found.language} expression (it needs a FHIR server)"
            )
        key = (found.scope, name)
        if key in self._memo:
            return self._memo[key]
        if key in self._active:
            raise Untranslatable(f"its variable %{name} refers to itself")
        self._active.add(key)
        try:
            value = self._expression(found.expression, found.scope)
        except Untranslatable as reason:
            raise Untranslatable(f"reads %{name}, which {reason}") from None
        finally:
            self._active.discard(key)
        self._memo[key] = value
        return value

    # ---------------------------------------------------------------- paths
    def _member(self, base: Value, name: str) -> Value:
        tree = self.tree
        if isinstance(base, Sel):
            if name == "item":
                ids = [c for s in base.ids for c in tree.children.get(s, []) if _group(tree, s)]
                return Sel(tuple(ids))
            if name == "answer":
                return Ans(_questions(base.ids))
            if name == "linkId":
                raise Untranslatable("reads linkId outside where(linkId = ...)")
        if isinstance(base, Ans):
            if name == "item" and base.part == "answer":
                return Sel(tuple(c for s in base.ids for c in tree.children.get(s, [])))
            if name == "value" or (name.startswith("value") and name != "valueCoding"):
                if base.part in ("answer",):
                    return Ans(base.ids, "value")
                if base.part == "value" and name == "value":
                    return Ans(base.ids, "value")  # a quantity's number
            if name == "valueCoding" and base.part == "answer":
                return Ans(base.ids, "value")
            if name == "code" and base.part == "value":
                return Ans(base.ids, "code")
            if name == "display" and base.part == "value":
                return Ans(base.ids, "display")
        if isinstance(base, QSel):
            if name == "item":
                return QSel(tuple(c for s in base.ids for c in tree.children.get(s, [])))
            if name == "answerOption" and len(base.ids) == 1 and base.ids[0] is not None:
                return QOptions(base.ids[0])
        if isinstance(base, QOptions) and name == "extension":
            return QExtension(base.link_id, base.chosen)
        weight = isinstance(base, QExtension) and base.url in _WEIGHT_URLS and base.chosen
        if weight and name.startswith("value"):
            assert isinstance(base, QExtension)
            return Val({"weight": base.link_id})
        raise Untranslatable(f"reads '{name}' where it is not translated")

    def _index(self, base: Value, index: Value) -> Value:
        if not isinstance(index, Val) or not isinstance(index.formula, int):
            raise Untranslatable("has an index that is not a whole number")
        position = index.formula
        if isinstance(base, Sel):
            return Sel(base.ids[position : position + 1])
        if isinstance(base, Ans) and position == 0:
            return base  # the first answer: a question that does not repeat has one
        raise Untranslatable("has an index where it is not translated")

    def _where(self, base: Value, argument: dict[str, Any], scope: str | None) -> Value:
        if isinstance(base, (Sel, QSel)):
            ids = self._filter(base.ids, argument)
            return Sel(ids) if isinstance(base, Sel) else QSel(ids)
        chooses = isinstance(base, QOptions) and not base.chosen
        if chooses and self._chooses(argument, base.link_id, scope):  # type: ignore[union-attr]
            return QOptions(base.link_id, chosen=True)  # type: ignore[union-attr]
        if isinstance(base, QExtension) and base.url is None:
            url = self._url(argument, scope)
            if url is not None:
                return QExtension(base.link_id, base.chosen, url)
        raise Untranslatable("has a where() that is not translated")

    def _filter(self, ids: tuple[str | None, ...], argument: dict[str, Any]) -> tuple[str, ...]:
        """``where(linkId = 'x')`` / ``where(linkId != 'x')`` over items."""
        kind = argument.get("type")
        terminal = argument.get("terminalNodeText") or []
        if kind == "EqualityExpression" and terminal and terminal[0] in ("=", "!="):
            left, right = argument["children"]
            if left.get("text") == "linkId" and _is_string(right):
                wanted = _unquote(_string_node(right)["text"])
                keep = [i for i in ids if i is not None and (i == wanted) == (terminal[0] == "=")]
                return tuple(keep)
        raise Untranslatable("selects items other than by where(linkId = '...')")

    def _chooses(self, argument: dict[str, Any], link_id: str, scope: str | None) -> bool:
        """``valueCoding.code = <answers of link_id>.code`` (or ``in``)."""
        kind = argument.get("type")
        terminal = argument.get("terminalNodeText") or []
        if kind not in ("EqualityExpression", "MembershipExpression"):
            return False
        if not terminal or terminal[0] not in ("=", "in"):
            return False
        left, right = argument["children"]
        if left.get("text") not in ("valueCoding.code", "value.code", "valueCoding"):
            return False
        answers = self._node(right, scope)
        return isinstance(answers, Ans) and answers.ids == (link_id,)

    def _url(self, argument: dict[str, Any], scope: str | None) -> str | None:
        kind = argument.get("type")
        terminal = argument.get("terminalNodeText") or []
        if kind != "EqualityExpression" or not terminal or terminal[0] != "=":
            return None
        left, right = argument["children"]
        if left.get("text") != "url":
            return None
        value = self._node(right, scope)
        return value.formula if isinstance(value, Val) and isinstance(value.formula, str) else None

    # ------------------------------------------------------------ functions
    def _function(self, base: Value | None, node: dict[str, Any], scope: str | None) -> Value:
        children = node.get("children", [])
        name = _identifier(children[0])
        params: list[dict[str, Any]] = children[1]["children"] if len(children) > 1 else []
        if base is None:
            if name == "iif":
                return self._iif(params, scope)
            if name in ("today", "now", "timeOfDay"):
                raise Untranslatable(f"reads {name}() (a result must not change with the day)")
            base = Sel((scope,))
        if name == "where" and len(params) == 1:
            return self._where(base, params[0], scope)
        if name == "repeat" and len(params) == 1 and params[0].get("text") == "item":
            if isinstance(base, Sel):
                return Sel(tuple(d for s in base.ids for d in self.tree.descendants(s)))
            if isinstance(base, QSel):
                return QSel(tuple(d for s in base.ids for d in self.tree.descendants(s)))
        if name == "descendants" and not params and isinstance(base, Sel):
            return Sel(tuple(d for s in base.ids for d in self.tree.descendants(s)))
        if name == "extension" and len(params) == 1 and isinstance(base, QOptions):
            url = self._node(params[0], scope)
            if isinstance(url, Val) and isinstance(url.formula, str):
                return QExtension(base.link_id, base.chosen, url.formula)
        weighed = isinstance(base, Ans) and base.part in ("answer", "value")
        if name in ("weight", "ordinal") and not params and weighed:
            assert isinstance(base, Ans)
            return Ans(base.ids, "weight")
        if name in ("exists", "empty") and not params:
            return self._exists(base, name == "exists", scope)
        if name == "not" and not params:
            return Cond(_negate(_checked(self._condition(base))))
        if name == "count" and not params and isinstance(base, (Ans, Sel)):
            ids = base.ids if isinstance(base, Ans) else _questions(base.ids)
            ids = tuple(i for i in ids if self.tree.kinds.get(i) not in (None, "group", "display"))
            return Val({"count": list(ids)} if ids else 0)
        if name == "sum" and not params:
            return self._sum(base)
        if name == "first" and not params:
            return base if isinstance(base, (Ans, Val)) else self._index(base, Val(0))
        if name == "round" and len(params) <= 1:
            digits = self._formula(self._node(params[0], scope)) if params else 0
            if not isinstance(digits, int) or isinstance(digits, bool) or not 0 <= digits <= 9:  # noqa: PLR2004
                raise Untranslatable("rounds to a number of decimals that is not 0 to 9")
            out: dict[str, Any] = {"round": self._formula(base)}
            if digits:
                out["digits"] = digits
            return Val(out)
        if name in ("ln", "exp", "abs") and not params:
            return Val({name: self._formula(base)})
        if name == "sqrt" and not params:
            return Val({"power": [self._formula(base), 0.5]})
        if name == "power" and len(params) == 1:
            exponent = self._formula(self._node(params[0], scope))
            return Val({"power": [self._formula(base), exponent]})
        raise Untranslatable(f"uses {name}(), which is not translated")

    def _iif(self, params: list[dict[str, Any]], scope: str | None) -> Value:
        if len(params) not in (2, 3):
            raise Untranslatable("has an iif() without two or three parts")
        condition = self._condition(self._node(params[0], scope))
        then = self._node(params[1], scope)
        otherwise = self._node(params[2], scope) if len(params) == 3 else Empty()  # noqa: PLR2004
        out: dict[str, Any] = {"if": condition, "then": self._formula(then)}
        if not isinstance(otherwise, Empty):
            out["else"] = self._formula(otherwise)
        return Val(out)

    def _exists(self, base: Value, exists: bool, scope: str | None) -> Value:
        ids: tuple[str, ...] = ()
        if isinstance(base, Sel):
            ids = _questions(base.ids)
        elif isinstance(base, Ans) and base.part != "display":
            ids = base.ids
        elif isinstance(base, Val):
            formula = base.formula
            if isinstance(formula, dict) and len(formula) == 1:
                key, target = next(iter(formula.items()))
                if key in ("item", "weight"):
                    ids = (target,)
            if not ids:
                return Cond(self.compared(formula, "exists", exists, scope))
        elif isinstance(base, Empty):
            return Cond(_constant(not exists))
        if not ids:
            raise Untranslatable("tests exists() on something that is not translated")
        # an item that is not imported is never answered here
        parts: list[Any] = [
            {"item": link_id, "op": "exists", "value": exists}
            if self.tree.kinds.get(link_id) is not None
            else _constant(not exists)
            for link_id in ids
        ]
        if len(parts) == 1:
            return Cond(parts[0])
        return Cond({"any": parts} if exists else {"all": parts})

    def _sum(self, base: Value) -> Value:
        kinds = self.tree.kinds
        if isinstance(base, Ans) and base.part == "weight":
            # only a choice has weights; an item that is not imported is never answered
            ids = [i for i in base.ids if kinds.get(i) in ("choice", "multi-choice")]
            return Val({"sum": [{"weight": link_id} for link_id in ids]} if ids else 0)
        if isinstance(base, Ans) and base.part == "value":
            numbers = ("integer", "decimal", "quantity")
            ids = [i for i in base.ids if kinds.get(i) is not None]
            if any(kinds.get(i) not in numbers for i in ids):
                raise Untranslatable("adds up answers that are not numbers")
            return Val({"sum": [{"item": link_id} for link_id in ids]} if ids else 0)
        if isinstance(base, Val):
            return Val({"sum": [base.formula]})
        raise Untranslatable("has a sum() that is not translated")

    # ------------------------------------------------------------ operators
    def _arithmetic(self, operator: str, children: list[Any], scope: str | None) -> Value:
        names = {"+": "add", "-": "subtract", "*": "multiply", "/": "divide", "&": "concat"}
        if operator not in names:
            raise Untranslatable(f"uses '{operator}', which is not translated")
        left, right = (self._formula(self._node(c, scope)) for c in children)
        if operator == "+" and (isinstance(left, str) or isinstance(right, str)):
            return Val({"concat": [left, right]})  # FHIRPath '+' joins texts
        key = names[operator]
        parts: list[Any] = []
        for part in (left, right):
            if (
                key in ("add", "multiply", "concat")
                and isinstance(part, dict)
                and set(part) == {key}
            ):
                parts.extend(part[key])
            else:
                parts.append(part)
        return Val(_checked({key: parts}))

    def _comparison(self, operator: str, children: list[Any], scope: str | None) -> Value:
        if operator not in ("=", "!=", ">", ">=", "<", "<="):
            raise Untranslatable(f"compares with '{operator}', which is not translated")
        left, right = (self._node(c, scope) for c in children)
        if _constant_value(left) is not None and _constant_value(right) is None:
            left, right = right, left
            operator = {">": "<", "<": ">", ">=": "<=", "<=": ">="}.get(operator, operator)
        constant = _constant_value(right)
        if constant is None:
            raise Untranslatable("compares two values that are not constants")
        value = constant[0]
        link_id, kind = self._single_answer(left)
        if link_id is not None:
            return Cond(self._item_comparison(link_id, kind, operator, value))
        formula = self._formula(left)
        return Cond(self._guarded(formula, operator, value, scope))

    def _single_answer(self, value: Value) -> tuple[str | None, str]:
        if isinstance(value, Ans) and len(value.ids) == 1 and value.part in ("value", "code"):
            return value.ids[0], value.part
        if (
            isinstance(value, Val)
            and isinstance(value.formula, dict)
            and set(value.formula) == {"item"}
        ):
            return value.formula["item"], "value"
        return None, ""

    def _item_comparison(self, link_id: str, part: str, op: str, value: Any) -> Any:
        kind = self.tree.kinds.get(link_id)
        if kind is None:
            return _constant(False)  # never answered here: FHIRPath's empty, false
        if kind in ("choice", "multi-choice"):
            if op in _ORDERING:
                raise Untranslatable(f"orders the answers to '{link_id}', a choice")
            if kind == "multi-choice":
                raise Untranslatable(
                    f"compares the answers to '{link_id}' (several options) with '{op}'"
                )
            code = self.tree.option_code(link_id, part, value)
            if code is None:
                # none of its options: '=' never holds, '!=' holds once answered
                if op == "=":
                    return _constant(False)
                return {"item": link_id, "op": "exists", "value": True}
            value = code
        elif part == "code":
            raise Untranslatable(f"reads the code of '{link_id}', which is not a choice")
        comparison = {"item": link_id, "op": op, "value": _plain(value)}
        if op == "!=":  # FHIRPath: empty (false) when unanswered
            return {"all": [{"item": link_id, "op": "exists", "value": True}, comparison]}
        return comparison

    def _guarded(self, formula: Any, op: str, value: Any, scope: str | None) -> Any:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Untranslatable("compares a computed value with something other than a number")
        condition = self.compared(formula, op, _plain(value), scope)
        if op == "!=":
            return {"all": [self.compared(formula, "exists", True, scope), condition]}
        return condition

    # ----------------------------------------------------------- conversion
    def _formula(self, value: Value) -> Any:
        if isinstance(value, Val):
            return value.formula
        if isinstance(value, Cond):
            # true or false; empty, as in FHIRPath, while an item it compares is unanswered
            compared = sorted(_compared_items(value.condition))
            if not compared:
                return {"holds": value.condition}
            answered = [{"item": link_id, "op": "exists", "value": True} for link_id in compared]
            test = answered[0] if len(answered) == 1 else {"all": answered}
            return {"if": test, "then": {"holds": value.condition}}
        if isinstance(value, Ans):
            if len(value.ids) != 1:
                raise Untranslatable("reads the answers of several items as one value")
            link_id = value.ids[0]
            kind = self.tree.kinds.get(link_id)
            if kind is None:
                raise Untranslatable(f"reads '{link_id}', which is not imported")
            if value.part == "weight":
                return {"weight": link_id}
            if value.part == "display":
                raise Untranslatable(f"reads the display text of the answer to '{link_id}'")
            if kind in ("choice", "multi-choice") and value.part != "code":
                raise Untranslatable(f"uses the answer to '{link_id}' (a coding) as a value")
            return {"item": link_id}
        if isinstance(value, Empty):
            raise Untranslatable("uses {} (nothing) as a value")
        raise Untranslatable("uses items or options as a value")

    def _condition(self, value: Value) -> Any:
        if isinstance(value, Cond):
            return value.condition
        if isinstance(value, Val):
            formula = value.formula
            if isinstance(formula, bool):
                return _constant(formula)
            if isinstance(formula, dict) and set(formula) == {"holds"}:
                return formula["holds"]
            raise Untranslatable("uses a computed value as true or false")
        if isinstance(value, Ans) and len(value.ids) == 1 and value.part == "value":
            link_id = value.ids[0]
            if self.tree.kinds.get(link_id) == "boolean":
                return {"item": link_id, "op": "=", "value": True}
        raise Untranslatable("uses a value as true or false where it is not translated")


# ------------------------------------------------------------------ helpers
def _strict_parse(expression: str) -> Any:
    """fhirpathpy's parser and syntax tree, but refusing any syntax error and anything left over
    after the expression (its own ``parse`` lets ANTLR repair a broken expression silently)."""
    antlr: Any = importlib.import_module("antlr4")
    listeners: Any = importlib.import_module("antlr4.error.ErrorListener")
    trees: Any = importlib.import_module("antlr4.tree.Tree")
    ast: Any = importlib.import_module("fhirpathpy.parser.ASTPathListener")
    lexers: Any = importlib.import_module("fhirpathpy.parser.generated.FHIRPathLexer")
    parsers: Any = importlib.import_module("fhirpathpy.parser.generated.FHIRPathParser")

    class Strict(listeners.ErrorListener):  # type: ignore[misc]
        def syntaxError(self, *_args: Any) -> None:  # noqa: N802 - ANTLR's name
            raise ValueError("syntax error")

    lexer = lexers.FHIRPathLexer(antlr.InputStream(expression))
    lexer.removeErrorListeners()
    lexer.addErrorListener(Strict())
    parser = parsers.FHIRPathParser(antlr.CommonTokenStream(lexer))
    parser.buildParseTrees = True
    parser.removeErrorListeners()
    parser.addErrorListener(Strict())
    listener = ast.ASTPathListener()
    trees.ParseTreeWalker().walk(listener, parser.entireExpression())
    return listener.parentStack[0]


def _check_limits(expression: str) -> None:
    if len(expression) > MAX_EXPRESSION:
        raise Untranslatable(f"is longer than {MAX_EXPRESSION:,} characters: not read")
    bare = _STRINGS.sub("''", expression)
    if bare.count(".") > MAX_INVOCATIONS:
        raise Untranslatable(f"has more than {MAX_INVOCATIONS} invocations: not read")
    if len(_OPERATORS.findall(bare)) > MAX_OPERATORS:
        raise Untranslatable(f"has more than {MAX_OPERATORS} operators: not read")
    depth = deepest = 0
    for char in bare:
        if char in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]}":
            depth -= 1
    if deepest > MAX_NESTING:
        raise Untranslatable(f"is nested deeper than {MAX_NESTING} brackets: not read")


def _checked(data: Any) -> Any:
    count = 0
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if not ({"item", "op"} <= set(node) or {"score", "op"} <= set(node)):
                count += 1
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        else:
            count += 1
        if count > MAX_FORMULA_NODES:
            raise Untranslatable(f"translates to more than {MAX_FORMULA_NODES} parts: not kept")
    return data


def _identifier(node: dict[str, Any]) -> str:
    text = str(node.get("text") or "".join(node.get("terminalNodeText") or []))
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "`'":  # noqa: PLR2004
        return text[1:-1]
    return text


def _unquote(text: str) -> str:
    inner = text[1:-1] if len(text) >= 2 and text[0] == text[-1] == "'" else text  # noqa: PLR2004
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), inner)


def _is_string(node: dict[str, Any]) -> bool:
    return _string_node(node).get("type") == "StringLiteral"


def _string_node(node: dict[str, Any]) -> dict[str, Any]:
    while node.get("type") in ("TermExpression", "LiteralTerm") and node.get("children"):
        node = node["children"][0]
    return node


def _shown(kind: str | None) -> str:
    return re.sub(r"(?<!^)([A-Z])", r" \1", str(kind)).lower()


def _group(tree: Tree, link_id: str | None) -> bool:
    return link_id is None or link_id in tree.groups


def _questions(ids: tuple[str | None, ...]) -> tuple[str, ...]:
    return tuple(i for i in ids if i is not None)


def _compared_items(condition: Any) -> set[str]:
    """The items a condition compares with a value (not those it only tests for an answer)."""
    if not isinstance(condition, dict):
        return set()
    if "all" in condition or "any" in condition:
        parts = condition.get("all", condition.get("any", []))
        return set().union(*(_compared_items(part) for part in parts)) if parts else set()
    if condition.get("op") != "exists" and isinstance(condition.get("item"), str):
        return {condition["item"]}
    return set()


def _constant(value: bool) -> dict[str, Any]:
    """A condition that always (or never) holds, as the importer's folding understands it."""
    return {"constant": value}


def _constant_value(value: Value) -> tuple[Any] | None:
    if isinstance(value, Val) and isinstance(value.formula, (bool, int, float, str, dt.date)):
        return (value.formula,)
    return None


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _flatten(kind: str, parts: list[Any]) -> list[Any]:
    key = "all" if kind == "AndExpression" else "any"
    out: list[Any] = []
    for part in parts:
        if isinstance(part, dict) and set(part) == {key}:
            out.extend(part[key])
        else:
            out.append(part)
    return out


_FLIP = {"=": "!=", "!=": "=", ">": "<=", "<=": ">", "<": ">=", ">=": "<"}


def _negate(condition: Any) -> Any:
    """``not()`` of a condition, with FHIRPath's empty (false) for an unanswered item kept."""
    if isinstance(condition, dict) and "constant" in condition:
        return {"constant": not condition["constant"]}
    if isinstance(condition, dict) and "all" in condition:
        return {"any": [_negate(part) for part in condition["all"]]}
    if isinstance(condition, dict) and "any" in condition:
        return {"all": [_negate(part) for part in condition["any"]]}
    op = condition["op"]
    if op == "exists":
        return {**condition, "value": not condition["value"]}
    subject = {key: condition[key] for key in ("item", "score") if key in condition}
    flipped = {**condition, "op": _FLIP[op]}
    if op == "!=":
        return flipped
    return {"all": [{**subject, "op": "exists", "value": True}, flipped]}
