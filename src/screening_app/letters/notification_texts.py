"""The notification's texts in Danish and English."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

NT = Catalog(
    {
        "title": {
            "da": "Underretning efter barnets lov § 133",
            "en": "Notification under Barnets Lov (Children's Act) § 133",
        },
        "secure-mail-only": {
            "da": "Sendes kun med sikker post.",
            "en": "To be sent by secure mail only.",
        },
        "not-told": {
            "da": "{parent} er mistænkt for volden og må ikke orienteres, før kommunen har "
            "handlet.",
            "en": "{parent} is suspected of the violence and must not be told before the "
            "municipality has acted.",
        },
        "urgent": {
            "da": "Haster: bør behandles i dag.",
            "en": "Urgent: should be dealt with today.",
        },
        "basis": {"da": "Hjemmel", "en": "Legal basis"},
        "child": {"da": "Barnet", "en": "The child"},
        "unborn": {"da": "Ufødt barn", "en": "Unborn child"},
        "expected-birth": {"da": "Forventet fødsel", "en": "Expected birth"},
        "parent.exposed": {
            "da": "Forælder udsat for volden: {relation}",
            "en": "Parent exposed to the violence: {relation}",
        },
        "parent.suspected": {
            "da": "Forælder mistænkt for volden: {relation}",
            "en": "Parent suspected of the violence: {relation}",
        },
        "parent.other": {"da": "Forælder: {relation}", "en": "Parent: {relation}"},
        "safe.phone": {"da": "Sikkert telefonnummer", "en": "Safe phone number"},
        "safe.times": {"da": "Hvornår det er sikkert at ringe", "en": "Safe times to call"},
        "safe.messages": {"da": "Må der lægges besked", "en": "Messages may be left"},
        "safe.use": {"da": "Kontakt", "en": "Contact"},
        "safe.use-only": {"da": "Brug kun den sikre kontakt.", "en": "Use the safe contact only."},
        "knows": {"da": "Kender til underretningen", "en": "Knows about the notification"},
        "knows.must-not": {
            "da": "Nej. Må ikke orienteres, før kommunen har handlet.",
            "en": "No. Must not be told before the municipality has acted.",
        },
        "family": {"da": "Familien", "en": "The family"},
        "custody": {"da": "Forældremyndighed", "en": "Custody"},
        "siblings": {"da": "Søskende", "en": "Siblings"},
        "gp": {"da": "Praktiserende læge", "en": "General practitioner"},
        "earlier": {"da": "Tidligere underretninger", "en": "Earlier notifications"},
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
            "da": "Udeladt, fordi der er mistanke om vold eller overgreb fra en forælder. Under "
            "hver forælder står, om forælderen kender til underretningen.",
            "en": "Left out, because violence or abuse by a parent is suspected. Under each "
            "parent it says whether they know about the notification.",
        },
        "parents-no-contact": {
            "da": "Ikke beskrevet. Under hver forælder står, om forælderen kender til "
            "underretningen.",
            "en": "Not described. Under each parent it says whether they know about the "
            "notification.",
        },
        "receipt": {
            "da": "Kommunen bedes sende en kvittering for modtagelsen (inden 6 hverdage).",
            "en": "Please send a receipt (within 6 working days).",
        },
    }
)
