"""Schema version 4: statistics for the clinic leader, the person's own data, spot checks.

- A ``leader`` role: a clinic leader sees statistics, never a person (the services refuse every
  other use case for this role). SQLite cannot alter a CHECK constraint, and rebuilding
  ``users`` would break the foreign keys that point at it, so the step widens the CHECK in the
  stored schema text (the documented ``writable_schema`` way for a change that only loosens a
  constraint and leaves every stored row valid) and bumps ``schema_version`` so every
  connection re-reads it.
- ``data_requests``: what a person asked of the clinic about her own data (a copy of it, a
  correction, an erasure), when, recorded by whom, and what was decided: done (with what was
  changed) or refused (with the reason). Deleted with the person by the retention purge.
- ``audit_exports``: every CSV export of the access log with the filter and the reason given.
- ``spot_checks`` and ``spot_check_items``: a random sample of reads of persons drawn from the
  access log for a leader or administrator to review, and the reviewer's note on each. The
  items copy what they sampled (time, user, action, person id) so the review still reads after
  the access log's retention purge removed the entries.
"""

from __future__ import annotations

USERS_ROLE_OLD = "CHECK (role IN ('clinician', 'admin', 'trainer'))"
USERS_ROLE_NEW = "CHECK (role IN ('clinician', 'admin', 'trainer', 'leader'))"

SCHEMA_V4 = """
CREATE TABLE data_requests (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL CHECK (kind IN ('access', 'correction', 'erasure')),
    details TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'refused')),
    decision TEXT,
    decided_by INTEGER REFERENCES users (id),
    decided_at TEXT,
    CHECK ((status = 'open') = (decided_at IS NULL)),
    CHECK (status = 'open' OR (decision IS NOT NULL AND decided_by IS NOT NULL))
) STRICT;
CREATE INDEX data_requests_person ON data_requests (person_id);

CREATE TABLE spot_checks (
    id INTEGER PRIMARY KEY,
    drawn_at TEXT NOT NULL,
    drawn_by INTEGER NOT NULL REFERENCES users (id),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    population INTEGER NOT NULL CHECK (population >= 0),
    reviewed_at TEXT,
    reviewed_by INTEGER REFERENCES users (id),
    note TEXT
) STRICT;

CREATE TABLE spot_check_items (
    spot_check_id INTEGER NOT NULL REFERENCES spot_checks (id),
    audit_seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    person_id INTEGER NOT NULL,
    verdict TEXT CHECK (verdict IN ('justified', 'question')),
    note TEXT,
    PRIMARY KEY (spot_check_id, audit_seq)
) STRICT, WITHOUT ROWID;

-- Every CSV export of the access log, with the reason the administrator gave (free text: kept
-- here, never in the audit trail, whose entry names this row).
CREATE TABLE audit_exports (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    by_user INTEGER NOT NULL REFERENCES users (id),
    filter TEXT NOT NULL,
    entries INTEGER NOT NULL CHECK (entries >= 0),
    reason TEXT NOT NULL
) STRICT;

-- The access log filtered by time, user and action (the person filter has audit_person).
CREATE INDEX audit_at ON audit (at);
CREATE INDEX audit_user_at ON audit (user, at);
-- The statistics read one period of records, referrals, documents and tasks.
CREATE INDEX referrals_date ON referrals (date);
CREATE INDEX documents_at ON documents (at);
CREATE INDEX tasks_kind_due ON tasks (kind, due_date);
"""
