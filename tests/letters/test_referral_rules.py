"""The referral's rules, one table row each: the legal basis per kind of recipient (Sundhedsloven
§ 41 for treatment, § 43 stk. 1 otherwise), and when the person may have a copy."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from screening_app.domain.consent import (
    Consent,
    ConsentBasis,
    ConsentForm,
    DisclosureRefusedError,
    LawfulDisclosure,
    consent_basis_for,
)
from screening_app.domain.instrument import Instrument
from screening_app.domain.session import Result
from screening_app.domain.support import Directory, ServiceEntry
from screening_app.instruments.yaml_format import load_instrument
from screening_app.letters import (
    DocumentPrinter,
    LetterError,
    ReferralLetter,
    RenderOptions,
    ScreeningSummary,
    not_for_home,
)
from screening_app.letters.specimens import CLINICIAN, LETTERHEAD, TODAY, person
from tests.letters.conftest import DATA, all_text
from tests.letters.test_leaks import result_of

DA = RenderOptions("da")
GIVEN = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def canary() -> Instrument:
    return load_instrument(DATA / "leaks.yaml")


def treating(directory: Directory) -> ServiceEntry:
    """The hospital's family outpatient clinic, filled in by the clinic, as a treating service."""
    return directory.get("family-clinic").model_copy(update={"provides_treatment": True})


def not_treating(directory: Directory) -> ServiceEntry:
    return directory.get("dialog-mod-vold").model_copy(update={"provides_treatment": False})


def consent_for(
    entry: ServiceEntry, basis: ConsentBasis, form: ConsentForm, reason: str | None = None
) -> Consent:
    return Consent(
        recipient=entry.id,
        purpose="Samtaleforløb",
        scope=frozenset({"contact-details"}),
        form=form,
        given_on=GIVEN,
        recorded_by=CLINICIAN.name,
        basis=basis,
        oral_reason=reason,
    )


def letter(
    entry: ServiceEntry, auth: Consent | LawfulDisclosure, **changes: object
) -> ReferralLetter:
    base = ReferralLetter(
        letterhead=LETTERHEAD,
        recipient=entry,
        person=person(),
        authorisation=auth,
        clinician=CLINICIAN,
        date=TODAY,
        include=auth.scope,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# ---------------------------------------------------------------- section 4: the basis
@pytest.mark.parametrize(
    ("recipient", "basis", "form", "reason", "printed", "refused"),
    [
        # A referral for treatment rests on § 41; consent may be oral (§ 42), no reason needed.
        ("treating", "sundhedsloven-41", "oral", None, ["§ 41, stk. 1", "§ 42"], None),
        ("treating", "sundhedsloven-41", "written", None, ["§ 41, stk. 1", "§ 42"], None),
        # Anything else rests on § 43 stk. 1: written, or oral with the reason (§ 44 stk. 1),
        # lapsing after one year (§ 44 stk. 2).
        (
            "other",
            "sundhedsloven-43-1",
            "written",
            None,
            ["§ 43, stk. 1", "§ 44, stk. 1", "§ 44, stk. 2", "20. november 2027"],
            None,
        ),
        (
            "other",
            "sundhedsloven-43-1",
            "oral",
            "Kan ikke tage papirer med hjem",
            ["§ 43, stk. 1", "fordi: Kan ikke tage papirer med hjem", "20. november 2027"],
            None,
        ),
        # The wrong paragraph for the recipient is refused, with one sentence.
        ("treating", "sundhedsloven-43-1", "written", None, [], "wrong-basis"),
        ("other", "sundhedsloven-41", "oral", None, [], "wrong-basis"),
    ],
)
def test_the_letter_names_the_basis_that_fits_the_recipient(  # noqa: PLR0917
    printer: DocumentPrinter,
    directory: Directory,
    recipient: str,
    basis: ConsentBasis,
    form: ConsentForm,
    reason: str | None,
    printed: list[str],
    refused: str | None,
) -> None:
    entry = treating(directory) if recipient == "treating" else not_treating(directory)
    auth = consent_for(entry, basis, form, reason)
    if refused is not None:
        with pytest.raises(DisclosureRefusedError) as info:
            printer.pdf(letter(entry, auth), DA)
        assert info.value.code == refused
        assert "sundhedsloven §" in info.value.message("da")
        assert "Sundhedsloven §" in info.value.message("en")
        return
    text = all_text(printer.pdf(letter(entry, auth), DA))
    for expected in printed:
        assert expected in text, expected
    if basis == "sundhedsloven-41":  # the law sets no lapse for § 41: none is printed
        assert "bortfalder" not in text
        assert "§ 43" not in text


def test_basis_follows_the_recipient_kind() -> None:
    assert consent_basis_for(provides_treatment=True) == "sundhedsloven-41"
    assert consent_basis_for(provides_treatment=False) == "sundhedsloven-43-1"


def test_an_oral_section_43_consent_needs_its_reason(directory: Directory) -> None:
    entry = not_treating(directory)
    with pytest.raises(ValueError, match="oral_reason"):
        consent_for(entry, "sundhedsloven-43-1", "oral")
    with pytest.raises(ValueError, match="oral"):
        consent_for(entry, "sundhedsloven-43-1", "written", "a reason for a written consent")
    with pytest.raises(ValueError, match="oral"):
        consent_for(treating(directory), "sundhedsloven-41", "oral", "not needed under § 42")


def test_every_consent_holds_one_year_the_law_s_limit_only_for_section_43(
    printer: DocumentPrinter, directory: Directory
) -> None:
    """§ 44 stk. 2 for § 43; for § 41 the same year is the product's own limit (the record keeps
    an expiry for every consent), so a year-old consent makes no letter either way."""
    for entry, basis in (
        (treating(directory), "sundhedsloven-41"),
        (not_treating(directory), "sundhedsloven-43-1"),
    ):
        auth = consent_for(entry, basis, "written")  # type: ignore[arg-type]
        assert auth.expires_on == dt.date(2027, 11, 20)
        assert auth.lapses_by_law == (basis == "sundhedsloven-43-1")
        with pytest.raises(DisclosureRefusedError) as info:
            printer.pdf(letter(entry, auth, date=dt.date(2027, 11, 20)), DA)
        assert info.value.code == "expired"


# ------------------------------------------------------- section 3: the person's copy
def _band_not_for_home(result: Result) -> Result:
    assert result.band is not None
    band = result.band.model_copy(update={"not_for_home": True})
    return dataclasses.replace(result, band=band)


@pytest.mark.parametrize(
    ("case", "answers", "unsafe", "refused"),
    [
        ("band marked not for home", {"exposed": "yes"}, False, "copy-not-for-home"),
        (
            "a flag marked not for home",
            {"exposed": "no", "home": "yes"},
            False,
            "copy-not-for-home",
        ),
        ("telling the person is unsafe", {"exposed": "yes"}, True, "copy-informing-unsafe"),
        ("nothing against it", {"exposed": "yes"}, False, None),
    ],
)
def test_a_copy_for_the_person_only_where_it_is_safe(  # noqa: PLR0917
    printer: DocumentPrinter,
    directory: Directory,
    canary: Instrument,
    case: str,
    answers: dict[str, str],
    unsafe: bool,
    refused: str | None,
) -> None:
    result = result_of(canary, **answers)
    if case.startswith("band"):
        result = _band_not_for_home(result)
    assert not_for_home(result) == (refused == "copy-not-for-home")
    entry = not_treating(directory)
    auth: Consent | LawfulDisclosure = consent_for(entry, "sundhedsloven-43-1", "written")
    if unsafe:
        auth = LawfulDisclosure(
            recipient=entry.id,
            basis="substantial-interests",
            scope=frozenset({"contact-details"}),
            reason="Trusler",
            decided_on=TODAY,
            recorded_by=CLINICIAN.name,
            informing_unsafe=True,
            unsafe_reason="Partneren læser posten",
        )
    summary = ScreeningSummary(result, GIVEN)
    plain = letter(entry, auth, screening=summary)
    printer.pdf(plain, DA)  # the letter to the service is made either way
    with_copy = dataclasses.replace(plain, copy_to_person="hand-over")
    copy = dataclasses.replace(with_copy, persons_copy=True)
    if refused is None:
        assert "Kopi udleveret til personen" in all_text(printer.pdf(with_copy, DA))
        assert "Din kopi: henvisning til Dialog mod Vold" in all_text(printer.pdf(copy, DA))
        return
    for document in (with_copy, copy):
        with pytest.raises(LetterError) as info:
            printer.pdf(document, DA)
        assert info.value.code == refused
        assert "kopi" in info.value.message("da")
        assert "copy" in info.value.message("en")


def test_the_copy_goes_to_the_safe_address_in_the_envelope_window(
    printer: DocumentPrinter, directory: Directory
) -> None:
    entry = not_treating(directory)
    auth = consent_for(entry, "sundhedsloven-43-1", "written")
    copy = letter(entry, auth, copy_to_person="person-other-address", persons_copy=True)
    text = all_text(printer.pdf(copy, DA))
    assert text.startswith("Małgorzata Żółkiewska c/o Ewa Nowak Parkvej 7 9999 Nordby")
    assert "Stillevej" not in text  # the home address
    assert "20 00 00 02" not in text  # the safe phone stays off the copy
    assert "Send ikke breve" not in text
