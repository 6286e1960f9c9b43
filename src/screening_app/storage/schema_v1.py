"""Schema version 1 of the clinic database (see ``migrations`` for how versions are applied).

Rules kept by the database itself, not only by the code:
- a finalised screening and its answers cannot be changed (triggers); an amendment is a new row
  that points to the old one and carries a reason;
- the audit table is append-only: UPDATE and DELETE are refused (triggers);
- person data can only be deleted by a retention purge, which first lists the person in
  ``purge_allowed`` inside the same transaction (triggers check it).
"""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('clinician', 'admin', 'trainer')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    pin_hash TEXT,
    created_at TEXT NOT NULL,
    disabled_at TEXT
) STRICT;

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    cpr TEXT CHECK (cpr IS NULL OR (length(cpr) = 10 AND cpr NOT GLOB '*[^0-9]*')),
    birth_date TEXT,
    role TEXT NOT NULL
        CHECK (role IN ('pregnant-woman', 'new-mother', 'father-co-parent', 'other')),
    child_birth_date TEXT,
    child_birth_date_kind TEXT CHECK (child_birth_date_kind IN ('expected', 'actual')),
    safe_phone TEXT,
    safe_times TEXT,
    may_leave_messages INTEGER CHECK (may_leave_messages IN (0, 1)),
    may_send_letters_home INTEGER CHECK (may_send_letters_home IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_entry_at TEXT NOT NULL
) STRICT;
CREATE INDEX persons_cpr ON persons (cpr);
CREATE INDEX persons_last_entry ON persons (last_entry_at);

-- Words of a person's name, case-folded, for prefix search on first name or surname.
CREATE TABLE person_name_words (
    word TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (word, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_name_words_person ON person_name_words (person_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    date TEXT NOT NULL,
    clinician_id INTEGER NOT NULL REFERENCES users (id),
    setting TEXT NOT NULL CHECK (setting IN (
        'antenatal-visit', 'home-visit', 'postnatal-visit', 'health-visitor-visit',
        'phone', 'other')),
    weeks_pregnant INTEGER CHECK (weeks_pregnant BETWEEN 0 AND 45),
    child_age_weeks INTEGER CHECK (child_age_weeks BETWEEN 0 AND 520),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX contacts_person ON contacts (person_id, date);

CREATE TABLE screenings (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    contact_id INTEGER REFERENCES contacts (id),
    clinician_id INTEGER NOT NULL REFERENCES users (id),
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    amends_id INTEGER UNIQUE REFERENCES screenings (id),
    amend_reason TEXT,
    gate TEXT NOT NULL CHECK (gate IN ('asked', 'not-asked')),
    not_asked_reason TEXT CHECK (not_asked_reason IN (
        'partner-present', 'family-interpreter', 'no-private-room', 'no-time', 'declined')),
    next_ask_date TEXT,
    instrument_id TEXT,
    instrument_version TEXT,
    language TEXT,
    translation_version TEXT,
    context_json TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL CHECK (status IN ('draft', 'finalised')),
    started_at TEXT NOT NULL,
    finalised_at TEXT,
    result_json TEXT,
    band_id TEXT,
    band_colour TEXT CHECK (band_colour IN ('green', 'yellow', 'red')),
    override_band_id TEXT,
    override_reason TEXT,
    CHECK ((gate = 'asked') = (not_asked_reason IS NULL)),
    CHECK (gate = 'not-asked' OR instrument_id IS NOT NULL),
    CHECK ((amends_id IS NULL) = (amend_reason IS NULL)),
    CHECK ((override_band_id IS NULL) = (override_reason IS NULL))
) STRICT;
CREATE INDEX screenings_person ON screenings (person_id, started_at);
-- Covers the statistics query (a year's screenings by band) without touching the rows.
CREATE INDEX screenings_finalised ON screenings (finalised_at, band_colour, gate);

CREATE TABLE answers (
    screening_id INTEGER NOT NULL REFERENCES screenings (id),
    link_id TEXT NOT NULL,
    value_json TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (screening_id, link_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    screening_id INTEGER REFERENCES screenings (id),
    service_id TEXT NOT NULL,
    consent TEXT NOT NULL CHECK (consent IN ('given', 'declined', 'lawful-disclosure')),
    legal_basis TEXT CHECK (legal_basis IN ('sundhedsloven-43-2-1', 'sundhedsloven-43-2-2')),
    scope_contact_details INTEGER NOT NULL CHECK (scope_contact_details IN (0, 1)),
    scope_screening_result INTEGER NOT NULL CHECK (scope_screening_result IN (0, 1)),
    scope_safety_concerns INTEGER NOT NULL CHECK (scope_safety_concerns IN (0, 1)),
    scope_free_text INTEGER NOT NULL CHECK (scope_free_text IN (0, 1)),
    form TEXT CHECK (form IN ('written', 'oral')),
    date TEXT NOT NULL,
    expires_on TEXT,
    informing_unsafe INTEGER NOT NULL DEFAULT 0 CHECK (informing_unsafe IN (0, 1)),
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    CHECK ((consent = 'lawful-disclosure') = (legal_basis IS NOT NULL)),
    CHECK (consent != 'given' OR (form IS NOT NULL AND expires_on IS NOT NULL))
) STRICT;
CREATE INDEX referrals_person ON referrals (person_id);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    referral_id INTEGER REFERENCES referrals (id),
    kind TEXT NOT NULL CHECK (kind IN (
        'resource-card', 'safety-plan', 'referral-letter', 'notification')),
    action TEXT NOT NULL CHECK (action IN ('produced', 'printed', 'saved')),
    at TEXT NOT NULL,
    by_user INTEGER NOT NULL REFERENCES users (id)
) STRICT;
CREATE INDEX documents_person ON documents (person_id);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL CHECK (kind IN ('follow-up', 'inform-after-disclosure', 'next-ask')),
    due_date TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    referral_id INTEGER REFERENCES referrals (id),
    screening_id INTEGER REFERENCES screenings (id),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    done_at TEXT,
    done_by INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX tasks_person ON tasks (person_id);
CREATE INDEX tasks_open ON tasks (done_at, due_date);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    screening_id INTEGER REFERENCES screenings (id),
    text TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX notes_person ON notes (person_id);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    person_id INTEGER,
    criterion TEXT,
    outcome TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_person ON audit (person_id);

-- Filled and emptied inside one purge transaction: only then may person data be deleted.
CREATE TABLE purge_allowed (person_id INTEGER PRIMARY KEY) STRICT;

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;

CREATE TRIGGER screenings_finalised_frozen BEFORE UPDATE ON screenings
WHEN OLD.status = 'finalised'
BEGIN SELECT RAISE(ABORT, 'a finalised screening cannot be changed'); END;
CREATE TRIGGER answers_frozen_insert BEFORE INSERT ON answers
WHEN (SELECT status FROM screenings WHERE id = NEW.screening_id) = 'finalised'
BEGIN SELECT RAISE(ABORT, 'a finalised screening cannot be changed'); END;
CREATE TRIGGER answers_frozen_update BEFORE UPDATE ON answers
WHEN (SELECT status FROM screenings WHERE id = OLD.screening_id) = 'finalised'
BEGIN SELECT RAISE(ABORT, 'a finalised screening cannot be changed'); END;
CREATE TRIGGER answers_frozen_delete BEFORE DELETE ON answers
WHEN (SELECT status FROM screenings WHERE id = OLD.screening_id) = 'finalised'
 AND NOT EXISTS (SELECT 1 FROM purge_allowed p JOIN screenings s ON s.person_id = p.person_id
                 WHERE s.id = OLD.screening_id)
BEGIN SELECT RAISE(ABORT, 'a finalised screening cannot be changed'); END;
CREATE TRIGGER screenings_no_delete BEFORE DELETE ON screenings
WHEN NOT EXISTS (SELECT 1 FROM purge_allowed WHERE person_id = OLD.person_id)
 AND OLD.status = 'finalised'
BEGIN SELECT RAISE(ABORT, 'a finalised screening cannot be deleted'); END;
CREATE TRIGGER notes_no_update BEFORE UPDATE ON notes
BEGIN SELECT RAISE(ABORT, 'notes cannot be changed; add a new note'); END;
"""

# Tables deleted by the retention purge, children first, and their person column (each
# condition binds the person's id once as ``:person``). Tables from later schema versions are
# listed here too: the purge only ever runs on a database at the latest version.
PERSON_TABLES: tuple[tuple[str, str], ...] = (
    ("person_links", "person_id = :person OR other_id = :person"),
    ("data_requests", "person_id = :person"),
    ("answers", "screening_id IN (SELECT id FROM screenings WHERE person_id = :person)"),
    ("documents", "person_id = :person"),
    ("tasks", "person_id = :person"),
    ("notes", "person_id = :person"),
    ("referrals", "person_id = :person"),
    ("screenings", "person_id = :person"),
    ("contacts", "person_id = :person"),
    ("person_name_words", "person_id = :person"),
    ("persons", "id = :person"),
)
