"""What a calculation question asks for, in the order it asks (Danish and English).

Split from ``calc_words`` (which reads what each *number* is): these patterns read the *questions* in the
text ("hvad koster det", "how many more", "hvor mange procent udgør", "give me cost, savings and the
net"). Each names the class of phrasing it serves, not a question it was fitted to.
"""

from __future__ import annotations

import re

from assistant.calc.asked_direct import (
    BENCH_GAP_Q,
    CASELOAD_HAPPENS_Q,
    CASES_Q,
    FEWER_Q,
    PER_DAY_Q,
    PER_WEEK_Q,
    POSTS_FREED_Q,
    POSTS_Q,
    THAT_MANY_Q,
    YEAR_PRICE_Q,
)
from assistant.calc.asked_quantities import ASKED
from assistant.calc.asked_saving import list_asks, saving_asks
from assistant.calc.cues import CASE_COST_Q, OVERRUN_PCT_Q
from assistant.calc.cuts import CLOSED_Q, CLOSING, LEFT_Q, OPEN_Q, PRICE_GAP_Q
from assistant.calc.monthly import month_asks, settle_months
from assistant.calc.staff_asks import CUT_POSTS_Q, staff_asks, staff_noun_asks
from assistant.calc.staff_pct import STAFF_PCT_Q
from assistant.calc.terse import TERSE_EXTRA_Q, imperative_list, terse_list
from assistant.calc.words import PCT_WORD, STAFF_NOUN, _re, sentence_bounds

__all__ = ["asked_in"]

# "hvor mange børn skal vi flytte …", "how many children must we move": the moves a saving needs
MOVES_Q = _re(
    # "how many such moves would pay for …": the moves, named by their noun
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:such\s+|sådanne\s+)?(?:moves|flytninger|omplaceringer)\b|"
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:børn|barn|children|kids|unge|young\s+people)\s+(?:(?:per|a|om)\s+(?:year|året)\s+)?"
    r"(?:skal|må|bør|must|should|do|would|need)\s+"
    r"(?:(?:vi|we|i|you)\s+)?(?:need\s+to\s+|have\s+to\s+)?(?:to\s+)?(?:have\s+to\s+)?(?:be\s+)?(?:flyttes?|moved?|omplaceres?|overflyttes?)\b"
)
# "hvor mange børn er det", "how many children is that": the count a share of a count comes to
MOVED_COUNT_Q = _re(
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:børn|barn|children|kids|anbringelser|placements)\s+(?:er\s+det|is\s+that)\b|"
    # "how many children move", "hvor mange børn skal flyttes": the count a share moves, not a break-even
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:børn|children|kids)\s+(?:(?:would|will|do\s+we|skal(?:\s+vi)?|vil)\s+)?"
    r"(?:move|moves|flyttes|flytter|flytte|be\s+moved|get\s+moved)\b"
    r"(?![^?]{0,90}\b(?:før|before|until|indtil|for\s+at|to\s+(?:pay|cover|fund|break)|break\s+even|tjent|betale)\b)"
)
# "how many years until it's paid back", "tilbagebetalingstid", "hvor mange år går der, før den er tjent hjem"
PAYBACK_Q = _re(
    r"\bhow\s+(?:many\s+years|long)\b[^?]{0,40}?\b(?:paid\s+back|pays?\s+(?:itself\s+)?back|pays?\s+off|"
    r"paid\s+off|recoup\w*|earned\s+back|pa(?:id|ys?)\s+for\s+itself)|\bpayback\s+(?:time|period)|\btilbagebetalingstid\w*|"
    r"\bhvor\s+(?:mange\s+år|længe)\b[^?]{0,80}?\b(?:tjent\s+(?:ind|hjem)|betalt\s+tilbage|tjener\s+sig\s+hjem|"
    r"har\s+tjent\s+sig|er\s+tjent|tjene\s+(?:\w+\s+){0,3}?hjem|betalt\s+sig\s+(?:selv|hjem))|"
    # "Payback in years?", "Hvornår er vi break-even, målt i år?": the time to break even, in years
    r"\b(?:payback|break[- ]?even|tilbagebetaling\w*)\b[^?]{0,25}?\b(?:in|i|målt\s+i|counted\s+in)\s+(?:years|år)\b|"
    # "efter hvor mange hele år er vi samlet set i plus", "after how many full years have we broken even"
    r"\befter\s+hvor\s+mange\s+(?:hele\s+)?år\b[^?]{0,40}?\b(?:i\s+plus|i\s+nul|break[- ]?even|tjent\s+(?:ind|hjem))|"
    r"\bafter\s+how\s+many\s+(?:full\s+|whole\s+)?years\b[^?]{0,40}?\b(?:broken\s+even|break\s+even|in\s+the\s+black|"
    r"in\s+profit|paid\s+(?:back|off))"
)
# "the cumulative result after 5 years", "det samlede resultat efter 5 år": the net of the period
CUMULATIVE_Q = _re(
    r"\b(?:cumulative|accumulated|total\s+net|overall\s+net)\s+(?:net\s+)?(?:result|position|effect|saving)s?\b|"
    r"\b(?:akkumulerede?|samlede?)\s+(?:netto)?(?:resultat|effekt|nettoresultat)\w*\b"
)
NET_SAVING = _re(r"\b(?:sparer|spare|save[sd]?|saving)\b[^?]{0,40}?\d[^?]{0,25}?\b(?:netto|net)\b")  # a figure said net
PAYROLL_Q = _re(
    r"\b(?:samlede?|hele)\s+lønbudget\w*|\blønbudgettet\s+i\s+alt\b|\btotal\s+(?:staff\s+|salary\s+|pay\s+)?(?:budget|payroll|wage\s+bill)\b"
)
SAVE_NEED = _re(
    r"\b(?:skal|må|bør)\s+(?:vi|i|de)\s+(?:så\s+)?spare\b|\b(?:must|should|do|would)\s+(?:we|you)\s+(?:need\s+to\s+|have\s+to\s+)?save\b|\bneed\s+to\s+save\b"
)
FUND_Q = _re(r"\b(?:for\s+at|to|in\s+order\s+to)\s+(?:finansiere|betale\s+for|dække|fund|pay\s+for|cover)\b")
# "hvad koster én anbringelse i gennemsnit", "what's the price per child", "average per placed child"
PER_PLACEMENT_Q = _re(
    r"\bhvad\s+koster\s+(?:én|en|hver)\s+(?:\w+\s+)?(?:anbringelse|plads|barn)\b|"
    r"\bhvad\s+(?:er|bliver)\s+(?:prisen|udgiften)\s+pr\.?\s+(?:barn|anbringelse)\b|"
    r"\b(?:what's|what\s+is)\s+the\s+(?:price|cost)\s+per\s+(?:child|placement|placed\s+child)\b|\baverage\s+(?:cost\s+)?per\s+(?:placed\s+)?(?:child|placement)\b|"
    r"\bgennemsnitlige?\s+pris\s+pr\.?\s+(?:anbragt\s+)?barn\b|"
    r"\bgennemsnits(?:pris|udgift)\w*\s+(?:pr\.?|per)\s+(?:anbringelse|anbragt\s+barn|barn)\b|"
    r"\bgennemsnitlige?\s+(?:udgift|pris)\w*\s+(?:pr\.?|per)\s+(?:anbringelse|anbragt\s+barn|barn|plads)\b|"
    # "hvad er gennemsnittet pr. barn", "the average per child"
    r"\b(?:gennemsnit(?:tet)?|(?:the\s+)?average)\s+(?:(?:price|cost)\s+)?(?:pr\.?|per)\s+(?:anbragt\s+|placed\s+)?(?:barn|anbringelse|child|placement)\b|"
    r"\b(?:per|pr\.?)\s+(?:placement|anbringelse|child|barn)\s+(?:on\s+average|i\s+(?:gennem)?snit)\b|"
    r"\b(?:on\s+average|i\s+(?:gennem)?snit)\s+(?:per|pr\.?)\s+(?:placement|anbringelse|child|barn)\b|"
    # "what's our unit cost", "hvad er stykprisen": one placement's price, asked beside a spend for several
    r"\b(?:what(?:'s|\s+is|\s+was|\s+would\s+be)|hvad\s+(?:er|var|bliver))\s+(?:our\s+|the\s+|vores\s+)?"
    r"(?:unit\s+(?:cost|price)|(?:enhedspris|stykpris|enhedsudgift)(?:en)?)\b"
)
# "What's that per placement?", "hvad er det pr. anbringelse?": the amount just named, divided by the count
THAT_PER_PLACEMENT_Q = _re(
    r"\b(?:what(?:'s|\s+is|\s+does)|hvad\s+(?:er|bliver|giver))\s+(?:that|it|det)\s+(?:come\s+to\s+)?(?:per|pr\.?|a)\s+"
    r"(?:placement|anbringelse|child|barn)\b"
)
SAVED_BEFORE = _re(r"\b(?:saved|save[sd]?|saving\w*|sparede|sparet|sparer|spare|besparelse\w*)\b")
# "merudgift pr. år?", "ekstra udgift om året?": a terse ask for the yearly cost
TERSE_COST_Q = _re(
    r"\b(?:mer)?udgift\w*\s+(?:pr\.?\s+år|om\s+året|årligt)\s*\?|\b(?:extra\s+)?cost\s+(?:per|"
    r"a)\s+year\s*\?|(?:^|[.!?,:;–—-]\s*)(?:merudgift(?:en)?|ekstraudgift(?:en)?|(?:the\s+)?extra\s+cost|"
    r"ekstra\s+løn|extra\s+(?:pay|salaries|payroll))\s*\?|"
    # "Hvad er den samlede lønudgift for 31 rådgivere", "what is the total payroll for 31 caseworkers"
    r"\b(?:samlede|hele|total)\s+(?:løn(?:udgift|sum)\w*|payroll|pay\s+bill|salary\s+bill)\s+(?:for|til|of)\b|"
    # "Hvad bliver den samlede årlige anbringelsesudgift?", "the total yearly placement spend": what they cost a year
    r"\b(?:hvad\s+(?:er|bliver|var)\s+(?:den\s+)?|what(?:'s|\s+is|\s+are|\s+will\s+be)\s+(?:the\s+|our\s+)?)"
    r"(?:samlede|total)\s+(?:årlige\s+|yearly\s+|annual\s+)?(?:anbringelsesudgift\w*|placement\s+(?:spend|cost)s?)\b"
)
# "what's the total?", "hvad bliver det i alt?": a total asked tersely (over the years when years are given);
# not "hvad er det samlet?", which asks for the teams together as often as for money
TOTAL_Q = _re(
    r"\bwhat(?:'s|\s+is|\s+will\s+be)\s+the\s+total\s*\?|\bhvad\s+bliver\s+det\s+(?:så\s+)?i\s+alt\s*\?|"
    # "hvad lander den samlede årlige regning på", "what does the total yearly bill come to": the total cost
    r"\b(?:den\s+)?samlede\s+(?:årlige\s+)?regning\w*\b|\b(?:total|overall|combined)\s+(?:annual\s+|yearly\s+)?bill\b|"
    r"\bwhat(?:'s|\s+is)\s+(?:the\s+|our\s+)?total\s+(?:annual\s+|yearly\s+)?(?:spend|spending|expenditure)\b"
)
# "hvad svarer det til pr. rådgiver?", "hvad ender man så på pr. medarbejder?": a caseload asked tersely
PER_WORKER_END_Q = _re(
    rf"\b(?:hvad|what)\s+(?:svarer|svarede|giver|gav|ender|is|does)\b[^?]{{0,40}}?(?:pr\.?|per)\s+(?:{STAFF_NOUN})\s*\?"
)
# "Hvad er det pr. år?", "what's that a year?": the sum just named, a year (a saving when a saving was named)
THAT_PER_YEAR_Q = _re(
    r"\b(?:hvad|what)(?:'s|\s+er|\s+is|\s+bliver|\s+does)\s+(?:det|that|it)\s+(?:come\s+to\s+)?"
    r"(?:pr\.?\s+år|om\s+året|per\s+year|a\s+year|årligt|annually)\b"
)
# "og i procent?", "and in percent": the change asked again in percent
PCT_TOO_Q = _re(r"\b(?:og|and)\s+(?:i|in)\s+(?:procent|percent)\b")
PCT_SHARE_Q = _re(
    r"\bhvor\s+stor\s+(?:en\s+)?(?:procent)?(?:del|andel)\b|\bhvor\s+mange\s+procent\s+udgør\b|\bandel\s+i\s+procent\b|"
    r"\bwhat\s+(?:share|proportion|fraction)\b|(?<!by\s)\bwhat\s+percent(?:age)?\s+(?:of|is|are|do|does)\b|\bhow\s+large\s+a\s+share\b"
)
AFFORD_Q = _re(
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:kan|kunne|can|could)\s+(?:vi|i|we|you)\s+(?:så\s+|then\s+)?"
    r"(?:ansætte|få|hyre|hire|afford|employ|recruit|pay\s+for)\b|"
    # "hvor mange rådgiverstillinger kan vi betale med 4 mio. kr.", "how many posts can we fund"
    r"\b(?:hvor\s+mange|how\s+many)\s+[a-zæøå][\w-]*\s+(?:kan|kunne|can|could)\s+(?:vi|i|we|you)\s+(?:så\s+|then\s+)?"
    r"(?:betale|finansiere|fund|finance|pay)\b|"
    # "how many social workers at 520,000 kr can that pay for", "hvor mange rådgivere kan beløbet dække"
    r"\b(?:hvor\s+mange|how\s+many)\b[^?.!]{0,60}?\b(?:kan|kunne|can|could)\s+(?:det|that|it|this|pengene|beløbet|"
    r"the\s+money|the\s+amount)\s+(?:betale|pay|fund|finance|cover|dække|finansiere|række)|"
    # "how many social workers does DKK 4.5m pay for", "hvor mange rådgivere kan 3,5 mio. kr. betale"
    r"\b(?:hvor\s+mange|how\s+many)\b[^?.!]{0,60}?\b(?:kan|kunne|can|could|does|do|will|would)\s+"
    r"(?:(?:dkk\s*)?\d[\d.,]*\s*(?:m\b|mio\.?|mill\w*|million|k\b)?\s*(?:kr\.?|dkk|kroner)?|(?:the\s+|our\s+)?"
    r"(?:pool|grant|budget|puljen|bevillingen|budgettet))\s+(?:betale|pay|fund|finance|cover|dække|finansiere|række|buy)|"
    # "hvor mange ekstra rådgivere kan vi have ansat i hele perioden", "how many extra caseworkers can we keep on"
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:[a-zæøå][\w-]*\s+){1,2}?(?:kan|kunne|can|could)\s+(?:vi|we)\s+(?:så\s+)?"
    r"(?:have\s+ansat|holde\s+ansat|keep\s+on|keep\s+employed|afford|ansætte|hire|employ)\b"
)
LEFTOVER_Q = _re(
    r"\b(?:how\s+much\s+(?:is|will\s+be|would\s+be)\s+left(?:\s+over)?|what(?:'s|\s+is)\s+left(?:\s+over)?|"
    r"hvor\s+(?:meget|mange\s+(?:penge|kroner))\s+(?:er\s+der\s+|bliver\s+der\s+|har\s+vi\s+|der\s+er\s+|der\s+bliver\s+)?"
    r"(?:så\s+)?(?:tilbage|til\s*overs)|how\s+much\s+(?:money\s+)?do\s+we\s+have\s+left|"
    r"hvor\s+meget\s+mangler\s+vi|how\s+much\s+money\s+(?:is|will\s+be)\s+left|"
    r"how\s+many\s+(?:kroner|dkk)\s+(?:are|is|will\s+be)\s+left(?:\s+over)?|"
    r"how\s+much\s+(?:are\s+we|do\s+we\s+fall)\s+short|hvad\s+(?:er|bliver)\s+(?:der\s+)?tilbage)\b"
)
BE_Q = _re(
    r"\bbetale?r?\s+(?:\w+\s+)?sig\b|\btjene\w*\s+sig\s+(?:selv\s+)?hjem|\bbreak[- ]?even\b|"
    r"\bhviler?\s+i\s+sig\s+selv\b|"
    r"\bpays?\s+(?:for\s+)?(?:it|them)sel(?:f|ves)\b|\bpays?\s+off\b|"
    r"\bhvor\s+mange\s+(?:\w+\s+)?\w*anbringelser\s+skal\b|\bg(?:å|år)\s+i\s+nul\b|\bløbe\w*\s+rundt\b|"
    r"\bhvor\s+mange\s+(?:\w+\s+)?\w*anbringelser\b[^?!]{0,50}?\bskal\s+vi\s+(?:så\s+|helt\s+|mindst\s+)?undgå\b|\bhænger\s+sammen\b|"
    r"\bhow\s+many\s+(?:\w+\s+){0,2}[\w-]*placements\s+(?:must|should|do|would|will|need|have)\b|\bbreaks?\s+even\b|"
    # "how many residential placements at the national average would we have to avoid to cover …"
    r"\bhow\s+many\s+(?:\w+\s+){0,2}[\w-]*placements\b[^?!]{0,60}?\b(?:would|must|should|do)\s+we\s+"
    r"(?:have\s+to\s+|need\s+to\s+)?(?:avoid|prevent)\b"
)


# "net savings of DKK 650,000": a net figure the question states, not one it asks for
STATED_AFTER = _re(r"\s*(?:of|på|:|er|is|at)?\s*(?:dkk|kr\.?)?\s*\d")
_MONEY_WORD = _re(r"\b(?:kost\w*|cost\w*|kr\.?|dkk|udgift\w*|pris\w*|løn\w*)\b")
DIRECT: tuple[tuple[re.Pattern[str], str], ...] = (
    (BENCH_GAP_Q, "bench_gap"),
    (POSTS_FREED_Q, "posts_freed"),
    (YEAR_PRICE_Q, "cost_per_year"),
    (CASES_Q, "cases"),
    (CASELOAD_HAPPENS_Q, "caseload"),
    (POSTS_Q, "staff_affordable"),
    (FEWER_Q, "avoided"),
    (AFFORD_Q, "staff_affordable"),
    (MOVES_Q, "moves_needed"),
    (MOVED_COUNT_Q, "moved"),
    (PAYBACK_Q, "payback_years"),
    (CUMULATIVE_Q, "net_total"),
    (PAYROLL_Q, "payroll_after"),
    (LEFTOVER_Q, "budget_left"),
    (PCT_SHARE_Q, "pct_share"),
    (PER_PLACEMENT_Q, "cost_per_placement"),
    (TERSE_COST_Q, "cost_per_year"),
    (TOTAL_Q, "cost_per_year"),
    (PCT_TOO_Q, "pct_change"),
    (TERSE_EXTRA_Q, "extra_staff"),
    (CLOSED_Q, "cases_closed"),
    (OVERRUN_PCT_Q, "pct_change"),
    (LEFT_Q, "caseload_left"),
    (PRICE_GAP_Q, "price_gap"),
    (PER_WEEK_Q, "price_per_week"),
    (PER_DAY_Q, "price_per_day"),
)


# "hvor mange procent af stillingerne er det", "what percent of our posts is that": a share of the staff
PCT_OF_STAFF_Q = _re(
    r"\b(?:procent|percent\w*|pct)\s+(?:af|of)\s+(?:\w+\s+){0,2}?(?:\w*stilling\w*|posts?|positions?|"
    r"\w*rådgiver\w*|staff|årsværk\w*|FTEs?|caseworkers?)\b"
)


def asked_in(text: str) -> list[str]:
    """The quantities a question asks for, in the order it asks them."""
    return _names(text, asked_hits(text))


def asked_hits(text: str) -> list[tuple[int, str]]:
    """Where each asked quantity is asked, before the names are settled (for what was asked but not read)."""
    hits = _patterned(text) + staff_asks(text) + saving_asks(text) + list_asks(text)
    for m in BE_Q.finditer(text):
        sentence = _sentence_at(text, m.start())
        pct = PCT_WORD.search(sentence[1])
        hits.append((sentence[0] if pct else m.start(), "break_even_pct" if pct else "break_even"))
    hits += [(m.start(), name) for pattern, name in DIRECT for m in pattern.finditer(text)]
    hits += staff_noun_asks(text) + month_asks(text)
    if CLOSING.search(text):  # "… lukke 20 % … hvor mange er der tilbage": the cases still open
        hits += [(m.start(), "cases_open") for m in OPEN_Q.finditer(text)]
        hits += [(m.start(), "cases_closed") for m in THAT_MANY_Q.finditer(text)]  # "… hvor mange sager er det"
    hits += [
        (m.start(), "saving_per_placement" if SAVED_BEFORE.search(text, 0, m.start()) else "cost_per_placement")
        for m in THAT_PER_PLACEMENT_Q.finditer(text)
    ]
    hits += [
        (m.start(), "savings_per_year" if SAVED_BEFORE.search(text, 0, m.start()) else "cost_per_year")
        for m in THAT_PER_YEAR_Q.finditer(text)
    ]
    hits = [h for h in hits if not _in_stated_change(text, h[0])]
    hits += [h for h in terse_list(text) if not _sentence_has(text, h[0], hits)]
    hits += [h for h in imperative_list(text) if not _sentence_asks(text, h, hits)]
    if not hits:  # "hvad svarer det til pr. rådgiver?" with nothing else asked: the caseload
        hits = [(m.start(), "caseload") for m in PER_WORKER_END_Q.finditer(text) if not _MONEY_WORD.search(m.group(0))]
    # "hvor mange procent flere rådgivere": the staff in percent, not also a change or a count of staff;
    # "the staff cost per case": a cost per case, not also a yearly cost
    spans = [(*m.span(), "staff_pct") for m in STAFF_PCT_Q.finditer(text)]
    spans += [(*m.span(), "case_cost") for m in CASE_COST_Q.finditer(text)]
    kept = [
        h for h in hits
        if not any(a <= h[0] < b or (name == "case_cost" and h[1] == "cost_per_year" and a - 40 <= h[0] < a)
                   for a, b, name in spans)
    ]  # fmt: skip
    # "how many cases per worker fewer is that", "how many more notifications is that": the change, not a caseload
    # nor staff asked at the same words
    totals = [p for p, name in kept if name == "net_total"]  # "det samlede resultat efter 4 år": the period's net
    kept = [h for h in kept if not (h[1] == "net_per_year" and any(abs(h[0] - p) <= 12 for p in totals))]
    changes = {p for p, name in kept if name == "abs_change"}
    kept = [h for h in kept if not (h[1] in ("caseload", "extra_staff") and h[0] in changes)]
    # "how many more notifications per year is that on average": the change spread over the years said
    kept = [(p, "abs_change_yearly" if name == "abs_change" and _A_YEAR_IN_CLAUSE.match(text, p) else name)
            for p, name in kept if not (name == "abs_change" and _A_MONTH_IN_CLAUSE.match(text, p))]  # fmt: skip
    return kept + [(a, name) for a, _, name in spans]


# "Our average cost per placement went from DKK 690,000 to DKK 815,000.", "Udgiften pr. anbringelse steg fra …":
# a sentence that states a change, with the question asked in another sentence
_STATED_CHANGE = _re(
    r"\b(?:went|rose|grew|fell|dropped|increased|decreased|climbed|jumped|gik|steg|faldt|voksede|er\s+gået|"
    r"has\s+gone)\b[^?!]{0,40}?\b(?:from|fra)\b[^?!]{0,60}?\b(?:to|til)\b"
)


def _in_stated_change(text: str, pos: int) -> bool:
    """The quantity a stated change is about is given by it, not asked ("cost per placement went from …
    to …. What's the percentage increase?" asks the change, not the cost per placement)."""
    start, end = sentence_bounds(text, pos)
    if (end < len(text) and text[end] == "?") or "?" not in text[end:]:
        return False
    return bool(_STATED_CHANGE.search(text, start, end))


def _sentence_asks(text: str, hit: tuple[int, str], hits: list[tuple[int, str]]) -> bool:
    """Whether the sentence of ``hit`` already asks for its quantity (a request lists several nouns; the
    ones other phrasings caught are not read twice)."""
    start, end = sentence_bounds(text, hit[0])
    return any(start <= p <= end and name == hit[1] for p, name in hits)


def _sentence_has(text: str, pos: int, hits: list[tuple[int, str]]) -> bool:
    """Whether the sentence at ``pos`` already asks something: a note's nouns are read only in a sentence
    that has no other ask ("Savings per child, per year and over 2 years?" is read once)."""
    start, end = sentence_bounds(text, pos)
    return any(start <= p <= end for p, _ in hits)


_A_YEAR_IN_CLAUSE = _re(
    r"[^?.,]*?\b(?:per\s+year|a\s+year|each\s+year|yearly|annually|om\s+året|årligt|pr\.?\s+år)\b[^?.,]*?"
    r"\b(?:on\s+average|average|i\s+gennemsnit|i\s+snit|gennemsnitlig\w*)\b|"
    r"[^?.,]*?\b(?:on\s+average|average|i\s+gennemsnit|i\s+snit|gennemsnitlig\w*)\b[^?.,]*?"
    r"\b(?:per\s+year|a\s+year|each\s+year|yearly|annually|om\s+året|årligt|pr\.?\s+år)\b"
)


# "how many more is that per month on average": a month's change, not worked out here (the total is no answer)
_A_MONTH_IN_CLAUSE = _re(
    r"[^?.,]*?\b(?:per\s+month|a\s+month|each\s+month|monthly|pr\.?\s+måned|om\s+måneden|månedlig\w*)\b"
)


def _names(text: str, hits: list[tuple[int, str]]) -> list[str]:
    """The asked names in order, once each, with the phrasings that ask one thing in two words settled."""
    names = settle_months([name for _, name in sorted(hits)], text)
    if "savings_per_year" in names and SAVE_NEED.search(text) and FUND_Q.search(text):
        # "hvor meget skal vi spare for at finansiere 5 rådgivere": the saving that pays for them
        names = ["savings_needed" if n == "savings_per_year" else n for n in names]
    if {"savings_per_year", "break_even"} <= set(names) and SAVE_NEED.search(text):
        # "hvor meget skal vi spare om året for at gå i nul": the saving that covers the cost
        names = ["savings_needed" if n == "savings_per_year" else n for n in names if n != "break_even"]
    if "cost_per_month" in names:  # the year's cost first, then its twelfth
        names = [n for n in names if n != "cost_per_month"] + ["cost_per_month"]
    if "pct_change_yearly" in names:  # the rise a year asked: not the whole period's rise beside it
        names = [n for n in names if n != "pct_change"]
    if "cost_per_year_month" in names:  # the new staff's year first, then its twelfth
        names = [n for n in names if n not in ("cost_per_year_month", "cost_per_year")]
        names += ["cost_per_year", "cost_per_year_month"]
    if "payback_years" in names:
        names = [n for n in names if n not in ("break_even", "staff_affordable")]  # "how many full years is that"
        if NET_SAVING.search(text):  # "hvis vi sparer 450.000 kr. netto om året": the net is given, not asked
            names = [n for n in names if n != "net_per_year"]
    if "staff_affordable" in names and CUT_POSTS_Q.search(text):
        # "hvis vi i stedet nedlægger stillinger á 610.000 kr., hvor mange er det": posts cut to save a sum, the
        # sum saved in full (rounded up), not posts a budget pays for
        names = ["posts_cut" if n == "staff_affordable" else n for n in names]
    if "pct_change" in names and "staff_pct" not in names and PCT_OF_STAFF_Q.search(text):
        # "hvor mange procent af stillingerne er det": a share of the staff, not a change, nor posts a sum pays for
        names = ["pct_share" if n == "pct_change" else n for n in names if n != "staff_affordable"]
    if "posts_cut" in names:
        # "hvor mange stillinger skal vi nedlægge": the posts cut, not the staff a target needs
        names = [n for n in names if n not in ("staff_needed", "extra_staff")]
    if "staff_affordable" in names and AFFORD_Q.search(text):
        names = [n for n in names if n != "extra_staff"]  # "hvor mange ekstra rådgivere kan vi have ansat": afforded
    if {"pct_share", "break_even_pct"} & set(names):
        names = [n for n in names if n != "pct_change"]  # "hvor mange procent udgør / … betaler sig"
    return list(dict.fromkeys(names))


def _patterned(text: str) -> list[tuple[int, str]]:
    hits: list[tuple[int, str]] = []
    per_worker: list[tuple[int, int]] = []
    for name, pattern in ASKED:
        found = list(pattern.finditer(text))
        if name == "cost_per_worker":
            per_worker = [x.span() for x in found]
        # "hvad koster en rådgiver" is not also the cost a year; "hvad koster det over 3 år" elsewhere is
        hits += [(x.start(), name) for x in found
                 if (name != "cost_per_year" or not any(a <= x.start() < b for a, b in per_worker))
                 and not (name == "net_per_year" and STATED_AFTER.match(text, x.end()))]  # fmt: skip
    return hits


def _sentence_at(text: str, pos: int) -> tuple[int, str]:
    start, end = sentence_bounds(text, pos)
    return start, text[start:end]
