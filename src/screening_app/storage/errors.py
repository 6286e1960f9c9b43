"""Errors the storage layer reports: known environment problems, each with one clear sentence.

A ``StorageError`` is something a person can act on (wrong password, missing key file, full
disk...). It carries a stable ``code`` and the sentence in Danish and English; it never carries
a name, a CPR number, an answer, a password or a key. Anything else that escapes is a bug.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

_SENTENCES: dict[str, tuple[str, str]] = {
    "wrong-credentials": (
        "Forkert brugernavn eller adgangskode.",
        "Wrong user name or password.",
    ),
    "throttled": (
        "For mange forkerte forsøg: vent {seconds} sekunder, og prøv igen.",
        "Too many failed attempts: wait {seconds} seconds and try again.",
    ),
    "throttled-one": (  # "throttled" with one second left (the singular)
        "For mange forkerte forsøg: vent 1 sekund, og prøv igen.",
        "Too many failed attempts: wait 1 second and try again.",
    ),
    "wrong-recovery-key": (
        "Gendannelsesnøglen passer ikke til denne database.",
        "The recovery key does not match this database.",
    ),
    "wrong-pin": ("Forkert pinkode.", "Wrong PIN."),
    "pin-exhausted": (
        "For mange forkerte pinkoder: log ind med din adgangskode.",
        "Too many wrong PINs: log in with your password.",
    ),
    "user-disabled": (
        "Forkert brugernavn eller adgangskode.",
        "Wrong user name or password.",
    ),
    "no-database": (
        "Der er ingen TrygStart-database i {place}.",
        "There is no TrygStart database in {place}.",
    ),
    "already-exists": (
        "Der er allerede en TrygStart-database i {place}; intet er ændret.",
        "There is already a TrygStart database in {place}; nothing was changed.",
    ),
    "keyfile-missing": (
        "Nøglefilen mangler ved databasen; gendan den fra sikkerhedskopien.",
        "The key file next to the database is missing; restore it from the backup.",
    ),
    "keyfile-corrupt": (
        "Nøglefilen er beskadiget eller ikke en TrygStart-nøglefil.",
        "The key file is damaged or not a TrygStart key file.",
    ),
    "keyfile-newer": (
        "Nøglefilen er fra en nyere version af TrygStart; opdater programmet.",
        "The key file is from a newer version of TrygStart; update the program.",
    ),
    "database-corrupt": (
        (
            "Databasen er beskadiget eller passer ikke til nøglefilen; den seneste "
            "sikkerhedskopi skal gendannes (IT: screening-app admin restore)."
        ),
        (
            "The database is damaged or does not match its key file; the latest backup "
            "must be restored (IT: screening-app admin restore)."
        ),
    ),
    "database-damaged": (
        (
            "Databasen er beskadiget; den seneste sikkerhedskopi skal gendannes "
            "(IT: screening-app admin restore)."
        ),
        (
            "The database is damaged; the latest backup must be restored "
            "(IT: screening-app admin restore)."
        ),
    ),
    "database-newer": (
        (
            "Databasen er fra en nyere version af TrygStart (skema {found}, "
            "dette program kender til {known}); opdater programmet."
        ),
        (
            "The database is from a newer version of TrygStart (schema {found}, "
            "this program knows up to {known}); update the program."
        ),
    ),
    "upgrade-failed": (
        (
            "Databasen kunne ikke opdateres fra skema {found} til {latest}: den er sat tilbage "
            "til, som den var, og intet er tabt. Kontakt IT-supporten."
        ),
        (
            "The database could not be updated from schema {found} to {latest}: it was put "
            "back as it was, and nothing is lost. Contact IT support."
        ),
    ),
    "upgrade-copy-damaged": (
        (
            "Kopien fra før opdateringen af databasen ({copy}) mangler eller er beskadiget; "
            "gendan databasen fra sikkerhedskopien."
        ),
        (
            "The copy taken before the database update ({copy}) is missing or damaged; "
            "restore the database from the backup."
        ),
    ),
    "upgrade-record-damaged": (
        (
            "Oplysningerne om en opdatering af databasen ({place}) er beskadigede; "
            "kontakt IT-supporten."
        ),
        "The record of a database update ({place}) is damaged; contact IT support.",
    ),
    "audit-broken": (
        (
            "Logkæden er brudt ved post {entry}: den er ændret uden om TrygStart. Lad "
            "databasen være, som den er, og kontakt den dataansvarlige."
        ),
        (
            "The audit trail is broken at entry {entry}: it was changed outside TrygStart. "
            "Leave the database as it is and contact the data controller."
        ),
    ),
    "audit-missing": (
        (
            "Logposterne 1-{last} mangler, og ingen sletning efter opbevaringstiden er "
            "registreret for dem. Lad databasen være, som den er, og kontakt den dataansvarlige."
        ),
        (
            "Audit entries 1-{last} are missing, and no retention purge recorded their removal. "
            "Leave the database as it is and contact the data controller."
        ),
    ),
    "anchor-invalid": (
        "{place} er ikke et anker for logkæden fra TrygStart.",
        "{place} is not a TrygStart audit anchor.",
    ),
    "anchor-exists": (
        "{place} findes allerede; vælg et nyt navn til ankeret.",
        "{place} already exists; choose a new name for the anchor.",
    ),
    "anchor-inside-data": (
        ("Ankeret skal opbevares uden for datamappen ({place}), fx på et USB-drev i pengeskabet."),
        (
            "The anchor must be kept outside the data folder ({place}), e.g. on a USB drive "
            "in the safe."
        ),
    ),
    "anchor-other-clinic": (
        "Ankeret er fra en anden klinikdatabase; intet er kontrolleret.",
        "The anchor is from another clinic database; nothing was checked.",
    ),
    "anchor-truncated": (
        (
            "Logkæden slutter før ankerets post {seq} (fra {at}): poster er fjernet. Lad "
            "databasen være, som den er, og kontakt den dataansvarlige."
        ),
        (
            "The audit trail ends before the anchor's entry {seq} (of {at}): entries were "
            "removed. Leave the database as it is and contact the data controller."
        ),
    ),
    "anchor-mismatch": (
        (
            "Logkæden passer ikke til ankeret: post {seq} (fra {at}) er ændret, eller kæden er "
            "skrevet om. Lad databasen være, som den er, og kontakt den dataansvarlige."
        ),
        (
            "The audit trail does not match the anchor: entry {seq} (of {at}) was changed, or "
            "the chain was rewritten. Leave the database as it is and contact the data "
            "controller."
        ),
    ),
    "anchor-too-old": (
        (
            "Ankerets post {seq} er slettet efter opbevaringstiden og kan ikke kontrolleres; "
            "lav et nyt anker (screening-app admin audit-anchor)."
        ),
        (
            "The anchor's entry {seq} was removed by retention and cannot be checked; make a "
            "new anchor (screening-app admin audit-anchor)."
        ),
    ),
    "settings-drift": (
        "Databasens sikkerhedsindstillinger er ikke som krævet; kontakt IT.",
        "The database's security settings are not as required; contact IT.",
    ),
    "disk-full": (
        "Disken er fuld: intet blev gemt. Frigør plads, og prøv igen.",
        "The disk is full: nothing was saved. Free some space and try again.",
    ),
    "read-only": (
        "TrygStart kan ikke skrive i {place}: mappen er skrivebeskyttet.",
        "TrygStart cannot write in {place}: the folder is read-only.",
    ),
    "in-use": (
        "Databasen er allerede åben i et andet TrygStart-vindue eller -program.",
        "The database is already open in another TrygStart window or program.",
    ),
    "password-too-short": (
        "Adgangskoden skal have mindst {minimum} tegn.",
        "The password must have at least {minimum} characters.",
    ),
    "password-too-long": (
        "Adgangskoden må højst have {maximum} tegn.",
        "The password may have at most {maximum} characters.",
    ),
    "password-blank": (
        "Adgangskoden må ikke bestå af mellemrum alene.",
        "The password must not consist of spaces alone.",
    ),
    "control-character": (
        "{field} indeholder et tegn, der ikke kan gemmes (et styretegn); fjern det, og prøv igen.",
        (
            "{field} contains a character that cannot be stored (a control character); "
            "remove it and try again."
        ),
    ),
    "password-common": (
        "Adgangskoden er for almindelig (den står på en liste over kendte adgangskoder).",
        "The password is too common (it is on a list of known passwords).",
    ),
    "password-context": (
        "Adgangskoden må ikke indeholde brugernavnet eller klinikkens navn.",
        "The password must not contain the user name or the clinic's name.",
    ),
    "pin-format": (
        "Pinkoden skal være 4 til 8 cifre.",
        "The PIN must be 4 to 8 digits.",
    ),
    "user-exists": ("Brugeren findes allerede.", "The user already exists."),
    "no-such-user": ("Brugeren findes ikke.", "There is no such user."),
    "not-permitted": (
        "Det kræver en administrator.",
        "This needs an administrator.",
    ),
    "locked": ("TrygStart er låst.", "TrygStart is locked."),
    "cpr-search-short": (
        (
            "Skriv mindst de første 6 cifre af CPR-nummeret for at søge på det "
            "(med en fælles server søges der ikke på færre)."
        ),
        (
            "Type at least the first 6 digits of the CPR number to search by it "
            "(a shared server does not search on fewer)."
        ),
    ),
    "not-on-server": (
        "Med en fælles server gør serverens administratorer (IT) dette med deres egne værktøjer.",
        "With a shared server, the server's administrators (IT) do this with their own tools.",
    ),
    "server-unreachable": (
        (
            "Serveren kan ikke nås lige nu. Det, du har skrevet, står stadig på skærmen: "
            "prøv at gemme igen om lidt."
        ),
        (
            "The server cannot be reached right now. What you typed is still on the screen: "
            "try saving again in a moment."
        ),
    ),
    "server-insecure": (
        "Forbindelsen til serveren er ikke sikker nok: {detail}. Kontakt IT.",
        "The connection to the server is not secure enough: {detail}. Contact IT.",
    ),
    "server-schema": (
        (
            "Databasen på serveren har skema {found}, og denne version af TrygStart kender "
            "{known}. Kontakt IT."
        ),
        (
            "The database on the server has schema {found}, and this version of TrygStart "
            "knows {known}. Contact IT."
        ),
    ),
    "changed-by-other": (
        (
            "{who} ændrede {fields} kl. {at}, mens du skrev. Dine ændringer er ikke gemt, men "
            "står stadig på skærmen: se hvad der er ændret, og gem igen."
        ),
        (
            "{who} changed {fields} at {at} while you were typing. Your changes were not saved "
            "but are still on the screen: look at what changed and save again."
        ),
    ),
    "screening-in-use": (
        (
            "{who} har denne screening åben på en anden computer (til kl. {until}). Du kan "
            "overtage den; så kan den anden ikke længere gemme svar i den."
        ),
        (
            "{who} has this screening open on another computer (until {until}). You can take it "
            "over; the other computer can then no longer save answers in it."
        ),
    ),
    "off-on-this-machine": (
        "Det er slået fra på denne computer (i maskinens indstillinger, som IT sætter).",
        "This is switched off on this computer (in the machine settings IT sets).",
    ),
    "no-such-record": ("Posten findes ikke.", "The record does not exist."),
    "finalised": (
        "Screeningen er afsluttet og kan ikke ændres; lav en rettelse med en begrundelse.",
        "The screening is finalised and cannot be changed; make an amendment with a reason.",
    ),
    "invalid": ("Ugyldige oplysninger: {detail}.", "Invalid data: {detail}."),
    "training-database": (
        "Dette er en øvelsesdatabase med fiktive personer; den kan kun åbnes i øvelsestilstand.",
        "This is a training database with fictitious persons; it opens only in training mode.",
    ),
    "clinic-database": (
        (
            "Her ligger klinikkens database; øvelsestilstand åbner aldrig klinikkens data. Vælg en "
            "anden mappe til øvelse."
        ),
        (
            "The clinic's database is here; training mode never opens the clinic's data. Choose "
            "another folder for training."
        ),
    ),
    "training-folder": (
        "Øvelsesmappen må ikke ligge i eller omkring klinikkens datamappe ({place}).",
        "The training folder must not be inside or around the clinic's data folder ({place}).",
    ),
    "export-passphrase": (
        "Kodeordet til filen skal have mindst {minimum} tegn.",
        "The file's passphrase needs at least {minimum} characters.",
    ),
    "export-wrong-passphrase": (
        "Kodeordet passer ikke til filen (eller filen er ændret).",
        "The passphrase does not open the file (or the file has been changed).",
    ),
    "export-not-runs": (
        "Filen er ikke en eksport af øvelsesforløb fra TrygStart.",
        "The file is not an export of training runs from TrygStart.",
    ),
    "training-cpr": (
        (
            "I øvelse bruges kun fiktive personer: dette CPR-nummer ligner et rigtigt. Brug et "
            "nummer, der ikke består modulus 11-kontrollen."
        ),
        (
            "Training uses fictitious persons only: this CPR number looks like a real one. Use a "
            "number that fails the modulus-11 check."
        ),
    ),
    "backup-unencrypted": (
        "Sikkerhedskopien blev ikke krypteret og er slettet igen; intet ukrypteret er gemt.",
        "The backup was not encrypted and has been removed; nothing unencrypted was kept.",
    ),
    "backup-target-exists": (
        "{place} findes allerede; vælg et nyt navn til sikkerhedskopien.",
        "{place} already exists; choose a new name for the backup.",
    ),
    "backup-invalid": (
        (
            "Sikkerhedskopien i {place} er ufuldstændig eller beskadiget; intet er ændret. "
            "Brug en anden sikkerhedskopi."
        ),
        (
            "The backup in {place} is incomplete or damaged; nothing was changed. "
            "Use another backup."
        ),
    ),
    "backup-other-clinic": (
        (
            "Sikkerhedskopien er fra en anden klinikdatabase ({backup}) end den, der er her "
            "({current}); intet er ændret. Skal den erstatte den alligevel: brug --other-clinic."
        ),
        (
            "The backup is from another clinic database ({backup}) than the one here "
            "({current}); nothing was changed. To replace it anyway: use --other-clinic."
        ),
    ),
    "snapshot-unstable": (
        (
            "Databasen ændrede sig, mens den blev kopieret (virker låsen ikke på dette drev?); "
            "intet er gemt. Prøv igen, eller tag sikkerhedskopien med en adgangskode."
        ),
        (
            "The database changed while it was being copied (does the lock not work on this "
            "drive?); nothing was kept. Try again, or make the backup with a password."
        ),
    ),
    "snapshot-busy": (
        "Databasen var optaget i mere end {seconds} sekunder; intet er gemt. Prøv igen senere.",
        "The database was busy for more than {seconds} seconds; nothing was kept. Try again later.",
    ),
    "backup-path-not-text": (
        (
            "Navnet på sikkerhedskopiens mappe er ikke gyldig tekst (UTF-8); vælg et navn "
            "med almindelige bogstaver."
        ),
        (
            "The name of the backup's folder is not valid text (UTF-8); choose a name with "
            "ordinary letters."
        ),
    ),
    "backup-path-dangling": (
        (
            "{place} er en genvej, der ikke peger på noget (er drevet tilsluttet?); vælg et "
            "andet sted til sikkerhedskopien."
        ),
        (
            "{place} is a link that points nowhere (is the drive connected?); choose another "
            "place for the backup."
        ),
    ),
    "backup-parent-missing": (
        (
            "Mappen {place} findes ikke (er drevet tilsluttet?); intet er gemt. Opret den, "
            "eller vælg en anden."
        ),
        (
            "The folder {place} does not exist (is the drive connected?); nothing was saved. "
            "Create it, or choose another."
        ),
    ),
    "backup-inside-data": (
        ("En sikkerhedskopi må ikke ligge i datamappen ({place}); vælg en mappe på et andet drev."),
        (
            "A backup must not be inside the data folder ({place}); choose a folder on "
            "another drive."
        ),
    ),
    "path-too-long": (
        "Stien er for lang ({length} tegn, højst {maximum}); vælg en kortere.",
        "The path is too long ({length} characters, at most {maximum}); choose a shorter one.",
    ),
    "io-error": (
        "TrygStart kunne ikke læse eller skrive en fil ({detail}).",
        "TrygStart could not read or write a file ({detail}).",
    ),
}


# The names of the fields a clinician or IT types into, for sentences that name one.
FIELDS: dict[str, tuple[str, str]] = {
    "note": ("Notatet", "The note"),
    "task": ("Opgaven", "The task"),
    "reason": ("Begrundelsen", "The reason"),
    "name": ("Navnet", "The name"),
    "user name": ("Brugernavnet", "The user name"),
    "display name": ("Visningsnavnet", "The display name"),
    "title": ("Titlen", "The title"),
    "clinic name": ("Klinikkens navn", "The clinic's name"),
    "address line": ("Adresselinjen", "The address line"),
    "e-mail": ("E-mailadressen", "The e-mail address"),
    "phone": ("Telefonnummeret", "The phone number"),
    "safe phone": ("Det sikre telefonnummer", "The safe phone number"),
    "safe times": ("De sikre tidspunkter", "The safe times"),
}


class StorageError(Exception):
    """A known problem in one sentence: ``code`` is stable, ``message(lang)`` is for people."""

    def __init__(self, code: str, /, **params: object) -> None:
        if code not in _SENTENCES:
            raise ValueError(f"unknown storage error code {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "da") -> str:
        code = (
            "throttled-one"
            if self.code == "throttled" and self.params.get("seconds") == 1
            else self.code
        )
        danish, english = _SENTENCES[code]
        template = danish if lang == "da" else english
        params = dict(self.params)
        field = params.get("field")
        if isinstance(field, str):
            names = FIELDS.get(field, (field, field))
            params["field"] = names[0] if lang == "da" else names[1]
        return template.format(**params)

    def both(self) -> str:
        """Danish first, English always: the two sentences on two lines."""
        return f"{self.message('da')}\n{self.message('en')}"


def error_from_os(error: OSError, place: str) -> StorageError:
    """Map an operating-system error to the sentence a person can act on."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError("disk-full")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("read-only", place=place)
    if error.errno == errno.ENAMETOOLONG:
        return StorageError("path-too-long", length=len(place), maximum=255)
    return StorageError("io-error", detail=error.strerror or type(error).__name__)


def error_from_sqlite(error: Exception, place: str) -> StorageError | None:
    """Map a SQLite/SQLCipher error (by its text, which holds no data) to a sentence.

    ``None`` when the error is not a known environment problem (then it is a bug: re-raise).
    The text alone cannot tell damage from a read-only folder: after a page fails its check,
    SQLCipher keeps the connection in an error state that reports "readonly" or "disk I/O
    error". Where a connection is at hand, ``connection.classified`` looks at the pages first.
    """
    text = str(error).lower()
    if "database or disk is full" in text:
        return StorageError("disk-full")
    if "readonly" in text or "read-only" in text:
        return StorageError("read-only", place=place)
    if "locked" in text or "busy" in text:
        return StorageError("in-use")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError("database-corrupt")
    if "unable to open" in text:
        if place_is_writable(place):
            return StorageError("io-error", detail="the database file could not be opened")
        return StorageError("read-only", place=place)
    if "disk i/o error" in text:
        return StorageError("io-error", detail="disk I/O error")
    return None


def place_is_writable(place: str) -> bool:
    """Whether the folder ``place`` can be written (False when it is not a folder)."""
    return Path(place).is_dir() and os.access(place, os.W_OK)
