"""Saving a PDF where the machine's settings forbid it: the use case refuses (and records
nothing as saved), and the preview offers no save button."""

from __future__ import annotations

from typing import Any

import pytest

from screening_app.storage.errors import StorageError
from screening_app.ui.documents.preview import PreviewDialog
from tests.ui.documents.fakes import FakeHooks
from tests.ui.documents.test_preview import referral_letter
from tests.ui.documents.world import World


def test_saving_a_pdf_is_refused_where_the_machine_forbids_it(world: World) -> None:
    prepared = referral_letter(world)
    world.docs.may_save = False
    before = len(world.documents())
    with pytest.raises(StorageError) as refused:
        world.docs.record_action(prepared, "saved")
    assert refused.value.code == "off-on-this-machine"
    assert len(world.documents()) == before  # nothing recorded as saved
    world.docs.record_action(prepared, "printed")  # printing stays allowed
    assert world.documents()[-1][:2] == ("referral-letter", "printed")


@pytest.mark.gui
def test_the_preview_offers_no_save_where_it_is_forbidden(
    world: World, hooks: FakeHooks, qtbot: Any
) -> None:
    prepared = referral_letter(world)
    preview = PreviewDialog(
        prepared,
        heading="Henvisningsbrev",
        on_action=lambda action: world.docs.record_action(prepared, action),  # type: ignore[arg-type]
        hooks=hooks.hooks(),
        lang="da",
        can_save=False,
    )
    qtbot.addWidget(preview)
    preview.open()
    qtbot.waitExposed(preview)
    assert not preview.save_button.isVisible()
    assert preview.print_button.isVisible()
