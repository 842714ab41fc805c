"""Solver rules for portfolios of placements, shares, budget cuts turned into positions, cases closed and
price gaps between placement types.

Apart from ``calc.rules`` (which holds the staffing and placement rules) so each table stays short; that
table puts these around its own. Each rule names a formula in ``calc``, never a question.
"""

from __future__ import annotations

from assistant.calc import formulas as calc
from assistant.calc import formulas_units as units
from assistant.calc.fields import check
from assistant.calc.rule import Rule

__all__ = ["FIRST_RULES", "MORE_RULES"]

_BEFORE_LESS_AFTER = "{amount_before_cut} − {amount_changed}"
_AFTER_LESS_BEFORE = "{amount_changed} − {amount_before_rise}"
_PART_OF_YEAR = "{{{}_per_year}} × {{months_first_year}} ÷ 12"


# Rules that must win over the solver's own for the same output: they apply only when the question said more.
FIRST_RULES: tuple[Rule, ...] = (
    # cases that grow by a percentage: the cases to plan for, from today's (``calc.settle.case_growth``)
    Rule(
        "cases",
        ("cases_from", "case_growth_pct", "growth_years"),
        units.grown_cases_over_years,
        "{cases_from} × (1 + {case_growth_pct}) ^ {growth_years}",
    ),
    Rule("cases", ("cases_from", "case_growth_pct"), units.grown_cases, "{cases_from} × (1 + {case_growth_pct})"),
    # staff who leave as well: the hires and the caseload after are counted from the staff who stay
    Rule(
        "extra_staff",
        ("staff_left", "staff_needed"),
        calc.staff_short,
        "{staff_needed} − {staff_left}",
    ),
    # a sum for new staff and a target both given: the caseload after is with the staff the sum pays for
    Rule(
        "caseload_after",
        ("cases", "staff_now", "staff_affordable"),
        calc.caseload_with,
        "{cases} ÷ ({staff_now} + {staff_affordable})",
    ),
    Rule(
        "caseload_after",
        ("cases", "staff_left", "cases_from"),
        lambda c, s, _f: calc.caseload(c, s),
        "{cases} ÷ {staff_left}",
    ),
)

MORE_RULES: tuple[Rule, ...] = (
    # priced units (``calc.priced``): a price each times a count, a sum over a count or over a price
    Rule("units_cost", ("units", "price_each"), units.units_cost, "{units} × {price_each}"),
    Rule("units_cost_total", ("units_cost", "years"), calc.over_years, "{units_cost} × {years}"),
    Rule("one_cost_total", ("price_each", "years"), calc.over_years, "{price_each} × {years}"),
    Rule(
        "units_affordable",
        ("amount", "price_each"),
        units.units_affordable,
        "{amount} ÷ {price_each}",
        whole=True,
        down=True,
    ),
    Rule("amount_each", ("amount", "units"), units.amount_each, "{amount} ÷ {units}"),
    Rule("one_year_cost", ("price_each",), lambda p: p, "{price_each}"),
    Rule(
        "cases_to_move",
        ("cases", "staff_now", "target"),
        lambda c, s, t: c - s * t,
        "{cases} − {staff_now} × {target}",
    ),
    Rule(
        "caseload_change_pct",
        ("caseload", "caseload_after"),
        lambda a, b: calc.percentage_change(a, b),
        "({caseload_after} − {caseload}) ÷ {caseload} × 100",
    ),
    # a year's price by the week and by the day (52 weeks, 365 days)
    *(
        Rule(out, (price,), lambda p, d=days: p / d, f"{{{price}}} ÷ {days}")
        for out, days in (("price_per_week", 52), ("price_per_day", 365))
        for price in ("cost_per_placement", "cost_per_worker", "price_each")
    ),
    Rule("fte_total", ("staff_now",), lambda s: s, "{staff_now}"),  # part-time staff counted in FTE (calc.part_time)
    Rule("fte_added", ("extra_staff",), lambda s: s, "{extra_staff}"),  # part-timers brought up to full time
    # a rising price (``calc.price_rise``): the rise per unit times the units, or the value compounded
    Rule("rise_each", ("price_each", "rise_pct"), units.share_of_price, "{price_each} × {rise_pct}"),
    Rule("rise_each", ("abs_change",), lambda d: d, "{abs_change}"),
    Rule("rise_cost", ("rise_each", "units"), lambda r, u: units.units_cost(u, r), "{rise_each} × {units}"),
    Rule("price_after", ("price_each", "rise_each"), lambda p, r: p + r, "{price_each} + {rise_each}"),
    Rule("units_cost_after", ("price_after", "units"), lambda p, u: units.units_cost(u, p), "{price_after} × {units}"),
    # one price's rise, paid for every unit ("with 25 placements, how much more do we pay")
    Rule("change_cost", ("abs_change", "units"), lambda d, u: d * u, "{abs_change} × {units}"),
    Rule("grown_diff", ("grown_value", "value_from"), lambda g, f: g - f, "{grown_value} − {value_from}"),
    Rule("grown_units_cost", ("grown_value", "units"), lambda g, u: units.units_cost(u, g), "{grown_value} × {units}"),
    Rule(
        "grown_pct",
        ("grown_value", "value_from"),
        lambda g, f: (g / f - 1) * 100,
        "({grown_value} ÷ {value_from} − 1) × 100",
    ),
    Rule(
        "grown_value",
        ("value_from", "growth_pct", "years"),
        units.compounded,
        "{value_from} × (1 + {growth_pct}) ^ {years}",
    ),
    # a value growing a percentage a year, summed over a span of calendar years from its own (``calc.grown_years``)
    Rule(
        "grown_sum",
        ("value_from", "growth_pct", "sum_years"),
        lambda v, g, n: v + sum(units.compounded(v, g, k) for k in range(1, int(n))),
        "{value_from} × (1 + (1 + {growth_pct}) + … + (1 + {growth_pct}) ^ ({sum_years} − 1))",
    ),
    Rule("grown_sum_units", ("grown_sum", "units"), lambda s, u: units.units_cost(u, s), "{grown_sum} × {units}"),
    # posts cut to save a sum: enough posts to save all of it, so rounded up
    Rule(
        "posts_cut",
        ("cut_amount", "cost_per_worker"),
        calc.staff_affordable,
        "{cut_amount} ÷ {cost_per_worker}",
        whole=True,
    ),
    Rule("posts_cut", ("budget", "cost_per_worker"), calc.staff_affordable, "{budget} ÷ {cost_per_worker}", whole=True),
    # staff starting part-way through a year (``calc.part_year``): months ÷ 12 of a year's pay
    Rule(
        "part_year_cost",
        ("extra_staff", "cost_per_worker", "months_first_year"),
        units.part_year_cost,
        "{extra_staff} × {cost_per_worker} × {months_first_year} ÷ 12",
    ),
    # pay not spent on posts left empty for some months (``calc.vacant_months``)
    Rule(
        "vacancy_saving",
        ("vacant_posts", "cost_per_worker", "vacant_months"),
        units.part_year_cost,
        "{vacant_posts} × {cost_per_worker} × {vacant_months} ÷ 12",
    ),
    Rule(
        "vacant_fte_years",
        ("vacant_posts", "vacant_months"),
        lambda p, m: p * m / 12,
        "{vacant_posts} × {vacant_months} ÷ 12",
    ),
    # any other yearly cost or saving that starts at the date (``calc.part_year.started_flow``)
    Rule("part_year_cost", ("cost_per_year", "months_first_year"), units.part_of_year, _PART_OF_YEAR.format("cost")),
    Rule(
        "part_year_savings",
        ("savings_per_year", "months_first_year"),
        units.part_of_year,
        _PART_OF_YEAR.format("savings"),
    ),
    Rule(
        "part_year_posts",
        ("budget", "cost_per_worker", "months_first_year"),
        units.part_year_posts,
        "{budget} ÷ ({cost_per_worker} × {months_first_year} ÷ 12)",
        whole=True,
        down=True,
    ),
    Rule(
        "full_year_cost",
        ("part_year_posts", "cost_per_worker"),
        calc.staff_cost,
        "{part_year_posts} × {cost_per_worker}",
    ),
    # rates per 1,000 (``calc.rates``)
    Rule("per_1000", ("rated", "population"), units.per_thousand, "{rated} ÷ {population} × 1.000"),
    Rule(
        "expected_count",
        ("rate_per_1000", "population"),
        units.count_at_rate,
        "{rate_per_1000} × {population} ÷ 1.000",
    ),
    Rule("expected_cost", ("expected_count", "price_each"), units.units_cost, "{expected_count} × {price_each}"),
    # year-by-year series (``calc.schedule``): staff-years and placement-years priced, then set against each other
    Rule("cost_total", ("staff_years", "cost_per_worker"), calc.staff_cost, "{staff_years} × {cost_per_worker}"),
    Rule("cost_last_year", ("staff_final", "cost_per_worker"), calc.staff_cost, "{staff_final} × {cost_per_worker}"),
    Rule(
        "savings_total",
        ("avoided_years", "cost_per_placement"),
        calc.placement_spend,
        "{avoided_years} × {cost_per_placement}",
    ),
    Rule("net_total", ("savings_total", "cost_total"), calc.net_result, "{savings_total} − {cost_total}"),
    # a worker's yearly cost over a caseload: the staff cost of one case
    Rule("case_cost_now", ("cost_per_worker", "caseload_now"), calc.per_case, "{cost_per_worker} ÷ {caseload_now}"),
    Rule("caseload_now", ("cases", "staff_now"), calc.caseload, "{cases} ÷ {staff_now}"),  # for the cost per case now
    Rule("case_cost_target", ("cost_per_worker", "target"), calc.per_case, "{cost_per_worker} ÷ {target}"),
    Rule("case_cost", ("cost_per_worker", "caseload"), calc.per_case, "{cost_per_worker} ÷ {caseload}"),
    # two values side by side (``calc.pairs``)
    Rule("pct_amount", ("amount", "pct_of"), units.pct_of_amount, "{amount} × {pct_of}"),
    Rule("amount_after_rise", ("amount", "pct_amount"), lambda a, p: a + p, "{amount} + {pct_amount}"),
    Rule("amount_after_cut", ("amount", "pct_amount"), lambda a, p: a - p, "{amount} − {pct_amount}"),
    Rule("amount_rest", ("amount", "pct_amount"), lambda a, p: a - p, "{amount} − {pct_amount}"),
    # a year's spend at the pace so far (``calc.forecast``) and what it runs over the budget
    Rule(
        "spend_projected",
        ("spent_so_far", "months_gone"),
        lambda s, m: s / m * 12,
        "{spent_so_far} ÷ {months_gone} × 12",
    ),
    Rule("over_projected", ("spend_projected", "budget"), lambda p, b: p - b, "{spend_projected} − {budget}"),
    # what the rest of the year may cost a month to keep the budget, and the current month's pace against it
    Rule(
        "monthly_left",
        ("budget", "spent_so_far", "months_gone"),
        lambda b, s, m: (b - s) / (12 - m),
        "({budget} − {spent_so_far}) ÷ (12 − {months_gone})",
    ),
    Rule("monthly_now", ("spent_so_far", "months_gone"), lambda s, m: s / m, "{spent_so_far} ÷ {months_gone}"),
    Rule("monthly_cut", ("monthly_now", "monthly_left"), lambda n, left: n - left, "{monthly_now} − {monthly_left}"),
    Rule("spent_pct", ("spent_so_far", "budget"), lambda s, b: s / b * 100, "{spent_so_far} ÷ {budget} × 100"),
    Rule("over_projected_pct", ("over_projected", "budget"), lambda o, b: o / b * 100, "{over_projected} ÷ {budget}"),
    # the amount before a change in percent (``calc.pairs``): what it was before the cut or the rise
    Rule(
        "amount_before_cut",
        ("amount_changed", "pct_changed"),
        lambda a, p: a / (1 - p / 100),
        "{amount_changed} ÷ (1 − {pct_changed})",
    ),
    Rule(
        "amount_before_rise",
        ("amount_changed", "pct_changed"),
        lambda a, p: a / (1 + p / 100),
        "{amount_changed} ÷ (1 + {pct_changed})",
    ),
    Rule("cut_size", ("amount_before_cut", "amount_changed"), lambda b, a: b - a, _BEFORE_LESS_AFTER),
    Rule("rise_size", ("amount_changed", "amount_before_rise"), lambda a, b: a - b, _AFTER_LESS_BEFORE),
    Rule("difference", ("value_from", "value_to"), units.gap, "{value_to} − {value_from}"),
    Rule("ratio", ("value_from", "value_to"), units.ratio, "{value_to} ÷ {value_from}"),
    Rule("value_whole", ("value_part", "value_rest"), lambda p, r: p + r, "{value_part} + {value_rest}"),
    # a budget and its over- or underspend (``calc.overspend``): the actual spend and the gap's share of the budget
    Rule("spend_actual", ("budget", "overspend"), lambda b, o: b + o, "{budget} + {overspend}"),
    Rule("spend_actual", ("budget", "underspend"), lambda b, u: b - u, "{budget} − {underspend}"),
    Rule("overspend_net", ("spend_outturn", "budget"), lambda a, b: a - b, "{spend_outturn} − {budget}"),
    Rule(
        "overspend_net_pct",
        ("overspend_net", "budget"),
        lambda o, b: o / check("budget", b) * 100,  # minus for an underspend
        "{overspend_net} ÷ {budget} × 100",
    ),
    Rule("overspend_pct", ("overspend", "budget"), calc.share_pct, "{overspend} ÷ {budget} × 100"),
    Rule("underspend_pct", ("underspend", "budget"), calc.share_pct, "{underspend} ÷ {budget} × 100"),
    # staff who left of today's staff, and what their departures cost (``calc.turnover``)
    Rule("turnover_pct", ("staff_quit", "staff_now"), calc.share_pct, "{staff_quit} ÷ {staff_now} × 100"),
    Rule("turnover_cost", ("staff_quit", "cost_per_leaver"), lambda n, c: n * c, "{staff_quit} × {cost_per_leaver}"),
    Rule("caseload_fall", ("caseload", "caseload_after"), lambda a, b: a - b, "{caseload} − {caseload_after}"),
    Rule(
        "abs_change_yearly",
        ("value_from", "value_to", "years"),
        lambda a, b, y: (b - a) / y,
        "({value_to} − {value_from}) ÷ {years}",
    ),
    Rule("posts_vacant", ("staff_to", "staff_now"), lambda to, now: to - now, "{staff_to} − {staff_now}"),
    # the pay vacant posts leave unspent: the posts less those in post, at a post's price (``calc.vacancies``)
    Rule(
        "vacancy_pay_unspent",
        ("staff_to", "staff_now", "cost_per_worker"),
        lambda to, now, cost: (to - now) * cost,
        "({staff_to} − {staff_now}) × {cost_per_worker}",
    ),
    Rule(
        "value_rest",
        ("value_whole", "value_part", "value_part2"),
        lambda w, p, q: w - p - q,
        "{value_whole} − {value_part} − {value_part2}",
    ),
    Rule("value_rest", ("value_whole", "value_part"), lambda w, p: w - p, "{value_whole} − {value_part}"),
    # a portfolio of placements by type: each type's spend, their sum, the average and what a move leaves
    Rule(
        "foster_spend",
        ("placements_foster", "foster_cost"),
        calc.placement_spend,
        "{placements_foster} × {foster_cost}",
    ),
    Rule(
        "residential_spend",
        ("placements_residential", "residential_cost"),
        calc.placement_spend,
        "{placements_residential} × {residential_cost}",
    ),
    Rule(
        "portfolio_spend",
        ("foster_spend", "residential_spend"),
        lambda f, r: f + r,
        "{foster_spend} + {residential_spend}",
    ),
    Rule("portfolio_spend", ("foster_spend",), lambda f: f, "{foster_spend}"),
    Rule("portfolio_spend", ("residential_spend",), lambda r: r, "{residential_spend}"),
    Rule(
        "residential_share_pct",
        ("residential_spend", "portfolio_spend"),
        calc.share_pct,
        "{residential_spend} ÷ {portfolio_spend} × 100",
    ),
    Rule(
        "foster_count_share_pct",
        ("placements_foster", "placements_residential"),
        lambda f, r: f / (f + r) * 100,
        "{placements_foster} ÷ ({placements_foster} + {placements_residential}) × 100",
    ),
    Rule(
        "residential_count_share_pct",
        ("placements_residential", "placements_foster"),
        lambda r, f: r / (f + r) * 100,
        "{placements_residential} ÷ ({placements_foster} + {placements_residential}) × 100",
    ),
    Rule(
        "foster_share_pct",
        ("foster_spend", "portfolio_spend"),
        calc.share_pct,
        "{foster_spend} ÷ {portfolio_spend} × 100",
    ),
    Rule(
        "portfolio_average",
        ("portfolio_spend", "placements_foster", "placements_residential"),
        lambda t, f, r: calc.average_placement_cost(t, f + r),
        "{portfolio_spend} ÷ ({placements_foster} + {placements_residential})",
    ),
    Rule(
        "portfolio_spend_after",
        ("portfolio_spend", "savings_per_year"),
        lambda t, sv: t - sv,
        "{portfolio_spend} − {savings_per_year}",
    ),
    Rule("savings_needed", ("cost_per_year",), lambda c: c, "{cost_per_year}"),
    Rule("placement_year_cost", ("cost_per_placement",), lambda c: c, "{cost_per_placement}"),
    # a budget and what priced staff or placements take of it (``calc.budget_use``)
    Rule(
        "use_cost",
        ("use_count", "use_price", "use_count2", "use_price2"),
        lambda n, p, m, q: units.units_cost(n, p) + units.units_cost(m, q),
        "{use_count} × {use_price} + {use_count2} × {use_price2}",
    ),
    Rule("use_cost", ("use_count", "use_price"), units.units_cost, "{use_count} × {use_price}"),
    Rule("use_cost", ("use_total", "use_count"), lambda t, _n: t, "{use_total}"),  # a sum said for all of them
    Rule(
        "use_share_pct",
        ("use_cost", "use_budget"),
        lambda c, b: 100 * c / check("amount", b) if b else check("amount", b),
        "{use_cost} ÷ {use_budget} × 100",
    ),
    Rule("use_left", ("use_budget", "use_cost"), lambda b, c: b - c, "{use_budget} − {use_cost}"),
    Rule("use_over", ("use_cost", "use_budget"), lambda c, b: c - b, "{use_cost} − {use_budget}"),
    Rule("use_fewer", ("use_over", "use_price"), units.units_affordable, "{use_over} ÷ {use_price}", whole=True),
    Rule(
        "use_left_units",
        ("use_left", "use_other_price"),
        units.units_affordable,
        "{use_left} ÷ {use_other_price}",
        whole=True,
        down=True,
    ),
    Rule("placement_month_cost", ("cost_per_placement",), lambda c: c / 12, "{cost_per_placement} ÷ 12"),
    # a stay of some months (``calc.stay``): the yearly price for the months, for each child who stays, and the
    # cheaper type's saving over the dearer one for the same stay
    Rule(
        "stay_cost",
        ("stay_children", "cost_per_placement", "stay_months"),
        units.stay_cost,
        "{stay_children} × {cost_per_placement} × {stay_months} ÷ 12",
    ),
    Rule(
        "stay_one_cost",
        ("cost_per_placement", "stay_months"),
        lambda c, m: units.stay_cost(1, c, m),
        "{cost_per_placement} × {stay_months} ÷ 12",
    ),
    Rule(
        "stay_saving",
        ("stay_children", "residential_cost", "foster_cost", "stay_months"),
        lambda n, r, f, m: units.stay_cost(n, units.gap(f, r), m),
        "{stay_children} × ({residential_cost} − {foster_cost}) × {stay_months} ÷ 12",
    ),
    Rule(
        "stay_one_saving",
        ("residential_cost", "foster_cost", "stay_months"),
        lambda r, f, m: units.stay_cost(1, units.gap(f, r), m),
        "({residential_cost} − {foster_cost}) × {stay_months} ÷ 12",
    ),
    Rule("payroll_after", ("staff_needed", "cost_per_worker"), calc.staff_cost, "{staff_needed} × {cost_per_worker}"),
    Rule("cut_pct", ("staff_cut", "staff_now"), calc.share_pct, "{staff_cut} ÷ {staff_now} × 100"),
    Rule("pct_share", ("value_part", "value_whole"), calc.share_pct, "{value_part} ÷ {value_whole} × 100"),
    Rule("pct_share2", ("value_part2", "value_whole"), calc.share_pct, "{value_part2} ÷ {value_whole} × 100"),
    Rule(
        "saving_share_pct",
        ("savings_per_year", "placement_spend"),
        calc.share_pct,
        "{savings_per_year} ÷ {placement_spend} × 100",
    ),
    # "Sagstallet skal ned med 20 %" / "med 5": the target is today's caseload less the cut
    Rule(
        "target",
        ("caseload", "load_cut_pct"),
        lambda c, p: c * (1 - check("reduction_pct", p) / 100),
        "{caseload} × (100 % − {load_cut_pct})",
    ),
    Rule("target", ("caseload", "load_cut"), lambda c, d: check("target", c - d), "{caseload} − {load_cut}"),
    # "Vi nedlægger 4 stillinger à 600.000 kr. Hvad sparer vi?": the pay of the posts cut
    Rule("savings_per_year", ("staff_cut", "cost_per_worker"), calc.staff_cost, "{staff_cut} × {cost_per_worker}"),
    # "vores 50 anbringelser falder med 6 %": the placements avoided (the saving is still priced on the spend)
    Rule("avoided", ("placements_total", "reduction_pct"), calc.share_of_count, "{placements_total} × {reduction_pct}"),
    Rule("budget", ("budget_whole", "spend_pct"), calc.share_of_amount, "{budget_whole} × {spend_pct}"),
    Rule("cut_amount", ("staff_budget", "budget_cut_pct"), calc.share_of_amount, "{staff_budget} × {budget_cut_pct}"),
    # a sum to find by cutting posts, per post cut: what each post cut must save
    Rule("cut_per_post", ("cut_amount", "staff_cut"), calc.cost_per_worker, "{cut_amount} ÷ {staff_cut}"),
    # "Lønbudgettet er 18,4 mio. kr. … hvor mange rådgivere er der råd til, og hvad bliver sagstallet": the posts a
    # staff budget pays for, and the caseload they carry when no staff today is named
    Rule(
        "staff_affordable",
        ("staff_budget", "cost_per_worker"),
        calc.staff_affordable,
        "{staff_budget} ÷ {cost_per_worker}",
        whole=True,
        down=True,
    ),
    Rule("cut_amount", ("budget_whole", "budget_cut_pct"), calc.share_of_amount, "{budget_whole} × {budget_cut_pct}"),
    # a sum to find in positions: rounded up, since one position fewer would not find all of it
    Rule(
        "staff_cut",
        ("cut_amount", "cost_per_worker"),
        calc.positions_for,
        "{cut_amount} ÷ {cost_per_worker}",
        whole=True,
    ),
    # "Herning sparede 4,4 mio. kr. over 2 år": a saving for a period is a yearly saving only divided by it,
    # and "how many workers could the yearly amount pay for" spends that yearly saving
    Rule(
        "savings_per_year",
        ("savings_period", "years"),
        lambda t, y: t / check("years", y),
        "{savings_period} ÷ {years}",
    ),
    Rule(
        "staff_affordable",
        ("savings_per_year", "cost_per_worker"),
        calc.staff_affordable,
        "{savings_per_year} ÷ {cost_per_worker}",
        whole=True,
        down=True,
    ),
    # "what's the caseload before and after, and by what percentage does it fall": the change asked of the
    # caseloads just worked out, when the question gives no from-to pair of its own
    Rule(
        "pct_change",
        ("caseload", "caseload_after"),
        calc.percentage_change,
        "({caseload_after} − {caseload}) ÷ {caseload} × 100",
    ),
    Rule(
        "pct_change",
        ("caseload_now", "target"),
        calc.percentage_change,
        "({target} − {caseload_now}) ÷ {caseload_now} × 100",
    ),
    Rule(
        "pct_change",
        ("caseload", "caseload_after_cut"),
        calc.percentage_change,
        "({caseload_after_cut} − {caseload}) ÷ {caseload} × 100",
    ),
    Rule("cases_closed", ("cases", "close_pct"), calc.cases_closed, "{cases} × {close_pct}"),
    # the cases closed at one case's yearly price (``calc.cuts``): what closing them saves a year
    Rule("savings_per_year", ("cases_closed", "price_each"), units.units_cost, "{cases_closed} × {price_each}"),
    Rule("cases_open", ("cases", "cases_closed"), lambda c, x: c - x, "{cases} − {cases_closed}"),
    # the closed cases in full-time posts at a caseload ("how many posts does that free up at 24 cases each")
    Rule("posts_freed", ("cases_closed", "caseload_now"), lambda x, load: x / load, "{cases_closed} ÷ {caseload_now}"),
    Rule(
        "caseload_left",
        ("cases", "cases_closed", "staff_now"),
        calc.caseload_after_closing,
        "({cases} − {cases_closed}) ÷ {staff_now}",
    ),
    Rule("spend_total", ("portfolio_spend", "years"), calc.over_years, "{portfolio_spend} × {years}"),
    Rule("spend_total", ("placement_spend", "years"), calc.over_years, "{placement_spend} × {years}"),
    # at the same cases staff is cases ÷ caseload: staff after ÷ staff before = caseload before ÷ after
    Rule(
        "staff_pct",
        ("load_from", "load_to"),
        lambda f, t: calc.percentage_change(t, f),
        "({load_from} ÷ {load_to} − 1) × 100",
    ),
    Rule(
        "staff_pct", ("staff_now", "staff_to"), calc.percentage_change, "({staff_to} − {staff_now}) ÷ {staff_now} × 100"
    ),
    # "if we cut 4 of our 37, by what percent does staff fall": the cut against today's staff
    Rule("staff_pct", ("staff_now", "staff_cut"), lambda s, c: -100.0 * c / s, "−{staff_cut} ÷ {staff_now} × 100"),
    # the staff a target caseload needs (whole persons) against today's; or, with no staff given, the
    # caseload today over the target (the cases stay)
    Rule(
        "staff_pct",
        ("staff_now", "staff_needed"),
        calc.percentage_change,
        "({staff_needed} − {staff_now}) ÷ {staff_now} × 100",
    ),
    Rule(
        "staff_pct",
        ("caseload_now", "target"),
        lambda f, t: calc.percentage_change(t, f),
        "({caseload_now} ÷ {target} − 1) × 100",
    ),
    Rule(
        "saving_per_placement",
        ("savings_per_year", "avoided"),
        lambda s, a: s / check("placements", a),
        "{savings_per_year} ÷ {avoided}",
    ),
    Rule("price_gap", ("residential_cost", "foster_cost"), calc.price_gap, "{residential_cost} − {foster_cost}"),
)
