"""The words a calculation question is read by, as named regular expressions (Danish and English).

Each pattern names the class of phrasing it serves, not a question it was fitted to: nouns that say what
a number counts, cues that say whether a caseload is today's or the target (what a question *asks* for
is read by ``calc_asked``; placement types and moves by ``calc.placement_words``; what an amount is the
price of, and whether it is each or in total, by ``calc.amount_words``).
``calc_question`` combines them.
Patterns that look *before* a number are searched in the text since the previous number, so a cue
never reaches across another number; patterns that look *after* it are matched at its end.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


# --- nouns: what a number counts -------------------------------------------------------------------
STAFF_NOUN = (
    r"(?:fuldtids)?(?:social|familie|myndigheds|børne|unge|sags)?rådgiver(?:e|ne|en|es|nes)?|rådg(?=\.|\b)|sagsbeh(?=\.|\b)|sagsstamme(?:r|rne)|sagsbehandler(?:e|ne|en|es|nes)?|"
    r"medarbejder(?:e|ne|en|es|nes)?|(?:fuldtids|ny)?ansatte|(?:fuldtids|deltids)stilling(?:er|erne|en)?|"
    r"case\s*managers?|case\s*handlers?|stilling(?:er|erne|en)?|(?:social)?rådgiverstilling(?:er|erne|en)?|årsværk(?:ene)?|normering(?:er)?|"
    r"(?:full[- ]time\s+)?(?:social\s+|case\s*)?workers?|caseworkers?|advis[eo]rs?|ftes?|"
    r"staff(?:\s+members?)?|positions?|posts?|employees?"
)
CASE_NOUN = (
    r"(?:børne|familie|handicap|ungde?|underretnings|myndigheds)?sag(?:er|erne|en)?|"
    r"(?:children'?s\s+|child(?:ren)?\s+|kids'?\s+|kid\s+|open\s+|family\s+|active\s+)?cases?(?!\s*(?:managers?|handlers?|workers?))"
)
_RESIDENTIAL = r"døgninstitution|institution|opholdssted|døgn|residential|institutional|children'?s\s+home"
# "Døgn 1.160.000 kr., pleje 470.000 kr.": "pleje" alone names foster care only as a price's label
_FOSTER = (
    r"plejefamilie|familiepleje|netværkspleje|slægtspleje|foster|kinship(?:\s+care)?|\bpleje(?=\s*(?:kr\.?\s*)?(?:\d|$))"
)
PLACEMENT_NOUN = (
    rf"(?:(?:{_RESIDENTIAL}|{_FOSTER})s?)?anbringelse(?:r|rne|n)?|"
    r"(?:(?:residential(?:[- ]institution)?(?:\s+care)?|institutional|"
    r"foster(?:[- ](?:family|care))?|out-of-home|family)\s+)?placements?|"
    r"children\s+in\s+care"
)
CHILD_NOUN = r"børn(?:ene)?|barn(?:et)?|unge|children|child|kids|young\s+people"
# Words that may stand between a number and its noun without changing what it counts.
_ADJ = (
    r"fuldtids|faste|nyansatte|åbne|aktive|nuværende|erfarne|uddannede|kommunale|full[- ]time|open|active|"
    r"current|experienced|qualified|municipal|social|forebyggende|preventive|løbende|ongoing|\w*anbragte|placed|"
    r"verserende|igangværende|pending|normerede|budgetterede|funded|budgeted|established"
)
_MORE = r"flere|ekstra|nye|yderligere|more|extra|additional|new"
VACANT = r"ubesat\w*|vakant\w*|vacant|unfilled"  # a post with nobody in it
MORE_WORD = _re(rf"\b(?:{_MORE})\b")

COUNT_AFTER = {
    "cases": _re(rf"\s*(?:(?:{_ADJ})\s+){{0,2}}(?:{CASE_NOUN})\b"),
    "any": _re(
        rf"\s*(?:(?:{_ADJ}|{_MORE}|færre|fewer)\s+){{0,3}}"
        rf"(?:{CASE_NOUN}|{STAFF_NOUN}|{PLACEMENT_NOUN}|{CHILD_NOUN})\b"
    ),
}
# "out of a team of 40", "et team på 12", "a department of 35": staff counted by the unit they make up
TEAM_OF_BEFORE = _re(r"\b(?:team|teamet|afdeling(?:en)?|department|unit|enhed(?:en)?|staff)\s+(?:of|på|med)\s+$")
# "60 new cases on top of 900", "40 flere sager": cases added, which nothing here adds up (asked about)
MORE_CASES_AFTER = _re(rf"\s*(?:{_MORE})\s+(?:(?:{_ADJ})\s+)?(?:{CASE_NOUN})\b")
STAFF_AFTER = _re(rf"\s*(?:(?:{_MORE}|{_ADJ})\s+){{0,3}}(?:{STAFF_NOUN})\b")
# "4 rådgivere mere", "4 social workers more"; "til" only when no price follows ("3 rådgivere til").
MORE_AFTER = _re(r"\s+(?:mere|ekstra|more|extra)\b|\s+til\b(?!\s*(?:\d|kr|dkk|i\s+alt|en\b|et\b|\w+\s+\d))")
PLACEMENT_AFTER = _re(
    rf"\s*(?:(?P<fewer>færre|fewer|avoided|prevented|undgåede|forebyggede)\s+|(?:{_ADJ}|{_MORE})\s+){{0,2}}"
    rf"(?:{PLACEMENT_NOUN})\b"
)
CHILD_AFTER = _re(rf"\s*(?:(?P<fewer>færre|fewer)\s+|(?:{_ADJ}|{_MORE})\s+){{0,2}}(?:{CHILD_NOUN})\b")
YEARS_AFTER = _re(r"[\s-]*(?:(?:budget|fiscal|financial)\s+)?(?:års?|årig\w*|years?|yrs?)\b(?!\s*(?:gamle?|old))")
# "35 sager pr. rådgiver", "25 cases per social worker", "40 sager hver"
CASELOAD_AFTER = _re(
    rf"\s*(?:{CASE_NOUN})\s*(?:(?:pr\.?|per|om|for\s+hver|for\s+each|a|each|hver)\s+(?:[\w-]+\s+)?|/\s*)"
    rf"(?:{STAFF_NOUN}|mand|person|head|næse)\b|"
    rf"\s*(?:{CASE_NOUN})\s+(?:(?:max(?:imum)?|maks(?:imalt)?|at\s+most|højst)\s+)?(?:hver|each|apiece)\b|"
    # "20-30 børn pr. fuldtidsansat socialrådgiver", "children per full-time worker": children carried are cases
    rf"\s*(?:børn|children|kids)\s+(?:pr\.?|per|a|for\s+each|for\s+hver)\s+(?:[\w-]+\s+)?(?:{STAFF_NOUN})\b"
)

# "ingen må have mere end 26 sager", "no more than 26 cases each": a cap on cases per worker, not cases
CAP_BEFORE = _re(
    r"\b(?:højst|maks(?:imalt)?|max(?:imum)?(?:\s+of)?|at\s+most|no\s+more\s+than|not\s+more\s+than|"
    r"ikke\s+(?:mere\s+end|over)|mere\s+end|more\s+than|over)\s*$"
)
# A from-to pair is about caseloads when these words stand near it ("fra 40 til 30 i sagstal").
CASELOAD_WORD = _re(r"\b(?:sagstal\w*|case\s*loads?|sager\s+(?:pr\.?|per)|cases\s+(?:per|a|each))\b")
# "get to 30 per worker", "ned på 25 pr. rådgiver": a caseload with the cases left out
PER_WORKER_AFTER = _re(rf"\s*(?:pr\.?|per)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b")
# "Ved et sagstal på 30 kan de bære 720 sager", "they can carry 840 cases": cases carried, stated
CARRY_BEFORE = _re(
    r"\b(?:kan|kunne|can|could)\s+(?:\w+\s+){0,2}?(?:bære|klare|håndtere|carry|handle|manage)\s+(?:i\s+alt\s+)?$"
)
# "1,1 mio. kr. og 400.000 kr. henholdsvis", "DKK 1.1m and DKK 400,000 respectively": in the order named
RESPECTIVELY = _re(r"\b(?:henholdsvis|respectively|hhv\.?)\b")
# "what would 5 more cost", "hvad koster 3 mere": more of the workers already named, noun left out
BARE_MORE_AFTER = _re(
    r"\s+(?:mere|flere|ekstra|til|more|extra|additional)\b(?!\s*\d)(?!\s+(?:\w+\s+)?(?:sager|cases|børn|children|anbringelser|placements|år|years)\b)"
)
STAFF_NAMED = _re(rf"\b(?:{STAFF_NOUN})\b")
OF_THEM = _re(r"\s+(?:af\s+dem|of\s+them)\b")
# "Tolv medarbejdere har hver 35 sager", "if each can handle 30 cases": a caseload said before its cases
EACH_BEFORE_CASES = _re(r"\b(?:hver|each|apiece)\b(?:\s+(?!and\b|og\b|but\b|men\b)[\w']+){0,3}?\s+$")
# "22 rådgivere med 35 sager i gennemsnit", "29 workers averaging 33 cases": an average is a caseload
AVERAGE_CASES_AFTER = _re(r"\s*(?:sager|cases)\s+(?:hver\s+)?(?:i\s+(?:gennemsnit|snit)|on\s+average)\b")
AVERAGING_BEFORE = _re(r"\baverag(?:e|ing)\s+(?:of\s+)?$|\b(?:har|have|has)\s+(?:i\s+(?:gennem)?snit|on\s+average)\s+$")
# "a caseworker carries 35 cases", "en rådgiver har 30 sager": one worker's cases are a caseload
ONE_CARRIES_BEFORE = _re(
    r"(?:^|\b(?:a|one|en|én|each|hver)\s+)(?:case\s*worker|social\s+worker|worker|rådgiver|socialrådgiver|"
    r"sagsbehandler|medarbejder)\s+(?:\w+\s+){0,2}?(?:carr(?:y|ies)|has|handles|har|sidder\s+med)\s+(?:\w+\s+)?$|"
    # "each of our caseworkers carries 38 cases", "hver af vores rådgivere har 38 sager": no count between
    rf"\b(?:each\s+of\s+(?:our|the|my|your)|hver\s+(?:enkelt\s+)?af\s+(?:vores|de|jeres))\s+(?:{STAFF_NOUN})\s+"
    r"(?:\w+\s+)?(?:carr(?:y|ies)|has|handles|har|sidder\s+med)\s+(?:\w+\s+)?$"
)
# "Each of our 30 caseworkers carries 25 cases", "Hver af de 30 rådgivere har 25 sager": each worker's cases
EACH_OF_STAFF = _re(
    rf"\b(?:each\s+of|hver\s+af|hver\s+enkelt\s+af)\b[^.?!\d]*\d[\d.,]*\s+(?:\w+\s+)?(?:{STAFF_NOUN})\s+"
    r"(?:[\w']+\s+){0,2}$"
)

# "One social worker costs", "én rådgiver koster": the noun after "one" is the subject of a price.
COSTS_AFTER_NOUN = _re(r"\s*(?:\w+\s+){1,3}?(?:koster|kostede|costs?|is\s+priced|runs?\s+(?:at|to))\b")
# "what would five cost", "hvad vil 7 koste": a bare count priced, after the workers were named
ONE_COSTS_BEFORE = _re(
    r"\b(?:one|each|every|én|en|et|hver|hvert|ethvert)\s+(?:\w+\s+)?(?:costs?|koster)\s+(?:os\s+|us\s+)?"
    r"(?:i\s+(?:gennem)?snit\s+|on\s+average\s+)?"
    r"(?:dkk\s+|kr\.?\s+)?$"
)
COST_VERB_AFTER = _re(r"\s+(?:(?:more|mere|flere|extra|ekstra)\s+)?(?:cost|koste|koster|would\s+cost|vil\s+koste)\b")
# "Hvad koster én, og …", "what does one cost?": "one" as the thing priced, not a count
ONE_ASKED = _re(r"\b(?:koster|koste|cost|costs)\s+$|\bwhat\s+does\s+$")
ONE_ASKED_END = _re(r"\s*(?:[?,.]|cost\b|og\b|and\b)")
# "de fem", "the five", "today's 700", "dagens 700": a number said again, pointing back at one already given
BACK_REFERENCE = _re(
    r"\b(?:de|the|those|disse|these|dem|today's|todays|dagens|(?:de|the|our)\s+(?:nuværende|current))\s+$"
)
# "one placement", "avoid one placement", "undgår én anbringelse": a count of one written as a word.
ONE_COUNT = _re(
    rf"\b(?P<n>one|én|ét)\s+(?=(?:more\s+|extra\s+|new\s+|ny\s+|ekstra\s+)?(?:{STAFF_NOUN}|{PLACEMENT_NOUN}|{CHILD_NOUN})\b)|"
    rf"\b(?:undgå\w*|forebygge\w*|avoid\w*|prevent\w*)\s+(?P<m>en|et|a|an)\s+(?=(?:\w+\s+)?(?:{PLACEMENT_NOUN})\b)"
)

# --- cues before a number ------------------------------------------------------------------------------
CASELOAD_BEFORE = _re(
    r"(?:sagstal(?:let)?|sagsstamme\w*|case\s*loads?|target|\bmål(?:et)?|"
    r"\bgoal)\b(?:\s+[\w']+){0,4}?\s*$"
)
# "holde sagstallet på 30", "keep the caseload at 30": a caseload that is today's and the target both
KEEP_BEFORE = _re(
    r"\b(?:(?:holde|fastholde|beholde|bevare)s?|keep|maintain|hold|stay|remain|forblive|blive)\s+(?:\w+\s+){0,3}?"
    r"(?:på|at|to)\s+$"
)
TARGET_END = _re(
    # "ned på DS' 40", "down to the recommended 30": the norm named between the cue and its number
    r"(?:get\s+to|komme\s+(?:ned\s+)?på|(?:en\s+)?(?:nedbringelse|reduktion|sænkning|nedsættelse)\s+(?:af\s+(?:\w+\s+){0,2}?)?til|"
    r"(?:et\s+)?mål\s+på|(?:a\s+)?target\s+of|(?:stay|remain)\s+(?:at|on)|(?:cutting|bringing|getting|lowering|reducing)\s+(?:\w+\s+){0,2}?(?:down\s+)?to|reaching|hitting|(?:ned\s+(?:på|til)|down\s+to)(?:\s+(?:DS'?s?|the\s+DS|de\s+vejledende|det\s+anbefalede|the\s+recommended|"
    r"the\s+guiding|normens?|the\s+norm's))?|\bnå|reach|ramme|\bhit|land\s+on|lande\s+på|"
    r"get\s+(?:it\s+|them\s+)?down\s+to|lower(?:ed)?\s+(?:it\s+)?to|"
    # "to get everyone to 28", "få alle ned på 25": every worker brought to a caseload
    r"get\s+(?:everyone|everybody|all\s+of\s+them|each\s+(?:one|worker))\s+(?:down\s+)?to|"
    r"få\s+(?:alle|hver\s+enkelt)\s+(?:ned\s+)?(?:på|til)|"
    # "the DS upper bound of 30", "DS' øvre grænse på 30": the top of a recommended band, a cap to reach
    r"(?:(?:the|den|DS'?s?|DS'|recommended|anbefalede)\s+){0,3}(?:upper|øvre)\s+(?:bound|limit|grænse|end|ende)\s+(?:of|på)|"
    r"reduce[ds]?\s+(?:it\s+)?to|sænke\w*\s+(?:det\s+)?til|til\s+højst|to\s+at\s+most|højst|at\s+most|"
    r"maks(?:imalt)?|max(?:imum)?(?:\s+of)?|(?:max(?:imum)?|maks(?:imalt|imum)?|loftet|the\s+cap)\s+(?:er|is|på|=)|"
    # "if nobody may carry more than 22", "ingen må have flere end 22": a cap is the target
    r"(?:no|not|nobody|no\s+one)\b[^.?!\d]{0,25}\bmore\s+than|\b(?:ingen|ikke)\b[^.?!\d]{0,25}\b(?:flere|mere)\s+end|"
    # "hvis hver max må have 28", "if each may carry 25": what each worker may carry is the target
    r"\b(?:hver|each)\b[^.?!\d]{0,30}\b(?:må|may|can|kan|skal|should|must)\s+(?:\w+\s+){0,2}?"
    r"(?:have|carry|bære|handle|håndtere|take)|\b(?:hver|each)\s+(?:max(?:imum)?|maks(?:imalt)?|højst|at\s+most))\s*$"
)
# Closest cue wins: a target ("ned på", "reach", "for at nå") or today ("i dag", "vi har", "ved", "fra").
TARGET_CUE = _re(
    r"\b(?:ned\s+på|ned\s+til|down\s+to|komme\s+ned|nå|reach\w*|mål\w*|target\w*|sænke\w*|lower\w*|"
    r"reduce\w*|bring\w*|højst|at\s+most|maks\w*|max\w*|ønske\w*|want\w*|vil|would\s+like|skal|should|must|"
    r"need\w*|behøve\w*|kræve\w*|brug\s+for|for\s+at|in\s+order\s+to|for\s+an?|for\s+et|achieve\w*|"
    r"opnå\w*|hit|go\s+to|going\s+to|move\s+to|til|"
    # "DS' øvre grænse på 30", "the DS ceiling of 30", "DS anbefaler 25": a limit or a recommendation is a target
    r"grænse\w*|loft\w*|sagsloft\w*|ceiling|caps?|limit\w*|anbefal\w*|recommend\w*|norm(?:en)?|"
    # "what would it be per case at a caseload of 25": a caseload said in the conditional is the one to plan for
    r"would\s+(?:it|that|this)\s+be|ville\s+(?:det|den)\s+(?:være|blive))\b"
)
NOW_CUE = _re(
    r"\b(?:i\s+dag|idag|today|i\s+(?:gennem)?snit|on\s+average|average|gennemsnit\w*|nu|now|currently|nuværende|current|aktuel\w*|at\s+present|for\s+tiden|"
    r"presently|has|lå\s+på|lå\s+i|var\s+på|was\s+at|were\s+at|stood\s+at|vi\s+har|we\s+have|we've\s+got|har\s+vi|have\s+we|fra|from|er\s+på|is\s+at|ligger\s+på|"
    r"stands?\s+at|sagstallet\s+er|caseload\s+is|har\s+et|has\s+a|have\s+a|existing|eksisterende|"
    r"averag\w*)\b"
)
# "30 rådgivere har hver 25 sager", "caseworkers each carry 25": a verb of having, read as today's caseload only
# when no cue of a target or a cap stands nearer ("ingen har over 30", "nobody may carry more than 22");
# not "have" ("hvad koster det at have et sagstal på 25": a caseload wished for)
HOLD_CUE = _re(r"\b(?:carr(?:y|ies|ying)|handl(?:e|es|ing)|holds?|holding|sidder\s+med|har|has)\b")
# "a 24-case cap", "a 25-case target", "et sagsloft på", "25-sagers-mål": a caseload named as the cap or goal
CAP_AFTER = _re(r"[-\s]*(?:case|sags?|sagers)[-\s]*(?:cap|target|limit|ceiling|goal|max(?:imum)?|loft|grænse|mål)\b")
HIRE_BEFORE = _re(
    r"\b(?:ansætte\w*|ansat|hyre\w*|hire[sd]?|hiring|add(?:s|ing|ed)?|tilføje\w*|få|get(?:ting)?|employ\w*|"
    r"rekrutter\w*|recruit\w*|opnormer\w*|udvide\w*\s+med|expand\w*\s+by|finansiere\w*|fund(?:ing)?|pay\s+for|"
    r"betale\s+for)\s+(?:\w+\s+)?$"
)
# "sagstal 38 -> 30", "40 → 25": a from-to pair typed as an arrow, no "fra" needed
ARROW_BETWEEN = _re(r"\s*(?:kr\.?|dkk|sager|cases|%)?\s*(?:-+>|→|=>|–>|—>)\s*")
# "from 85 children in out-of-home placement to 72": the start's noun phrase, then "to" and the end value
TO_AFTER_NOUN = _re(r"[^\d.?!;:]{0,60}?\s(?:til|to|ned\s+til|down\s+to|op\s+til|up\s+to)\s+$")
DASH_BETWEEN = re.compile(r"\s*[-–]\s*")  # "40-50": the two ends of a range, nothing between
FROM_BEFORE = _re(r"\b(?:fra|from)\b[^.?!\d]{0,25}$")
TO_BETWEEN = _re(
    r"\s*(?:kr\.?|dkk|sager|cases|%)?\s*(?:pr\.?\s+\w+\s+)?(?:(?:i|in)\s+(?:19|20)\d\d,?\s+|(?:i\s+år|this\s+year|sidste\s+år|"
    r"last\s+year)\s+)?(?:til|to|ned\s+til|down\s+to|op\s+til|up\s+to)\s+"
    r"(?:(?:et\s+sagstal\s+på|a\s+caseload\s+of|kr\.?|dkk)\s*)?$"
)
# "290 handicapsager ud af i alt 1.450", "62 mio. out of 97 mio.": a part and its whole
PART_OF_BETWEEN = _re(
    r"\s*(?:[\w.]+\s+){0,2}?(?:ud\s+af|out\s+of|af\s+(?:de\s+)?(?:samlede|i\s+alt))\s+(?:i\s+alt\s+|in\s+total\s+|a\s+total\s+of\s+)?"
    r"(?:kr\.?\s*|dkk\s*)?$|"
    # "62 mio. kr. af et samlet budget på 97 mio.", "DKK 62m of a DKK 97m budget"
    r"\s*(?:kr\.?|dkk)?\s*(?:ud\s+af|out\s+of|af|of)\s+(?:et|en|a|an|the|vores|our|hele)?\s*"
    r"(?:(?:samlet|samlede|total|overall|whole)\s+)?\w*(?:budget|ramme|frame)\w*\s+(?:på|of|at)\s+(?:kr\.?\s*|dkk\s*)?$|"
    r"\s*(?:kr\.?|dkk)?\s*(?:af|of)\s+(?:et|en|a|an)\s+(?:kr\.?\s*|dkk\s*)?$"
)
# "Ud af vores 1.250 børnesager er 300 …", "Of our 840 children's cases, 126 are …": the whole first
WHOLE_LEAD_BEFORE = _re(r"(?:^|[,.;:?!]\s*)(?:ud\s+af|out\s+of|of|af)\s+(?:vores|our|the|de|i\s+alt|all)?\s*$")
WHOLE_THEN_PART_BETWEEN = _re(r"\s*(?:[\w'.-]+\s+){0,3}?[\w'.-]*\s*,?\s*(?:er|are|is|var|were)?\s*$")
# "1.140 sager i alt, hvoraf 285", "1,140 cases, of which 285": a whole and then its part
OF_WHICH_BETWEEN = _re(
    r"\s*(?:[\w.]+\s+){0,3}?(?:i\s+alt\s*)?,?\s*(?:og\s+|and\s+)?(?:hvoraf|heraf|af\s+dem|of\s+which|of\s+these|"
    r"of\s+them|of\s+this)\s+(?:er\s+|are\s+|is\s+|går\s+|goes\s+|bruges\s+|udgør\s+)?$"
)
CASES_NAMED = _re(rf"\b(?:{CASE_NOUN})\b")
# "1.175.000 kr. mod 470.000 kr.", "DKK 1.1m versus DKK 450,000": two prices set against each other
VERSUS_BETWEEN = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:om\s+året\s+|a\s+year\s+)?(?:mod|versus|vs\.?|against|over\s+for|/)\s*(?:kr\.?|dkk)?\s*$"
)
# "stige 2 % om året", "rise by 3%": a growth rate, never the reduction a saving is computed from
PCT_UP_BEFORE = _re(
    r"\b(?:stig\w*|vokse\w*|øge\w*|forhøje\w*|increas\w*|ris(?:e|es|ing)|grow\w*|op\s+med|"
    r"up\s+by)\b[^.?!\d]{0,20}$"
)
# "24 om 1.080 sager", "28 on 980 cases": the words between a bare count and the cases it shares
SHARING_BETWEEN = _re(r"\s+(?:om|on|for|til|deler|sharing|share|handling|med|with)\s+(?:de\s+|the\s+|vores\s+|our\s+)?")
# "vores team på 12", "a team of 9", "en normering på 20": today's staff counted as a team
TEAM_BEFORE = _re(r"\b(?:team\w*|stab|afdeling\w*|normering|staff|department|unit)\s+(?:på|of|med|with)\s+$")
# "two of our 14 social workers leave", "skærer 4 af vores 37 rådgivere": staff leaving, out of today's
# "10 % af dem", "25% of our 16", "a fifth of those": a share of a count named before or right after
SHARE_OF_AFTER = _re(r"\s+(?:af|of)\s+(?:dem|them|those|these|disse|de|vores|our|the)\b")
SHARE_OF_THEM_AFTER = _re(r"\s+(?:af|of)\s+(?:dem|them|those|these|disse)\b")
# A percentage is a reduction only when words of falling or saving stand in its sentence
FALL_CUE = _re(
    r"\b(?:fald\w*|falde\w*|sænk\w*|reduc\w*|redukt\w*|spar\w*|besparelse\w*|ned|nedbring\w*|færre|mindre|"
    r"lavere|skære\w*|knække\w*|cut\w*|lower\w*|fewer|less|drop\w*|sav(?:e|es|ed|ing|ings)|decreas\w*|declin\w*|"
    r"fall\w*|fell|trim\w*|shave\w*|bring\w*\s+down)\b"
)
# "vi lægger 25 % oven i til overhead", "plus 20% overhead": a surcharge on a price, not a reduction
SURCHARGE_NEAR = _re(r"\b(?:oven\s*i|oveni|on\s+top|tillæg\w*|overhead|pålæg\w*|mark-?up)\b")
OUT_OF_BEFORE_NEXT = _re(r"\s+(?:af|of)\s+(?:vores|our|de|the|our\s+current|de\s+nuværende)?\s*$")
# "What do 7 of those cost", "hvad koster 7 af dem": a count of the thing priced before it
OF_THOSE_AFTER = _re(r"\s+(?:of\s+(?:those|them|these)|af\s+(?:dem|disse|slagsen|den\s+slags))\b")
# "skærer 5 rådgivere væk af de 48, vi har": the cut and then today's staff
CUT_OF_BETWEEN = _re(
    r"\s*(?:[\w-]+\s+){0,3}?(?:af|of)\s+(?:de|the|vores|our)?\s*$|"
    # "cutting 5 advisers out of a team of 40", "skærer 3 rådgivere fra et team på 24"
    r"\s*(?:[\w-]+\s+){0,3}?(?:out\s+of|from|fra|af)\s+(?:a|an|our|the|et|en|vores)\s+"
    r"(?:team|afdeling|department|unit|enhed|staff)\s+(?:of|på|med)\s*$|"
    # "skære 5 rådgiverstillinger fra de nuværende 47", "cut 4 posts from our current 38"
    r"\s*(?:[\w-]+\s+){0,3}?(?:fra|from)\s+(?:de|the|our|vores)\s+(?:nuværende|current|existing|eksisterende)\s*$"
)
# "5 positions are cut", "3 rådgivere stopper": the leaving verb after the count
LEAVE_AFTER = _re(
    r"\s*(?:[\w-]+\s+){0,2}?(?:are\s+|is\s+|bliver\s+|will\s+be\s+)?(?:cut|leave|leaving|quit|stopper|går|nedlægges|"
    r"skæres\s+væk|forsvinder|fratræder|opsiges|afskediges|laid\s+off)\b"
)
# the leaving verb right after a bare count ("3 stopper til nytår", "3 går på pension", "4 leave at year end")
LEAVE_NOW_AFTER = _re(
    r"\s+(?:of\s+them\s+|af\s+dem\s+)?(?:stopper|går\s+på\s+pension|fratræder|siger\s+op|leave|quit|retire|resign)\b"
)
LEAVE = _re(
    r"\b(?:leave|leaves|leaving|quit\w*|cut\w*|lose|losing|lay\s+off|stop(?:per)?|går\s+(?:på\s+pension|ud|ned)|"
    r"forsvinder|fratræder|skære\w*|nedlægge\w*|fyre\w*|mister|miste|afskedige\w*|spare\s+\w*\s*væk)\b"
)
# Between two listed numbers: the first one's words, then "og"/"and"/"," ("3 i plejefamilie og 1").
LIST_JOINER = _re(r"(?:[^\d.?!;]{0,40}?\s)?(?:og|and|eller|or)\s*|[^\d.?!;]{0,40}?,\s*")
PLACEMENT_TOTAL_CUE = _re(
    r"\b(?:har|have|has|havde|had|i\s+alt|in\s+total|currently|i\s+dag|today|anbragt\w*|there\s+are|der\s+er|keep|"
    r"beholde\w*|fastholde\w*|vores|our)\b"
)
# a yearly period ("om året", "a year"): in ``CUES["per_year"]`` below and in ``calc.amount_words``
_YEARLY = (
    r"om\s+året|årligt|a\s+year|per\s+year|pr\.?\s*år\b|annually|yearly|each\s+year|hvert\s+år|"
    r"/\s*(?:år|yr|year)\b|p\.\s?a\.|per\s+annum"  # "560k/yr", "DKK 600,000 p.a."
)

# --- sentences -----------------------------------------------------------------------------------------
# "kr." and "pr." end no sentence; a full stop before a capital letter does.
BOUNDARY = re.compile(r"[?!;\n]|\.\s+(?=[A-ZÆØÅ])")  # case matters here


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence that holds ``pos``."""
    start = max((b.end() for b in BOUNDARY.finditer(text, 0, pos)), default=0)
    end = next((b.start() for b in BOUNDARY.finditer(text, pos)), len(text))
    return start, end


_SENTENCE_END = re.compile(r"(?<=[?!])\s+|(?<=\.)\s+(?=[A-ZÆØÅ])")


def asking_text(text: str) -> str:
    """The sentences that ask ("…?"), or the last sentence when none ends in a question mark; a point in
    "mio. kr." or "1.250" ends no sentence."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s]
    asks = [s for s in sentences if s.endswith("?")]
    return " ".join(asks) if asks else (sentences[-1] if sentences else "")


# a calendar year: "2019", "i 2024"
CALENDAR_YEAR = _re(r"\b(?:19|20)\d\d\b")


def stated_text(text: str) -> str:
    """The words before the asking sentences: what the question states, apart from what it asks."""
    asking = asking_text(text)
    return text[: text.rfind(asking)] if asking else text


PCT_WORD = _re(r"procent|percent|\bpct\b|%")

CUES = {
    "avoid": _re(r"\b(?:undgå\w*|færre|forebygge\w*|forhindre\w*|avoid\w*|prevent\w*|fewer|spare\w*|mindre)\b"),
    # "forhindrer 2 anbringelser", "stops 2 placements": avoided, said with a verb of its own
    "avoid_verb": _re(r"\b(?:undgå\w*|forhindre\w*|forebygge\w*|avoid\w*|prevent\w*|stop\w*|spare\w*|sav\w*)\b"),
    "per_year": _re(rf"\s*(?:[\w.]+\s+){{0,2}}?(?:{_YEARLY})"),
    # "hvor stor en andel går til døgninstitution", "what share of it is residential": one type's share of a portfolio
    "share_residential": _re(
        r"\b(?:andel|share|proportion|procent\w*|percent\w*)\b[^?.]{0,60}?\b(?:døgn\w*|\w*institution\w*|residential|"
        r"opholdssted\w*)"
    ),
    # "hvor stor en andel af børnene", "what share of the children": a share of the count, not of the spend
    "share_of_count": _re(
        r"\b(?:andel|share|proportion|procent\w*|percent\w*)\s+(?:\w+\s+){0,2}?(?:af|of)\s+(?:the\s+|our\s+|de\s+|vores\s+)?"
        r"(?:børnene|børn|children|kids|anbragte|placements|anbringelserne)\b"
    ),
    "share_foster": _re(
        r"\b(?:andel|share|proportion|procent\w*|percent\w*)\b[^?.]{0,60}?\b(?:plejefamilie\w*|foster|netværkspleje\w*)"
    ),
    # "netværkspleje", "kinship care": family care priced apart from a foster family; no foster default stands in
    "network_care": _re(r"\bnetværkspleje\w*|\bnetværksanbring\w*|\bkinship\b|\bnetwork\s+(?:foster\s+)?care\b"),
    # "hvad svarer det til pr. stilling", "the saving per employee": a sum asked per post, not a caseload
    "per_post": _re(
        r"\b(?:pr\.?|per)\s+(?:stilling|medarbejder|ansat|fuldtidsstilling|årsværk|employee|post|person|head|member\s+of\s+staff)\b"
    ),
    # "hvor mange årsværk mangler vi", "how many more FTE": the staff asked in full-time equivalents, not persons
    "fte_asked": _re(
        r"\bhvor\s+mange\s+(?:flere\s+|ekstra\s+)?årsværk\s+(?:\w+\s+)?(?:mangler|mere|flere|ekstra)\b|"
        r"\bhvor\s+mange\s+(?:flere|ekstra)\s+årsværk\b|"
        r"\bhow\s+many\s+(?:more|extra|additional)\s+(?:ftes?|full[- ]time\s+equivalents)\b"
    ),
    # "what's the new yearly total", "hvad bliver den nye total": everything after the change, not the change alone
    "new_total": _re(
        r"\bnew\s+(?:annual\s+|yearly\s+)?(?:total|payroll|wage\s+bill)\b|\bnye\s+(?:samlede\s+)?(?:total|lønsum|lønudgift)\w*|"
        r"\bhvad\s+bliver\s+totalen\b"
    ),
    # "for at holde det gamle sagstal", "to keep the old caseload": the caseload before a rise is the target
    "keep_caseload": _re(
        r"\b(?:holde|beholde|bevare|fastholde|komme\s+tilbage\s+til)\s+(?:det\s+|vores\s+)?(?:gamle|tidligere|oprindelige)\s+"
        r"sagstal|\b(?:keep|hold|maintain|get\s+back\s+to|return\s+to)\s+(?:the\s+|our\s+)?(?:old|previous|original|"
        r"former)\s+caseload\b"
    ),
    # "hvad er sagstallet før og efter", "the caseload before and after": an after is asked, found or not
    "before_after": _re(r"\bfør\s+og\s+efter\b|\bbefore\s+and\s+after\b"),
    "norm": _re(r"(vejledende|\bDS\b|DS'|socialrådgiverforening|\bnorm|guiding|recommend|anbefal)"),
    "handicap": _re(r"handicap"),
    "foster": _re(_FOSTER),
    "residential": _re(_RESIDENTIAL),
    "first_year": _re(
        r"\b(?:det\s+første\s+år|første\s+år|i\s+år\s+1|the\s+first\s+year|first\s+year|year\s+one|year\s+1)\b"
    ),
    # "what is the total cost", "hvad koster de i alt": all the staff a target needs, not the cost of the change
    "all_staff_cost": _re(
        r"\b(?:total\s+(?:annual\s+|yearly\s+)?(?:cost|payroll|wage\s+bill)|(?:cost|koste\w*)\s+(?:in\s+total|i\s+alt|"
        r"altogether|tilsammen)|samlede?\s+(?:løn)?(?:udgift|omkostning)\w*|koster\s+de\s+(?:så\s+)?i\s+alt)\b"
    ),
    # a share asked of something other than the placement spend: "of the staff budget", "af merforbruget"
    "other_base": _re(
        r"\b(?:rådgiverbudget\w*|lønbudget\w*|personalebudget\w*|staff\s+budget|salary\s+budget|payroll|merforbrug\w*|"
        r"overspend\w*|underskud\w*|deficit|shortfall|besparelseskrav\w*|savings\s+target|sparekrav\w*)\b"
    ),
    # "… og hvor mange hvis det i stedet er institutionsanbringelser", "what if they were foster placements instead":
    # the same ask for the other placement type, in turn
    "each_type": _re(
        r"\b(?:what\s+if\s+(?:they|it)\s+(?:were|was|are|is)|(?:og|and)\s+(?:hvor\s+mange|how\s+many)\s+(?:hvis|if)\b|"
        r"hvad\s+(?:nu\s+)?hvis\s+det\s+(?:i\s+stedet\s+)?(?:er|var)|hvis\s+det\s+i\s+stedet\s+(?:er|var)|"
        # "…, or alternatively how many residential placements", "eller alternativt hvor mange institutionsanbringelser"
        r"\b(?:or|eller)\s+(?:(?:alternatively|alternativt|instead|i\s+stedet),?\s+)?(?:how\s+many|hvor\s+mange))"
        rf"[^.?!]{{0,30}}?(?:{_FOSTER}|{_RESIDENTIAL})"
    ),
    # "hvor mange institutionsanbringelser skal vi undgå", "how many foster placements must we prevent"
    "asks_residential": _re(rf"\b(?:hvor\s+mange|how\s+many)\s+(?:\w+\s+){{0,2}}?(?:{_RESIDENTIAL})\w*"),
    "asks_foster": _re(rf"\b(?:hvor\s+mange|how\s+many)\s+(?:\w+\s+){{0,2}}?(?:{_FOSTER})\w*"),
    # replacing one type by the other, a price said as a difference, or a mix: not one ask per type
    "type_mix": _re(
        r"\b(?:replace\w*|become|convert\w*|erstatte\w*|omlægge\w*|konverter\w*|flytte\w*|move[sd]?|"
        r"i\s+stedet\s+bruger|instead\s+use|less|mindre|billigere|cheaper|halvdelen|half|blanding|mix\w*|oven\s+i|"
        r"on\s+top)\b"
    ),
}
