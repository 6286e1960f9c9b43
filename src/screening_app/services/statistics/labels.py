"""The words of the statistics (Danish first, English always): titles, rows, columns.

Rows are codes; a code this table does not know (an instrument's band, a service id) is
shown as it is stored. Nothing here is person data.
"""

from __future__ import annotations

from screening_app.services.statistics.suppression import PERIOD

Lang = str

TITLES: dict[str, tuple[str, str]] = {
    "persons": ("Personer set, efter rolle", "Persons seen, by role"),
    "asking": ("Spurgt og ikke spurgt (med årsag)", "Asked and not asked (with reason)"),
    "asked-by-role": ("Spurgt, efter rolle", "Asked, by role"),
    "results": (
        "Resultat efter spørgeskema, version og udfald",
        "Results by questionnaire, version and band",
    ),
    "flags": ("Markeringer", "Flags"),
    "safety-checks": ("Sikkerhedstjek efter resultat", "Safety checks by result"),
    "referrals-service": ("Henvisninger efter tilbud", "Referrals by service"),
    "referrals-basis": (
        "Henvisninger efter samtykke og hjemmel",
        "Referrals by consent and legal basis",
    ),
    "documents": ("Udleverede papirer", "Papers handed over"),
    "reasking": ("Genspørgning", "Asking again"),
    "coverage-pregnancy": ("Dækning i graviditeten", "Coverage in pregnancy"),
    "coverage-after-birth": ("Dækning efter fødslen", "Coverage after birth"),
}

ROWS: dict[str, tuple[str, str]] = {
    "pregnant-woman": ("Gravid", "Pregnant woman"),
    "new-mother": ("Nybagt mor", "New mother"),
    "father-co-parent": ("Far/medforælder", "Father/co-parent"),
    "other": ("Anden", "Other"),
    "asked": ("Spurgt", "Asked"),
    "not-asked:partner-present": (
        "Ikke spurgt: partner til stede",
        "Not asked: partner present",
    ),
    "not-asked:family-interpreter": (
        "Ikke spurgt: familie som tolk",
        "Not asked: family member as interpreter",
    ),
    "not-asked:no-private-room": (
        "Ikke spurgt: intet uforstyrret rum",
        "Not asked: no private room",
    ),
    "not-asked:no-time": ("Ikke spurgt: ikke tid", "Not asked: no time"),
    "not-asked:declined": ("Ikke spurgt: ønskede ikke", "Not asked: declined"),
    "given:sundhedsloven-41": (
        "Samtykke, behandling (sundhedsloven § 41)",
        "Consent, treatment (Sundhedsloven § 41)",
    ),
    "given:sundhedsloven-43-1": (
        "Samtykke, andet formål (sundhedsloven § 43, stk. 1)",
        "Consent, other purpose (Sundhedsloven § 43(1))",
    ),
    "given:": ("Samtykke, hjemmel ikke registreret", "Consent, basis not recorded"),
    "declined:": ("Samtykke afvist", "Consent declined"),
    "lawful-disclosure:sundhedsloven-43-2-1": (
        "Uden samtykke: lovpligtigt (sundhedsloven § 43, stk. 2, nr. 1)",
        "Without consent: required by law (Sundhedsloven § 43(2)(1))",
    ),
    "lawful-disclosure:sundhedsloven-43-2-2": (
        "Uden samtykke: væsentlige hensyn (sundhedsloven § 43, stk. 2, nr. 2)",
        "Without consent: substantial interests (Sundhedsloven § 43(2)(2))",
    ),
    "notification": ("Underretning (Barnets Lov § 133)", "Notification (Barnets Lov § 133)"),
    "resource-card": ("Kort med hjælpenumre", "Resource card"),
    "safety-plan": ("Sikkerhedsplan", "Safety plan"),
    "referral-letter": ("Henvisningsbrev", "Referral letter"),
    "due": ("Skal spørges igen", "Due to be asked again"),
    "overdue": ("Heraf overskredet", "Of which overdue"),
}

# The coverage tables' rows read differently from the asking table's.
COVERAGE_ROWS: dict[str, tuple[str, str]] = {
    "asked": ("Spurgt mindst én gang", "Asked at least once"),
    "not-asked": ("Endnu ikke spurgt", "Not yet asked"),
}

WORDS: dict[str, tuple[str, str]] = {
    "total": ("I alt", "Total"),
    "persons-seen": ("Personer set", "Persons seen"),
    "period": ("Periode", "Period"),
    "share": ("Andel spurgt", "Share asked"),
    "table": ("Tabel", "Table"),
    "row": ("Række", "Row"),
    "no-band": ("intet udfald", "no band"),
    "legend": (
        (
            "<5: 1-4 (skjult). x: skjult, så et lille tal ikke kan regnes ud. "
            "Måneder efter UTC-tid. Ingen navne, CPR-numre eller fritekst."
        ),
        (
            "<5: 1-4 (hidden). x: hidden so that a small number cannot be worked out. "
            "Months in UTC. No names, CPR numbers or free text."
        ),
    ),
}

MONTHS = (
    ("jan", "Jan"), ("feb", "Feb"), ("mar", "Mar"), ("apr", "Apr"), ("maj", "May"),
    ("jun", "Jun"), ("jul", "Jul"), ("aug", "Aug"), ("sep", "Sep"), ("okt", "Oct"),
    ("nov", "Nov"), ("dec", "Dec"),
)  # fmt: skip


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "da" else pair[1]


def title(key: str, lang: Lang) -> str:
    return _pick(TITLES[key], lang)


def word(key: str, lang: Lang) -> str:
    return _pick(WORDS[key], lang)


def row_label(table: str, row: str, lang: Lang) -> str:
    if table.startswith("coverage-"):
        return _pick(COVERAGE_ROWS[row], lang)
    known = ROWS.get(row)
    if known is not None:
        return _pick(known, lang)
    return row.replace("no-band", word("no-band", lang))


def column_label(column: str, lang: Lang) -> str:
    if column == PERIOD:
        return word("period", lang)
    month = int(column[5:7])
    return f"{_pick(MONTHS[month - 1], lang)} {column[:4]}"
