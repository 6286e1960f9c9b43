"""The discreet documents: the resource card and the person's own plan."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from screening_app.domain.support import Directory
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
    # Nobody has checked the bundled entries against their sources: the card claims no date.
    assert "Ikke alle numre er kontrolleret." in inside
    assert "Numrene er kontrolleret" not in inside
    # Discreet names inside too: the card may be found.
    assert violence_hits(inside) == []


def test_card_verified_date_is_the_oldest_of_its_entries(
    printer: DocumentPrinter, directory: Directory
) -> None:
    import datetime as dt

    def checked(service_id: str, day: dt.date) -> Any:
        update = {"last_verified": day, "verified_by": "Clinic admin"}
        return directory.get(service_id).model_copy(update=update)

    hotline, police = (
        checked("lev-uden-vold", dt.date(2026, 3, 1)),
        checked("police", dt.date(2026, 3, 1)),
    )
    card = ResourceCard(hotline, police, (checked("danner", dt.date(2025, 1, 2)),))
    assert card.verified_on == dt.date(2025, 1, 2)
    assert "Numrene er kontrolleret 2. januar 2025." in all_text(printer.pdf(card, DA))
    # One entry nobody has checked: no date can be claimed.
    unchecked = ResourceCard(hotline, police, (directory.get("danner"),))
    assert unchecked.verified_on is None
    assert "Ikke alle numre er kontrolleret." in all_text(printer.pdf(unchecked, DA))


def test_card_refuses_too_many_services_and_unconfirmed_numbers(
    printer: DocumentPrinter, directory: Directory
) -> None:
    with_phone = [e for e in directory if e.phones and e.id not in ("lev-uden-vold", "police")]
    assert len(with_phone) > MAX_SERVICES
    card = ResourceCard(directory.get("lev-uden-vold"), directory.get("police"), tuple(with_phone))
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
        directory.get("lev-uden-vold"), directory.get("police"), tuple(with_phone[:MAX_SERVICES])
    )
    inside = page_texts(printer.pdf(card, DA))[1]
    for entry in with_phone[:MAX_SERVICES]:
        assert entry.phones[0].number in inside


def test_safety_plan_is_discreet_and_complete(
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
        "Ikke alle numre er kontrolleret",  # the bundled numbers are not checked yet
    ):
        assert expected in text, expected


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
