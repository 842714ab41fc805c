"""Human labels for calculation outputs, in Danish and English, for every face that shows a result.

A calculation's ``outputs`` dict is keyed by internal names ("staff_needed_exact", "missing_fte");
the chat, the Word note and the CLI must show words instead. The chat's labels live in
``calc_sheet.LABELS``; this module adds the intermediate and command-line names and never shows a
raw key: an unknown one is at least written as words.
"""

from __future__ import annotations

from assistant.calc.sheet import LABELS
from assistant.models import Language

EXTRA_LABELS: dict[str, tuple[str, str]] = {
    "current_caseload": ("Sagstal i dag", "Caseload today"),
    "fte_exact": ("Årsværk nødvendige (præcist)", "FTE needed (exact)"),
    "fte_needed": ("Årsværk nødvendige (rundet op)", "FTE needed (rounded up)"),
    "missing_fte": ("Mangler (årsværk)", "Missing (FTE)"),
    "surplus_fte": ("Overskud (årsværk)", "Surplus (FTE)"),
    "fte_needed_exact": ("Årsværk nødvendige (præcist)", "FTE needed (exact)"),
}
_EXACT = ("(præcist, før oprunding)", "(exact, before rounding up)")


def output_label(name: str, language: Language) -> str:
    """The reader's words for an output key; "_exact" variants say they are before rounding up."""
    pick = 0 if language == "da" else 1
    if name in EXTRA_LABELS:
        return EXTRA_LABELS[name][pick]
    if name in LABELS:
        return LABELS[name][pick]
    if name.endswith("_exact") and name[: -len("_exact")] in LABELS:
        return f"{LABELS[name[: -len('_exact')]][pick]} {_EXACT[pick]}"
    return name.replace("_", " ").capitalize()
