"""Engine benchmark: what one answer, the result, finalising, reopening and loading cost on
grouped, nested instruments of 50, 200, 1,000 and 3,000 questions. Figures, not a timed test.

The instruments are ``tests/domain/generated.py``'s: sections of 25 questions in subsections of
five, choice, yes/no, multi-choice, number, date and text items, questions shown by the answer
before them and by answers two sections back, sections shown one by one, a sum over every
choice, two counts, an outcome with a band that has a condition, two flags. Then the same
with every shape FHIR forms bring (``--every-shape-sizes``): in each section a calculated value
and a question it shows, a read-only and a hidden answer that count, a repeating group feeding
the total; a question shown by the total, a formula score that a band's condition and a flag
read.

Per answer: the consultation engine's own path (``ConsultationEngine.answer``: the screening's
one ``Session`` checks the answer, the engine's bookkeeping, and the store; here the test suite's
store kept in memory, so that storage is not in the figure: ``bench/storage.py`` times the
encrypted commit of an answer), then ``result()`` after it, as a screen showing the result
live would ask. A person fills in the form in order, declining one answer in 13 and changing
an earlier one every tenth answer. The baseline, timed in the same run on the same answers, is
the same state worked out from scratch (a new session given every answer so far, then its
result): what an engine that kept nothing would pay per answer. Then finalising (the record
read again, its result frozen) and reopening the draft (every answer restored), each against
the 50-question figure of the same run, and loading a file (YAML read, validated, checked)
against reading the same data as JSON (no checks) in the same run.

    .venv/bin/python bench/engine.py [--sizes 50,200,1000,3000] [--every-shape-sizes 200,1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.domain.generated import answer_for, generated, generated_data  # noqa: E402
from tests.services.memory_store import MemoryStore, NoCopies, overview_of, person  # noqa: E402

from screening_app.domain.answers import DECLINED  # noqa: E402
from screening_app.domain.instrument import Instrument, is_question  # noqa: E402
from screening_app.domain.presence import Circumstances  # noqa: E402
from screening_app.domain.session import CompiledInstrument, Session  # noqa: E402
from screening_app.instruments.yaml_format import check_parsed, parse_instrument_text  # noqa: E402
from screening_app.instruments.yaml_writer import instrument_yaml  # noqa: E402
from screening_app.services.consultation import ConsultationEngine  # noqa: E402

SIZES = (50, 200, 1000, 3000)
SHAPE_SIZES = (200, 1000)
SAFE = Circumstances(form="in-person", interpreter="none", present=(), remote_alone=None)
TODAY = dt.date(2026, 3, 2)
BASELINE_SAMPLES = 200  # from-scratch recomputations timed per instrument (spread evenly)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def stream(session: Session, seed: int) -> list[tuple[str, Any]]:
    """The answers of a person filling in the form (as tests/domain/test_costs.py's)."""
    rng = random.Random(seed)
    read = session._c.direct
    order = [i for i, item in session.instrument.items_by_id.items() if is_question(item)]
    out: list[tuple[str, Any]] = []
    answered: list[str] = []
    probe = Session(session._c, session.language, session.context)
    for step, link_id in enumerate((i for i in order), start=1):
        if not probe.is_visible(link_id) or probe.is_locked(link_id):
            continue
        if step % 10 == 0 and answered:
            earlier = rng.choice(answered)
            if probe.is_visible(earlier):
                value = answer_for(session.instrument.item(earlier), rng)
                probe.answer(earlier, value)
                out.append((earlier, value))
        declines = step % 13 == 0 and not read.get(link_id)
        value = DECLINED if declines else answer_for(session.instrument.item(link_id), rng)
        probe.answer(link_id, value)
        answered.append(link_id)
        out.append((link_id, value))
    return out


def engine_for(store: MemoryStore, instrument: Instrument) -> ConsultationEngine:
    return ConsultationEngine(
        overview_of(person("new-mother")),
        screenings=store,
        copies=NoCopies(),
        instruments={instrument.id: instrument},
        today=lambda: TODAY,
        language=lambda: "da",
    )


def measure_answers(instrument: Instrument) -> dict[str, Any]:
    store = MemoryStore([instrument])
    engine = engine_for(store, instrument)
    engine.open_gate()
    asking = engine.start(instrument.id, "da", circumstances=SAFE)
    session = asking.session
    answers = stream(session, seed=5)
    compiled = CompiledInstrument.build(instrument)
    sample_every = max(1, len(answers) // BASELINE_SAMPLES)
    answer_times: list[float] = []
    result_times: list[float] = []
    scratch_times: list[float] = []
    gc.collect()
    for number, (link_id, value) in enumerate(answers):
        answer_times.append(timed(lambda i=link_id, v=value: engine.answer(i, v)))
        result_times.append(timed(session.result))
        if number % sample_every == 0:
            given = session.given_answers()

            def from_scratch(given: dict[str, Any] = given) -> None:
                fresh = Session(compiled, "da", session.context)
                fresh.restore(given)
                fresh.result()

            scratch_times.append(timed(from_scratch))
    screening_id = asking.screening_id
    reopen = [timed(lambda: store.open(screening_id)) for _ in range(5)]
    finalise = timed(lambda: store.finalise(screening_id))
    return {
        "answers": len(answers),
        "answer": answer_times,
        "result": result_times,
        "scratch": scratch_times,
        "reopen": statistics.median(reopen),
        "finalise": finalise,
        "stored": len(store.answers[screening_id]),
    }


def measure_load(questions: int, every_shape: bool) -> dict[str, float]:
    data = generated_data(questions, every_shape=every_shape)
    text = instrument_yaml(Instrument.model_validate(data))
    as_json = json.dumps(data, default=str)
    parse = []
    check = []
    for _ in range(3):
        start = time.perf_counter()
        parsed = parse_instrument_text(text, "generated.yaml")
        middle = time.perf_counter()
        check_parsed(parsed)
        parse.append(middle - start)
        check.append(time.perf_counter() - middle)
    plain = [timed(lambda: json.loads(as_json)) for _ in range(3)]
    return {
        "bytes": len(text.encode("utf-8")),
        "parse": statistics.median(parse),
        "check": statistics.median(check),
        "json": statistics.median(plain),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument(
        "--every-shape-sizes",
        default=",".join(str(s) for s in SHAPE_SIZES),
        help="the same with every shape (calculated, read-only and hidden items, repeating "
        "groups, a condition on the total, a formula score read by a band and a flag)",
    )
    args = parser.parse_args()
    runs = [(int(s), False) for s in args.sizes.split(",") if s] + [
        (int(s), True) for s in args.every_shape_sizes.split(",") if s
    ]
    print(f"Python {sys.version.split()[0]}")
    first: dict[bool, dict[str, float]] = {}
    for questions, every_shape in runs:
        instrument = generated(questions, every_shape=every_shape)
        items = len(instrument.items_by_id)
        figures = measure_answers(instrument)
        answer, result, scratch = figures["answer"], figures["result"], figures["scratch"]
        update = [a + r for a, r in zip(answer, result, strict=True)]
        print()
        shape = ", every shape" if every_shape else ""
        print(
            f"{questions} questions{shape} ({items} items with groups and text), "
            f"{figures['answers']} answers ({figures['stored']} kept at the end):"
        )
        for label, values in (
            ("engine.answer", answer),
            ("result()", result),
            ("answer + result", update),
            ("baseline: from scratch", scratch),
        ):
            print(
                f"  {label:24} median {ms(statistics.median(values))}   "
                f"p99 {ms(percentile(values, 0.99))}   max {ms(max(values))}"
            )
        print(
            "  answer + result / from scratch: median "
            f"{statistics.median(update) / statistics.median(scratch):.4f}, p99 "
            f"{percentile(update, 0.99) / percentile(scratch, 0.99):.4f}"
        )
        p99 = percentile(update, 0.99)
        print(f"  target p99 < 1 ms (answer + result): {'met' if p99 < 0.001 else 'NOT met'}")
        load = measure_load(questions, every_shape)
        base = first.get(every_shape)
        print(
            f"  finalise {ms(figures['finalise'])}   reopen {ms(figures['reopen'])}"
            + (
                f"   (x{figures['finalise'] / base['finalise']:.1f} and "
                f"x{figures['reopen'] / base['reopen']:.1f} the {base['questions']:.0f}-question "
                f"figures: {questions / base['questions']:.0f} times the questions)"
                if base
                else ""
            )
        )
        total = load["parse"] + load["check"]
        print(
            f"  load the file ({load['bytes'] / 1000:.0f} kB): read + validate "
            f"{ms(load['parse'])}, checks {ms(load['check'])}, together {ms(total)}; "
            f"baseline json.loads of the same data {ms(load['json'])} (x{total / load['json']:.0f})"
        )
        if questions == 1000:
            print(f"  target load + checks < 1 s: {'met' if total < 1 else 'NOT met'}")
        if base is None:
            first[every_shape] = {
                "finalise": figures["finalise"],
                "reopen": figures["reopen"],
                "questions": questions,
            }
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
