"""One translation table for every user-facing phrase (answers, CLI text, the app)."""

from __future__ import annotations

from assistant.models import Language

TEXTS: dict[str, dict[str, str]] = {
    "abstain": {
        "da": "Ingen kilde i vidensbasen dækker spørgsmålet, så jeg kan ikke svare på det.",
        "en": "No source in the knowledge base covers this question, so I cannot answer it.",
    },
    "abstain_municipality": {
        "da": "Ingen kilde i vidensbasen handler om {names}, så jeg kan ikke svare på det.",
        "en": "No source in the knowledge base is about {names}, so I cannot answer it.",
    },
    "lead": {
        "da": "Det siger kilderne:",
        "en": "This is what the sources say (quotes in Danish):",
    },
    "empty_question": {"da": "Skriv et spørgsmål.", "en": "Please type a question."},
    "truncated": {
        "da": "Spørgsmålet var meget langt; kun de første {n} tegn er brugt.",
        "en": "The question was very long; only the first {n} characters were used.",
    },
    "no_date": {"da": "uden dato", "en": "undated"},
    "general": {"da": "Generelt", "en": "General"},
}

SOURCE_TYPE_LABELS: dict[str, dict[str, str]] = {
    "official_decision": {"da": "officiel beslutning", "en": "official decision"},
    "official_plan": {"da": "officiel plan", "en": "official plan"},
    "press_release": {"da": "pressemeddelelse", "en": "press release"},
    "news": {"da": "nyhed", "en": "news"},
    "blog_opinion": {"da": "blog/debatindlæg", "en": "blog opinion"},
    "internal_email": {"da": "intern e-mail", "en": "internal e-mail"},
    "guidance": {"da": "vejledning", "en": "guidance"},
}


def t(key: str, lang: Language, **kwargs: object) -> str:
    """The phrase ``key`` in ``lang`` (falling back to Danish), formatted with ``kwargs``."""
    entry = TEXTS[key]
    return entry.get(lang, entry["da"]).format(**kwargs)


def source_label(source_type: str, lang: Language) -> str:
    """Human label for a source type, so a reader sees at once how much weight a claim carries."""
    return SOURCE_TYPE_LABELS.get(source_type, {}).get(lang, source_type)
