"""Core commands: ingest, index, remove, documents, ask, eval, doctor."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import typer

from assistant.access import audit
from assistant.access.auth import operator
from assistant.cli.app import app, emit
from assistant.config import Settings, load_settings
from assistant.errors import InputError
from assistant.i18n import source_label
from assistant.index.bulk import FileProgress
from assistant.ingest.read import MetaOverrides
from assistant.models import Answer, AnswerMode, Citation, Filters
from assistant.service import Assistant, IngestReport


def _service(data_dir: Path | None = None, **overrides: object) -> Assistant:
    settings: Settings = load_settings(data_dir=data_dir, **overrides)
    return Assistant(settings)


def _report_text(report: IngestReport) -> str:
    lines = []
    for key in ("added", "replaced", "unchanged", "removed"):
        items = getattr(report, key)
        if items:
            lines.append(f"{key}: {len(items)} ({', '.join(items[:8])}{' ...' if len(items) > 8 else ''})")
    for fail in report.failed:
        # Reasons start with the file's name already; say it once per line.
        reason = fail["reason"].removeprefix(f"{fail['file']}: ").removeprefix(f"{Path(fail['file']).name}: ")
        lines.append(f"FAILED {fail['file']}: {reason}")
    if report.pages:
        ocr = sum(len(p) for p in report.ocr_pages.values())
        lines.append(f"pages read: {report.pages} ({ocr} by OCR), chunks: {report.chunks}, {report.seconds:g} s")
    for name, pages in report.ocr_pages.items():
        lines.append(f"OCR {name}: page(s) {', '.join(str(p) for p in pages)} machine-read")
    for name, why in report.skipped_pages.items():
        lines.append(f"SKIPPED {name}: {why}")
    return "\n".join(lines) or "nothing to do"


def progress_text(p: FileProgress) -> str:
    """ "[12/40 files] 340 pages, 1200 chunks, ETA 0:45 — referat.pdf" """
    eta = f"{int(p.eta_s) // 60}:{int(p.eta_s) % 60:02d}" if p.eta_s is not None else "?"
    return f"[{p.done}/{p.total} files] {p.pages} pages, {p.chunks} chunks, ETA {eta} — {Path(p.current).name}"


def _progress_line(p: FileProgress) -> None:
    """One status line on a terminal's stderr, rewritten in place; scripts and pipes get only the report."""
    sys.stderr.write("\r\033[K" + progress_text(p)[:150] + ("\n" if p.done == p.total else ""))
    sys.stderr.flush()


def _finish(report: IngestReport, as_json: bool) -> None:
    emit({**report.__dict__, "ok": report.ok}, as_json, lambda _: _report_text(report))
    if not report.ok:
        sys.exit(1)


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date '{value}': use an ISO date like 2024-05-31") from None


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders (.md .txt .html .pdf .docx)."),
    municipality: str = typer.Option(None, help="Municipality the documents are about."),
    date: str = typer.Option(None, help="Document date, ISO (2024-05-31)."),
    source_type: str = typer.Option(None, help="official_decision, official_plan, press_release, news, ..."),
    title: str = typer.Option(None, help="Title (single file only)."),
    keep_personal_data: bool = typer.Option(
        False, "--keep-personal-data", help="Do not mask CPR numbers, e-mails and phone numbers (logged)."
    ),
    no_ocr: bool = typer.Option(False, "--no-ocr", help="Do not machine-read scanned PDF pages (they are skipped)."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress line on stderr."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Read, clean, chunk and index files and folders (subfolders too). Bad files are listed; good ones
    still go in. Resumable: after Ctrl-C or a crash, the same command goes on where it stopped."""
    over = MetaOverrides(municipality=municipality, date=_parse_date(date), source_type=source_type, title=title)
    if keep_personal_data:
        typer.echo("note: personal data is kept unmasked (--keep-personal-data); this is logged", err=True)
    service = _service(keep_personal_data=keep_personal_data or None, ocr=False if no_ocr else None)
    live = not quiet and sys.stderr.isatty()
    try:
        report = service.ingest(paths, over, on_file=_progress_line if live else None)
    except KeyboardInterrupt:
        typer.echo("\ninterrupted: what was read is kept; run the same command again to go on", err=True)
        sys.exit(130)
    if report.added or report.replaced:
        audit.record(service.settings, operator(), "upload", report.added + report.replaced)
    _finish(report, as_json)


@app.command()
def index(
    rebuild: bool = typer.Option(False, "--rebuild", help="Re-index everything under knowledge/."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Build the index from knowledge/ if missing (or always, with --rebuild)."""
    service = _service()
    if rebuild:
        _finish(service.rebuild(), as_json)
        return
    built = service.ensure_index()
    snap = service.index.snapshot()
    info = {"built": built, "documents": len(snap.docs), "chunks": snap.size}
    emit(info, as_json, lambda i: f"{'built' if built else 'ready'}: {i['documents']} documents, {i['chunks']} chunks")


@app.command()
def remove(
    doc_id: str = typer.Argument(..., help="Document id (see `assistant documents`)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Remove one document and its chunks."""
    service = _service()
    report = service.remove(doc_id)
    audit.record(service.settings, operator(), "remove", [doc_id])
    _finish(report, as_json)


@app.command()
def documents(as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")) -> None:
    """List the indexed documents."""
    service = _service()
    service.ensure_index()
    rows = [row.model_dump(mode="json") for row in service.document_rows()]

    def render(items: list[dict]) -> str:
        import pandas as pd

        shown = [{k: v for k, v in i.items() if k not in ("ocr_pages", "original")} for i in items]
        return pd.DataFrame(shown).to_string(index=False) if items else "no documents"

    emit({"documents": rows}, as_json, lambda p: render(p["documents"]))


def render_answer(answer: Answer) -> str:
    """Plain-text rendering of an answer with its numbered sources."""
    lines = [answer.answer, ""]
    if answer.notice:
        lines.insert(0, f"[{answer.notice}]")
    if answer.calculation:
        lines.append(f"Formula: {answer.calculation.formula}")
    for cit in answer.citations:
        date = cit.date.isoformat() if cit.date else "-"
        if cit.original:  # a background note's paragraph: the original source, then the note
            kind = source_label(cit.source_type, answer.language)
            where = cit.municipality or "-"
            lines.append(f"[{cit.id}] {cit.original} — {kind}: {cit.title}, {where} ({cit.doc_id})")
            lines.append(f"    {cit.original_source}" + (f" <{cit.url}>" if cit.url else ""))
        else:
            where = cit.municipality or "-"
            lines.append(f"[{cit.id}] {cit.title} — {where}, {date}, {cit.source_type} ({cit.doc_id})")
        lines.append(f"    «{' '.join(cit.quote.split())[:300]}»")
        where_in_file = _where_in_file(cit)
        if where_in_file:
            lines.append(where_in_file)
    return "\n".join(lines).rstrip()


def _where_in_file(cit: Citation) -> str | None:
    """ "side 14 i /data/originals/…/referat.pdf (maskinlæst)": where to open the quote's original."""
    if not (cit.page or cit.file or cit.section):
        return None
    parts = [f"page {cit.page}" if cit.page else "", cit.section or "", cit.file or ""]
    text = " · ".join(p for p in parts if p)
    return "    " + text + (" (machine-read by OCR: check against the original)" if cit.ocr else "")


def _mode(value: str | None) -> AnswerMode | None:
    if value is None or value in ("extractive", "llm"):
        return value  # type: ignore[return-value]  # narrowed by the test
    raise InputError(f"--mode '{value}': use extractive or llm")


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question, in Danish or English."),
    municipality: str = typer.Option(None, "--municipality", help="Your municipality (comparisons rank it first)."),
    only: list[str] = typer.Option([], "--only", help="Only sources about this municipality (repeatable)."),
    year_from: int = typer.Option(None, help="Only sources from this year on."),
    year_to: int = typer.Option(None, help="Only sources up to this year."),
    source_type: list[str] = typer.Option([], "--source-type", help="Only these source types (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print exactly one JSON object."),
    conversation_id: str = typer.Option(
        None, "--conversation", help="Continue a saved conversation (id, or 'new'); follow-ups use its context."
    ),
    mode: str = typer.Option(
        None, "--mode", help="extractive (quotes) or llm (needs ASSISTANT_LLM); default: llm when one is set."
    ),
) -> None:
    """Answer a question from the knowledge base, every statement cited."""
    from assistant import municipalities
    from assistant.conversation import Conversation, ConversationStore
    from assistant.conversation import ask as ask_next

    mine = municipalities.resolve(municipality) if municipality else None
    filters = Filters(municipalities=only, year_from=year_from, year_to=year_to, source_types=source_type)
    service = _service()
    chosen = service.answer_mode(_mode(mode))
    if conversation_id is None:
        answer = service.ask(question, filters, mine, mode=chosen)
        audit.record(service.settings, operator(), "ask", [c.doc_id for c in answer.citations], question)
        emit(answer, as_json, render_answer)
        return
    store = ConversationStore.under(service.settings.data_dir)
    chat = Conversation() if conversation_id == "new" else store.load(conversation_id)
    if chat is None:
        raise InputError(f"no saved conversation with id '{conversation_id}'")
    answer = ask_next(service, question, chat.answers, filters, mine, mode=chosen)
    audit.record(service.settings, operator(), "ask", [c.doc_id for c in answer.citations], question)
    chat.add(answer)
    store.save(chat)
    if as_json:  # the answer's JSON plus the id to continue with
        emit({"conversation_id": chat.id, **answer.model_dump(mode="json")}, True)
    else:
        typer.echo(f"[{chat.id}]")
        emit(answer, False, render_answer)


@app.command("eval")
def eval_cmd(
    file: Path = typer.Argument(Path("eval/questions.yaml"), help="Questions in the starter schema."),
    out: Path = typer.Option(None, "--out", help="Write the full results JSON here."),
    minimum: list[str] = typer.Option([], "--min", help="Fail (exit 1) below e.g. hit5=0.9 (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    report: Path = typer.Option(None, "--report", help="Write a report: .html for HTML, else Markdown."),
    compare: Path = typer.Option(None, "--compare", help="An earlier --out JSON: show better/worse."),
    config_name: str = typer.Option(None, "--config", help="Retrieval variant: hybrid, bm25, dense, ..."),
    split: str = typer.Option("all", "--split", help="dev (tune on it), test (held out, report it) or all."),
) -> None:
    """Run the eval questions through the same path as `ask` and score them."""
    from assistant.evals import configs as eval_configs
    from assistant.evals import metrics as ev
    from assistant.evals import report as eval_report
    from assistant.evals.runner import run_cases

    cases = ev.select_split(ev.load_cases(file), split)
    minimums = ev.parse_minimums(minimum)
    old_run = eval_report.load_run(compare) if compare else None  # fail on a bad file before the long run
    settings = load_settings()
    settings = eval_configs.apply_config(settings, config_name) if config_name else settings
    service = Assistant(settings)
    audit.record(settings, operator(), "eval")
    run = run_cases(cases, service, config_name)
    summary, config, results = run.summary, run.config, run.results
    payload = run.to_json()
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    comparison = eval_report.compare(old_run, run) if old_run else None
    if report:
        eval_report.write_report(report, run, cases, comparison)

    def render(_: object) -> str:
        import pandas as pd

        table = pd.DataFrame([summary]).T.rename(columns={0: "value"}).to_string()
        miss = ev.misses(results)
        lines = [table, "", f"misses ({len(miss)}):"] + [f"  {i}: {m}: {r}" for i, m, r in miss]
        fmt = eval_report.fmt_score
        if comparison is not None:
            lines += ["", f"compared with {compare}:", comparison.summary.to_string(float_format="%.3f")]
            lines += [f"  better {c.id}: {c.metric} {fmt(c.old)} -> {fmt(c.new)}" for c in comparison.better]
            lines += [f"  worse  {c.id}: {c.metric} {fmt(c.old)} -> {fmt(c.new)}" for c in comparison.worse]
        return "\n".join(lines)

    shown: dict[str, object] = {"summary": summary, "config": config, "split": split}
    if comparison is not None:
        shown["compare"] = comparison.to_json()
    emit(shown, as_json, render)
    failed = ev.failed_minimums(summary, minimums)
    if failed:
        typer.echo("below minimum: " + "; ".join(failed), err=True)
        sys.exit(1)


@app.command()
def doctor(
    repair: bool = typer.Option(True, "--repair/--check-only", help="Fix what is found."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Check that the vector store and the BM25 snapshot agree about which chunks exist; repair."""
    service = _service()
    before = service.index.check(repair=False)
    after = service.index.check(repair=True) if repair else before
    if repair:
        after = service.index.check(repair=False)
    agree = after["missing_vectors"] == 0 and after["orphan_vectors"] == 0
    verdict = "BM25 and Chroma agree" if agree else "BM25 and Chroma DISAGREE; run `assistant doctor`"
    emit(
        {"before": before, "after": after, "ok": agree},
        as_json,
        lambda p: f"before: {p['before']}\nafter:  {p['after']}\n{verdict}",
    )
    if not agree:
        sys.exit(1)
