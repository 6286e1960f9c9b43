"""Large generated instruments, grouped and nested, for the engine's cost tests and benchmarks.

``generated_data(questions)`` is an instrument of that many questions (plus their groups and
a text), shaped as long real questionnaires are: sections of 25 questions, each shown when the
second question of the section before it has an answer (or in pregnancy), holding five
subsections of five; choice items (weights 0-3, the first of each subsection required), yes/no,
multi-choice, whole numbers, dates and free text; questions shown by the answer just before
them, and by an answer two sections back. A sum over every choice, a count of yes, an outcome
with a band that has a condition, and three flags. Neutral test wording only.

Each question depends on at most three others and each group on one question, so what one
answer can change does not grow with the instrument: the tests that count the engine's work
per answer at 100 and at 1,000 questions rely on that (``bench/engine.py`` uses it too).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from screening_app.domain.instrument import Instrument

SECTION = 25  # questions per section
SUBSECTION = 5  # questions per subsection
_KINDS = (
    "choice",  # 0: a-d, weights 0-3, required when first in its subsection
    "boolean",  # 1
    "choice",  # 2: shown unless the one before (a boolean) is false
    "multi-choice",  # 3
    "yes-no",  # 4: a choice yes/no, counted
    "integer",  # 5: shown when the one before is yes
    "choice",  # 6
    "boolean",  # 7: from the third section on, shown by a yes/no two sections back
    "date",  # 8
    "string",  # 9
)


def _text(label: str, words: int) -> dict[str, str]:
    filler = " ".join(["ord"] * words)
    return {"da": f"{label}: {filler} (da)?", "en": f"{label}: {filler} (en)?"}


def _options(codes: list[tuple[str, float]], words: int) -> list[dict[str, Any]]:
    return [{"code": c, "text": _text(f"svar {c}", words), "weight": w} for c, w in codes]


def _question(number: int, words: int) -> dict[str, Any]:
    link_id = f"q{number}"
    kind = _KINDS[number % len(_KINDS)]
    item: dict[str, Any] = {"linkId": link_id, "text": _text(f"spørgsmål {number}", words)}
    if kind == "choice":
        item["type"] = "choice"
        item["options"] = _options([("a", 0), ("b", 1), ("c", 2), ("d", 3)], 2)
        if number % SUBSECTION == 0:
            item["required"] = True
    elif kind == "yes-no":
        item["type"] = "choice"
        item["options"] = _options([("yes", 1), ("no", 0)], 1)
    elif kind == "multi-choice":
        item["type"] = "multi-choice"
        item["options"] = _options([("x", 1), ("y", 1), ("z", 2)], 2)
    elif kind == "integer":
        item |= {"type": "integer", "min": 0, "max": 99}
    elif kind == "date":
        item |= {"type": "date", "min": dt.date(1900, 1, 1)}
    else:
        item["type"] = kind
    if number % 10 == 2:
        item["enableWhen"] = {"item": f"q{number - 1}", "op": "!=", "value": False}
    elif number % 10 == 5:
        item["enableWhen"] = {"item": f"q{number - 1}", "op": "=", "value": "yes"}
    elif number % 10 == 7 and number >= 2 * SECTION:
        back = number - 2 * SECTION - 3  # the yes/no two sections back
        item["enableWhen"] = {
            "any": [
                {"item": f"q{back}", "op": "!=", "value": "no"},
                {"item": f"q{number - 1}", "op": "exists", "value": True},
            ]
        }
    if number % 7 == 0:
        item["guidance"] = _text(f"vejledning {number}", words)
    return item


def _band(band_id: str, low: float, high: float, colour: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": band_id,
        "min": low,
        "max": high,
        "colour": colour,
        "title": _text(f"bånd {band_id}", 1),
        "text": _text(f"bånd {band_id}", 6),
        "actions": {"steps": [_text("et skridt", 4)]},
        **extra,
    }


def _section_extras(start: int, words: int) -> list[dict[str, Any]]:
    """What ``every_shape`` adds to a section: a calculated value (the weights of its first
    two choices) and a question it shows, a read-only answer and a hidden one that count, a
    repeating group (up to three) whose choice feeds the total; in the first section also a
    question shown by the running total (a condition on a score)."""
    first, third = [f"q{n}" for n in range(start, start + 10) if _KINDS[n % 10] == "choice"][:2]
    many = {  # one per instrument: every answer to the total reads it again
        "linkId": f"many{start}",
        "type": "boolean",
        "text": _text(f"mange point {start}", words),
        "enableWhen": {"score": "total", "op": ">=", "value": 10},
    }
    return [
        *([many] if start == 0 else []),
        {
            "linkId": f"calc{start}",
            "type": "integer",
            "text": _text(f"beregnet {start}", 2),
            "calculated": {"sum": [{"weight": first}, {"weight": third}]},
        },
        {
            "linkId": f"high{start}",
            "type": "boolean",
            "text": _text(f"højt {start}", words),
            "enableWhen": {"item": f"calc{start}", "op": ">=", "value": 4},
        },
        {
            "linkId": f"fixed{start}",
            "type": "choice",
            "text": _text(f"fast {start}", words),
            "readOnly": True,
            "initial": "yes",
            "options": _options([("yes", 1), ("no", 0)], 1),
        },
        {
            "linkId": f"hidden{start}",
            "type": "choice",
            "text": _text(f"skjult {start}", 1),
            "hidden": True,
            "initial": "yes",
            "options": _options([("yes", 1), ("no", 0)], 1),
        },
        {
            "linkId": f"rep{start}",
            "type": "group",
            "repeats": True,
            "maxRepeats": 3,
            "text": _text(f"gentaget {start}", 2),
            "items": [
                {
                    "linkId": f"kind{start}",
                    "type": "choice",
                    "text": _text(f"slags {start}", words),
                    "options": _options([("a", 0), ("b", 1), ("c", 2)], 1),
                },
                {
                    "linkId": f"count{start}",
                    "type": "integer",
                    "text": _text(f"antal {start}", words),
                    "min": 0,
                    "max": 99,
                    "enableWhen": {"item": f"kind{start}", "op": "!=", "value": "a"},
                },
            ],
        },
    ]


def generated_data(questions: int, *, words: int = 8, every_shape: bool = False) -> dict[str, Any]:
    """The instrument as plain data (as read from a file); ``words``: words per text.
    ``every_shape``: each section also has the shapes FHIR forms bring (``_section_extras``),
    and there is a formula score that a band's condition and a flag read."""
    sections: list[dict[str, Any]] = []
    extras: list[int] = []
    for start in range(0, questions, SECTION):
        subsections = []
        for sub_start in range(start, min(start + SECTION, questions), SUBSECTION):
            numbers = range(sub_start, min(sub_start + SUBSECTION, questions))
            subsections.append(
                {
                    "linkId": f"g{sub_start}",
                    "type": "group",
                    "text": _text(f"underafsnit {sub_start}", 3),
                    "items": [_question(n, words) for n in numbers],
                }
            )
        section: dict[str, Any] = {
            "linkId": f"s{start}",
            "type": "group",
            "text": _text(f"afsnit {start}", 3),
            "items": subsections,
        }
        if every_shape and start + 10 <= questions:
            section["items"].append(
                {
                    "linkId": f"x{start}",
                    "type": "group",
                    "text": _text(f"mere {start}", 2),
                    "items": _section_extras(start, words),
                }
            )
            extras.append(start)
        if start > 0:
            section["enableWhen"] = {
                "any": [
                    {"item": f"q{start - SECTION + 1}", "op": "exists", "value": True},
                    {"context": "phase", "op": "=", "value": "pregnant"},
                ]
            }
        sections.append(section)
    kinds = {n: _KINDS[n % len(_KINDS)] for n in range(questions)}
    weighted = [f"q{n}" for n, k in kinds.items() if k in ("choice", "yes-no", "multi-choice")]
    yes_no = [f"q{n}" for n, k in kinds.items() if k == "yes-no"]
    booleans = [f"q{n}" for n, k in kinds.items() if k == "boolean"]
    high = sum({"choice": 3, "yes-no": 1, "multi-choice": 4}[kinds[int(i[1:])]] for i in weighted)
    last_yes_no = yes_no[-1] if yes_no else "q0"
    weighted += [f"{prefix}{n}" for n in extras for prefix in ("fixed", "kind")]
    high += sum(1 + 2 * 3 for _ in extras)
    yes_no += [f"hidden{n}" for n in extras]
    formula: list[dict[str, Any]] = []
    risk_bands: list[dict[str, Any]] = []
    risk_flags: list[dict[str, Any]] = []
    if every_shape:
        formula = [
            {
                "id": "risk",
                "type": "formula",
                "title": _text("risiko", 1),
                "formula": {
                    "sum": [{"score": "total"}, *({"item": f"calc{n}"} for n in extras[:20])]
                },
            }
        ]
        risk_bands = [
            _band("risky", 1, high, "red", when={"score": "risk", "op": ">=", "value": high})
        ]
        risk_flags = [
            {
                "id": "risk",
                "when": {"score": "risk", "op": ">=", "value": high // 2},
                "title": _text("flag risiko", 1),
                "text": _text("flag risiko", 4),
            }
        ]
    return {
        "id": "generated",
        "version": "1.0.0",
        "status": "draft",
        "title": _text("genereret skema", 2),
        "description": _text("genereret til målinger", 6),
        "languages": [{"code": "da", "version": "1.0.0"}, {"code": "en", "version": "1.0.0"}],
        "roles": ["pregnant-woman", "new-mother", "father-co-parent", "other"],
        "sources": [{"citation": "Generated by tests/domain/generated.py."}],
        "licence": "Generated test data.",
        "items": [
            {"linkId": "intro", "type": "display", "text": _text("indledning", words)},
            *sections,
        ],
        "scores": [
            {"id": "total", "type": "sum", "title": _text("point", 1), "items": weighted},
            *(
                [
                    {
                        "id": "yes",
                        "type": "count",
                        "title": _text("ja", 1),
                        "items": yes_no,
                        "value": "yes",
                    }
                ]
                if yes_no
                else []
            ),
            *(
                [
                    {
                        "id": "true",
                        "type": "count",
                        "title": _text("sandt", 1),
                        "items": booleans,
                        "value": True,
                        "showInSummary": False,
                    }
                ]
                if booleans
                else []
            ),
            *formula,
        ],
        "outcome": {
            "score": "total",
            "bands": [
                *risk_bands,
                _band("own", 1, high, "yellow", when={"item": "q1", "op": "=", "value": True}),
                _band("low", 0, 0, "green"),
                _band("some", 1, high // 2, "yellow"),
                _band("high", high // 2 + 1, high, "red"),
            ],
        },
        "flags": [
            {
                "id": "first",
                "when": {"any": [{"item": "q0", "op": "=", "value": "d"}]},
                "title": _text("flag", 1),
                "text": _text("flag", 4),
            },
            {
                "id": "last",
                "when": {"item": last_yes_no, "op": "=", "value": "yes"},
                "title": _text("flag sidst", 1),
                "text": _text("flag sidst", 4),
            },
            *risk_flags,
        ],
    }


def generated(questions: int, *, words: int = 8, every_shape: bool = False) -> Instrument:
    return Instrument.model_validate(
        generated_data(questions, words=words, every_shape=every_shape)
    )


def answer_for(item: Any, rng: random.Random) -> Any:
    """A random valid answer to a question of a generated instrument."""
    kind = item.type
    if kind == "choice":
        return rng.choice(item.options).code
    if kind == "multi-choice":
        codes = [o.code for o in item.options]
        return tuple(rng.sample(codes, rng.randint(1, len(codes))))
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "integer":
        return rng.randint(0, 99)
    if kind == "date":
        return f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    return "et svar"
