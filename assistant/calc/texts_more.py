"""Words for the quantities of budget cuts, closed cases and price gaps (merged into ``calc_texts``).

Kept apart so that ``calc_texts`` stays one screenful per table; the tables have the same shape and
the same uses: ``LABELS`` in full, ``SYMBOLS`` in a formula, ``READ`` in the first line, ``SAY`` for a
result.
"""

from __future__ import annotations

Pair = tuple[str, str]

MORE_LABELS: dict[str, Pair] = {
    "staff_budget": ("Årligt budget til rådgivere", "Annual budget for social workers"),
    "budget_cut_pct": ("Andel af budgettet, der skal findes", "Share of the budget to find"),
    "cut_amount": ("Beløb, der skal findes om året", "Amount to find a year"),
    "close_pct": ("Andel af sagerne, der lukkes", "Share of the cases closed"),
    "cases_closed": ("Sager lukket", "Cases closed"),
    "caseload_left": ("Sagstal efter lukningen", "Caseload after the closures"),
    "price_gap": ("Forskel i pris pr. barn om året", "Difference in price per child a year"),
    "spend_total": ("Udgift til anbringelser over årene", "Placement spend over the years"),
}
_ORDINALS = ((1, "første", "first"), (2, "anden", "second"), (3, "tredje", "third"))
MORE_SYMBOLS: dict[str, Pair] = {
    "staff_budget": ("budget til rådgivere", "staff budget"),
    "budget_cut_pct": ("andel at finde", "share to find"),
    "cut_amount": ("beløb at finde", "amount to find"),
    "close_pct": ("andel lukket", "share closed"),
    "cases_closed": ("sager lukket", "cases closed"),
    "caseload_left": ("sagstal efter", "caseload after"),
    "price_gap": ("forskel pr. barn", "difference per child"),
    "spend_total": ("udgift over årene", "spend over the years"),
    # the parts of a total over teams or years, by order (a digit here would read as a figure)
    **{f"cases_{k}": (f"sager, {da}", f"cases, {en}") for k, da, en in _ORDINALS},
    **{f"staff_now_{k}": (f"rådgivere, {da}", f"social workers, {en}") for k, da, en in _ORDINALS},
}
MORE_KR = ("staff_budget", "cut_amount", "price_gap", "spend_total")
MORE_PCT = ("budget_cut_pct", "close_pct")
MORE_READ: dict[str, Pair] = {
    "staff_budget": ("{v} i budget til rådgivere", "{v} budget for social workers"),
    "budget_cut_pct": ("{v} af budgettet skal findes", "{v} of the budget to find"),
    "cut_amount": ("{v} skal findes om året", "{v} to find a year"),
    "close_pct": ("{v} af sagerne lukkes", "{v} of the cases closed"),
}
MORE_SAY: dict[str, Pair] = {
    "cut_amount": ("Der skal findes {v} om året.", "That is {v} a year to find."),
    "staff_cut": (
        "Det svarer til {exact2} stillinger à {in_cost_per_worker}; for at finde hele beløbet skal {v} "
        "stillinger nedlægges.",
        "That equals {exact2} positions at {in_cost_per_worker}; to find the whole amount {v} positions go.",
    ),
    "spend_total": ("Over {in_years} år koster anbringelserne {v}.", "Over {in_years} years the placements cost {v}."),
    "cases_closed": ("Der lukkes {v} sager i alt.", "{v} cases are closed in total."),
    "caseload_left": (
        "Bagefter har hver rådgiver {v} sager.",
        "Afterwards each social worker has {v} cases.",
    ),
    "price_gap": (
        "Forskellen er {v} om året pr. barn: institution koster {v} mere end plejefamilie.",
        "The difference is {v} a year per child: residential care costs {v} more than foster care.",
    ),
    "price_gap_neg": (
        "Forskellen er {v} om året pr. barn: plejefamilie koster {v} mere end institution.",
        "The difference is {v} a year per child: foster care costs {v} more than residential care.",
    ),
}
