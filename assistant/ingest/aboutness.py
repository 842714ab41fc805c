"""Which municipalities a chunk is about, not merely which names appear in it.

Why: a tag decides the bold name an answer shows ("**Stevns, Vejle** (…)") and which passages a question
about one municipality pulls in. Tagging every name that occurs, plus the document's own, labels a
national note about the Task Force with "Stevns, Vejle", and a paragraph saying seven other municipalities
took Herning's approach with "Herning". The rules here, in order:

1. A chunk that names municipalities is about those it names (a list of names in one sentence says
   something about each of them). The document's own municipality is not added when the chunk does not
   name it: the chunk is then about someone else.
2. A chunk that names none continues the municipality the text last named (a seed document keeps
   talking about its own municipality without repeating the name), except when
   - it is furniture only (a signature, a contact block): it says nothing about anyone;
   - it is a paragraph of a background note that does not point back to the note's subject ("modellen",
     "kommunen", "planen"): a note's paragraphs are separate facts, and "KORA blev i 2017 lagt sammen
     med SFI til VIVE" is not about Herning because it sits in the note on Herning.

Measured against a hand-labelled list of every chunk in ``knowledge/`` (tests/data/chunk_municipalities.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import municipalities
from assistant.ingest.statements import document_units

# Words by which a background-note paragraph refers back to the note's own municipality or its measure.
_BACK_REFERENCE = re.compile(
    r"\b(?:modellen|modellens|kommunen|kommunens|planen|planens|genopretningsplanen|indsatsen|teamets|"
    r"programmet|forløbet|tiltagene|the model|the municipality|the plan)\b",
    re.IGNORECASE,
)


def _furniture_only(text: str) -> bool:
    """True when no sentence of the chunk could be quoted: a signature, a byline, a contact block."""
    return not document_units(text)


def chunk_about(text: str, context: Sequence[str], in_fact: bool = False) -> list[str]:
    """The municipalities ``text`` is about; ``context`` is the one(s) the document last spoke of.

    ``in_fact`` marks a paragraph of a background note (a sourced fact), which inherits the context only
    when it refers back to it.
    """
    named = municipalities.find_mentions(text)
    if named:
        return named
    if in_fact and not _BACK_REFERENCE.search(text):
        return []
    if _furniture_only(text):
        return []
    return list(context)
