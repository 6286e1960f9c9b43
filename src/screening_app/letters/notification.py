"""The notification to the municipality (Barnets Lov § 133), with the fields the law names.

It carries the child's name and CPR number (or the unborn child's expected birth date), both
parents' contact details, the need for an interpreter, the notifier's relation to the child,
the concern and observations, the actions taken, contact with the parents (left out when abuse
by a parent is suspected, as parents are then not told first) and the workplace address of the
notifier, never a private one. No consent is needed (Sundhedsloven § 43 stk. 2 nr. 1).

The parents are kept apart: each has their own section; the parent exposed to the violence may
have a safe contact (a number, when it is safe to call, whether messages may be left), and
whether each parent knows about the notification is stated. A parent suspected of the violence
never has a safe contact, and the letter says at the top that this parent must not be told
before the municipality has acted. Custody, siblings, the GP and earlier notifications are
printed as known ("ikke oplyst" otherwise), and the letter says it goes by secure mail only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether

from screening_app.domain.consent import LawfulDisclosure, SafeContact
from screening_app.domain.support import ServiceEntry
from screening_app.letters.content import (
    Clinician,
    LetterError,
    Letterhead,
    RenderOptions,
    date_text,
    yes_no,
)
from screening_app.letters.fonts import FontSet
from screening_app.letters.layout import (
    Decorations,
    Metadata,
    Styles,
    build_pdf,
    field_table,
    gap,
    paragraphs,
    text,
)
from screening_app.letters.notification_texts import NT
from screening_app.letters.parts import address_block, letterhead_lines, recipient_lines, signature
from screening_app.letters.texts import TEXTS

# Where a parent stands in the violence the notification is about.
ParentRole = Literal["exposed", "suspected", "other"]
PARENT_ROLES: tuple[ParentRole, ...] = get_args(ParentRole)
MAX_PARENTS = 2


@dataclass(frozen=True)
class Child:
    """A child the notification is about; an unborn child has an expected birth date instead."""

    name: str | None = None
    cpr: str | None = None
    expected_birth: dt.date | None = None
    address: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.name is None and self.expected_birth is None:
            raise ValueError("a child needs a name, or an expected birth date if unborn")


@dataclass(frozen=True)
class Parent:
    name: str | None  # None when not known (e.g. the suspected parent's name)
    relation: str  # "mor", "far", "medmor"... in the letter's language
    cpr: str | None = None
    address: tuple[str, ...] = ()
    phone: str | None = None
    interpreter_language: str | None = None  # set when an interpreter is needed
    role: ParentRole = "other"
    safe_contact: SafeContact | None = None  # only for the parent exposed to the violence
    knows_of_notification: bool | None = None  # None: not stated

    def __post_init__(self) -> None:
        if not self.relation.strip():
            raise ValueError("a parent needs a relation to the child")
        if self.role not in PARENT_ROLES:
            raise ValueError(f"unknown parent role {self.role!r}")
        if self.safe_contact is not None and self.role != "exposed":
            raise ValueError("only the parent exposed to the violence has a safe contact")
        if self.role == "suspected" and self.knows_of_notification:
            raise ValueError("a parent suspected of the violence is not told first")

    @property
    def label(self) -> str:
        """How the letter names the parent: "Far (Søren Ærø Åberg)"."""
        return f"{self.relation} ({self.name})" if self.name else self.relation


@dataclass(frozen=True)
class Notification:
    letterhead: Letterhead  # the workplace address
    recipient: ServiceEntry  # the municipality
    disclosure: LawfulDisclosure  # basis "notification"
    notifier: Clinician
    date: dt.date
    children: tuple[Child, ...]
    parents: tuple[Parent, ...]
    relation_to_child: str
    concern: str
    observations: str
    actions_taken: str
    contact_with_parents: str | None = None  # never printed when parent abuse is suspected
    urgent: bool = False
    custody: str | None = None  # who has custody ("forældremyndighed"), if known
    siblings: str | None = None
    gp: str | None = None  # the child's or the family's general practitioner
    earlier_notifications: str | None = None  # if known

    @property
    def parent_abuse_suspected(self) -> bool:
        return any(parent.role == "suspected" for parent in self.parents)


def check_notification(notification: Notification) -> None:
    recipient = notification.recipient
    disclosure = notification.disclosure
    if (
        disclosure.basis != "notification"
        or disclosure.recipient != recipient.id
        or not recipient.receives_notifications
    ):
        raise LetterError("not-a-notification")
    if recipient.address is None and not recipient.secure_mail:
        raise LetterError("recipient-without-address", recipient=recipient.name.get("en"))
    if not notification.children:
        raise LetterError("no-children")
    if len(notification.parents) > MAX_PARENTS:
        raise LetterError("too-many-parents", max=MAX_PARENTS)


def render_notification(
    notification: Notification, fonts: FontSet, options: RenderOptions
) -> bytes:
    check_notification(notification)
    n = notification
    lang = options.language
    styles = Styles(fonts)
    story: list[Flowable] = [
        address_block(
            recipient_lines(n.recipient, lang, False), n.letterhead, n.date, styles, lang
        ),
        text(NT.text("title", lang), styles.title),
        text(NT.text("secure-mail-only", lang), styles.label),
    ]
    if n.urgent:
        story.append(text(NT.text("urgent", lang), styles.label))
    story += [
        text(NT.text("not-told", lang, parent=parent.label), styles.label)
        for parent in n.parents
        if parent.role == "suspected"
    ]
    story += [
        gap(2),
        text(f"{NT.text('basis', lang)}: {n.disclosure.basis_text(lang)}.", styles.body),
    ]
    for index, child in enumerate(n.children, start=1):
        heading = NT.text("child", lang) + (f" {index}" if len(n.children) > 1 else "")
        story += [text(heading, styles.heading), field_table(_child_rows(child, lang), styles)]
    for parent in n.parents:
        heading = NT.text(f"parent.{parent.role}", lang, relation=parent.relation)
        story += [text(heading, styles.heading), field_table(_parent_rows(parent, lang), styles)]
    story += [
        text(NT.text("family", lang), styles.heading),
        field_table(_family_rows(n, lang), styles),
        text(NT.text("notifier", lang), styles.heading),
        field_table(
            [
                (TEXTS.text("name", lang), f"{n.notifier.name}, {n.notifier.title}"),
                (NT.text("relation", lang), n.relation_to_child),
                (NT.text("workplace", lang), ", ".join(letterhead_lines(n.letterhead, lang))),
            ],
            styles,
        ),
        text(NT.text("concern", lang), styles.heading),
        *paragraphs(n.concern, styles.body),
        text(NT.text("observations", lang), styles.heading),
        *paragraphs(n.observations, styles.body),
        text(NT.text("actions", lang), styles.heading),
        *paragraphs(n.actions_taken, styles.body),
        text(NT.text("parents-contact", lang), styles.heading),
    ]
    if n.parent_abuse_suspected:
        story.append(text(NT.text("parents-not-told", lang), styles.body))
    elif n.contact_with_parents and n.contact_with_parents.strip():
        story += paragraphs(n.contact_with_parents, styles.body)
    else:
        story.append(text(NT.text("parents-no-contact", lang), styles.body))
    story += [
        text(NT.text("receipt", lang), styles.body),
        KeepTogether([gap(6), *signature(n.notifier, n.letterhead, styles, lang)]),
    ]
    decor = Decorations(
        fonts=fonts,
        header_left=n.letterhead.clinic_name,
        header_right=TEXTS.text("confidential", lang),
        footer_left=date_text(n.date, lang),
        page_label=TEXTS.text("page", lang),
        watermark=TEXTS.text("watermark", lang) if options.training else None,
    )
    return build_pdf(
        story, pagesize=A4, decor=decor, meta=Metadata(TEXTS.text("meta.letter", lang)), lang=lang
    )


def _child_rows(child: Child, lang: str) -> list[tuple[str, str]]:
    missing = TEXTS.text("not_given", lang)
    if child.name is None and child.expected_birth is not None:
        rows = [
            (TEXTS.text("name", lang), NT.text("unborn", lang)),
            (NT.text("expected-birth", lang), date_text(child.expected_birth, lang)),
        ]
    else:
        rows = [
            (TEXTS.text("name", lang), child.name or missing),
            (TEXTS.text("cpr", lang), child.cpr or missing),
        ]
    if child.address:
        rows.append((TEXTS.text("address", lang), ", ".join(child.address)))
    return rows


def _parent_rows(parent: Parent, lang: str) -> list[tuple[str, str]]:
    missing = TEXTS.text("not_given", lang)
    interpreter = (
        NT.text("interpreter-yes", lang, language=parent.interpreter_language)
        if parent.interpreter_language
        else NT.text("interpreter-no", lang)
    )
    rows = [
        (TEXTS.text("name", lang), parent.name or missing),
        (TEXTS.text("cpr", lang), parent.cpr or missing),
    ]
    safe = parent.safe_contact
    if safe is not None:  # before the ordinary address and phone: the way to reach this parent
        rows += [
            (NT.text("safe.phone", lang), safe.phone or missing),
            (NT.text("safe.times", lang), safe.safe_times or missing),
            (NT.text("safe.messages", lang), yes_no(safe.may_leave_messages, lang)),
            (NT.text("safe.use", lang), NT.text("safe.use-only", lang)),
        ]
    rows += [
        (TEXTS.text("address", lang), ", ".join(parent.address) if parent.address else missing),
        (TEXTS.text("phone", lang), parent.phone or missing),
        (NT.text("interpreter", lang), interpreter),
    ]
    if parent.role == "suspected":
        knows = NT.text("knows.must-not", lang)
    elif parent.knows_of_notification is None:
        knows = missing
    else:
        knows = yes_no(parent.knows_of_notification, lang)
    rows.append((NT.text("knows", lang), knows))
    return rows


def _family_rows(n: Notification, lang: str) -> list[tuple[str, str]]:
    missing = TEXTS.text("not_given", lang)
    return [
        (NT.text("custody", lang), n.custody or missing),
        (NT.text("siblings", lang), n.siblings or missing),
        (NT.text("gp", lang), n.gp or missing),
        (NT.text("earlier", lang), n.earlier_notifications or missing),
    ]
