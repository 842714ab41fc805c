"""A move named only by where the children go: "if 3 kids move to foster care", "hvis de i stedet kom i plejefamilie".

People rarely say "from X to Y" when both prices are already on the table: the type they leave is the
other one priced. That is read only when exactly the two placement types are priced and the words name a
move *to* one of them; "3 børn anbragt i plejefamilie" names no move. When the children moving are a
pronoun ("de", "they", "alle") the count placed now of the other type is the count that moves.

A move named by neither end ("Vi flytter 7 børn. Hvad er besparelsen?") with both types priced and a
saving asked goes from the dearer type to the cheaper: a saving is only there that way round. The
answer's first line says which way it was read, so a person who meant otherwise sees it at once.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amount_words import SAVE_BEFORE
from assistant.calc.amounts import Reading
from assistant.calc.placement_words import MOVE, kind_of
from assistant.calc.words import _FOSTER, _RESIDENTIAL, VERSUS_BETWEEN, _re

__all__ = ["MOVE_VERBS", "read_move_to", "saving_per_moved"]

MOVE_VERBS = (
    r"flytte\w*|flyt|flyttes|move[sd]?|moving|transfer\w*|overgå\w*|kom|komme|kommer|go|goes|went|gik|går|"
    r"were\s+(?:moved|transferred)|was\s+(?:moved|transferred)"
)
# "move to foster care", "kom i stedet i plejefamilie", "went into foster families instead"
MOVE_TO_ONLY = _re(
    rf"\b(?:{MOVE_VERBS})\s+(?:(?:i\s+stedet|instead|over|all|alle|selv)\s+)?(?:til|to|into|in|i|på)\s+"
    rf"(?:en\s+|et\s+|a\s+|an\s+)?(?P<b>{_RESIDENTIAL}|{_FOSTER})"
)
# "hvis de i stedet kom", "if they moved", "if all of them went": every child of the other type moves
# never "a third of them", "25 % af dem", "some of the children": a share moves, not every child
THEY_BEFORE = _re(
    r"(?<!\bof\s)(?<!\baf\s)(?<!\bud\s)\b(?:de|dem|alle|they|them|all\s+of\s+them|the\s+children|the\s+kids|børnene|"
    r"de\s+børn)\s+(?:[\w-]+\s+){0,2}?$"
)


# "a third of them", "halvdelen", "a quarter", "25 %": a share of the children, read elsewhere or asked
_SHARE = _re(
    r"\b(?:third|half|quarter|fifth|tredjedel\w*|halvdel\w*|fjerdedel\w*|femtedel\w*|some|nogle|several|a\s+few)\b|%|"
    r"\b(?:procent|percent)\b"
)


def words_share(text: str) -> bool:
    """Whether the question names a share of the children rather than all of them."""
    return bool(_SHARE.search(text))


def read_move_to(reading: Reading, text: str) -> bool:
    """Set ``reading.move`` from a move named by its end only; whether one was read."""
    priced = {n.kind for n in reading.numbers if n.role == "cost_per_placement" and n.kind}
    if priced != {"residential", "foster"}:
        return False
    for m in MOVE_TO_ONLY.finditer(text):
        to = kind_of(m.group("b"))
        source = "foster" if to == "residential" else "residential"
        shared = reading.first("moved_share") or words_share(text)
        if not reading.first("moved") and not shared and THEY_BEFORE.search(text, 0, m.start()):
            placed = [i for i, n in enumerate(reading.numbers) if n.role == "placements_total" and n.kind == source]
            if len(placed) != 1:
                return False
            i = placed[0]
            reading.numbers[i] = replace(reading.numbers[i], role="moved", unit="children")
        if not reading.first("moved"):
            return False
        reading.move = (source, to)
        return True
    return _move_to_cheaper(reading, text)


_SAVING_ASKED = {"saving_per_child", "savings_per_year", "savings_total", "net_per_year", "net_total"}


def _move_to_cheaper(reading: Reading, text: str) -> bool:
    """Children moved, both types priced, a saving asked, no end named: from the dearer to the cheaper."""
    if not (reading.first("moved") and MOVE.search(text) and _SAVING_ASKED & set(reading.asked)):
        return False
    prices = {n.kind: n.value for n in reading.numbers if n.role == "cost_per_placement" and n.kind}
    if set(prices) != {"residential", "foster"} or prices["residential"] == prices["foster"]:
        return False
    dear = max(prices, key=lambda k: prices[k])
    reading.move = (dear, "foster" if dear == "residential" else "residential")
    return True


# "forskellen er 700.000 kr. pr. barn", "the difference is DKK 650,000 per child": the gap between the two types
_GAP_BEFORE = _re(
    r"\b(?:pris|udgifts)?forskel(?:len)?\s+(?:\w+\s+){0,2}?(?:er|på|udgør)\s+(?:\w+\s+)?$|"
    r"\b(?:price\s+|cost\s+)?(?:difference|gap)\s+(?:\w+\s+){0,2}?(?:is|of)\s+(?:\w+\s+)?(?:dkk\s*)?$"
)


def saving_per_moved(reading: Reading, text: str) -> None:
    """ "3 kids moved from institution to foster care, saving 650k per kid": the saving per child moved,
    not the price of either type (read as the foster price it stated a saving of 1,35 mio. kr. too little)."""
    nums = reading.numbers
    for i, n in enumerate(nums):
        before = (max(0, n.span[0] - 30), n.span[0])
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if nxt is not None and VERSUS_BETWEEN.fullmatch(text[n.span[1] : nxt.span[0]]):
            continue  # "the saving at DKK 1.16m versus DKK 470k": two prices set against each other, not the saving
        if n.role == "cost_per_placement" and (SAVE_BEFORE.search(text, *before) or _GAP_BEFORE.search(text, *before)):
            nums[i] = replace(n, role="saving_per_child", unit="kr_per_child", kind="")
