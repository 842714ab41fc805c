"""Background told before the question: another municipality's figures.

"Baggrund til økonomiudvalget: Vejle havde i 2015 39 sager pr. rådgiver, og DS anbefalede dengang 30-35. Vi har
i dag 1.131 sager og 29 rådgivere …", "Herning went from 40-50 cases per worker to 24. We're at 38 …". The
reader asked what 39, 30 and 35 stood for and worked nothing out. A sentence that names another municipality,
holds no word for the asker's own organisation ("vi", "vores", "we", "our") and asks nothing is background when
another sentence gives the asker's own figures ("vi har", "we're at"): its numbers are not inputs, and the
reading line lists them as not used. A question about the named municipality alone has no such other sentence
and is read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import municipalities
from assistant.calc.amounts import Reading
from assistant.calc.words import _SENTENCE_END

__all__ = ["set_background_apart"]

# "spare det samme", "the same amount", "lige så meget", "as much as they did": the background is used
_POINTS_BACK = re.compile(
    r"\b(?:det\s+samme|samme\s+(?:beløb|besparelse|antal|sagstal|niveau)|lige\s+så\s+(?:meget|mange)|the\s+same|"
    r"as\s+much|as\s+many|like\s+them|ligesom\s+(?:dem|de\s+gjorde))\b",
    re.I,
)
_OWN = re.compile(r"\b(?:vi|vores|os|we|we're|we've|our|us)\b", re.I)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences, a point inside a number ("1.131", "mio.") ending none."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [s for s in out if s[1] > s[0]]


def set_background_apart(reading: Reading, text: str) -> None:
    """Numbers in background sentences are context (in place)."""
    spans = _sentence_spans(text)
    if len(spans) < 2:
        return
    nums = reading.numbers

    def numbers_in(span: tuple[int, int]) -> list[int]:
        return [i for i, n in enumerate(nums) if span[0] <= n.span[0] < span[1] and n.role != "context"]

    background = []
    for span in spans:
        sentence = text[span[0] : span[1]]
        if _OWN.search(sentence) or "?" in sentence:
            continue
        if municipalities.find_mentions(sentence) and numbers_in(span):
            background.append(span)
    own = [s for s in spans if s not in background and _OWN.search(text[s[0] : s[1]]) and numbers_in(s)]
    if not background or not own or _POINTS_BACK.search(text):
        return  # "Hvis vi kan spare det samme": the other municipality's figure is an input after all
    for span in background:
        for i in numbers_in(span):
            nums[i] = replace(nums[i], role="context", alt_role=None, note="")
