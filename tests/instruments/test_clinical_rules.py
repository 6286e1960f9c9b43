"""The clinical rules of the bundled screen and safety check, as a clinician would state them.

ipv-screen: no to every question is negative (green); any yes about being exposed (to a partner,
an ex-partner, or family and others close) is positive (yellow) and recommends the safety check;
the red band is not in the screen; one's own violence with no exposure is its own yellow outcome
and raises ``own-violence`` with perpetrator treatment; violent conflicts alone are not green
either; fathers and co-parents are asked about violent conflicts first; the pregnancy item is
asked only in pregnancy, the after-birth item only after it.

safety-check: each red flag alone gives the red band and ``urgent`` with the same-day actions;
a threat to the children, children in the home or a child expected raise ``child-concern``: assess
today whether to notify under Barnets Lov section 133.
"""

from __future__ import annotations

import itertools

import pytest

from screening_app.domain.context import PHASES, ROLES, Context
from screening_app.domain.instrument import Instrument, is_question, walk_items
from screening_app.domain.session import Result, Session
from screening_app.instruments.catalog import Catalog, load_catalog
from tests.instruments.service_ids import DIRECTORY_SERVICE_IDS

HARK = ("humiliated", "afraid", "forced-sex", "hurt")
RED_FLAGS = (
    "threats-to-kill",
    "strangulation",
    "weapon",
    "escalation",
    "separation",
    "stalking",
    "could-kill",
    "threats-to-children",
    "clinician-concern",
)
EVERY_CONTEXT = [
    Context(role=role, phase=phase)
    for role, phase in itertools.product([*ROLES, None], [*PHASES, None])
]
NOT_FATHER = [role for role in ROLES if role != "father-co-parent"]
# Codes TrygStart may attach: the HARK panel, items and total score (ONC, in anchors.md) and the
# LOINC answers "Yes" and "No" (HL7 SDC, the LOINC Yes/No answer list; cited in the instrument).
CITED_LOINC = {"76499-3", "76500-8", "76501-6", "76502-4", "76503-2", "76504-0", "LA33-6", "LA32-8"}


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


def fill(
    instrument: Instrument,
    context: Context,
    given: dict[str, str] | None = None,
    default: str = "no",
    lang: str = "da",
) -> Session:
    """Answer every question shown, in order: ``given`` where stated, else ``default``."""
    given = dict(given or {})
    session = Session(instrument, lang, context)
    for item, _parent, _loc in walk_items(instrument.items):
        if is_question(item) and session.is_visible(item.link_id):
            session.answer(item.link_id, given.pop(item.link_id, default))
    assert given == {}, f"not shown in {context}: {sorted(given)}"
    assert session.complete
    return session


def flag_ids(result: Result) -> set[str]:
    return {flag.id for flag in result.flags}


def visible(instrument: Instrument, context: Context) -> list[str]:
    return [item.link_id for item in Session(instrument, "da", context).visible_items()]


# ------------------------------------------------------------------ ipv-screen
@pytest.mark.parametrize("context", EVERY_CONTEXT, ids=str)
def test_no_to_everything_is_a_negative_green_screen(screen: Instrument, context: Context) -> None:
    result = fill(screen, context).result()
    assert result.band is not None
    assert (result.band.id, result.band.colour) == ("negative", "green")
    assert result.flags == ()
    assert result.actions.instruments == []
    assert "resource-card" in result.actions.documents
    assert "lev-uden-vold" in result.actions.services


def _exposure_cases() -> list[tuple[str, Context]]:
    cases = [
        (item, Context(role=role, phase=phase))
        for item in HARK
        for role in ROLES
        for phase in PHASES
    ]
    cases += [("hurt-pregnancy", Context(role=role, phase="pregnant")) for role in ROLES]
    cases += [("hurt-since-birth", Context(role=role, phase="after-birth")) for role in ROLES]
    cases += [
        ("family-violence", Context(role=role, phase=phase)) for role in ROLES for phase in PHASES
    ]
    return cases


@pytest.mark.parametrize(("item", "context"), _exposure_cases(), ids=str)
def test_any_single_yes_is_positive_and_recommends_the_safety_check(
    screen: Instrument, item: str, context: Context
) -> None:
    result = fill(screen, context, {item: "yes", "children-at-home": "no"}).result()
    assert result.band is not None
    assert (result.band.id, result.band.colour) == ("positive", "yellow")
    assert result.actions.instruments == ["safety-check"]
    assert len(result.band.actions.steps) >= 5  # LIVES: listen, inquire, validate, enhance, support
    assert "lev-uden-vold" in result.actions.services
    assert "urgent" not in flag_ids(result)


def test_the_red_band_is_not_in_the_screen(screen: Instrument) -> None:
    assert screen.outcome is not None
    assert "red" not in [band.colour for band in screen.outcome.bands]
    # the only green band is the negative screen
    assert [band.id for band in screen.outcome.bands if band.colour == "green"] == ["negative"]
    assert "urgent" not in {flag.id for flag in screen.flags}


@pytest.mark.parametrize("role", [*ROLES, None])
@pytest.mark.parametrize("phase", [*PHASES, None])
def test_own_violence_raises_a_flag_with_perpetrator_treatment(
    screen: Instrument, role: str | None, phase: str | None
) -> None:
    context = Context.model_validate({"role": role, "phase": phase})
    item = "own-violence-father" if role == "father-co-parent" else "own-violence"
    result = fill(screen, context, {item: "yes", "children-at-home": "no"}).result()
    # In pregnancy the unborn child counts: own violence then is also a concern for the child.
    expected = {"own-violence", "child-concern"} if phase == "pregnant" else {"own-violence"}
    assert flag_ids(result) == expected
    assert "dialog-mod-vold" in screen.flag("own-violence").actions.services
    assert "dialog-mod-vold" in result.actions.services
    assert result.band is not None
    # own violence with no yes about being exposed is its own outcome, never green
    assert (result.band.id, result.band.colour) == ("own-violence", "yellow")


def test_the_own_violence_question_is_phrased_for_the_role(screen: Instrument) -> None:
    father = visible(screen, Context(role="father-co-parent"))
    assert "own-violence-father" in father
    assert "own-violence" not in father
    for role in [*NOT_FATHER, None]:
        shown = visible(screen, Context.model_validate({"role": role}))
        assert "own-violence" in shown
        assert "own-violence-father" not in shown
    assert screen.item("own-violence").text.get("da") != screen.item(
        "own-violence-father"
    ).text.get("da")


def test_fathers_are_asked_about_violent_conflicts_first(screen: Instrument) -> None:
    shown = visible(screen, Context(role="father-co-parent", phase="after-birth"))
    assert shown[:4] == ["intro", "conflict-intro", "violent-conflicts", "last-year"]
    for role in [*NOT_FATHER, None]:
        shown = visible(screen, Context.model_validate({"role": role, "phase": "after-birth"}))
        assert "conflict-intro" not in shown
        assert "violent-conflicts" not in shown


def test_violent_conflicts_alone_raise_their_flag_but_not_a_positive_screen(
    screen: Instrument,
) -> None:
    context = Context(role="father-co-parent", phase="after-birth")
    result = fill(screen, context, {"violent-conflicts": "yes"}).result()
    assert flag_ids(result) == {"violent-conflicts"}
    assert result.band is not None
    # not a positive screen (no safety check) - and not a green negative one either
    assert (result.band.id, result.band.colour) == ("violent-conflicts", "yellow")
    assert result.actions.instruments == []
    assert {"dialog-mod-vold", "mandecentret"} <= set(result.actions.services)


@pytest.mark.parametrize("role", [*ROLES, None])
def test_the_pregnancy_item_is_asked_only_in_pregnancy(
    screen: Instrument, role: str | None
) -> None:
    def shown(phase: str | None) -> set[str]:
        items = visible(screen, Context.model_validate({"role": role, "phase": phase}))
        return {"hurt-pregnancy", "hurt-since-birth"} & set(items)

    assert shown("pregnant") == {"hurt-pregnancy"}
    assert shown("after-birth") == {"hurt-since-birth"}
    assert shown(None) == set()


def test_the_screen_raises_child_concern_only_for_violence_in_a_family_with_children(
    screen: Instrument,
) -> None:
    after = Context(role="new-mother", phase="after-birth")
    pregnant = Context(role="pregnant-woman", phase="pregnant")
    no_children = {"children-at-home": "no", "child-expected": "no"}

    def flags(context: Context, given: dict[str, str]) -> set[str]:
        return flag_ids(fill(screen, context, given).result())

    assert "child-concern" in flags(after, {"afraid": "yes", "children-at-home": "yes"})
    assert "child-concern" in flags(
        after, {"afraid": "yes", "children-at-home": "no", "child-expected": "yes"}
    )
    assert "child-concern" in flags(pregnant, {"hurt-pregnancy": "yes", "children-at-home": "no"})
    assert "child-concern" in flags(after, {"own-violence": "yes", "children-at-home": "yes"})
    assert "child-concern" not in flags(after, {"afraid": "yes", **no_children})
    assert "child-concern" not in flags(after, {"children-at-home": "yes"})
    assert "child-concern" not in flags(pregnant, {"children-at-home": "yes"})


# ---------------------------------------------------------------- safety-check
ALL_CLEAR = {"safe-home-today": "yes", "children-at-home": "no", "child-expected": "no"}
AFTER_BIRTH = Context(role="new-mother", phase="after-birth")


def test_no_red_flag_is_yellow_with_support_and_referral(check: Instrument) -> None:
    result = fill(check, AFTER_BIRTH, ALL_CLEAR).result()
    assert result.band is not None
    assert (result.band.id, result.band.colour) == ("no-red-flags", "yellow")
    assert result.flags == ()
    assert "referral-letter" in result.actions.documents


def _red_flag_cases() -> list[dict[str, str]]:
    cases = [{item: "yes"} for item in RED_FLAGS]
    cases += [{"safe-home-today": "no"}, {"safe-home-today": "unsure"}]
    return cases


@pytest.mark.parametrize("given", _red_flag_cases(), ids=lambda g: "=".join(next(iter(g.items()))))
@pytest.mark.parametrize("role", ROLES)
def test_each_red_flag_alone_gives_red_and_urgent_with_same_day_actions(
    check: Instrument, given: dict[str, str], role: str
) -> None:
    context = Context.model_validate({"role": role, "phase": "after-birth"})
    result = fill(check, context, {**ALL_CLEAR, **given}).result()
    assert result.band is not None
    assert result.band.colour == "red"
    assert "urgent" in flag_ids(result)
    assert {"lev-uden-vold", "police"} <= set(result.actions.services)
    assert "safety-plan" in result.actions.documents
    assert result.actions.steps


def test_every_red_flag_item_is_in_the_urgent_flag_and_the_red_score(check: Instrument) -> None:
    score = check.score("red-flags")
    assert set(RED_FLAGS) | {"safe-home-today"} == set(score.items)
    result = fill(
        check, AFTER_BIRTH, {**dict.fromkeys(RED_FLAGS, "yes"), "safe-home-today": "no"}
    ).result()
    assert result.band is not None
    assert result.band.colour == "red"
    assert result.scores["red-flags"] == len(score.items)


def test_threats_to_the_children_raise_child_concern_with_a_notification(check: Instrument) -> None:
    result = fill(check, AFTER_BIRTH, {**ALL_CLEAR, "threats-to-children": "yes"}).result()
    assert {"urgent", "child-concern"} <= flag_ids(result)
    concern = check.flag("child-concern")
    assert concern.actions.documents == ["notification"]
    assert {"municipality", "ankestyrelsen", "police"} <= set(concern.actions.services)
    assert "notification" in result.actions.documents


@pytest.mark.parametrize(
    ("context", "given"),
    [
        (AFTER_BIRTH, {"children-at-home": "yes"}),
        (AFTER_BIRTH, {"child-expected": "yes"}),
        (Context(role="pregnant-woman", phase="pregnant"), {}),
        (Context(role="father-co-parent", phase="pregnant"), {}),
    ],
    ids=["children-at-home", "child-expected", "pregnant-woman", "expectant-father"],
)
def test_violence_in_a_family_with_a_child_or_an_unborn_child_is_a_concern_for_the_child(
    check: Instrument, context: Context, given: dict[str, str]
) -> None:
    answers = {**ALL_CLEAR, **given}
    if context.phase == "pregnant":
        answers.pop("child-expected")  # not asked: the child is expected
    result = fill(check, context, answers).result()
    assert flag_ids(result) == {"child-concern"}
    assert result.band is not None
    assert result.band.colour == "yellow"  # a concern for the child, not by itself a red flag


def test_stalking_points_to_the_stalking_centre(check: Instrument) -> None:
    result = fill(check, AFTER_BIRTH, {**ALL_CLEAR, "stalking": "yes"}).result()
    assert {"urgent", "stalking"} <= flag_ids(result)
    assert "stalking-center" in result.actions.services


def test_the_safety_check_never_gives_green(check: Instrument) -> None:
    assert check.outcome is not None
    assert {band.colour for band in check.outcome.bands} == {"yellow", "red"}


def test_the_safety_check_says_it_is_not_a_validated_score(check: Instrument) -> None:
    assert "not a validated score" in check.description.get("en")
    assert "ikke en valideret score" in check.description.get("da")
    intro = check.item("intro")
    assert intro.guidance is not None
    assert "not a validated score" in intro.guidance.get("en")
    assert "ikke en valideret score" in intro.guidance.get("da")


# --------------------------------------------------------------------- both
@pytest.mark.parametrize("instrument_id", ["ipv-screen", "safety-check"])
def test_the_licence_note_says_adapted_and_not_validated(
    catalog: Catalog, instrument_id: str
) -> None:
    instrument = catalog.get(instrument_id)
    assert "adapted from published instruments" in instrument.licence
    assert "not a validated translation" in instrument.licence
    assert "not a validated translation" in instrument.description.get("en")
    assert "ikke en valideret oversættelse" in instrument.description.get("da")


@pytest.mark.parametrize("instrument_id", ["ipv-screen", "safety-check"])
def test_only_cited_loinc_codes_are_attached(catalog: Catalog, instrument_id: str) -> None:
    instrument = catalog.get(instrument_id)
    codes = set()
    for item, _parent, _loc in walk_items(instrument.items):
        codes |= {(c.system, c.code) for c in item.codes}
        for option in getattr(item, "options", []):
            if option.coding is not None:
                codes.add((option.coding.system, option.coding.code))
    assert {code for system, code in codes if system == "http://loinc.org"} <= CITED_LOINC
    assert {system for system, _code in codes} <= {"http://loinc.org"}


def test_the_hark_items_carry_their_loinc_codes(screen: Instrument) -> None:
    def loinc(link_id: str) -> list[str]:
        return [c.code for c in screen.item(link_id).codes if c.system == "http://loinc.org"]

    assert loinc("last-year") == ["76499-3"]
    assert [loinc(item) for item in HARK] == [["76500-8"], ["76501-6"], ["76502-4"], ["76503-2"]]
