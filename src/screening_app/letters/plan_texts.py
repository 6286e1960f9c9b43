"""The plan's texts: neutral words only. The plan may still be found, and what it is for can
be seen whatever the words: the screens say so before it is printed."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

TAKE_ALONG = ("id", "health-card", "money", "keys", "medicine", "phone", "papers", "children")

PT = Catalog(
    {
        "title": {"da": "Min plan", "en": "My plan"},
        "people": {"da": "Personer jeg kan kontakte", "en": "People I can contact"},
        "places": {"da": "Steder jeg kan tage hen", "en": "Places I can go"},
        "take": {"da": "Det vil jeg have klar", "en": "Things to have ready"},
        "take.id": {"da": "Pas eller andet billed-id", "en": "Passport or other photo ID"},
        "take.health-card": {"da": "Sundhedskort", "en": "Health insurance card"},
        "take.money": {"da": "Penge og betalingskort", "en": "Money and bank cards"},
        "take.keys": {"da": "Nøgler", "en": "Keys"},
        "take.medicine": {"da": "Medicin", "en": "Medicine"},
        "take.phone": {"da": "Mobiltelefon og oplader", "en": "Mobile phone and charger"},
        "take.papers": {
            "da": "Vigtige papirer (fx opholdstilladelse, lejekontrakt)",
            "en": "Important papers (e.g. residence permit, tenancy agreement)",
        },
        "take.children": {
            "da": "Børnenes ting (sundhedskort, medicin, et yndlingslegetøj)",
            "en": "The children's things (health cards, medicine, a favourite toy)",
        },
        "code": {"da": "Kodeord", "en": "Code word"},
        "code.word": {"da": "Ordet", "en": "The word"},
        "code.meaning": {"da": "Betyder", "en": "Means"},
        "numbers": {"da": "Vigtige numre", "en": "Important numbers"},
        "verified": {
            "da": "Numrene er kontrolleret {date}.",
            "en": "Numbers checked on {date}.",
        },
        "notes": {"da": "Mine noter", "en": "My notes"},
    }
)
