"""Two workstations on one clinic server: a draft screening held by one is not answered on the
other until the clinician there takes it over explicitly; the first can then no longer save
answers into it (and says so, keeping the answer on its screen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.storage.backends import new_clinic
from tests.ui.clinic import ADMIN, ADMIN_PASSWORD, CLINIC

pytestmark = pytest.mark.gui


@pytest.fixture
def server_clinic(
    pg_cluster: Any, tmp_path: Path, bundled: tuple[dict[str, Any], Any], utc_clock: Any
) -> Callable[[str], Any]:
    """``make(workstation)``: the application's Clinic for one workstation of a clinic on
    the test server (each its own data folder, the same record)."""
    from screening_app.app import make_clinic
    from screening_app.machine.model import MachineSettings
    from screening_app.machine.reader import MachineConfig
    from screening_app.storage.kdf import TEST_PARAMS
    from tests.storage.helpers import small_blocklist

    settings = new_clinic(pg_cluster)
    machine = MachineConfig(
        MachineSettings(
            server_host=settings.host,
            server_port=settings.port,
            server_database=settings.database,
            server_role=settings.user,
        )
    )
    instruments, directory = bundled

    def make(workstation: str) -> Any:
        clinic = make_clinic(
            tmp_path / workstation,
            kdf_params=TEST_PARAMS,
            pin_params=TEST_PARAMS,
            blocklist=small_blocklist(tmp_path),
            clock=utc_clock,
            instruments=instruments,
            directory=directory,
            on_server=True,
        )
        clinic.machine = machine
        return clinic

    return make


@pytest.fixture
def other_workstation(server_clinic: Callable[[str], Any]) -> Iterator[Any]:
    """Workstation A: the clinic set up, its administrator logged in (no screens)."""
    clinic = server_clinic("a")
    setup = clinic.accounts().setup(
        clinic_name=CLINIC, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    yield setup.session
    setup.session.logout()


def test_a_held_draft_is_taken_over_only_when_asked(  # noqa: PLR0917 - fixtures
    shell: Any,
    server_clinic: Callable[[str], Any],
    other_workstation: Any,
    fake_dialogs: Any,
    bundled: tuple[dict[str, Any], Any],
    qtbot: Any,
) -> None:
    from screening_app.ui.flow import AppFlow

    instruments, _ = bundled
    # Workstation A starts a screening and answers nothing yet: it holds the draft.
    person = PersonService(other_workstation).create(PersonData(name="Else Lease", role="other"))
    at_a = ScreeningService(other_workstation, instruments.values())
    draft = at_a.start(person.id, "ipv-screen", "da")

    # Workstation B: the real application flow on the same server.
    asked: list[str] = []
    answer = {"take": False}

    def take_over(_parent: Any, text: str, on_yes: Callable[[], None]) -> None:
        asked.append(text)
        if answer["take"]:
            on_yes()

    dialogs = fake_dialogs.dialogs()
    dialogs.take_over = take_over
    flow = AppFlow(
        window=shell.window,
        language=shell.language,
        clipboard=shell.clipboard,
        icons=shell.icons,
        locker=shell.locker,
        idle=shell.idle,
        clinic=server_clinic("b"),
        dialogs=dialogs,
        defer=lambda call: call(),
    )
    flow.start()
    assert flow.login(ADMIN, ADMIN_PASSWORD)
    try:
        _take_over_on_b(flow, at_a, draft, asked, answer, other_workstation)
    finally:
        flow.logout()  # closes B's connection to the server


def _take_over_on_b(  # noqa: PLR0917 - the two workstations' parts
    flow: Any,
    at_a: ScreeningService,
    draft: Any,
    asked: list[str],
    answer: dict[str, bool],
    other_workstation: Any,
) -> None:
    screening_id = draft.screening.id
    person_id = draft.screening.person_id
    assert flow.persons.open_person(person_id)
    # Not now: nothing changes hands, the page says who holds it.
    assert not flow.persons.resume(screening_id)
    assert len(asked) == 1
    assert "på en anden computer" in asked[0]
    assert flow.persons.consultation is None
    # Take over: the questions open on B.
    answer["take"] = True
    assert not flow.persons.resume(screening_id)  # refused first, then taken over on request
    assert len(asked) == 2
    assert flow.persons.consultation is not None
    assert flow.persons.consultation.asking
    # A can no longer save answers into it, and is told who has it.
    first = next(item for item in draft.session.visible_questions() if item.type == "choice")
    with pytest.raises(StorageError) as refused:
        at_a.answer(screening_id, first.link_id, first.options[0].code)
    assert refused.value.code == "screening-in-use"
    entries = other_workstation.database.audit_entries()
    assert any(e.action == "view-screening" and e.criterion == "take-over" for e in entries)
