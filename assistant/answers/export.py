"""Briefing notes for a budget debate: question, answer, a table of the figures, full citations.

Built from ``Answer`` objects only, so a note says exactly what the app showed. The figures table lists
numbers as the cited passages write them (found by ``numbers.find_numbers``) or, for a calculation, the
inputs with their origin and the computed outputs: nothing is recomputed or rephrased here.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.answers.blocks import TableBlock, split_blocks
from assistant.answers.source_groups import public_source
from assistant.calc.labels import output_label
from assistant.i18n import source_label, t
from assistant.ingest.read import slugify
from assistant.models import Answer, Citation, Language
from assistant.numbers import find_numbers, format_number

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_CONTEXT_CHARS = 70


@dataclass(frozen=True)
class FigureRow:
    """One line of the figures table: the number as written, what it is about, where it comes from."""

    figure: str
    context: str
    source: str


def format_date(value: dt.date | None, lang: Language) -> str:
    """Danish readers get 21.05.2015, English readers ISO; a missing date says so."""
    if value is None:
        return t("no_date", lang)
    return value.strftime("%d.%m.%Y") if lang == "da" else value.isoformat()


def _snippet(text: str, start: int, end: int) -> str:
    """The words around a number, cut at word boundaries, so the table row reads on its own."""
    left = max(0, start - _CONTEXT_CHARS)
    right = min(len(text), end + _CONTEXT_CHARS)
    if left > 0:
        space = text.find(" ", left)
        left = space + 1 if 0 <= space < start else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space > end else right
    body = " ".join(text[left:right].split())
    return ("… " if left > 0 else "") + body + (" …" if right < len(text) else "")


def _quote_figures(citations: Sequence[Citation]) -> list[FigureRow]:
    rows: list[FigureRow] = []
    seen: set[tuple[str, int]] = set()
    for cit in citations:
        for mention in find_numbers(cit.quote, "da"):
            if mention.is_year or (mention.text, cit.id) in seen:
                continue
            seen.add((mention.text, cit.id))
            context = _snippet(cit.quote, mention.start, mention.end)
            rows.append(FigureRow(mention.text, context, f"[{cit.id}]"))
    return rows


def figures(answer: Answer, lang: Language) -> list[FigureRow]:
    """Calculation inputs and outputs, then every non-year number in the cited quotes."""
    rows: list[FigureRow] = []
    calc = answer.calculation
    if calc is not None:
        for name, item in calc.inputs.items():
            source = f"[{item.citation}]" if item.citation else t(f"export_origin_{item.origin}", lang)
            if item.origin == "assumption" and item.citation:  # a cited figure standing in for another
                source = f"{t('export_origin_assumption', lang)} [{item.citation}]"
            rows.append(FigureRow(format_number(item.value, lang), item.label or name, source))
        for name, value in calc.outputs.items():
            rows.append(FigureRow(format_number(value, lang), output_label(name, lang), t("export_computed", lang)))
    return rows + _quote_figures(answer.citations)


def citation_line(cit: Citation, lang: Language) -> str:
    """Everything a reader needs to find the source again, on one line (no internal ids or file names).

    A background note's paragraph leads with its original source ("Dansk Socialrådgiverforening, 2020")
    and gives that source in full; the note itself is named as the project's compiled summary.
    """
    where = cit.municipality or t("general", lang)
    kind = source_label(cit.source_type, lang)
    if cit.original:
        line = f"[{cit.id}] {cit.original}. {where}. {kind}: {cit.title}, {format_date(cit.date, lang)}. "
        line += f"{t('export_source', lang)}: {cit.original_source}"
        return line + (f" ({cit.url})" if cit.url else "")
    line = f"[{cit.id}] {cit.title}. {where}, {format_date(cit.date, lang)}, {kind}."
    source = public_source(cit.source)
    if source:
        line += f" {t('export_source', lang)}: {source}"
    return line + place_in_file(cit, lang)


def place_in_file(cit: Citation, lang: Language) -> str:
    """ " Punkt 7: Tilsyn, s. 14 (maskinlæst …)": where in a long original the quote stands."""
    parts = [cit.section or "", f"{t('page_short', lang)} {cit.page}" if cit.page else ""]
    text = ", ".join(p for p in parts if p)
    note = f" ({t('ocr_note', lang)})" if cit.ocr else ""
    return f" {text}.{note}" if text else note


def intro(answers: Sequence[Answer], lang: Language, day: str) -> str:
    """The note's opening line; a calculation is described as a calculation, not as quotes."""
    calcs = sum(a.calculation is not None for a in answers)
    if calcs and calcs == len(answers):
        return t("export_intro_calc", lang, date=day)
    text = t("export_intro", lang, date=day)
    return text + " " + t("export_intro_calc_extra", lang) if calcs else text


def plain_answer(text: str) -> str:
    """The answer without Markdown emphasis (for DOCX, where bold is set on runs instead)."""
    return _BOLD.sub(r"\1", text)


def _heading_question(index: int, answer: Answer) -> str:
    return f"{index}. {answer.question}"


def filename(answers: Sequence[Answer], lang: Language, ext: str) -> str:
    """A download name that says what the note is about: ``briefingnotat-hvor-mange-sager.docx``."""
    stem = "briefingnotat" if lang == "da" else "briefing-note"
    first = slugify(answers[0].question)[:40].strip("-") if answers else ""
    return f"{stem}-{first}.{ext}" if first else f"{stem}.{ext}"


# -- Markdown -------------------------------------------------------------------------------------------


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _md_quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().splitlines())


def _md_section(index: int, answer: Answer, lang: Language) -> list[str]:
    out = [f"## {_heading_question(index, answer)}", "", f"### {t('export_answer', lang)}", ""]
    if answer.abstained:
        out += [f"**{t('export_abstained', lang)}**", ""]
    out += [answer.answer.strip(), ""]
    if answer.calculation is not None:
        out += [f"**{t('export_formula', lang)}:** `{answer.calculation.formula}`", ""]
    rows = figures(answer, lang)
    if rows:
        out += [f"### {t('export_figures', lang)}", ""]
        heads = (t("export_col_figure", lang), t("export_col_context", lang), t("export_col_source", lang))
        out += ["| " + " | ".join(heads) + " |", "|---:|---|---|"]
        out += [f"| {_cell(r.figure)} | {_cell(r.context)} | {_cell(r.source)} |" for r in rows]
        out.append("")
    if answer.citations:
        out += [f"### {t('export_sources', lang)}", ""]
        for cit in answer.citations:
            out += [citation_line(cit, lang), "", _md_quote(cit.quote), ""]
    return out


def briefing_markdown(answers: Sequence[Answer], lang: Language, today: dt.date | None = None) -> str:
    """The note as Markdown: one section per answer."""
    day = format_date(today or dt.date.today(), lang)
    out = [f"# {t('export_title', lang)}", "", f"_{intro(answers, lang, day)}_", ""]
    for index, answer in enumerate(answers, start=1):
        out += _md_section(index, answer, lang)
    return "\n".join(out).rstrip() + "\n"


# -- DOCX -----------------------------------------------------------------------------------------------


def _add_rich(paragraph: Paragraph, text: str) -> None:
    """Add ``text`` to a python-docx paragraph, turning **x** into bold runs."""
    parts = _BOLD.split(text)
    for i, part in enumerate(parts):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def _docx_answer(doc: DocxDocument, answer: Answer) -> None:
    for block in split_blocks(answer.answer.strip()):
        if isinstance(block, TableBlock):
            _docx_table(doc, block)
            continue
        for line in block.text.splitlines():
            if not line.strip():
                continue
            if line.startswith("- "):
                _add_rich(doc.add_paragraph(style="List Bullet"), line[2:])
            else:
                _add_rich(doc.add_paragraph(), line)


def _docx_table(doc: DocxDocument, block: TableBlock) -> None:
    """A comparison table as a real Word table, header row in bold."""
    table = doc.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, block.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(plain_answer(head)).bold = True
    for row in block.rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = plain_answer(text)


def _docx_figures(doc: DocxDocument, rows: list[FigureRow], lang: Language) -> None:
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    heads = (t("export_col_figure", lang), t("export_col_context", lang), t("export_col_source", lang))
    for cell, head in zip(table.rows[0].cells, heads, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(head).bold = True
    for row in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = row.figure, row.context, row.source


def briefing_docx(answers: Sequence[Answer], lang: Language, today: dt.date | None = None) -> bytes:
    """The note as a Word document (python-docx), same content as the Markdown version."""
    import docx

    doc = docx.Document()
    title = t("export_title", lang)
    doc.core_properties.title = title
    doc.add_heading(title, level=0)
    opening = intro(answers, lang, format_date(today or dt.date.today(), lang))
    doc.add_paragraph().add_run(opening).italic = True
    for index, answer in enumerate(answers, start=1):
        doc.add_heading(_heading_question(index, answer), level=1)
        doc.add_heading(t("export_answer", lang), level=2)
        if answer.abstained:
            doc.add_paragraph().add_run(t("export_abstained", lang)).bold = True
        _docx_answer(doc, answer)
        if answer.calculation is not None:
            para = doc.add_paragraph()
            para.add_run(f"{t('export_formula', lang)}: ").bold = True
            para.add_run(answer.calculation.formula)
        rows = figures(answer, lang)
        if rows:
            doc.add_heading(t("export_figures", lang), level=2)
            _docx_figures(doc, rows, lang)
        if answer.citations:
            doc.add_heading(t("export_sources", lang), level=2)
            for cit in answer.citations:
                doc.add_paragraph(citation_line(cit, lang))
                doc.add_paragraph(f"«{' '.join(cit.quote.split())}»", style="Quote")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
