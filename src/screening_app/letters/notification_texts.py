"""The notification's texts in Danish and English."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

NT = Catalog(
    {
        "title": {
            "da": "Underretning efter barnets lov § 133",
            "en": "Notification under Barnets Lov (Children's Act) § 133",
        },
        "urgent": {
            "da": "Haster: bør behandles i dag.",
            "en": "Urgent: should be dealt with today.",
        },
        "basis": {"da": "Hjemmel", "en": "Legal basis"},
        "child": {"da": "Barnet", "en": "The child"},
        "unborn": {"da": "Ufødt barn", "en": "Unborn child"},
        "expected-birth": {"da": "Forventet fødsel", "en": "Expected birth"},
        "parent": {"da": "Forælder", "en": "Parent"},
        "interpreter": {"da": "Tolk", "en": "Interpreter"},
        "interpreter-yes": {
            "da": "Der er brug for tolk ({language})",
            "en": "An interpreter is needed ({language})",
        },
        "interpreter-no": {"da": "Ingen tolk nødvendig", "en": "No interpreter needed"},
        "notifier": {"da": "Underretter", "en": "Notifier"},
        "relation": {"da": "Relation til barnet", "en": "Relation to the child"},
        "workplace": {"da": "Arbejdsadresse", "en": "Workplace address"},
        "concern": {"da": "Bekymring", "en": "Concern"},
        "observations": {"da": "Iagttagelser", "en": "Observations"},
        "actions": {"da": "Hvad der er gjort", "en": "Actions taken"},
        "parents-contact": {"da": "Kontakt med forældrene", "en": "Contact with the parents"},
        "parents-not-told": {
            "da": "Forældrene er ikke orienteret om underretningen, fordi der er mistanke om "
            "vold eller overgreb fra en forælder.",
            "en": "The parents have not been told of this notification, because violence or "
            "abuse by a parent is suspected.",
        },
        "parents-no-contact": {
            "da": "Forældrene er ikke orienteret om underretningen.",
            "en": "The parents have not been told of this notification.",
        },
        "receipt": {
            "da": "Kommunen bedes sende en kvittering for modtagelsen (inden 6 hverdage).",
            "en": "Please send a receipt (within 6 working days).",
        },
    }
)
