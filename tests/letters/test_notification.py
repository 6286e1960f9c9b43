"""The § 133 notification: the fields the law names, parents' contact left out when required."""

from __future__ import annotations

import dataclasses

import pytest

from screening_app.domain.support import Directory
from screening_app.letters import DocumentPrinter, LetterError, Notification, RenderOptions
from screening_app.letters.printer import Document
from tests.letters.conftest import all_text

DA = RenderOptions("da")


def notification(samples: dict[str, Document], **changes: object) -> Notification:
    base = samples["notification"]
    assert isinstance(base, Notification)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_notification_holds_the_fields_of_screening_md_section_4(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    text = all_text(printer.pdf(notification(samples), DA))
    for expected in (
        "Underretning efter barnets lov § 133",
        "sundhedsloven § 43, stk. 2, nr. 1",  # no consent needed
        "Nordby Kommune, Børn og Familie",  # recipient
        "Rådhustorvet 1",
        "Ufødt barn",  # the unborn child
        "2. marts 2027",  # expected birth
        "Małgorzata Żółkiewska",  # parents
        "Søren Ærø Åberg",
        "000000-0000",  # CPR numbers (impossible ones in specimens)
        "Der er brug for tolk (polsk)",  # interpreter need
        "Jordemoder for moderen under graviditeten",  # relation to the child
        "slag og trusler",  # concern
        "Blå mærker",  # observations
        "kort med numre udleveret",  # actions taken
        "Arbejdsadresse",  # the workplace address, never private
        "Hospitalsvej 4",
        "kvittering",
    ):
        assert expected in text, expected


def test_contact_with_parents_is_omitted_when_parent_abuse_is_suspected(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    marker = "MARKER-PARENTS talked to both parents"
    suspected = notification(samples, contact_with_parents=marker, parent_abuse_suspected=True)
    text = all_text(printer.pdf(suspected, DA))
    assert marker not in text
    assert "mistanke om vold eller overgreb fra en forælder" in text
    told = notification(samples, contact_with_parents=marker, parent_abuse_suspected=False)
    assert marker in all_text(printer.pdf(told, DA))


def test_a_named_child_with_cpr(printer: DocumentPrinter, samples: dict[str, Document]) -> None:
    from screening_app.letters import Child

    with_child = notification(samples, children=(Child(name="Ida Ærø", cpr="000000-0000"),))
    text = all_text(printer.pdf(with_child, DA))
    assert "Ida Ærø" in text
    assert "Ufødt barn" not in text


def test_refused_without_the_notification_basis_or_an_address(
    printer: DocumentPrinter, samples: dict[str, Document], directory: Directory
) -> None:
    base = notification(samples)
    wrong = dataclasses.replace(base.disclosure, basis="substantial-interests")
    with pytest.raises(LetterError) as info:
        printer.pdf(notification(samples, disclosure=wrong), DA)
    assert info.value.code == "not-a-notification"
    placeholder = directory.get("municipality")  # the bundled entry, not filled in
    with pytest.raises(LetterError) as info:
        printer.pdf(notification(samples, recipient=placeholder), DA)
    assert info.value.code == "recipient-without-address"
    assert "Udfyld" in info.value.message("da")
    with pytest.raises(LetterError):
        printer.pdf(notification(samples, children=()), DA)


def test_english_notification(printer: DocumentPrinter, samples: dict[str, Document]) -> None:
    text = all_text(printer.pdf(notification(samples), RenderOptions("en")))
    assert "Notification under Barnets Lov" in text
    assert "Unborn child" in text
    assert "The parents have not been told" in text
