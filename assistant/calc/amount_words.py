"""The words that say what an amount is the price of, as named regular expressions (Danish and English).

Apart from ``calc.words`` (the nouns and cues every reading needs) so each list stays short: these read
an amount's unit ("pr. rådgiver", "for each child"), whether it is each or in total ("hver", "i alt"),
its period ("om måneden", "pr. døgn", "over 4 år", "engangsudgift") and what it is for (a budget, a
spend on placements, a saving, an effort), for ``calc.amounts`` and ``calc.prices``.
"""

from __future__ import annotations

from assistant.calc.words import (
    _FOSTER,
    _RESIDENTIAL,
    _YEARLY,
    CASE_NOUN,
    CHILD_NOUN,
    PLACEMENT_NOUN,
    STAFF_NOUN,
    _re,
)

# --- amounts: what they are the price of ------------------------------------------------------------
_PER = r"(?:pr\.?|per|for\s+hver|for\s+hvert|for\s+each|a|om)\s+"
_MONTHLY = r"om\s+måneden|i\s+måneden|a\s+month|per\s+month|pr\.?\s*måned|monthly|each\s+month|hver\s+måned"
# "… kr. pr. rådgiver", "DKK 50,000 a month for each child": the unit an amount is the price of
PER_UNIT_AFTER = _re(
    rf"\s*(?:kr\.?\s+|dkk\s+)?(?:(?:{_YEARLY}|{_MONTHLY})\s+)?(?:for\s+|til\s+)?{_PER}(?:ny\s+|new\s+|ekstra\s+|extra\s+|undgået\s+|avoided\s+|prevented\s+)?"
    rf"(?:(?P<staff>{STAFF_NOUN})|"
    rf"(?P<placement>{PLACEMENT_NOUN}|barn|child|kid|plads|place|ung|young\s+person))\b"
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
# "3,6 mio. kr. til ekstra rådgivere over de næste 3 år": a pool for the period, its purpose said between
OVER_YEARS_LATER = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?!om\b|a\b|per\b|året\b|years?\b|årligt\b|each\b|hvert\b)[a-zæøå-]+\s+){1,6}?"
    r"(?:over|i\s+løbet\s+af|across|for)\s+(?:de\s+(?:næste\s+)?|the\s+(?:next\s+)?)?[\w.,]+\s+(?:år|years?)\b"
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
    rf"\b(?:en|én|hver|a|one|each)\s+(?:[\w-]+\s+)?(?:{STAFF_NOUN})\b[^.?!\d]{{0,25}}$|"
    r"\b(?:each|hver)\s+(?:of\s+them\s+|af\s+dem\s+)?(?:costs?|koster)\b[^.?!\d]{0,15}$"
)
SALARY_BEFORE = _re(r"\b(?:løn\w*|årsløn|salary|salaries|pay|wages?)\b[^.?!\d]{0,20}$")
SPEND_AFTER = _re(
    rf"\s*(?:(?:{_YEARLY}|i\s+alt|in\s+total)\s+)?(?:på|on|til|for)\s+(?:alle\s+|all\s+|vores\s+|our\s+|the\s+)?"
    r"(?:anbringelser(?:ne)?|placements|foster\s+care|residential\s+care)\b|"
    # "a DKK 95m placement budget", "et anbringelsesbudget på": the spend on placements, not one's price
    r"\s*(?:kr\.?|dkk)?\s*(?:placement|anbringelses)\s*(?:budget|spend)\w*"
)
# "spent DKK 9.7 billion on 13,459 placements", "brugte 9,7 mia. kr. på 13.459 anbringelser"
SPENT_VERB_BEFORE = _re(r"\b(?:spent|spend\w*|brugte|bruger|brugt|used|cost\s+us|kostede)\b[^.?!\d]{0,25}$")
ON_COUNT_BETWEEN = _re(
    r"\s*(?:kr\.?|dkk)?\s*(?:om\s+året\s+|a\s+year\s+|i\s+alt\s+|in\s+total\s+)?(?:på|on|til|for)\s+"
    r"(?:de\s+|the\s+|vores\s+|our\s+)?$"
)
SPEND_BEFORE = _re(
    r"(?:anbringelsesudgift\w*|anbringelsesbudget\w*|udgift\w*\s+til\s+anbringelser\w*|placement\s+(?:spend\w*|budget\w*)|"
    r"spend\w*\s+on\s+placements|budget\w*\s+(?:til|for)\s+anbringelse\w*)(?:\s+(?:for|i|in)\s+(?:19|20)\d\d)?[^.?!\d]{0,20}$"
)
# "Vi har afsat 3 mio. kr.", "a budget of DKK 2.4m", "we get an extra DKK 3m": money to spend on staff.
BUDGET_BEFORE = _re(
    r"\b(?:afsat\w*|afsætte\w*|budgetter\w*|budgeted|bevilg\w*|bevilling\w*(?:\s+på)?|budget\w*\s+(?:på|of)|ramme\w*\s+på|"
    r"pulje\w*\s+på|tilført|tilføre\w*|midler\s+(?:på|for)|allocated|allocate|set\s+aside|earmarked|"
    r"granted|budget\s+of|pot\s+of|funding\s+of|funds\s+of|budget\w*\s+(?:indeholder|rummer|contains|includes))"
    r"\s+(?:\w+\s+){0,3}?$"
)
# "får 3 mio. kr. ekstra", "we get DKK 2.4m more", "an extra DKK 3m": money added, not a price.
BUDGET_GET_BEFORE = _re(
    r"\b(?:har|får|fik|få|have|has|get|gets|got|receive[sd]?|given|giv\w*\s+(?:us|os)|med|with|approved|"
    r"godkendt|vedtaget|vedtog|godkendte)\s+"
    r"(?:(?!og\b|and\b)\w+\s+){0,3}?$"
)
BUDGET_MORE_AFTER = _re(
    r"\s*(?:om\s+året\s+|a\s+year\s+|per\s+year\s+)?(?:ekstra|mere|extra|more|additional|til\s+rådighed)\b"
)
SPEND_WITH_BEFORE = _re(r"\b(?:for|med|with|på|using)\s+(?:(?:de|the|disse|those|these)\s+)?$")
BUDGET_MORE_BEFORE = _re(r"\b(?:ekstra|extra|additional|yderligere)\s+$")
# "3 million a year of extra staff", "2,4 mio. kr. til nye rådgivere": a yearly cost of new staff in total.
STAFF_COST_AFTER = _re(
    rf"\s*(?:(?:{_YEARLY})\s+)?(?:of|in|on|for|til|på|i)\s+(?:(?:extra|new|more|additional|ekstra|nye|flere)\s+)"
    rf"(?:\w+\s+)?(?:{STAFF_NOUN})\b"
)
# "DKK 3.5m a year for the early-intervention team": the yearly cost of an effort named after the amount
EFFORT_AFTER = _re(
    rf"\s*(?:(?P<yearly>{_YEARLY})\s+)?(?:for|til)\s+(?:the\s+|det\s+|vores\s+|our\s+|a\s+|et\s+|en\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:indsats\w*|initiativ\w*|projekt\w*|team\w*|tiltag\w*|programm?\w*|initiatives?|"
    r"projects?|teams?|programmes?|programs?|schemes?|pilot\w*|unit)\b"
)
# "hæver rådgiverbudgettet med en halv million", "raise the staff budget by DKK 2m": a yearly added cost.
RAISE_BEFORE = _re(
    r"\b(?:hæve\w*|øge\w*|forhøje\w*|increase\w*|raise\w*|udvide\w*|boost\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:\w*budget\w*|\w*bevilling\w*|\w*lønsum\w*|spending|payroll)\s+(?:med|by)\s+(?:en\s+|et\s+|an?\s+)?$"
)
# "95.000 kr. om måneden", "90.000 kr./md.", "40,000 a month", "DKK 40k/mo": monthly, twelve to the year
MONTHLY_AFTER = _re(
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:pr\.?|per|for\s+(?:et|a|one))\s+(?:barn|child|plads|place|anbringelse|placement)\s+)?"
    r"(?:om\s+måneden|i\s+måneden|(?:pr\.?|om|hver|per)\s*(?:md|mdr|mnd)\b\.?|pr\.?\s+måned|per\s+month|a\s+month|"
    r"monthly|månedlig\w*|each\s+month|every\s+month|hver\s+måned|/\s*(?:md|mdr|mnd|måned|month|mo|mth)\b)"
)
# "3.200 kr. pr. døgn", "DKK 3,300 per day", "Et døgn på opholdssted koster 3.500 kr.": a day's price, 365 a year
DAILY_AFTER = _re(
    # "i døgnet" is a day's price, "i dag" is today ("koster 470.000 kr. i dag")
    r"\s*(?:kr\.?|dkk|kroner)?\s*(?:(?:pr\.?|per|om|a|for\s+et|for\s+one)\s+(?:døgn(?:et)?|dag(?:en)?|day)|i\s+døgnet|"
    r"dagligt|daily|"
    r"/\s*(?:døgn|dag|day))\b"
)
DAILY_BEFORE = _re(
    r"\b(?:et|one|a|pr\.?|per)\s+(?:døgn|day)\b[^.?!\d]{0,40}$|\b(?:døgnpris|døgntakst|dagtakst|dagspris|(?:daily|day)\s+(?:rate|price|cost))\w*[^.?!\d]{0,20}$"
)
# "en månedlig pris på 90.000 kr.", "a monthly cost of DKK 40,000": the adjective before the amount
MONTHLY_BEFORE = _re(
    r"\b(?:månedlig\w*|monthly|måneds(?:løn|udgift|pris|beløb|betaling)\w*)\b"
    r"(?:[^.?!\d]|(?<=\binkl)\.|(?<=\bekskl)\.|(?<=\bca)\.|(?<=\bincl)\.){0,40}$"  # "månedslønnen inkl. pension er"
)
# "koster i alt", "kostede os", "costs us": the verb before a spend on placements counted just before
SPEND_VERB = _re(r"\b(?:koster|kostede|costs?|cost\s+us|udgør|udgjorde|beløber\s+sig\s+til)\b[^.?!\d]{0,25}$")
# "en engangsudgift på 1,5 mio. kr.", "a one-off investment of DKK 2 million": paid once, not every year
ONE_OFF_BEFORE = _re(
    r"\b(?:engangs\w*|one[- ]?off|one[- ]?time|startomkostning\w*|anlægsudgift\w*|etablerings\w*|opstarts\w*|"
    r"initial\s+investment|upfront|start-?up\s+costs?)\b[^.?!\d]{0,25}$"
)
ONE_OFF_AFTER = _re(
    r"\s*(?:kr\.?|dkk)?\s*(?:som\s+(?:en\s+)?|as\s+(?:a\s+)?|i\s+|til\s+)?(?:engangs\w*|one[- ]?off|one[- ]?time|"
    r"upfront|once|én\s+gang|en\s+gang|opstart\w*|start-?up|up\s+front|to\s+set\s+up|at\s+the\s+start)\b"
)
SAVE_BEFORE = _re(
    r"\b(?:spar\w*|(?:netto|års|drifts)?besparelse\w*(?:\s+(?:på|af))?|save[sd]?|(?:net\s+)?saving\w*(?:\s+of)?)\s*:?\s+"
    r"(?:\w+\s+){0,2}?$"
)
# Nouns an amount can be the price of, searched before it; the closest one names what it prices.
NOUNS_BEFORE_AMOUNT = {
    "staff": _re(rf"\b(?:{STAFF_NOUN}|løn\w*|salary|salaries)\b"),
    "placement": _re(rf"(?:{PLACEMENT_NOUN})\b"),
    "kind": _re(rf"\b(?:{_RESIDENTIAL}|{_FOSTER})\w*"),
    "child": _re(rf"\b(?:{CHILD_NOUN})\b(?!['’](?:s\b|\s))"),  # not "the children's area": an area, not a child
    "cases": _re(rf"\b(?:{CASE_NOUN})\b"),
    "effort": EFFORT_NOUN,
}
YEARLY_BEFORE = _re(r"\b(?:årlig\w*|annual|yearly)\b[^.?!\d]{0,30}$")
