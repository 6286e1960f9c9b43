"""Words for the codes the records hold: roles, reasons for not asking, yes / no / not asked,
the consultation's form, who was present and the interpreter, tasks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from screening_app.domain.presence import Circumstances


def role_word(role: str) -> str:
    words = {
        "pregnant-woman": QCoreApplication.translate("PersonWords", "Pregnant woman"),
        "new-mother": QCoreApplication.translate("PersonWords", "New mother"),
        "father-co-parent": QCoreApplication.translate("PersonWords", "Father or co-parent"),
        "other": QCoreApplication.translate("PersonWords", "Other"),
    }
    return words.get(role, role)


def reason_word(reason: str | None) -> str:
    words = {
        # The record's code for "not alone" (who exactly is in the presence record).
        "partner-present": QCoreApplication.translate(
            "PersonWords", "not alone (partner or others present)"
        ),
        "family-interpreter": QCoreApplication.translate(
            "PersonWords", "only a family member or friend to interpret"
        ),
        "no-private-room": QCoreApplication.translate("PersonWords", "no private room"),
        "no-time": QCoreApplication.translate("PersonWords", "no time"),
        "declined": QCoreApplication.translate("PersonWords", "the person declined"),
    }
    return words.get(reason or "", reason or "")


def yes_no_unknown(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("PersonWords", "not asked")
    return (
        QCoreApplication.translate("PersonWords", "yes")
        if value
        else QCoreApplication.translate("PersonWords", "no")
    )


def next_ask_why(why: str, detail: int | None) -> str:
    if why == "never-asked":
        return QCoreApplication.translate("PersonWords", "never asked")
    if why == "retry":
        return QCoreApplication.translate("PersonWords", "not asked last time")
    if why == "pregnancy-week":
        return QCoreApplication.translate(
            "PersonWords", "the midwife's consultation, pregnancy week {0}"
        ).format(detail)
    if why == "pregnancy-visit":
        return QCoreApplication.translate(
            "PersonWords", "the health visitor's pregnancy visit, week {0}"
        ).format(detail)
    if why == "after-birth":
        return QCoreApplication.translate(
            "PersonWords", "the first visit after the birth, day {0}"
        ).format(detail)
    if why == "child-age":
        return QCoreApplication.translate(
            "PersonWords", "the health visitor's visit, child %n week(s) old", "", detail or 0
        )
    return why


def form_words() -> dict[str, str]:
    return {
        "in-person": QCoreApplication.translate("PersonWords", "in person"),
        "phone": QCoreApplication.translate("PersonWords", "by phone"),
        "video": QCoreApplication.translate("PersonWords", "by video"),
    }


def present_words() -> dict[str, str]:
    """Who else is there, as the gate offers it."""
    return {
        "partner": QCoreApplication.translate("PersonWords", "a partner"),
        "family-member": QCoreApplication.translate("PersonWords", "another family member"),
        "older-child": QCoreApplication.translate(
            "PersonWords", "a child old enough to understand"
        ),
        "other-adult": QCoreApplication.translate("PersonWords", "another adult"),
        "young-child": QCoreApplication.translate(
            "PersonWords", "a child too young to understand (may stay)"
        ),
    }


def interpreter_words() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("PersonWords", "no interpreter"),
        "in-person": QCoreApplication.translate("PersonWords", "professional, in the room"),
        "phone": QCoreApplication.translate("PersonWords", "professional, by phone"),
        "video": QCoreApplication.translate("PersonWords", "professional, by video"),
        "family": QCoreApplication.translate(
            "PersonWords", "a family member or friend (do not ask)"
        ),
    }


def _present_short() -> dict[str, str]:
    return {
        "partner": QCoreApplication.translate("PersonWords", "partner"),
        "family-member": QCoreApplication.translate("PersonWords", "family member"),
        "older-child": QCoreApplication.translate("PersonWords", "child who understands"),
        "other-adult": QCoreApplication.translate("PersonWords", "other adult"),
        "young-child": QCoreApplication.translate("PersonWords", "young child"),
    }


def _interpreter_short() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("PersonWords", "no interpreter"),
        "in-person": QCoreApplication.translate("PersonWords", "interpreter in the room"),
        "phone": QCoreApplication.translate("PersonWords", "interpreter by phone"),
        "video": QCoreApplication.translate("PersonWords", "interpreter by video"),
        "family": QCoreApplication.translate(
            "PersonWords", "family member or friend offered to interpret"
        ),
    }


def circumstances_text(circumstances: Circumstances | None) -> str:
    """ "by phone, alone: yes, interpreter by phone" for the history (empty before it was
    recorded)."""
    if circumstances is None:
        return ""
    parts = [form_words()[circumstances.form]]
    if circumstances.remote:
        parts.append(
            QCoreApplication.translate("PersonWords", "alone: yes")
            if circumstances.remote_alone
            else QCoreApplication.translate("PersonWords", "alone: not confirmed")
        )
    if circumstances.present:
        short = _present_short()
        names = ", ".join(short[p] for p in circumstances.present)
        parts.append(QCoreApplication.translate("PersonWords", "present: {0}").format(names))
    if circumstances.interpreter is None:
        parts.append(QCoreApplication.translate("PersonWords", "interpreter not recorded"))
    else:
        parts.append(_interpreter_short()[circumstances.interpreter])
    return "; ".join(parts)


def task_word(kind: str) -> str:
    return {
        "follow-up": QCoreApplication.translate("PersonWords", "Follow up at the next visit"),
        "inform-after-disclosure": QCoreApplication.translate(
            "PersonWords", "Tell the person that information was passed on without consent"
        ),
    }.get(kind, kind)
