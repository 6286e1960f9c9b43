"""The narrowing rule: machine > clinic > user, each may narrow, none may widen."""

from __future__ import annotations

import pytest

from screening_app.domain.layers import (
    NO_LIMITS,
    PERMISSIONS,
    MachineLimits,
    Permission,
    idle_ceiling,
    idle_minutes,
    permission,
)

WHERE = (("save_pdf", "/etc/trygstart/trygstart.toml:7"), ("idle_max_minutes", "f.toml:3"))


@pytest.mark.parametrize("name", PERMISSIONS)
def test_nothing_set_allows_by_default(name: Permission) -> None:
    decided = permission(name, NO_LIMITS)
    assert (decided.value, decided.source) == (True, "default")


def test_machine_forbids_and_no_lower_layer_can_widen() -> None:
    machine = MachineLimits(save_pdf=False, where=WHERE)
    for clinic in (None, True, False):
        for user in (None, True, False):
            decided = permission("save_pdf", machine, clinic, user)
            assert decided.value is False
            assert decided.source == "machine"
            assert decided.where == "/etc/trygstart/trygstart.toml:7"


def test_clinic_narrows_what_the_machine_allows_and_the_user_cannot_widen() -> None:
    machine = MachineLimits(save_pdf=True, where=WHERE)
    assert permission("save_pdf", machine, clinic=False, user=True).source == "clinic"
    assert permission("save_pdf", machine, clinic=False, user=True).value is False


def test_user_narrows_last() -> None:
    decided = permission("self_complete", NO_LIMITS, clinic=True, user=False)
    assert (decided.value, decided.source) == (False, "user")


def test_the_lowest_layer_that_allows_is_named_when_all_allow() -> None:
    machine = MachineLimits(training=True)
    assert permission("training", machine).source == "machine"
    assert permission("training", machine, clinic=True).source == "clinic"
    assert permission("training", machine, clinic=True, user=True).source == "user"


def test_idle_minutes_is_the_smallest_and_names_who_set_it() -> None:
    machine = MachineLimits(idle_max_minutes=10, where=WHERE)
    assert idle_minutes(machine, 30, default=5).value == 10
    assert idle_minutes(machine, 30, default=5).source == "machine"
    assert idle_minutes(machine, 30, default=5).where == "f.toml:3"
    assert idle_minutes(machine, 4, default=5).source == "clinic"
    assert idle_minutes(machine, 4, 2, default=5).source == "user"
    assert idle_minutes(machine, 4, 2, default=5).value == 2
    # The default applies only when neither the clinic nor the user chose, under the ceiling.
    assert (idle_minutes(machine, None, default=5).value, "default") == (5, "default")
    assert idle_minutes(MachineLimits(idle_max_minutes=3), None, default=5).value == 3
    # A user cannot widen the clinic's value.
    assert idle_minutes(NO_LIMITS, 5, 30, default=5).value == 5


def test_a_tie_goes_to_the_higher_layer() -> None:
    decided = idle_minutes(MachineLimits(idle_max_minutes=10), 10, default=5)
    assert decided.source == "machine"


def test_idle_ceiling() -> None:
    assert idle_ceiling(NO_LIMITS, 60) == 60
    assert idle_ceiling(MachineLimits(idle_max_minutes=15), 60) == 15
