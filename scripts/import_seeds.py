"""Turn the five seed texts in ../shared/seeds into knowledge/documents/<id>.md.

The body is the seed passed through ``clean_text`` and nothing else (no rewording, no typo fixes, no
re-wrapping), so a quote in an answer can be checked against the original seed. The metadata was read
off each text by hand; the reasons for the less obvious choices are in each document's ``notes``.

Usage: ``python scripts/import_seeds.py [--seeds DIR] [--out DIR] [--check]``; ``--check`` writes
nothing and exits 1 when a committed document differs from what this script would write.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from assistant.ingest.cleaning import clean_text  # the package is installed (make install): no path tricks
from assistant.models import DocumentMeta

REPO = Path(__file__).resolve().parent.parent

DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"
DEFAULT_OUT = REPO / "knowledge" / "documents"

SEEDS: dict[str, dict[str, Any]] = {
    "000_68c46f3c2093029b.txt": {
        "id": "odense-2015-mail-lukning-af-forebyggende-sager",
        "title": "SE MAILEN: Odense kommune lukker børnesager for at spare penge",
        "municipality": "Odense",
        "date": dt.date(2015, 6, 29),
        "source_type": "internal_email",
        "source": "News outlet not named in the text, publishing an internal e-mail from Odense Kommune, "
        "Børn- og Ungeforvaltningen, Familie og Velfærd; seed file 000_68c46f3c2093029b.txt",
        "notes": "A leaked internal management e-mail dated 29 June 2015 08:34, published by a news outlet "
        "under the headline 'SE MAILEN'; the outlet and its publication date are not given, so the date is "
        "the e-mail's. The sender's name is redacted as 'XXX' in the source. It asks the social workers to "
        "close about 20 % of the preventive cases (about 5 per caseload) from 1 September 2015.",
    },
    "001_dacb94e0c08007b7.txt": {
        "id": "odense-2019-sammenhaengende-borgerforloeb",
        "title": "Børn- og Ungeforvaltningen klar med plan for Sammenhængende Borgerforløb",
        "municipality": "Odense",
        "date": dt.date(2019, 1, 10),
        "source_type": "press_release",
        "source": "Odense Kommune, news item on the municipality's website (the text refers to "
        "www.odense.dk); seed file 001_dacb94e0c08007b7.txt",
        "notes": "The article is dated 10-01-2019 but reports that Børn- og Ungeudvalget decided "
        "'den 27. november 2019' (presumably 27 November 2018, not verified). The inconsistency is recorded "
        "here, not fixed in the text.",
    },
    "002_82e56634e95efcc0.txt": {
        "id": "herning-vejle-2015-sagstal-blog",
        "title": "Sverigesmodellen på 20 procent af børneområdet med flere socialrådgivere sparede "
        "Herning kr. 4,4 millioner over 2 år",
        "municipalities": [
            "Herning",
            "Vejle",
            "Hedensted",
            "Rødovre",
            "Hvidovre",
            "Horsens",
            "Brønderslev",
            "Nyborg",
            "København",
        ],
        "date": dt.date(2015, 5, 21),
        "source_type": "blog_opinion",
        "source": "Blog post by FlemmingLeer, Denmarkonline.dk; seed file 002_82e56634e95efcc0.txt",
        "notes": "Opinion blog post; no publication date is given, so the date is the latest date the post "
        "cites (DR P1 Orientering and Vejle's Børne & Familieudvalg, both 21 May 2015). It cites DR P1 "
        "Orientering of 15 and 21 May 2015, socialraadgiverne.dk (7 May 2015) and Vejle Kommune's "
        "evaluation (Bilag 1, committee minutes 21 May 2015, pkt. 56). Mainly about Herning and Vejle; "
        "Hedensted, Rødovre, Hvidovre, Horsens, Brønderslev, Nyborg and København are named as on their "
        "way with the same approach.",
    },
    "003_8678fb8c5aa97d63.txt": {
        "id": "roedovre-genopretningsplan-2023-2025",
        "title": "Genopretningsplan 2023-2025",
        "municipality": "Rødovre",
        "date": dt.date(2023, 1, 1),
        "source_type": "official_plan",
        "source": "Rødovre Kommune, Social- og Sundhedsforvaltningen (plan text; publication details not "
        "given); seed file 003_8678fb8c5aa97d63.txt",
        "notes": "The text gives no date. It was written in 2023: it covers 2023-2025, refers to 'den "
        "budgetresolution fra 2023' and to measures that 'igangsættes i efteråret 2023' (still ahead) while "
        "others are 'påbegyndt'. Only the year is certain, so the date is the first day of 2023. The "
        "municipality is named in the text (Rødovre Kommune).",
    },
    "004_51b4e4c690629006.txt": {
        "id": "stevns-2018-genopretningsplan-task-force",
        "title": "Stevns Kommune søsætter ambitiøs genopretningsplan for de udsatte børn og unge",
        "municipality": "Stevns",
        "date": dt.date(2018, 6, 15),
        "source_type": "press_release",
        "source": "Stevns Kommune, news item on the municipality's website (dated 15 June 2018, last "
        "updated 15.06.2018); seed file 004_51b4e4c690629006.txt",
        "notes": "The plan was to be approved by Kommunalbestyrelsen on Wednesday 27 June (2018) after "
        "the committees for Børn, Unge og Læring and Økonomi.",
    },
}


def render(meta: DocumentMeta, body: str) -> str:
    """Front matter (only the fields that are set) between '---' lines, then the body."""
    fields = meta.model_dump(exclude_defaults=False)
    front = {k: v for k, v in fields.items() if v not in (None, [], "")}
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{head}---\n\n{body}\n"


def build(seed_dir: Path) -> dict[str, str]:
    """File name -> file content for every seed in the table."""
    out: dict[str, str] = {}
    for seed_name, fields in SEEDS.items():
        path = seed_dir / seed_name
        if not path.is_file():
            raise SystemExit(f"{path}: seed file not found (use --seeds to point at the seeds folder)")
        body = clean_text(path.read_text(encoding="utf-8"))
        meta = DocumentMeta(**fields)
        if meta.title not in body.split("\n"):
            raise SystemExit(f"{seed_name}: title is not a line of the cleaned text: {meta.title!r}")
        out[f"{meta.id}.md"] = render(meta, body)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder with the seed .txt files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the .md documents go")
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing")
    args = parser.parse_args(argv)
    files = build(args.seeds)
    stale = [
        n
        for n, text in files.items()
        if not (args.out / n).is_file() or (args.out / n).read_text(encoding="utf-8") != text
    ]
    if args.check:
        for name in stale:
            print(f"out of date: {args.out / name}")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} documents to {args.out} ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
