"""A year's spend projected from what is spent so far: "budgettet er 96 mio. kr., og ved udgangen af august har vi
brugt 68,4 mio. kr. Hvis forbruget fortsætter i samme tempo, hvad bliver årets forbrug og merforbruget?".

The budget follow-up a finance committee reads every quarter. The role reader had no role for the months gone,
which are said as a month's end ("ved udgangen af august", "by the end of June"), a part of the year ("efter
første halvår", "after Q3") or a count ("efter 8 måneder"), so it asked or went to the documents. Here a budget,
the spend so far and the months gone give the year's spend at the same pace (spent ÷ months × 12) and what it
runs over or under the budget. Taken only when the same pace is said (a straight projection is the question's
assumption, not ours), when there are exactly those two sums, and when the months gone are said once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.part_year import MONTH_NUMBER
from assistant.calc.prices import said_as_money
from assistant.calc.words import asking_text

__all__ = ["read_forecast"]


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_MONTH = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
# the same pace, said as the question's own assumption
_PACE = _re(
    r"\b(?:samme\s+(?:tempo|takt|niveau|hastighed)|same\s+(?:monthly\s+)?(?:pace|rate|level)|i\s+det\s+tempo|"
    r"at\s+this\s+rate|fortsætter\s+(?:som\s+hidtil|uændret)|continues?\s+(?:as\s+(?:now|so\s+far)|unchanged)|"
    r"fremskriv\w*|lineært|straight[- ]line|linear(?:ly)?|"
    r"(?:the\s+)?(?:first[- ]half|first-quarter|year-to-date|ytd|hidtidige|første\s+halvårs)\s+"
    r"(?:pace|rate|tempo|niveau))\b"
)
# the months gone: "ved udgangen af august", "by the end of June", "til og med september", "pr. 30. juni"
_MONTH_END = _re(
    rf"\b(?:(?:ved|med)\s+udgangen\s+af|(?:by|at)\s+the\s+end\s+of|til\s+og\s+med|through|pr\.\s+\d{{1,2}}\.|"
    rf"(?:end\s+of|ultimo))\s+(?P<m>{_MONTH})\b"
)
_PART_OF_YEAR = _re(
    r"\b(?:efter|after|i|in|for)\s+(?:det\s+|the\s+)?(?P<p>første\s+halvår|first\s+half|1\.\s*halvår|"
    r"første\s+kvartal|first\s+quarter|q1|1\.\s*kvartal|andet\s+kvartal|q2|2\.\s*kvartal|tredje\s+kvartal|"
    r"third\s+quarter|q3|3\.\s*kvartal|første\s+tre\s+kvartaler|first\s+three\s+quarters)\b"
)
_FROM_JANUARY = _re(r"\bjan(?:uar|uary)?\.?\s*[-–]\s*(?P<m>feb|mar|apr|jun|jul|aug|sep|okt|oct|nov|[a-z]{3,9})[a-z.]*")
_PARTS = {"halv": 6, "half": 6, "første kvartal": 3, "first quarter": 3, "q1": 3, "1.": 3, "andet": 6, "q2": 6,
          "2.": 6, "tredje": 9, "third": 9, "q3": 9, "3.": 9, "tre kvartaler": 9, "three quarters": 9}  # fmt: skip
_IN_PERCENT = _re(r"\b(?:i\s+procent|in\s+percent(?:age)?|procent\w*|percent(?:age)?)\b|%")
_LEFT_BEFORE = _re(r"\b(?:remaining|resterende|sidste|last|left|tilbageværende|resten\s+af\s+året\s*(?:på|,)?)\s+$")
_MONTHS_AFTER = _re(r"\s*(?:måneder|mdr\.?|months)\b")
_BUDGET = _re(r"\b\w*budget\w*|\bramme\w*|\ballocat\w*|\bbevilling\w*")  # "årsbudgettet", "the budget"
_SPENT = _re(
    r"\b(?:brugt[e]?|forbrugt|forbruget|spent|used|udgifterne\s+(?:er|var)|spend(?:ing)?\s+(?:is|was|so\s+far))\b"
)
_SHARE_SPENT_Q = _re(
    r"\b(?:andel|hvor\s+mange\s+procent|share|what\s+percent(?:age)?|how\s+much\s+of\s+the\s+budget)\b[^.?!]{0,40}?"
    r"\b(?:brugt|forbrugt|spent|used)\b"
)
_PART_YEAR_BUDGET = _re(
    r"\b\w*(?:kvartal|halvår|måneds?)\w*budget\w*|\b(?:quarterly|monthly|half[- ]year(?:ly)?|q[1-4]|month'?s|"
    r"quarter'?s)\s+budget\w*|\bbudget\w*\s+(?:for|til)\s+(?:the\s+)?(?:kvartal\w*|quarter|halvåret|half[- ]year|"
    r"måneden|month)\b"
)
_BUDGET_AFTER = _re(r"\s*(?:kr\.?|dkk)?\s*(?:\w+\s+)?(?:budget|ramme)\b")  # "a DKK 38m budget"
_ASKED = _re(
    r"\b(?:årets\s+forbrug|forbrug\w*\s+for\s+hele\s+året|helårs\w*|hele\s+året|full[- ]year|whole\s+year|"
    r"for\s+the\s+year|projected|forventet\s+(?:forbrug|regnskab)|prognose\w*|forecast\w*|end\s+up|"
    r"land(?:e|er)\s+(?:vi\s+)?(?:så\s+)?på)\b"
)
_OVER_ASKED = _re(
    r"\b(?:merforbrug\w*|mindreforbrug\w*|overskrid\w*|overspen\w*|underspen\w*|over\s+(?:budget|the\s+budget)|"
    r"under\s+(?:budget|the\s+budget)|hvor\s+meget\s+(?:over|under)|how\s+much\s+(?:over|under)|afvigelse\w*)"
)


def _months_gone(text: str) -> tuple[int, tuple[int, int], str] | None:
    """The months of the year gone, with where they are said, from a month's end or a part of the year."""
    found = [(MONTH_NUMBER[m.group("m").lower()], m.span("m"), m.group("m")) for m in _MONTH_END.finditer(text)]
    for m in _FROM_JANUARY.finditer(text):  # "Jan-Apr spend", "januar-april"
        last = next((v for k, v in MONTH_NUMBER.items() if k.startswith(m.group("m").lower())), None)
        if last:
            found.append((last, m.span("m"), m.group(0)))
    for m in _PART_OF_YEAR.finditer(text):
        part = m.group("p").lower()
        months = next((v for k, v in _PARTS.items() if k in part), None)
        if months:
            found.append((months, m.span("p"), m.group("p")))
    return found[0] if len(found) == 1 else None


# "hvor meget må vi bruge om måneden resten af året", "what monthly rate can we afford for the remaining 8 months":
# what is left of the budget, spread over the months left
_MONTHLY_LEFT_Q = _re(
    r"\b(?:må|kan)\s+vi\s+(?:\w+\s+){0,2}?bruge\s+(?:om|pr\.?|hver)\s+måned|\bmånedsforbrug\w*\s+(?:\w+\s+){0,4}?"
    r"(?:ned\s+på|højst|max\w*)|\b(?:monthly\s+(?:rate|spend\w*|budget)|per\s+month|a\s+month)\b[^.?!]{0,40}?"
    r"\b(?:afford|allowed|remaining|rest\s+of|left|stay\s+(?:within|on)|keep\s+to)|\b(?:afford|spend)\s+"
    r"(?:\w+\s+){0,3}?(?:per|a|each)\s+month\b"
)
# "how much lower is that than our current monthly rate", "og hvor meget skal vi så ned": the cut in the monthly rate
_MONTHLY_CUT_Q = _re(
    r"\b(?:lower|less|ned|mindre|lavere)\b[^.?!]{0,40}?\b(?:current|now|i\s+dag|nu|nuværende|hidtil)\b|"
    r"\bcurrent\s+monthly\s+rate\b|\bnuværende\s+månedsforbrug\w*"
)


def read_forecast(reading: Reading, text: str) -> Reading | None:
    """A budget, the spend so far and the months gone, the year at the same pace asked; None when not that."""
    asking = asking_text(text)
    monthly = bool(_MONTHLY_LEFT_Q.search(asking))
    if not monthly and (not _PACE.search(text) or not (_ASKED.search(asking) or _OVER_ASKED.search(asking))):
        return None
    reading = _quarters_added(reading, text)
    used = [i for i, n in enumerate(reading.numbers) if n.role not in ("context", "months_gone")]
    sums = [i for i in used if said_as_money(reading.numbers[i])]
    counted = [i for i in used if i not in sums and _MONTHS_AFTER.match(text, reading.numbers[i].span[1])]
    if len(sums) != 2 or len(used) != 2 + len(counted) or len(counted) > 1:
        return None
    # "a DKK 38m budget and Jan-Apr spend was …": the word right after an amount names it before any word before
    budget = [i for i in sums if _BUDGET_AFTER.match(text, reading.numbers[i].span[1])] or [
        i for i in sums if _BUDGET.search(_before(text, reading.numbers[i], reading.numbers))
    ]
    spent = [i for i in sums if i not in budget and _SPENT.search(_around(text, reading.numbers[i]))]
    if len(budget) != 1 or len(spent) != 1:
        return None
    b_num = reading.numbers[budget[0]]
    if _PART_YEAR_BUDGET.search(_before(text, b_num, reading.numbers) + text[b_num.span[1] : b_num.span[1] + 25]):
        return None  # "kvartalsbudgettet", "the quarterly budget", "månedsbudgettet": not a year's, so no 12 months
    numbers = list(reading.numbers)
    said = _months_gone(text)
    if counted and _LEFT_BEFORE.search(text, 0, numbers[counted[0]].span[0]):
        # "for the remaining 8 months": the months left, which with "Jan-Apr" must make the year
        left = numbers[counted[0]]
        if not 1 <= left.value <= 11 or (said is not None and said[0] + left.value != 12):
            return None
        numbers[counted[0]] = replace(left, role="context", note="part")
        if said is None:
            numbers.append(ReadNumber(12 - left.value, "months_gone", "months", left.span, left.text, noun=left.text))
        counted = []
    if counted:  # "efter 8 måneder"
        gone = numbers[counted[0]]
        if not 1 <= gone.value <= 11 or said is not None:
            return None
        numbers[counted[0]] = replace(gone, role="months_gone", unit="months", alt_role=None, note="")
    elif not any(n.role == "months_gone" for n in numbers):
        if said is None or not 1 <= said[0] <= 11:
            return None
        numbers.append(ReadNumber(float(said[0]), "months_gone", "months", said[1], said[2], noun=said[2]))
    b, s = numbers[budget[0]], numbers[spent[0]]
    numbers[budget[0]] = replace(b, role="budget", unit="kr", alt_role=None, note="")
    parts = "parts" if s.note == "parts" else ""  # the quarters added up, said in the reading line
    numbers[spent[0]] = replace(s, role="spent_so_far", unit="kr", alt_role=None, note=parts)
    numbers.sort(key=lambda n: n.span[0])
    if monthly:
        asked = ["spent_pct"] if _IN_PERCENT.search(asking) else []
        asked += ["monthly_left"] + (["monthly_now", "monthly_cut"] if _MONTHLY_CUT_Q.search(asking) else [])
        return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)
    share = ["spent_pct"] if _SHARE_SPENT_Q.search(asking) else []  # "hvor stor en andel af budgettet er brugt"
    asked = share + ["spend_projected"] + (["over_projected"] if _OVER_ASKED.search(asking) else [])
    if "over_projected" in asked and _IN_PERCENT.search(asking):
        asked.append("over_projected_pct")  # "overspend in DKK and in percent": of the budget
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)


# "13,5 mio. kr. i 1. kvartal og 14,1 mio. kr. i 2. kvartal", "DKK 13.5m in Q1 and 14.1m in Q2": a quarter's spend
_IN_QUARTER_AFTER = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:i|in|during|for)\s+(?:the\s+)?)?(?:q(?P<q>[1-3])\b|(?P<d>[1-3])\.\s*kvartal\b|"
    r"(?P<w>første|andet|tredje|first|second|third)\s+(?:kvartal|quarter)\b)"
)
_QUARTER_WORD = {"første": 1, "first": 1, "andet": 2, "second": 2, "tredje": 3, "third": 3}


# "ved samme tempo som i 2. kvartal", "at Q2's pace": the pace of one quarter, not of the quarters added
_ONE_QUARTER_PACE = _re(
    r"\b(?:tempo|takt|pace|rate|niveau|level)\b[^.?!]{0,20}\b(?:q[1-4]|[1-4]\.\s*kvartal|første|andet|tredje|first|second|"
    r"third|last|sidste)\s*(?:kvartal|quarter)?|\bq[1-4]'?s?\s+(?:pace|rate|level)\b|\b(?:sidste|last)\s+(?:år|year)\b"
)


def _quarters_added(reading: Reading, text: str) -> Reading:
    """The spend said quarter by quarter, from the first on: their sum is the spend so far, and the quarters
    counted are the months gone. A budget follow-up often reports each quarter on its own line."""
    quarters: list[tuple[int, int]] = []
    for i, n in enumerate(reading.numbers):
        m = _IN_QUARTER_AFTER.match(text, n.span[1])
        if m and n.role != "context" and said_as_money(n):
            q = int(m.group("q") or m.group("d") or _QUARTER_WORD[m.group("w").lower()])
            quarters.append((q, i))
    if len(quarters) < 2 or [q for q, _ in quarters] != list(range(1, len(quarters) + 1)):
        return reading
    if _months_gone(text) is not None or not _SPENT.search(text) or _ONE_QUARTER_PACE.search(text):
        return reading  # the months gone said on their own as well: which counts is not settled here
    numbers = list(reading.numbers)
    first = numbers[quarters[0][1]]
    total = sum(numbers[i].value for _, i in quarters)
    for _, i in quarters[1:]:
        numbers[i] = replace(numbers[i], role="context", note="part", alt_role=None)
    numbers[quarters[0][1]] = replace(first, value=total, note="parts")
    end = numbers[quarters[-1][1]].span
    numbers.append(ReadNumber(3.0 * len(quarters), "months_gone", "months", end, f"Q1-Q{len(quarters)}"))
    numbers.sort(key=lambda n: n.span[0])
    return replace(reading, numbers=numbers)


def _before(text: str, n: ReadNumber, numbers: list[ReadNumber]) -> str:
    """The words before an amount, back to the number before it ("a DKK 38m budget and Jan-Apr spend was" is not
    the budget's words for the spend)."""
    start = max([m.span[1] for m in numbers if m.span[1] <= n.span[0]] + [n.span[0] - 40, 0])
    return text[start : n.span[0]]


def _around(text: str, n: ReadNumber) -> str:
    return text[max(0, n.span[0] - 40) : n.span[1] + 25]
