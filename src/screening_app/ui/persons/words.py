"""Words for the codes the records hold: roles, reasons for not asking, yes / no / not asked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
        "partner-present": QCoreApplication.translate("PersonWords", "partner present"),
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
        return QCoreApplication.translate("PersonWords", "pregnancy week {0}").format(detail)
    if why == "after-birth":
        return QCoreApplication.translate("PersonWords", "after the birth")
    if why == "child-age":
        return QCoreApplication.translate("PersonWords", "child {0} weeks old").format(detail)
    return why
