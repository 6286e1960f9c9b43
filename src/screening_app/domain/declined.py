"""Answers the person declined to give ("Ønsker ikke at svare"), and what they do to a result.

A declined answer is not a "no": it counts for none of the scores and raises no flag, and the
outcome band is given only when it does not depend on it. For that, every value the declined
questions could have added to the outcome score is tried (each option's weight for a sum, 0 or
1 for a count, as the item's options allow): when every possible total falls in the same band,
that is the band (a yes elsewhere already makes a screen positive); otherwise there is no band
and the screening is incomplete, "declined 2 of 5", counted over the shown questions that feed
the outcome score.

Pure: the caller (``domain.session``) gives the answers that count and a function that finds
the band for a value, so band selection stays in one place.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from screening_app.domain.i18n import Catalog
from screening_app.domain.instrument import (
    Band,
    BooleanItem,
    ChoiceItem,
    CountScore,
    Instrument,
    MultiChoiceItem,
    SumScore,
)
from screening_app.domain.scoring import compute_score, option_weights
from screening_app.domain.sums import Reach, decimal_scale, reach

_PRECISION = 9
_MAX_DISTINCT = 10_000  # sums of one multi-choice item listed at most

DECLINED_MESSAGES = Catalog(
    {
        "declined.incomplete": {
            "da": "Screeningen er ufuldstændig: ønsker ikke at svare på {declined} af {total}.",
            "en": "Screening incomplete: declined {declined} of {total}.",
        },
        "declined.count": {
            "da": "Ønsker ikke at svare på {declined} af {total} {questions}, der giver "
            "resultatet; resultatet er det samme, uanset hvad svarene havde været.",
            "en": "Declined {declined} of {total} {questions} that give the result; the result "
            "is the same whatever the answers would have been.",
        },
        "declined.other": {
            "da": "Ønsker ikke at svare på {count} {questions} i alt.",
            "en": "Declined to answer {count} {questions} in all.",
        },
        "declined.score_range": {
            "da": "{low}-{high} (ønsker ikke at svare på {count})",
            "en": "{low}-{high} ({count} declined)",
        },
    }
)


def _round(value: float) -> float:
    rounded = round(value, _PRECISION)
    return 0.0 if rounded == 0 else rounded


def declined_contributions(
    instrument: Instrument, score: SumScore | CountScore, link_id: str
) -> frozenset[float]:
    """What a declined item could have added to ``score`` had the person answered it."""
    item = instrument.items_by_id.get(link_id)
    if isinstance(score, CountScore):
        if isinstance(item, ChoiceItem):
            return frozenset(1.0 if o.code == score.value else 0.0 for o in item.options)
        if isinstance(item, MultiChoiceItem):
            codes = [o.code for o in item.options]
            if score.value not in codes:
                return frozenset({0.0})
            return frozenset({1.0}) if len(codes) == 1 else frozenset({0.0, 1.0})
        if isinstance(item, BooleanItem):
            if isinstance(score.value, bool):
                return frozenset({0.0, 1.0})
            return frozenset({0.0})
        return frozenset({0.0, 1.0})
    if isinstance(item, ChoiceItem):
        return frozenset(_round(w) for w in option_weights(item).values())
    if isinstance(item, MultiChoiceItem):
        sums: set[float] = set()  # non-empty choices: an empty one is no answer
        for weight in option_weights(item).values():
            sums |= {_round(s + weight) for s in sums} | {_round(weight)}
            if len(sums) > _MAX_DISTINCT:
                break
        return frozenset(sums)
    return frozenset({0.0})


@dataclass(frozen=True)
class PossibleTotals:
    """The totals a score could have had: its value from the answers given (``base``) plus
    what the declined items could have added (``added``): every total when ``exact``, else
    the two ends."""

    base: float
    added: Reach

    @property
    def exact(self) -> bool:
        return self.added.exact

    @property
    def low(self) -> float:
        return _round(self.base + self.added.low)

    @property
    def high(self) -> float:
        return _round(self.base + self.added.high)

    @property
    def values(self) -> tuple[float, ...]:
        """Every possible total, in order (exact only)."""
        return tuple(sorted({_round(self.base + value) for value in self.added.values()}))

    def first_from(self, value: float, *, above: bool = False) -> float | None:
        """The smallest possible total at or (``above``) over ``value``, or None (exact only;
        a binary search, however many totals there are)."""
        added = self.added.values()
        base = self.base

        def total(offset: float) -> float:
            return _round(base + offset)

        search = bisect_right if above else bisect_left
        index = search(added, value, key=total)
        return total(added[index]) if index < len(added) else None


def added_by(
    instrument: Instrument, score: SumScore | CountScore, declined: Iterable[str]
) -> Reach:
    """What the declined items of ``score`` could have added to it, together."""
    terms = [
        declined_contributions(instrument, score, link_id)
        for link_id in declined
        if link_id in score.items
    ]
    return reach(terms, decimal_scale(value for term in terms for value in term))


def possible_totals(
    instrument: Instrument,
    score: SumScore | CountScore,
    answers: Mapping[str, Any],
    declined: Iterable[str],
) -> PossibleTotals:
    """Every total ``score`` could have had if the declined items had been answered."""
    base = compute_score(instrument, score, answers)
    return PossibleTotals(base, added_by(instrument, score, declined))


def band_despite_declined(
    totals: PossibleTotals,
    band_at: Callable[[float], Band | None],
    bands: Iterable[Band],
) -> Band | None:
    """The band when every possible total gives the same one, else None.

    Bands are intervals, so totals that lie in the same bands' ranges get the same band: one
    total of each stretch between the bands' ends is tried (at most twice the number of
    bands, and once more), never every total. With too many totals to list, the ends must
    share a band and no other band may start or end between them.
    """
    bands = list(bands)
    first = band_at(totals.low)
    if first is None:
        return None
    if totals.exact:
        tried = _one_per_stretch(totals, bands)
        return first if all(_same(band_at(v), first) for v in tried) else None
    if not _same(band_at(totals.high), first):
        return None
    for band in bands:
        if band.id != first.id and band.max >= totals.low and band.min <= totals.high:
            return None
    return first


def _one_per_stretch(totals: PossibleTotals, bands: list[Band]) -> list[float]:
    """A possible total at each band end, and in each stretch between two ends (and below
    the first and above the last), where there is one."""
    ends = sorted({end for band in bands for end in (band.min, band.max)})
    tried: list[float] = []
    below = totals.first_from(-math.inf)
    if below is not None and (not ends or below < ends[0]):
        tried.append(below)
    for index, end in enumerate(ends):
        at = totals.first_from(end)
        if at is not None and at == end:
            tried.append(at)
        after = totals.first_from(end, above=True)
        following = ends[index + 1] if index + 1 < len(ends) else math.inf
        if after is not None and after < following:
            tried.append(after)
    return tried


def _same(band: Band | None, other: Band) -> bool:
    return band is not None and band.id == other.id


def declined_text(declined: int, total: int, lang: str, *, determined: bool) -> str:
    """ "Screening incomplete: declined 2 of 5" (no band), or the count beside a band."""
    key = "declined.count" if determined else "declined.incomplete"
    return DECLINED_MESSAGES.text(
        key, lang, declined=declined, total=total, questions=questions_word(total, lang)
    )


def questions_word(count: int, lang: str) -> str:
    """ "question" or "questions" for a count ("spørgsmål" is both in Danish)."""
    if lang == "da":
        return "spørgsmål"
    return "question" if count == 1 else "questions"


def score_range_text(low: float, high: float, count: int, lang: str) -> str:
    def shown(value: float) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "da" else text

    return DECLINED_MESSAGES.text(
        "declined.score_range", lang, low=shown(low), high=shown(high), count=count
    )
