"""Vacant posts: "38 posts, 5 of them vacant", "31 normeringer, men 4 stillinger står vakante".

The reader took the posts for today's staff and left the vacant count without a role, so it asked; the
caseload a manager means is the one the staff in post carry, and "fully staffed" is the caseload with every
post filled. Here the staff in post (the posts less the vacant ones, or the count said as "de 27 besatte")
are today's staff and the posts are the staff after; the reading line says both ("33 rådgivere i dag (i
stilling: 38 − 5)"). Taken only when the counts add up and nothing else is unread.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.calc import words
from assistant.calc.amounts import Reading, ReadNumber
from assistant.numbers import format_number

__all__ = ["vacant_posts"]

# "what if we fill half the vacancies", "hvis vi besætter 2 af dem": some posts filled, not all
_SOME_FILLED = re.compile(
    r"\b(?:half|halvdelen|halvt|some|nogle|part\s+of|dele?\s+af|a\s+third|a\s+quarter|en\s+del)\b|\d\s*%|"
    r"\b(?:fill|filled|besætte\w*|genbesætte\w*)\s+(?:\w+\s+)?\d",
    re.I,
)

# away from work though in post: "2 af dem er langtidssygemeldte", "two of them are on long-term sick leave"
_AWAY = r"\w*sygemeld\w*|på\s+barsel|på\s+orlov|on\s+(?:long[- ]term\s+)?(?:sick\s+)?leave|off\s+sick|on\s+maternity"
_AWAY_AFTER = re.compile(
    rf"\s*(?:(?:af\s+dem|of\s+them|of\s+which|heraf|hvoraf)\s+)?(?:[^\W\d][\w-]*\s+){{0,3}}?(?:{_AWAY})\b", re.I
)
_VACANT_AFTER = re.compile(
    r"\s*(?:(?:af\s+dem|of\s+them|of\s+which|heraf|hvoraf)\s+)?(?:[^\W\d][\w-]*\s+){0,3}?"
    rf"(?:{words.VACANT}|empty|tomme|open\s+(?:posts?|positions?)|{_AWAY})\b",
    re.I,
)


_AT_WORK_AFTER = re.compile(r"\s*(?:working|at\s+work|in\s+post|på\s+arbejde|besatte|i\s+stilling)\b", re.I)
# "med fuld normering", "if fully staffed", "på papiret", "if everyone were at work": the caseload with every post
# filled and everyone back is asked too
_ALL_AT_WORK_Q = re.compile(
    r"\b(?:fuld\s+normering|fully\s+staffed|alle\s+stillinger\s+besat|all\s+posts\s+filled|på\s+papiret|on\s+paper|"
    r"alle\s+(?:er\s+)?(?:på\s+arbejde|tilbage)|everyone\s+(?:is\s+|were\s+|was\s+)?(?:at\s+work|back)|full\s+establishment|"
    r"normeringen|normerede?\s+sagstal\w*|the\s+(?:establishment|budgeted)\s+caseload)\b",
    re.I,
)
_NOT_STAFF = ("cases", "target", "caseload_now", "caseload", "caseload_kept", "years")
# "normeret til 38,5 fuldtidsstillinger", "Normeringen er 27 rådgivere": the posts, said as posts
_POSTS_AFTER = re.compile(r"\s*(?:\w*stillinger|\w*normering\w*|posts|positions)\b", re.I)


_AT_WORK_NEAR = re.compile(
    rf"\s*(?:{words.STAFF_NOUN})?\s*(?:på\s+arbejde|at\s+work|working|i\s+stilling|in\s+post)\b", re.I
)
# away in the past ("sidste år var 4 sygemeldte"), or not staff ("2 af børnene er på orlov"): not away now
_PAST = re.compile(r"\b(?:sidste\s+år|last\s+year|i\s+fjor|siden|ago|tidligere|previously|used\s+to|dengang)\b", re.I)
_NOT_STAFF_AWAY = re.compile(r"\b(?:børn\w*|children|kids|unge|youth|famil\w*|elever|pupils|skole\w*|school)\b", re.I)


def _away(text: str, n: ReadNumber) -> bool:
    """A count of vacant posts, or of staff away from work now."""
    m = _VACANT_AFTER.match(text, n.span[1])
    if m is None:
        return False
    start, end = words.sentence_bounds(text, n.span[0])
    return not _NOT_STAFF_AWAY.search(m.group(0)) and not _PAST.search(text, start, end)


def vacant_posts(reading: Reading, text: str) -> None:
    """Posts and the vacant among them: today's staff are those in post, the posts the staff when filled."""
    if not {"caseload", "caseload_after"} & set(reading.asked):
        return
    nums = reading.numbers
    counts = [
        i for i, n in enumerate(nums)
        if not n.unit.startswith("kr") and n.unit not in ("pct", "cases_per_worker") and n.role not in _NOT_STAFF
    ]  # fmt: skip
    away = [i for i in counts if _away(text, nums[i])]  # vacant posts, or staff away now
    if not away:
        _vacant_not_counted(reading, text)
        return
    if sum(1 for n in nums if n.role == "cases") != 1:
        return
    v = away[0]
    posts = [i for i in counts if i < v and (words.STAFF_AFTER.match(text, nums[i].span[1]) or _POSTS_AFTER.match(
        text, nums[i].span[1]))]  # fmt: skip
    if len(posts) == 1 and _AT_WORK_NEAR.match(text, nums[posts[0]].span[1]):
        return  # "32 rådgivere på arbejde og 3 vakante": the 32 are those at work, not the posts; not read
    gone: float | None = sum(nums[i].value for i in away)
    one_in = [i for i in away if _ONE_IN_BEFORE.search(text, 0, nums[i].span[0])]
    if one_in and (len(away) > 1 or len(posts) != 1):
        return  # "one in five vacant and one in ten on sick leave": shares of different bases are not added up
    if one_in:
        gone = _one_in(reading, posts[0], v)
    if gone is None:
        return
    if len(posts) != 1 or nums[posts[0]].value <= gone:
        return
    p = posts[0]
    # other counts of staff: "de 27 besatte", "on top of the 32 working"; a bare number elsewhere ("get everyone to
    # 28") is no count of staff and is left to be placed later
    rest = [
        i for i in counts
        if i != p and i not in away and (nums[i].unit == "workers" or _AT_WORK_AFTER.match(text, nums[i].span[1]))
    ]  # fmt: skip
    in_post = nums[p].value - gone
    lang = reading.language
    sick = any(_AWAY_AFTER.match(text, nums[i].span[1]) for i in away)  # away, not a post left empty
    staffing = bool({"staff_needed", "extra_staff"} & set(reading.asked))
    if staffing and not rest:
        # "how many posts for 26, and how many over the establishment": staff needed against the posts or against
        # those at work is not said; the gap to one was stated as the gap to the other, so the count is not read
        return
    if len(rest) == 1 and nums[rest[0]].value == in_post:  # "De 27 besatte rådgivere", "on top of the 32 working"
        said = rest[0]
        nums[said] = replace(nums[said], role="staff_now", alt_role=None, unit="workers", note="")
        for i in away:
            nums[i] = replace(nums[i], role="context", alt_role=None, note="part")
    elif not rest:
        shown = " − ".join(format_number(nums[i].value, lang) for i in (p, *away))
        nums[v] = replace(nums[v], role="staff_now", alt_role=None, unit="workers", value=in_post,
                          note="at_work" if sick else "in_post", noun=shown)  # fmt: skip
        for i in away[1:]:
            nums[i] = replace(nums[i], role="context", alt_role=None, note="part")
    else:
        return
    asking = words.asking_text(text)
    if _SOME_FILLED.search(asking) or staffing or (sick and not _ALL_AT_WORK_Q.search(asking)):
        # the staff after is not the posts: some are filled, or the hires asked are on top of those at work
        nums[p] = replace(nums[p], role="context", alt_role=None, note="part")
        return
    nums[p] = replace(nums[p], role="staff_to", alt_role=None, unit="workers", note="all_back" if sick else "all_posts")
    _asked_beside(reading, text, sick)


def _asked_beside(reading: Reading, text: str, sick: bool) -> None:
    """What else a question about vacant posts asks: how many are vacant, and the pay they leave unspent."""
    nums = reading.numbers
    asking = words.asking_text(text)
    if _HOW_MANY_VACANT_Q.search(asking):  # "how many posts are empty": the vacant posts, not posts a sum pays for
        reading.asked = list(dict.fromkeys(["posts_vacant" if a == "staff_affordable" else a for a in reading.asked]))
        if "posts_vacant" not in reading.asked:
            reading.asked.insert(0, "posts_vacant")
    priced = any(n.role == "cost_per_worker" for n in nums)
    if priced and not sick and _UNSPENT_Q.search(asking) and not _PART_OF_YEAR.search(text):
        reading.asked.append("vacancy_pay_unspent")  # "how much salary budget goes unspent on the vacancies"


# posts said to be vacant with no count of them: "men hver femte er ubesat", "but some posts are vacant"
_VACANT_SAID = re.compile(rf"\b(?:{words.VACANT}|ledige\s+stillinger|empty\s+posts)\b", re.I)
_NONE_VACANT = re.compile(r"\b(?:ingen|no|none|not|ikke|alle\s+(?:stillinger\s+)?(?:er\s+)?besat)\b[^.?!]{0,30}$", re.I)


def _one_in(reading: Reading, p: int, v: int) -> float | None:
    """ "one in five is vacant": a fifth of the posts, not five of them (None, and asked, when not whole)."""
    nums = reading.numbers
    share = nums[p].value / nums[v].value
    if share != int(share):
        nums[v] = replace(nums[v], role=None, note="")
        return None
    nums[v] = replace(nums[v], value=share)
    return share


def _vacant_not_counted(reading: Reading, text: str) -> None:
    """Vacant posts said but not counted: the staff given are the posts, not those who carry the cases, so today's
    caseload is not worked out from them (the posts' caseload had been stated as the caseload); asked about."""
    stated = words.stated_text(text)
    said = _VACANT_SAID.search(stated)
    if said is None or _NONE_VACANT.search(stated, 0, said.start()):
        return
    reading.numbers = [
        replace(n, role=None, note="vacant_unknown") if n.role == "staff_now" else n for n in reading.numbers
    ]


# vacant for part of the year ("since June", "i 7 måneder"): a year's unspent pay would be too much
_PART_OF_YEAR = re.compile(
    r"\b(?:since|siden|from|fra|i|in|for)\s+(?:\d+\s+)?(?:januar|februar|marts|april|maj|juni|juli|august|september|"
    r"oktober|november|january|february|march|may|june|july|october|måned\w*|months?|uger?|weeks?)\b|"
    r"\b(?:halvår\w*|half[- ]year|kvartal\w*|quarter\w*|this\s+year|i\s+år)\b",
    re.I,
)
_ONE_IN_BEFORE = re.compile(r"\b(?:one|1|en|én)\s+(?:in|out\s+of|ud\s+af)\s+$|\bhver\s+$", re.I)
_HOW_MANY_VACANT_Q = re.compile(
    r"\b(?:how\s+many|hvor\s+mange)\s+(?:\w+\s+){0,2}?(?:are|is|står|er)\s+(?:\w+\s+)?(?:empty|vacant|unfilled|"
    r"ledige|vakante|ubesatte|tomme)\b",
    re.I,
)


# the pay the vacant posts leave unspent: "how much salary budget goes unspent", "hvor mange lønkroner sparer vi på de
# vakante stillinger", "what do the vacancies save us in pay"
_UNSPENT_Q = re.compile(
    r"\b(?:unspent|not\s+spent|underspen\w*|ubrugt\w*|ikke\s+bruge[rs]?|mindreforbrug\w*)\b|"
    r"\b(?:spare[rs]?|saves?|frigør\w*|frees?)\b[^?]{0,40}\b(?:vaka\w*|ledige|ubesatte|vacan\w*|empty)\b|"
    r"\b(?:vaka\w*|ledige|ubesatte|vacan\w*)\b[^?]{0,40}\b(?:spare[rs]?|saves?|frigør\w*|free)\b",
    re.I,
)
