"""The question phrasings that each ask for one quantity by name (Danish and English): the caseload, the
distance over a target, the cases a team can carry, cases over capacity, a change in kroner or percent,
the cost per worker, the cost a year, the net result, the extra staff.

Apart from ``calc_asked`` (which finds every asked quantity, in order, and settles the phrasings that ask
one thing in two words) so each stays short. Each names the class of phrasing it serves, not a question
it was fitted to.
"""

from __future__ import annotations

import re

from assistant.calc.words import CHILD_NOUN, PLACEMENT_NOUN, STAFF_NOUN, _re

# the caseload counted in children or families: "hvor mange børn har hver rådgiver", "how many children per worker"
CHILDREN_CARRIED = (
    rf"\bhvor\s+mange\s+(?:børn|familier|unge)\s+(?:har|får)\s+(?:hver|den\s+enkelte)\s+(?:{STAFF_NOUN})\b|"
    rf"\bhvor\s+mange\s+(?:børn|familier|unge)\s+(?:pr\.?|per)\s+(?:{STAFF_NOUN})\b|"
    rf"\bhow\s+many\s+(?:children|kids|families|young\s+people)\s+(?:per|does\s+each|for\s+each|each)\s+"
    rf"(?:{STAFF_NOUN})\b"
)
CHILDREN_CARRIED_Q = _re(CHILDREN_CARRIED)
# "… a month each", "pr. måned pr. rådgiver": one worker's month, not the new staff's together
_NOT_EACH = rf"(?!\s*,?\s*(?:each|apiece|hver|pr\.?\s+(?:{STAFF_NOUN}|person|stk)|per\s+(?:worker|head|person|post)))"
_NOT_IF_DA = r"(?!hvis\b|når\b|og\b|spar)"
_NOT_IF_EN = r"(?!if\b|when\b|and\b|sav)"
# more or fewer staff, placements or children are the staff or placements asked, not a change of a value
_NOT_A_CHANGE = (
    rf"{STAFF_NOUN}|{PLACEMENT_NOUN}|{CHILD_NOUN}|people|persons?|personer|folk|heads|mennesker|fewer|more|færre|flere|is|er"
)
ASKED: list[tuple[str, re.Pattern[str]]] = [
    (
        # "hvad koster en rådgiver os om måneden", "what does one caseworker cost us a month": a year's cost ÷ 12
        "cost_per_month",
        _re(
            rf"\b(?:hvad|hvor\s+meget)\s+koster\s+(?:en|én|hver)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\s+(?:os\s+)?"
            r"(?:om|pr\.?|per|i)\s+måned(?:en)?\b|"
            rf"\b(?:what|how\s+much)\s+(?:does|would|will)\s+(?:a|one|each)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\s+cost\s+"
            r"(?:us\s+)?(?:a|per|each)\s+month\b"
        ),
    ),
    (
        # "hvad koster de nye pr. måned", "what will the new workers cost us a month": the new staff's year ÷ 12
        "cost_per_year_month",
        _re(
            rf"\bhvad\s+koster\s+(?:de|dem)\s+(?:nye|ekstra)\s+(?:(?:{STAFF_NOUN})\s+)?(?:os\s+)?"
            rf"(?:om|pr\.?|per|i)\s+måned(?:en)?\b{_NOT_EACH}|"
            rf"\b(?:what|how\s+much)\s+(?:do|would|will)\s+(?:they|the\s+(?:new|extra)\s+(?:(?:{STAFF_NOUN})|ones))\s+"
            rf"cost\s+(?:us\s+)?(?:a|per)\s+month\b{_NOT_EACH}|"
            rf"\bmonthly\s+(?:cost|bill)\s+(?:of|for)\s+(?:the|them|these)\s+(?:new|extra)\s+(?:{STAFF_NOUN})\b"
        ),
    ),
    (
        "caseload",
        _re(
            r"\b(?:hvad|hvor\s+(?:stort|højt))\s+(?:er|bliver|vil|ville|var)\s+(?:\w+\s+){0,2}?sagstal|"
            r"\bwhat(?:'s|\s+is|\s+will\s+be|\s+would\s+be|\s+was)\s+(?:[\w']+\s+){0,2}?caseload\b|"
            r"\bwhat\s+(?:will|would)\s+(?:the\s+|our\s+|their\s+)?(?:new\s+|resulting\s+)?caseloads?\s+(?:\w+\s+)?be\b|"
            r"\bhow\s+many\s+cases\s+(?:per|does\s+each|each|will\s+each|would\s+each)\b|"
            r"\bhvor\s+mange\s+sager\s+(?:pr\.|per|får|fik|har|havde|vil)\s+(?:hver|en|de)\b|"
            r"\bhow\s+many\s+cases\s+did\s+(?:each|every)\b|"
            # "hvilket sagstal giver det", "what caseload per worker does that give us"
            r"\bhvilket\s+sagstal\b|\b(?:what|which)\s+caseload\b(?!\s+(?:target|goal|should|must))|"
            r"\b(?:beregn|udregn)\s+sagstal|\bcalculate\s+the\s+caseload|\bi\s+sagstal\b\s*\?|"
            r"(?:^|[.!?,:;–—-]\s*)(?:sagstal(?:let)?|(?:the\s+)?caseload|(?:current|average|the)\s+(?:case\s*)?load|"
            r"(?:nuværende\s+|gennemsnitlig\s+)?sagsbelastning(?:en)?)\s*\?|\bhvad\s+sker\s+der\s+med\s+sagstallet|"
            r"\bwhat\s+happens\s+to\s+(?:the\s+|our\s+)?caseload|"
            r"\bsagstallet\s+(?:før\s+og\s+efter|bagefter|efter|fra\s+og\s+til)\b|\bcaseload\s+(?:before\s+and\s+after|afterwards)\b|"
            r"\bwhere\s+does\s+that\s+leave\s+the\s+caseload\b|\bcaseload\s+(?:drop|fall|go|change)\s+from\s+and\s+to\b|"
            r"\bhow\s+much\s+will\s+(?:that|it)\s+(?:lower|reduce|bring\s+down)\s+(?:the\s+|our\s+)?caseload|"
            r"\bhvor\s+meget\s+(?:vil|kan)\s+(?:det|de|pengene)\s+(?:sænke|nedbringe|få\s+ned)\s+sagstallet|\bhow\s+far\s+(?:\w+\s+){0,3}?(?:bring|get)\s+down\s+the\s+caseload"
        ),
    ),
    (
        "caseload",  # "hvor mange sager er det pr. årsværk", "how many cases is that per worker"
        _re(
            # "hvad svarer det til pr. medarbejder": cases per worker, or a sum per post cut (``calc.known``)
            rf"\bhvad\s+svarer\s+(?:det|de)\s+til\s+(?:pr\.?|per)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
            rf"\bhvor\s+mange\s+sager\s+(?:\w+\s+){{0,3}}?(?:pr\.?|per)\s+(?:{STAFF_NOUN})\b|"
            rf"\bhow\s+many\s+cases\s+(?:\w+\s+){{0,3}}?(?:per|for\s+each)\s+(?:{STAFF_NOUN})\b|"
            + CHILDREN_CARRIED
        ),
    ),
    (
        "over_target",  # "hvor mange ligger det over et mål på 35", "how far above the target is that"
        _re(
            r"\bhvor\s+(?:mange|meget|langt)\s+(?:\w+\s+){0,4}?(?:over|under)\s+(?:et\s+|målet|mål|normen|the\s+|a\s+)|"
            r"\bhow\s+(?:many|much|far)\s+(?:\w+\s+){0,4}?(?:above|over|below|under)\s+(?:the\s+|a\s+|our\s+)?"
            r"(?:\d+[-\s](?:cases?\s+)?)?(?:target|norm|goal)|"
            # "hvor mange sager ligger det over 45 pr. rådgiver": the caseload's distance from the 45, per worker
            rf"\bhvor\s+mange\s+sager\s+(?:\w+\s+){{0,3}}?over\s+\d+\s+(?:sager\s+)?(?:pr\.?|per)\s+(?:{STAFF_NOUN})"
        ),
    ),
    (
        "cases_carried",
        _re(r"\bhvor\s+mange\s+sager\s+(?:kan|vil|ville|kunne)\b|\bhow\s+many\s+cases\s+(?:can|could)\b"),
    ),
    (
        "over_capacity",
        _re(
            r"\bover\s+(?:capacity|kapacitet\w*)|\bfor\s+mange\s+sager\b|\btoo\s+many\s+cases\b|"
            r"\bhvor\s+mange\s+sager\s+(?:\w+\s+){0,3}?(?:over(?!\s+\d+\s+(?:sager\s+)?(?:pr\.?|per)\s)|for\s+mange)\b|"
            r"\b(?:above|beyond)\s+capacity\b|"
            # "hvor mange sager har vi i alt ud over det, 42 rådgivere kan bære", "hvor mange sager skal teamet af med
            # for at ramme 25", "how many cases in total are we above what 41 workers would carry"
            r"\bhvor\s+mange\s+sager\s+(?:\w+\s+){0,6}?(?:ud\s+over|af\s+med)\b|"
            r"\bhow\s+many\s+cases\s+(?:\w+\s+){0,6}?(?:above|over|beyond)\s+what\b|"
            r"\bhow\s+many\s+cases\s+(?:\w+\s+){0,5}?(?:get\s+rid\s+of|shed|offload)\b|"
            # "how many cases are above the guideline": the team's cases over what it carries at the limit
            r"\bhow\s+many\s+cases\s+(?:are|is|do\s+we\s+have|does\s+the\s+team\s+have)\s+(?:above|over|beyond)\s+"
            r"(?:the\s+|our\s+|its\s+)?(?:guideline|limit|cap|ceiling|norm|target)\b"
        ),
    ),
    (
        # "how many cases per worker does that take off", "hvor meget falder sagstallet": today's caseload less the
        # one after the change
        "caseload_fall",
        _re(
            r"\bhow\s+many\s+cases\s+(?:per\s+\w+\s+|each\s+)?(?:does|will|would)\s+(?:that|it|this)\s+take\s+off\b|"
            r"\bhow\s+much\s+(?:does|will|would)\s+(?:the\s+|our\s+)?(?:average\s+)?caseload\s+(?:fall|drop|go\s+down)\b|"
            r"\bhvor\s+meget\s+(?:falder|lettes|sænkes|reduceres)\s+(?:det\s+gennemsnitlige\s+)?sagstallet\b|"
            r"\bhvor\s+mange\s+sager\s+(?:pr\.?\s+\w+\s+)?(?:falder|tager|fjerner|letter)\s+det\b"
        ),
    ),
    (
        "abs_change",
        _re(
            r"\bhvor\s+meget\s+(?:er\s+det|udgør\s+det|bliver\s+det)\s+i\s+kroner\b|\bhvor\s+mange\s+kroner\b|"
            r"\bhow\s+much\s+is\s+(?:that|it)\s+in\s+(?:kroner|dkk|money)\b|\bhow\s+many\s+kroner\b|"
            r"\b(?:what\s+is|what's)\s+the\s+(?:difference|increase|change)\s+in\s+(?:kroner|dkk)\b|"
            # "hvor stort er faldet i kroner og i procent", "the drop in kroner and in percent"
            r"\b(?:fald\w*|stigning\w*|ændring\w*|forskel\w*|drop|fall|increase|change|difference)\b[^?.]{0,20}?"
            r"\b(?:i|in)\s+(?:kroner|dkk|antal|number|absolute\s+terms)\b|"
            # "hvor mange sager er det færre": the change in cases
            r"\bhvor\s+mange\s+sager\s+er\s+det\s+(?:færre|flere)\b|"
            # "how many cases per worker fewer is that", "hvor mange færre underretninger er det": the change itself,
            # of anything but staff (more staff is the staff asked)
            rf"\b(?:how\s+many|hvor\s+mange)\s+(?!(?:{_NOT_A_CHANGE})\b)[\w.-]+\s+(?:[\w.-]+\s+){{0,3}}?"
            r"(?:fewer|more|færre|flere)\s+(?:[\w.-]+\s+){0,3}?(?:is\s+(?:that|it)|er\s+det|bliver\s+det)\b|"
            rf"\b(?:how\s+many|hvor\s+mange)\s+(?:fewer|more|færre|flere)\s+(?!(?:{_NOT_A_CHANGE})\b)[\w.-]+\s+"
            r"(?:[\w.-]+\s+){0,3}?(?:is\s+(?:that|it)|er\s+det|bliver\s+det)\b|"
            # "hvor mange procentpoint er det", "how many percentage points is that": a change of shares in points
            r"\bhvor\s+mange\s+procentpoint\b|\bhow\s+many\s+percentage\s+points\b|"
            # "hvor meget er det steget – i procentpoint og i procent": a change of shares in points
            r"\b(?:i|in)\s+(?:procentpoint|percentage\s+points|points)\b"
        ),
    ),
    (
        "cost_per_worker",
        _re(
            rf"\b(?:hvad|hvor\s+meget)\s+koster\s+(?:en|én|hver)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
            rf"\b(?:what|how\s+much)\s+(?:does|would|will)\s+(?:one|each|a)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\s+cost\b|"
            rf"\b(?:hvad|what)\s+(?:er|is)\s+(?:udgiften|the\s+cost)\s+(?:pr\.?|per)\s+(?:{STAFF_NOUN})\b|"
            rf"\b(?:hvad|hvor\s+meget|how\s+much|what)(?:'s|\s+er|\s+is)\s+(?:det|that|it)\s+(?:pr\.?|per)\s+"
            rf"(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
            rf"\b(?:cost|udgift\w*|pris\w*)\s+(?:pr\.?|per)\s+(?:head|person|capita|næse|hoved|{STAFF_NOUN})\b"
            r"(?!\s*(?:er\s+|is\s+|på\s+|of\s+|:)?\s*\d)|"
            rf"\b(?:hvad|hvor\s+meget)\s+koster\s+(?:det|de|den)\s+(?:pr\.?|per)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
            rf"\b(?:what|how\s+much)\s+(?:do|does|would|will)\s+(?:it|that|they)\s+cost\s+(?:per|a)\s+(?:head|{STAFF_NOUN})\b|"
            r"\b(?:what|how\s+much)\s+(?:does|would|will)\s+(?:each|one)(?:\s+one|\s+of\s+them)?\s+cost\b|"
            r"\bhvad\s+koster\s+(?:én|en)\s+af\s+dem\b|\bhvad\s+koster\s+(?:hver(?:\s+enkelt)?|én)\s*[?,]|"
            r"\bwhat\s+does\s+one\s+cost\b|"
            # "hvad koster de så pr. styk", "what do they cost apiece": the staff just priced, one at a time
            r"\b(?:hvad|hvor\s+meget)\s+koster\s+(?:de|det)\s+(?:så\s+)?(?:pr\.?\s+styk|stykket|hver)\b"
            r"(?!\s+(?:måned|uge|dag|år|kvartal))|"
            r"\b(?:what|how\s+much)\s+(?:do|does|would|will)\s+(?:they|it|that)\s+cost\s+(?:apiece|each|per\s+piece)\b"
            r"(?!\s+(?:month|week|day|year|quarter))"
        ),
    ),
    (
        "cost_per_year",
        _re(
            rf"\b(?:hvad|hvor\s+meget)\s+(?:{_NOT_IF_DA}[\w,.]+\s+){{0,6}}?(?:kost\w*|(?:mer)?udgift\w*|pris\w*)|"
            rf"\b(?:what(?:'s)?|how\s+much)\s+(?:{_NOT_IF_EN}[\w',.]+\s+){{0,8}}?(?:cost\w*|price|bill)\b|"
            r"\bwhat(?:'s|\s+is)\s+that\s+(?:per|a)\s+year\b|\bhvad\s+(?:er|bliver)\s+det\s+(?:om|pr\.?)\s+året\b|"
            # "what's the new yearly total", "hvad bliver totalen": the spend after a change, not a saving's total
            r"\bwhat(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:the|our)\s+(?:new\s+)?(?:annual\s+|yearly\s+)?total\b"
            r"(?!\s+(?:\w+\s+)?(?:saving|savings|number|of|over|across|cases|staff|net)\b)|"
            r"\bhvad\s+(?:er|bliver)\s+(?:den\s+nye\s+)?total(?:en)?\b(?!\s+(?:over|for|på|af)\b)|"
            r"\bhvad\s+(?:løber|beløber)\s+(?:det|de|den)\s+(?:sig\s+)?(?:op\s+)?(?:i|til)\b|"
            rf"\bwhat\s+does\s+(?:that|it)\s+(?:come|add)\s+(?:up\s+)?to\b(?!\s+(?:per|a|each)\s+(?:{STAFF_NOUN})\b)"
        ),
    ),
    (
        "net_per_year",
        _re(
            r"\bnetto\w*|\bnet\s+(?:\w+\s+)?(?:effect|result|saving|savings|cost|gain|impact|outcome|benefit)\b|"
            r"\b(?:and|og)\s+(?:the\s+)?net\b|\bnet\s+(?:per|a|each)\s+year\b|"
            r"\bgår\s+det\s+(?:op|i\s+nul)\b|\bdet\s+samlede?\s+(?:resultat|regnestykke)\b|"
            r"\boverall\s+(?:effect|result)\b|\bbottom\s+line\b|\bbetter\s+or\s+worse\s+off\b|"
            r"\bbedre\s+eller\s+(?:dårligere|værre)\s+stillet\b|\bplus\s+eller\s+minus\b|\bcome\s+out\s+ahead\b"
        ),
    ),
    (
        # "hvad er den gennemsnitlige årlige stigning i procent", "the average annual growth": compounded, per year
        "pct_change_yearly",
        _re(
            r"\b(?:gennemsnitlig\w*\s+)?årlig\w*\s+(?:procentvis\w*\s+)?(?:stigning|vækst|fald|ændring)\w*|"
            r"\b(?:stigning|vækst|fald)\w*\s+(?:pr\.?\s+år|om\s+året|per\s+år)\s+i\s+(?:gennemsnit|snit)\b|"
            r"\baverage\s+(?:annual|yearly)\s+(?:percentage\s+)?(?:increase|growth|rise|change|decline|fall)\b|"
            r"\b(?:annual|yearly)\s+growth\s+rate\b|\bCAGR\b"
        ),
    ),
    (
        "pct_change",
        _re(
            r"\b(?:med\s+)?hvor\s+mange\s+procent\b|\bhvor\s+meget\s+i\s+procent|"
            r"\b(?:stigning|fald|ændring|forskel|vækst)\w*(?:\s+\w+){0,3}?\s+i\s+procent|\bprocent(?:vis|vise)?\s*"
            r"(?:stigning|fald|ændring|vækst)\w*|\bby\s+what\s+percent(?:age)?|\bhow\s+many\s+percent|"
            r"\bwhat\s+percent(?:age)?|\bpercent(?:age)?\s+(?:increase|decrease|change|rise|fall|drop|growth|"
            r"reduction|cut)|"
            r"\b(?:increase|decrease|change|rise|fall|drop)\s+in\s+percent|"
            r"%\s*(?:increase|decrease|change|rise|fall|drop|growth|stigning|fald|ændring)\b|"
            # "how big a cut is that in percent", "hvor stor en reduktion er det i procent"
            r"\b(?:cut|reduction|drop|decrease|increase|rise|fall|reduktion|nedskæring|nedgang|stigning|fald|"
            r"expensive|dearer|cheaper|higher|lower|dyrere|billigere|højere|lavere)\w*"
            r"(?:\s+\w+){0,3}?\s+(?:in|i)\s+(?:percent|procent)\b"
        ),
    ),
    (
        "extra_staff",
        _re(
            r"\bhvor\s+mange\s+(?:\w+\s+){0,2}?mangler\b|\bhow\s+many\s+(?:\w+\s+){0,2}?(?:missing|short)\b|"
            r"\bhvor\s+mange\s+(?:flere|ekstra)\b|\bhow\s+many\s+(?:more|extra|additional)\b|"
            r"\bhow\s+many\s+(?:new\s+)?hires\b|\bhvor\s+mange\s+(?:ny)?ansættelser\b|"
            r"\bhvor\s+mange\s+(?:skal|må|bør)\s+(?:vi|i|de)\s+(?:\w+\s+)?(?:ny|gen)?ansætte|"
            r"\bhow\s+many\s+(?:should|must|do|would)\s+(?:we|you|they)\s+(?:need\s+to\s+)?(?:hire|add|recruit)"
        ),
    ),
]
