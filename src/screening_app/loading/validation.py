"""Validate plain data against a pydantic model, with every error placed in the file.

Messages are chosen by pydantic's error *type* and its context values, never by matching its
English wording, so they stay stable across pydantic versions.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Callable, Iterable
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from screening_app.domain.base import LINK_ID_PATTERN, Problem
from screening_app.domain.instrument import UNION_TAGS
from screening_app.loading.errors import DocumentError, FileError
from screening_app.loading.yamlfile import YamlDocument, key_position, position

M = TypeVar("M", bound=BaseModel)

# What each constrained-string pattern means, for people.
PATTERN_HINTS: dict[str, str] = {
    r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$": "must be lower-case letters, digits and dashes "
    "(e.g. ipv-screen)",
    LINK_ID_PATTERN: "must be text without line breaks or control characters, not starting "
    "or ending with a space (e.g. q1)",
    r"^[A-Za-z0-9\-.]{1,64}$": "must be letters, digits, '-' or '.' (at most 64)",
    r"^\d\d:\d\d(:\d\d)?$": "must be a time such as 08:30",
    r"^[a-z]{2,3}(-[A-Z]{2})?$": "must be a language code such as da or en",
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$": "must be a version "
    "such as 1.0.0",
    r"^https?://\S+$": "must be a web address starting with http:// or https://",
    r"^(https?://|urn:)\S+$": "must be a web address or a urn:",
}

_SIMPLE: dict[str, str] = {
    "missing": "is required",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "dict_type": "must be a mapping (key: value)",
    "model_type": "must be a mapping (key: value)",
    "model_attributes_type": "must be a mapping (key: value)",
    "date_type": "must be a date (YYYY-MM-DD)",
    "date_from_datetime_inexact": "must be a date without a time",
    "finite_number": "must be a finite number",
    "frozen_set_type": "must be a list",
    "none_required": "must be empty",
}


def message_for(error: Any) -> str:
    """A person's message for one pydantic error dict."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    if kind == "literal_error":
        return f"must be one of: {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return PATTERN_HINTS.get(str(ctx.get("pattern")), f"must match {ctx.get('pattern')}")
    if kind == "string_too_short":
        min_length = ctx.get("min_length", 1)
        return "must not be empty" if min_length == 1 else f"needs at least {min_length} characters"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} entries"
    if kind == "too_long":
        return f"may have at most {ctx.get('max_length')} entries"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {ctx.get('le', ctx.get('lt'))}"
    if kind == "union_tag_invalid":
        return (
            f"unknown {ctx.get('discriminator', 'type').strip(chr(39))} '{ctx.get('tag')}' "
            f"(expected one of: {ctx.get('expected_tags')})"
        )
    if kind == "union_tag_not_found":
        return f"needs a {ctx.get('discriminator', 'type')} key"
    if kind == "value_error":
        return str(ctx.get("error", error.get("msg", "invalid value")))
    if kind.startswith(("date_", "datetime_")):
        return "must be a date (YYYY-MM-DD)"
    return str(error.get("msg", kind))


def _members(annotation: Any) -> list[Any]:
    """The alternatives inside Optional/Union/Annotated, flattened."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _members(get_args(annotation)[0])
    if origin is Union or isinstance(annotation, types.UnionType):
        return [m for arg in get_args(annotation) for m in _members(arg)]
    return [annotation]


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    return [m for m in _members(annotation) if isinstance(m, type) and issubclass(m, BaseModel)]


def allowed_keys(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str] | None:
    """The keys the mapping at ``loc`` accepts, following the models along the location."""
    candidates: list[Any] = [model]
    for part in loc:
        following: list[Any] = []
        for candidate in candidates:
            for member in _members(candidate):
                if isinstance(part, int):
                    if get_origin(member) in (list, tuple):
                        following.extend(get_args(member)[:1])
                elif isinstance(member, type) and issubclass(member, BaseModel):
                    for name, info in member.model_fields.items():
                        if part in (info.alias, name):
                            following.append(info.annotation)
                    tag = member.model_fields.get("type")
                    if tag is not None and part in get_args(tag.annotation):
                        following.append(member)
        if not following:
            if isinstance(part, str):
                continue  # a union tag pydantic put into the location
            return None
        candidates = following
    keys: list[str] = []
    for candidate in candidates:
        for member in _models_in(candidate):
            keys.extend(
                info.alias or name
                for name, info in member.model_fields.items()
                if (info.alias or name) not in keys
            )
    return keys or None


def to_file_errors(
    document: YamlDocument,
    errors: Iterable[Any],
    model: type[BaseModel],
) -> list[FileError]:
    """Pydantic errors (dicts) placed at their positions in the YAML document."""
    out: list[FileError] = []
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            line, col = key_position(document.positions(), loc, UNION_TAGS)
            _l, _c, where = position(document.positions(), loc, UNION_TAGS)
            key = str(loc[-1]) if loc else ""
            allowed = allowed_keys(model, loc[:-1]) or []
            close = difflib.get_close_matches(key, allowed, n=1)
            if close:
                hint = f"; did you mean '{close[0]}'?"
            elif allowed:
                hint = f" (allowed here: {', '.join(allowed)})"
            else:
                hint = ""
            out.append(FileError(document.path, line, col, where, f"unknown key{hint}"))
            continue
        if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
            discriminator = str((error.get("ctx") or {}).get("discriminator", "")).strip("'")
            if discriminator.isidentifier():
                loc = (*loc, discriminator)
        line, col, where = position(document.positions(), loc, UNION_TAGS)
        out.append(FileError(document.path, line, col, where, message_for(error)))
    return out


def problems_to_file_errors(document: YamlDocument, problems: Iterable[Problem]) -> list[FileError]:
    out: list[FileError] = []
    for problem in problems:
        line, col, where = position(document.positions(), problem.loc, UNION_TAGS)
        out.append(FileError(document.path, line, col, where, problem.message))
    return out


def validate_document(
    document: YamlDocument,
    model: type[M],
    check: Callable[[M], list[Problem]] | None = None,
) -> M:
    """The validated model, or a DocumentError listing every problem with its position."""
    if not isinstance(document.data, dict):
        kind = "a list" if isinstance(document.data, list) else "a single value"
        raise DocumentError.single(
            document.path, f"the document must be a mapping (key: value), not {kind}", 1, 1
        )
    try:
        value = model.model_validate(document.data)
    except ValidationError as error:
        raise DocumentError(
            to_file_errors(document, error.errors(include_url=False), model)
        ) from None
    if check is not None:
        problems = check(value)
        if problems:
            raise DocumentError(problems_to_file_errors(document, problems))
    return value
