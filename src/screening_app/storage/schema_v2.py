"""Schema version 2: the audit trail gets a retention period.

The former Danish security order kept access logs for 6 months to 5 years; the clinic sets how
long (default 5 years). Old entries may now be deleted, but only by the retention purge: the
purge writes the highest sequence number it may delete into ``audit_purge_allowed`` and empties
it again in the same transaction, and the trigger refuses every other delete. The hash of the
last deleted entry is kept as the chain's anchor (setting ``audit_anchor``), so the entries that
remain still verify from there.
"""

from __future__ import annotations

SCHEMA_V2 = """
CREATE TABLE audit_purge_allowed (up_to_seq INTEGER NOT NULL) STRICT;
DROP TRIGGER audit_no_delete;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
WHEN NOT EXISTS (SELECT 1 FROM audit_purge_allowed WHERE OLD.seq <= up_to_seq)
BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;
"""
