"""The Danish and English words of a calculation answer, as views of the one translation table.

``LABELS`` name inputs and results in full (the input list, the JSON, what is missing); ``SYMBOLS`` are
the short names in a formula ("sager ÷ mål for sagstal"); ``READ`` restates one number of the question
in the first line; ``SAY`` states one result. Each is a section of ``assistant/i18n/phrases.yaml``
keyed by the quantity's name, so a new quantity is one entry per section there; ``UNITS`` stays here
because it is how a value is formatted, not words.
"""

from __future__ import annotations

from assistant.i18n import Phrase, Section
from assistant.models import Language

Pair = Phrase  # (da, en); the name the calculator's code has always used

LABELS = Section("calc.label")
SYMBOLS = Section("calc.symbol")
READ = Section("calc.read")
SAY = Section("calc.say")
PHRASES = Section("calc.phrase")
# Money and percentages of the budget-cut, closed-case and price-gap quantities.
MORE_KR = (
    "budget_whole", "staff_budget", "cut_amount", "cut_per_post", "price_gap", "spend_total", "saving_per_placement",
    "cost_per_month",
    "cost_per_year_month", "payroll_with_extra", "change_cost", "benchmark", "monthly_left", "monthly_now",
    "monthly_cut", "bench_gap", "bench_gap_total", "vacancy_pay_unspent",
    "overspend", "underspend", "spend_actual", "spend_outturn", "overspend_net", "cost_per_leaver", "turnover_cost",
    "savings_per_month", "net_per_month",
)  # fmt: skip
# Priced units (``calc.priced``).
PRICED_KR = (
    "price_each", "amount", "units_cost", "units_cost_total", "one_cost_total", "amount_each", "pct_amount",
    "case_cost", "case_cost_now", "case_cost_target", "cost_last_year", "expected_cost", "rise_each", "rise_cost",
    "grown_value", "price_after", "part_year_cost", "part_year_savings", "full_year_cost",
    "vacancy_saving", "units_cost_after", "grown_diff", "one_year_cost", "grown_units_cost",
    "price_per_week", "price_per_day", "amount_after_rise", "amount_after_cut",
    "spent_so_far", "spend_projected", "over_projected",
    "amount_rest", "amount_changed", "amount_before_cut", "amount_before_rise", "cut_size", "rise_size",
    "stay_cost", "stay_one_cost", "stay_saving", "stay_one_saving", "placement_month_cost",
    "use_budget", "use_price", "use_price2", "use_other_price", "use_cost", "use_left", "use_over",
    "grown_sum", "grown_sum_units", "use_total", "budget_after_staff", "one_off_each", "cost_first_year",
    "cost_total_one_off", "fte_lacking_cost",
)
MORE_PCT = (
    "spend_pct", "budget_cut_pct", "close_pct", "staff_pct", "load_cut_pct", "rise_pct", "growth_pct",
    "case_growth_pct", "grown_pct", "residential_share_pct", "foster_share_pct",
    "foster_count_share_pct", "residential_count_share_pct", "caseload_change_pct",
    "pct_change_yearly", "over_projected_pct", "bench_gap_pct", "saving_share_pct", "spent_pct", "staff_cut_pct",
    "absence_pct", "use_share_pct",
)  # fmt: skip
_KR = (
    "cost_per_worker", "salary", "one_off", "staff_cost_total", "cost_per_placement", "residential_cost",
    "foster_cost", "move_from_cost", "move_to_cost", "placement_spend", "cost_per_year", "cost_total",
    "saving_per_child", "savings_per_year", "savings_total", "net_per_year", "net_total", "net_first_year",
    "placement_year_cost", "savings_given", "savings_period", "extra_cost_total", "budget", "budget_left",
    "payroll_after",
    "savings_needed", "budget_period", "foster_spend", "residential_spend", "portfolio_spend", "portfolio_average",
    "portfolio_spend_after",
)  # fmt: skip
# Quantities that are a caseload (cases per worker), wherever they come from: the plausibility guard reads them.
CASELOADS = (
    "caseload", "caseload_now", "caseload_effective", "target", "caseload_after", "caseload_left", "caseload_after_cut",
    "load_from", "load_to", "from_caseload", "caseload_kept", "caseload_given",
)  # fmt: skip
UNITS: dict[str, str] = {
    **dict.fromkeys(_KR + MORE_KR + PRICED_KR, "kr"),
    **dict.fromkeys(MORE_PCT, "pct"),
    **dict.fromkeys(
        (
            "pct_change", "break_even_pct", "reduction_pct", "pct_share", "pct_share2", "moved_share", "surcharge_pct",
            "cut_pct", "pct_of", "overspend_pct", "underspend_pct", "turnover_pct",
            "overspend_net_pct", "over_target_pct", "pct_changed",
        ),
        "pct",
    ),
}


def kind_words(kind: str, lang: Language, form: str) -> str:
    """A placement type in words: "på institution" (read), "anbringelser i plejefamilie" (plural)."""
    return Section(f"calc.kind.{form}").text(kind or "any", lang, default="")
