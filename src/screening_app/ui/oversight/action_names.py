"""What each audit action is called on the access-log screen (the code stays in the CSV).

Every action the audit trail knows has a name here (a test holds the two lists together), so a
reviewer reads "Åbnede en persons side", not ``view-person``; an action without a name would
show its code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AuditActions"


ACTION_NAMES: dict[str, str] = {
    "add-note": str(QT_TRANSLATE_NOOP("AuditActions", "Wrote a note")),
    "amend-screening": str(QT_TRANSLATE_NOOP("AuditActions", "Amended a screening")),
    "audit-anchor": str(QT_TRANSLATE_NOOP("AuditActions", "Anchored the audit trail")),
    "backup": str(QT_TRANSLATE_NOOP("AuditActions", "Made a backup")),
    "change-password": str(QT_TRANSLATE_NOOP("AuditActions", "Changed a password")),
    "check": str(QT_TRANSLATE_NOOP("AuditActions", "Checked the database")),
    "complete-task": str(QT_TRANSLATE_NOOP("AuditActions", "Completed a task")),
    "create-contact": str(QT_TRANSLATE_NOOP("AuditActions", "Saved safe contact details")),
    "create-person": str(QT_TRANSLATE_NOOP("AuditActions", "Registered a person")),
    "create-task": str(QT_TRANSLATE_NOOP("AuditActions", "Created a task")),
    "decide-data-request": str(QT_TRANSLATE_NOOP("AuditActions", "Decided a data request")),
    "export-audit": str(QT_TRANSLATE_NOOP("AuditActions", "Exported the access log")),
    "export-person": str(QT_TRANSLATE_NOOP("AuditActions", "Exported a person's data")),
    "export-statistics": str(QT_TRANSLATE_NOOP("AuditActions", "Exported statistics")),
    "export-training-runs": str(QT_TRANSLATE_NOOP("AuditActions", "Exported training runs")),
    "finalise-screening": str(QT_TRANSLATE_NOOP("AuditActions", "Finalised a screening")),
    "import-training-runs": str(QT_TRANSLATE_NOOP("AuditActions", "Imported training runs")),
    "list-tasks": str(QT_TRANSLATE_NOOP("AuditActions", "Listed tasks")),
    "lock": str(QT_TRANSLATE_NOOP("AuditActions", "Locked the screen")),
    "login": str(QT_TRANSLATE_NOOP("AuditActions", "Logged in")),
    "login-failed": str(QT_TRANSLATE_NOOP("AuditActions", "Failed login")),
    "logout": str(QT_TRANSLATE_NOOP("AuditActions", "Logged out")),
    "purge": str(QT_TRANSLATE_NOOP("AuditActions", "Deleted data past retention")),
    "record-data-request": str(QT_TRANSLATE_NOOP("AuditActions", "Recorded a data request")),
    "record-document": str(QT_TRANSLATE_NOOP("AuditActions", "Made a document")),
    "record-not-asked": str(QT_TRANSLATE_NOOP("AuditActions", "Recorded 'not asked'")),
    "record-referral": str(QT_TRANSLATE_NOOP("AuditActions", "Recorded a referral")),
    "record-training-run": str(QT_TRANSLATE_NOOP("AuditActions", "Recorded a training run")),
    "rekey": str(QT_TRANSLATE_NOOP("AuditActions", "Changed the database key")),
    "restore": str(QT_TRANSLATE_NOOP("AuditActions", "Restored a backup")),
    "search-persons": str(QT_TRANSLATE_NOOP("AuditActions", "Searched for persons")),
    "settings-change": str(QT_TRANSLATE_NOOP("AuditActions", "Changed settings")),
    "spot-check": str(QT_TRANSLATE_NOOP("AuditActions", "Spot check")),
    "start-screening": str(QT_TRANSLATE_NOOP("AuditActions", "Started a screening")),
    "throttle-state-lost": str(
        QT_TRANSLATE_NOOP("AuditActions", "Login counters missing or damaged")
    ),
    "unlock": str(QT_TRANSLATE_NOOP("AuditActions", "Unlocked the screen")),
    "unlock-failed": str(QT_TRANSLATE_NOOP("AuditActions", "Failed unlock")),
    "update-person": str(QT_TRANSLATE_NOOP("AuditActions", "Changed a person's details")),
    "update-screening": str(QT_TRANSLATE_NOOP("AuditActions", "Answered in a screening")),
    "user-admin": str(QT_TRANSLATE_NOOP("AuditActions", "Changed user accounts")),
    "verify-audit": str(QT_TRANSLATE_NOOP("AuditActions", "Verified the audit trail")),
    "view-audit": str(QT_TRANSLATE_NOOP("AuditActions", "Viewed the access log")),
    "view-person": str(QT_TRANSLATE_NOOP("AuditActions", "Opened a person's page")),
    "view-screening": str(QT_TRANSLATE_NOOP("AuditActions", "Opened a screening")),
    "view-statistics": str(QT_TRANSLATE_NOOP("AuditActions", "Viewed statistics")),
    "view-training-runs": str(QT_TRANSLATE_NOOP("AuditActions", "Viewed training runs")),
}


def action_name(code: str) -> str:
    """The action's name in the UI language, or its code when it has none."""
    source = ACTION_NAMES.get(code)
    if source is None:
        return code
    return QCoreApplication.translate(CONTEXT, source)
