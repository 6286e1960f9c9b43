"""Records name the instrument id and version they were made with: after the 2.0.0 instruments
are installed, screenings and drafts recorded with 1.0.0 still open and score exactly as they
did (the 1.0.0 files live in questionnaires/archive/), and new screenings get 2.0.0."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening_app.domain.context import Context
from screening_app.domain.shelf import InstrumentShelf, every_version
from screening_app.instruments.catalog import ARCHIVE, Catalog, load_catalog
from screening_app.paths import questionnaires_dir
from screening_app.services.accounts import Setup
from screening_app.services.persons import PersonService
from screening_app.services.screenings import ScreeningService
from screening_app.storage.errors import StorageError
from screening_app.storage.records import PersonData
from tests.instruments.service_ids import DIRECTORY_SERVICE_IDS

MOTHER = Context(role="new-mother", phase="after-birth")
FATHER = Context(role="father-co-parent", phase="after-birth")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    catalog = load_catalog(known_services=DIRECTORY_SERVICE_IDS)
    assert catalog.errors == []
    return catalog


def test_the_catalog_offers_2_0_0_and_keeps_1_0_0_for_reading(catalog: Catalog) -> None:
    assert {i.id: i.version for i in catalog.instruments.values()} == {
        "ipv-screen": "2.0.0",
        "safety-check": "2.0.0",
    }
    assert sorted(catalog.archived) == [("ipv-screen", "1.0.0"), ("safety-check", "1.0.0")]
    shelf = catalog.shelf()
    assert isinstance(shelf, InstrumentShelf)
    assert dict(shelf) == catalog.instruments  # what screens list and start
    versions = {(i.id, i.version) for i in every_version(shelf)}
    assert versions == {
        ("ipv-screen", "2.0.0"),
        ("safety-check", "2.0.0"),
        ("ipv-screen", "1.0.0"),
        ("safety-check", "1.0.0"),
    }
    assert every_version({"x": catalog.get("ipv-screen")}) == [catalog.get("ipv-screen")]


def test_a_screening_recorded_with_1_0_0_still_opens_and_scores_after_2_0_0(
    setup: Setup, catalog: Catalog
) -> None:
    session = setup.session
    person = PersonService(session).create(PersonData(name="Bo Berg", role="father-co-parent"))
    # Before the upgrade: only 1.0.0 is installed.
    old = ScreeningService(session, catalog.archived.values())
    draft = old.start(person.id, "ipv-screen", "da", context=FATHER)
    assert draft.session.instrument.version == "1.0.0"
    answers = {
        "violent-conflicts": "no",
        "humiliated": "no",
        "afraid": "no",
        "forced-sex": "no",
        "hurt": "no",
        "hurt-since-birth": "no",
        "own-violence-father": "yes",
        "children-at-home": "no",
        "child-expected": "no",
    }
    for link_id, value in answers.items():
        old.answer(draft.screening.id, link_id, value)
    finalised = old.finalise(draft.screening.id)
    assert finalised.result is not None
    assert finalised.band_id == "negative"  # what 1.0.0 said (the reason for 2.0.0)
    half = old.start(person.id, "ipv-screen", "da", context=MOTHER)
    old.answer(half.screening.id, "humiliated", "no")

    # After the upgrade: the app gives the use cases every installed version.
    new = ScreeningService(session, every_version(catalog.shelf()))
    reopened = new.open(finalised.id)
    assert reopened.session.instrument.version == "1.0.0"
    assert reopened.result.band is not None
    assert reopened.result.band.id == "negative"  # scored as it was, not re-judged by 2.0.0
    assert reopened.result.scores == finalised.result["scores"]
    assert [f.id for f in reopened.result.flags] == finalised.result["flags"]

    resumed = new.open(half.screening.id)
    assert resumed.session.instrument.version == "1.0.0"
    assert resumed.resume_at == "afraid"
    for link_id in ("afraid", "forced-sex", "hurt", "hurt-since-birth", "own-violence"):
        new.answer(half.screening.id, link_id, "no")
    new.answer(half.screening.id, "children-at-home", "no")
    new.answer(half.screening.id, "child-expected", "no")
    done = new.finalise(half.screening.id)
    assert done.instrument_version == "1.0.0"
    assert done.band_id == "negative"

    # A new screening gets the current version, where own violence is its own outcome.
    fresh = new.start(person.id, "ipv-screen", "da", context=FATHER)
    assert fresh.session.instrument.version == "2.0.0"
    for link_id, value in answers.items():
        new.answer(fresh.screening.id, link_id, value)
    new.answer(fresh.screening.id, "family-violence", "no")
    assert new.finalise(fresh.screening.id).band_id == "own-violence"


def test_without_the_archive_an_old_record_cannot_be_opened(setup: Setup, catalog: Catalog) -> None:
    session = setup.session
    person = PersonService(session).create(PersonData(name="Ea Eng", role="new-mother"))
    draft = ScreeningService(session, catalog.archived.values()).start(
        person.id, "safety-check", "en", context=MOTHER
    )
    only_current = ScreeningService(session, catalog.instruments.values())
    with pytest.raises(StorageError):
        only_current.open(draft.screening.id)
    assert ScreeningService(session, catalog.every_version()).open(draft.screening.id)


def test_an_archived_file_must_be_retired_older_and_once(tmp_path: Path) -> None:
    source = questionnaires_dir()
    (tmp_path / ARCHIVE).mkdir()
    current = (source / "safety-check.yaml").read_text(encoding="utf-8")
    (tmp_path / "safety-check.yaml").write_text(current, encoding="utf-8")
    archived = (source / ARCHIVE / "safety-check-1.0.0.yaml").read_text(encoding="utf-8")
    cases = {
        "active.yaml": archived.replace("status: retired", "status: active"),
        "newer.yaml": archived.replace("version: 1.0.0\n", "version: 3.0.0\n", 1),
        "once.yaml": archived,
        "twice.yaml": archived,
    }
    for name, text in cases.items():
        (tmp_path / ARCHIVE / name).write_text(text, encoding="utf-8")
    paths = [tmp_path / "safety-check.yaml", *sorted((tmp_path / ARCHIVE).glob("*.yaml"))]
    catalog = load_catalog(paths, known_services=DIRECTORY_SERVICE_IDS)
    messages = {Path(e.path).name: e.message for e in catalog.errors}
    assert messages == {
        "active.yaml": "an archived version has status 'retired' (it is never offered)",
        "newer.yaml": "an archived version must be older than the current one (2.0.0)",
        "twice.yaml": "version 1.0.0 of 'safety-check' is archived twice",
    }
    assert list(catalog.archived) == [("safety-check", "1.0.0")]
    assert catalog.get("safety-check").version == "2.0.0"
