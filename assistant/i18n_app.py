"""The app's newer phrases (number fields, conversations, tables), merged into ``i18n.TEXTS``.

A second file only to keep each module short; ``assistant.i18n.t`` is still the one lookup, so every
user-facing string, errors included, comes from one table in the page's language.
"""

from __future__ import annotations

APP_TEXTS: dict[str, dict[str, str]] = {
    # --- typed number fields (assistant/number_fields.py) ---
    "num_ambiguous": {
        "da": "«{text}» kan læses på to måder. Skriv fx 1.200 (tusind to hundrede) eller 1,2.",
        "en": "“{text}” can be read two ways. Write e.g. 1,200 (one thousand two hundred) or 1.2.",
    },
    "num_unreadable": {
        "da": "«{text}» er ikke et tal. Skriv fx 600.000, 600 000 eller 0,6 mio.",
        "en": "“{text}” is not a number. Write e.g. 600,000, 600 000 or 0.6 million.",
    },
    "num_negative": {"da": "Tallet kan ikke være negativt.", "en": "The number cannot be negative."},
    "ui_calc_number_help": {
        "da": "Skriv tallet, som du plejer: 600.000, 600 000, 600000 eller 0,6 mio.",
        "en": "Type the number as you usually do: 600,000, 600 000, 600000 or 0.6 million.",
    },
    "ui_calc_fix_inputs": {
        "da": "Ret de markerede tal, så regner siden igen.",
        "en": "Correct the marked numbers and the page calculates again.",
    },
    # --- conversations (assistant/conversation.py) ---
    "conv_carried": {"da": "Jeg bruger {items} fra før.", "en": "I am using {items} from before."},
    "conv_carried_topic": {
        "da": "Jeg går ud fra, at du stadig spørger om: «{topic}».",
        "en": "I assume you are still asking about: “{topic}”.",
    },
    "conv_carried_municipality": {
        "da": "Jeg går ud fra, at du stadig spørger om {names}.",
        "en": "I assume you are still asking about {names}.",
    },
    "conv_and": {"da": "og", "en": "and"},
    "conv_untitled": {"da": "Ny samtale", "en": "New conversation"},
    "ui_conversations": {"da": "Samtaler", "en": "Conversations"},
    "ui_new_conversation": {"da": "Ny samtale", "en": "New conversation"},
    "ui_delete_conversation": {"da": "Slet samtalen", "en": "Delete the conversation"},
    "ui_no_conversations": {"da": "Ingen gemte samtaler endnu.", "en": "No saved conversations yet."},
    # --- uploads (assistant/ui/uploads.py); the English text is also the log and exception message ---
    "upload_bad_type": {
        "da": "{name}: filtypen {suffix} kan ikke bruges (brug {allowed})",
        "en": "{name}: file type {suffix} is not supported (use {allowed})",
    },
    "upload_empty": {"da": "{name}: filen er tom", "en": "{name}: the file is empty"},
    "upload_too_big": {
        "da": "{name}: {mb} MB er over grænsen på {limit} MB",
        "en": "{name}: {mb} MB is over the {limit} MB limit",
    },
    "upload_not_pdf": {"da": "{name}: ikke en PDF-fil", "en": "{name}: not a PDF file (no %PDF header)"},
    "upload_not_docx": {"da": "{name}: ikke en Word-fil (.docx)", "en": "{name}: not a DOCX file (not a zip archive)"},
    "upload_binary": {
        "da": "{name}: ligner en binær fil, ikke tekst",
        "en": "{name}: looks like a binary file, not text",
    },
    # --- briefing notes ---
    "export_intro_calc": {
        "da": (
            "Udarbejdet {date} med kommuneassistenten. Beregningen viser formlen, og for hvert tal om det "
            "kommer fra spørgsmålet, fra en kilde [n] eller er en antagelse."
        ),
        "en": (
            "Prepared {date} with the municipal assistant. The calculation shows its formula, and for every "
            "figure whether it comes from the question, from a source [n] or is an assumption."
        ),
    },
    "export_intro_calc_extra": {
        "da": "Beregninger viser formlen og, for hvert tal, hvor det kommer fra.",
        "en": "Calculations show their formula and, for every figure, where it comes from.",
    },
    # --- answers shown in the app ---
    "ui_table_caption": {
        "da": "Tabellen bygger på præcedensregistret; hvert tal er citeret fra en kilde.",
        "en": "The table is built from the register of precedents; every figure is quoted from a source.",
    },
    "ui_cit_quotes": {"da": "Citater fra dokumentet", "en": "Quotes from the document"},
    "ui_cit_open": {"da": "Åbn den oprindelige kilde", "en": "Open the original source"},
    "ui_stage_files": {
        "da": "Læser filer: {done} af {total} ({pages} sider)",
        "en": "Reading files: {done} of {total} ({pages} pages)",
    },
    "ui_upload_ocr": {
        "da": "Scannede sider maskinlæst (OCR): {pages}. Citater fra dem er markeret.",
        "en": "Scanned pages machine-read (OCR): {pages}. Quotes from them are marked.",
    },
    "ui_cit_download": {"da": "Hent den originale fil", "en": "Download the original file"},
    "ui_cit_page_note": {
        "da": "Citatet står på side {page} i originalen",
        "en": "The quote is on page {page} of the original",
    },
    "ui_cit_open_page": {"da": "Vis PDF'en på side {page}", "en": "Show the PDF at page {page}"},
    "ui_cit_open_link": {
        "da": "Åbn PDF'en på side {page} i en ny fane",
        "en": "Open the PDF at page {page} in a new tab",
    },
    "ui_cit_ocr": {
        "da": "Maskinlæst (OCR) fra en scannet side – kontrollér citatet mod originalen.",
        "en": "Machine-read (OCR) from a scanned page – check the quote against the original.",
    },
    "ui_open_in_calculator": {"da": "Åbn i kalkulatoren", "en": "Open in the calculator"},
    "ui_copy_answer": {"da": "Kopiér svaret", "en": "Copy the answer"},
    "ui_regenerate": {"da": "Svar igen", "en": "Answer again"},
    "ui_answer_mode_no_llm_plain": {
        "da": "Svarene er ordrette citater fra kilderne. En sprogmodel, der omformulerer dem, er ikke slået til.",
        "en": "Answers are verbatim quotes from the sources. A language model that rephrases them is not switched on.",
    },
    "ui_note_rounding_once": {"da": "Bemærk", "en": "Note"},
}
