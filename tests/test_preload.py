"""The start-up's worker (``preload``): each value made once by whichever thread asks first
(the others wait), a failure not kept, the steps in order, a step that stops the run."""

from __future__ import annotations

import threading

from screening_app.preload import Once, Preload


def test_a_value_is_made_once_however_many_threads_ask_at_the_same_time() -> None:
    made: list[str] = []
    gate = threading.Event()

    def make() -> str:
        gate.wait(5)
        made.append(threading.current_thread().name)
        return "value"

    once = Once(make)
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(once())) for _ in range(8)]
    for thread in threads:
        thread.start()
    gate.set()
    for thread in threads:
        thread.join(5)
    assert results == ["value"] * 8
    assert len(made) == 1
    assert once.made


def test_a_value_whose_making_failed_is_made_again_by_the_next_caller() -> None:
    attempts: list[int] = []

    def make() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("the first try fails")
        return 7

    once = Once(make)
    try:
        once()
    except OSError:
        pass
    else:  # pragma: no cover - the first call must fail
        raise AssertionError("no error")
    assert not once.made
    assert once() == 7
    assert once() == 7
    assert len(attempts) == 2


def test_the_steps_run_in_a_worker_in_order_errors_reported_a_false_step_stops() -> None:
    ran: list[str] = []
    errors: list[Exception] = []
    threads: set[str] = set()

    def step(name: str, outcome: object = None) -> object:
        threads.add(threading.current_thread().name)
        ran.append(name)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    preload = Preload(
        [
            lambda: step("check"),
            lambda: step("fails", ValueError("reported")),
            lambda: step("stops", False),
            lambda: step("never"),
        ],
        errors.append,
    ).start()
    assert preload.finished.wait(5)
    assert preload.checked.is_set()
    assert ran == ["check", "fails", "stops"]
    assert [str(e) for e in errors] == ["reported"]
    assert threads == {"trygstart-preload"}


def test_a_check_that_stops_the_start_up_still_lets_the_login_know() -> None:
    preload = Preload([lambda: False, lambda: None], lambda _e: None).start()
    assert preload.checked.wait(5)
    assert preload.finished.wait(5)
