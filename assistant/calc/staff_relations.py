"""How the staff counts of a calculation question relate, to each other and to the money beside them.

Apart from ``calc_relations`` (which runs every pass in a fixed order) so each stays short: staff leaving
out of today's ("two of our 14 social workers leave"), a bare count sharing the cases ("vi er 24 om 1.080
sager"), pay with a surcharge on it, which counted workers are priced, the budget for the posts a
question asks it pays for, and an amount tied to no noun in a question about staff only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amount_words import NOUNS_BEFORE_AMOUNT, OVER_YEARS_LATER
from assistant.calc.amounts import WORKER_COST, Ctx, Reading


def _unanchored_amounts(reading: Reading, text: str) -> None:
    """An amount tied to no noun in a question about staff only: a cost per worker, said as read."""
    money_asked = {"cost_per_year", "cost_total", "break_even", "break_even_pct"} & set(reading.asked)
    if (
        not money_asked
        or reading.cues & {"foster", "residential"}
        or NOUNS_BEFORE_AMOUNT["placement"].search(text)
    ):
        return
    if any(n.role in ("cost_per_worker", "staff_cost_total", "cost_per_year") for n in reading.numbers):
        return
    loose = [i for i, n in enumerate(reading.numbers) if n.role is None and n.unit.startswith("kr")]
    if len(loose) == 1 and WORKER_COST[0] <= reading.numbers[loose[0]].value <= WORKER_COST[1]:
        i = loose[0]
        reading.numbers[i] = replace(reading.numbers[i], role="cost_per_worker", unit="kr_per_worker", note="each")


_YEAR_LABEL_BEFORE = re.compile(r"\b(?:år|year)\s+$", re.IGNORECASE)


def _staff_leaving(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "two of our 14 social workers leave", "skærer 4 af vores 37 rådgivere": staff cut from today's."""
    nums = reading.numbers
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        sentence = ctxs[i].clause + ctxs[i].text[a.span[0] : b.span[1] + 40]
        if a.role is None and b.role == "staff_now" and words.OUT_OF_BEFORE_NEXT.fullmatch(ctxs[i].after):
            if words.LEAVE.search(sentence):
                nums[i] = replace(a, role="staff_cut", unit="workers")
        elif (
            a.role == "staff_now"
            and b.role in (None, "staff_now")
            and words.CUT_OF_BETWEEN.fullmatch(ctxs[i].after)
            and words.LEAVE.search(sentence)
        ):  # "skærer 5 rådgivere væk af de 48, vi har"
            nums[i] = replace(a, role="staff_cut", unit="workers")
            nums[i + 1] = replace(b, role="staff_now", unit="workers")
    # "1,680 cases and 48 social workers. If the budget cuts 5 positions": a second staff count that a cut
    # or a leaving verb governs, after today's staff, is the staff cut
    for i in range(1, len(nums)):
        n = nums[i]
        earlier = any(m.role == "staff_now" for m in nums[:i])
        leaving = words.LEAVE.search(ctxs[i].before[-30:]) or words.LEAVE_AFTER.match(ctxs[i].after)
        if n.role == "staff_now" and earlier and leaving:
            nums[i] = replace(n, role="staff_cut", unit="workers")
        elif (
            n.role is None
            and n.unit in ("", "workers")
            and earlier
            and words.LEAVE_NOW_AFTER.match(ctxs[i].after)
            and not _YEAR_LABEL_BEFORE.search(ctxs[i].before)  # "I år 3 stopper tilskuddet": a year, not staff
        ):
            nums[i] = replace(n, role="staff_cut", unit="workers")  # "22 rådgivere … 3 stopper til nytår"
    # "Vi nedlægger 4 stillinger à 600.000 kr.", "we cut 4 posts": the only staff count, cut by its verb
    staff = [i for i, n in enumerate(nums) if n.role == "staff_now"]
    if len(staff) == 1 and words.LEAVE.search(ctxs[staff[0]].before[-30:]):
        nums[staff[0]] = replace(nums[staff[0]], role="staff_cut", unit="workers")


def _staff_on_cases(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "vi er 24 om 1.080 sager", "28 on 980 cases": a bare count sharing the cases is today's staff (an
    amount "for 1,200 cases" is money, never staff)."""
    nums = reading.numbers
    if any(n.role == "staff_now" for n in nums):
        return
    for i in range(len(nums) - 1):
        bare = nums[i].role is None and not nums[i].unit.startswith("kr") and nums[i].unit != "pct"
        if bare and nums[i + 1].role == "cases" and words.SHARING_BETWEEN.fullmatch(ctxs[i].after):
            nums[i] = replace(nums[i], role="staff_now", unit="workers")
            return


def _surcharged_pay(reading: Reading) -> None:
    """ "En rådgiver får 480.000 kr. i løn, og vi lægger 25 % oven i til overhead": the price read per worker
    is the pay, and the cost per worker is the pay with the surcharge (a rule in the solver)."""
    if not reading.first("surcharge_pct"):
        return
    nums = reading.numbers
    priced = [i for i, n in enumerate(nums) if n.role == "cost_per_worker"]
    if len(priced) == 1:
        nums[priced[0]] = replace(nums[priced[0]], role="salary")
    else:
        for i, n in enumerate(nums):
            if n.role == "surcharge_pct":
                nums[i] = replace(n, role=None)  # nothing (or too much) to add it to: asked about


def _priced_staff(reading: Reading) -> None:
    """Which counted workers are priced: "Hvad koster 4 rådgivere?" prices the 4 when there is nothing to
    staff against; "HR says 4 social workers cost 2.4 million in total" after today's staff is a price quote."""
    nums = reading.numbers
    for n in nums:
        ref = n.refers_to
        today = ref is not None and nums[ref].role == "staff_now"
        if (
            n.role == "staff_cost_total"
            and ref is not None
            and today
            and any(m.role == "staff_now" for m in nums[:ref])
        ):
            nums[ref] = replace(nums[ref], role="priced_staff")
    for n in nums:
        ref = n.refers_to
        if (
            n.role == "staff_cost_total"
            and ref is not None
            and nums[ref].role == "extra_staff"
            and any(m.role == "extra_staff" and m.value != nums[ref].value for m in nums[ref + 1 :])
        ):
            nums[ref] = replace(nums[ref], role="priced_staff")  # "3 cost 1.89m in total; what would five cost?"
    money_asked = set(reading.asked) & {"cost_per_year", "cost_total", "net_per_year", "net_total",
                                         "break_even", "break_even_pct", "cost_per_worker"}  # fmt: skip
    roles = {n.role for n in reading.numbers}
    if money_asked and not roles & {"cases", "target", "caseload_now", "extra_staff", "staff_to", "staff_cut"}:
        reading.numbers = [replace(n, role="extra_staff") if n.role == "staff_now" else n for n in reading.numbers]


def _budget_for_affordable(reading: Reading, text: str) -> None:
    """ "We have DKK 2,000,000 for new caseworkers … how many can we hire": when positions a budget pays
    for are asked and no amount was read as the budget, the one amount that is not a unit price is it."""
    nums = reading.numbers
    if "staff_affordable" not in reading.asked or any(n.role == "budget" for n in nums):
        return
    open_ = [i for i, n in enumerate(nums) if n.unit.startswith("kr") and n.role in (None, "extra_cost_total",
                                                                                    "staff_cost_total")]  # fmt: skip
    prices = [i for i, n in enumerate(nums) if n.role == "cost_per_worker"]
    if not open_ and len(prices) == 2:
        # "hvor mange stillinger kan 2,2 mio. kr. om året betale … 482.946 kr. pr. socialrådgiver": two amounts read
        # as a price; the one said per worker is the price, the other the sum to spend
        per = [i for i in prices if words.PER_WORKER_AFTER.match(text, nums[i].span[1])]
        open_ = [i for i in prices if i not in per] if len(per) == 1 else []
    priced = any(n.role == "cost_per_worker" for i, n in enumerate(nums) if i not in open_)
    if len(open_) == 1 and priced:
        # a total for the new staff "over the next 3 years", a grant "to fund extra caseworkers for 3 years":
        # a sum for the period
        n = nums[open_[0]]
        note = "over_years" if n.note == "over_years" or OVER_YEARS_LATER.match(text, n.span[1]) else ""
        nums[open_[0]] = replace(nums[open_[0]], role="budget", unit="kr", refers_to=None, note=note)
