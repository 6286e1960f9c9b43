"""The referral letter's texts in Danish and English."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

RT = Catalog(
    {
        "title.referral": {"da": "Henvisning til {recipient}", "en": "Referral to {recipient}"},
        "title.disclosure": {
            "da": "Videregivelse af oplysninger til {recipient}",
            "en": "Information passed to {recipient}",
        },
        "title.discreet": {"da": "Henvisning", "en": "Referral"},
        "title.referral-copy": {
            "da": "Din kopi: henvisning til {recipient}",
            "en": "Your copy: referral to {recipient}",
        },
        "title.disclosure-copy": {
            "da": "Din kopi: oplysninger givet videre til {recipient}",
            "en": "Your copy: information passed to {recipient}",
        },
        "title.discreet-copy": {"da": "Din kopi", "en": "Your copy"},
        "discreet.continues": {
            "da": "Brevet er fortroligt. Oplysningerne står på de følgende sider.",
            "en": "This letter is confidential. The details are on the following pages.",
        },
        "reference": {"da": "Vores reference", "en": "Our reference"},
        "intro.consent": {
            "da": "Vi henviser hermed med personens samtykke. Formål: {purpose}",
            "en": "We refer with the person's consent. Purpose: {purpose}",
        },
        "intro.lawful": {
            "da": "Vi videregiver hermed oplysninger uden samtykke. Hjemmel: {basis}.",
            "en": "We pass on information without consent. Legal basis: {basis}.",
        },
        "intro.consent-copy": {
            "da": "Dette er din kopi af henvisningen, som du har sagt ja til. Formål: {purpose}",
            "en": "This is your copy of the referral you agreed to. Purpose: {purpose}",
        },
        "intro.lawful-copy": {
            "da": "Dette er din kopi. Oplysningerne er givet videre uden samtykke. "
            "Hjemmel: {basis}.",
            "en": "This is your copy. The information was passed on without consent. "
            "Legal basis: {basis}.",
        },
        "section.person": {"da": "Personen og sikker kontakt", "en": "The person and safe contact"},
        "person.withheld": {
            "da": "Personen har ikke givet samtykke til at dele sine kontaktoplysninger. "
            "Personen kontakter selv jer.",
            "en": "The person has not agreed to share their contact details. They will "
            "contact you themselves.",
        },
        "safe.phone": {"da": "Sikkert telefonnummer", "en": "Safe phone number"},
        "safe.times": {"da": "Hvornår det er sikkert at ringe", "en": "Safe times to call"},
        "safe.messages": {"da": "Må der lægges besked", "en": "Messages may be left"},
        "safe.letters": {"da": "Må der sendes breve hjem", "en": "Letters may go home"},
        "safe.address": {"da": "Sikker adresse", "en": "Safe address"},
        "safe.note": {"da": "Bemærk", "en": "Note"},
        "safe.no-letters-warning": {
            "da": "Send ikke breve til personens hjem.",
            "en": "Do not send letters to the person's home.",
        },
        "language": {"da": "Sprog", "en": "Language"},
        "interpreter.yes": {"da": "Der er brug for tolk.", "en": "An interpreter is needed."},
        "interpreter.no": {"da": "Ingen tolk nødvendig.", "en": "No interpreter needed."},
        "section.screening-result": {"da": "Resultat af screeningen", "en": "Screening result"},
        "screening.instrument": {"da": "Spørgeskema", "en": "Questionnaire"},
        "screening.result": {"da": "Resultat", "en": "Result"},
        "screening.scores": {"da": "Point", "en": "Scores"},
        "screening.incomplete": {
            "da": "Ubesvarede påkrævede spørgsmål",
            "en": "Required questions unanswered",
        },
        "section.safety-concerns": {
            "da": "Bekymringer for sikkerheden",
            "en": "Safety concerns",
        },
        "section.own-violence": {
            "da": "Egen vold mod en partner",
            "en": "Own violence against a partner",
        },
        "lawful.reason": {"da": "Begrundelse", "en": "Reason"},
        "section.free-text": {"da": "Besked", "en": "Message"},
        "section.agreed": {
            "da": "Hvad personen har sagt ja til at dele",
            "en": "What the person agreed to share",
        },
        "section.agreed-copy": {"da": "Dit samtykke", "en": "Your consent"},
        "section.lawful": {"da": "Hjemmel", "en": "Legal basis"},
        "agreed.recipient": {"da": "Modtager", "en": "Recipient"},
        "agreed.purpose": {"da": "Formål", "en": "Purpose"},
        "agreed.scope": {"da": "Samtykket omfatter", "en": "The consent covers"},
        "agreed.included": {"da": "Dette brev indeholder", "en": "This letter holds"},
        "agreed.copy-holds": {"da": "Din kopi indeholder", "en": "Your copy holds"},
        "agreed.form": {"da": "Samtykke givet", "en": "Consent given"},
        "form.written": {"da": "skriftligt", "en": "in writing"},
        "form.oral": {"da": "mundtligt", "en": "orally"},
        "form.41": {"da": "{form} (sundhedsloven § 42)", "en": "{form} (Sundhedsloven § 42)"},
        "form.43": {
            "da": "{form} (sundhedsloven § 44, stk. 1)",
            "en": "{form} (Sundhedsloven § 44(1))",
        },
        "form.43-oral": {
            "da": "{form}, fordi: {reason} (sundhedsloven § 44, stk. 1)",
            "en": "{form}, because: {reason} (Sundhedsloven § 44(1))",
        },
        "agreed.given": {"da": "Dato for samtykke", "en": "Date of consent"},
        "agreed.expires": {"da": "Samtykket bortfalder", "en": "Consent lapses"},
        "agreed.expires-on": {
            "da": "{date} (sundhedsloven § 44, stk. 2)",
            "en": "{date} (Sundhedsloven § 44(2))",
        },
        "agreed.recorded-by": {"da": "Registreret af", "en": "Recorded by"},
        "agreed.basis": {"da": "Hjemmel", "en": "Legal basis"},
        "lawful.decided": {"da": "Besluttet", "en": "Decided on"},
        "lawful.informing": {"da": "Orientering af personen", "en": "Informing the person"},
        "lawful.inform": {
            "da": "Personen orienteres så hurtigt som muligt.",
            "en": "The person will be told as soon as possible.",
        },
        "lawful.inform-unsafe": {
            "da": "Personen orienteres ikke, fordi det vil bringe personen i fare.",
            "en": "The person is not told, because that would put them in danger.",
        },
        "copy.hand-over": {
            "da": "Kopi udleveret til personen.",
            "en": "A copy was handed to the person.",
        },
        "copy.sent": {
            "da": "Kopi sendt til personen: {address}",
            "en": "A copy was sent to the person: {address}",
        },
    }
)
