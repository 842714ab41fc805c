"""The Danish and English words of a calculation answer, one table per use.

``LABELS`` name inputs and results in full (the input list, the JSON, what is missing); ``SYMBOLS`` are
the short names in a formula ("sager ÷ mål for sagstal"); ``READ`` restates one number of the question
in the first line; ``SAY`` states one result. Keeping them apart from the code keeps the wording in one
place and lets a new quantity be added by one line per table.
"""

from __future__ import annotations

from assistant.models import Language

Pair = tuple[str, str]

LABELS: dict[str, Pair] = {
    "cases": ("Antal sager", "Number of cases"),
    "staff_now": ("Socialrådgivere i dag (årsværk)", "Social workers today (FTE)"),
    "extra_staff": ("Ekstra socialrådgivere (årsværk)", "Additional social workers (FTE)"),
    "caseload_now": ("Sagstal i dag", "Caseload today"),
    "target": ("Mål for sagstal", "Target caseload"),
    "cost_per_worker": ("Årlig udgift pr. stilling", "Annual cost per position"),
    "staff_cost_total": ("Årlig udgift i alt til rådgiverne", "Annual cost of the social workers in total"),
    "priced_staff": ("Rådgivere, som udgiften i alt dækker", "Social workers the total cost covers"),
    "avoided": ("Anbringelser undgået pr. år", "Placements avoided per year"),
    "avoided_residential": ("Institutionsanbringelser undgået pr. år", "Residential placements avoided per year"),
    "avoided_foster": ("Plejefamilieanbringelser undgået pr. år", "Foster-family placements avoided per year"),
    "cost_per_placement": ("Årlig udgift pr. anbringelse", "Annual cost per placement"),
    "residential_cost": ("Årlig udgift pr. anbringelse på institution", "Annual cost per residential placement"),
    "foster_cost": ("Årlig udgift pr. anbringelse i plejefamilie", "Annual cost per foster-family placement"),
    "moved": ("Børn flyttet", "Children moved"),
    "move_from_cost": ("Årlig udgift pr. barn før flytningen", "Annual cost per child before the move"),
    "move_to_cost": ("Årlig udgift pr. barn efter flytningen", "Annual cost per child after the move"),
    "placements_total": ("Anbringelser i alt", "Placements in total"),
    "placement_spend": ("Årlig udgift til anbringelser", "Annual placement spend"),
    "reduction_pct": ("Fald i anbringelsesudgiften", "Reduction of placement spend"),
    "years": ("Antal år", "Number of years"),
    "value_from": ("Startværdi", "Starting value"),
    "value_to": ("Slutværdi", "End value"),
    "caseload": ("Sagstal", "Caseload"),
    "staff_needed": ("Rådgivere nødvendige", "Social workers needed"),
    "cost_per_year": ("Udgift pr. år", "Cost per year"),
    "cost_total": ("Udgift over årene", "Cost over the years"),
    "saving_per_child": ("Besparelse pr. barn pr. år", "Saving per child per year"),
    "savings_per_year": ("Besparelse pr. år", "Savings per year"),
    "savings_total": ("Besparelse over årene", "Savings over the years"),
    "net_per_year": ("Nettoresultat pr. år", "Net result per year"),
    "net_total": ("Nettoresultat over årene", "Net result over the years"),
    "break_even": ("Anbringelser at undgå for at gå i nul", "Placements to avoid to break even"),
    "break_even_pct": ("Nødvendigt fald i anbringelsesudgiften", "Reduction of placement spend needed"),
    "pct_change": ("Ændring i procent", "Change in percent"),
    "cases_carried": ("Sager, rådgiverne kan bære", "Cases the social workers can carry"),
    "over_capacity": ("Sager ud over kapaciteten", "Cases over capacity"),
    "caseload_after": ("Sagstal med de nye rådgivere", "Caseload with the new social workers"),
    "budget": ("Beløb til rådighed", "Money available"),
    "budget_left": ("Beløb tilbage", "Money left over"),
    "staff_to": ("Socialrådgivere efter (årsværk)", "Social workers after (FTE)"),
    "staff_cut": ("Socialrådgivere, der går (årsværk)", "Social workers leaving (FTE)"),
    "caseload_after_cut": ("Sagstal efter, at rådgiverne er gået", "Caseload after the social workers leave"),
    "value_part": ("Delen", "The part"),
    "value_whole": ("Det hele", "The whole"),
    "pct_share": ("Andel i procent", "Share in percent"),
    "moves_needed": ("Børn, der skal flyttes", "Children to move"),
    "savings_needed": ("Besparelse, der dækker udgiften", "Saving that covers the cost"),
    "placements_foster": ("Børn anbragt i plejefamilie", "Children in foster care"),
    "placements_residential": ("Børn anbragt på institution", "Children in residential care"),
    "foster_spend": ("Udgift til plejefamilier pr. år", "Foster care spend per year"),
    "residential_spend": ("Udgift til institutioner pr. år", "Residential care spend per year"),
    "portfolio_spend": ("Udgift til anbringelser i alt pr. år", "Placement spend in total per year"),
    "portfolio_average": ("Gennemsnitlig udgift pr. anbragt barn", "Average cost per placed child"),
    "portfolio_spend_after": ("Udgift til anbringelser efter flytningen", "Placement spend after the move"),
    "payroll_after": ("Samlet lønbudget efter", "Total staff budget after"),
    "staff_affordable": ("Rådgivere, beløbet rækker til (årsværk)", "Social workers the money pays for (FTE)"),
    "abs_change": ("Ændring", "Change"),
    # calc's own field names, as named in its input errors
    "fte": ("Socialrådgivere (årsværk)", "Social workers (FTE)"),
    "extra_fte": ("Ekstra socialrådgivere (årsværk)", "Additional social workers (FTE)"),
    "from_caseload": ("Sagstal i dag", "Caseload today"),
    "cost_per_fte": ("Årlig udgift pr. stilling", "Annual cost per position"),
    "placements": ("Anbringelser", "Placements"),
}
SYMBOLS: dict[str, Pair] = {
    "cases": ("sager", "cases"),
    "staff_now": ("rådgivere i dag", "social workers today"),
    "extra_staff": ("ekstra rådgivere", "extra social workers"),
    "caseload_now": ("sagstal i dag", "caseload today"),
    "target": ("mål for sagstal", "target caseload"),
    "cost_per_worker": ("udgift pr. rådgiver", "cost per social worker"),
    "staff_cost_total": ("udgift i alt", "total cost"),
    "priced_staff": ("antal rådgivere", "social workers"),
    "avoided": ("anbringelser undgået", "placements avoided"),
    "avoided_residential": ("institutionsanbringelser undgået", "residential placements avoided"),
    "avoided_foster": ("plejefamilieanbringelser undgået", "foster placements avoided"),
    "cost_per_placement": ("udgift pr. anbringelse", "cost per placement"),
    "residential_cost": ("udgift pr. institutionsanbringelse", "cost per residential placement"),
    "foster_cost": ("udgift pr. plejefamilieanbringelse", "cost per foster placement"),
    "moved": ("børn flyttet", "children moved"),
    "move_from_cost": ("udgift før", "cost before"),
    "move_to_cost": ("udgift efter", "cost after"),
    "placements_total": ("anbringelser", "placements"),
    "placement_spend": ("udgift til anbringelser", "placement spend"),
    "reduction_pct": ("fald i %", "reduction %"),
    "years": ("år", "years"),
    "value_from": ("fra", "from"),
    "value_to": ("til", "to"),
    "caseload": ("sagstal", "caseload"),
    "staff_needed": ("rådgivere nødvendige", "social workers needed"),
    "cost_per_year": ("udgift pr. år", "cost per year"),
    "cost_total": ("udgift over årene", "cost over the years"),
    "saving_per_child": ("besparelse pr. barn", "saving per child"),
    "savings_per_year": ("besparelse pr. år", "savings per year"),
    "savings_total": ("besparelse over årene", "savings over the years"),
    "net_per_year": ("netto pr. år", "net per year"),
    "net_total": ("netto over årene", "net over the years"),
    "break_even": ("break-even", "break-even"),
    "break_even_pct": ("nødvendigt fald", "reduction needed"),
    "pct_change": ("ændring", "change"),
    "cases_carried": ("sager, der kan bæres", "cases carried"),
    "over_capacity": ("sager over kapacitet", "cases over capacity"),
    "caseload_after": ("sagstal efter", "caseload after"),
    "budget": ("beløb", "money available"),
    "budget_left": ("tilbage", "left over"),
    "staff_to": ("rådgivere efter", "social workers after"),
    "staff_cut": ("rådgivere, der går", "social workers leaving"),
    "caseload_after_cut": ("sagstal efter", "caseload after"),
    "value_part": ("delen", "part"),
    "value_whole": ("det hele", "whole"),
    "pct_share": ("andel", "share"),
    "moves_needed": ("børn at flytte", "children to move"),
    "savings_needed": ("nødvendig besparelse", "saving needed"),
    "placements_foster": ("børn i plejefamilie", "children in foster care"),
    "placements_residential": ("børn på institution", "children in residential care"),
    "foster_spend": ("udgift til plejefamilier", "foster spend"),
    "residential_spend": ("udgift til institutioner", "residential spend"),
    "portfolio_spend": ("udgift i alt", "total spend"),
    "portfolio_average": ("gennemsnit pr. barn", "average per child"),
    "portfolio_spend_after": ("udgift efter", "spend after"),
    "payroll_after": ("lønbudget efter", "staff budget after"),
    "staff_affordable": ("rådgivere, beløbet rækker til", "social workers paid for"),
    "abs_change": ("forskel", "difference"),
}
_KR = (
    "cost_per_worker", "staff_cost_total", "cost_per_placement", "residential_cost", "foster_cost", "move_from_cost",
    "move_to_cost", "placement_spend", "cost_per_year", "cost_total", "saving_per_child", "savings_per_year",
    "savings_total", "net_per_year", "net_total", "savings_given", "extra_cost_total", "budget",
    "budget_left", "payroll_after", "savings_needed", "foster_spend", "residential_spend", "portfolio_spend",
    "portfolio_average", "portfolio_spend_after",
)  # fmt: skip
UNITS: dict[str, str] = {
    **dict.fromkeys(_KR, "kr"),
    **dict.fromkeys(("pct_change", "break_even_pct", "reduction_pct", "pct_share"), "pct"),
}
READ: dict[str, Pair] = {
    "cases": ("{v} sager", "{v} cases"),
    "staff_now": ("{v} rådgivere i dag", "{v} social workers today"),
    "extra_staff": ("{v} nye rådgivere", "{v} new social workers"),
    "caseload_now": ("sagstal i dag {v}", "caseload today {v}"),
    "target": ("mål {v}", "target caseload {v}"),
    "cost_per_worker": ("{v} pr. rådgiver", "{v} per social worker"),
    "staff_cost_total": ("{v} i alt", "{v} in total"),
    "extra_cost_total": ("{v} i alt for de nye rådgivere", "{v} in total for the new social workers"),
    "priced_staff": ("{v} rådgivere i prisoplysningen", "{v} social workers in the price quote"),
    "for_workers": (" for {n} rådgivere", " for {n} social workers"),
    "avoided": ("{v} anbringelser {kind} undgået", "{v} {kind} placements avoided"),
    "cost_per_placement": ("{v} pr. anbringelse {kind}", "{v} per {kind} placement"),
    "residential_cost": ("{v} pr. anbringelse på institution", "{v} per residential placement"),
    "foster_cost": ("{v} pr. anbringelse i plejefamilie", "{v} per foster-family placement"),
    "move_from_cost": ("{v} pr. barn før flytningen", "{v} per child before the move"),
    "move_to_cost": ("{v} pr. barn efter flytningen", "{v} per child after the move"),
    "moved": ("{v} børn flyttet", "{v} children moved"),
    "moved_kinds": (" fra {a} til {b}", " from {a} to {b}"),
    "placements_total": ("{v} anbringelser {kind} i alt", "{v} {kind} placements in total"),
    "placement_spend": ("{v} om året til anbringelser", "{v} a year on placements"),
    "reduction_pct": ("fald på {v}", "a reduction of {v}"),
    "years": ("{v} år", "{v} years"),
    "value_from": ("fra {v}", "from {v}"),
    "value_to": ("til {v}", "to {v}"),
    "savings_given": ("besparelse på {v} om året", "savings of {v} a year"),
    "cost_per_year": ("udgift på {v} om året", "a cost of {v} a year"),
    "cost_total": ("udgift på {v} over hele perioden", "a cost of {v} over the whole period"),
    "caseload_after": ("sagstal efter {v}", "caseload after {v}"),
    "budget": ("{v} til rådighed", "{v} available"),
    "context": ("{v} (bruges ikke)", "{v} (not used)"),
    "staff_to": ("{v} rådgivere efter", "{v} social workers after"),
    "staff_cut": ("{v} rådgivere går", "{v} social workers leave"),
    "value_part": ("delen {v}", "part {v}"),
    "value_whole": ("ud af {v}", "out of {v}"),
    "note_monthly": (" om året (12 måneder)", " a year (12 months)"),
    "cases_carried": ("kapacitet {v} sager", "capacity {v} cases"),
    "unknown": ("{v} (ukendt)", "{v} (unknown)"),
    "alt_staff_cost_total": (" (pr. rådgiver eller i alt?)", " (each or in total?)"),
    "alt_cost_per_worker": (" (pr. rådgiver eller i alt?)", " (each or in total?)"),
    "alt_target": (" (i dag eller mål?)", " (today or target?)"),
    "alt_caseload_now": (" (i dag eller mål?)", " (today or target?)"),
    "note_total": (" (læst som i alt: for meget pr. rådgiver)", " (read as in total: too much per social worker)"),
    "note_over_years": (" over hele perioden", " over the whole period"),
    "note_fraction": (" (ikke et helt tal)", " (not a whole number)"),
    "note_each": (" (læst som pr. rådgiver)", " (read as per social worker)"),
}
SAY: dict[str, Pair] = {
    "caseload": ("Sagstallet er {v} sager pr. rådgiver.", "The caseload is {v} cases per social worker."),
    "staff_now": ("Med sagstallet i dag har I {v} rådgivere.", "At today's caseload you have {v} social workers."),
    "staff_needed": (
        "For at nå et sagstal på {in_target} skal I have {v} rådgivere.",
        "To reach a caseload of {in_target} you need {v} social workers.",
    ),
    "extra_staff": ("I mangler {v} rådgivere.", "You need {v} more social workers."),
    "extra_staff_neg": ("I har {v} rådgivere mere end nødvendigt.", "You have {v} more social workers than needed."),
    "extra_staff_zero": (
        "I mangler {v} rådgivere: I har præcis dem, der skal til.",
        "You need {v} more social workers: you have exactly the number needed.",
    ),
    "cost_per_worker": ("En rådgiver koster {v} om året.", "One social worker costs {v} a year."),
    "cost_per_year": ("Det koster {v} om året.", "It costs {v} a year."),
    "cost_per_year_neg": ("Det sparer {v} om året i lønudgift.", "It saves {v} a year in staff cost."),
    "cost_total": ("Over {in_years} år er det {v}.", "Over {in_years} years it is {v}."),
    "saving_per_child": ("Pr. barn sparer I {v} om året.", "Per child you save {v} a year."),
    "saving_per_child_neg": (
        "Pr. barn koster flytningen {v} mere om året.",
        "Per child the move costs {v} more a year.",
    ),
    "savings_per_year": ("Besparelsen er {v} om året.", "The saving is {v} a year."),
    "savings_total": ("Over {in_years} år er besparelsen {v}.", "Over {in_years} years the saving is {v}."),
    "net_per_year": (
        "Nettoresultatet er en besparelse på {v} om året.",
        "The net result is a saving of {v} a year.",
    ),
    "net_per_year_neg": (
        "Nettoresultatet er en merudgift på {v} om året.",
        "The net result is a net cost of {v} a year.",
    ),
    "net_total": (
        "Over {in_years} år er nettoresultatet en besparelse på {v}.",
        "Over {in_years} years the net result is a saving of {v}.",
    ),
    "net_total_neg": (
        "Over {in_years} år er nettoresultatet en merudgift på {v}.",
        "Over {in_years} years the net result is a net cost of {v}.",
    ),
    "break_even": (
        "Det betaler sig, hvis I undgår {exact} {kind} om året, altså {v} hele.",
        "It pays for itself if you avoid {exact} {kind} a year, that is {v} whole placements.",
    ),
    "break_even_pct": (
        "Det betaler sig, hvis udgiften til anbringelser falder med mindst {v}.",
        "It pays for itself if placement spend falls by at least {v}.",
    ),
    "pct_change": ("Stigningen er {v}.", "The increase is {v}."),
    "pct_change_neg": ("Faldet er {v}.", "The decrease is {v}."),
    "cases_carried": (
        "{in_staff_now} rådgivere kan bære {v} sager.",
        "{in_staff_now} social workers can carry {v} cases.",
    ),
    "staff_affordable": (
        "For {in_budget} kan I ansætte {v} rådgivere på fuld tid ({exact2} årsværk).",
        "{in_budget} pays for {v} full-time social workers ({exact2} FTE).",
    ),
    "budget_left": ("Der er {v} tilbage.", "{v} is left over."),
    "budget_left_neg": ("Beløbet mangler {v}.", "The money falls {v} short."),
    "caseload_after_cut": (
        "Når {in_staff_cut} rådgivere går, bliver sagstallet {v} sager pr. rådgiver.",
        "When {in_staff_cut} social workers leave, the caseload becomes {v} cases per social worker.",
    ),
    "pct_share": ("Andelen er {v}.", "The share is {v}."),
    "placement_spend": ("Anbringelserne koster {v} om året.", "The placements cost {v} a year."),
    "cost_per_placement": (
        "En anbringelse koster i gennemsnit {v} om året.",
        "One placement costs {v} a year on average.",
    ),
    "foster_spend": ("Plejefamilierne koster {v} om året.", "Foster care costs {v} a year."),
    "residential_spend": ("Institutionerne koster {v} om året.", "Residential care costs {v} a year."),
    "portfolio_spend": ("Anbringelserne koster i alt {v} om året.", "The placements cost {v} a year in total."),
    "portfolio_average": (
        "Et anbragt barn koster i gennemsnit {v} om året.",
        "A placed child costs {v} a year on average.",
    ),
    "portfolio_spend_after": (
        "Efter flytningen koster anbringelserne {v} om året.",
        "After the move the placements cost {v} a year.",
    ),
    "savings_needed": (
        "For at gå i nul skal I spare {v} om året.",
        "To break even you need to save {v} a year.",
    ),
    "moves_needed": (
        "I skal flytte {exact} børn, altså {v}, for at spare {in_savings_per_year} om året.",
        "You need to move {exact} children, that is {v}, to save {in_savings_per_year} a year.",
    ),
    "payroll_after": (
        "Det samlede lønbudget bliver {v} om året for {in_staff_needed} rådgivere.",
        "The total staff budget becomes {v} a year for {in_staff_needed} social workers.",
    ),
    "caseload_after": (
        "Med de nye rådgivere bliver sagstallet {v} sager pr. rådgiver.",
        "With the new social workers the caseload becomes {v} cases per social worker.",
    ),
    "over_capacity": (
        "I har {v} sager mere, end rådgiverne kan bære.",
        "You have {v} cases more than the team can carry.",
    ),
    "over_capacity_neg": (
        "Rådgiverne kan bære {v} sager mere, end I har.",
        "The team can carry {v} cases more than you have.",
    ),
    "abs_change": ("Stigningen er {v}.", "The increase is {v}."),
    "abs_change_neg": ("Faldet er {v}.", "The decrease is {v}."),
}
PHRASES: dict[str, Pair] = {
    "question": ("fra dit spørgsmål", "from your question"),
    "earlier": ("fra et tidligere spørgsmål", "from an earlier question"),
    "source": ("fra kilde [{n}]", "from source [{n}]"),
    "assumption": ("antagelse", "assumption"),
    "default_from": ("standardværdi fra kilde [{n}]", "default from source [{n}]"),
    "calc": ("Beregning", "Calculation"),
    "inputs": ("Input", "Inputs"),
    "rounded": ("rundet op til {n}", "rounded up to {n}"),
    "rounded_down": ("rundet ned til {n}", "rounded down to {n}"),
    "round_note": (
        "Stillinger rundes op til hele stillinger, så ingen får flere sager end målet.",
        "Positions are rounded up to whole positions so that nobody carries more than the target.",
    ),
    "missing": (
        "For at regne {what} ud mangler jeg: {names}. Skriv tallet i spørgsmålet, så regner jeg det ud.",
        "To work out {what} I need: {names}. Put the number in your question and I will work it out.",
    ),
    "pick_one": (
        "Skriv, hvilken læsning der er den rigtige, så regner jeg kun den.",
        "Say which reading is right and I will work out only that one.",
    ),
    "unclear": (
        "Jeg regner ikke noget ud, før jeg ved, hvad hvert tal står for: et forkert tal er værre end intet. "
        "Skriv det fx som «1.200 sager», «30 rådgivere i dag», «ned på 25 sager pr. rådgiver» eller "
        "«600.000 kr. pr. rådgiver».",
        "I will not work anything out until I know what each number stands for: a wrong figure is worse than "
        "none. Write it, for example, as “1,200 cases”, “30 social workers today”, “down to 25 cases per "
        "social worker” or “DKK 600,000 per social worker”.",
    ),
    "own_cost": (
        "Brug jeres egen årlige udgift pr. stilling med løn, pension og overhead; statens løn til en "
        "socialrådgiver er kun en nedre grænse.",
        "Use your own annual cost per position with pay, pension and overhead; the state's pay for a social "
        "worker is only a lower bound.",
    ),
    "invalid": ("Jeg kan ikke regne med de tal: {msg}", "I cannot calculate with those numbers: {msg}"),
    "no_source": (
        "Kilden er ikke i vidensbasen, så tallet er en antagelse.",
        "The source is not in the knowledge base, so the figure is an assumption.",
    ),
    "default_target": (
        "Du skrev ikke et mål for sagstallet, så jeg har brugt den øvre grænse i DS' nyeste vejledende "
        "sagstal fra kilde [{n}] (årstallet står under Input); skriv jeres eget mål, hvis I har et.",
        "You did not give a target caseload, so I used the upper end of the newest DS guiding caseload from "
        "source [{n}] (its year is under Inputs); give your own target if you have one.",
    ),
    "default_placement": (
        "Du skrev ikke udgiften pr. anbringelse, så jeg har brugt landsgennemsnittet for 2019 fra kilde [{n}].",
        "You did not give the cost per placement, so I used the 2019 national average from source [{n}].",
    ),
}
_KINDS: dict[str, dict[str, Pair]] = {
    "read": {"residential": ("på institution", "residential"), "foster": ("i plejefamilie", "foster-family")},
    "plural": {
        "residential": ("anbringelser på institution eller opholdssted", "residential placements"),
        "foster": ("anbringelser i plejefamilie", "foster-family placements"),
        "": ("anbringelser", "placements"),
    },
    "place": {"residential": ("institution", "residential care"), "foster": ("plejefamilie", "foster care")},
}


def kind_words(kind: str, lang: Language, form: str) -> str:
    """A placement type in words: "på institution" (read), "anbringelser i plejefamilie" (plural)."""
    da, en = _KINDS[form].get(kind, ("", ""))
    return da if lang == "da" else en
