"""Which placement type each of two or more prices belongs to, decided for the prices together.

Each amount first looks for a type on its own (the words right after it, else the nearest before it).
That fails when the types stand on different sides of their prices in one sentence: "DKK 1,250,000 a year
for each child in a residential institution and DKK 480,000 for a foster family" gave the second price the
first price's type, and the first none, so a move's saving came out with the prices swapped or not at all.
Pairing prices with type words by least total distance reads such a sentence the way a person does. It
only repairs readings that are incomplete or contradictory (a price without a type, two prices of the
same type), and only when one pairing is clearly closest; otherwise the question asks, as before.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

from assistant.calc import words
from assistant.calc.amounts import Reading
from assistant.calc.placement_words import KIND_NEAR, kind_of

__all__ = ["pair_prices_with_kinds", "share_the_month"]

_MAX_PRICES = 4
# A placement price under this a year is not one (foster care alone is several hundred thousand kroner), so
# an unmarked price this small, set beside a monthly one, is a month's price too.
_LEAST_YEARLY_PRICE = 150_000
_MARGIN = 8  # characters: a closest pairing that wins by less than this is a tie, and nothing is changed


def pair_prices_with_kinds(reading: Reading, text: str) -> None:
    """Give each placement price the type named nearest to it, all prices at once (in place)."""
    nums = reading.numbers
    prices = [i for i, n in enumerate(nums) if n.role == "cost_per_placement"]
    if not 2 <= len(prices) <= _MAX_PRICES:
        return
    kinds = [nums[i].kind for i in prices]
    if all(kinds) and len(set(kinds)) == len(kinds):
        return  # every price has its own type already
    start = min(words.sentence_bounds(text, nums[i].span[0])[0] for i in prices)
    end = max(words.sentence_bounds(text, nums[i].span[0])[1] for i in prices)
    mentions = _mentions(text, start, end)
    # two prices of one type are not set against each other: only pairings with distinct types count
    scored = sorted(
        (sum(_gap(nums[i].span, mentions[j][0]) for i, j in zip(prices, pick, strict=True)), pick)
        for pick in permutations(range(len(mentions)), len(prices))
        if len({mentions[j][1] for j in pick}) == len(prices)
    )
    if not scored or (len(scored) > 1 and scored[1][0] - scored[0][0] < _MARGIN):
        return
    chosen = [mentions[j][1] for j in scored[0][1]]
    for i, kind in zip(prices, chosen, strict=True):
        nums[i] = replace(nums[i], kind=kind)


def _mentions(text: str, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
    """Type words in order, one per phrase: "residential institution" is one mention, not two."""
    out: list[tuple[tuple[int, int], str]] = []
    for m in KIND_NEAR.finditer(text, start, end):
        kind = kind_of(m.group(0))
        if out and out[-1][1] == kind and m.start() - out[-1][0][1] <= 1:
            out[-1] = ((out[-1][0][0], m.end()), kind)
        else:
            out.append((m.span(), kind))
    return out


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


def share_the_month(reading: Reading, text: str) -> None:
    """ "Opholdssted 50.000 kr. om måneden og en plejefamilie 16.000 kr.": the second price is a month's too.

    People name the period once for prices set side by side. Read alone, the unmarked price was taken as a
    year's and the saving came out as a confident wrong figure. An unmarked price takes the month of a
    monthly price in the same question only when it is too small to be a year's placement price; a larger
    one stays a year's, as written.
    """
    nums = reading.numbers
    prices = [i for i, n in enumerate(nums) if n.role == "cost_per_placement"]
    if not any(nums[i].note == "monthly" for i in prices):
        return
    for i in prices:
        n = nums[i]
        if n.note or n.value >= _LEAST_YEARLY_PRICE or words.CUES["per_year"].match(text, n.span[1]):
            continue
        nums[i] = replace(n, value=n.value * 12, note="monthly")
