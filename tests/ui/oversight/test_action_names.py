"""Every action the audit trail records has a name on the access-log screen, in Danish too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from screening_app.storage.audit import ACTIONS
from screening_app.ui.oversight.action_names import ACTION_NAMES, CONTEXT

DA_TS = Path(__file__).resolve().parents[3] / "resources/translations/trygstart_da.ts"


def test_every_audit_action_has_a_name() -> None:
    assert set(ACTION_NAMES) == set(ACTIONS)
    assert len(set(ACTION_NAMES.values())) == len(ACTION_NAMES)  # no two read alike


def test_every_name_has_a_danish_translation() -> None:
    root = ET.parse(DA_TS).getroot()
    danish = {
        message.findtext("source"): message.findtext("translation")
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    }
    for name in ACTION_NAMES.values():
        assert danish.get(name), name
