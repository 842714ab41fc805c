"""A realistic municipal archive, generated (reportlab + PIL, no downloads) for the archive tests.

- ``referat-bu-2025-03.pdf``: 120 pages of committee minutes, 25 agenda items ("Punkt 7: …"), a running
  header and footer on every page, a table of contents, a budget table that runs over two pages
  (header repeated), and two scanned pages (images only, no text layer) in agenda item 20.
- ``retningslinjer-underretninger.docx``: headings (Title, Heading 1/2) and a table.
- ``familieraadgivning.html``: a municipal web page with navigation, cookie banner and footer.

The layout is fixed page by page, so the page of every fact is known: ``FACT_PAGES`` is what the eval
questions in ``eval/archive-questions.yaml`` expect.
"""

from __future__ import annotations

import io
from pathlib import Path

PAGES = 120
HEADER = "Børne- og Ungeudvalget, Fanø Kommune · Referat af mødet 12. marts 2025"
ITEMS = [
    "Godkendelse af dagsorden",
    "Orientering om sagstal i Myndighed",
    "Handleplan for underretninger",
    "Plejefamilieområdet",
    "Forebyggende indsatser og Familiehuset",
    "Sygefravær i Børne- og Familieafdelingen",
    "Tilsyn fra Ankestyrelsen",
    "Rekruttering af socialrådgivere",
    "Ungdomskriminalitet",
    "Efterværn for unge mellem 18 og 22 år",
    "Digital sagsbehandling",
    "Budgetopfølgning 2025 for det specialiserede børneområde",
    "Kvalitetsstandard for aflastning",
    "Børnehuset og videoafhøringer",
    "Bekymrende skolefravær",
    "Familierådslagning",
    "Samarbejde med PPR",
    "Tolkebistand",
    "Statistik over anbringelser",
    "Historiske afgørelser om døgninstitutioner (scannede bilag)",
    "Klagesager 2024",
    "Unge med misbrug",
    "Børne- og ungepolitik 2025-2028",
    "Eventuelt",
    "Lukket punkt: Personsag",
]
# One fact per item that a question can ask for: (item number, page within the item, sentence).
FACTS: list[tuple[int, int, str]] = [
    (2, 2, "I februar 2025 havde hver socialrådgiver i Myndighed i gennemsnit 31 sager."),
    (3, 3, "Antallet af underretninger steg fra 1.412 i 2023 til 1.586 i 2024."),
    (4, 2, "Kommunen havde ved udgangen af 2024 i alt 47 godkendte plejefamilier til børn under 12 år."),
    (5, 4, "Familiehuset på Nordre Havnevej åbner 1. august 2025 med plads til 18 familier."),
    (6, 2, "Sygefraværet i Børne- og Familieafdelingen faldt til 5,8 procent i 4. kvartal 2024."),
    (7, 3, "Ankestyrelsen omgjorde 9 af kommunens 34 påklagede afgørelser om børn og unge i 2024."),
    (8, 2, "Fire nye socialrådgivere begynder i Myndighed den 1. april 2025."),
    (9, 3, "Ungdomskriminalitetsnævnet behandlede 12 sager fra kommunen i 2024."),
    (10, 2, "I alt 43 unge mellem 18 og 22 år modtog efterværn ved udgangen af 2024."),
    (11, 4, "Det nye fagsystem til børnesager tages i brug den 15. september 2025."),
    (13, 2, "Aflastning bevilges som udgangspunkt i højst 8 døgn om måneden."),
    (14, 3, "Børnehuset gennemførte 66 videoafhøringer af børn i 2024."),
    (16, 2, "Familierådslagning blev tilbudt i 28 sager i 2024, og 19 familier takkede ja."),
    (18, 3, "Udgiften til tolkebistand i børnesager var 412.000 kr. i 2024."),
    (19, 2, "Andelen af anbringelser i slægtspleje steg til 14 procent i 2024."),
    (22, 2, "Ungeindsatsen mod misbrug havde 37 unge i forløb i januar 2025."),
]
BUDGET_ITEM = 12
SCAN_ITEM = 20
SCAN_TEXT = [
    [
        "Uddrag af Fanø Byråds beslutningsprotokol",
        "Mødet den 14. maj 2009",
        "",
        "Byrådet besluttede at oprette en døgninstitution for unge i Sønderho",
        "med 12 pladser. Institutionen skal tage imod unge mellem 14 og 17 år,",
        "som ikke kan bo hjemme. Driften finansieres over budgettet for",
        "det specialiserede børneområde fra 2010.",
    ],
    [
        "Uddrag af Fanø Byråds beslutningsprotokol",
        "Mødet den 9. december 2011",
        "",
        "Byrådet besluttede at lukke døgninstitutionen i Sønderho pr. 1. juli 2012,",
        "fordi belægningen i 2011 kun var 6 unge i gennemsnit.",
        "De unge flyttes til opholdssteder i Esbjerg og Varde.",
    ],
]
BUDGET_ROWS = [
    "Anbringelser på opholdssteder", "Anbringelser i plejefamilier", "Anbringelser på døgninstitutioner",
    "Kommunale døgninstitutioner", "Sikrede afdelinger", "Aflastningsophold", "Kontaktpersoner",
    "Familiebehandling", "Praktisk pædagogisk støtte", "Efterværn", "Tolkebistand", "Børnehuset",
    "Familiehuset", "Forebyggende foranstaltninger i alt", "Ungdomskriminalitetsnævnet", "Netværksanbringelser",
    "Godkendelse af plejefamilier", "Supervision af plejefamilier", "Børnesamtaler", "Advokatbistand",
    "Psykologbistand", "Misbrugsbehandling for unge", "Fritidsjob med støtte", "Specialundervisning i dagtilbud",
    "Merudgiftsydelse", "Tabt arbejdsfortjeneste", "Hjælpemidler til børn", "Boligindretning", "Befordring",
    "Underretningsberedskab", "Socialfaglig døgnvagt", "Børne- og ungeudvalgets pulje", "Projekt Tidlig Indsats",
    "Sagsbehandlingsressourcer", "Kursus og uddannelse", "Fagsystem og licenser", "Tilsyn med opholdssteder",
    "Klagesagsbehandling", "Tværkommunale samarbejder", "Reserve til uforudsete udgifter",
]
FILLER = [
    "Sagen forelægges udvalget til orientering i henhold til kommunens styrelsesvedtægt.",
    "Forvaltningen har indhentet bidrag fra de relevante afdelinger i Børn og Familie.",
    "Der er ikke foretaget høring af eksterne parter i forbindelse med sagen.",
    "Sagen har ingen konsekvenser for kommunens klimaregnskab.",
    "Udvalget har tidligere drøftet området på mødet i januar.",
    "Den videre proces aftales med formandskabet efter mødet.",
    "Forvaltningen vil løbende følge udviklingen og orientere udvalget.",
    "Sagen vedrører både myndighedsområdet og det forebyggende område.",
    "Der henvises i øvrigt til de vedlagte bilag.",
    "Arbejdet sker inden for den eksisterende økonomiske ramme.",
]
FACT_PAGES: dict[str, int] = {}  # fact sentence -> page number, filled by ``item_pages``


def item_pages() -> dict[int, list[int]]:
    """Pages of each agenda item: 3..120, the first 18 items five pages, the last seven four."""
    pages: dict[int, list[int]] = {}
    page = 3
    for number in range(1, 26):
        size = 5 if number <= 18 else 4
        pages[number] = list(range(page, page + size))
        page += size
    assert page - 1 == PAGES
    for item, within, sentence in FACTS:
        FACT_PAGES[sentence] = pages[item][within - 1]
    return pages


def _font(size: int) -> object:
    from PIL import ImageFont

    fonts = (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    )
    for path in fonts:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def scanned_page(lines: list[str]) -> object:
    """A page as a scanner would give it: greyscale, 150 dpi, no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 250)
    draw = ImageDraw.Draw(image)
    font = _font(30)
    y = 160
    for line in lines:
        draw.text((120, y), line, fill=20, font=font)
        y += 52
    return image


class _Pen:
    """Writes wrapped lines down a canvas page, top to bottom."""

    def __init__(self, canvas: object, page: int) -> None:
        self.c = canvas
        self.page = page
        self.y = 770.0

    def text(self, text: str, size: float = 10.5, bold: bool = False, gap: float = 6) -> None:
        from reportlab.lib.utils import simpleSplit

        font = "Helvetica-Bold" if bold else "Helvetica"
        self.c.setFont(font, size)  # type: ignore[attr-defined]
        for line in simpleSplit(text, font, size, 475):
            self.c.drawString(60, self.y, line)  # type: ignore[attr-defined]
            self.y -= size * 1.35
        self.y -= gap


def _furniture(c: object, page: int) -> None:
    c.setFont("Helvetica", 8)  # type: ignore[attr-defined]
    c.drawString(60, 810, HEADER)  # type: ignore[attr-defined]
    c.drawString(60, 40, f"Side {page} af {PAGES}")  # type: ignore[attr-defined]


def _budget_table(c: object, pen: _Pen, rows: list[str], start: int) -> None:
    """Four columns drawn cell by cell with rules, the header repeated on each page."""
    cols = (60, 260, 370, 480)
    header = ("Post", "Budget 2025", "Regnskab 2024", "Afvigelse")
    c.setFont("Helvetica-Bold", 8.5)  # type: ignore[attr-defined]
    for x, cell in zip(cols, header, strict=True):
        c.drawString(x, pen.y, cell)  # type: ignore[attr-defined]
    c.line(60, pen.y - 4, 560, pen.y - 4)  # type: ignore[attr-defined]
    pen.y -= 16
    c.setFont("Helvetica", 9)  # type: ignore[attr-defined]
    for i, label in enumerate(rows, start=start):
        budget, spent = 1200 + 517 * i, 1100 + 498 * i
        cells = (label, _dk(budget), _dk(spent), _dk(budget - spent))
        for x, cell in zip(cols, cells, strict=True):
            c.drawString(x, pen.y, cell)  # type: ignore[attr-defined]
        pen.y -= 15
    pen.y -= 10


def _dk(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def budget_cell(label: str) -> tuple[str, str]:
    """The budget 2025 figure of a table row, and its page."""
    i = BUDGET_ROWS.index(label)
    pages = item_pages()[BUDGET_ITEM]
    return _dk(1200 + 517 * i), pages[1] if i < 24 else pages[2]


def minutes_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    pages = item_pages()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Referat Børne- og Ungeudvalget 12. marts 2025")
    _furniture(c, 1)
    pen = _Pen(c, 1)
    pen.text("Referat", 20, bold=True)
    pen.text("Børne- og Ungeudvalget, Fanø Kommune", 14, bold=True)
    pen.text("Mødedato: 12. marts 2025, kl. 16.00-19.30. Mødested: Rådhuset, mødelokale 2.")
    pen.text("Deltagere: Udvalgets fem medlemmer. Fraværende: ingen.")
    c.showPage()
    _furniture(c, 2)
    pen = _Pen(c, 2)
    pen.text("Dagsorden", 14, bold=True)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, pen.y, "Dagsordenspunkt")
    c.drawString(480, pen.y, "Side")
    pen.y -= 16
    c.setFont("Helvetica", 10)
    for number, title in enumerate(ITEMS, start=1):
        c.drawString(60, pen.y, f"Punkt {number}: {title}")
        c.drawString(480, pen.y, str(pages[number][0]))
        pen.y -= 15
    c.showPage()
    for number, title in enumerate(ITEMS, start=1):
        for within, page in enumerate(pages[number], start=1):
            _furniture(c, page)
            pen = _Pen(c, page)
            if number == SCAN_ITEM and within in (3, 4):
                image = scanned_page(SCAN_TEXT[within - 3])
                c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
                c.showPage()
                continue
            _item_page(c, pen, number, title, within, len(pages[number]))
            c.showPage()
    c.save()
    return buf.getvalue()


def _item_page(c: object, pen: _Pen, number: int, title: str, within: int, size: int) -> None:
    if within == 1:
        pen.text(f"Punkt {number}: {title}", 13, bold=True, gap=10)
        pen.text("Sagsfremstilling", 11, bold=True)
    facts = [s for item, w, s in FACTS if item == number and w == within]
    for sentence in facts:
        pen.text(f"{sentence} Forvaltningen har gennemgået tallene for udvalget.")
    if number == BUDGET_ITEM and within in (2, 3):
        if within == 2:
            pen.text("Tabel 1. Budget og regnskab for det specialiserede børneområde (1.000 kr.).", bold=True)
        rows = BUDGET_ROWS[:24] if within == 2 else BUDGET_ROWS[24:]
        _budget_table(c, pen, rows, 0 if within == 2 else 24)
    if within == size:
        pen.text("Indstilling", 11, bold=True)
        pen.text("Forvaltningen indstiller, at orienteringen tages til efterretning.")
        pen.text("Beslutning", 11, bold=True)
        pen.text(f"Udvalget tog orienteringen under punkt {number} til efterretning.")
        return
    # One stock paragraph a page: enough to bury the facts, few enough chunks to embed in seconds.
    pen.text(" ".join(FILLER[(number * 7 + within * 3 + j) % len(FILLER)] for j in range(2)))


def guidelines_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Retningslinjer for håndtering af underretninger", level=0)
    document.add_heading("1. Formål", level=1)
    document.add_paragraph("Retningslinjerne sikrer, at alle underretninger om børn og unge behandles ens.")
    document.add_heading("2. Frister", level=1)
    document.add_paragraph("En underretning skal vurderes af en socialrådgiver inden for 24 timer efter modtagelsen.")
    document.add_paragraph("Underretteren skal have en kvittering for modtagelsen inden for 6 hverdage.")
    document.add_heading("3. Ansvar", level=1)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ("Opgave", "Ansvarlig", "Frist"),
            ("Vurdering af underretning", "Socialrådgiver i modtagelsen", "24 timer"),
            ("Kvittering til underretter", "Administrativ medarbejder", "6 hverdage"),
        ]
    ):
        for col, text in enumerate(row):
            table.rows[r].cells[col].text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


FAMILY_HTML = """<!doctype html><html lang="da"><head><title>Familierådgivningen – Fanø Kommune</title>
<style>body{font-family:sans-serif}</style></head><body>
<header><a href="/">Fanø Kommune</a></header>
<nav><ul><li><a href="/">Forside</a></li><li><a href="/borger">Borger</a></li>
<li><a href="/politik">Politik og demokrati</a></li><li><a href="/job">Job i kommunen</a></li></ul></nav>
<div class="cookie"><p>Vi bruger cookies for at forbedre din oplevelse af hjemmesiden.</p><p>Accepter alle</p></div>
<p>Spring til indhold</p>
<main><h1>Familierådgivningen</h1>
<p>Familierådgivningen giver gratis og anonym rådgivning til familier med børn under 18 år.</p>
<h2>Åbningstider</h2>
<p>Familierådgivningen har åben rådgivning tirsdag og torsdag kl. 10-14 i Sønderho Kulturhus.</p>
<h2>Sådan kontakter du os</h2>
<p>Du kan skrive til Familierådgivningen via Digital Post. Vi svarer inden for tre hverdage.</p>
</main>
<footer><p>Fanø Kommune · Skolevej 5-7 · 6720 Fanø</p><p>Del på Facebook</p></footer>
</body></html>
"""


def write_corpus(folder: Path) -> dict[str, Path]:
    """The archive as a folder with a subfolder, as a municipality would hand it over."""
    (folder / "udvalg" / "2025").mkdir(parents=True, exist_ok=True)
    (folder / "vejledninger").mkdir(parents=True, exist_ok=True)
    files = {
        "pdf": folder / "udvalg" / "2025" / "referat-bu-2025-03.pdf",
        "docx": folder / "vejledninger" / "retningslinjer-underretninger.docx",
        "html": folder / "familieraadgivning.html",
    }
    files["pdf"].write_bytes(minutes_pdf())
    files["docx"].write_bytes(guidelines_docx())
    files["html"].write_text(FAMILY_HTML, encoding="utf-8")
    return files
