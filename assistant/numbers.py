"""Numbers in Danish and English text: parse them, find them with exact spans, format them.

The calculator, the answer verifier and the eval scorer all read numbers through this module, so
"4,4 mio. kr.", "kr. 4.4 Mio." and "4,400,000 DKK" mean the same thing everywhere.

Ambiguity rule for a single separator ("1.050", "4.4", "620,000", "1,5"):

- The language's own decimal separator is always a decimal point (Danish ",", English ".").
- The other separator is a thousands separator when it is followed by exactly three digits and the
  integer part is 1-3 digits without a leading zero ("1.050" -> 1050 in Danish, "620,000" -> 620000
  in English); otherwise it is a decimal point ("kr. 4.4 Mio." in Danish text is 4.4 million).
- A kroner amount without a scale word never has three decimals, so "620,000 kr." is 620000 even in
  Danish text.
- Without a language (``lang=None``, used for command-line options) a single separator followed by
  exactly three digits is a thousands separator, otherwise a decimal point.
- Repeated separators of one kind are always grouping ("2.480.000", "2,480,000"); with both kinds the
  last one is the decimal point ("1.050,5", "1,050.5").
- One space (also thin or no-break) before groups of exactly three digits groups thousands ("1 200",
  "2 480 000"), as both languages' style guides allow; "k" right after a number is thousands ("600k").

A four-digit integer from 1990 to 2100 with no unit or scale, not followed by a counted noun
("2015", "i 2015", but not "2000 sager"), is a year.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from assistant.errors import InputError
from assistant.number_words import _ARTICLES, _word_pattern, _word_value

Lang = Literal["da", "en"]
Unit = Literal["kr", "pct", "year", ""]

_SCALES = {
    "mio": 10**6,
    "mio.": 10**6,
    "million": 10**6,
    "millioner": 10**6,
    "millions": 10**6,
    "mia": 10**9,
    "mia.": 10**9,
    "milliard": 10**9,
    "milliarder": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "tusind": 10**3,
    "thousand": 10**3,
    "hundrede": 100,
    "hundred": 100,
    "k": 10**3,  # "600k", as amounts are typed in a hurry
    "m": 10**6,  # "1.3m", "DKK 3m"
    "t": 10**3,  # "575 t.kr.", "575 tkr.": thousands of kroner
}
_SCALE_RE = (
    r"mio\.|mio\b|millioner\b|millions?\b|mia\.|mia\b|milliard(?:er)?\b|billions?\b|bn\b"
    r"|tusind\b|thousand\b|hundrede\b|hundred\b|(?<=\d)k\b|(?<=\d)m\b|t\.?(?=\s?kr\b|\s?kr\.)"
)
_CUR_RE = r"kr\.|kr\b|kroner\b|dkk\b"
_PCT_RE = r"%|pct\.|pct\b|procent\b|percent\b|per\s+cent\b"
_SP = r"[ \u00a0\u202f]?"
# "1 200" and "2 480 000": thousands grouped by one (thin or no-break) space, as both Danish and English
# style guides allow; the head has 1-3 digits so "i 2015 120 sager" stays a year and a count.
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:[.,]\d+)?"
# Nouns that make a year-shaped integer a count ("2000 sager").
_COUNT_NOUNS = re.compile(
    r"[ \u00a0]*(sager|børnesager|cases|børn|children|unge|rådgivere|socialrådgivere|social|"
    r"medarbejdere|ansatte|stillinger|årsværk|anbringelser|placements|familier|families|borgere)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NumberMention:
    """A number found in text. ``text == source[start:end]``; ``value`` includes the scale word."""

    text: str
    start: int
    end: int
    number: float
    value: float
    unit: Unit = ""
    scale: int = 1
    word: bool = False

    @property
    def is_year(self) -> bool:
        return self.unit == "year"


@lru_cache(maxsize=4)
def _mention_re(lang: Lang | None) -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?<![\w.,])
        (?:(?P<precur>kr\.|dkk){_SP})?
        (?:(?<![\w-])(?P<sign>[-−]))?
        (?:(?P<num>{_SPACED}|\d+(?:[.,]\d+)*)(?!(?!(?:k|m|bn)\b)\w|[.,]\d){_word_pattern(lang)}(?!\w))
        (?:{_SP}(?P<scale>{_SCALE_RE}))?
        (?:{_SP}(?P<postcur>{_CUR_RE})(?!(?<=dkk){_SP}[-−]?\d)|{_SP}(?P<pct>{_PCT_RE}))?
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _groups_ok(groups: list[str]) -> bool:
    head, rest = groups[0], groups[1:]
    return 1 <= len(head) <= 3 and not head.startswith("0") and all(len(g) == 3 for g in rest)


def _token_value(token: str, lang: Lang | None, money: bool = False) -> Decimal | None:
    """The value of a digit token under the module's ambiguity rule; None if it is not well formed."""
    if any(c in token for c in " \u00a0\u202f"):
        # Space-grouped thousands; what is left can only carry a decimal separator ("1 200,5").
        token = "".join(c for c in token if c not in " \u00a0\u202f")
        whole, _, frac = token.replace(",", ".").partition(".")
        return Decimal(whole + ("." + frac if frac else ""))
    seps = [c for c in token if c in ".,"]
    if not seps:
        return Decimal(token)
    if len(set(seps)) == 2:
        dec = token[max(token.rfind("."), token.rfind(","))]
        group = "," if dec == "." else "."
        whole, frac = token.rsplit(dec, 1)
        if dec in whole or not _groups_ok(whole.split(group)):
            return None
        return Decimal(whole.replace(group, "") + "." + frac)
    sep = seps[0]
    parts = token.split(sep)
    if len(parts) > 2:
        return Decimal("".join(parts)) if _groups_ok(parts) else None
    head, tail = parts
    grouping = len(tail) == 3 and _groups_ok(parts)
    own_decimal = {"da": ",", "en": "."}.get(lang or "")
    if grouping and (sep != own_decimal or money):
        return Decimal(head + tail)
    return Decimal(head + "." + tail)


def _is_count_follows(text: str, end: int) -> bool:
    return bool(_COUNT_NOUNS.match(text, end))


def _build(m: re.Match[str], text: str, lang: Lang | None) -> list[NumberMention]:
    scale_word = (m.group("scale") or "").lower()
    scale = _SCALES.get(scale_word, _SCALES.get(scale_word.rstrip("."), 1))
    money = bool(m.group("precur") or m.group("postcur"))
    unit: Unit = "kr" if money else "pct" if m.group("pct") else ""
    sign = -1 if m.group("sign") else 1
    if m.group("word"):
        base = Decimal(str(_word_value(m.group("word"), lang or "da")))
    else:
        token = m.group("num")
        parsed = _token_value(token, lang, money=money and scale == 1)
        if parsed is None:
            return _split_malformed(token, m.start("num"), text, lang)
        base = parsed
        if (
            unit == ""
            and scale == 1
            and sign == 1
            and token.isdigit()
            and len(token) == 4
            and 1990 <= int(token) <= 2100
            and not _is_count_follows(text, m.end())
        ):
            unit = "year"
    number = sign * base
    return [
        NumberMention(
            text=m.group(0),
            start=m.start(),
            end=m.end(),
            number=float(number),
            value=float(number * scale),
            unit=unit,
            scale=scale,
            word=bool(m.group("word")),
        )
    ]


def _split_malformed(token: str, offset: int, text: str, lang: Lang | None) -> list[NumberMention]:
    """A token like a date "21.05.2015" is not one number; report its integer pieces instead."""
    out: list[NumberMention] = []
    for piece in re.finditer(r"\d+", token):
        value = float(piece.group(0))
        is_year = len(piece.group(0)) == 4 and 1990 <= value <= 2100
        out.append(
            NumberMention(
                text=piece.group(0),
                start=offset + piece.start(),
                end=offset + piece.end(),
                number=value,
                value=value,
                unit="year" if is_year else "",
            )
        )
    return out


def find_numbers(text: str, lang: Lang | None = None) -> list[NumberMention]:
    """Every number in ``text`` with its exact span, unit and scale; words only when ``lang`` is given.

    "DKK" followed by a number is that number's currency ("year 1 DKK 1.0m"), never the one before it.
    """
    out: list[NumberMention] = []
    for m in _mention_re(lang).finditer(text):
        out.extend(_build(m, text, lang))
    return _spoken(out, text) if lang else out


# "fire hundrede og tyve", "seks hundrede tusind", "one hundred and twenty": number words said in parts.
_SPOKEN_AND = re.compile(r"[ \u00a0]+(?:og|and)[ \u00a0]+|[ \u00a0]+", re.IGNORECASE)
_SPOKEN_THOUSAND = re.compile(
    r"[ \u00a0]+(?:tusind|thousand)\b(?:[ \u00a0]*(?:kr\.|kr\b|kroner\b|"
    r"dkk\b))?",
    re.IGNORECASE,
)


def _spoken(found: list[NumberMention], text: str) -> list[NumberMention]:
    """Join word numbers a person says in parts: hundreds and the rest, then "tusind"/"thousand"."""
    out: list[NumberMention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.word
            and m.word
            and prev.value >= 100
            and prev.value % 100 == 0
            and prev.value < 1000
            and m.value < 100
            and m.unit == ""
            and _SPOKEN_AND.fullmatch(text, prev.end, m.start)
        ):
            value = prev.value + m.value
            out[-1] = replace(prev, text=text[prev.start : m.end], end=m.end, number=value, value=value)
            continue
        if (
            prev is not None
            and prev.word
            and m.word
            and 100 <= prev.value < 1000
            and prev.value % 100 == 0
            and m.scale == 1000
            and m.number < 100
            and _SPOKEN_AND.fullmatch(text, prev.end, m.start)
        ):  # "six hundred and fifty thousand": the hundreds belong to the thousands said after them
            number = prev.value + m.number
            out[-1] = replace(m, start=prev.start, text=text[prev.start : m.end], number=number, value=number * 1000)
            continue
        out.append(m)
    for i, m in enumerate(out):
        spoken = m.word and m.value < 1000 and m.scale in (1, 100)  # "seks", "seks hundrede"
        thousand = _SPOKEN_THOUSAND.match(text, m.end) if spoken else None
        if thousand is not None:
            value = m.value * 1000
            unit: Unit = "kr" if re.search(r"kr|dkk", thousand.group(0), re.IGNORECASE) else m.unit
            end = thousand.end()
            out[i] = replace(m, text=text[m.start : end], end=end, value=value, scale=1000, unit=unit)
    return out


def numbers_in(text: str, lang: Lang | None = None) -> list[float]:
    """All values a reader could mean: "4,4 mio." gives 4.4 and 4400000; no ``lang`` tries both."""
    values: list[float] = []
    for one in (lang,) if lang else ("da", "en"):
        for m in find_numbers(text, one):
            values.append(m.number)
            if m.scale != 1:
                values.append(m.value)
    return list(dict.fromkeys(values))


def parse_number(text: str, lang: Lang | None = None, field: str = "number") -> float:
    """One number written as a person would ("1.050", "4,4 mio. kr.", "30 pct.", "fire")."""
    raw = text.strip()
    if lang and raw.lower() in _ARTICLES[lang]:
        return float(_ARTICLES[lang][raw.lower()])
    found = find_numbers(raw, lang)
    if len(found) != 1 or found[0].text != raw:
        raise InputError(f"{field}: {text!r} is not a number")
    value = found[0].value
    if not math.isfinite(value):
        raise InputError(f"{field}: {text!r} is not a finite number")
    return value


def format_number(value: float, lang: Lang, decimals: int | None = None) -> str:
    """2480000 -> "2.480.000" (da) or "2,480,000" (en); ``decimals=None`` shows at most two, no trailing 0."""
    d = 2 if decimals is None else decimals
    text = f"{round(value, d) + 0.0:,.{d}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.startswith("-") and float(text[1:].replace(",", "")) == 0:
        text = text[1:]
    if lang == "da":
        text = text.translate(str.maketrans(",.", ".,"))
    return text


def format_kr(value: float, lang: Lang, decimals: int = 0) -> str:
    """An amount in kroner: "2.480.000 kr." (da) or "2,480,000 DKK" (en)."""
    number = format_number(value, lang, decimals)
    return f"{number} kr." if lang == "da" else f"{number} DKK"


def format_millions(value: float, lang: Lang, decimals: int = 1) -> str:
    """A large amount in millions: "4,4 mio. kr." (da) or "4.4 million DKK" (en)."""
    number = format_number(value / 1e6, lang, decimals)
    return f"{number} mio. kr." if lang == "da" else f"{number} million DKK"


def format_percent(value: float, lang: Lang, decimals: int | None = None) -> str:
    """ "6 %" (da) or "6%" (en)."""
    number = format_number(value, lang, decimals)
    return f"{number} %" if lang == "da" else f"{number}%"
