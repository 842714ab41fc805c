"""Masking personal data (CPR numbers, private e-mail addresses and phone numbers) before indexing.

Why mask at ingest: whatever reaches the index can be quoted in an answer to any user of the
administration, so personal data must never get there unless someone chose to keep it
(``--keep-personal-data``, which is logged). Masking replaces only the matched characters with a fixed
mask such as ``[CPR]``; every other character stays as it was, so quotes remain verbatim spans of the
indexed text.

What counts as personal: a CPR number is ``ddmmyy-xxxx`` or ``ddmmyyxxxx`` whose first six digits are a
real date (the century comes from the first serial digit, as in the CPR register, so 29 February is a
date only in leap years). A text cannot say whether an address belongs to a private person or to an
office, so every e-mail address and every phone number is treated as personal except functional ones:
mailboxes such as ``post@`` or ``borgerservice@`` and numbers introduced as a switchboard
("hovednummer", "omstilling"). A named official's direct line is masked too; losing it costs the
assistant nothing, leaking a citizen's costs a great deal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

MASKS = {"cpr": "[CPR]", "email": "[E-MAIL]", "phone": "[TELEFON]"}

_CPR = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})(?![\d-])")
_EMAIL = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9æøåÆØÅ._%+-]+)@((?:[A-Za-z0-9æøåÆØÅ-]+\.)+[A-Za-z]{2,})(?![\w-])"
)
# A Danish subscriber number has 8 digits and does not start with 0 or 1; written 12345678,
# 1234 5678 or 12 34 56 78, optionally after +45 / 0045.
_PHONE = re.compile(
    r"(?<![\d+])(?P<prefix>(?:\+|00)45[ .-]?)?"
    r"(?P<number>[2-9]\d(?:[ .-]?\d{2}){3})(?!\d)"
)
# Words that announce a phone number within the few characters before it.
_PHONE_CUE = re.compile(
    r"\b(?:tlf|telefon\w*|mobil\w*|mob|tel|phone|mobile|sms|ring\w*|direkte|fax)\b\W{0,3}(?:\w+\W+){0,3}\Z",
    re.IGNORECASE,
)
_PUBLIC_PHONE_CUE = re.compile(
    r"\b(?:hovednummer|hovednr|omstilling\w*|borgerservice|switchboard|hotline|døgnvagt\w*|vagtcentral\w*)\b",
    re.IGNORECASE,
)
PUBLIC_MAILBOXES = frozenset(
    [
        "post",
        "info",
        "kontakt",
        "mail",
        "email",
        "borgerservice",
        "presse",
        "press",
        "redaktion",
        "sekretariat",
        "sekretariatet",
        "digitalpost",
        "sikkerpost",
        "noreply",
        "no-reply",
        "support",
        "servicedesk",
        "hotline",
        "kommune",
        "raadhus",
        "radhus",
        "ankestyrelsen",
        "webmaster",
    ]
)


@dataclass
class MaskResult:
    """The masked text and how many of each kind were masked (never the values themselves)."""

    text: str
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def cpr_birth_date(digits: str) -> dt.date | None:
    """The birth date a 10-digit CPR number encodes, or None when it is not a real date."""
    if len(digits) != 10 or not digits.isdigit():
        return None
    day, month, yy, seventh = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:
        century = 2000 if yy <= 57 else 1800
    try:
        return dt.date(century + yy, month, day)
    except ValueError:
        return None


def _mask_cpr(text: str, counts: Counter[str]) -> str:
    def repl(match: re.Match[str]) -> str:
        if cpr_birth_date("".join(match.groups())) is None:
            return match.group(0)
        counts["cpr"] += 1
        return MASKS["cpr"]

    return _CPR.sub(repl, text)


def is_public_mailbox(address: str) -> bool:
    """A functional mailbox (post@, info@ ...) rather than a person's own address."""
    local = address.split("@", 1)[0].lower()
    return local in PUBLIC_MAILBOXES


def _mask_email(text: str, counts: Counter[str]) -> str:
    def repl(match: re.Match[str]) -> str:
        if is_public_mailbox(match.group(0)):
            return match.group(0)
        counts["email"] += 1
        return MASKS["email"]

    return _EMAIL.sub(repl, text)


def _mask_phone(text: str, counts: Counter[str]) -> str:
    def repl(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 40) : match.start()]
        announced = bool(match.group("prefix")) or bool(_PHONE_CUE.search(before))
        if not announced or _PUBLIC_PHONE_CUE.search(before):
            return match.group(0)
        counts["phone"] += 1
        return MASKS["phone"]

    return _PHONE.sub(repl, text)


def mask_personal_data(text: str) -> MaskResult:
    """Replace CPR numbers, private e-mail addresses and phone numbers; everything else is untouched.

    Phone numbers are masked only when a prefix (+45) or a word such as "tlf." or "mobil" announces
    them, because bare 8-digit groups in tables are more often figures than phone numbers.
    """
    counts: Counter[str] = Counter()
    out = _mask_cpr(text, counts)
    out = _mask_email(out, counts)
    out = _mask_phone(out, counts)
    return MaskResult(out, counts)


def describe(counts: Counter[str]) -> str:
    """'2 CPR, 1 e-mail' for logs and reports."""
    labels = {"cpr": "CPR", "email": "e-mail", "phone": "phone"}
    return ", ".join(f"{n} {labels[k]}" for k, n in sorted(counts.items()) if n) or "nothing"
