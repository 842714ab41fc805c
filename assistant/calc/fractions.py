"""Shares said as fractions, read as the percentages they are: "a quarter of them", "halvdelen af dem",
"one in five", "hver femte sag".

The role reader knows a share by its percent sign ("20 % af sagerne"); a fraction word left the question
with a count and no share, so it asked for one the user had given. The question is read again with each
fraction written as its percentage, and that reading is kept only when it places every number; the reading
line then shows the share as read ("25 %"), so a wrong reading is visible. Only fractions that are a whole
percentage are rewritten: "a third" as 33,33 % would round 12 children × a third down to 3.
"""

from __future__ import annotations

import re

__all__ = ["FRACTION_WORD", "as_percentages", "fraction_of"]

_DA_PARTS = {"halv": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "ottende": 8, "tiende": 10}
_EN_PARTS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_EN_COUNT = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3}
_DA_COUNT = {"en": 1, "et": 1, "to": 2, "tre": 3}
_EN_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_EN_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10}

# "hver anden uge", "every fourth month": how often, not a share
_NOT_TIME = r"(?!\s+(?:dag|uge|måned|år|kvartal|day|week|month|year|quarter)\w*)"

_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    # "halvdelen af", "half of", "half the"
    (re.compile(r"\bhalvdelen\s+(?=af\b)|\bhalf\s+(?=of\b|the\b)", re.I), lambda m: (1, 2)),
    # "en fjerdedel af", "to tredjedele af", "a quarter of", "three quarters of", "one fifth of"
    (
        re.compile(
            r"\b(?P<n>en|et|to|tre)\s+(?P<d>halv|tredje|fjerde|femte|sjette|ottende|tiende)del(?:e|en)?\s+(?=af\b)",
            re.I,
        ),
        lambda m: (_DA_COUNT[m["n"].lower()], _DA_PARTS[m["d"].lower()]),
    ),
    (
        re.compile(
            r"\b(?P<n>one|a|an|two|three)[\s-]+(?P<d>third|quarter|fourth|fifth|sixth|eighth|tenth)s?\s+(?=of\b)", re.I
        ),
        lambda m: (_EN_COUNT[m["n"].lower()], _EN_PARTS[m["d"].lower()]),
    ),
    # "hver femte", "every fifth", "one in five", "1 in 5", "one out of four"
    (
        re.compile(rf"\bhver\s+(?P<d>anden|tredje|fjerde|femte|sjette|ottende|tiende)\b{_NOT_TIME}", re.I),
        lambda m: (1, {"anden": 2, **_DA_PARTS}[m["d"].lower()]),
    ),
    (
        re.compile(rf"\bevery\s+(?P<d>second|third|fourth|fifth|sixth|eighth|tenth)\b{_NOT_TIME}", re.I),
        lambda m: (1, _EN_ORDINAL[m["d"].lower()]),
    ),
    (
        re.compile(r"\b(?:one|1)\s+(?:in|out\s+of)\s+(?P<d>two|three|four|five|six|eight|ten|[2-9]|10)\b", re.I),
        lambda m: (1, int(m["d"]) if m["d"].isdigit() else _EN_NUMBER[m["d"].lower()]),
    ),
]


_OF_A_SCALE = re.compile(r"\s*(?:of|af)\s+(?:a\s+|an\s+|en\s+|et\s+)?(?:million|billion|mio|mia|milliard)", re.I)
_OF = {"da": "af ", "en": "of "}  # said without it: "half the cases", "hver femte sag", "one in five cases"


def _pct(count: int, parts: int, language: str) -> str:
    # a third to eight decimals: 12 × 33,33333333 % is 4 children once the solver drops float noise, where
    # 33,33 % would give 3
    value = round(100 * count / parts, 8)
    text = f"{value:.8f}".rstrip("0").rstrip(".")
    return (text.replace(".", ",") if language == "da" else text) + " %"


def as_percentages(text: str, language: str) -> str:
    """``text`` with every fraction of a whole written as its percentage ("a quarter of" -> "25 % of")."""
    for pattern, parts in _PATTERNS:

        def put(m: re.Match[str], f: object = parts) -> str:
            count, whole = f(m)  # type: ignore[operator]
            if _OF_A_SCALE.match(m.string, m.end()):
                return m.group(0)  # "a quarter of a million": an amount, not a share
            said_of = re.match(r"\s*(?:of|af)\b", m.string[m.end() :], re.I)
            of = "" if said_of else _OF.get(language, "of ")
            return _pct(count, whole, language) + " " + of

        text = pattern.sub(put, text)
    return re.sub(r" {2,}", " ", text)


# a fraction word on its own, wherever it stands ("halvdelen af de 28", "a third are in residential care", "hver
# tredje", "one in five"): for readers that split a count by it (``calc.portfolio``)
FRACTION_WORD = re.compile(
    r"\b(?:(?P<half>halvdelen|half)|hver\s+(?P<hd>anden|tredje|fjerde|femte|sjette|ottende|tiende)|"
    r"every\s+(?P<ed>second|third|fourth|fifth|sixth|eighth|tenth)|"
    r"(?P<dn>en|et|to|tre)\s+(?P<dd>halv|tredje|fjerde|femte|sjette|ottende|tiende)del(?:e|en)?|"
    r"(?P<en>one|a|an|two|three)[\s-]+(?P<ep>third|quarter|fourth|fifth|sixth|eighth|tenth)s?|"
    rf"(?:one|1)\s+(?:in|out\s+of)\s+(?P<od>two|three|four|five|six|eight|ten|[2-9]|10))\b{_NOT_TIME}",
    re.I,
)


def fraction_of(m: re.Match[str]) -> tuple[int, int]:
    """The numerator and denominator a ``FRACTION_WORD`` match says."""
    if m["half"]:
        return 1, 2
    if m["hd"]:
        return 1, {"anden": 2, **_DA_PARTS}[m["hd"].lower()]
    if m["ed"]:
        return 1, _EN_ORDINAL[m["ed"].lower()]
    if m["dn"]:
        return _DA_COUNT[m["dn"].lower()], _DA_PARTS[m["dd"].lower()]
    if m["en"]:
        return _EN_COUNT[m["en"].lower()], _EN_PARTS[m["ep"].lower()]
    d = m["od"]
    return 1, int(d) if d.isdigit() else _EN_NUMBER[d.lower()]
