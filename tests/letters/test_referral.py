"""The referral letter: the expected fields, nothing outside the consented scope, discretion."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screening_app.domain.consent import (
    Consent,
    DisclosureRefusedError,
    LawfulDisclosure,
    SafeContact,
)
from screening_app.letters import DocumentPrinter, LetterError, ReferralLetter, RenderOptions
from screening_app.letters.printer import Document
from tests.letters.conftest import all_text, page_texts, violence_hits

DA = RenderOptions("da")


def letter(samples: dict[str, Document], **changes: object) -> ReferralLetter:
    base = samples["referral-letter"]
    assert isinstance(base, ReferralLetter)
    base = dataclasses.replace(
        base,
        safety_concerns="MARKER-SAFETY bekymring",
        free_text="MARKER-FREE besked",
        copy_to_person=None,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def with_scope(samples: dict[str, Document], scope: frozenset[str]) -> ReferralLetter:
    base = letter(samples)
    assert isinstance(base.authorisation, Consent)
    consent = dataclasses.replace(base.authorisation, scope=scope)
    return dataclasses.replace(base, authorisation=consent, include=scope)  # type: ignore[arg-type]


def test_referral_holds_the_expected_fields(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    text = all_text(printer.pdf(letter(samples), DA))
    for expected in (
        "Jordemodercenter Nordby",  # letterhead
        "Hospitalsvej 4",
        "Henvisning til Dialog mod Vold",  # recipient
        "Małgorzata Żółkiewska",  # the person
        "20 00 00 02",  # safe phone
        "Hverdage kl. 9-12",  # safe times
        "Send ikke breve til personens hjem",
        "Testskema",  # screening result
        "MARKER-SAFETY",
        "Samtaleforløb for den gravide",  # purpose
        "20. november 2027",  # consent expiry
        "skriftligt",
        "Anna Sørensen",  # clinician
        "Jordemoder",
        "27. november 2026",  # date
        "FORTROLIGT",
        "Side 1 af",
    ):
        assert expected in text, expected


def test_including_an_item_the_consent_does_not_cover_is_refused(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    narrow = with_scope(samples, frozenset({"contact-details"}))
    wide = dataclasses.replace(narrow, include=frozenset({"contact-details", "safety-concerns"}))
    with pytest.raises(DisclosureRefusedError) as info:
        printer.pdf(wide, DA)
    assert info.value.code == "outside-scope"


def test_expired_consent_and_wrong_recipient_are_refused(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    with pytest.raises(DisclosureRefusedError, match="expired"):
        printer.pdf(letter(samples, date=dt.date(2027, 11, 20)), DA)
    base = letter(samples)
    assert base.recipient.id == "dialog-mod-vold"
    consent = base.authorisation
    assert isinstance(consent, Consent)
    wrong = dataclasses.replace(
        base, authorisation=dataclasses.replace(consent, recipient="danner")
    )
    with pytest.raises(DisclosureRefusedError) as info:
        printer.pdf(wrong, DA)
    assert info.value.code == "wrong-recipient"


def test_a_section_without_content_is_an_error_not_an_empty_heading(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    with pytest.raises(LetterError) as info:
        printer.pdf(letter(samples, include=frozenset({"free-text"}), free_text=" "), DA)
    assert info.value.code == "missing-content"
    assert "Fri tekst" in info.value.message("da")
    assert "Free text" in info.value.message("en")


def test_a_long_right_to_left_message_flows_across_pages(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    sentence = "اسمي فاطمة وأنا من دمشق ولدي طفلان عمرهما 3 و 5 سنوات."
    long = letter(samples, include=frozenset({"free-text"}), free_text=" ".join([sentence] * 120))
    pages = page_texts(printer.pdf(long, DA))
    assert len(pages) >= 3
    text = " ".join(" ".join(pages).split())
    assert text.count("فاطمة") == 120


def test_discreet_first_page_has_no_violence_wording(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    discreet = samples["referral-letter-discreet"]
    pages = page_texts(printer.pdf(discreet, DA))
    assert len(pages) >= 2
    assert violence_hits(pages[0]) == []
    assert "Henvisning" in pages[0]
    assert "Gratis psykologhjælp" in pages[0]  # the recipient's discreet name
    assert "Dialog mod Vold" in pages[1]
    # The same letter not discreet names the service on page 1.
    plain = dataclasses.replace(discreet, discreet=False)
    assert isinstance(plain, ReferralLetter)
    assert violence_hits(page_texts(printer.pdf(plain, DA))[0]) != []


def test_lawful_disclosure_prints_its_basis_and_the_inform_decision(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    disclosure = LawfulDisclosure(
        recipient="dialog-mod-vold",
        basis="substantial-interests",
        scope=frozenset({"contact-details", "safety-concerns"}),
        reason="Trusler mod barnet",
        decided_on=dt.date(2026, 11, 27),
        recorded_by="Anna Sørensen",
    )
    lawful = letter(
        samples,
        authorisation=disclosure,
        include=frozenset({"contact-details", "safety-concerns"}),
    )
    text = all_text(printer.pdf(lawful, DA))
    assert "sundhedsloven § 43, stk. 2, nr. 2" in text
    assert "Trusler mod barnet" in text
    assert "Personen orienteres så hurtigt som muligt" in text
    assert "MARKER-FREE" not in text


def test_copy_to_the_safe_address_and_by_hand(
    printer: DocumentPrinter, samples: dict[str, Document]
) -> None:
    text = all_text(printer.pdf(letter(samples, copy_to_person="person-other-address"), DA))
    assert "Kopi sendt til personen: c/o Ewa Nowak, Parkvej 7, 9999 Nordby" in text
    assert "Stillevej" not in text  # the home address
    text = all_text(printer.pdf(letter(samples, copy_to_person="hand-over"), DA))
    assert "Kopi udleveret til personen" in text


addresses = st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=3).map(tuple)


@settings(max_examples=1000, deadline=None)
@given(
    contact=st.builds(
        SafeContact,
        phone=st.none() | st.just("20 00 00 09"),
        may_leave_messages=st.booleans(),
        letters_home_allowed=st.just(False),
        home_address=addresses,
        other_address=st.just(()) | addresses,
    )
)
@pytest.mark.slow
def test_a_copy_home_is_refused_for_every_person_who_said_no(
    printer: DocumentPrinter, samples: dict[str, Document], contact: SafeContact
) -> None:
    """Security check 23 through the printer: 1,000 generated persons, no letter goes home."""
    base = letter(samples)
    person = dataclasses.replace(base.person, safe_contact=contact)
    with pytest.raises(DisclosureRefusedError) as info:
        printer.pdf(dataclasses.replace(base, person=person, copy_to_person="person-home"), DA)
    assert info.value.code == "letters-not-home"


def test_english_letter(printer: DocumentPrinter, samples: dict[str, Document]) -> None:
    text = all_text(printer.pdf(letter(samples), RenderOptions("en")))
    for expected in (
        "Referral to Dialog mod Vold",
        "Safe phone number",
        "CONFIDENTIAL",
        "Page 1 of",
    ):
        assert expected in text
