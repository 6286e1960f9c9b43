"""Engine benchmark: time per answer update on a generated 200-item instrument.

An "update" is what the screen does after each answer: accept the answer (re-checking the
visibility of dependent items), then compute scores, band and flags. The baseline, measured in
the same run, is recomputing the same state from scratch (a fresh session re-applying every
answer), which is what an engine without incremental visibility would do per answer.
Also: load + validate time of every bundled instrument. Figures, not a timed test.

    .venv/bin/python bench/engine.py
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from screening_app.domain.checks import check_instrument
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Session
from screening_app.instruments.catalog import instrument_files, load_catalog
from screening_app.paths import questionnaires_dir

ITEMS = 200
ANSWERS = 2_000


def _text(label: str) -> dict[str, str]:
    return {"da": f"{label} da", "en": f"{label} en"}


def generated_instrument(count: int = ITEMS, seed: int = 7) -> Instrument:
    """``count`` items: yes/no and 0-3 choices, integers; most depend on one or two earlier."""
    rng = random.Random(seed)
    items: list[dict[str, Any]] = []
    choice_ids: list[str] = []
    first_code: dict[str, str] = {}
    for index in range(count):
        link_id = f"q{index}"
        kind = rng.random()
        item: dict[str, Any]
        if kind < 0.8:
            options = [("no", 0), ("yes", 1)] if kind < 0.5 else [(str(v), v) for v in range(4)]
            item = {
                "linkId": link_id,
                "type": "choice",
                "text": _text(link_id),
                "options": [{"code": c, "text": _text(c), "weight": w} for c, w in options],
            }
        else:
            item = {"linkId": link_id, "type": "integer", "text": _text(link_id), "min": 0}
        if choice_ids and rng.random() < 0.7:
            refs = rng.sample(choice_ids[-20:], k=min(len(choice_ids[-20:]), rng.choice([1, 2])))
            parts = [{"item": r, "op": "!=", "value": first_code[r]} for r in refs]
            item["enableWhen"] = parts[0] if len(parts) == 1 else {"any": parts}
        items.append(item)
        if item["type"] == "choice":
            choice_ids.append(link_id)
            first_code[link_id] = item["options"][0]["code"]
    return Instrument.model_validate(
        {
            "id": "bench-generated",
            "version": "1.0.0",
            "status": "draft",
            "title": _text("bench"),
            "description": _text("bench"),
            "languages": [{"code": "da", "version": "1.0.0"}, {"code": "en", "version": "1.0.0"}],
            "roles": ["other"],
            "sources": [{"citation": "Generated for the benchmark."}],
            "licence": "Generated.",
            "items": items,
            "scores": [
                {"id": "total", "type": "sum", "title": _text("total"), "items": choice_ids},
                {
                    "id": "yes-count",
                    "type": "count",
                    "title": _text("count"),
                    "items": [i["linkId"] for i in items if len(i.get("options", [])) == 2],
                    "value": "yes",
                },
            ],
            "flags": [
                {
                    "id": "f",
                    "title": _text("f"),
                    "text": _text("f"),
                    "when": {"item": choice_ids[-1], "op": "=", "value": "yes"}
                    if len(items[int(choice_ids[-1][1:])]["options"]) == 2
                    else {"item": choice_ids[-1], "op": "=", "value": "3"},
                }
            ],
        }
    )


def _answer_for(item: Any, rng: random.Random) -> Any:
    if item.type == "choice":
        return rng.choice(item.options).code
    return rng.randint(0, 50)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    instrument = generated_instrument()
    rng = random.Random(11)
    session = Session(instrument, "da")
    incremental: list[float] = []
    from_scratch: list[float] = []
    for _ in range(ANSWERS):
        visible = session.visible_questions()
        item = rng.choice(visible)
        value = _answer_for(item, rng)
        start = time.perf_counter()
        session.answer(item.link_id, value)
        session.result()
        incremental.append(time.perf_counter() - start)
        given = {i: session.given(i) for i in instrument.items_by_id}
        start = time.perf_counter()
        fresh = Session(instrument, "da")
        fresh.restore({k: v for k, v in given.items() if v is not None})
        fresh.result()
        from_scratch.append(time.perf_counter() - start)

    def ms(value: float) -> str:
        return f"{value * 1000:.3f} ms"

    inc_median, inc_p99 = statistics.median(incremental), percentile(incremental, 0.99)
    base_median, base_p99 = statistics.median(from_scratch), percentile(from_scratch, 0.99)
    print(f"generated instrument: {ITEMS} items, {ANSWERS} answer updates")
    print(f"  answer update (incremental): median {ms(inc_median)}, p99 {ms(inc_p99)}")
    print(f"  baseline (from scratch):     median {ms(base_median)}, p99 {ms(base_p99)}")
    print(
        f"  ratio incremental/baseline:  median {inc_median / base_median:.3f}, "
        f"p99 {inc_p99 / base_p99:.3f}"
    )
    print(f"  target p99 < 1 ms: {'met' if inc_p99 < 0.001 else 'NOT met'}")

    start = time.perf_counter()
    problems = check_instrument(instrument)
    print(
        f"  checks of the generated instrument: {ms(time.perf_counter() - start)}"
        f" ({len(problems)} problems)"
    )

    files = instrument_files(questionnaires_dir())
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        catalog = load_catalog()
        runs.append(time.perf_counter() - start)
    print(
        f"bundled instruments: {len(files)} files, {len(catalog.instruments)} valid, "
        f"{len(catalog.errors)} errors; load + validate all: median {ms(statistics.median(runs))}"
    )


if __name__ == "__main__":
    main()
