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

DANISH_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
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
# Question words and light verbs: they say nothing about the topic but would count as "covered".
EXTRA_STOPWORDS_DA = {
    "kommune", "kommunen", "kommunes", "hvad", "hvor", "hvordan", "hvorfor", "hvornår", "hvilke", "hvilken",
    "mange", "meget", "gjorde", "gøre", "gør", "gjort", "siger", "sige", "sagde", "sagt", "fik", "få", "fået",
    "gik", "går", "nu", "egentlig", "helt",
}


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


@lru_cache(maxsize=1)
def _language_words() -> tuple[frozenset[str], frozenset[str]]:
    """Function words of each language; words both languages use ("i", "a", "under") count for neither."""
    da = set(STOPWORDS_DANISH) | _DA_HINTS
    en = set(STOPWORDS_EN_PLUS) | _EN_HINTS
    both = da & en
    return frozenset(da - both), frozenset(en - both)


def detect_language(text: str) -> Language:
    """'da' or 'en' from function words and æøå; ties go to Danish, the product's first language."""
    words = tokens(text)
    # Proper names ("Sammenhængende Borgerforløb", "Rødovre") carry æøå in English questions too,
    # so only lower-case words with æøå count, and only as half a vote.
    lower_dansk = re.findall(r"(?<![\w])[a-zæøå]*[æøå][a-zæøå]*", text)
    da_words, en_words = _language_words()
    da = sum(w in da_words for w in words) + 0.5 * len(lower_dansk)
    en = sum(w in en_words for w in words)
    return "en" if en > da else "da"


_active_glossary = GLOSSARY_PATH


def use_glossary(path: Path) -> Path:
    """Make ``path`` (``Settings.glossary_path``) the glossary queries are expanded with; returns the one in use.

    A knowledge folder without its own glossary keeps the bundled one.
    """
    global _active_glossary
    chosen = path if path.is_file() else GLOSSARY_PATH
    if chosen != _active_glossary:
        _active_glossary = chosen
        glossary.cache_clear()
    return _active_glossary


@lru_cache(maxsize=8)
def glossary(section: str = "terms") -> dict[str, list[str]]:
    """English phrase -> Danish terms (or, for ``da_synonyms``, everyday Danish -> document Danish)."""
    if not _active_glossary.exists():
        return {}
    data = yaml.safe_load(_active_glossary.read_text(encoding="utf-8")) or {}
    terms = data.get(section) or {} if isinstance(data, dict) else {}
    out: dict[str, list[str]] = {}
    for key, value in terms.items():
        vals = value if isinstance(value, list) else [value]
        out[str(key).lower()] = [str(v) for v in vals]
    return out


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """An English glossary phrase with its plural and possessive: "placements", "social workers'",
    "municipalities" and "children's" must reach the Danish terms "placement" and "municipality" do."""
    stem, tail = (phrase[:-1], "(?:y|ies)") if re.search(r"[^aeiou]y$", phrase) else (phrase, "(?:s|es)?")
    return re.compile(rf"(?<!\w){re.escape(stem)}{tail}(?:'s|’s|'|’)?(?!\w)")


def expand_query(question: str, section: str = "terms") -> str:
    """Append glossary terms for phrases found in the question (longest phrases first)."""
    low = question.lower()
    extra: list[str] = []
    table = glossary(section)
    for phrase in sorted(table, key=len, reverse=True):
        found = re.search(_phrase_pattern(phrase), low) if section == "terms" else None
        found = found or re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", low)
        if found:
            extra.extend(table[phrase])
            low = low[: found.start()] + " " + low[found.end() :]
    return question if not extra else question + " " + " ".join(extra)


def query_stems(question: str, language: Language) -> list[str]:
    """Terms for the BM25 query: glossary-expanded, English stop words dropped for English."""
    text = expand_query(question) if language == "en" else expand_query(question, "da_synonyms")
    return stems(text, extra_stop=frozenset(STOPWORDS_EN_PLUS) if language == "en" else frozenset())
