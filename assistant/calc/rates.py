"""Rates per 1,000: a count over a population, or a rate applied to one.

"14.500 børn og unge på 0-17 år og 203 anbringelser: hvor mange er det pr. 1.000 børn?" and "the national
rate is 10.5 placements per 1,000 children; we have 18,000 children: how many placements would that mean
for us?" are how municipalities compare themselves (Danmarks Statistik and the national key figures give
rates per 1,000 children or inhabitants). The role reader has no population and left "1.000" and the
population without a role, so it asked or went to retrieval. Here the shape is read directly:

- the base is the noun after "pr. 1.000"/"per 1,000" ("børn", "inhabitants");
- the population is the largest count said of that noun (or of inhabitants/children when the base is not
  repeated), "0-17" being an age range, not a count;
- a rate given is a number said before its noun and "pr. 1.000"; with it the count is rate × population ÷
  1.000, and a price each gives their yearly cost;
- otherwise the one other count is rated: count ÷ population × 1.000.

Taken only when every number finds its place; two counts to rate at once ("for each group") ask.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.calc.amounts import Reading, ReadNumber
from assistant.calc.words import _re, asking_text

__all__ = ["RATE_ASKED", "read_rate"]

RATE_ASKED = ("per_1000", "expected_count", "expected_cost")

_PER_THOUSAND = _re(
    r"(?:pr\.?|per)\s+(?P<k>1[.,]000|tusind|thousand)\s+(?P<base>(?:[a-zæøå][\w-]*\s+){0,2}?[a-zæøå][\w-]*)"
)
# "11 anbringelser pr. 1.000 børn", "10.5 placements per 1,000 children": a rate said before its noun
_RATE_AFTER = _re(r"\s+(?P<noun>(?:[a-zæøå][\w-]*\s+){0,2}?)(?:pr\.?|per)\s+(?:1[.,]000|tusind|thousand)\b")
_NOUN_AFTER = _re(r"\s+(?P<noun>[a-zæøå][\w-]*(?:\s+(?:og|and)\s+[a-zæøå][\w-]*)?)")
_PEOPLE = _re(r"^(?:indbygger\w*|inhabitants?|borger\w*|residents?|børn\w*|children|unge|young|0-17)")
_ADULTS = _re(r"^(?:indbygger\w*|inhabitants?|borger\w*|residents?|people|population)")
_AGE_RANGE = _re(r"\s*[-–]\s*\d+\s*(?:år\w*|years?|-?årige)?|\s*(?:år|years?)\b")
_RANGE_BEFORE = _re(r"(?:aged|i\s+alderen|på|under|below|op\s+til|up\s+to)\s+$|\d\s*[-–]\s*$")
_ASKED_NOUN = _re(
    r"\b(?:hvor\s+mange|how\s+many)\s+(?P<noun>(?!er\b|is\b|per\b|pr\b)[a-zæøå][\w-]*)\s+(?:(?:er|is)\s+(?:det|that)\s+)?"
    r"(?:pr\.?|per)\s+(?:1[.,]000|tusind|thousand)"
)
_COST_Q = _re(r"\b(?:koste\w*|cost\w*|udgift\w*|price\w*|pris\w*)\b")


_MONEY_SAID = _re(r"kr\b|kr\.|dkk|kroner|mio|mia|million|mill\b|\d\s*[mk]\b")
_MONEY_AFTER = _re(r"\s*(?:kr\b|kr\.|dkk|kroner|mio|mia|million|mill\b|t\.?\s*kr)")


def _counted_not_money(text: str, n: ReadNumber) -> bool:
    """ "10.000 underretninger": a large count the reader took for kroner (no currency said, a noun after)."""
    return not _MONEY_SAID.search(n.text) and not _MONEY_AFTER.match(text, n.span[1]) and bool(_noun(text, n))


def _noun(text: str, n: ReadNumber) -> str:
    found = _NOUN_AFTER.match(text, n.span[1])
    return found.group("noun").lower() if found else ""


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and a.split()[0][:4] == b.split()[0][:4]


def _is_age(text: str, n: ReadNumber) -> bool:
    """ "0-17 år", "aged 0-17", "på 0-17 år": the ages a population is of, not a count."""
    if n.value >= 100:
        return False
    return bool(_AGE_RANGE.match(text, n.span[1]) or _RANGE_BEFORE.search(text[max(0, n.span[0] - 12) : n.span[0]]))


def _placed(n: ReadNumber, role: str, noun: str) -> ReadNumber:
    note = "names" if role == "context" else ""  # "pr. 1.000", "0-17 år": not restated in the reading line
    unit = "kr" if role == "price_each" else "n"
    return replace(n, role=role, alt_role=None, note=note, noun=noun, inferred=False, unit=unit)


def read_rate(reading: Reading, text: str) -> Reading | None:
    """The question read as a rate per 1,000, or None when it is not that shape exactly."""
    per = _PER_THOUSAND.search(text)
    if per is None or reading.groups or reading.move:
        return None
    base = per.group("base").lower()
    thousand = per.span("k")
    roles: dict[int, str] = {}
    nouns: dict[int, str] = {}
    counts: list[int] = []
    prices: list[int] = []
    for i, n in enumerate(reading.numbers):
        if n.span[0] <= thousand[0] < n.span[1] or thousand[0] <= n.span[0] < thousand[1] or _is_age(text, n):
            roles[i] = "context"  # the 1.000 of "pr. 1.000", the ages of "0-17 år"
        elif n.unit == "pct" or n.role == "years":
            return None
        elif n.unit.startswith("kr") and not _counted_not_money(text, n):
            prices.append(i)
        else:
            counts.append(i)
    given = [i for i in counts if _RATE_AFTER.match(text, reading.numbers[i].span[1])]
    if len(given) > 1:
        return None
    people = [i for i in counts if i not in given and (_same(_noun(text, reading.numbers[i]), base)
              or _PEOPLE.match(_noun(text, reading.numbers[i])))]  # fmt: skip
    if not people:
        return None
    population = max(people, key=lambda i: reading.numbers[i].value)
    if _ADULTS.match(_noun(text, reading.numbers[population])) and not _ADULTS.match(base):
        return None  # "42.563 indbyggere" asked "pr. 1.000 børn": the children are not given, so asked about
    roles[population], nouns[population] = "population", base
    rest = [i for i in counts if i not in (population, *given)]
    asking = asking_text(text)
    if given:
        rate = given[0]
        rated = _RATE_AFTER.match(text, reading.numbers[rate].span[1])
        roles[rate], nouns[rate] = "rate_per_1000", (rated.group("noun").strip() if rated else "")
        if rest or len(prices) > 1:
            return None
        asked = ["expected_count"]
        if prices and _COST_Q.search(asking):
            roles[prices[0]] = "price_each"
            asked.append("expected_cost")
        elif prices:
            return None
    else:
        if len(rest) != 1 or prices:
            return None  # two groups to rate, or money beside a rate: asked about, not guessed
        asked_noun = _ASKED_NOUN.search(asking)  # "how many cases per 1,000": the ask names what is counted
        roles[rest[0]] = "rated"
        nouns[rest[0]] = asked_noun.group("noun").lower() if asked_noun else _noun(text, reading.numbers[rest[0]])
        asked = ["per_1000"]
    numbers = [_placed(n, roles[i], nouns.get(i, "")) if i in roles else n for i, n in enumerate(reading.numbers)]
    if any(n.role is None for n in numbers):
        return None
    return replace(reading, numbers=numbers, asked=asked, ambiguous=[], is_calculation=True)

