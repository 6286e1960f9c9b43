"""The totals a sum can reach when each of its terms is one value out of a small set.

Used for what a score can be (the checks: do the bands cover every value?) and for what a
score could have been had the declined questions been answered. Weights are short decimals
(0, 1, 2.5): scaled to whole numbers, the reachable totals are the set bits of one integer,
and adding a term is one shift per value it can take, however many totals there already are;
a 3,000-item sum costs milliseconds, where a set of totals grows with every item (quadratic).
Weights that are no short decimals (a third written out) fall back to a set of exact fractions
within a budget of additions; past the budget, or past the span of bits, only the two ends are
known. Totals are rounded once, when read (never step by step).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from fractions import Fraction

PRECISION = 9  # decimals kept when comparing totals: 0.1 + 0.2 is 0.3
MAX_SCALE_DIGITS = 6  # weights with at most this many decimals are counted exactly
MAX_SPAN = 1 << 22  # possible totals (bits) kept exactly: about 0.5 MB
FRACTION_BUDGET = 200_000  # exact additions for weights that are no short decimals


def round_total(value: float) -> float:
    rounded = round(value, PRECISION)
    return 0.0 if rounded == 0 else rounded


def decimal_scale(values: Iterable[float]) -> int | None:
    """The smallest 10**k (k <= 6) that makes every value whole, or None."""
    distinct = set(values)
    for digits in range(MAX_SCALE_DIGITS + 1):
        scale: int = 10**digits
        if all(_whole(value * scale) for value in distinct):
            return scale
    return None


def _whole(value: float) -> bool:
    return math.isfinite(value) and abs(value - round(value)) <= 1e-9 * max(1.0, abs(value))


class Reach:
    """The totals reachable by choosing one value of each term added so far.

    Exact while it can be (``exact``): ``values()`` lists them in order. Otherwise only ``low``
    and ``high`` are known.
    """

    def __init__(self, scale: int | None) -> None:
        self._scale = scale
        self.exact = True
        self._bits = 1  # whole-number mode: bit i set means total (offset + i) / scale
        self._offset = 0
        self._top = 0  # whole-number mode: the highest total's bit (offset + top)
        self._exact_sums: set[Fraction] = {Fraction(0)}
        self._low = Fraction(0)
        self._high = Fraction(0)
        self._ops = 0
        self._listed: list[float] | None = None

    def fits(self, choices: Collection[float]) -> bool:
        """Can ``choices`` be added exactly at this reach's scale?"""
        scale = self._scale
        return scale is None or all(_whole(choice * scale) for choice in choices)

    def add(self, choices: Collection[float]) -> None:
        """One more term, which takes one of ``choices`` (not empty)."""
        self._listed = None
        self._low += Fraction(min(choices))
        self._high += Fraction(max(choices))
        if not self.exact:
            return
        if self._scale is not None:
            whole = sorted({round(choice * self._scale) for choice in choices})
            first = whole[0]
            bits = self._bits
            reached = 0
            for value in whole:
                reached |= bits << (value - first)
            self._bits = reached
            self._offset += first
            self._top += whole[-1] - first
            if self._top >= MAX_SPAN:
                self.exact = False
                self._bits = 0
            return
        self._ops += len(self._exact_sums) * len(choices)
        if self._ops > FRACTION_BUDGET:
            self.exact = False
            self._exact_sums = set()
            return
        parts = [Fraction(choice) for choice in set(choices)]
        self._exact_sums = {total + part for total in self._exact_sums for part in parts}

    @property
    def low(self) -> float:
        return self.values()[0] if self.exact else round_total(float(self._low))

    @property
    def high(self) -> float:
        return self.values()[-1] if self.exact else round_total(float(self._high))

    def count(self) -> int:
        """How many totals (exact only)."""
        assert self.exact
        if self._scale is not None:
            return self._bits.bit_count()
        return len(self.values())

    def values(self) -> list[float]:
        """Every reachable total, in order (exact only)."""
        assert self.exact
        if self._listed is None:
            if self._scale is None:
                self._listed = sorted({round_total(float(t)) for t in self._exact_sums})
            else:
                self._listed = self._set_bits()
        return self._listed

    def _set_bits(self) -> list[float]:
        scale = self._scale
        assert scale is not None
        digits = bin(self._bits)[:1:-1]  # lowest bit first
        offset = self._offset
        out: list[float] = []
        index = digits.find("1")
        while index >= 0:
            out.append(round_total((offset + index) / scale))
            index = digits.find("1", index + 1)
        return out


def reach(terms: Iterable[Collection[float]], scale: int | None) -> Reach:
    found = Reach(scale)
    for choices in terms:
        found.add(choices)
    return found
