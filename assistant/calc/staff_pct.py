"""Staff in percent when the caseload moves and the cases stay: "40 → 25 pr. rådgiver" is 60 % more staff.

A question that asks how many percent more (or fewer) workers a caseload change takes asks about staff,
not about the caseload's own change; answering the caseload's fall (37,5 %) there would be a confident
wrong figure. At a fixed number of cases staff is cases ÷ caseload, so the staff change is the caseload
change turned upside down: staff after ÷ staff before = caseload before ÷ caseload after.
"""

from __future__ import annotations

from assistant.calc.words import STAFF_NOUN, _re

__all__ = ["STAFF_PCT_Q", "caseload_pair_ends"]

# "hvor mange procent flere rådgivere", "by what percent did the staff grow", "what percentage more workers"
STAFF_PCT_Q = _re(
    rf"\b(?:med\s+)?hvor\s+mange\s+procent\s+(?:flere|færre|mere|ekstra)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
    rf"\bhvor\s+mange\s+procent\s+(?:\w+\s+){{0,2}}?(?:stiger|steg|vokser|voksede|falder|faldt)\s+"
    rf"(?:antallet\s+af\s+)?(?:{STAFF_NOUN}|medarbejderstaben|staben|normeringen)\b|"
    rf"\b(?:by\s+)?(?:what|how\s+many)\s+percent(?:age)?\s+(?:more|fewer|extra)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
    rf"\bby\s+what\s+percent(?:age)?\s+(?:did|does|do|would|will|must|should)\s+(?:the\s+|our\s+)?"
    rf"(?:number\s+of\s+)?(?:{STAFF_NOUN}|team|workforce|headcount|staffing)\s+(?:grow|rise|increase|go\s+up|fall|shrink|drop)|"
    # "hvor mange procent skal normeringen øges", "hvor mange procent skal vi øge normeringen med"
    rf"\bhvor\s+mange\s+procent\s+(?:skal|må|bør|vil|ville)\s+(?:(?:vi|man)\s+(?:øge|udvide|hæve)\s+)?(?:antallet\s+af\s+)?"
    rf"(?:{STAFF_NOUN}|medarbejderstaben|staben|normeringen)\b(?:\s+(?:øges|stige|vokse|udvides|hæves|med))?|"
    rf"\bwhat\s+percent(?:age)?\s+(?:increase|rise|growth)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?:{STAFF_NOUN}|staffing|headcount)\b"
)


def caseload_pair_ends(roles: list[tuple[str | None, str]], caseload_pair: bool) -> dict[str, int]:
    """Which numbers are the caseload before and after when a from-to pair is a caseload pair.

    ``roles`` are (role, unit) of the reading's numbers. Only one count of cases may stand beside the
    pair: two counts of cases mean the cases change too, and then staff does not follow the caseload.
    """
    if not caseload_pair or sum(1 for r, _ in roles if r == "cases") > 1:
        return {}
    ends = {r: i for i, (r, _) in enumerate(roles) if r in ("value_from", "value_to")}
    return {"load_from": ends["value_from"], "load_to": ends["value_to"]} if len(ends) == 2 else {}
