"""The clinician's override of a computed band: a different band, with a reason.

An override is professional judgement recorded next to the computed result, never instead of
it: the computed band stays available for the record and the audit trail. When the band changes,
what to do now follows the chosen band (its actions), together with the actions of every raised
flag, as for a computed result.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from screening_app.domain.instrument import Band
from screening_app.domain.session import Result, merge_actions

MAX_REASON_LENGTH = 2000


class OverrideError(ValueError):
    """An override that cannot be applied (unknown band, no outcome, empty reason)."""


@dataclass(frozen=True)
class BandOverride:
    """The band the clinician chose (by id) and why."""

    band_id: str
    reason: str

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise OverrideError("an override needs a reason")
        if len(self.reason) > MAX_REASON_LENGTH:
            raise OverrideError(f"the reason is longer than {MAX_REASON_LENGTH} characters")


def override_band(result: Result, override: BandOverride) -> Band:
    """The band an override names, from the result's instrument."""
    outcome = result.instrument.outcome
    if outcome is None:
        raise OverrideError(f"instrument '{result.instrument.id}' has no outcome bands")
    for band in outcome.bands:
        if band.id == override.band_id:
            return band
    raise OverrideError(f"instrument '{result.instrument.id}' has no band '{override.band_id}'")


def apply_override(result: Result, override: BandOverride) -> Result:
    """The result as the clinician judged it: the chosen band and its actions, flags kept."""
    band = override_band(result, override)
    return dataclasses.replace(
        result,
        band=band,
        actions=merge_actions([band.actions, *(flag.actions for flag in result.flags)]),
    )
