"""The bundled directory, the clinic's file merged over it, and errors placed in the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screening_app.directory import load_directory, parse_clinic_text, read_bundled
from screening_app.domain.support import REQUIRED_SERVICE_IDS
from screening_app.loading.errors import DocumentError
from screening_app.paths import resources_dir

BUNDLED = resources_dir() / "services"

# The numbers as found in the research notes (services.md); a change here is a fact change.
EXPECTED_PHONES = {
    "lev-uden-vold": ["1888"],
    "danner": ["33 33 00 47"],
    "crisis-centres": [],
    "mandecentret": [],
    "dialog-mod-vold": ["35 30 17 17"],
    "stalking-center": ["25 17 73 74"],
    "moedrehjaelpen": [],
    "q-vaerk": [],
    "boernetelefonen": ["116 111"],
    "police": ["112", "114"],
    "ankestyrelsen": ["33 41 12 00"],
    "municipality": [],
    "family-clinic": [],
    "honour-conflicts": [],
}
UNCONFIRMED_PHONES = {
    "mandecentret",
    "moedrehjaelpen",
    "q-vaerk",
    "municipality",
    "family-clinic",
    "honour-conflicts",
}

LOCAL_ENTRY = """
format: 1
entries:
  - id: municipality
    scope: local
    name: {da: Testby Kommune, en: Testby Municipality}
    offers: {da: Modtager underretninger., en: Receives notifications.}
    forWhom: {da: Børn og familier, en: Children and families}
    phones: [{number: "70 00 00 00"}]
    address: {lines: ["Rådhuspladsen 1", "9999 Testby"]}
    secureMail: boernefamilie@testby.example
    howToRefer: {da: Skriv til adressen., en: Write to the address.}
    source: The clinic
    lastVerified: 2026-11-01
    verifiedBy: Clinic admin
    receivesNotifications: true
  - id: local-shelter
    scope: local
    name: {da: Testby Krisecenter, en: Testby crisis centre}
    offers: {da: Ophold., en: Stay.}
    forWhom: {da: Kvinder, en: Women}
    phones: [{number: "70 11 11 11"}]
    howToRefer: {da: Ring., en: Call.}
    source: The clinic
    lastVerified: 2026-10-01
    verifiedBy: Clinic admin
    receivesReferrals: true
    onResourceCard: true
"""


def test_bundled_directory_has_exactly_the_agreed_ids() -> None:
    directory = load_directory(BUNDLED)
    assert directory.ids() == REQUIRED_SERVICE_IDS
    assert isinstance(directory.ids(), frozenset)


def test_bundled_numbers_are_the_researched_ones() -> None:
    directory = load_directory(BUNDLED)
    found = {entry.id: [p.number for p in entry.phones] for entry in directory}
    assert found == EXPECTED_PHONES


def test_unconfirmed_numbers_ship_empty_and_flagged() -> None:
    directory = load_directory(BUNDLED)
    for service_id in UNCONFIRMED_PHONES:
        entry = directory.get(service_id)
        assert entry.phones == []
        assert entry.is_flagged("phones")
    flagged = {e.id for e in directory.needs_filling_in() if e.is_flagged("phones")}
    assert flagged == UNCONFIRMED_PHONES


def test_every_entry_has_danish_and_english_and_its_provenance() -> None:
    for entry in load_directory(BUNDLED):
        for text in (entry.name, entry.offers, entry.for_whom, entry.how_to_refer):
            assert text.languages >= {"da", "en"}
        assert entry.source
        assert entry.source_url is not None
        assert entry.source_url.startswith("https://")


def test_no_bundled_entry_claims_a_check_nobody_made() -> None:
    # Nobody on the team has checked the entries against the live sources: a verified date
    # would claim a check that never happened. The clinic's administrator marks them checked.
    for entry in load_directory(BUNDLED):
        assert (entry.id, entry.last_verified, entry.verified_by) == (entry.id, None, None)
        assert not entry.is_verified


def test_clinic_filled_entries_are_local_and_the_rest_national() -> None:
    directory = load_directory(BUNDLED)
    assert {e.id for e in directory.entries("local")} == {"municipality", "family-clinic"}
    assert directory.get("municipality").receives_notifications


def test_the_card_carries_the_hotline_and_the_emergency_number() -> None:
    card = {e.id for e in load_directory(BUNDLED).card_defaults()}
    assert card == {"lev-uden-vold", "police"}


def test_clinic_file_is_merged_over_the_bundled_entries(tmp_path: Path) -> None:
    clinic = tmp_path / "services.yaml"
    clinic.write_text(LOCAL_ENTRY, encoding="utf-8")
    directory = load_directory(BUNDLED, clinic)
    assert directory.ids() == REQUIRED_SERVICE_IDS | {"local-shelter"}
    municipality = directory.get("municipality")
    assert municipality.name.get("da") == "Testby Kommune"
    assert municipality.address is not None
    assert municipality.address.lines[1] == "9999 Testby"
    assert directory.clinic_ids == {"municipality", "local-shelter"}
    assert {e.id for e in directory.local_entries()} == {
        "municipality",
        "family-clinic",
        "local-shelter",
    }
    # one of them (the bundled hotline) is not checked: the list can claim no date at all
    assert directory.verified_date(["lev-uden-vold", "local-shelter"]) is None
    checked = directory.verified_date(["municipality", "local-shelter"])
    assert checked is not None
    assert checked.isoformat() == "2026-10-01"


def test_missing_clinic_file_means_no_clinic_entries(tmp_path: Path) -> None:
    directory = load_directory(BUNDLED, tmp_path / "not-yet.yaml")
    assert directory.ids() == REQUIRED_SERVICE_IDS
    assert directory.clinic_ids == frozenset()


def _error_text(text: str) -> str:
    with pytest.raises(DocumentError) as info:
        parse_clinic_text(text, "clinic.yaml")
    return str(info.value)


def test_unknown_key_is_placed_with_a_suggestion() -> None:
    text = LOCAL_ENTRY.replace("    secureMail:", "    secureMial:")
    message = _error_text(text)
    assert "clinic.yaml:11:5: entries[0].secureMial: unknown key; did you mean 'secureMail'?" in (
        message
    )


def test_filled_in_and_flagged_is_refused_at_its_line() -> None:
    text = LOCAL_ENTRY.replace(
        "    receivesNotifications: true\n",
        "    receivesNotifications: true\n    unconfirmed: [phones]\n",
    )
    message = _error_text(text)
    assert "clinic.yaml:" in message
    assert "entries[0].phones: 'phones' is filled in but flagged as unconfirmed" in message


def test_duplicate_id_and_missing_language_are_reported_together() -> None:
    text = LOCAL_ENTRY.replace("id: local-shelter", "id: municipality").replace(
        "offers: {da: Ophold., en: Stay.}", "offers: {da: Ophold.}"
    )
    message = _error_text(text)
    assert "entries[1].id: id 'municipality' is used by another entry" in message
    assert "entries[1].offers: needs a text in en" in message


def test_bad_phone_number_and_type_errors_are_placed() -> None:
    text = LOCAL_ENTRY.replace('"70 11 11 11"', '"call us"').replace(
        "receivesReferrals: true", "receivesReferrals: yes please"
    )
    message = _error_text(text)
    assert "entries[1].phones[0].number: must match" in message
    assert "entries[1].receivesReferrals: must be true or false" in message


def test_bundled_directory_missing_a_required_entry_is_refused(tmp_path: Path) -> None:
    shutil.copy(BUNDLED / "national.yaml", tmp_path / "national.yaml")
    text = (tmp_path / "national.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: ankestyrelsen")
    end = text.index("  - id: municipality")
    (tmp_path / "national.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_bundled(tmp_path)
    assert "missing entries: ankestyrelsen" in str(info.value)


def test_bundled_errors_name_the_right_file(tmp_path: Path) -> None:
    shutil.copy(BUNDLED / "national.yaml", tmp_path / "a-national.yaml")
    (tmp_path / "b-extra.yaml").write_text(
        LOCAL_ENTRY.replace("id: municipality", "id: danner"), encoding="utf-8"
    )
    with pytest.raises(DocumentError) as info:
        read_bundled(tmp_path)
    message = str(info.value)
    assert "b-extra.yaml:4:9: entries[0].id: id 'danner' is used by another entry" in message


def test_empty_bundled_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="holds no directory file"):
        load_directory(tmp_path)
