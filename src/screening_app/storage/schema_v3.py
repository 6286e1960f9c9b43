"""Schema version 3: what the clinical review asked the record to hold.

- How each consultation happened, recorded with each screening (asked or not): the form of the
  consultation (in person, phone, video), who else was present, and the interpreter (none, or a
  professional one in the room, on the phone or on video; a family interpreter stops the gate).
  ``presence_json`` holds the gate's record of who was present as a JSON object (the services
  layer checks its contents).
- The two parents of one child linked to each other (``person_links``): the link lets the
  pathway prompt "the other parent has not been asked separately yet" without showing one
  parent's answers on the other's page. Deleted with either person by the retention purge.
- Referrals record the legal basis of a consent (Sundhedsloven § 41 for treatment, § 43 stk. 1
  for other purposes), the reason an oral consent was accepted where the rule is written, and
  whether the person agreed to share their own violence (its own item in the consent's scope).
"""

from __future__ import annotations

SCHEMA_V3 = """
ALTER TABLE screenings ADD COLUMN consultation_form TEXT
    CHECK (consultation_form IN ('in-person', 'phone', 'video'));
ALTER TABLE screenings ADD COLUMN interpreter TEXT
    CHECK (interpreter IN ('none', 'in-person', 'phone', 'video'));
ALTER TABLE screenings ADD COLUMN presence_json TEXT;

CREATE TABLE person_links (
    person_id INTEGER NOT NULL REFERENCES persons (id),
    other_id INTEGER NOT NULL REFERENCES persons (id),
    kind TEXT NOT NULL CHECK (kind IN ('co-parent')),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    CHECK (person_id < other_id),
    PRIMARY KEY (person_id, other_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_links_other ON person_links (other_id);

ALTER TABLE referrals ADD COLUMN consent_basis TEXT
    CHECK (consent_basis IN ('sundhedsloven-41', 'sundhedsloven-43-1'));
ALTER TABLE referrals ADD COLUMN oral_reason TEXT;
ALTER TABLE referrals ADD COLUMN scope_own_violence INTEGER NOT NULL DEFAULT 0
    CHECK (scope_own_violence IN (0, 1));
"""
