"""Texts shared by several documents, in Danish and English (checked by the domain Catalog)."""

from __future__ import annotations

from screening_app.domain.i18n import Catalog

_MONTHS_DA: tuple[str, ...] = ("januar", "februar", "marts", "april", "maj", "juni", "juli")
_MONTHS_DA += ("august", "september", "oktober", "november", "december")
_MONTHS_EN: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July")
_MONTHS_EN += ("August", "September", "October", "November", "December")

TEXTS = Catalog(
    {
        **{
            f"month.{n}": {"da": da, "en": en}
            for n, (da, en) in enumerate(zip(_MONTHS_DA, _MONTHS_EN, strict=True), start=1)
        },
        "yes": {"da": "Ja", "en": "Yes"},
        "no": {"da": "Nej", "en": "No"},
        "confidential": {"da": "FORTROLIGT", "en": "CONFIDENTIAL"},
        "page": {"da": "Side {page} af {pages}", "en": "Page {page} of {pages}"},
        "watermark": {
            "da": "TRÆNING · IKKE RIGTIGE DATA",
            "en": "TRAINING · NOT REAL DATA",
        },
        "meta.letter": {"da": "Brev", "en": "Letter"},
        "meta.card": {"da": "Kort", "en": "Card"},
        "meta.plan": {"da": "Plan", "en": "Plan"},
        "meta.form": {"da": "Skema", "en": "Form"},
        "phone": {"da": "Telefon", "en": "Phone"},
        "email": {"da": "E-mail", "en": "Email"},
        "secure_mail": {"da": "Sikker post", "en": "Secure mail"},
        "date": {"da": "Dato", "en": "Date"},
        "name": {"da": "Navn", "en": "Name"},
        "birth_date": {"da": "Fødselsdato", "en": "Date of birth"},
        "cpr": {"da": "CPR-nummer", "en": "CPR number"},
        "address": {"da": "Adresse", "en": "Address"},
        "regards": {"da": "Med venlig hilsen", "en": "Kind regards"},
        "not_given": {"da": "ikke oplyst", "en": "not given"},
        "error.recipient-without-address": {
            "da": "{recipient} har hverken adresse eller sikker post i vejviseren. "
            "Udfyld den først.",
            "en": "{recipient} has neither an address nor secure mail in the directory. "
            "Fill it in first.",
        },
        "error.missing-content": {
            "da": "Brevet skal indeholde {item}, men der er intet at vise.",
            "en": "The letter should hold {item}, but there is nothing to show.",
        },
        "error.not-a-notification": {
            "da": "En underretning kræver hjemlen barnets lov § 133 og en modtager, der "
            "modtager underretninger.",
            "en": "A notification needs the legal basis Barnets Lov § 133 and a recipient "
            "that receives notifications.",
        },
        "error.copy-not-for-home": {
            "da": "Resultatet må ikke gives med hjem, så personen kan ikke få en kopi af "
            "henvisningen.",
            "en": "The result must not go home with the person, so they cannot have a copy of "
            "the referral.",
        },
        "error.copy-informing-unsafe": {
            "da": "Personen får ikke at vide, at oplysningerne er givet videre, fordi det ville "
            "bringe personen i fare. Der laves derfor ingen kopi til personen.",
            "en": "The person is not told that the information was passed on, because that "
            "would put them in danger, so no copy is made for them.",
        },
        "error.too-many-parents": {
            "da": "En underretning nævner højst {max} forældre.",
            "en": "A notification names at most {max} parents.",
        },
        "error.no-children": {
            "da": "En underretning skal nævne mindst ét barn (eller det ufødte barn).",
            "en": "A notification must name at least one child (or the unborn child).",
        },
        "error.too-many-services": {
            "da": "Der er kun plads til {max} tjenester på kortet ud over 1888 og 112.",
            "en": "The card has room for {max} services besides 1888 and 112.",
        },
        "error.named-service": {
            "da": "{services} har intet neutralt navn, så navnet bliver skrevet ud og siger, "
            "hvad stedet er. Tag det kun med, hvis personen ved det og vil have det.",
            "en": "{services} has no neutral name, so its name is printed and says what it is. "
            "Include it only if the person knows and wants it.",
        },
        "error.service-without-phone": {
            "da": "{service} har intet bekræftet telefonnummer og kan ikke stå på kortet.",
            "en": "{service} has no confirmed phone number and cannot go on the card.",
        },
        "error.language": {
            "da": "Spørgeskemaet findes ikke på sproget '{language}'.",
            "en": "The questionnaire has no language '{language}'.",
        },
    }
)
