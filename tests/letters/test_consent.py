"""Consent and lawful disclosure (pure domain): scope, expiry, recipient, the inform task."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening_app.domain.consent import (
    MESSAGES,
    SHARE_ITEMS,
    Consent,
    DisclosureRefusedError,
    LawfulDisclosure,
    letter_items,
    one_year_after,
    permitted_items,
)

GIVEN = dt.date(2026, 3, 10)


def consent(**changes: object) -> Consent:
    values: dict[str, object] = {
        "recipient": "danner",
        "purpose": "Rådgivning og ophold",
        "scope": frozenset({"contact-details", "safety-concerns"}),
        "form": "written",
        "given_on": GIVEN,
        "recorded_by": "jm-anna",
    }
    values.update(changes)
    return Consent(**values)  # type: ignore[arg-type]


def test_consent_expires_one_year_later() -> None:
    c = consent()
    assert c.expires_on == dt.date(2027, 3, 10)
    assert c.holds_on(GIVEN)
    assert c.holds_on(dt.date(2027, 3, 9))
    assert not c.holds_on(dt.date(2027, 3, 10))
    assert not c.holds_on(dt.date(2026, 3, 9))


def test_leap_day_consent_expires_on_the_28th() -> None:
    assert one_year_after(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)


def test_permitted_items_are_exactly_the_recorded_scope() -> None:
    assert permitted_items(consent(), "danner", GIVEN) == {"contact-details", "safety-concerns"}


def test_wrong_recipient_is_refused_in_both_languages() -> None:
    with pytest.raises(DisclosureRefusedError) as info:
        permitted_items(consent(), "dialog-mod-vold", GIVEN)
    assert info.value.code == "wrong-recipient"
    assert "dialog-mod-vold" in info.value.message("da")
    assert info.value.message("da") != info.value.message("en")


def test_expired_and_withdrawn_consent_are_refused() -> None:
    with pytest.raises(DisclosureRefusedError) as info:
        permitted_items(consent(), "danner", dt.date(2027, 6, 1))
    assert info.value.code == "expired"
    assert "2027-03-10" in info.value.message("da")
    withdrawn = consent().withdraw(dt.date(2026, 5, 1))
    assert withdrawn.holds_on(dt.date(2026, 4, 30))
    with pytest.raises(DisclosureRefusedError) as info:
        permitted_items(withdrawn, "danner", dt.date(2026, 5, 1))
    assert info.value.code == "withdrawn"


def test_letter_items_refuses_or_drops_items_outside_scope() -> None:
    c = consent()
    with pytest.raises(DisclosureRefusedError) as info:
        letter_items(c, "danner", GIVEN, ["contact-details", "screening-result"])
    assert info.value.code == "outside-scope"
    assert "screening-result" in str(info.value)
    assert letter_items(
        c, "danner", GIVEN, ["contact-details", "screening-result"], strict=False
    ) == {"contact-details"}


@settings(max_examples=300, deadline=None)
@given(
    scope=st.frozensets(st.sampled_from(SHARE_ITEMS), min_size=1),
    included=st.frozensets(st.sampled_from(SHARE_ITEMS)),
    offset=st.integers(min_value=-400, max_value=800),
)
def test_a_letter_never_holds_an_item_outside_the_scope(
    scope: frozenset[str], included: frozenset[str], offset: int
) -> None:
    c = consent(scope=scope)
    on = GIVEN + dt.timedelta(days=offset)
    try:
        items = letter_items(c, "danner", on, included, strict=False)  # type: ignore[arg-type]
    except DisclosureRefusedError:
        assert not c.holds_on(on)
        return
    assert c.holds_on(on)
    assert items <= scope
    assert items == included & scope


def test_consent_needs_purpose_scope_and_a_known_form() -> None:
    with pytest.raises(ValueError, match="purpose"):
        consent(purpose="  ")
    with pytest.raises(ValueError, match="at least one item"):
        consent(scope=frozenset())
    with pytest.raises(ValueError, match="unknown share items"):
        consent(scope=frozenset({"everything"}))
    with pytest.raises(ValueError, match="written or oral"):
        consent(form="nodded")


def disclosure(**changes: object) -> LawfulDisclosure:
    values: dict[str, object] = {
        "recipient": "police",
        "basis": "substantial-interests",
        "scope": frozenset({"contact-details", "safety-concerns"}),
        "reason": "Trusler om drab i dag",
        "decided_on": GIVEN,
        "recorded_by": "jm-anna",
    }
    values.update(changes)
    return LawfulDisclosure(**values)  # type: ignore[arg-type]


def test_substantial_interests_creates_a_task_to_inform_the_person() -> None:
    task = disclosure().inform_task()
    assert task is not None
    assert task.due_on == GIVEN
    assert "§ 43, stk. 2, nr. 2" in task.text("da", "Politiet")
    assert "Politiet" in task.text("da", "Politiet")


def test_no_inform_task_when_informing_is_unsafe_and_the_reason_is_required() -> None:
    unsafe = disclosure(informing_unsafe=True, unsafe_reason="Partneren læser hendes post")
    assert unsafe.inform_task() is None
    with pytest.raises(ValueError, match="why"):
        disclosure(informing_unsafe=True)


def test_notification_has_its_basis_and_no_inform_task() -> None:
    notification = disclosure(recipient="municipality", basis="notification")
    assert notification.inform_task() is None
    assert "barnets lov § 133" in notification.basis_text("da")
    assert "§ 43, stk. 2, nr. 1" in notification.basis_text("da")
    with pytest.raises(ValueError, match="only to substantial"):
        disclosure(basis="notification", informing_unsafe=True, unsafe_reason="x")


def test_lawful_disclosure_is_limited_to_its_scope_and_recipient() -> None:
    d = disclosure(scope=frozenset({"safety-concerns"}))
    assert letter_items(d, "police", GIVEN, ["safety-concerns"]) == {"safety-concerns"}
    with pytest.raises(DisclosureRefusedError):
        letter_items(d, "police", GIVEN, ["screening-result"])
    with pytest.raises(DisclosureRefusedError):
        permitted_items(d, "danner", GIVEN)


def test_every_message_exists_in_danish_and_english() -> None:
    for key in sorted(MESSAGES.keys()):
        assert MESSAGES.text(key, "da")
        assert MESSAGES.text(key, "en")
