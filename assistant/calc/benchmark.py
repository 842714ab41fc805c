"""Our placement price against a national average: "DKK 10.2m a year for 8 kids … the gap to the national
average of DKK 1.16m per child and across all 8", "hvor mange procent ligger den over landsgennemsnittet på
1.160.000 kr.?".

The average is a yardstick, not our price: read as a second price per placement it clashed with the spend
and the count (8 × 1,16 mio. is not 10,2 mio.), so nothing was answered, or it priced our own children.
Here the amount named as an average becomes the ``benchmark``; our price is the one the question gives, or
the spend over the count; and the asked difference, in kroner, in percent of the average, or for all our
placements, is the gap between the two.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading
from assistant.calc.rule import Rule
from assistant.calc.words import PCT_WORD, asking_text

__all__ = ["BENCHMARK_RULES", "read_benchmark"]

# "landsgennemsnittet på 1.160.000 kr.", "the national average of DKK 1.16m", "gennemsnittet på landsplan (470.000)"
_BENCH_BEFORE = re.compile(
    r"\b(?:lands(?:gennemsnit|snit)\w*|(?:gennemsnit\w*|snittet)\s+(?:på\s+landsplan|i\s+(?:hele\s+)?landet)|"
    r"national\s+(?:average|mean|benchmark|figure)|(?:average|mean)\s+(?:in|for|across)\s+(?:denmark|the\s+country)|"
    r"benchmark\w*)\b[^.?!\d]{0,25}$",
    re.IGNORECASE,
)
# "what's the gap", "hvor meget dyrere", "how much above", "forskellen": the difference in kroner asked
_GAP_Q = re.compile(
    r"\b(?:gap|difference|forskel\w*|how\s+much\s+(?:more|above|higher|dearer|over|less|below|cheaper)|"
    r"hvor\s+meget\s+(?:mere|dyrere|over|højere|mindre|billigere|under))\b",
    re.IGNORECASE,
)
# "across all 8", "for alle 12", "i alt for vores børn", "in total": the gap for every placement of ours
_ALL_Q = re.compile(r"\b(?:across\s+all|for\s+all|in\s+total|i\s+alt|for\s+alle|samlet|tilsammen|altogether)\b", re.I)
_KRONER_Q = re.compile(r"\b(?:kroner|kr\.|dkk)(?=\s|$|[,.?!])|\bin\s+money\b|\bi\s+penge\b", re.I)
_PCT_ASKED = {"pct_change", "pct_share", "over_target_pct"}
_GAP_ASKED = {"abs_change", "difference", "price_gap"}


def read_benchmark(reading: Reading, text: str) -> None:
    """An amount named as an average to compare with becomes the yardstick, in place; the asked differences
    become gaps to it. Taken only when our own price is there to compare: given, or a spend and its count."""
    nums = reading.numbers
    bench = [
        i for i, n in enumerate(nums)
        if n.unit.startswith("kr") and _BENCH_BEFORE.search(text, max(0, n.span[0] - 70), n.span[0])
    ]  # fmt: skip
    if len(bench) != 1:
        return
    spent = reading.first("placement_spend") is not None and reading.first("placements_total") is not None
    priced = [i for i, n in enumerate(nums) if n.role == "cost_per_placement" and i != bench[0]]
    if not spent and len(priced) != 1:
        return
    i = bench[0]
    nums[i] = replace(nums[i], role="benchmark", unit="kr_per_child", alt_role=None, kind="")
    total = reading.first("placements_total")
    for j, n in enumerate(nums):
        if n.role is None and total is not None and n.value == total.value:
            nums[j] = replace(n, role="context", note="part")  # "across all 8": the count said again
    asking = asking_text(text)
    asked: list[str] = []
    for a in reading.asked:
        asked.append("bench_gap_pct" if a in _PCT_ASKED else "bench_gap" if a in _GAP_ASKED else a)
    in_kroner = not PCT_WORD.search(asking) or _KRONER_Q.search(asking)  # "in kroner and percent": both
    if _GAP_Q.search(asking) and in_kroner and "bench_gap" not in asked:
        asked.insert(0, "bench_gap")
    if PCT_WORD.search(asking) and "bench_gap_pct" not in asked:
        asked.append("bench_gap_pct")
    if total is not None and _ALL_Q.search(asking):
        asked.append("bench_gap_total")
    reading.asked = list(dict.fromkeys(asked))


# our price against the yardstick: in kroner, in percent of it, and for all our placements
BENCHMARK_RULES: tuple[Rule, ...] = (
    Rule("bench_gap", ("cost_per_placement", "benchmark"), lambda a, b: a - b, "{cost_per_placement} − {benchmark}"),
    Rule(
        "bench_gap_pct",
        ("cost_per_placement", "benchmark"),
        lambda a, b: (a - b) / b * 100,
        "({cost_per_placement} − {benchmark}) ÷ {benchmark} × 100",
    ),
    Rule("bench_gap_total", ("bench_gap", "placements_total"), lambda g, n: g * n, "{bench_gap} × {placements_total}"),
)
