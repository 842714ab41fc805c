"""The words a calculation question is read by, as named regular expressions (Danish and English).

Each pattern names the class of phrasing it serves, not a question it was fitted to: nouns that say what
a number counts, cues that say whether a caseload is today's or the target, markers that say whether an
amount is each or in total, and the phrasings that ask for a quantity (``asked_in`` lists those in the
order asked). ``calc_question`` combines them.
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
    r"(?:fuldtids)?(?:social)?rådgiver(?:e|ne|en|es|nes)?|sagsbehandler(?:e|ne|en|es|nes)?|"
    r"medarbejder(?:e|ne|en|es|nes)?|(?:fuldtids|ny)?ansatte|stilling(?:er|erne|en)?|årsværk(?:ene)?|normering(?:er)?|"
    r"(?:full[- ]time\s+)?(?:social\s+|case\s*)?workers?|caseworkers?|advis[eo]rs?|ftes?|"
    r"staff(?:\s+members?)?|positions?|posts?|employees?"
)
CASE_NOUN = (
    r"(?:børne|familie|handicap|ungde?|underretnings|myndigheds)?sag(?:er|erne|en)?|"
    r"(?:children'?s\s+|child(?:ren)?\s+|open\s+|family\s+|active\s+)?cases?"
)
_RESIDENTIAL = r"døgninstitution|institution|opholdssted|døgn|residential|institutional|children'?s\s+home"
_FOSTER = r"plejefamilie|familiepleje|netværkspleje|foster"
PLACEMENT_NOUN = (
    rf"(?:(?:{_RESIDENTIAL}|{_FOSTER})s?)?anbringelse(?:r|rne|n)?|"
    r"(?:(?:residential(?:\s+care)?|institutional|foster(?:[- ](?:family|care))?|out-of-home|family)\s+)?placements?|"
    r"children\s+in\s+care"
)
CHILD_NOUN = r"børn(?:ene)?|barn(?:et)?|unge|children|child|kids|young\s+people"
# Words that may stand between a number and its noun without changing what it counts.
_ADJ = (
    r"fuldtids|faste|nyansatte|åbne|aktive|nuværende|erfarne|uddannede|kommunale|full[- ]time|open|active|"
    r"current|experienced|qualified|municipal|social"
)
_MORE = r"flere|ekstra|nye|yderligere|more|extra|additional|new"
MORE_WORD = _re(rf"\b(?:{_MORE})\b")

COUNT_AFTER = {
    "cases": _re(rf"\s*(?:(?:{_ADJ})\s+){{0,2}}(?:{CASE_NOUN})\b"),
    "any": _re(
        rf"\s*(?:(?:{_ADJ}|{_MORE}|færre|fewer)\s+){{0,3}}"
        rf"(?:{CASE_NOUN}|{STAFF_NOUN}|{PLACEMENT_NOUN}|{CHILD_NOUN})\b"
    ),
}
STAFF_AFTER = _re(rf"\s*(?:(?:{_MORE}|{_ADJ})\s+){{0,3}}(?:{STAFF_NOUN})\b")
# "4 rådgivere mere", "4 social workers more"; "til" only when no price follows ("3 rådgivere til").
MORE_AFTER = _re(r"\s+(?:mere|ekstra|more|extra)\b|\s+til\b(?!\s*(?:\d|kr|dkk|i\s+alt|en\b|et\b|\w+\s+\d))")
PLACEMENT_AFTER = _re(rf"\s*(?:(?P<fewer>færre|fewer)\s+|(?:{_ADJ}|{_MORE})\s+){{0,2}}(?:{PLACEMENT_NOUN})\b")
CHILD_AFTER = _re(rf"\s*(?:(?P<fewer>færre|fewer)\s+|(?:{_ADJ}|{_MORE})\s+){{0,2}}(?:{CHILD_NOUN})\b")
YEARS_AFTER = _re(r"[\s-]*(?:års?|årige?|years?|yrs?)\b(?!\s*(?:gamle?|old))")
# "35 sager pr. rådgiver", "25 cases per social worker", "40 sager hver"
CASELOAD_AFTER = _re(
    rf"\s*(?:{CASE_NOUN})\s*(?:pr\.?|per|om|for\s+hver|for\s+each|a|each|hver)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
    rf"\s*(?:{CASE_NOUN})\s+(?:hver|each|apiece)\b"
)

# "ingen må have mere end 26 sager", "no more than 26 cases each": a cap on cases per worker, not cases
CAP_BEFORE = _re(
    r"\b(?:højst|maks(?:imalt)?|max(?:imum)?(?:\s+of)?|at\s+most|no\s+more\s+than|not\s+more\s+than|"
    r"ikke\s+(?:mere\s+end|over)|mere\s+end|more\s+than|over)\s*$"
)
# A from-to pair is about caseloads when these words stand near it ("fra 40 til 30 i sagstal").
CASELOAD_WORD = _re(r"\b(?:sagstal\w*|case\s*loads?|sager\s+(?:pr\.?|per)|cases\s+(?:per|a|each))\b")
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
EACH_BEFORE_CASES = _re(r"\b(?:hver|each|apiece)\b(?:\s+[\w']+){0,3}?\s+$")

# --- placement types ---------------------------------------------------------------------------------
KIND_NEAR = _re(rf"(?:{_RESIDENTIAL}|{_FOSTER})\w*")
_KIND_RESIDENTIAL = _re(_RESIDENTIAL)
_KIND_FOSTER = _re(_FOSTER)


def kind_of(text: str) -> str:
    """ "residential", "foster" or "" for the placement type a phrase names (the last one named)."""
    res = max((m.end() for m in _KIND_RESIDENTIAL.finditer(text)), default=-1)
    fos = max((m.end() for m in _KIND_FOSTER.finditer(text)), default=-1)
    if res == fos == -1:
        return ""
    return "residential" if res > fos else "foster"


MOVE = _re(
    r"\b(?:flytte\w*|flyt|move[sd]?|moving|omplacere\w*|overføre\w*|overflytte\w*|transfer\w*|skifte\w*|"
    r"omlægge\w*)\b"
)
_ART = r"(?:en\s+|et\s+|a\s+|an\s+|the\s+)?"
# "5 børn fra institution", "4 unge ud af opholdssted", "8 children from residential care": a move.
MOVE_FROM_AFTER = _re(rf"\s*(?:[\w-]+\s+){{0,2}}?(?:fra|from|ud\s+af|out\s+of)\s+{_ART}(?:{_RESIDENTIAL}|{_FOSTER})")
MOVE_KINDS = _re(
    rf"\b(?:fra|from|ud\s+af|out\s+of)\s+{_ART}(?P<a>{_RESIDENTIAL}|{_FOSTER})\w*.{{0,90}}?\s"
    rf"(?:til|to|into|over\s+i|over\s+til|over\s+to)\s+{_ART}(?P<b>{_RESIDENTIAL}|{_FOSTER})"
)

# "One social worker costs", "én rådgiver koster": the noun after "one" is the subject of a price.
COSTS_AFTER_NOUN = _re(r"\s*(?:\w+\s+){1,3}?(?:koster|kostede|costs?|is\s+priced|runs?\s+(?:at|to))\b")
# "what would five cost", "hvad vil 7 koste": a bare count priced, after the workers were named
COST_VERB_AFTER = _re(r"\s+(?:(?:more|mere|flere|extra|ekstra)\s+)?(?:cost|koste|koster|would\s+cost|vil\s+koste)\b")
# "Hvad koster én, og …", "what does one cost?": "one" as the thing priced, not a count
ONE_ASKED = _re(r"\b(?:koster|koste|cost|costs)\s+$|\bwhat\s+does\s+$")
ONE_ASKED_END = _re(r"\s*(?:[?,.]|cost\b|og\b|and\b)")
# "de fem", "the five", "those 5": a count said again
BACK_REFERENCE = _re(r"\b(?:de|the|those|disse|these|dem)\s+$")
# "one placement", "avoid one placement", "undgår én anbringelse": a count of one written as a word.
ONE_COUNT = _re(
    rf"\b(?P<n>one|én|ét)\s+(?=(?:more\s+|extra\s+|new\s+|ny\s+|ekstra\s+)?(?:{STAFF_NOUN}|{PLACEMENT_NOUN}|{CHILD_NOUN})\b)|"
    rf"\b(?:undgå\w*|forebygge\w*|avoid\w*|prevent\w*)\s+(?P<m>en|et|a|an)\s+(?=(?:\w+\s+)?(?:{PLACEMENT_NOUN})\b)"
)

# --- cues before a number ------------------------------------------------------------------------------
CASELOAD_BEFORE = _re(r"(?:sagstal(?:let)?|sagsstamme\w*|case\s*loads?|target)\b(?:\s+[\w']+){0,4}?\s*$")
TARGET_END = _re(
    r"(?:ned\s+(?:på|til)|down\s+to|\bnå|reach|ramme|\bhit|land\s+on|lande\s+på|"
    r"get\s+(?:it\s+|them\s+)?down\s+to|lower(?:ed)?\s+(?:it\s+)?to|"
    r"reduce[ds]?\s+(?:it\s+)?to|sænke\w*\s+(?:det\s+)?til|til\s+højst|to\s+at\s+most|højst|at\s+most|"
    r"maks(?:imalt)?|max(?:imum)?(?:\s+of)?)\s*$"
)
# Closest cue wins: a target ("ned på", "reach", "for at nå") or today ("i dag", "vi har", "ved", "fra").
TARGET_CUE = _re(
    r"\b(?:ned\s+på|ned\s+til|down\s+to|komme\s+ned|nå|reach\w*|mål\w*|target\w*|sænke\w*|lower\w*|"
    r"reduce\w*|bring\w*|højst|at\s+most|maks\w*|max\w*|ønske\w*|want\w*|vil|would\s+like|skal|should|must|"
    r"need\w*|behøve\w*|kræve\w*|brug\s+for|for\s+at|in\s+order\s+to|for\s+an?|for\s+et|achieve\w*|"
    r"opnå\w*|hit|go\s+to|going\s+to|move\s+to|til)\b"
)
NOW_CUE = _re(
    r"\b(?:i\s+dag|idag|today|i\s+(?:gennem)?snit|on\s+average|average|gennemsnit\w*|nu|now|currently|nuværende|current|aktuel\w*|at\s+present|for\s+tiden|"
    r"presently|vi\s+har|we\s+have|we've\s+got|har\s+vi|have\s+we|fra|from|er\s+på|is\s+at|ligger\s+på|"
    r"stands?\s+at|sagstallet\s+er|caseload\s+is|har\s+et|has\s+a|have\s+a|existing|eksisterende)\b"
)
HIRE_BEFORE = _re(
    r"\b(?:ansætte\w*|ansat|hyre\w*|hire[sd]?|hiring|add(?:s|ing|ed)?|tilføje\w*|få|get(?:ting)?|employ\w*|"
    r"rekrutter\w*|recruit\w*|opnormer\w*|udvide\w*\s+med|expand\w*\s+by)\s+(?:\w+\s+)?$"
)
FROM_BEFORE = _re(r"\b(?:fra|from)\b[^.?!\d]{0,25}$")
TO_BETWEEN = _re(
    r"\s*(?:kr\.?|dkk|sager|cases|%)?\s*(?:pr\.?\s+\w+\s+)?(?:(?:i|in)\s+(?:19|20)\d\d,?\s+)?(?:til|to|ned\s+til|down\s+to|op\s+til|up\s+to)\s+"
    r"(?:(?:et\s+sagstal\s+på|a\s+caseload\s+of|kr\.?|dkk)\s*)?$"
)
# "290 handicapsager ud af i alt 1.450", "62 mio. out of 97 mio.": a part and its whole
PART_OF_BETWEEN = _re(
    r"\s*(?:[\w.]+\s+){0,2}?(?:ud\s+af|out\s+of|af\s+(?:de\s+)?(?:samlede|i\s+alt))\s+(?:i\s+alt\s+|in\s+total\s+|a\s+total\s+of\s+)?"
    r"(?:kr\.?\s*|dkk\s*)?$"
)
# "1.175.000 kr. mod 470.000 kr.", "DKK 1.1m versus DKK 450,000": two prices set against each other
VERSUS_BETWEEN = _re(r"\s*(?:kr\.?|dkk|kroner)?\s*(?:om\s+året\s+|a\s+year\s+)?(?:mod|versus|vs\.?|against|over\s+for|/)\s*(?:kr\.?|dkk)?\s*$")
SHARING_BETWEEN = _re(r"\s+(?:om|on|for|til|deler|sharing|share|handling|med|with)\s+(?:de\s+|the\s+|vores\s+|our\s+)?")
# "vores team på 12", "a team of 9", "en normering på 20": today's staff counted as a team
TEAM_BEFORE = _re(r"\b(?:team\w*|stab|afdeling\w*|normering|staff|department|unit)\s+(?:på|of|med|with)\s+$")
# "4 færre i plejefamilie", "2 fewer in residential care": placements avoided, named by type only
FEWER_KIND_AFTER = _re(rf"\s*(?:færre|fewer)\s+(?:på|i|in|into|at)?\s*{_ART}(?:{_RESIDENTIAL}|{_FOSTER})")
# "two of our 14 social workers leave", "skærer 4 af vores 37 rådgivere": staff leaving, out of today's
OUT_OF_BEFORE_NEXT = _re(r"\s+(?:af|of)\s+(?:vores|our|de|the|our\s+current|de\s+nuværende)?\s*$")
LEAVE = _re(
    r"\b(?:leave|leaves|leaving|quit\w*|cut\w*|lose|losing|lay\s+off|stop(?:per)?|går\s+(?:på\s+pension|ud|ned)|"
    r"forsvinder|fratræder|skære\w*|nedlægge\w*|fyre\w*|mister|miste|afskedige\w*|spare\s+\w*\s*væk)\b"
)
# Between two listed numbers: the first one's words, then "og"/"and"/"," ("3 i plejefamilie og 1").
LIST_JOINER = _re(r"(?:[^\d.?!;]{0,40}?\s)?(?:og|and|eller|or)\s*|[^\d.?!;]{0,40}?,\s*")
# "3 anbringelser i plejefamilie og 1 på institution": a count whose noun is left out, named by its type.
KIND_AFTER = _re(rf"\s*(?:på|i|in|into|at)?\s*{_ART}(?:{_RESIDENTIAL}|{_FOSTER})")
PLACEMENT_TOTAL_CUE = _re(
    r"\b(?:har|have|has|i\s+alt|in\s+total|currently|i\s+dag|today|anbragt\w*|there\s+are|der\s+er)\b"
)

# --- amounts: what they are the price of ------------------------------------------------------------
_PER = r"(?:pr\.?|per|for\s+hver|for\s+each|a|om)\s+"
_YEARLY = r"om\s+året|årligt|a\s+year|per\s+year|pr\.?\s*år\b|annually|yearly|each\s+year|hvert\s+år"
PER_UNIT_AFTER = _re(
    rf"\s*(?:(?:{_YEARLY})\s+)?{_PER}(?:ny\s+|new\s+|ekstra\s+|extra\s+)?(?:(?P<staff>{STAFF_NOUN})|"
    rf"(?P<placement>{PLACEMENT_NOUN}|barn|child|plads|place))\b"
)
EACH_AFTER = _re(
    r"\s*(?:[\w.]+\s+){0,2}?(?:hver|each|apiece|stykket|pr\.?\s*styk\b|pr\.?\s*stk\b|"
    r"(?:per|pr\.?|a)\s+(?:head|person|capita|næse|mand|hoved)\b)"
)
TOTAL_NEAR = _re(
    r"\b(?:i\s+alt|tilsammen|samlet|sammenlagt|in\s+total|altogether|together|a\s+total\s+of|combined|for\s+(?:both|begge|all\s+of\s+them|them\s+all|dem\s+alle|alle\s+sammen))\b"
)
LATER_TOTAL_AFTER = _re(
    rf"\s*(?:(?:{_YEARLY})\s+)?(?:i\s+alt|tilsammen|samlet|sammenlagt|in\s+total|altogether|together|combined|for\s+(?:both|begge|all\s+of\s+them|them\s+all|dem\s+alle|alle\s+sammen))\b"
)
# "koster i alt 9,6 mio. kr. over 4 år": a total for the whole period, not for one year.
OVER_YEARS_AFTER = _re(
    r"\s*(?:(?:i\s+alt|in\s+total|tilsammen|samlet)\s+)?(?:over|på|i\s+løbet\s+af|across|in)\s+"
    r"(?:de\s+(?:næste\s+)?|the\s+(?:next\s+)?)?[\w.,]+\s+(?:år|years?)\b"
)
PRICE_BEFORE = _re(r"(?:\btil|\bat|\bà|\bá|\bfor|\bpå)\s*$")
# "á 575.000 kr.", "at DKK 600,000": a unit price even when a period follows ("over 3 år")
UNIT_PRICE_BEFORE = _re(r"(?:\bà|\bá|\bat)\s*$")
# "En ekstra indsats koster", "A new team costs": an amount for an effort as a whole, not per worker
EFFORT_NOUN = _re(
    r"\b(?:indsats\w*|initiativ\w*|investering\w*|projekt\w*|tiltag\w*|programm?\w*|team\w*|pakke\w*|"
    r"initiatives?|investments?|projects?|schemes?|programmes?|programs?|teams?|packages?|pilot\w*)\b"
)
# "Each avoided residential placement saves DKK 1.5m", "hver undgået anbringelse sparer": a unit price
PER_PLACEMENT_SUBJECT = _re(
    rf"\b(?:each|every|per|hver|pr\.?)\s+(?:[\w-]+\s+){{0,2}}?(?:{PLACEMENT_NOUN}|{CHILD_NOUN})\b[^.?!\d]{{0,30}}$"
)
# "DKK 9m for 15 caseworkers", "3,6 mio. kr. til de 6 rådgivere": a total for the count that follows
FOR_COUNT_AFTER = _re(
    rf"\s*(?:(?:{_YEARLY})\s+)?(?:i\s+alt\s+|in\s+total\s+)?(?:for|til|on|på)\s+(?:alle\s+|all\s+|de\s+|the\s+|our\s+|vores\s+)?$"
)
# "De ekstra rådgivere koster 3,4 mio.": a total for staff not counted in the question.
PLURAL_STAFF_BEFORE = _re(
    r"\b(?:de|the|vores|our|disse|these|ekstra|extra|nye|new)\s+(?:\w+\s+)?(?:\w*rådgivere|\w*rådgiverne|"
    r"medarbejdere|sagsbehandlere|stillinger|(?:social\s+|case)?workers|staff|hires|positions)\b[^.?!\d]{0,30}$"
)
SINGULAR_SUBJECT = _re(
    rf"\b(?:en|én|hver|a|one|each)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b[^.?!\d]{{0,25}}$|"
    r"\b(?:each|hver)\s+(?:of\s+them\s+|af\s+dem\s+)?(?:costs?|koster)\b[^.?!\d]{0,15}$"
)
SALARY_BEFORE = _re(r"\b(?:løn\w*|årsløn|salary|salaries|pay|wages?)\b[^.?!\d]{0,20}$")
SPEND_AFTER = _re(
    rf"\s*(?:(?:{_YEARLY}|i\s+alt|in\s+total)\s+)?(?:på|on|til|for)\s+(?:alle\s+|all\s+|vores\s+|our\s+|the\s+)?"
    r"(?:anbringelser(?:ne)?|placements|foster\s+care|residential\s+care)\b"
)
SPEND_BEFORE = _re(
    r"(?:anbringelsesudgift\w*|udgift\w*\s+til\s+anbringelser\w*|placement\s+(?:spend\w*|budget\w*)|"
    r"spend\w*\s+on\s+placements|budget\w*\s+(?:til|for)\s+anbringelse\w*)[^.?!\d]{0,20}$"
)
# "Vi har afsat 3 mio. kr.", "a budget of DKK 2.4m", "we get an extra DKK 3m": money to spend on staff.
BUDGET_BEFORE = _re(
    r"\b(?:afsat\w*|afsætte\w*|budgetter\w*|budgeted|bevilg\w*|bevilling\w*(?:\s+på)?|budget\w*\s+(?:på|of)|ramme\w*\s+på|"
    r"pulje\w*\s+på|tilført|tilføre\w*|midler\s+(?:på|for)|allocated|allocate|set\s+aside|earmarked|"
    r"granted|budget\s+of|pot\s+of|funding\s+of|funds\s+of)\s+(?:\w+\s+){0,3}?$"
)
# "får 3 mio. kr. ekstra", "we get DKK 2.4m more", "an extra DKK 3m": money added, not a price.
BUDGET_GET_BEFORE = _re(
    r"\b(?:har|får|fik|få|have|has|get|gets|got|receive[sd]?|given|giv\w*\s+(?:us|os)|med|with)\s+"
    r"(?:(?!og\b|and\b)\w+\s+){0,3}?$"
)
BUDGET_MORE_AFTER = _re(r"\s*(?:om\s+året\s+|a\s+year\s+|per\s+year\s+)?(?:ekstra|mere|extra|more|additional|til\s+rådighed)\b")
SPEND_WITH_BEFORE = _re(r"\b(?:for|med|with|på|using)\s+(?:(?:de|the|disse|those|these)\s+)?$")
BUDGET_MORE_BEFORE = _re(r"\b(?:ekstra|extra|additional|yderligere)\s+$")
# "3 million a year of extra staff", "2,4 mio. kr. til nye rådgivere": a yearly cost of new staff in total.
STAFF_COST_AFTER = _re(
    rf"\s*(?:(?:{_YEARLY})\s+)?(?:of|in|on|for|til|på|i)\s+(?:(?:extra|new|more|additional|ekstra|nye|flere)\s+)"
    rf"(?:\w+\s+)?(?:{STAFF_NOUN})\b"
)
# "hæver rådgiverbudgettet med en halv million", "raise the staff budget by DKK 2m": a yearly added cost.
RAISE_BEFORE = _re(
    r"\b(?:hæve\w*|øge\w*|forhøje\w*|increase\w*|raise\w*|udvide\w*|boost\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:\w*budget\w*|\w*bevilling\w*|\w*lønsum\w*|spending|payroll)\s+(?:med|by)\s+(?:en\s+|et\s+|an?\s+)?$"
)
# "95.000 kr. om måneden", "40,000 a month": a monthly amount, twelve to the year
MONTHLY_AFTER = _re(r"\s*(?:kr\.?|dkk|kroner)?\s*(?:om\s+måneden|pr\.?\s*md\.?|pr\.?\s+måned|per\s+month|a\s+month|monthly|månedlig\w*|each\s+month|hver\s+måned)\b")
SAVE_BEFORE = _re(r"\b(?:spar\w*|besparelse\w*\s+(?:på|af)|save[sd]?|saving\w*\s+of)\s+(?:\w+\s+){0,2}?$")
# Nouns an amount can be the price of, searched before it; the closest one names what it prices.
NOUNS_BEFORE_AMOUNT = {
    "staff": _re(rf"\b(?:{STAFF_NOUN}|løn\w*|salary|salaries)\b"),
    "placement": _re(rf"(?:{PLACEMENT_NOUN})\b"),
    "kind": _re(rf"\b(?:{_RESIDENTIAL}|{_FOSTER})\w*"),
    "child": _re(rf"\b(?:{CHILD_NOUN})\b"),
    "cases": _re(rf"\b(?:{CASE_NOUN})\b"),
    "effort": EFFORT_NOUN,
}
YEARLY_BEFORE = _re(r"\b(?:årlig\w*|annual|yearly)\b[^.?!\d]{0,30}$")

# --- sentences -----------------------------------------------------------------------------------------
# "kr." and "pr." end no sentence; a full stop before a capital letter does.
BOUNDARY = re.compile(r"[?!;\n]|\.\s+(?=[A-ZÆØÅ])")  # case matters here
PCT_WORD = _re(r"procent|percent|\bpct\b|%")

CUES = {
    "avoid": _re(r"\b(?:undgå\w*|færre|forebygge\w*|avoid\w*|prevent\w*|fewer|spare\w*|mindre)\b"),
    "per_year": _re(rf"\s*(?:[\w.]+\s+){{0,2}}?(?:{_YEARLY})"),
    "norm": _re(r"(vejledende|\bDS\b|DS'|socialrådgiverforening|\bnorm|guiding|recommend|anbefal)"),
    "handicap": _re(r"handicap"),
    "foster": _re(_FOSTER),
    "residential": _re(_RESIDENTIAL),
}

# --- what is asked ---------------------------------------------------------------------------------------
_NOT_IF_DA = r"(?!hvis\b|når\b|og\b|spar)"
_NOT_IF_EN = r"(?!if\b|when\b|and\b|sav)"
ASKED: list[tuple[str, re.Pattern[str]]] = [
    (
        "caseload",
        _re(
            r"\b(?:hvad|hvor\s+(?:stort|højt))\s+(?:er|bliver|vil|ville|var)\s+(?:\w+\s+){0,2}?sagstal|"
            r"\bwhat(?:'s|\s+is|\s+will\s+be|\s+would\s+be|\s+was)\s+(?:\w+\s+){0,2}?caseload\b|"
            r"\bwhat\s+(?:will|would)\s+(?:the\s+|our\s+|their\s+)?caseloads?\s+(?:\w+\s+)?be\b|"
            r"\bhow\s+many\s+cases\s+(?:per|does\s+each|each|will\s+each|would\s+each)\b|"
            r"\bhvor\s+mange\s+sager\s+(?:pr\.|per|får|har|vil)\s+(?:hver|en|de)\b|"
            r"\b(?:beregn|udregn)\s+sagstal|\bcalculate\s+the\s+caseload|\bi\s+sagstal\b\s*\?|"
            r"\bsagstallet\s+(?:før\s+og\s+efter|bagefter|efter|fra\s+og\s+til)\b|\bcaseload\s+(?:before\s+and\s+after|afterwards)\b|"
            r"\bwhere\s+does\s+that\s+leave\s+the\s+caseload\b|\bhow\s+far\s+(?:\w+\s+){0,3}?(?:bring|get)\s+down\s+the\s+caseload"
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
            r"\bhvor\s+mange\s+sager\s+(?:\w+\s+){0,3}?(?:over|for\s+mange)\b|\b(?:above|beyond)\s+capacity\b"
        ),
    ),
    (
        "abs_change",
        _re(
            r"\bhvor\s+meget\s+(?:er\s+det|udgør\s+det|bliver\s+det)\s+i\s+kroner\b|\bhvor\s+mange\s+kroner\b|"
            r"\bhow\s+much\s+is\s+(?:that|it)\s+in\s+(?:kroner|dkk|money)\b|\bhow\s+many\s+kroner\b|"
            r"\b(?:what\s+is|what's)\s+the\s+(?:difference|increase|change)\s+in\s+(?:kroner|dkk)\b"
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
            rf"\b(?:cost|udgift\w*|pris\w*)\s+(?:pr\.?|per)\s+(?:head|person|capita|næse|hoved|{STAFF_NOUN})\b|"
            rf"\b(?:hvad|hvor\s+meget)\s+koster\s+(?:det|de|den)\s+(?:pr\.?|per)\s+(?:\w+\s+)?(?:{STAFF_NOUN})\b|"
            rf"\b(?:what|how\s+much)\s+(?:do|does|would|will)\s+(?:it|that|they)\s+cost\s+(?:per|a)\s+(?:head|{STAFF_NOUN})\b|"
            r"\b(?:what|how\s+much)\s+(?:does|would|will)\s+(?:each|one)(?:\s+one|\s+of\s+them)?\s+cost\b|"
            r"\bhvad\s+koster\s+(?:én|en)\s+af\s+dem\b|\bhvad\s+koster\s+(?:hver(?:\s+enkelt)?|én)\s*[?,]|"
            r"\bwhat\s+does\s+one\s+cost\b"
        ),
    ),
    (
        "cost_per_year",
        _re(
            rf"\b(?:hvad|hvor\s+meget)\s+(?:{_NOT_IF_DA}[\w,.]+\s+){{0,6}}?(?:kost\w*|udgift\w*|pris\w*)|"
            rf"\b(?:what(?:'s)?|how\s+much)\s+(?:{_NOT_IF_EN}[\w',.]+\s+){{0,8}}?(?:cost\w*|price|bill)\b|"
            r"\bwhat(?:'s|\s+is)\s+that\s+(?:per|a)\s+year\b|\bhvad\s+(?:er|bliver)\s+det\s+(?:om|pr\.?)\s+året\b"
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
        "pct_change",
        _re(
            r"\b(?:med\s+)?hvor\s+mange\s+procent\b|\bhvor\s+meget\s+i\s+procent|"
            r"\b(?:stigning|fald|ændring|forskel|vækst)\w*(?:\s+\w+){0,3}?\s+i\s+procent|\bprocent(?:vis|vise)?\s*"
            r"(?:stigning|fald|ændring|vækst)\w*|\bby\s+what\s+percent(?:age)?|\bhow\s+many\s+percent|"
            r"\bwhat\s+percent(?:age)?|\bpercent(?:age)?\s+(?:increase|decrease|change|rise|fall|drop|growth)|"
            r"\b(?:increase|decrease|change|rise|fall|drop)\s+in\s+percent"
        ),
    ),
    (
        "extra_staff",
        _re(
            r"\bhvor\s+mange\s+(?:\w+\s+){0,2}?mangler\b|\bhow\s+many\s+(?:\w+\s+){0,2}?(?:missing|short)\b|"
            r"\bhvor\s+mange\s+(?:flere|ekstra)\b|\bhow\s+many\s+(?:more|extra|additional)\b|"
            r"\bhow\s+many\s+(?:new\s+)?hires\b|\bhvor\s+mange\s+(?:ny)?ansættelser\b|"
            r"\bhvor\s+mange\s+(?:skal|må|bør)\s+(?:vi|i|de)\s+(?:\w+\s+)?ansætte|"
            r"\bhow\s+many\s+(?:should|must|do|would)\s+(?:we|you|they)\s+(?:need\s+to\s+)?(?:hire|add|recruit)"
        ),
    ),
]
# "hvor mange børn skal vi flytte …", "how many children must we move": the moves a saving needs
MOVES_Q = _re(
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:børn|barn|children|kids|unge|young\s+people)\s+(?:skal|må|bør|must|should|do|would|need)\s+"
    r"(?:vi|we|i|you)\s+(?:to\s+)?(?:have\s+to\s+)?(?:flytte|move|omplacere|overflytte)\b"
)
PAYROLL_Q = _re(
    r"\b(?:samlede?|hele)\s+lønbudget\w*|\blønbudgettet\s+i\s+alt\b|\btotal\s+(?:staff\s+|salary\s+|pay\s+)?(?:budget|payroll|wage\s+bill)\b"
)
SAVE_NEED = _re(r"\b(?:skal|må|bør)\s+(?:vi|i|de)\s+(?:så\s+)?spare\b|\b(?:must|should|do|would)\s+(?:we|you)\s+(?:need\s+to\s+|have\s+to\s+)?save\b|\bneed\s+to\s+save\b")
PCT_SHARE_Q = _re(
    r"\bhvor\s+stor\s+(?:en\s+)?(?:procent)?(?:del|andel)\b|\bhvor\s+mange\s+procent\s+udgør\b|\bandel\s+i\s+procent\b|"
    r"\bwhat\s+(?:share|proportion|fraction)\b|(?<!by\s)\bwhat\s+percent(?:age)?\s+(?:of|is|are|do|does)\b|\bhow\s+large\s+a\s+share\b"
)
AFFORD_Q = _re(
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:kan|kunne|can|could)\s+(?:vi|i|we|you)\s+(?:så\s+|then\s+)?"
    r"(?:ansætte|få|hyre|hire|afford|employ|recruit|pay\s+for)\b"
)
LEFTOVER_Q = _re(
    r"\b(?:how\s+much\s+(?:is|will\s+be|would\s+be)\s+left(?:\s+over)?|what(?:'s|\s+is)\s+left(?:\s+over)?|"
    r"hvor\s+meget\s+(?:er\s+der\s+|bliver\s+der\s+|har\s+vi\s+)?(?:tilbage|til\s+overs)|hvor\s+meget\s+mangler\s+vi|"
    r"how\s+much\s+(?:are\s+we|do\s+we\s+fall)\s+short|hvad\s+(?:er|bliver)\s+(?:der\s+)?tilbage)\b"
)
# "Giv mig udgift, besparelse og netto", "what are the cost, the savings and the net?": several asked at once
LIST_ASK = _re(
    r"\b(?:give\s+me|show\s+me|vis\s+(?:mig\s+)?|giv\s+mig|beregn|regn\s+ud|hvad\s+bliver|hvad\s+er|what\s+are|"
    r"what\s+would\s+be)\b(?P<items>[^?.!]{0,80})"
)
LIST_ITEMS = [
    ("cost_per_year", _re(r"\b(?:the\s+)?(?:cost|costs|udgift\w*|merudgift\w*|omkostning\w*)\b")),
    ("savings_per_year", _re(r"\b(?:the\s+)?(?:savings?|besparelse\w*)\b")),
    ("net_per_year", _re(r"\b(?:the\s+)?(?:net|netto\w*|nettoresultat\w*)\b")),
]
STAFF_Q = _re(
    rf"\b(?:hvor\s+mange|how\s+many)\s+(?P<mid>(?:[\w'-]+\s+){{0,3}}?)(?:{STAFF_NOUN})\b(?P<tail>[^?!]{{0,60}})"
)
# ", og hvad koster ...", "and what would ...": where the next asked quantity begins
NEXT_ASK = _re(r",?\s+(?:og|and)\s+(?:hvad|hvor|what|how)\b|,\s+(?:hvad|hvor|what|how)\b")
STAFF_Q_EXTRA = _re(
    r"\b(?:mangler|missing|short|mere(?!\s+end)|more(?!\s+than)|ekstra|extra|flere|additional|yderligere|nye|new)\b"
)
STAFF_Q_NEED = _re(
    r"\b(?:skal|kræv\w*|behøv\w*|brug\w*|nødvendig\w*|need\w*|require\w*|take|takes|must|should|have\s+til)\b"
)
# "hvor mange rådgivere kan vi ansætte for det", "how many social workers can we afford": staff a budget buys
STAFF_Q_AFFORD = _re(
    r"\b(?:kan|kunne|could|can)\s+(?:vi|i|de|we|you|they|man)\s+(?:så\s+|then\s+)?(?:\w+\s+)?"
    r"(?:ansætte|få|hyre|hire|afford|employ|recruit|pay\s+for|finansiere|betale\s+for|fund)\b|"
    r"\b(?:giver|svarer|rækker)\s+(?:det|pengene|beløbet)\b|\b(?:does|would|will)\s+(?:that|it|the\s+money)\s+"
    r"(?:buy|fund|pay\s+for|cover)\b|\b(?:er\s+der|is\s+there)\s+(?:penge|råd|money)\b"
)
STAFF_Q_NOW = _re(r"\s*(?:har\s+vi|do\s+we\s+have|have\s+we|er\s+der|are\s+there|do\s+we\s+currently)\b")
SAVE_Q = _re(
    r"\b(?:hvad|hvor\s+meget|how\s+much|what(?:'s)?)\s+(?:(?!hvis\b|if\b|når\b|when\b|net\b)[\w']+\s+){0,4}?"
    r"(?:spar\w*|besparelse\w*|sav(?:e|es|ed|ing|ings))\b"
)
SAVE_Q_AFTER = _re(r"\b(?:spar\w*|sav(?:e|es|ed|ing|ings))\s+(?:os\s+|vi\s+|us\s+|we\s+)?(?:hvor\s+meget|how\s+much)\b")
SAVE_SUBASK = _re(
    r"(?P<child>(?:pr\.?|per|for\s+hvert|for\s+each|a)\s+(?:barn|child|anbringelse|placement))|"
    r"(?P<total>\bi\s+alt\b|\bin\s+total\b|\btotal\b|\bsamlet\b|\baltogether\b)"
)
BE_Q = _re(
    r"\bbetale?r?\s+(?:\w+\s+)?sig\b|\btjene\w*\s+sig\s+(?:selv\s+)?hjem|\bbreak[- ]?even\b|"
    r"\bpays?\s+(?:for\s+)?(?:it|them)sel(?:f|ves)\b|\bpays?\s+off\b|"
    r"\bhvor\s+mange\s+(?:\w+\s+)?\w*anbringelser\s+skal\b|\bg(?:å|år)\s+i\s+nul\b|\bløbe\w*\s+rundt\b|"
    r"\bhvor\s+mange\s+(?:\w+\s+)?\w*anbringelser\b[^?.!]{0,40}?\bskal\s+vi\s+(?:så\s+)?undgå\b|\bhænger\s+sammen\b|"
    r"\bhow\s+many\s+(?:\w+\s+)?[\w-]*placements\s+(?:must|should|do|would|will|need|have)\b|\bbreaks?\s+even\b"
)


def asked_in(text: str) -> list[str]:
    """The quantities a question asks for, in the order it asks them."""
    hits: list[tuple[int, str]] = []
    per_worker: list[tuple[int, int]] = []
    for name, pattern in ASKED:
        found = list(pattern.finditer(text))
        if name == "cost_per_worker":
            per_worker = [x.span() for x in found]
        # "hvad koster en rådgiver" is not also the cost a year; "hvad koster det over 3 år" elsewhere is
        hits += [(x.start(), name) for x in found
                 if name != "cost_per_year" or not any(a <= x.start() < b for a, b in per_worker)]  # fmt: skip
    for m in STAFF_Q.finditer(text):
        mid = m.group("mid")
        tail = NEXT_ASK.split(m.group("tail"), maxsplit=1)[0]  # not into the next asked quantity
        if STAFF_Q_AFFORD.search(tail):
            hits.append((m.start(), "staff_affordable"))
        elif STAFF_Q_EXTRA.search(mid) or STAFF_Q_EXTRA.search(tail):
            hits.append((m.start(), "extra_staff"))
        elif STAFF_Q_NOW.match(tail) and not STAFF_Q_NEED.search(tail):
            hits.append((m.start(), "staff_now"))
        elif STAFF_Q_NEED.search(tail):
            hits.append((m.start(), "staff_needed"))
    for m in [*SAVE_Q.finditer(text), *SAVE_Q_AFTER.finditer(text)]:
        rest = BOUNDARY.split(text[m.end() :], maxsplit=1)[0]
        subs = [(m.end() + s.start(), "saving_per_child" if s.group("child") else "savings_per_year")
                for s in SAVE_SUBASK.finditer(rest)]  # fmt: skip
        hits += subs or [(m.start(), "savings_per_year")]
    for m in BE_Q.finditer(text):
        sentence = _sentence_at(text, m.start())
        pct = PCT_WORD.search(sentence[1])
        hits.append((sentence[0] if pct else m.start(), "break_even_pct" if pct else "break_even"))
    for m in AFFORD_Q.finditer(text):
        hits.append((m.start(), "staff_affordable"))
    for m in MOVES_Q.finditer(text):
        hits.append((m.start(), "moves_needed"))
    for m in PAYROLL_Q.finditer(text):
        hits.append((m.start(), "payroll_after"))
    for m in LEFTOVER_Q.finditer(text):
        hits.append((m.start(), "budget_left"))
    for m in PCT_SHARE_Q.finditer(text):
        hits.append((m.start(), "pct_share"))
    for m in LIST_ASK.finditer(text):
        items = m.group("items")
        found = [(m.start("items") + x.start(), name) for name, pat in LIST_ITEMS for x in pat.finditer(items)]
        if len(found) >= 2:  # a list of results, not "hvad er udgiften" alone (read above)
            hits += found
    names = [name for _, name in sorted(hits)]
    if {"savings_per_year", "break_even"} <= set(names) and SAVE_NEED.search(text):
        # "hvor meget skal vi spare om året for at gå i nul": the saving that covers the cost
        names = ["savings_needed" if n == "savings_per_year" else n for n in names if n != "break_even"]
    if "pct_share" in names:
        names = [n for n in names if n != "pct_change"]  # "hvor mange procent udgør" is a share
    if "break_even_pct" in names:
        names = [n for n in names if n != "pct_change"]  # "hvor mange procent ... betaler sig"
    return list(dict.fromkeys(names))


def _sentence_at(text: str, pos: int) -> tuple[int, str]:
    start = max((b.end() for b in BOUNDARY.finditer(text, 0, pos)), default=0)
    end = next((b.start() for b in BOUNDARY.finditer(text, pos)), len(text))
    return start, text[start:end]
