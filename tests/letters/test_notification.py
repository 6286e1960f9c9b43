"""The § 133 notification: the fields the law names, the two parents kept apart, the parent
suspected of the violence never told first and never given a safe contact."""

from __future__ import annotations

import dataclasses

import pytest

from screening_app.domain.consent import SafeContact
from screening_app.domain.support import Directory
from screening_app.letters import (
    Child,
    DocumentPrinter,
    LetterError,
    Notification,
    Parent,
    RenderOptions,
)
from screening_app.letters.printer import Document
from tests.letters.conftest import all_text

DA = RenderOptions("da")
NOT_TOLD = "må ikke orienteres, før kommunen har handlet"


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


# One row per field the issue asks for (section 3, the § 133 notification).
@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("secure mail only", "Sendes kun med sikker post."),
        ("the parents apart", "Forælder udsat for volden: Mor"),
        ("the parents apart", "Forælder mistænkt for volden: Far"),
        ("the exposed parent's safe number", "Sikkert telefonnummer 20 00 00 02"),
        ("the safe times", "Hvornår det er sikkert at ringe Hverdage kl. 9-12"),
        ("may we leave messages", "Må der lægges besked Nej"),
        ("only the safe contact", "Kontakt Brug kun den sikre kontakt."),
        ("whether that parent knows", "Kender til underretningen Ja"),
        (
            "the suspected parent is not told",
            f"Far (Søren Ærø Åberg) er mistænkt for volden og {NOT_TOLD}.",
        ),
        ("custody", "Forældremyndighed Fælles forældremyndighed"),
        ("siblings", "Søskende Ingen"),
        ("the GP", "Praktiserende læge Lægehuset Nordby"),
        ("earlier notifications if known", "Tidligere underretninger ikke oplyst"),
    ],
)
def test_the_notification_row_is_printed(
    printer: DocumentPrinter, samples: dict[str, Document], row: str, expected: str
) -> None:
    assert expected in all_text(printer.pdf(notification(samples), DA)), row


def test_the_suspected_parent_has_no_safe_contact_and_is_never_told_first() -> None:
    safe = SafeContact(phone="20 00 00 09")
    with pytest.raises(ValueError, match="safe contact"):
        Parent(name="X", relation="Far", role="suspected", safe_contact=safe)
    with pytest.raises(ValueError, match="safe contact"):
        Parent(name="X", relation="Far", role="other", safe_contact=safe)
    with pytest.raises(ValueError, match="not told"):
        Parent(name="X", relation="Far", role="suspected", knows_of_notification=True)


def test_the_suspected_parent_s_number_is_never_called_safe(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    text = all_text(printer.pdf(notification(samples), DA))
    father = text[text.index("Forælder mistænkt for volden") :]
    father = father[: father.index("Familien")]
    assert "20 00 00 06" in father  # his own number, as an ordinary phone
    assert "Sikkert" not in father
    assert "Nej. Må ikke orienteres, før kommunen har handlet." in father


def test_contact_with_parents_is_omitted_when_parent_abuse_is_suspected(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    marker = "MARKER-PARENTS talked to both parents"
    suspected = notification(samples, contact_with_parents=marker)
    assert suspected.parent_abuse_suspected
    text = all_text(printer.pdf(suspected, DA))
    assert marker not in text
    assert "mistanke om vold eller overgreb fra en forælder" in text
    nobody = tuple(
        dataclasses.replace(p, role="other", safe_contact=None) for p in suspected.parents
    )
    told = notification(samples, contact_with_parents=marker, parents=nobody)
    text = all_text(printer.pdf(told, DA))
    assert marker in text
    assert NOT_TOLD not in text


def test_an_unknown_suspected_parent_is_named_by_relation(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    unknown = Parent(name=None, relation="Far", role="suspected")
    text = all_text(printer.pdf(notification(samples, parents=(unknown,)), DA))
    assert f"Far er mistænkt for volden og {NOT_TOLD}." in text
    with pytest.raises(LetterError) as info:
        printer.pdf(notification(samples, parents=(unknown, unknown, unknown)), DA)
    assert info.value.code == "too-many-parents"


def test_a_named_child_with_cpr(printer: DocumentPrinter, samples: dict[str, Document]) -> None:
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
    assert "To be sent by secure mail only." in text
    assert "must not be told before the municipality has acted" in text
