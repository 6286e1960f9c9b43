"""Safe-contact rules (security.md check 23): no letter goes home when the person said no."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening_app.domain.consent import (
    DELIVERIES,
    DisclosureRefusedError,
    SafeContact,
    check_delivery,
    delivery_address,
)

address_lines = st.lists(st.text(min_size=1, max_size=40), max_size=4).map(tuple)
contacts = st.builds(
    SafeContact,
    phone=st.none() | st.from_regex(r"\+?[0-9 ]{4,15}", fullmatch=True),
    safe_times=st.none() | st.text(max_size=60),
    may_leave_messages=st.booleans(),
    letters_home_allowed=st.booleans(),
    home_address=address_lines,
    other_address=address_lines,
)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None)
@given(contact=contacts, delivery=st.sampled_from(DELIVERIES))
def test_no_letter_goes_home_against_the_persons_wish(contact: SafeContact, delivery: str) -> None:
    """1,500 generated persons: a home letter is refused whenever letters may not go home."""
    if delivery == "person-home" and not contact.letters_home_allowed:
        expected: str | None = "letters-not-home"
    elif (delivery == "person-home" and not contact.home_address) or (
        delivery == "person-other-address" and not contact.other_address
    ):
        expected = "no-address"
    else:
        expected = None
    if expected is not None:
        with pytest.raises(DisclosureRefusedError) as info:
            delivery_address(contact, delivery)  # type: ignore[arg-type]
        assert info.value.code == expected
        return
    lines = delivery_address(contact, delivery)  # type: ignore[arg-type]
    if delivery == "person-home":
        assert lines == contact.home_address
    elif delivery == "person-other-address":
        assert lines == contact.other_address
    else:
        assert lines == ()


def test_refusal_message_in_both_languages() -> None:
    with pytest.raises(DisclosureRefusedError) as info:
        check_delivery(SafeContact(home_address=("Vej 1",)), "person-home")
    assert "hjemmet" in info.value.message("da")
    assert "home" in info.value.message("en")


def test_no_address_message_names_the_place_in_the_readers_language() -> None:
    with pytest.raises(DisclosureRefusedError) as info:
        check_delivery(SafeContact(), "person-other-address")
    assert "den sikre adresse" in info.value.message("da")
    assert "the safe address" in info.value.message("en")


def test_unknown_delivery_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown delivery"):
        check_delivery(SafeContact(), "by-pigeon")  # type: ignore[arg-type]
