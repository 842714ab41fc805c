"""Sources as readers see them: one entry per document, no internal notes, links to the original."""

from __future__ import annotations

from assistant.answers.blocks import TableBlock, TextBlock, split_blocks
from assistant.answers.source_groups import group_citations, panel_of, public_source, source_links
from assistant.calc.labels import output_label
from assistant.models import Citation


def _cit(number: int, doc: str, quote: str, municipality: str | None = "Herning") -> Citation:
    return Citation(id=number, doc_id=doc, title=f"Titel {doc}", municipality=municipality, date=None,
                    source_type="news", quote=quote, source="DR (dr.dk); seed file 000_abc.txt")


def test_quotes_of_one_document_share_one_panel() -> None:
    groups = group_citations([_cit(1, "a", "x"), _cit(2, "a", "y", "Vejle"), _cit(3, "b", "z")])
    assert [g.ids for g in groups] == [[1, 2], [3]]
    assert groups[0].municipalities == ["Herning", "Vejle"]
    assert panel_of(groups) == {1: 1, 2: 1, 3: 2}
    assert groups[0].source == "DR (dr.dk)" and groups[0].links == ["https://dr.dk"]


def test_maintainers_notes_are_cut_from_the_source_line() -> None:
    line = (
        "KORA; denoffentlige.dk; DR P1 via dokument herning-vejle-2015-sagstal-blog. "
        "Samlet fra projektets domænenoter (DOMAIN.md)."
    )
    assert public_source(line) == "KORA; denoffentlige.dk; DR P1"
    assert public_source("Projektets domænenoter (DOMAIN.md); dokumenterne a-b og c-d.") == ""
    assert source_links("Odense (the text refers to www.odense.dk)") == ["https://www.odense.dk"]


def test_a_markdown_table_in_an_answer_is_a_table_block() -> None:
    blocks = split_blocks("Lead.\n\n| A | B |\n|---|---|\n| 1 \\| 2 | x [1] |\n\n- tail")
    assert isinstance(blocks[0], TextBlock) and isinstance(blocks[2], TextBlock)
    table = blocks[1]
    assert isinstance(table, TableBlock) and table.header == ["A", "B"] and table.rows == [["1 | 2", "x [1]"]]
    assert split_blocks("| not a table |") == [TextBlock("| not a table |")]


def test_outputs_have_words_not_keys() -> None:
    assert output_label("staff_needed_exact", "da").startswith("Rådgivere nødvendige (præcist")
    assert output_label("missing_fte", "en") == "Missing (FTE)"
    assert "_" not in output_label("some_new_key", "da")
