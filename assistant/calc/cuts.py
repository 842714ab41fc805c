"""Reading budget cuts, closed cases and price gaps: roles that only show from the verb of a sentence.

"Vi skal finde 2,2 mio. kr." is money to save, not money to spend: read as a budget it would hire the
positions it must cut, a confident wrong answer. So an amount or a percentage that a verb of finding or
cutting governs is a sum to find (``cut_amount``, ``budget_cut_pct`` of a staff budget), and the positions
it equals are positions cut, whose cases stay with the rest. "Luk 20 % af sagerne" is a share of the
cases closed (``close_pct``); the caseload that governs it is today's. Two prices of the two placement
types with their difference asked give the difference a year per child (``price_gap``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.calc import words
from assistant.calc.words import STAFF_NOUN, _re

if TYPE_CHECKING:  # calc_amounts reads the asked quantities, which name patterns from here
    from assistant.calc.amounts import Ctx, Reading, ReadNumber

__all__ = ["CLOSED_Q", "LEFT_Q", "PRICE_GAP_Q", "relate_cuts"]

# "vi skal finde 2,2 mio. kr.", "we must save 10 %", "need to cut DKK 1.8m": a sum or share to find
CUT_BEFORE = _re(
    r"\b(?:skal|må|skulle|bliver\s+nødt\s+til\s+at|must|need\s+to|needs\s+to|have\s+to|has\s+to|"
    r"overvejer\s+at|planlægger\s+at|considers?|considering|plans?\s+to|planning\s+to|wants?\s+(?:a|to)|vil|"
    # "vi er blevet bedt om at finde", "we have been asked to find", "kravet er at spare"
    r"(?:bedt|pålagt)\s+om\s+at|asked\s+to|told\s+to|required\s+to|kravet\s+er\s+at)\s+"
    r"(?:\w+\s+){0,2}?(?:finde|spare|skære|hente|find|save|cut|trim|skæres|spares|reduceres|beskæres|reduced|trimmed)"
    r"\s+(?:(?:ned\s+)?(?:med|på|i|by|of|to)\s+)?(?:about|around|roughly|approximately|ca\.|cirka|omkring)?\s*$|"
    # "Odense expected to find about", "regner med at finde": a sum to find, never "expected to save" (a saving)
    r"\b(?:expect(?:s|ed)?\s+to|forvent(?:er|ede)\s+at|regner\s+med\s+at)\s+(?:find|cut|finde|skære)\s+"
    r"(?:about|around|roughly|ca\.|cirka|omkring)?\s*$"
)
# "a DKK 1.8m cut", "en nedskæring på", "1,8 mio. kr. i besparelse på personalet": the sum is to be found
CUT_AFTER = _re(r"\s*(?:cut|cuts|reduction|nedskæring\w*|reduktion\w*)\b")
# "reduktionen på ca. 17,5 mio. kr.", "a reduction of DKK 2m": the sum to find, named by its noun
CUT_NOUN_BEFORE = _re(
    r"\b(?:reduktion(?:en)?|nedskæring(?:en)?|reduction|cut)\s+(?:på|of)\s+(?:ca\.\s+|cirka\s+|omkring\s+|about\s+)?"
    r"(?:dkk\s+)?$"
)
# "Budgettet til rådgivere er", "lønbudgettet på", "our staff budget of": money spent on staff a year
# up to the amount: a few words, or a longer stretch ending in "er"/"is" ("budget for social workers in the
# children's unit is DKK 18.6m"); never "salary budget goes unspent … at 575,000 kr", a price after "at"
_TO_AMOUNT = (
    r"(?:[^.?!\d]{0,25}|\s+(?:in|i|på|at|within|inden\s+for)\s+[^.?!\d]{0,40}?\b(?:er|is|was|var|udgør|totals?|"
    r"amounts\s+to)\s+(?:dkk\s+|kr\.?\s+)?)$"
)
STAFF_BUDGET_BEFORE = _re(
    rf"\b(?:(?:løn)?budget\w*|lønudgift\w*|ramme\w*)\s+(?:til|for)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b{_TO_AMOUNT}|"
    rf"\bløn(?:budget|ramme|sum)\w*\b{_TO_AMOUNT}|"
    rf"\b(?:staff|salary|payroll|wage)\s+budget\b{_TO_AMOUNT}|\bbudget\s+for\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b"
    rf"{_TO_AMOUNT}"
)
_SPENT_BEFORE = _re(
    r"\b(?:actual\s+)?(?:spend|spent|spending|outturn|forbrug\w*|brugt|regnskab\w*|faktiske?)\b[^.?!\d]{0,20}$"
)
# "lukke 20 % af sagerne", "close 15% of their cases": a share of the cases closed
CLOSE_NEAR = _re(r"\b(?:luk\w*|afslut\w*|close[sd]?|closing|shut)\b")
# "10 % af et budget på 25 mio. kr. bruges på flere rådgivere", "5% of it is earmarked for caseworkers":
# a share of a whole budget set aside to hire with (not a cut: nothing is to be found)
SET_ASIDE = _re(r"\b(?:bruges|anvendes|afsættes|øremærkes|går|earmarked|set\s+aside|spent|used|allocated|goes)\b")
# "… til flere rådgivere", "goes to placements", "bruges på forebyggelse": what the share is set aside for
FOR_SOMETHING = _re(r"\b(?:på|til|for|on|to)\s+(?:\w+\s+){0,2}?\w{4,}")
# "How much is that?", "Hvor mange kroner er det?": the amount a share of a budget comes to
SHARE_AMOUNT_Q = _re(
    r"\bhow\s+much\s+(?:money\s+)?is\s+that\b|\bhvor\s+(?:meget|mange\s+(?:kroner|penge))\s+(?:er|bliver)\s+det\b(?!\s+i\s+procent)"
)
WHOLE_BUDGET_BEFORE = _re(r"budget\w*\b[^.?!\d]{0,50}$")  # "budget på børne- og ungeområdet er", "budget of"
# "a DKK 26.4m salary budget": the budget named after the amount
WHOLE_BUDGET_AFTER = _re(r"\s*(?:kr\.?|dkk|kroner)?\s*(?:[\w-]+\s+){0,2}?[\w-]*budget\w*\b")
OF_CASES_AFTER = _re(
    r"\s*(?:af|of)\s+(?:(?:de|the|their|deres|its|sine|dens|alle|all|our|vores|your|jeres)\s+)?(?:[\d.,]+\s+)?"
    r"(?:\w+\s+)?(?:sager(?:ne)?|cases|dem|them)\b"
)
# "each costs about DKK 85,000 a year", "hver sag koster 85.000 kr.", "85.000 kr. pr. sag": one case's price
CASE_PRICE_BEFORE = _re(
    r"\b(?:each|hver|every)\s+(?:(?:lukke[dt]e?|closed)\s+)?(?:(?:sag|case|one)\s+)?(?:costs?|koster|saves?|sparer)\s+"
    r"(?:\w+\s+){0,2}?(?:dkk\s*)?$|"
    r"\b(?:sagen|(?:a|one|en)\s+(?:\w+\s+)?(?:case|sag))\s+(?:\w+\s+){0,2}?(?:costs?|koster)\s+(?:\w+\s+){0,2}?(?:dkk\s*)?$|"
    # "en forebyggende foranstaltning koster i snit 85.000 kr.": the measure a preventive case pays for, one a case
    r"\b(?:a|one|en|each|hver)\s+(?:\w+\s+)?(?:foranstaltning|measure|intervention)\s+(?:\w+\s+){0,2}?(?:costs?|koster)\s+"
    r"(?:\w+\s+){0,2}?(?:dkk\s*)?$|"
    # "1,240 preventive cases at DKK 72,000 each": the cases' price said right after them
    r"\b(?:cases|sager)\s+(?:at|à|á|til)\s+(?:dkk\s*)?$|"
    r"\b(?:pris|udgift|cost|price)\w*\s+(?:pr\.?|per)\s+(?:sag|case)\b[^.?!\d]{0,20}$"
)
CASE_PRICE_AFTER = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:om\s+året|a\s+year|per\s+year)\s+)?(?:pr\.?|per)\s+(?:sag|case)\b"
)
CLOSED_Q = _re(
    r"\bhvor\s+mange\s+(?:sager\s+)?(?:bliver\s+|vil\s+blive\s+|skal\s+|kan\s+)?(?:så\s+|vi\s+)?(?:der\s+)?(?:lukke[ts]?|afslutte[ts]?)|"
    r"\bhow\s+many\s+(?:cases\s+)?(?:are|get|will\s+be|would\s+be|will\s+get|would\s+get|is\s+that)\s+(?:closed|shut)"
)
# "hvor mange er der så tilbage", "how many cases are still open": the cases left after closing some
OPEN_Q = _re(
    r"\bhvor\s+mange\s+(?:sager\s+)?(?:er\s+der|bliver\s+der|har\s+vi)\s+(?:så\s+)?tilbage\b|"
    r"\bhow\s+many\s+(?:cases\s+)?(?:are|will\s+be|would\s+be)\s+(?:left|still\s+open|remaining)\b|"
    r"\bhow\s+many\s+(?:cases\s+)?remain\b"
)
CLOSING = _re(r"\b(?:lukke\w*|afslutte\w*|close[sd]?|closing|shut)\b")
LEFT_Q = _re(
    rf"\bhvor\s+mange\s+(?:sager\s+)?(?:har|får)\s+(?:hver|den\s+enkelte)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\s+"
    rf"(?:så\s+)?tilbage|\bhow\s+many\s+(?:cases\s+)?(?:does|will|would)\s+each\s+(?:\w+\s+)?(?:{STAFF_NOUN})\s+"
    r"(?:have|be\s+left\s+with|keep)"
)
PRICE_GAP_Q = _re(
    r"\b(?:årlige\s+)?(?:pris)?forskel(?:len)?\s+(?:i\s+(?:pris|udgift)\s+)?(?:om\s+året\s+)?(?:pr\.?|per)\s+"
    r"(?:barn|anbringelse|plads)|\b(?:yearly|annual)\s+(?:price\s+)?difference\s+per\s+(?:child|placement|place)|"
    r"\bdifference\s+(?:in\s+(?:price|cost)\s+)?per\s+(?:child|placement)\b"
)
# "20 % af vores 450 forebyggende sager lukkes", "15% of our 600 cases are closed": the closing verb after
_CLOSED_AFTER = _re(
    r"\s*(?:af|of)\s+(?:vores\s+|our\s+|de\s+|the\s+)?(?:[\d.,]+\s+)?(?:\w+\s+)?(?:sager|sagerne|cases)\s+"
    r"(?:lukkes|bliver\s+lukket|skal\s+lukkes|are\s+closed|get\s+closed|close\b)"
)
_AMOUNT_OPEN = (None, "budget", "savings_given", "extra_cost_total", "cost_per_year", "cost_per_worker")


def relate_cuts(reading: Reading, ctxs: list[Ctx]) -> None:
    """Settle sums and shares to find, shares of cases closed and the asked quantities they change."""
    nums = reading.numbers
    for i, (n, c) in enumerate(zip(nums, ctxs, strict=True)):
        each = CASE_PRICE_BEFORE.search(c.text, max(0, n.span[0] - 40), n.span[0])  # "når hver koster 605.000 kr."
        if n.unit.startswith("kr") and n.role in _AMOUNT_OPEN and STAFF_BUDGET_BEFORE.search(c.clause) and not each:
            nums[i] = replace(n, role="staff_budget", unit="kr", refers_to=None, alt_role=None, note="")
        elif n.unit.startswith("kr") and n.role in _AMOUNT_OPEN and _to_find(c):
            nums[i] = replace(n, role="cut_amount", unit="kr", refers_to=None, alt_role=None, note="")
    _whole_budget_cut(reading, ctxs)
    budget = any(n.role == "staff_budget" for n in nums)
    _spent_beside_budget(nums, ctxs)
    for i, (n, c) in enumerate(zip(nums, ctxs, strict=True)):
        if n.unit != "pct" or n.role not in (None, "reduction_pct"):
            continue
        start, _ = words.sentence_bounds(c.text, n.span[0])
        if budget and CUT_BEFORE.search(c.before):
            nums[i] = replace(n, role="budget_cut_pct")
        elif (
            CLOSE_NEAR.search(c.text, start, n.span[0])
            and (OF_CASES_AFTER.match(c.text, n.span[1]) or words.CASES_NAMED.search(c.text, start, n.span[0]))
        ) or _CLOSED_AFTER.match(c.text, n.span[1]):
            # "lukke 20 % af sagerne", "410 forebyggende sager … overvejer at lukke 20 %", "20 % af vores 450
            # forebyggende sager lukkes"
            nums[i] = replace(n, role="close_pct")
        elif (
            _staff_cut_in_percent(c, n)
            and any(m.role == "staff_now" for m in nums)
            and not any(m.role == "extra_staff" for m in nums)  # "skærer 10 % væk, men ansætter 2 nye": asked
        ):
            nums[i] = replace(n, role="staff_cut_pct", alt_role=None)
    _share_set_aside(reading, ctxs)
    _reduced_placements(reading, ctxs)
    roles = {n.role for n in nums}
    if {"cut_amount", "budget_cut_pct"} & roles:
        cut = {"staff_affordable": "staff_cut", "extra_staff": "staff_cut", "abs_change": "cut_amount"}
        reading.asked = list(dict.fromkeys(cut.get(a, a) for a in reading.asked))
    if "close_pct" in roles:
        _closed_cases(reading, ctxs, roles)
    if "staff_cut_pct" in roles:  # "hvor mange årsværk er der tilbage": the staff left after the cut
        left = {"staff_now": "staff_left", "staff_needed": "staff_left", "extra_staff": "staff_cut"}
        reading.asked = list(dict.fromkeys(left.get(a, a) for a in reading.asked))
    if "reduction_pct" in roles and "placements_total" in roles and not reading.move:
        # "6 % færre anbringelser … hvor mange anbringelser er det": the ones avoided, not children moved
        reading.asked = list(dict.fromkeys("avoided" if a == "moved" else a for a in reading.asked))
    if "spend_pct" in roles and "budget_whole" in roles and SHARE_AMOUNT_Q.search(ctxs[0].text if ctxs else ""):
        reading.asked = ["budget"]  # "62 % går til anbringelser. How much is that?": the share in kroner
    if "price_gap" in reading.asked:
        reading.asked = [a for a in reading.asked if a != "cost_per_year"]


# "hvor mange stillinger svarer det til", "how many posts (at DKK 640,000) does it equal", "in posts"
_POSTS_Q = _re(
    r"\b(?:hvor\s+mange\s+(?:stillinger|rådgivere|årsværk)|how\s+many\s+(?:posts|positions|jobs|caseworkers|"
    r"social\s+workers|fte)|in\s+posts|i\s+stillinger)\b"
)


def _budget_named(c: Ctx, n: ReadNumber) -> bool:
    """An amount said to be a budget, before it ("budgettet på") or after it ("a DKK 26.4m salary budget")."""
    return bool(WHOLE_BUDGET_BEFORE.search(c.text, max(0, n.span[0] - 60), n.span[0])
                or WHOLE_BUDGET_AFTER.match(c.text, n.span[1]))  # fmt: skip


def _whole_budget_cut(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "Budgettet på 48 mio. kr. skal skæres med 2,5 % … hvor mange stillinger svarer det til": a whole budget
    cut by a share and the cut turned into posts, the same sum as a staff budget's cut."""
    nums = reading.numbers
    if any(n.role == "staff_budget" for n in nums) or not _POSTS_Q.search(ctxs[0].text if ctxs else ""):
        return
    cut = [i for i, (n, c) in enumerate(zip(nums, ctxs, strict=True))
           if n.unit == "pct" and n.role in (None, "reduction_pct")
           and CUT_BEFORE.search(c.text, 0, n.span[0])]  # fmt: skip
    wholes = [i for i, (n, c) in enumerate(zip(nums, ctxs, strict=True))
              if n.unit.startswith("kr") and n.role in _AMOUNT_OPEN
              and _budget_named(c, n)]  # fmt: skip
    if len(cut) == 1 and len(wholes) == 1:
        i = wholes[0]
        nums[i] = replace(nums[i], role="budget_whole", unit="kr", refers_to=None, alt_role=None, note="")
        nums[cut[0]] = replace(nums[cut[0]], role="budget_cut_pct")


def _closed_cases(reading: Reading, ctxs: list[Ctx], roles: set[str | None]) -> None:
    """A share of the cases closed: the caseload it starts from, one case's price, and what is asked of it."""
    nums = reading.numbers
    _case_price(reading, ctxs)
    for i, n in enumerate(nums):  # "44 rådgivere med hver 25 sager": the caseload a closure starts from
        if n.role == "target" and not words.TARGET_CUE.search(ctxs[i].before):
            nums[i] = replace(n, role="caseload_now", alt_role=None)
    ask = {"caseload": "caseload_left"}
    if "cases" in roles:  # "600 cases … close 20 % … how many cases is that": the ones closed, not the 600
        ask["cases"] = "cases_closed"
    reading.asked = list(dict.fromkeys(ask.get(a, a) for a in reading.asked))


def _case_price(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "Luk 20 % af 600 sager; hver sag koster 85.000 kr. om året": one case's yearly price, which prices
    the cases closed; read as a spend it had been cut by the share (20 % of 85.000 kr.)."""
    nums = reading.numbers
    priced = [i for i, (n, c) in enumerate(zip(nums, ctxs, strict=True))
              if n.unit.startswith("kr")
              and n.role in (*_AMOUNT_OPEN, "cost_per_placement", "placement_spend", "savings_given")
              and (CASE_PRICE_BEFORE.search(c.text, max(0, n.span[0] - 70), n.span[0])
                   or CASE_PRICE_AFTER.match(c.text, n.span[1]))]  # fmt: skip
    returns = _COME_BACK.search(ctxs[0].text) if ctxs else None
    if len(priced) == 1 and sum(n.unit.startswith("kr") for n in nums) == 1 and returns is None:
        i = priced[0]
        nums[i] = replace(nums[i], role="price_each", unit="kr", kind="", note="", refers_to=None, alt_role=None,
                          noun=_CASE_NOUN[reading.language])  # fmt: skip
        reading.asked = list(dict.fromkeys("savings_per_year" if a == "cost_per_year" else a for a in reading.asked))


_CASE_NOUN = {"da": "sag", "en": "case"}
# cases closed that come back, or only some of them: the saving is not every closed case's price
_COME_BACK = _re(
    r"\b(?:return\w*|come\s+back|comes\s+back|reopen\w*|re-?open\w*|vender\s+tilbage|kommer\s+(?:tilbage|igen)|"
    r"genåbne\w*|halvdelen|half\s+of|a\s+third|en\s+tredjedel|en\s+fjerdedel|a\s+quarter)\b"
)


def _share_set_aside(reading: Reading, ctxs: list[Ctx]) -> None:
    """A share of a whole budget set aside for something (staff, placements, prevention): the share and the
    whole, the money it comes to."""
    nums = reading.numbers
    shares = [i for i, (n, c) in enumerate(zip(nums, ctxs, strict=True))
              if n.unit == "pct" and n.role is None and _set_aside_for_staff(c.text, n.span)]  # fmt: skip
    wholes = [i for i, (n, c) in enumerate(zip(nums, ctxs, strict=True))
              if n.unit.startswith("kr") and n.role in (*_AMOUNT_OPEN, "cost_per_placement", "placement_spend")
              and _budget_named(c, n)]  # fmt: skip
    if len(wholes) > 1:  # "40 % of a DKK 15m budget … how many FTEs at 600k": a worker's price is no whole
        wholes = [i for i in wholes if nums[i].role != "cost_per_worker"]
    if len(shares) == 1 and len(wholes) == 1:
        nums[shares[0]] = replace(nums[shares[0]], role="spend_pct")
        nums[wholes[0]] = replace(nums[wholes[0]], role="budget_whole", unit="kr", kind="", note="", refers_to=None)


def _set_aside_for_staff(text: str, span: tuple[int, int]) -> bool:
    """The share's sentence sets money aside ("øremærkes 12 % til flere rådgivere", "62% goes to placements");
    a share of cases ("20 % af sagerne") is read elsewhere."""
    start, end = words.sentence_bounds(text, span[0])
    if OF_CASES_AFTER.match(text, span[1]) or _RISE_BEFORE.search(text, start, span[0]):
        return False  # "if that cost goes up 2.5%": a rise in a price, not a share of the budget
    return bool(SET_ASIDE.search(text, start, end)) and bool(FOR_SOMETHING.search(text, start, end))


_RISE_BEFORE = _re(
    r"\b(?:goes\s+up|go\s+up|rises?|increases?|stiger|øges|hæves|forhøjes|stige|vokser)\s+(?:\w+\s+){0,2}?(?:by\s+|med\s+)?$"
)
_FROM_BEFORE = _re(r"\b(?:from|fra)\s+$")
_PLACEMENTS_NAMED = _re(rf"\b(?:{words.PLACEMENT_NOUN})\b")
_OF_BASE = _re(r"\b(?:af|of)\s+(?:vores|our|de|the|alle|all|i\s+alt)\s*$")


def _reduced_placements(reading: Reading, ctxs: list[Ctx]) -> None:
    """ "Nedbringer vores 150 anbringelser med 6 %", "cut placements by 6 % on our 150": the percentage
    says how many are avoided, so the count is the placements there are, not the ones avoided.

    A count of placements with no word for avoiding them was read as avoided; beside a reduction in
    percent that stated 150 avoided placements and a saving of 174 mio. kr. where 10 mio. is right.
    """
    nums = reading.numbers
    if not any(n.role == "reduction_pct" for n in nums):
        return
    avoided = [i for i, n in enumerate(nums) if n.role == "avoided"]
    unread = [i for i, n in enumerate(nums) if n.role is None and (n.unit == "placements" or (
        n.unit == "" and _FROM_BEFORE.search(ctxs[i].before) and _PLACEMENTS_NAMED.search(ctxs[i].text)))]  # fmt: skip
    # "from 80 placements", "placements fall 6 % from 150"
    base = len(avoided) == 1 and _OF_BASE.search(ctxs[avoided[0]].before)  # "10 % færre af vores 40"
    if len(avoided) == 1 and not unread and (base or not words.CUES["avoid"].search(ctxs[avoided[0]].before[-30:])):
        i = avoided[0]
        nums[i] = replace(nums[i], role="placements_total", unit="placements")
    elif len(unread) == 1 and not avoided:
        nums[unread[0]] = replace(nums[unread[0]], role="placements_total")


# "skære 10 % af rådgiverne væk", "spare 12,5 % på myndighedsrådgivningen, der er 33 årsværk", "cut the staff by 10%"
_CUT_VERB = _re(r"\b(?:skær\w*|spar\w*|cut\w*|reduc\w*|nedlæg\w*|nedskær\w*|trim\w*|beskær\w*|shrink\w*)\b")
_STAFF_CUT = _re(
    rf"\b(?:{words.STAFF_NOUN}|medarbejderstab\w*|staben|normering\w*|myndighedsrådgivning\w*|årsværk|stillinger\w*|"
    r"staff(?:ing)?|workforce|headcount|posts|positions)\b"
)
_NOT_STAFF = _re(
    rf"\b(?:{words.CASE_NOUN}|{words.PLACEMENT_NOUN}|budget\w*|udgift\w*|kroner|kr\.|dkk|spend\w*|løn\w*)\b"
)


def _staff_cut_in_percent(c: Ctx, n: ReadNumber) -> bool:
    """A percentage the staff is cut by: a verb of cutting in its sentence and the staff named right by it, with no
    cases, placements or money said as what is cut ("skære 10 % på budgettet" is a budget cut)."""
    start, end = words.sentence_bounds(c.text, n.span[0])
    near = c.text[max(start, n.span[0] - 45) : min(end, n.span[1] + 45)]
    return bool(
        _CUT_VERB.search(c.text, start, end) and _STAFF_CUT.search(near) and not _NOT_STAFF.search(near)
    )


def _spent_beside_budget(nums: list[ReadNumber], ctxs: list[Ctx]) -> None:
    """ "our actual spend is DKK 19.2m" beside the staff budget: what was spent, not money to hire with."""
    if not any(n.role == "staff_budget" for n in nums):
        return
    for i, (n, c) in enumerate(zip(nums, ctxs, strict=True)):
        if n.unit.startswith("kr") and n.role in (None, "budget") and _SPENT_BEFORE.search(c.before[-40:]):
            nums[i] = replace(n, role="context", refers_to=None, alt_role=None, note="")


def _to_find(c: Ctx) -> bool:
    """A sum to find: "skal finde 2,4 mio. kr." before it, or "a DKK 1.8m cut" after it."""
    return bool(CUT_BEFORE.search(c.before) or CUT_AFTER.match(c.after) or CUT_NOUN_BEFORE.search(c.before))
