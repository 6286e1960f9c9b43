"""The Qt-free editing API an admin screen calls: validate a form, save atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from screening_app.directory import (
    entry_data,
    load_directory,
    parse_clinic_text,
    remove,
    save_clinic_entries,
    upsert,
    validate_entry,
    verified_today,
)
from screening_app.domain.support import REQUIRED_SERVICE_IDS, ServiceEntry
from screening_app.loading.errors import DocumentError
from screening_app.paths import resources_dir

BUNDLED = resources_dir() / "services"


def _municipality_form() -> dict[str, object]:
    data = entry_data(load_directory(BUNDLED).get("municipality"))
    data.update(
        {
            "name": {"da": "Testby Kommune", "en": "Testby Municipality"},
            "phones": [{"number": "70 00 00 00"}],
            "address": {"lines": ["Rådhuspladsen 1", "9999 Testby"]},
            "secureMail": "boernefamilie@testby.example",
            "unconfirmed": [],
            "lastVerified": dt.date(2026, 11, 27),
            "verifiedBy": "Clinic admin",
        }
    )
    return data


def test_a_filled_in_form_gives_an_entry() -> None:
    entry, problems = validate_entry(_municipality_form())
    assert problems == []
    assert entry is not None
    assert entry.secure_mail == "boernefamilie@testby.example"


def test_form_problems_are_keyed_by_field() -> None:
    form = _municipality_form()
    form["phones"] = [{"number": "abc"}]
    form["lastVerified"] = "soon"
    entry, problems = validate_entry(form)
    assert entry is None
    fields = {p.field for p in problems}
    assert fields == {"phones[0].number", "lastVerified"}


def test_filling_in_a_flagged_field_without_removing_the_flag_is_refused() -> None:
    form = _municipality_form()
    form["unconfirmed"] = ["address"]
    entry, problems = validate_entry(form)
    assert entry is None
    assert [p.field for p in problems] == ["address"]


def test_save_round_trips_and_merges(tmp_path: Path) -> None:
    entry, _ = validate_entry(_municipality_form())
    assert entry is not None
    path = tmp_path / "data" / "services.yaml"
    save_clinic_entries(path, [entry])
    assert parse_clinic_text(path.read_text(encoding="utf-8"), str(path)) == [entry]
    directory = load_directory(BUNDLED, path)
    assert directory.get("municipality") == entry
    assert sorted(p.name for p in path.parent.iterdir()) == ["services.yaml"]  # no temp left


def test_an_invalid_list_is_not_written(tmp_path: Path) -> None:
    entry, _ = validate_entry(_municipality_form())
    assert entry is not None
    path = tmp_path / "services.yaml"
    save_clinic_entries(path, [entry])
    before = path.read_bytes()
    with pytest.raises(DocumentError, match="used by another entry"):
        save_clinic_entries(path, [entry, entry])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["services.yaml"]


def test_upsert_replaces_in_place_and_remove_reverts_to_bundled(tmp_path: Path) -> None:
    entry, _ = validate_entry(_municipality_form())
    assert entry is not None
    bundled_danner = load_directory(BUNDLED).get("danner")
    newer = verified_today(bundled_danner, dt.date(2027, 1, 5), "Admin A")
    entries = upsert(upsert([], entry), newer)
    assert [e.id for e in entries] == ["municipality", "danner"]
    renamed = entry.model_copy(update={"verified_by": "Admin B"})
    entries = upsert(entries, renamed)
    assert [e.verified_by for e in entries] == ["Admin B", "Admin A"]
    path = tmp_path / "services.yaml"
    save_clinic_entries(path, entries)
    assert load_directory(BUNDLED, path).get("danner").last_verified == dt.date(2027, 1, 5)
    save_clinic_entries(path, remove(entries, "danner"))
    directory = load_directory(BUNDLED, path)
    assert directory.get("danner") == bundled_danner
    save_clinic_entries(path, remove(remove(entries, "danner"), "municipality"))
    assert load_directory(BUNDLED, path).ids() == REQUIRED_SERVICE_IDS


def test_saved_text_is_readable_yaml_with_dates(tmp_path: Path) -> None:
    entry, _ = validate_entry(_municipality_form())
    assert isinstance(entry, ServiceEntry)
    path = tmp_path / "services.yaml"
    save_clinic_entries(path, [entry])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# The clinic's own entries")
    assert "lastVerified: 2026-11-27\n" in text
    assert "Rådhuspladsen 1" in text  # UTF-8, not escaped


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry, _ = validate_entry(_municipality_form())
    assert entry is not None
    path = tmp_path / "services.yaml"
    save_clinic_entries(path, [entry])
    before = path.read_bytes()

    def broken_replace(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken_replace)
    changed = entry.model_copy(update={"verified_by": "Someone else"})
    with pytest.raises(OSError, match="No space"):
        save_clinic_entries(path, [changed])
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["services.yaml"]


def test_an_entry_may_stay_unchecked_and_checking_it_records_the_day_and_who() -> None:
    form = _municipality_form()
    del form["lastVerified"], form["verifiedBy"]
    entry, problems = validate_entry(form)
    assert problems == []
    assert entry is not None
    assert (entry.last_verified, entry.verified_by, entry.is_verified) == (None, None, False)
    checked = verified_today(entry, dt.date(2027, 3, 2), "Anna Admin")
    assert (checked.last_verified, checked.verified_by) == (dt.date(2027, 3, 2), "Anna Admin")
    assert checked.is_verified


def test_a_date_without_who_or_who_without_a_date_is_refused() -> None:
    form = _municipality_form()
    del form["verifiedBy"]
    _entry, problems = validate_entry(form)
    assert [p.field for p in problems] == ["verifiedBy"]
    form = _municipality_form()
    del form["lastVerified"]
    _entry, problems = validate_entry(form)
    assert [p.field for p in problems] == ["lastVerified"]
    assert "go together" in problems[0].message
