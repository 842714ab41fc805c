"""Human labels for calculation outputs, in Danish and English, for every face that shows a result.

A calculation's ``outputs`` dict is keyed by internal names ("staff_needed_exact", "missing_fte");
the chat, the Word note and the CLI must show words instead. The chat's labels are
``calc.texts.LABELS``; this module adds the intermediate and command-line names and never shows a
raw key: an unknown one is at least written as words.
"""

from __future__ import annotations

from assistant.calc.sheet import LABELS
from assistant.i18n import Section, t
from assistant.models import Language

EXTRA_LABELS = Section("calc.output")


def output_label(name: str, language: Language) -> str:
    """The reader's words for an output key; "_exact" variants say they are before rounding up."""
    if name in EXTRA_LABELS:
        return EXTRA_LABELS[name].text(language)
    if name in LABELS:
        return LABELS[name].text(language)
    if name.endswith("_exact") and name[: -len("_exact")] in LABELS:
        return f"{LABELS[name[: -len('_exact')]].text(language)} {t('calc.exact_note', language)}"
    return name.replace("_", " ").capitalize()
