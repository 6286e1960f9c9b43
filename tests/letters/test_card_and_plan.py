"""The documents the person takes home: the resource card and the person's own plan."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from screening_app.domain.support import Directory, ServiceEntry
from screening_app.letters import (
    MAX_SERVICES,
    DocumentPrinter,
    LetterError,
    RenderOptions,
    ResourceCard,
    SafetyPlan,
)
from screening_app.letters.printer import Document
from tests.letters.conftest import all_text, page_texts, violence_hits

DA = RenderOptions("da")
old_named = frozenset({"danner"})


def checked(entry: ServiceEntry, day: dt.date) -> ServiceEntry:
    """The entry as if a person had checked it against its source on ``day``."""
    return entry.model_copy(update={"last_verified": day, "verified_by": "Clinic admin"})


def test_card_outside_is_neutral(printer: DocumentPrinter, samples: dict[str, Document]) -> None:
    outside, _inside = page_texts(printer.pdf(samples["resource-card"], DA))
    assert violence_hits(outside) == []
    assert "Nordby" not in outside  # no clinic name, no place
    assert "Jordemoder" not in outside
    assert outside.split() == ["Gode", "numre"]


def test_card_inside_has_1888_112_the_chosen_services_and_the_verified_date(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    inside = " ".join(page_texts(printer.pdf(samples["resource-card"], DA))[1].split())
    for expected in ("1888", "112", "114", "33 33 00 47", "25 17 73 74"):
        assert expected in inside, expected
    # Nobody has checked the bundled entries against their sources: the card claims no date,
    # and says nothing about checking (the clinician is warned in the dialog instead).
    assert "kontrolleret" not in inside
    # Discreet names inside too: the card may be found.
    assert violence_hits(inside) == []


def test_card_verified_date_is_the_oldest_of_its_entries(
    printer: DocumentPrinter, directory: Directory
) -> None:
    hotline = checked(directory.get("lev-uden-vold"), dt.date(2026, 3, 1))
    police = checked(directory.get("police"), dt.date(2026, 3, 1))
    old = checked(directory.get("danner"), dt.date(2025, 1, 2))
    card = ResourceCard(hotline, police, (old,), named=frozenset({"danner"}))
    assert card.verified_on == dt.date(2025, 1, 2)
    assert "Numrene er kontrolleret 2. januar 2025." in all_text(printer.pdf(card, DA))
    # One entry nobody has checked: no date can be claimed, and no line is printed.
    unchecked = ResourceCard(hotline, police, (directory.get("danner"),), named=old_named)
    assert unchecked.verified_on is None
    assert "kontrolleret" not in all_text(printer.pdf(unchecked, DA))


def test_card_refuses_too_many_services_and_unconfirmed_numbers(
    printer: DocumentPrinter, directory: Directory
) -> None:
    with_phone = [e for e in directory if e.phones and e.id not in ("lev-uden-vold", "police")]
    assert len(with_phone) > MAX_SERVICES
    everyone = frozenset(e.id for e in with_phone)
    card = ResourceCard(
        directory.get("lev-uden-vold"), directory.get("police"), tuple(with_phone), named=everyone
    )
    with pytest.raises(LetterError) as info:
        printer.pdf(card, DA)
    assert info.value.code == "too-many-services"
    unconfirmed = ResourceCard(
        directory.get("lev-uden-vold"), directory.get("police"), (directory.get("q-vaerk"),)
    )
    with pytest.raises(LetterError) as info:
        printer.pdf(unconfirmed, DA)
    assert info.value.code == "service-without-phone"


def test_card_with_the_most_services_fits(printer: DocumentPrinter, directory: Directory) -> None:
    with_phone = [e for e in directory if e.phones and e.id not in ("lev-uden-vold", "police")]
    card = ResourceCard(
        directory.get("lev-uden-vold"),
        directory.get("police"),
        tuple(with_phone[:MAX_SERVICES]),
        named=frozenset(e.id for e in with_phone),
    )
    inside = page_texts(printer.pdf(card, DA))[1]
    for entry in with_phone[:MAX_SERVICES]:
        assert entry.phones[0].number in inside


def test_safety_plan_has_no_violence_wording_and_is_complete(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    pdf = printer.pdf(samples["safety-plan"], DA)
    text = all_text(pdf)
    assert violence_hits(text) == []
    assert "Jordemodercenter" not in text
    assert "FORTROLIGT" not in text
    for expected in (
        "Min plan",
        "Ewa Nowak",
        "20 00 00 04",
        "Biblioteket i Nordby",
        "Pas eller andet billed-id",
        "Blå paraply",
        "Ring til mig med det samme",
        "1888",
        "112",
        "33 33 00 47",
    ):
        assert expected in text, expected
    assert "kontrolleret" not in text  # the bundled numbers are not checked yet


def test_empty_plan_gives_lines_to_write_on(printer: DocumentPrinter, directory: Directory) -> None:
    plan = SafetyPlan(numbers=(directory.get("lev-uden-vold"), directory.get("police")))
    text = all_text(printer.pdf(plan, RenderOptions("en")))
    assert "My plan" in text
    assert "Passport or other photo ID" in text
    assert violence_hits(text) == []


def test_plan_without_numbers_is_refused(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    plan = samples["safety-plan"]
    assert isinstance(plan, SafetyPlan)
    with pytest.raises(LetterError):
        printer.pdf(dataclasses.replace(plan, numbers=()), DA)


# ---------------------------------------------- one row each (issue section 3)
def _unchecked(entry: ServiceEntry) -> ServiceEntry:
    return entry.model_copy(update={"last_verified": None, "verified_by": None})


@pytest.mark.parametrize(
    ("row", "unchecked", "expected"),
    [
        ("every number checked: the card says when", (), "Numrene er kontrolleret"),
        ("the hotline unchecked: no line at all", ("lev-uden-vold",), None),
        ("a chosen service unchecked: no line at all", ("stalking-center",), None),
    ],
)
def test_the_card_claims_checked_numbers_only_when_every_number_is_checked(
    printer: DocumentPrinter,
    directory: Directory,
    row: str,
    unchecked: tuple[str, ...],
    expected: str | None,
) -> None:
    def entry(service_id: str) -> ServiceEntry:
        found = checked(directory.get(service_id), dt.date(2026, 3, 1))
        return _unchecked(found) if service_id in unchecked else found

    card = ResourceCard(entry("lev-uden-vold"), entry("police"), (entry("stalking-center"),))
    plan = SafetyPlan(numbers=card.entries, numbers_only=True)
    for document in (card, plan):
        text = all_text(printer.pdf(document, DA))
        assert "1888" in text, row
        if expected is None:
            assert "kontrolleret" not in text, row  # neither "checked" nor "not checked"
            assert "Ikke alle numre" not in text, row
        else:
            assert expected in text, row


@pytest.mark.parametrize(
    ("row", "named", "refused"),
    [
        ("a neutral name: printed under it", frozenset(), False),
        ("no neutral name, not accepted: refused", frozenset(), True),
        ("no neutral name, accepted by the clinician: its own name", frozenset({"danner"}), False),
    ],
)
def test_a_service_without_a_neutral_name_only_when_the_clinician_chose_it(
    printer: DocumentPrinter,
    directory: Directory,
    row: str,
    named: frozenset[str],
    refused: bool,
) -> None:
    service = directory.get("stalking-center" if row.startswith("a neutral") else "danner")
    card = ResourceCard(
        directory.get("lev-uden-vold"), directory.get("police"), (service,), named=named
    )
    plan = SafetyPlan(numbers=card.entries, numbers_only=True, named=named)
    for document in (card, plan):
        if refused:
            with pytest.raises(LetterError) as info:
                printer.pdf(document, DA)
            assert info.value.code == "named-service"
            assert info.value.message("da").startswith("Danner har intet neutralt navn")
            continue
        text = all_text(printer.pdf(document, DA))
        assert service.display_name("da", discreet=True) in text, row
        if service.discreet_name is not None:
            assert service.name.get("da") not in text, row


def test_the_numbers_only_plan_holds_numbers_only(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    whole = samples["safety-plan"]
    assert isinstance(whole, SafetyPlan)
    numbers = samples["safety-plan-numbers"]
    assert isinstance(numbers, SafetyPlan)
    text = all_text(printer.pdf(numbers, DA))
    assert text.startswith("Vigtige numre")
    for number in ("1888", "112", "33 33 00 47"):
        assert number in text
    for hidden in (
        "Min plan",
        "Ewa Nowak",
        "20 00 00 04",
        "Biblioteket",
        "Pas eller andet billed-id",
        "Blå paraply",
        "Kodeord",
        "Det vil jeg have klar",
    ):
        assert hidden not in text, hidden
    with pytest.raises(ValueError, match="numbers only"):
        dataclasses.replace(whole, numbers_only=True)
