"""The clinician's own question ("Til dig som fagperson – spørg ikke personen") is never shown
to the person answering alone on the screen: the runner passes it over in self-complete mode,
and after the clinician has taken the screen back with the password it is shown, before the
result."""

from __future__ import annotations

from typing import Any

import pytest

from screening_app.domain.context import Context
from screening_app.domain.instrument import is_question, walk_items
from screening_app.domain.session import Session
from screening_app.instruments.catalog import load_catalog
from screening_app.ui.runner.runner_screen import RunnerScreen

pytestmark = pytest.mark.gui


def test_the_person_never_sees_the_clinicians_question(
    shell: Any, sink: Any, passwords: Any, qtbot: Any
) -> None:
    check = load_catalog().get("safety-check")
    own = [i.link_id for i, _g, _l in walk_items(check.items) if i.clinician_only]
    assert own == ["clinician-concern"]
    session = Session(check, "da", Context(role="pregnant-woman", phase="pregnant"))
    sink.session = session
    runner = RunnerScreen(
        session, sink, shell.language, password_check=passwords.check_password, self_complete=True
    )
    shell.window.show_screen(runner)
    shown: list[str] = []
    runner.item_shown.connect(shown.append)
    finished: list[bool] = []
    runner.finished.connect(lambda: finished.append(True))
    for _ in range(40):
        link_id = runner.current_link_id
        if link_id is None or runner._on_hand_back():
            break
        item = check.item(link_id)
        if is_question(item):
            safe = "yes" if link_id == "safe-home-today" else "no"
            runner._answer(link_id, safe)
        runner.advance()
    assert runner._on_hand_back()  # the person is done: the screen goes back to the clinician
    assert "clinician-concern" not in shown
    assert session.given("clinician-concern") is None
    assert not finished
    runner._hand_back.password.setText(passwords.password)
    runner._hand_back.submit()
    assert not runner.self_complete
    assert runner.current_link_id == "clinician-concern"  # now, for the clinician only
    runner._answer("clinician-concern", "no")
    runner.advance()
    assert finished == [True]
