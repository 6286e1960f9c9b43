"""The person's copy as a readable PDF (letters.person_copy), in Danish or English."""

from __future__ import annotations

from screening_app.letters.fonts import FontSet
from screening_app.letters.person_copy import CopySection, PersonCopyDocument, render_person_copy
from screening_app.services.person_data.collect import PersonCopy, RecordCopy
from screening_app.services.statistics.labels import ROWS
from screening_app.storage.records import Referral

W: dict[str, tuple[str, str]] = {
    "title": ("Dine oplysninger hos klinikken", "Your data held by the clinic"),
    "made": ("Udskrevet {made} (UTC)", "Printed {made} (UTC)"),
    "warning": (
        (
            "Disse papirer fortæller, hvad du har sagt om vold. De er ikke sikre at tage med hjem, "
            "hvis en partner eller en anden kan læse dem. Du kan få dem udleveret senere eller "
            "sendt til en sikker adresse."
        ),
        (
            "These papers tell what you have said about violence. They are not safe to take home "
            "if a partner or someone else may read them. You can have them handed over later or "
            "sent to a safe address."
        ),
    ),
    "page": ("Side {page} af {pages}", "Page {page} of {pages}"),
    "meta": ("Oplysninger", "Information"),
    "confidential": ("Fortroligt", "Confidential"),
    "details": ("Oplysninger om dig", "About you"),
    "name": ("Navn", "Name"),
    "cpr": ("CPR-nummer", "CPR number"),
    "birth": ("Fødselsdato", "Date of birth"),
    "role": ("Rolle", "Role"),
    "child": ("Barnets fødselsdato", "Child's date of birth"),
    "phone": ("Sikkert telefonnummer", "Safe phone number"),
    "times": ("Sikre tidspunkter", "Safe times"),
    "messages": ("Må vi lægge besked", "May we leave messages"),
    "letters": ("Må vi sende breve hjem", "May we send letters home"),
    "linked": ("Knyttet til den anden forælder", "Linked to the other parent"),
    "contacts": ("Kontakter", "Contacts"),
    "records": ("Samtaler om vold", "Conversations about violence"),
    "asked": ("Spurgt", "Asked"),
    "not-asked": ("Ikke spurgt", "Not asked"),
    "result": ("Resultat", "Result"),
    "flags": ("Markeringer", "Flags"),
    "declined": ("Ønskede ikke at svare", "Preferred not to answer"),
    "unanswered": ("Ikke besvaret", "Not answered"),
    "draft": ("Ikke afsluttet", "Not finished"),
    "referrals": ("Henvisninger og videregivelse", "Referrals and what was shared"),
    "shared": ("Delt", "Shared"),
    "basis": ("Grundlag", "Basis"),
    "papers": ("Papirer", "Papers"),
    "notes": ("Notater", "Notes"),
    "tasks": ("Planlagt", "Planned"),
    "requests": ("Dine anmodninger", "Your requests"),
    "access": ("Hvem har set eller ændret dine oplysninger", "Who looked at or changed your data"),
    "none": ("Ingen.", "None."),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    "unknown": ("Ikke oplyst", "Not given"),
}
ACTIONS: dict[str, tuple[str, str]] = {
    "view-person": ("så dine oplysninger", "looked at your data"),
    "update-person": ("ændrede dine oplysninger", "changed your data"),
    "create-person": ("oprettede dig", "registered you"),
    "view-screening": ("så en samtale", "looked at a conversation"),
    "record-document": ("lavede, udskrev eller gemte et papir", "made, printed or saved a paper"),
    "export-person": ("udleverede en kopi", "handed over a copy"),
    "export-audit": ("udtrak loggen om dig", "extracted the log about you"),
}


def _w(key: str, lang: str) -> str:
    pair = W[key]
    return pair[0] if lang == "da" else pair[1]


def _yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return _w("unknown", lang)
    return _w("yes" if value else "no", lang)


def _label(code: str | None, lang: str) -> str:
    if code is None:
        return _w("unknown", lang)
    pair = ROWS.get(code) or ROWS.get(f"not-asked:{code}")
    return code if pair is None else (pair[0] if lang == "da" else pair[1])


def copy_pdf(copy: PersonCopy, fonts: FontSet, lang: str, clinic: str) -> bytes:
    data = copy.person.data
    unknown = _w("unknown", lang)
    details = CopySection(
        _w("details", lang),
        rows=(
            (_w("name", lang), data.name),
            (_w("cpr", lang), data.cpr or unknown),
            (_w("birth", lang), data.birth_date.isoformat() if data.birth_date else unknown),
            (_w("role", lang), _label(data.role, lang)),
            (
                _w("child", lang),
                data.child_birth_date.isoformat() if data.child_birth_date else unknown,
            ),
            (_w("phone", lang), data.safe_phone or unknown),
            (_w("times", lang), data.safe_times or unknown),
            (_w("messages", lang), _yes_no(data.may_leave_messages, lang)),
            (_w("letters", lang), _yes_no(data.may_send_letters_home, lang)),
            (_w("linked", lang), _yes_no(copy.co_parent_linked, lang)),
        ),
    )
    sections = [details]
    sections.append(
        CopySection(
            _w("contacts", lang),
            rows=tuple(
                (c.date.isoformat(), f"{c.setting} · {copy.staff.get(c.clinician_id, '')}")
                for c in copy.contacts
            ),
            empty=_w("none", lang),
        )
    )
    sections.extend(_record(r, copy, lang) for r in copy.records)
    if not copy.records:
        sections.append(CopySection(_w("records", lang), empty=_w("none", lang)))
    sections.append(
        CopySection(
            _w("referrals", lang),
            rows=tuple(
                (f"{r.date.isoformat()} · {r.service_id}", _referral_text(r, lang))
                for r in copy.referrals
            ),
            empty=_w("none", lang),
        )
    )
    sections.append(
        CopySection(
            _w("papers", lang),
            rows=tuple(
                (d.at[:16].replace("T", " "), f"{_label(d.kind, lang)} ({d.action})")
                for d in copy.documents
            ),
            empty=_w("none", lang),
        )
    )
    sections.append(
        CopySection(
            _w("notes", lang),
            rows=tuple((n.created_at[:10], n.text) for n in copy.notes),
            empty=_w("none", lang),
        )
    )
    sections.append(
        CopySection(
            _w("tasks", lang),
            rows=tuple((t.due_date.isoformat(), t.text or t.kind) for t in copy.tasks),
            empty=_w("none", lang),
        )
    )
    sections.append(
        CopySection(
            _w("requests", lang),
            rows=tuple(
                (q.received_on, f"{q.kind}: {q.details} → {q.status} {q.decision or ''}".strip())
                for q in copy.requests
            ),
            empty=_w("none", lang),
        )
    )
    sections.append(
        CopySection(
            _w("access", lang),
            rows=tuple(
                (
                    e.at[:16].replace("T", " "),
                    f"{copy.staff.get(e.user, e.user)}: {_action(e.action, lang)}"
                    + ("" if e.outcome == "ok" else f" ({e.outcome})"),
                )
                for e in copy.access
            ),
            empty=_w("none", lang),
        )
    )
    document = PersonCopyDocument(
        title=_w("title", lang),
        clinic=clinic,
        made=_w("made", lang).format(made=copy.made_at[:16].replace("T", " ")),
        warning=_w("warning", lang),
        sections=tuple(sections),
        page_label=_w("page", lang),
        metadata_title=_w("meta", lang),
        confidential=_w("confidential", lang),
        lang=lang,
    )
    return render_person_copy(document, fonts)


def _referral_text(referral: Referral, lang: str) -> str:
    basis = _label(
        f"{referral.consent}:{referral.consent_basis or referral.legal_basis or ''}", lang
    )
    shared = ", ".join(sorted(referral.scope)) or "-"
    return f"{_w('basis', lang)}: {basis}. {_w('shared', lang)}: {shared}"


def _action(action: str, lang: str) -> str:
    pair = ACTIONS.get(action)
    return action if pair is None else (pair[0] if lang == "da" else pair[1])


def _record(record: RecordCopy, copy: PersonCopy, lang: str) -> CopySection:
    s = record.screening
    when = (s.finalised_at or s.started_at)[:10]
    by = copy.staff.get(s.clinician_id, "")
    if s.gate != "asked":
        return CopySection(
            f"{_w('records', lang)} · {when}",
            rows=((_w("not-asked", lang), _label(s.not_asked_reason, lang).split(": ", 1)[-1]),),
            paragraphs=(by,),
        )
    rows: list[tuple[str, str]] = []
    for question in record.questions:
        if question.declined:
            answer = _w("declined", lang)
        elif question.answer is None:
            answer = _w("unanswered", lang)
        else:
            answer = question.answer
        rows.append((question.text, answer))
    if record.band is not None:
        rows.append((_w("result", lang), record.band))
    if record.flags:
        rows.append((_w("flags", lang), ", ".join(record.flags)))
    heading = f"{record.title} · {when}"
    if s.status == "draft":
        heading += f" ({_w('draft', lang)})"
    return CopySection(heading, rows=tuple(rows), paragraphs=(by,) if by else ())
