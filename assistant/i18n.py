"""One translation table for every user-facing phrase (answers, CLI text, the app)."""

from __future__ import annotations

from assistant.models import Language

TEXTS: dict[str, dict[str, str]] = {
    "abstain": {
        "da": "Ingen kilde i vidensbasen dækker spørgsmålet, så jeg kan ikke svare på det.",
        "en": "No source in the knowledge base covers this question, so I cannot answer it.",
    },
    "abstain_amount": {
        "da": "Kilderne i vidensbasen nævner ikke et beløb, der svarer på spørgsmålet, så jeg kan ikke svare på det.",
        "en": "No source in the knowledge base gives an amount that answers this question, so I cannot answer it.",
    },
    "abstain_count": {
        "da": "Kilderne i vidensbasen nævner ikke et antal, der svarer på spørgsmålet, så jeg kan ikke svare på det.",
        "en": "No source in the knowledge base gives a number that answers this question, so I cannot answer it.",
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
    "page_short": {"da": "s.", "en": "p."},
    "ocr_note": {
        "da": "maskinlæst tekst (OCR) – kontrollér mod originalen",
        "en": "machine-read text (OCR) – check it against the original",
    },
    # --- the app (assistant/ui) and briefing notes (assistant/export.py) ---
    "ui_app_title": {"da": "Kommuneassistent: børn og unge", "en": "Municipal assistant: children and youth"},
    "ui_loading": {"da": "Indlæser vidensbasen …", "en": "Loading the knowledge base …"},
    "ui_thinking": {
        "da": "Finder kilder og skriver svaret …",
        "en": "Finding sources and writing the answer …",
    },
    "ui_error": {"da": "Det gik galt: {message}", "en": "Something went wrong: {message}"},
    "ui_language": {"da": "Sprog", "en": "Language"},
    "ui_my_municipality": {"da": "Min kommune", "en": "My municipality"},
    "ui_my_municipality_help": {
        "da": (
            "Bruges når du spørger, hvad andre kommuner har gjort: din egen kommune og lignende kommuner "
            "vises først."
        ),
        "en": (
            "Used when you ask what other municipalities did: your own and similar municipalities come "
            "first."
        ),
    },
    "ui_choose_municipality": {"da": "Vælg kommune", "en": "Choose a municipality"},
    "ui_page_chat": {"da": "Spørg", "en": "Ask"},
    "ui_page_documents": {"da": "Dokumenter", "en": "Documents"},
    "ui_page_calculator": {"da": "Kalkulator", "en": "Calculator"},
    "ui_page_precedents": {"da": "Præcedenser", "en": "Precedents"},
    "ui_page_evaluation": {"da": "Evaluering", "en": "Evaluation"},
    "ui_chat_title": {"da": "Spørg vidensbasen", "en": "Ask the knowledge base"},
    "ui_chat_intro": {
        "da": (
            "Svarene er ordrette uddrag af kommunale dokumenter, nyheder og vejledninger. Hvert udsagn "
            "har en kildehenvisning; klik på en kilde for at se citatet."
        ),
        "en": (
            "Answers are verbatim extracts from municipal documents, news and guidance (quotes stay in "
            "Danish). Every statement carries a citation; click a source to see the quote."
        ),
    },
    "ui_chat_placeholder": {
        "da": "Skriv et spørgsmål, fx om sagstal, anbringelser eller budgetter",
        "en": "Ask a question, e.g. about caseloads, placements or budgets",
    },
    "ui_examples": {"da": "Prøv et eksempel", "en": "Try an example"},
    "ui_example_1": {
        "da": "Hvor mange sager havde socialrådgiverne i Herning, før de fik lavere sagstal?",
        "en": "How many cases did the social workers in Herning have before their caseload was lowered?",
    },
    "ui_example_2": {
        "da": "Hvad koster en anbringelse på en døgninstitution?",
        "en": "What does a placement in a residential institution cost?",
    },
    "ui_example_3": {
        "da": "Hvorfor lukkede Odense forebyggende sager i 2015?",
        "en": "Why did Odense close preventive cases in 2015?",
    },
    "ui_example_4": {
        "da": "Hvad er Dansk Socialrådgiverforenings vejledende sagstal?",
        "en": "What caseloads does the Danish Association of Social Workers recommend?",
    },
    "ui_filters": {"da": "Afgræns kilderne", "en": "Narrow the sources"},
    "ui_filter_municipalities": {"da": "Kommuner", "en": "Municipalities"},
    "ui_filter_years": {"da": "År", "en": "Years"},
    "ui_filter_types": {"da": "Kildetyper", "en": "Source types"},
    "ui_all": {"da": "Alle", "en": "All"},
    "ui_answer_mode": {"da": "Svarform", "en": "Answer mode"},
    "ui_mode_extractive": {"da": "Kun citater", "en": "Quotes only"},
    "ui_mode_llm": {"da": "Sprogmodel (kontrolleret)", "en": "Language model (verified)"},
    "ui_answer_mode_help": {
        "da": (
            "En sprogmodel omformulerer citaterne; svaret kontrolleres mod kilderne og falder tilbage "
            "til citater."
        ),
        "en": (
            "A language model rephrases the quotes; the answer is checked against the sources, with "
            "quotes as fallback."
        ),
    },
    "ui_answer_mode_no_llm": {
        "da": "Ingen sprogmodel er sat op (ASSISTANT_LLM), så svarene er ordrette citater.",
        "en": "No language model is configured (ASSISTANT_LLM), so answers are verbatim quotes.",
    },
    "ui_clear_chat": {"da": "Ryd samtalen", "en": "Clear the conversation"},
    "ui_sources": {"da": "Kilder", "en": "Sources"},
    "ui_cit_title": {"da": "Titel", "en": "Title"},
    "ui_cit_municipality": {"da": "Kommune", "en": "Municipality"},
    "ui_cit_date": {"da": "Dato", "en": "Date"},
    "ui_cit_doc": {"da": "Dokument-id", "en": "Document id"},
    "ui_cit_source": {"da": "Oprindelse", "en": "Origin"},
    "ui_abstain_title": {"da": "Ingen kilde dækker spørgsmålet", "en": "No source covers the question"},
    "ui_abstain_hint": {
        "da": (
            "Prøv at formulere spørgsmålet anderledes, fjerne filtre, eller tilføj et dokument under "
            "Dokumenter."
        ),
        "en": "Try rephrasing the question, removing filters, or add a document on the Documents page.",
    },
    "ui_llm_fallback": {
        "da": "Sprogmodellens svar kunne ikke bekræftes af kilderne; her er citaterne i stedet.",
        "en": (
            "The language model's answer could not be confirmed by the sources; here are the quotes instead."
        ),
    },
    "ui_answer_meta": {"da": "Svartid {seconds} s · {mode}", "en": "Answered in {seconds} s · {mode}"},
    "ui_download_docx": {"da": "Briefingnotat (Word)", "en": "Briefing note (Word)"},
    "ui_download_md": {"da": "Briefingnotat (Markdown)", "en": "Briefing note (Markdown)"},
    "ui_export_many": {
        "da": "Briefingnotat med flere svar fra samtalen",
        "en": "Briefing note with several answers from the conversation",
    },
    "ui_export_pick": {"da": "Svar i notatet", "en": "Answers in the note"},
    "ui_calc_inputs": {"da": "Tal i beregningen", "en": "Inputs"},
    "ui_calc_outputs": {"da": "Resultat", "en": "Result"},
    "ui_calc_formula": {"da": "Formel", "en": "Formula"},
    "ui_calc_input": {"da": "Størrelse", "en": "Quantity"},
    "ui_calc_output": {"da": "Resultat", "en": "Result"},
    "ui_calc_value": {"da": "Værdi", "en": "Value"},
    "ui_calc_origin": {"da": "Oprindelse", "en": "Origin"},
    "ui_calc_citation": {"da": "Kilde", "en": "Source"},
    "ui_docs_title": {"da": "Dokumenter i vidensbasen", "en": "Documents in the knowledge base"},
    "ui_docs_summary": {
        "da": "{docs} dokumenter, {chunks} tekststykker.",
        "en": "{docs} documents, {chunks} chunks.",
    },
    "ui_docs_empty": {
        "da": "Vidensbasen er tom. Upload et dokument herunder.",
        "en": "The knowledge base is empty. Upload a document below.",
    },
    "ui_col_title": {"da": "Titel", "en": "Title"},
    "ui_col_municipality": {"da": "Kommune", "en": "Municipality"},
    "ui_col_date": {"da": "Dato", "en": "Date"},
    "ui_col_type": {"da": "Kildetype", "en": "Source type"},
    "ui_col_chunks": {"da": "Tekststykker", "en": "Chunks"},
    "ui_col_id": {"da": "Id", "en": "Id"},
    "ui_upload_title": {"da": "Tilføj dokumenter", "en": "Add documents"},
    "ui_upload_help": {
        "da": (
            "PDF, Word (DOCX), HTML, tekst eller Markdown, højst {mb} MB pr. fil, gerne flere på én gang "
            "eller samlet i en zip-fil. Scannede PDF-sider bliver maskinlæst (OCR). Oplysningerne herunder "
            "gælder alle filer i samme upload."
        ),
        "en": (
            "PDF, Word (DOCX), HTML, text or Markdown, at most {mb} MB per file, several at once or in one "
            "zip file. Scanned PDF pages are machine-read (OCR). The details below apply to every file in "
            "the same upload."
        ),
    },
    "ui_upload_files": {"da": "Filer", "en": "Files"},
    "ui_upload_title_field": {
        "da": "Titel (valgfri, kun ved én fil)",
        "en": "Title (optional, single file only)",
    },
    "ui_upload_submit": {"da": "Tilføj til vidensbasen", "en": "Add to the knowledge base"},
    "ui_upload_none": {"da": "Vælg mindst én fil.", "en": "Choose at least one file."},
    "ui_upload_added": {"da": "Tilføjet til vidensbasen: {ids}", "en": "Added to the knowledge base: {ids}"},
    "ui_upload_unchanged": {
        "da": "Allerede i vidensbasen uændret: {ids}",
        "en": "Already in the knowledge base, unchanged: {ids}",
    },
    "ui_upload_failed": {
        "da": "{file} blev ikke tilføjet: {reason}. Vidensbasen er uændret.",
        "en": "{file} was not added: {reason}. The knowledge base is unchanged.",
    },
    "ui_stage_reading": {"da": "Læser filerne …", "en": "Reading the files …"},
    "ui_stage_embedding": {"da": "Indekserer teksten …", "en": "Indexing the text …"},
    "ui_stage_bm25": {"da": "Opdaterer søgeindekset …", "en": "Updating the search index …"},
    "ui_stage_done": {"da": "Færdig", "en": "Done"},
    "ui_remove_title": {"da": "Fjern et dokument", "en": "Remove a document"},
    "ui_remove_pick": {"da": "Dokument", "en": "Document"},
    "ui_remove_placeholder": {"da": "Vælg dokument", "en": "Choose a document"},
    "ui_remove_confirm": {
        "da": "Ja, fjern det fra vidensbasen",
        "en": "Yes, remove it from the knowledge base",
    },
    "ui_remove_button": {"da": "Fjern dokument", "en": "Remove document"},
    "ui_remove_note": {
        "da": "Dokumenter fra mappen knowledge/ kommer tilbage ved `assistant index --rebuild`.",
        "en": "Documents from the knowledge/ folder come back with `assistant index --rebuild`.",
    },
    "ui_removed": {"da": "Fjernet: {id}", "en": "Removed: {id}"},
    "ui_calc_title": {"da": "Sagstal og budget", "en": "Caseload and budget"},
    "ui_calc_intro": {
        "da": (
            "Hvor mange socialrådgivere kræver et lavere sagstal, hvad koster det, og hvor mange "
            "anbringelser skal undgås, før det betaler sig? Jeres egne tal skal skrives ind; "
            "kildebelagte landstal er foreslået."
        ),
        "en": (
            "How many social workers does a lower caseload take, what does it cost, and how many "
            "placements must be avoided for it to pay off? Type your own figures; cited national figures "
            "are suggested."
        ),
    },
    "ui_calc_cases": {"da": "Antal sager i dag", "en": "Cases today"},
    "ui_calc_fte": {"da": "Socialrådgivere i dag (årsværk)", "en": "Social workers today (FTE)"},
    "ui_calc_cost_per_fte": {
        "da": "Udgift pr. årsværk inkl. pension og overhead (kr.)",
        "en": "Cost per FTE incl. pension and overhead (DKK)",
    },
    "ui_calc_type_here": {"da": "Skriv jeres tal", "en": "Type your figure"},
    "ui_calc_targets": {"da": "Sagstal at sammenligne", "en": "Caseloads to compare"},
    "ui_calc_years": {"da": "År i beregningen", "en": "Years in the outlook"},
    "ui_calc_ramp": {"da": "År til fuld effekt", "en": "Years to full effect"},
    "ui_calc_ramp_help": {
        "da": "Besparelsen vokser lineært til fuld effekt; udgiften til ekstra rådgivere gælder fra år 1.",
        "en": "Savings grow linearly to full effect; the cost of extra staff applies from year 1.",
    },
    "ui_calc_savings": {"da": "Forventet effekt på anbringelser", "en": "Expected effect on placements"},
    "ui_calc_savings_help": {
        "da": (
            "Ingen kilde siger, hvor mange anbringelser et lavere sagstal sparer; skriv jeres eget skøn. "
            "Break-even-kolonnerne viser, hvad der skal til."
        ),
        "en": (
            "No source says how many placements a lower caseload avoids; type your own estimate. The "
            "break-even columns show what it would take."
        ),
    },
    "ui_calc_foster_avoided": {
        "da": "Undgåede plejefamilieanbringelser pr. år",
        "en": "Foster placements avoided per year",
    },
    "ui_calc_foster_cost": {
        "da": "Udgift pr. plejefamilieanbringelse pr. år (kr.)",
        "en": "Cost per foster placement per year (DKK)",
    },
    "ui_calc_residential_avoided": {
        "da": "Undgåede institutionsanbringelser pr. år",
        "en": "Residential placements avoided per year",
    },
    "ui_calc_residential_cost": {
        "da": "Udgift pr. institutionsanbringelse pr. år (kr.)",
        "en": "Cost per residential placement per year (DKK)",
    },
    "ui_calc_need_inputs": {
        "da": "Skriv antal sager, antal årsværk og udgiften pr. årsværk for at se scenarierne.",
        "en": "Type the number of cases, the FTE and the cost per FTE to see the scenarios.",
    },
    "ui_calc_result": {"da": "Scenarier", "en": "Scenarios"},
    "ui_calc_current": {
        "da": "Sagstal i dag: {caseload} sager pr. årsværk.",
        "en": "Caseload today: {caseload} cases per FTE.",
    },
    "ui_calc_formula_text": {
        "da": (
            "årsværk = ⌈sager / sagstal⌉\nekstra årsværk = årsværk − årsværk i dag\nudgift pr. år = "
            "ekstra årsværk × udgift pr. årsværk\nbesparelse pr. år = undgåede anbringelser × udgift pr. "
            "anbringelse\nnetto = besparelse − udgift\nbreak-even = udgift pr. år / udgift pr. "
            "anbringelse"
        ),
        "en": (
            "FTE = ⌈cases / caseload⌉\nextra FTE = FTE − FTE today\ncost per year = extra FTE × cost per "
            "FTE\nsavings per year = placements avoided × cost per placement\nnet = savings − "
            "cost\nbreak-even = cost per year / cost per placement"
        ),
    },
    "ui_calc_csv": {"da": "Hent tabellen (CSV)", "en": "Download the table (CSV)"},
    "ui_calc_excel": {"da": "Hent tabellen (Excel)", "en": "Download the table (Excel)"},
    "export_title": {"da": "Briefingnotat til budgetdebatten", "en": "Briefing note for the budget debate"},
    "export_intro": {
        "da": (
            "Udarbejdet {date} med kommuneassistenten. Svarene er ordrette uddrag af kilderne; hvert tal "
            "har en kildehenvisning [n]."
        ),
        "en": (
            "Prepared {date} with the municipal assistant. Answers are verbatim extracts of the sources "
            "(quotes in Danish); every figure has a citation [n]."
        ),
    },
    "export_answer": {"da": "Svar", "en": "Answer"},
    "export_abstained": {"da": "Ingen kilde dækker spørgsmålet.", "en": "No source covers the question."},
    "export_formula": {"da": "Formel", "en": "Formula"},
    "export_figures": {"da": "Tal", "en": "Figures"},
    "export_sources": {"da": "Kilder", "en": "Sources"},
    "export_col_figure": {"da": "Tal", "en": "Figure"},
    "export_col_context": {"da": "Sammenhæng", "en": "Context"},
    "export_col_source": {"da": "Kilde", "en": "Source"},
    "export_doc_id": {"da": "Dokument-id", "en": "Document id"},
    "export_source": {"da": "Oprindelse", "en": "Origin"},
    "export_computed": {"da": "beregnet", "en": "computed"},
    "export_origin_question": {"da": "fra spørgsmålet", "en": "from the question"},
    "export_origin_earlier": {"da": "fra et tidligere spørgsmål", "en": "from an earlier question"},
    "export_origin_source": {"da": "fra en kilde", "en": "from a source"},
    "export_origin_assumption": {"da": "antagelse", "en": "assumption"},
    "export_origin_user": {"da": "indtastet", "en": "typed by the user"},
}

SOURCE_TYPE_LABELS: dict[str, dict[str, str]] = {
    "official_decision": {"da": "officiel beslutning", "en": "official decision"},
    "official_plan": {"da": "officiel plan", "en": "official plan"},
    "press_release": {"da": "pressemeddelelse", "en": "press release"},
    "news": {"da": "nyhed", "en": "news"},
    "blog_opinion": {"da": "blog/debatindlæg", "en": "blog opinion"},
    "internal_email": {"da": "intern e-mail", "en": "internal e-mail"},
    "guidance": {"da": "baggrundsnote (sammenfattet af projektet)", "en": "background note (compiled)"},
}


def t(key: str, lang: Language, **kwargs: object) -> str:
    """The phrase ``key`` in ``lang`` (falling back to Danish), formatted with ``kwargs``."""
    entry = TEXTS[key]
    return entry.get(lang, entry["da"]).format(**kwargs)


def source_label(source_type: str, lang: Language) -> str:
    """Human label for a source type, so a reader sees at once how much weight a claim carries."""
    return SOURCE_TYPE_LABELS.get(source_type, {}).get(lang, source_type)


def _merge_app_texts() -> None:
    # Imported late: the app's phrases live in their own module only to keep this one short.
    from assistant.i18n_app import APP_TEXTS
    from assistant.i18n_auth import AUTH_TEXTS

    TEXTS.update(APP_TEXTS)
    TEXTS.update(AUTH_TEXTS)


_merge_app_texts()
