"""The clinical review's corrections (issue 8, sections 1 and 2), one row per fact or outcome.

Each row states what a clinician would check, and fails on the content before the review
(instruments 1.0.0, the directory with a verified date nobody had made): Ankestyrelsen is not a
24-hour line; stalking is Straffeloven § 242; no bundled entry claims a check; the HARK total and
answers carry their LOINC codes in FHIR; own violence is never a green negative screen, for any
role; § 133 is worded the same in both instruments and never ordered on the pregnancy alone;
violence or control by family counts and names the honour-related route; the safety check asks
about the person who hurt them; the confidentiality sentence is true; plain words.

Sources of the facts: /work/shared/domain/services.md (Ankestyrelsen, police), screening.md
section 4 (Ankestyrelsen's hours, 114 and 1888 out of hours; Barnets Lov § 133), anchors.md 5.2
(LOINC 76504-0), the HL7 SDC LOINC Yes/No answer list (LA33-6, LA32-8), nc-maerk.dk (the national
centre for honour-related conflicts).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

import pytest

from screening_app.directory import load_directory
from screening_app.domain.base import LocalizedText
from screening_app.domain.context import PHASES, ROLES, Context
from screening_app.domain.instrument import Flag, Instrument, is_question, walk_items
from screening_app.domain.support import Directory
from screening_app.instruments.catalog import Catalog, load_catalog
from screening_app.instruments.fhir_export import export_questionnaire
from screening_app.instruments.fhir_response import export_response
from screening_app.letters import DocumentPrinter, RenderOptions, ResourceCard
from screening_app.paths import resources_dir
from tests.fhir.support import as_json, by_link_id
from tests.instruments.service_ids import DIRECTORY_SERVICE_IDS
from tests.instruments.test_clinical_rules import fill, flag_ids
from tests.letters.conftest import all_text

LOINC = "http://loinc.org"
EVERY_ROLE = [*ROLES, None]
EVERY_PHASE = [*PHASES, None]
SECTION_133 = {
    "da": "Vurdér i dag, om der er grund til at antage, at barnet har brug for særlig støtte, "
    "og underret samme dag, hvis der er.",
    "en": "Judge today whether there is reason to assume that the child needs special support, "
    "and notify the municipality the same day if there is.",
}
# An order to notify, as the safety check gave it before the review ("Underret kommunen i dag").
NOTIFY_ORDER = re.compile(r"^\s*(underret\b|notify\b)|underret kommunen i dag", re.IGNORECASE)
INSTRUCTION = re.compile(r"\b(ring|spørg|tilbyd|vurdér|call|ask|offer|judge)\b", re.IGNORECASE)
AROUND_THE_CLOCK = re.compile(r"døgnet rundt|døgnåben|around the clock|24 hours|24 h|24/7", re.I)


# ---------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def catalog() -> Catalog:
    catalog = load_catalog(known_services=DIRECTORY_SERVICE_IDS)
    assert catalog.errors == []
    return catalog


@pytest.fixture(scope="module")
def screen(catalog: Catalog) -> Instrument:
    return catalog.get("ipv-screen")


@pytest.fixture(scope="module")
def check(catalog: Catalog) -> Instrument:
    return catalog.get("safety-check")


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory(resources_dir() / "services")


def _texts(node: object) -> Iterator[LocalizedText]:
    """Every text of an instrument, a directory entry or any part of them."""
    from pydantic import BaseModel

    if isinstance(node, LocalizedText):
        yield node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _texts(getattr(node, name))
    elif isinstance(node, (list, tuple)):
        for value in node:
            yield from _texts(value)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


# ----------------------------------------------------------- 1. wrong facts
def test_ankestyrelsen_advises_in_office_hours_never_around_the_clock(
    catalog: Catalog, directory: Directory
) -> None:
    entry = directory.get("ankestyrelsen")
    assert entry.hours is not None
    assert entry.hours.get("da") == "Hverdage i kontortiden"
    assert entry.hours.get("en") == "Weekdays, office hours"
    for text in _texts(entry):
        for lang in ("da", "en"):
            for sentence in _sentences(text.get(lang)):
                if "Ankestyrelsen" in sentence or text is entry.offers or text is entry.hours:
                    assert not AROUND_THE_CLOCK.search(sentence), sentence
    # the out-of-hours routes are named: the police on 114, and Lev Uden Vold (1888)
    assert "114" in entry.how_to_refer.get("da")
    assert "1888" in entry.how_to_refer.get("da")
    mentioned = 0
    for instrument in catalog.instruments.values():
        for text in _texts(instrument):
            for lang in ("da", "en"):
                for sentence in _sentences(text.get(lang)):
                    if "Ankestyrelsen" in sentence:
                        mentioned += 1
                        assert not AROUND_THE_CLOCK.search(sentence), sentence
    assert mentioned >= 4  # the § 133 step in both instruments, in both languages


@pytest.mark.parametrize("instrument_id", ["ipv-screen", "safety-check"])
def test_out_of_hours_the_child_concern_names_114_and_lev_uden_vold(
    catalog: Catalog, instrument_id: str
) -> None:
    concern = catalog.get(instrument_id).flag("child-concern")
    steps = " ".join(step.get("da") for step in concern.actions.steps)
    assert "114" in steps
    assert "Lev Uden Vold" in steps
    assert "kontortiden" in steps
    assert {"police", "lev-uden-vold", "ankestyrelsen"} <= set(concern.actions.services)


def test_stalking_is_straffeloven_242_and_psychological_violence_243(
    directory: Directory, check: Instrument
) -> None:
    police = directory.get("police")
    assert "stalking (straffeloven § 242)" in police.offers.get("da")
    assert "psykisk vold (straffeloven § 243)" in police.offers.get("da")
    assert "stalking (Straffeloven § 242)" in police.offers.get("en")
    assert "psychological violence (Straffeloven § 243)" in police.offers.get("en")
    stalking = " ".join(s.get("da") for s in check.flag("stalking").actions.steps)
    assert "§ 242" in stalking
    assert "§ 243" not in stalking


def test_no_bundled_entry_claims_a_check_nobody_made_and_each_names_its_source_site(
    directory: Directory,
) -> None:
    for entry in directory:
        assert entry.last_verified is None, entry.id
        assert entry.verified_by is None, entry.id
        assert entry.source_url is not None, entry.id
        assert entry.source_url.startswith("https://"), entry.id
    every = [entry.id for entry in directory]
    assert directory.verified_date(every) is None  # a list of them can claim no date


def test_the_card_claims_no_check_for_unchecked_numbers(directory: Directory) -> None:
    """No "checked" date for numbers nobody checked; and no "not all checked" line either on a
    card the person carries (the clinician is warned in the card dialog instead)."""
    printer = DocumentPrinter.from_fonts_dir(resources_dir() / "fonts")
    card = ResourceCard(directory.get("lev-uden-vold"), directory.get("police"), ())
    for lang, word in (("da", "kontrolleret"), ("en", "checked")):
        text = all_text(printer.pdf(card, RenderOptions(lang)))  # type: ignore[arg-type]
        assert word not in text


def test_the_national_centre_for_honour_related_conflicts_ships_without_a_number(
    directory: Directory,
) -> None:
    entry = directory.get("honour-conflicts")
    assert entry.phones == []
    assert entry.is_flagged("phones")
    assert entry.website == "nc-maerk.dk"
    assert entry.source_url == "https://nc-maerk.dk/om-os/"
    assert "MÆRK" in entry.name.get("da")
    assert not entry.on_resource_card


def test_the_hark_total_and_answers_carry_their_loinc_codes_in_fhir(screen: Instrument) -> None:
    hark = screen.score("hark")
    assert [(c.system, c.code) for c in hark.codes] == [(LOINC, "76504-0")]
    questionnaire = by_link_id(export_questionnaire(screen))
    total = questionnaire["trygstart:score:hark"]
    assert [(c["system"], c["code"]) for c in total["code"]] == [(LOINC, "76504-0")]
    assert total["readOnly"] is True
    for link_id in ("humiliated", "afraid", "forced-sex", "hurt"):
        codings = [option["valueCoding"] for option in questionnaire[link_id]["answerOption"]]
        assert [(c["system"], c["code"], c["display"]) for c in codings] == [
            (LOINC, "LA33-6", "Ja"),
            (LOINC, "LA32-8", "Nej"),
        ]
    # a response: the HARK answers as LOINC answers, the total as its coded item
    session = fill(screen, Context(role="pregnant-woman", phase="pregnant"), {"afraid": "yes"})
    response = export_response(session, dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC))
    answered = {item["linkId"]: item for item in _walk(response["item"])}
    assert answered["afraid"]["answer"][0]["valueCoding"]["code"] == "LA33-6"
    assert answered["hurt"]["answer"][0]["valueCoding"]["code"] == "LA32-8"
    assert answered["trygstart:score:hark"]["answer"] == [{"valueInteger": 1}]
    assert as_json(response) == response


def _walk(items: list[dict[str, object]]) -> Iterator[dict[str, object]]:
    for item in items:
        yield item
        yield from _walk(item.get("item", []))  # type: ignore[arg-type]


# ------------------------------------------------------------- 2. outcomes
def _own_item(role: str | None) -> str:
    return "own-violence-father" if role == "father-co-parent" else "own-violence"


@pytest.mark.parametrize(("role", "phase"), list(itertools.product(EVERY_ROLE, EVERY_PHASE)))
def test_own_violence_alone_is_its_own_outcome_never_green_for_any_role(
    screen: Instrument, role: str | None, phase: str | None
) -> None:
    context = Context.model_validate({"role": role, "phase": phase})
    result = fill(screen, context, {_own_item(role): "yes"}).result()
    assert result.band is not None
    assert result.band.id == "own-violence"
    assert result.band.colour != "green"
    assert result.band.title.get("da") == "Fortæller om egen vold"
    steps = " ".join(step.get("da") for step in result.actions.steps)
    assert "Spørg partneren for sig selv" in steps  # separately, safely, at another time
    assert "aldrig mens personen er til stede" in steps
    assert "Fortæl aldrig personen, hvad partneren har sagt" in steps
    assert "Dialog mod Vold" in steps  # perpetrator treatment
    assert "ring 112" in steps  # the partner in danger now
    assert "bekymringen for et barn" in steps
    assert "dialog-mod-vold" in result.actions.services
    assert "own-violence" in flag_ids(result)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_exposed_and_using_violence_is_positive_with_the_own_violence_flag(
    screen: Instrument, role: str | None
) -> None:
    context = Context.model_validate({"role": role, "phase": "after-birth"})
    result = fill(screen, context, {"afraid": "yes", _own_item(role): "yes"}).result()
    assert result.band is not None
    assert result.band.id == "positive"
    assert "own-violence" in flag_ids(result)
    assert result.actions.instruments == ["safety-check"]


def test_the_section_133_step_is_identical_in_both_instruments(
    screen: Instrument, check: Instrument
) -> None:
    in_screen = screen.flag("child-concern")
    in_check = check.flag("child-concern")
    for lang in ("da", "en"):
        assert in_screen.actions.steps[0].get(lang).startswith(SECTION_133[lang])
    assert in_screen.title == in_check.title
    assert in_screen.text == in_check.text
    assert in_screen.actions == in_check.actions
    assert in_screen.letter == in_check.letter


def _every_flag_step(instrument: Instrument) -> Iterator[tuple[Flag, str]]:
    for flag in instrument.flags:
        for step in flag.actions.steps:
            for lang in ("da", "en"):
                yield flag, step.get(lang)


@pytest.mark.parametrize("instrument_id", ["ipv-screen", "safety-check"])
def test_no_flag_orders_a_notification(catalog: Catalog, instrument_id: str) -> None:
    orders = [
        (flag.id, step)
        for flag, step in _every_flag_step(catalog.get(instrument_id))
        if NOTIFY_ORDER.search(step)
    ]
    assert orders == []


@pytest.mark.parametrize("role", EVERY_ROLE)
@pytest.mark.parametrize("instrument_id", ["ipv-screen", "safety-check"])
def test_the_pregnancy_alone_never_orders_a_notification(
    catalog: Catalog, instrument_id: str, role: str | None
) -> None:
    instrument = catalog.get(instrument_id)
    context = Context.model_validate({"role": role, "phase": "pregnant"})
    safe = {"safe-home-today": "yes"} if instrument_id == "safety-check" else {}
    result = fill(instrument, context, {**safe, "children-at-home": "no"}).result()
    for flag in result.flags:
        for step in flag.actions.steps:
            for lang in ("da", "en"):
                assert not NOTIFY_ORDER.search(step.get(lang)), (flag.id, step.get(lang))
    if instrument_id == "ipv-screen":
        # no violence was disclosed: the pregnancy alone raises no concern for the child
        assert "child-concern" not in flag_ids(result)


@pytest.mark.parametrize(("role", "phase"), list(itertools.product(EVERY_ROLE, EVERY_PHASE)))
def test_violence_or_control_by_family_is_positive_and_names_the_honour_route(
    screen: Instrument, role: str | None, phase: str | None
) -> None:
    context = Context.model_validate({"role": role, "phase": phase})
    result = fill(screen, context, {"family-violence": "yes", "children-at-home": "no"}).result()
    assert result.band is not None
    assert (result.band.id, result.band.colour) == ("positive", "yellow")
    assert result.actions.instruments == ["safety-check"]
    assert "family-violence" in flag_ids(result)
    flag = screen.flag("family-violence")
    assert "æresrelateret konflikt" in flag.text.get("da")
    assert "honour-related conflict" in flag.text.get("en")
    assert "honour-conflicts" in result.actions.services
    steps = " ".join(step.get("da") for step in result.actions.steps)
    assert "Nationalt Center mod Æresrelaterede Konflikter" in steps


def test_the_family_question_asks_about_family_in_laws_and_control(screen: Instrument) -> None:
    item = screen.item("family-violence")
    da, en = item.text.get("da"), item.text.get("en")
    for word in ("familie", "svigerfamilie", "bestemt over dig", "hvem du må se", "gå ud"):
        assert word in da, word
    for word in ("family", "your partner's family", "controlled you", "whether you may go out"):
        assert word in en, word
    assert screen.score("exposed").items.count("family-violence") == 1
    for role, phase in itertools.product(EVERY_ROLE, EVERY_PHASE):
        context = Context.model_validate({"role": role, "phase": phase})
        assert "family-violence" in [i.link_id for i in fill(screen, context).visible_items()]


RED_FLAG_PERSON_ITEMS = (
    "threats-to-kill",
    "strangulation",
    "weapon",
    "stalking",
    "could-kill",
    "threats-to-children",
)


def test_the_safety_check_asks_about_the_person_who_hurt_them(check: Instrument) -> None:
    for link_id in RED_FLAG_PERSON_ITEMS:
        text = check.item(link_id).text
        assert "den, der har gjort dig ondt" in text.get("da"), link_id
        assert "the person who hurt you" in text.get("en"), link_id
    for link_id in check.score("red-flags").items:
        text = check.item(link_id).text
        # a prompt may name a partner only beside the family (leaving either is dangerous)
        if "partner" in text.get("da"):
            assert "familie" in text.get("da"), link_id
        if "partner" in text.get("en"):
            assert "family" in text.get("en"), link_id
    intro = check.item("intro").guidance
    assert intro is not None
    assert "den, der har gjort personen ondt" in intro.get("da")
    assert "the person who hurt them" in intro.get("en")


def test_the_confidentiality_sentence_is_true(screen: Instrument) -> None:
    intro = screen.item("intro").text
    da, en = intro.get("da"), intro.get("en")
    assert "Det, du fortæller, er fortroligt og skrives i din journal. Der er to undtagelser" in da
    assert "bliver mellem os" not in da
    assert "What you tell me is confidential and is written in your health record." in en
    assert "There are two exceptions" in en
    assert "stays between us" not in en
    # the two real exceptions: a concern for a child, and danger to someone's life
    assert "kommunen besked" in da
    assert "liv eller sikkerhed er i alvorlig fare" in da
    assert "tell the municipality" in en
    assert "life or safety is in serious danger" in en


def test_plain_words_for_the_person_and_for_the_clinician(catalog: Catalog) -> None:
    screen = catalog.get("ipv-screen")
    for_the_person = [
        item.text.get("da")
        for instrument in catalog.instruments.values()
        for item, _parent, _loc in walk_items(instrument.items)
        if is_question(item) or item.type == "display"
    ]
    assert not [t for t in for_the_person if "fortræd" in t]
    assert "gjort dig fysisk ondt" in screen.item("hurt").text.get("da")
    assert "dit barn eller dit kommende barn" in screen.item("intro").text.get("da")
    every_danish = [t.get("da") for i in catalog.instruments.values() for t in _texts(i)]
    for anglicism in ("førstelinjestøtte", "førstelinje", "diskrete kort"):
        assert not [t for t in every_danish if anglicism in t], anglicism
    assert screen.outcome is not None
    bands = {band.id: band for band in screen.outcome.bands}
    assert "første støtte i samtalen" in bands["positive"].text.get("da")
    assert any("lommekortet med numre" in s.get("da") for s in bands["negative"].actions.steps)


# --------------------------------------------- letters and versions (the data)
def _bands_and_flags(instrument: Instrument) -> Iterator[tuple[str, object]]:
    if instrument.outcome is not None:
        for band in instrument.outcome.bands:
            yield f"band {band.id}", band
    for flag in instrument.flags:
        yield f"flag {flag.id}", flag


@pytest.mark.parametrize("instrument_id", ["ipv-screen", "safety-check"])
def test_every_result_has_a_receivers_letter_text_and_the_right_not_for_home_mark(
    catalog: Catalog, instrument_id: str
) -> None:
    instrument = catalog.get(instrument_id)
    for name, part in _bands_and_flags(instrument):
        letter = getattr(part, "letter")  # noqa: B009 - band or flag
        assert letter is not None, name
        expected_item = (
            "own-violence"
            if name.endswith("own-violence")
            else "safety-concerns"
            if name.startswith("flag")
            else "screening-result"
        )
        assert letter.item == expected_item, name
        for lang in ("da", "en"):
            # written for the receiver: no instruction to the clinician, no count of flags
            assert not re.search(
                r"\b(ring|spørg|tilbyd|vurdér|call|ask|offer)\b", letter.text.get(lang), re.I
            )
        reveals_violence = name != "band negative"
        assert getattr(part, "not_for_home") is reveals_violence, name  # noqa: B009


@pytest.mark.parametrize(
    ("instrument_id", "version"), [("ipv-screen", "2.0.0"), ("safety-check", "2.0.0")]
)
def test_changed_content_is_a_new_version_and_the_old_one_is_kept(
    catalog: Catalog, instrument_id: str, version: str
) -> None:
    current = catalog.get(instrument_id)
    assert current.version == version
    assert [t.version for t in current.languages] == [version, version]
    old = catalog.version(instrument_id, "1.0.0")
    assert old.status == "retired"
    assert old.items != current.items
