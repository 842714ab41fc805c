"""An amount and a percentage side by side: the percentage of the amount, or the amount before the change it made.

"p % of the amount" is the right figure only when the percentage is said of that amount: "5 % af 140 mio. kr.",
"budgettet på 148 mio. kr. skal skæres med 3,5 %", "anbringelser udgør 58 % af det". When the amount is what a
change led to ("skåret med 5 % til 38 mio. kr.", "efter en besparelse på 12 % er budgettet 26,4 mio. kr.", "DKK
214m, up 6% from last year", "steg 3,3 % fra 2013 til 2019 … 702.000 kr. i 2019"), the amount before is
after ÷ (1 ± p) and the change is their difference. When the percentage is of something else (the children,
the payroll, another budget, "58 % dyrere end …", a rise in the cases) or negated, neither is read: the
question is asked about instead. Each reading needs the words that tie the two numbers together, in the
sentence that holds the percentage; the direction is the one its own verb or noun says.
"""

from __future__ import annotations

import re

from assistant import municipalities
from assistant.calc import words
from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.asked import LEFTOVER_Q

__all__ = ["read_amount_and_percent", "rest_asked"]

Shape = tuple[dict[int, str], list[str]]


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# the verbs of a change, with their direction
_UP_VERB = (
    r"steg|stiger|stige|steget|øget|øges|øge|hæves|hævet|hæve|forhøjes|forhøjet|forhøje|opskrives|opskrevet|"
    r"rose|risen|rises|rise|raised?|increased?|grew|grown|grows?|went\s+up|gone\s+up|goes\s+up"
)
_DOWN_VERB = (
    r"faldt|falder|faldet|falde|skåret|skæres|skære|skar|beskåret|beskæres|beskære|reduceret|reduceres|reducere|"
    r"sænket|sænkes|sænke|nedskrevet|nedskrives|cut|reduced?|lowered|lower|fell|fallen|falls?|dropped|drops?|"
    r"decreased?|trimmed|went\s+down|gone\s+down|spare|spares|sparer|save|saves"
)
_UP_NOUN = r"stigning(?:en)?|forhøjelse(?:n)?|rise|increase|raise"
_DOWN_NOUN = r"besparelse(?:n)?|nedskæring(?:en)?|reduktion(?:en)?|beskæring(?:en)?|cut|reduction|saving"
_NOT = _re(r"\b(?:ikke|aldrig|not|never|no\s+longer)\b")
# "skåret med 5 %", "was cut by 5%": the change verb just before the percentage
_VERB_BY = _re(rf"\b(?:(?P<up>{_UP_VERB})|(?P<down>{_DOWN_VERB}))\s+(?:med\s+|by\s+)?(?:ca\.\s+|about\s+|omkring\s+)?$")
_TO_AMOUNT = _re(r"\s*(?:til|to)\s+(?:dkk\s+|kr\.?\s+)?$")
# "efter en besparelse på 12 %", "after a cut of 12%" / "efter en 12 % besparelse", "after a 12% cut"
_AFTER_NOUN_OF = _re(
    rf"\b(?:efter|after|following)\s+(?:en\s+|et\s+|a\s+|an\s+|the\s+)?(?:(?P<up>{_UP_NOUN})|(?P<down>{_DOWN_NOUN}))"
    r"\s+(?:på|of)\s+$"
)
_AFTER_BEFORE_PCT = _re(r"\b(?:efter|after|following)\s+(?:en\s+|et\s+|a\s+|an\s+|the\s+)?$")
_AFTER_IT = _re(
    r"\b(?:efter|after)\s+(?:at\s+)?(?:det|den|it)\s+(?:er\s+blevet|blev|har\s+været|has\s+been|was|had\s+been)\b"
)
_AND_NOW = _re(
    r"\s*,?\s*(?:og|and)\s+(?:er|is|ligger|står|stands\s+at|now\s+stands\s+at)\s+(?:nu\s+|now\s+)?(?:på\s+|at\s+)?"
    r"(?:dkk\s+)?"
)
_UP_NOUNS = _re(rf"\b(?:{_UP_NOUN})\b")
_DOWN_NOUNS = _re(rf"\b(?:{_DOWN_NOUN})\b")
_NOUN_AFTER_PCT = _re(rf"^\s*(?:-\s*)?(?:procents?\s+)?(?:(?P<up>{_UP_NOUN})|(?P<down>{_DOWN_NOUN}))\b")
# "6 % mere end sidste år", "up 6% from last year", "steg 6 % fra sidste år": the amount is this year's
_LAST_YEAR_AFTER = _re(
    r"^\s*(?:(?P<up>mere|højere|more|higher|up)|(?P<down>mindre|lavere|less|lower|down))?\s*"
    r"(?:(?:end|than|fra|from|on|i\s+forhold\s+til|compared\s+(?:to|with))\s+(?:sidste\s+år|last\s+year|året\s+før|"
    r"the\s+year\s+before|the\s+previous\s+year|i\s+fjor)|(?:siden|since)\s+(?:19|20)\d\d|i\s+forhold\s+til\s+i\s+fjor|"
    r"på\s+et\s+år|in\s+a\s+year|over\s+the\s+(?:past|last)\s+year)"
)
_CHANGE_BEFORE = _re(rf"\b(?:(?P<up>{_UP_VERB}|up)|(?P<down>{_DOWN_VERB}|down))\s+(?:med\s+|by\s+)?$")
_POINTS_BACK = _re(r"^\s*(?:det|dette|that|this|it)(?:'s|\s+er|\s+is|\s+var|\s+was)\b")
_A_YEAR = _re(r"^\s*(?:om\s+året|a\s+year|per\s+year|each\s+year|every\s+year|årligt|pr\.?\s+år)\b")
_FROM_TO_YEARS = _re(r"\b(?:fra|from)\s+((?:19|20)\d\d)\s+(?:til|to)\s+((?:19|20)\d\d)\b")
_IN_YEAR_AFTER = _re(r"\s*(?:kr\.?\s*|dkk\s*)?(?:i|in)\s+((?:19|20)\d\d)\b")
# the percentage said of the amount: "5 % af 140 mio.", "12 % af budgettet på 26,4 mio.", "3.5% of the DKK 148m"
_OF = _re(
    r"^\s*(?:af|of|på|on|fra|from)\s+(?:(?:det|den|de|the|et|en|a|an|vores|our|samlede|total|hele|whole|årlige|annual|"
    r"nuværende|current|budget\w*|ramme\w*|beløb\w*|pulje\w*|udgift\w*|spend\w*|costs?|på|of|dkk|kr\.?)\s+){0,4}$"
)
_CHANGE_VERB = _re(rf"\b(?:(?P<up>{_UP_VERB})|(?P<down>{_DOWN_VERB}))\s+(?:med\s+|by\s+)?(?:ca\.\s+|about\s+)?$")
_OF_IT = _re(r"^\s*(?:af|of)\s+(?:det|dem|it|that|this|them)\b\s*(?:[.;?!]|,(?!\s*(?:der|som|that|which))|$)")
_OF_ELSE = _re(r"^\s*(?:af|of)\s+\w")
# the asks
_BEFORE_Q = _re(
    r"\b(?:hvad|hvor\s+meget|how\s+much|what)\s+(?:var|was|were|udgjorde|lå)\s+(?:\w+\s+){0,3}?"
    r"(?:før|inden|before|oprindelig\w*|originally)\b|"
    r"\bbefore\s+the\s+(?:cut|rise|increase|reduction|saving)|\b(?:før|inden)\s+(?:besparelsen|nedskæringen|"
    r"stigningen|reduktionen|beskæringen)\b|\blast\s+year's\b|\bsidste\s+års\b|\bi\s+fjor\s*\?"
)
_YEAR_Q = _re(r"\b(?:hvad\s+var\s+(?:\w+\s+){0,2}?(?:så\s+)?i|what\s+was\s+(?:\w+\s+){0,2}?in)\s+((?:19|20)\d\d)\b")
_SIZE_Q = _re(
    r"\bhow\s+much\s+(?:was|is|has\s+been|did\s+it)\s+(?:cut|saved|reduced|rise|increase|go\s+up)|"
    r"\bhvor\s+(?:meget|mange\s+(?:kroner|penge))\s+(?:blev|er|var)\s+(?:der\s+)?(?:skåret|sparet|beskåret)|"
    r"\bhvor\s+meget\s+steg\s+(?:den|det)|\bhvor\s+stor\s+(?:var|er|blev)\s+(?:besparelsen|nedskæringen|stigningen)|"
    r"\bhow\s+(?:big|large)\s+(?:was|is)\s+the\s+(?:cut|rise|increase)|"
    r"\b(?:hvad|hvor\s+stor)\s+(?:er|bliver|var|vil)\s+(?:besparelsen|nedskæringen|reduktionen|stigningen)\b|"
    r"\b(?:what|how\s+(?:big|large|much))\s+(?:is|will\s+be|would\s+be|was)\s+the\s+(?:saving|cut|reduction|increase|rise)\b"
)
_KRONER_Q = _re(
    r"\b(?:hvor\s+mange\s+(?:kroner|kr\.?|penge|mio\.?(?:\s+kr\.?)?|millioner)|how\s+many\s+millions|"
    r"hvor\s+meget\s+(?:er\s+det|udgør\s+det|bliver\s+det|svarer\s+det\s+til)|"
    r"how\s+much\s+(?:is\s+that|money|does\s+that\s+come\s+to|would\s+that\s+be)|how\s+many\s+(?:kroner|dkk)|"
    r"(?:i|in)\s+(?:kroner|dkk|kr\.?)\s*\?)"
)
# "hvad er 15 % af 80 mio. kr.?", "what is 4% of DKK 120m?"
_PCT_OF_Q = _re(
    r"\b(?:hvad\s+(?:er|udgør|bliver)|what(?:'s|\s+is|\s+are))\s+[\d.,]+\s*(?:%|procent|per\s*cent)\s+(?:af|of)\b"
)
_NEW_AMOUNT_Q = _re(
    r"\b(?:nye\s+budget|new\s+budget|budgettere\s+med|hvad\s+bliver\s+(?:budgettet|beløbet|udgiften)|"
    r"what\s+will\s+the\s+(?:budget|amount|spend)\s+be|the\s+budget\s+afterwards)\b"
)
# "hvor meget er der tilbage (til alt det andet / resten)?": the rest of the whole, with nothing qualifying it
_REST_END = _re(
    r"^\s*(?:til\s+(?:alt\s+(?:det\s+)?andet|resten|andre\s+formål)|for\s+(?:everything\s+else|the\s+rest|"
    r"other\s+things))?\s*[?.!]?\s*$"
)


_NOT_A_REST = _re(r"\b(?:tilbage|left|remaining|rest\s+of|merudgift\w*|merforbrug\w*|overrun\w*|overspen\w*)\b")


def rest_asked(text: str) -> bool:
    """ "… og hvor meget er der tilbage (til resten)?" with nothing qualifying it ("pr. måned", "når lønningerne er
    betalt", "af anbringelsesbudgettet"), and the part not itself what is left or an overrun."""
    asking = words.asking_text(text)
    leftover = LEFTOVER_Q.search(asking)
    if leftover is None or not _REST_END.match(asking[leftover.end() :]):
        return False
    return not _NOT_A_REST.search(words.stated_text(text))


# the nouns of a clause that say what is changing: money, or something else (a clause with neither, "Det er steget",
# "Vi skal spare", looks back a clause)
_SUBJECT = _re(
    r"\b(?:(?P<money>\w*(?:budget|udgift|beløb|omkostning|ramme|forbrug|bevilling)\w*|pris(?:en|erne|er)?|"
    r"costs?|prices?|spend\w*|funding|expenditure|allocation)|(?P<other>sag\w*|børn\w*|anbring\w*|antal\w*|løn\w*|salar\w*|wages?|pay|"
    r"befolkning\w*|cases?|children|kids|placements?|landsgennemsnit\w*|average|forebyggelse\w*|prevention|"
    r"caseloads?|ventetid\w*|waiting|sygefravær\w*|sick\w*|klage\w*|complaints?|population|indbygger\w*|"
    r"rådgiver\w*|workers?|staff|medarbejder\w*|underretning\w*|notifications?|administration\w*|number))\b"
)
_CLAUSES = re.compile(r"[,;:]\s*|\s+(?:og|and|men|but|mens|while)\s+", re.I)


def _money_changes(text: str, pos: int) -> bool:
    """Whether what changes at ``pos`` is money: a money noun in its clause (and then the change is of it), or,
    when the clause names nothing ("Det er steget 4 %", "Vi skal spare 4 %", "up 6%"), in the clause before."""
    start, _ = words.sentence_bounds(text, pos)
    prev, _ = words.sentence_bounds(text, max(0, start - 2))
    clauses = _CLAUSES.split(text[min(prev, start) : start]) + _CLAUSES.split(text[start:pos])
    for clause in reversed(clauses):
        found = [m.lastgroup for m in _SUBJECT.finditer(clause)]
        if "money" in found:  # "udgiften pr. anbringelse", "our prevention budget": money heads the clause
            return True
        if "other" in found:
            return False
    return False


# the amount is a gap or the saving itself, not what the change left: "mangler vi stadig 120 mio.", "er der sparet"
_NOT_THE_RESULT = _re(
    r"\b(?:mangler(?:\s+\w+){0,2}|sparet|saved|savings?\s+(?:come\s+to|of|are|is|was)|"
    r"besparelse\w*\s+(?:på|er|var|of|is|was))\s+(?:dkk\s+)?$"
)
# a change said only of a part, or taken back: "men halvdelen …", "dog kun på …", "but only …", "droppet"
_QUALIFIED = _re(
    r"\b(?:men|but|dog|kun|only|halvdelen|half|resten\s+af|droppe\w*|dropped|opgivet|abandoned|skulle\s+have)\b"
)
_A_BASE_AFTER = _re(r"^\s*(?:på|i|af|of|in|on|to|for)\s+(?!\d)[a-zæøå]")


def _way(m: re.Match[str] | None) -> str | None:
    return None if m is None else "rise" if m.group("up") else "cut" if m.group("down") else None


def _after_change(text: str, p: ReadNumber, n: ReadNumber, asking: str) -> tuple[str, bool] | None:
    """The direction of a change the amount is the result of, and whether the amount's year makes the
    earlier one asked; None when the words do not say the amount is what the change led to."""
    start, end = words.sentence_bounds(text, p.span[0])
    before, after = text[max(start, p.span[0] - 60) : p.span[0]], text[p.span[1] : end]
    if _NOT.search(text[start : p.span[0]]):
        return None  # "blev ikke skåret med 5 %": no change happened
    two_ways = _UP_NOUNS.search(text, start, end) and _DOWN_NOUNS.search(text, start, end)
    if _NOT_THE_RESULT.search(text, 0, n.span[0]) or two_ways:
        return None  # "mangler vi stadig 120 mio.", "er der sparet 120 mio.", a cut and a rise: not one change's result
    if p.span[1] <= n.span[0] and _TO_AMOUNT.fullmatch(text[p.span[1] : n.span[0]] + " "):
        way = _way(_VERB_BY.search(before))  # "skåret med 5 % til 38 mio. kr."
        return (way, False) if way and _money_changes(text, p.span[0]) else None
    same = start <= n.span[0] < end
    noun_after = _NOUN_AFTER_PCT.match(after)
    rest = after[noun_after.end() :] if noun_after else after
    adjacent = n.span[0] > p.span[0] or bool(re.match(r"\s*(?:kr\.?\s*|dkk\s*)?(?:efter|after|following)\b",
                                                       text[n.span[1] : p.span[0]], re.I))
    if same and adjacent and not _A_BASE_AFTER.match(rest) and (way := _way(_AFTER_NOUN_OF.search(before)) or (
        _way(noun_after) if _AFTER_BEFORE_PCT.search(before) else None
    )):
        # "efter en besparelse på 12 % er budgettet 26,4 mio. kr.": the amount's own clause says it is money
        return (way, False) if _money_changes(text, n.span[0]) else None
    if same and p.span[1] <= n.span[0] and _AND_NOW.fullmatch(text[p.span[1] : n.span[0]]):
        way = _way(_VERB_BY.search(before))  # "Budgettet steg med 4 % og er nu på 120 mio. kr."
        return (way, False) if way and _money_changes(text, p.span[0]) else None
    if same and n.span[1] <= p.span[0] and _AFTER_IT.search(text, n.span[1], p.span[0]):
        way = _way(_VERB_BY.search(before))  # "Budgettet er nu 120 mio. kr., efter det er blevet skåret med 4 %"
        return (way, False) if way and _money_changes(text, n.span[0]) else None
    versus = _LAST_YEAR_AFTER.match(after)
    if versus and n.span[0] < p.span[0]:
        # "Budgettet er 214 mio. kr. og steg 6 % fra sidste år" / "Det er 6 % mere end sidste år"
        way = _way(versus) or _way(_CHANGE_BEFORE.search(before))
        if way and (same or _POINTS_BACK.match(text[start : p.span[0]])) and _money_changes(text, p.span[0]):
            return way, False
        return None
    years = _FROM_TO_YEARS.search(text, start, end)
    said_in = _IN_YEAR_AFTER.match(text, n.span[1])
    asked = _YEAR_Q.search(asking)
    if years and said_in and asked and not _A_YEAR.match(after):
        # "steg 3,3 % fra 2013 til 2019. Hvis den var 702.000 kr. i 2019, hvad var den så i 2013?"
        first, last = years.group(1), years.group(2)
        way = _way(_CHANGE_BEFORE.search(before)) or _way(_VERB_BY.search(before))
        if way and said_in.group(1) == last and asked.group(1) == first and _money_changes(text, p.span[0]):
            return way, True
    return None


def _base_of(text: str, p: ReadNumber, n: ReadNumber) -> tuple[str, str | None] | None:
    """How the percentage is said of the amount ("share" or "change") and the change's direction, if it is."""
    start, end = words.sentence_bounds(text, p.span[0])
    after = text[p.span[1] : end]
    prev_start, _ = words.sentence_bounds(text, max(0, start - 2))
    if p.span[1] <= n.span[0] and _OF.fullmatch(text[p.span[1] : n.span[0]]) and start <= n.span[0] < end:
        # "5 % af 140 mio. kr.", "12 % af budgettet på 26,4 mio. kr.", "spare 4,5 % på et budget på 86,4 mio."
        verb = _CHANGE_VERB.search(text[start : p.span[0]])
        return ("change", _way(verb)) if verb else ("share", None)
    if n.span[0] >= p.span[0] or n.span[0] < min(prev_start, start) or _NOT.search(text[n.span[1] : p.span[0]]):
        return None
    if _OF_IT.match(after):
        return "share", None  # "anbringelser udgør 58 % af det"
    clause = max(start, n.span[1])
    verb = _VERB_BY.search(text[clause : p.span[0]])
    if verb is None or _OF_ELSE.match(after) or re.match(r"\s*(?:til|to)\b", after, re.I):
        return None  # not "budgettet på 148 mio. kr. skal skæres med 3,5 %" (nor "… med 3,5 % af lønsummen / til")
    if not _money_changes(text, p.span[0]):
        return None  # "… men lønningerne stiger 4 %", "sagerne steg med 4 %": not a change of this money
    return "change", _way(verb)


def read_amount_and_percent(text: str, reading: Reading, amount: int, pct: int) -> Shape | None:
    """The roles and asked quantities of an amount and a percentage, or None when they are not tied."""
    asking = words.asking_text(text)
    p, n = reading.numbers[pct], reading.numbers[amount]
    start, end = words.sentence_bounds(text, p.span[0])
    n_start, n_end = words.sentence_bounds(text, n.span[0])
    places = municipalities.find_mentions(text[start:end] + " " + text[n_start:n_end], ignore_case=True)
    if _QUALIFIED.search(text, p.span[1], end) or places:
        return None  # "… med 4 %, men halvdelen tages fra reserven", "… i Aarhus": not the whole amount's, or ours
    changed = _after_change(text, p, n, asking)
    if changed is not None:
        way, by_year = changed
        if way == "cut" and p.value >= 100:
            return None
        before = by_year or bool(_BEFORE_Q.search(asking))
        size = bool(_SIZE_Q.search(asking) or _KRONER_Q.search(asking))
        if not (before or size):
            return None  # the after is given; what else is asked is not this reading's
        asked = ([f"amount_before_{way}"] if before else []) + ([f"{way}_size"] if size else [])
        return {amount: "amount_changed", pct: "pct_changed"}, asked
    if not any(q.search(asking) for q in (_KRONER_Q, _SIZE_Q, _NEW_AMOUNT_Q, _PCT_OF_Q)):
        return None
    base = _base_of(text, p, n)
    if base is None:
        return None
    kind, direction = base
    asked = ["pct_amount"]
    if kind == "change" and direction and (_NEW_AMOUNT_Q.search(asking) or LEFTOVER_Q.search(asking)):
        asked.append(f"amount_after_{direction}")  # "skal skæres med 3,5 %. Hvad er … det nye budget / tilbage?"
    if kind == "share" and rest_asked(text):
        asked.append("amount_rest")  # "58 % af det … og hvor meget er der tilbage til resten?"
    return {amount: "amount", pct: "pct_of"}, asked
