"""The solver's rules: staffing, costs, placement savings and moves, net results, payback, break-even and
changes, each deriving one quantity from others through a formula in ``calc``.

Apart from ``calc_solver`` (which derives each asked quantity by these rules) so each stays short. No
rule is written for one question. ``calc.rules_more`` adds the rules for portfolios, shares, budget cuts
and cases closed: its ``FIRST_RULES`` come before these (they must win), its ``MORE_RULES`` after.
"""

from __future__ import annotations

from assistant.calc import formulas as calc
from assistant.calc import formulas_units as units
from assistant.calc import scenario
from assistant.calc.absence import ABSENCE_RULES
from assistant.calc.benchmark import BENCHMARK_RULES
from assistant.calc.fields import FieldError, check
from assistant.calc.rule import Rule
from assistant.calc.rules_more import FIRST_RULES, MORE_RULES


def _staff_exact(cases: float, load: float) -> float:
    return check("cases", cases) / check("from_caseload", load)


def _break_even(cost: float, unit: float) -> float:
    value = scenario.break_even_placements(cost, unit)
    if value is None:
        raise FieldError("cost_per_placement", "positive", 0)
    return value


def _break_even_pct(cost: float, spend: float) -> float:
    value = scenario.break_even_pct(cost, spend)
    if value is None:
        raise FieldError("placement_spend", "positive", 0)
    return value


def _spend(count: float, unit: float) -> float:
    return calc.placement_spend(count, unit)


def _mixed(res_n: float, res_cost: float, fos_n: float, fos_cost: float) -> float:
    kinds = calc.PlacementSavings(
        residential_avoided=res_n, residential_cost=res_cost, foster_avoided=fos_n, foster_cost=fos_cost
    )
    return kinds.per_year()


# First rule first: a direct formula before a longer way round.
RULES: tuple[Rule, ...] = (
    *FIRST_RULES,
    # cases that grow: today's caseload is today's cases over today's staff
    Rule("caseload", ("cases_from", "staff_now"), calc.caseload, "{cases_from} ÷ {staff_now}"),
    Rule("caseload", ("cases", "staff_now"), calc.caseload, "{cases} ÷ {staff_now}"),
    Rule("cases", ("staff_now", "caseload_now"), calc.cases_carried, "{staff_now} × {caseload_now}"),
    # cases that grow: today's staff carries today's cases, not the ones to plan for
    Rule("staff_now", ("cases_from", "caseload_now"), _staff_exact, "{cases_from} ÷ {caseload_now}", whole=True),
    Rule("staff_now", ("cases", "caseload_now"), _staff_exact, "{cases} ÷ {caseload_now}", whole=True),
    Rule(
        "staff_needed",
        ("cases", "target"),
        lambda c, t: calc.fte_needed(c, t).fte_exact,
        "{cases} ÷ {target}",
        whole=True,
    ),
    # cases that grow with no target named: today's caseload kept for the cases to plan for
    Rule(
        "staff_needed",
        ("cases_from", "cases", "caseload_given"),
        lambda _f, c, t: calc.fte_needed(c, t).fte_exact,
        "{cases} ÷ {caseload_given}",
        whole=True,
    ),
    Rule("extra_staff", ("staff_now", "staff_to"), lambda s, t: calc.difference(s, t), "{staff_to} − {staff_now}"),
    Rule(
        "extra_staff",
        ("staff_now_fte", "cases", "target"),
        lambda s, c, t: calc.fte_needed(c, t).fte_exact - s,
        "{cases} ÷ {target} − {staff_now_fte}",
        whole=True,
    ),
    Rule(
        "extra_staff",
        ("staff_now", "staff_needed"),
        calc.staff_short,
        "{staff_needed} − {staff_now}",
    ),
    # no staff named, but a staff budget that pays for some: the extra are those beyond what it pays for
    Rule(
        "extra_staff",
        ("staff_affordable", "staff_needed"),
        calc.staff_short,
        "{staff_needed} − {staff_affordable}",
    ),
    Rule(
        "cost_per_worker",
        ("staff_cost_total", "priced_staff"),
        calc.cost_per_worker,
        "{staff_cost_total} ÷ {priced_staff}",
    ),
    Rule("cost_per_worker", ("salary", "surcharge_pct"), calc.with_surcharge, "{salary} × (1 + {surcharge_pct})"),
    # "hvad koster en rådgiver om måneden, når årsudgiften er 594.000 kr.": a twelfth of the year's cost
    Rule("cost_per_month", ("cost_per_worker",), lambda c: c / 12, "{cost_per_worker} ÷ 12"),
    Rule("cost_per_year_month", ("cost_per_year",), lambda c: c / 12, "{cost_per_year} ÷ 12"),
    Rule("savings_per_month", ("savings_per_year",), lambda s: s / 12, "{savings_per_year} ÷ 12"),
    Rule("net_per_month", ("net_per_year",), lambda s: s / 12, "{net_per_year} ÷ 12"),
    Rule(
        "payroll_with_extra",
        ("staff_cost_total", "cost_per_year"),
        lambda t, c: t + c,
        "{staff_cost_total} + {cost_per_year}",
    ),
    Rule("cost_per_worker", ("cost_per_year", "extra_staff"), calc.cost_per_worker, "{cost_per_year} ÷ {extra_staff}"),
    Rule("cost_per_year", ("extra_staff", "cost_per_worker"), calc.staff_cost, "{extra_staff} × {cost_per_worker}"),
    Rule(
        "staff_affordable",
        ("budget", "cost_per_worker"),
        calc.staff_affordable,
        "{budget} ÷ {cost_per_worker}",
        whole=True,
        down=True,
    ),
    # a pool for a period ("3,6 mio. til ekstra rådgivere over de næste 3 år") pays its yearly share in posts
    Rule("budget", ("budget_period", "years"), calc.per_year, "{budget_period} ÷ {years}"),
    Rule("cost_per_year", ("cost_total", "years"), calc.per_year, "{cost_total} ÷ {years}"),
    Rule("cost_total", ("cost_per_year", "years"), calc.over_years, "{cost_per_year} × {years}"),
    Rule(
        "moved",
        ("placements_total", "moved_share"),
        calc.share_of_count,
        "{placements_total} × {moved_share}",
        whole=True,
        down=True,
    ),
    Rule(
        "saving_per_child",
        ("move_from_cost", "move_to_cost"),
        calc.move_saving_per_child,
        "{move_from_cost} − {move_to_cost}",
    ),
    # placements avoided and children moved in one plan: both savings, added
    Rule(
        "savings_per_year",
        ("avoided", "cost_per_placement", "moved", "saving_per_child"),
        lambda a, c, m, s: calc.placement_saving(a, c) + calc.placement_saving(m, s),
        "{avoided} × {cost_per_placement} + {moved} × {saving_per_child}",
    ),
    Rule(
        "savings_per_year",
        ("avoided", "cost_per_placement", "moved", "move_from_cost", "move_to_cost"),
        lambda a, c, m, f, t: calc.placement_saving(a, c) + calc.move_savings(m, f, t),
        "{avoided} × {cost_per_placement} + {moved} × ({move_from_cost} − {move_to_cost})",
    ),
    Rule(
        "savings_per_year", ("avoided", "cost_per_placement"), calc.placement_saving, "{avoided} × {cost_per_placement}"
    ),
    Rule(
        "savings_per_year",
        ("avoided_residential", "residential_cost", "avoided_foster", "foster_cost"),
        _mixed,
        "{avoided_residential} × {residential_cost} + {avoided_foster} × {foster_cost}",
    ),
    # the difference per child first, so the working shows what one move saves before the total
    Rule("savings_per_year", ("moved", "saving_per_child"), calc.moved_saving, "{moved} × {saving_per_child}"),
    Rule(
        "savings_per_year",
        ("moved", "move_from_cost", "move_to_cost"),
        calc.move_savings,
        "{moved} × ({move_from_cost} − {move_to_cost})",
    ),
    Rule(
        "savings_per_year",
        ("placement_spend", "reduction_pct"),
        calc.spend_saving,
        "{placement_spend} × {reduction_pct}",
    ),
    Rule(
        "placement_spend",
        ("placements_total", "cost_per_placement"),
        _spend,
        "{placements_total} × {cost_per_placement}",
    ),
    Rule("savings_total", ("savings_per_year", "years"), calc.over_years, "{savings_per_year} × {years}"),
    Rule(
        "net_per_year", ("savings_per_year", "cost_per_year"), calc.net_result, "{savings_per_year} − {cost_per_year}"
    ),
    Rule(
        "net_total",  # a one-off sum the question names is paid once within the period
        ("savings_per_year", "cost_per_year", "years", "one_off"),
        calc.net_with_one_off,
        "({savings_per_year} − {cost_per_year}) × {years} − {one_off}",
    ),
    Rule(
        "net_first_year",
        ("savings_per_year", "cost_per_year", "one_off"),
        lambda s, c, o: s - c - check("one_off", o),
        "{savings_per_year} − {cost_per_year} − {one_off}",
    ),
    Rule(
        "net_total",  # a one-off paid back by a saving said net of running costs
        ("savings_per_year", "years", "one_off"),
        lambda s, y, o: s * y - check("one_off", o),
        "{savings_per_year} × {years} − {one_off}",
    ),
    Rule(
        "payback_years",
        ("one_off", "net_per_year"),
        calc.payback_years,
        "{one_off} ÷ {net_per_year}",
        whole=True,
    ),
    Rule(
        "payback_years",
        ("one_off", "savings_per_year"),
        calc.payback_years,
        "{one_off} ÷ {savings_per_year}",
        whole=True,
    ),
    Rule(
        "net_total",
        ("savings_per_year", "cost_per_year", "years"),
        calc.net_result,
        "({savings_per_year} − {cost_per_year}) × {years}",
    ),
    Rule(
        "break_even",  # children moved to a cheaper type: each saves the difference
        ("cost_per_year", "saving_per_child"),
        _break_even,
        "{cost_per_year} ÷ {saving_per_child}",
        whole=True,
    ),
    Rule(
        "break_even",
        ("cost_per_year", "cost_per_placement"),
        _break_even,
        "{cost_per_year} ÷ {cost_per_placement}",
        whole=True,
    ),
    Rule(
        "break_even_pct", ("cost_per_year", "placement_spend"), _break_even_pct, "{cost_per_year} ÷ {placement_spend}"
    ),
    Rule(
        "pct_change", ("value_from", "value_to"), calc.percentage_change, "({value_to} − {value_from}) ÷ {value_from}"
    ),
    # the full-time equivalents a target lacks beside part-time staff, asked in FTE (not whole persons), and their cost
    Rule(
        "fte_lacking",
        ("staff_now_fte", "cases", "target"),
        lambda s, c, t: max(0.0, calc.fte_needed(c, t).fte_exact - s),
        "{cases} ÷ {target} − {staff_now_fte}",
    ),
    Rule("fte_lacking_cost", ("fte_lacking", "cost_per_worker"), calc.staff_cost, "{fte_lacking} × {cost_per_worker}"),
    # a budget less what today's staff cost in total: what is left of it
    Rule("budget_after_staff", ("budget", "staff_cost_total"), lambda b, t: b - t, "{budget} − {staff_cost_total}"),
    # a one-off for each new hire ("45.000 kr. pr. person til introforløb"): paid once for all of them
    Rule("one_off", ("one_off_each", "extra_staff"), units.units_cost, "{one_off_each} × {extra_staff}"),
    # the first year's cost and the period's with a one-off paid in the first year
    Rule(
        "cost_first_year",
        ("cost_per_year", "one_off"),
        lambda c, o: c + check("one_off", o),
        "{cost_per_year} + {one_off}",
    ),
    Rule(
        "cost_total_one_off",
        ("cost_per_year", "years", "one_off"),
        lambda c, y, o: calc.over_years(c, y) + check("one_off", o),
        "{cost_per_year} × {years} + {one_off}",
    ),
    # cases that grew: the staff to keep the caseload they had before, and how many more that is than today
    Rule(
        "staff_kept",
        ("cases_from", "cases", "staff_now"),
        lambda f, c, s: calc.fte_needed(c, calc.caseload(f, s)).fte_exact,
        "{cases} ÷ ({cases_from} ÷ {staff_now})",
        whole=True,
    ),
    Rule("extra_kept", ("staff_now", "staff_kept"), calc.staff_short, "{staff_kept} − {staff_now}"),
    Rule("extra_kept_after", ("staff_to", "staff_kept"), calc.staff_short, "{staff_kept} − {staff_to}"),
    Rule(
        "extra_kept_left",
        ("staff_now", "staff_cut", "staff_kept"),
        lambda s, c, k: calc.staff_short(s - c, k),
        "{staff_kept} − ({staff_now} − {staff_cut})",
    ),
    # today's staff and new hires at one price each: the new payroll of them all
    Rule(
        "payroll_with_extra",
        ("staff_now", "extra_staff", "cost_per_worker"),
        lambda s, e, c: calc.staff_cost(s + e, c),
        "({staff_now} + {extra_staff}) × {cost_per_worker}",
    ),
    Rule("abs_change", ("value_from", "value_to"), calc.difference, "{value_to} − {value_from}"),
    Rule(
        "pct_change_yearly",
        ("value_from", "value_to", "years"),
        lambda f, t, n: ((t / f) ** (1 / n) - 1) * 100,
        "({value_to} ÷ {value_from}) ^ (1 ÷ {years}) − 1",
    ),
    Rule("cases_carried", ("staff_now", "target"), calc.cases_carried, "{staff_now} × {target}"),
    Rule("cases_carried", ("staff_now", "caseload_now"), calc.cases_carried, "{staff_now} × {caseload_now}"),
    # "fra 30 til 36 rådgivere", "sagerne steg fra 1.000 til 1.200": the caseload after the change
    Rule("caseload_after", ("cases", "staff_to"), calc.caseload, "{cases} ÷ {staff_to}"),
    Rule(
        "caseload_after",
        ("cases", "staff_now", "cases_from"),
        lambda c, s, _f: calc.caseload(c, s),
        "{cases} ÷ {staff_now}",
    ),
    Rule(
        "caseload_after",
        ("cases", "staff_now", "extra_staff"),
        calc.caseload_with,
        "{cases} ÷ ({staff_now} + {extra_staff})",
    ),
    # (the caseload after the staff a sum buys is in ``rules_more.FIRST_RULES``: it wins over the line above)
    # the staff still there is its own step: "how many are left" is what a reader asks next
    # a cut of the staff in percent: the staff that go, in FTE (12,5 % of 33 is 4,125)
    Rule("staff_cut", ("staff_now", "staff_cut_pct"), lambda s, p: s * p / 100, "{staff_now} × {staff_cut_pct}"),
    Rule("staff_left", ("staff_now", "staff_cut"), calc.staff_left, "{staff_now} − {staff_cut}"),
    # "went from 5 to 9 and each now carries 25": the cases are the staff after times their caseload
    Rule("cases", ("staff_to", "load_after"), calc.staff_cost, "{staff_to} × {load_after}"),
    Rule("caseload_after_cut", ("cases", "staff_left"), calc.caseload, "{cases} ÷ {staff_left}"),
    Rule("budget_left", ("budget", "cost_per_year"), calc.net_result, "{budget} − {cost_per_year}"),
    Rule(
        "budget_left",
        ("budget", "staff_affordable", "cost_per_worker"),
        calc.budget_left,
        "{budget} − {staff_affordable} × {cost_per_worker}",
    ),
    Rule(
        "moves_needed",
        ("savings_per_year", "saving_per_child"),
        calc.moves_needed,
        "{savings_per_year} ÷ {saving_per_child}",
        whole=True,
    ),
    Rule(
        "cost_per_placement",
        ("placement_spend", "placements_total"),
        calc.average_placement_cost,
        "{placement_spend} ÷ {placements_total}",
    ),
    # the posts a staff budget pays for carry the cases when no staff today is named: "the budget pays for 24 …
    # what caseload does that give" is 720 ÷ 24, not the caseload after a target asked next
    Rule("caseload", ("cases", "staff_affordable"), calc.caseload, "{cases} ÷ {staff_affordable}"),
    # "what will the caseload actually be with that many": the staff needed, rounded up, carry the cases
    Rule("caseload", ("cases", "staff_needed"), calc.caseload, "{cases} ÷ {staff_needed}"),
    Rule("over_target", ("caseload", "target"), lambda c, t: c - check("target", t), "{caseload} − {target}"),
    # "our caseload is 38 and the target 30: how many cases above it are we": today's caseload, given
    Rule(
        "over_target", ("caseload_now", "target"), lambda c, t: c - check("target", t), "{caseload_now} − {target}"
    ),
    # "… and how many percent is that", "hvor mange procent ligger vi over grænsen": a share of the target
    Rule(
        "over_target_pct",
        ("caseload_now", "target"),
        lambda c, t: calc.percentage_change(t, c),
        "({caseload_now} − {target}) ÷ {target} × 100",
    ),
    Rule(
        "over_target_pct",
        ("caseload", "target"),
        lambda c, t: calc.percentage_change(t, c),
        "({caseload} − {target}) ÷ {target} × 100",
    ),
    Rule("over_capacity", ("cases", "cases_carried"), calc.cases_over_capacity, "{cases} − {cases_carried}"),
    *MORE_RULES,
    *ABSENCE_RULES,
    *BENCHMARK_RULES,
)
