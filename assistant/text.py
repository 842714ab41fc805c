"""Danish-first text handling shared by BM25, answers and evaluation.

Tokens are lower-cased, Danish stop words dropped and Snowball-stemmed, so "sagstallet", "sagstal"
and "sagstals" meet. English questions are expanded with a Danish glossary (``knowledge/glossary.yaml``)
because the documents are Danish and BM25 cannot cross languages on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import Stemmer
import yaml
from bm25s.stopwords import STOPWORDS_DANISH, STOPWORDS_EN_PLUS

from assistant.models import Language

TOKEN_RE = re.compile(r"(?u)\b(?:\d+|[^\W\d_]{2,}[\w-]*)\b")
GLOSSARY_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "glossary.yaml"

_DA_HINTS = {
    "hvad", "hvor", "hvordan", "hvilke", "hvilken", "hvem", "hvorfor", "har", "og", "det", "der", "til",
    "af", "med", "på", "kommune", "kommunen", "sager", "mange", "skal", "blev", "bliver", "vi", "jeg",
    "ikke", "en", "et", "er", "om", "kan", "fra", "sagstal", "sagstallet", "koster", "rådgivere",
    "socialrådgivere", "mangler", "gjort", "gik", "deler", "nu",
}
_EN_HINTS = {
    "what", "how", "which", "who", "why", "did", "does", "do", "the", "of", "and", "is", "are", "to",
    "in", "for", "was", "were", "many", "much", "cost", "municipality", "municipalities", "social",
    "workers", "caseload", "per", "year", "hire", "would", "should", "our", "we", "with", "from",
}
EXTRA_STOPWORDS_DA = {"kommune", "kommunen", "kommunes", "hvad", "hvor", "hvordan", "hvilke", "mange"}


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("danish")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(STOPWORDS_DANISH) | frozenset(EXTRA_STOPWORDS_DA)


def tokens(text: str) -> list[str]:
    """Lower-cased word and number tokens, stop words kept (for language detection, overlap)."""
    return TOKEN_RE.findall(text.lower())


def stems(text: str, extra_stop: frozenset[str] = frozenset()) -> list[str]:
    """BM25 terms: tokens minus Danish stop words, Snowball-stemmed."""
    stop = stopwords() | extra_stop
    words = [t for t in tokens(text) if t not in stop]
    return list(_stemmer().stemWords(words))


def detect_language(text: str) -> Language:
    """'da' or 'en' from function words and æøå; ties go to Danish, the product's first language."""
    words = tokens(text)
    da = sum(w in _DA_HINTS for w in words) + 2 * len(re.findall(r"[æøåÆØÅ]", text))
    en = sum(w in _EN_HINTS for w in words)
    return "en" if en > da else "da"


@lru_cache(maxsize=1)
def glossary() -> dict[str, list[str]]:
    """English phrase -> Danish terms; missing file means no expansion, not an error."""
    if not GLOSSARY_PATH.exists():
        return {}
    data = yaml.safe_load(GLOSSARY_PATH.read_text(encoding="utf-8")) or {}
    terms = data.get("terms", data) if isinstance(data, dict) else {}
    out: dict[str, list[str]] = {}
    for key, value in terms.items():
        vals = value if isinstance(value, list) else [value]
        out[str(key).lower()] = [str(v) for v in vals]
    return out


def expand_query(question: str) -> str:
    """Append Danish glossary terms for English phrases found in the question (longest phrases first)."""
    low = question.lower()
    extra: list[str] = []
    for phrase in sorted(glossary(), key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low):
            extra.extend(glossary()[phrase])
            low = low.replace(phrase, " ")
    return question if not extra else question + " " + " ".join(extra)


def query_stems(question: str, language: Language) -> list[str]:
    """Terms for the BM25 query: expanded for English, English stop words dropped too."""
    text = expand_query(question) if language == "en" else question
    return stems(text, extra_stop=frozenset(STOPWORDS_EN_PLUS) if language == "en" else frozenset())
