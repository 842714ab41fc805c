# ruff: noqa: E501  (the questions are kept as the review wrote them, one per line)
"""Near questions a review of the seventeenth session's readings found wrong figures in (``eval/redteam/README.md``,
review 18): each now asks, or gives the right figure, and never states the wrong one in its results."""

from __future__ import annotations

import re

import pytest
from calc_support import cite

from assistant.calc.chat import answer_calculation

# (review id, question, language, the wrong figure the answer gave)
WRONG_BEFORE = [
    (
        "A1",
        "We have 14 children in residential care at DKK 1.1m a year. Foster care costs DKK 420k. 4 of them cannot go to foster care. If the rest move to foster care, what do we save a year?",
        "en",
        "2,720,000",
    ),
    (
        "A2",
        "Vi har 14 børn på institution til 1,1 mio. kr. om året. Plejefamilie koster 420.000 kr. 4 af dem kan ikke flytte til plejefamilie. Hvad sparer vi, hvis de øvrige flytter?",
        "da",
        "2.720.000",
    ),
    (
        "A3",
        "We have 14 children in residential care at DKK 1.1m a year. Foster care costs DKK 420k. We want to move all but 4 of them to foster care. What's the saving?",
        "en",
        "2,720,000",
    ),
    (
        "A4",
        "Vi har 14 børn på institution til 1,1 mio. kr. om året. Plejefamilie koster 420.000 kr. Kun 4 af dem kan komme i plejefamilie. Hvad sparer vi, hvis resten også flyttes?",
        "da",
        "2.720.000",
    ),
    (
        "A5",
        "Vi har 12 børn på institution til 1,2 mio. kr. Plejefamilie koster 400.000 kr. 4 af dem flytter hjem, og resten kommer i plejefamilie. Hvad sparer vi?",
        "da",
        "3.200.000",
    ),
    (
        "A6",
        "We have 30 caseworkers and 12 children in residential care at DKK 1.2m. Foster care costs DKK 400k. 4 of them move to the foster care team. What's the saving?",
        "en",
        "3,200,000",
    ),
    (
        "A7",
        "Vores 25 rådgivere har tilsammen 10 børn på institution til 1,2 mio. kr. om året. Plejefamilie koster 400.000 kr. Hvis 3 af dem går over til plejefamilieteamet, hvad sparer vi så?",
        "da",
        "2.400.000",
    ),
    (
        "B2",
        "We have 12 children in residential care at DKK 1.2m. Foster care costs DKK 400k. If 25% of them go to foster care and 25% go home, what's the saving?",
        "en",
        "2,400,000",
    ),
    (
        "C1",
        "A residential place costs DKK 1.2m a year. The placement starts in 3 months. What does it cost for the rest of the year?",
        "en",
        "300,000",
    ),
    (
        "C2",
        "A residential place costs DKK 1.2m a year. 3 children will be placed in 4 months' time. What does that cost this year?",
        "en",
        "1,200,000",
    ),
    (
        "C3",
        "A residential place costs DKK 1.2m a year. In 6 months the price goes up. What do 4 placements cost for a year?",
        "en",
        "2,400,000",
    ),
    (
        "C4",
        "A residential place costs DKK 1.2m a year. 3 children have been placed for 8 months already. What will they cost over a full year?",
        "en",
        "2,400,000",
    ),
    (
        "C5",
        "En plads på institution koster 1,2 mio. kr. om året. 3 børn har været anbragt i 8 måneder. Hvad koster de på et år?",
        "da",
        "2.400.000",
    ),
    (
        "C6",
        "A residential place costs DKK 1.2m a year. 3 children have been waiting for 6 months. What would placing them for a year cost?",
        "en",
        "1,800,000",
    ),
    (
        "C7",
        "Et opholdssted koster 1,2 mio. kr. om året. 2 børn har været i plejefamilie i 6 måneder. Hvad koster et år på opholdsstedet for dem?",
        "da",
        "1.200.000",
    ),
    (
        "D1",
        "Afdelingens budget er 42 mio. kr., men vi har brugt 12 mio. kr. allerede. Vi har 26 rådgivere til 590.000 kr. Hvad er der tilbage?",
        "da",
        "26.660.000",
    ),
    (
        "D2",
        "Our budget is DKK 42m, of which DKK 10m is already committed. We have 26 social workers at DKK 590,000 each. What's left?",
        "en",
        "26,660,000",
    ),
    (
        "D3",
        "The budget is DKK 42m. We have 26 social workers at DKK 590,000, with a saving of DKK 1m from vacancies. What is left?",
        "en",
        "26,660,000",
    ),
    (
        "D4",
        "Budgettet er 42 mio. kr., heraf 20 mio. kr. til løn. Vi har 26 rådgivere til 590.000 kr. Hvor meget er der tilbage af lønbudgettet?",
        "da",
        "26.660.000",
    ),
    (
        "D5",
        "The budget is DKK 42m. 26 social workers at DKK 590,000 each take up part of it, and placements take DKK 20m. What is left?",
        "en",
        "26,660,000",
    ),
    (
        "D6",
        "The budget is DKK 42m. We have 26 social workers at a total cost of DKK 15.3m. What share of the budget do they take?",
        "en",
        "947.14%",
    ),
    (
        "D7",
        "Budgettet er 42 mio. kr. Vi har 26 rådgivere til samlet 15,3 mio. kr. Hvor stor en andel af budgettet går til dem?",
        "da",
        "947,14 %",
    ),
    (
        "D8",
        "Budgettet er 42 mio. kr. Vi har 26 rådgivere, der tilsammen koster 15,3 mio. kr. Hvad er der tilbage?",
        "da",
        "-355.800.000",
    ),
    ("D9", "The budget is DKK 42m. Our 26 social workers cost DKK 15.3m in all. What is left?", "en", "-355,800,000"),
    (
        "D10",
        "Budgettet er 42 mio. kr. Vi har 26 rådgivere, og de koster i alt 590.000 kr. pr. måned. Hvor meget er der tilbage?",
        "da",
        "-142.080.000",
    ),
    (
        "D11",
        "Budgetrammen er øget med 8 mio. kr. Vi har 5 anbringelser på institution til 1,2 mio. kr. Hvor meget er der tilbage af rammen?",
        "da",
        "2.000.000",
    ),
    (
        "D12",
        "Our budget went up by DKK 8m this year. We have 5 residential placements at DKK 1.2m each. What share of the budget do they take?",
        "en",
        "75%",
    ),
    (
        "D13",
        "The budget is DKK 42m a year. We have 26 social workers at DKK 590,000 each. What is left per month?",
        "en",
        "26,660,000",
    ),
    (
        "D14",
        "Our budget is DKK 4.2m per month. We have 26 social workers at DKK 590,000 each. How much is left each month?",
        "en",
        "35,060,000",
    ),
    (
        "D15",
        "Our placement budget is DKK 30m. We have 28 residential placements at DKK 1.2m each. How much over budget are we per month?",
        "en",
        "3,600,000",
    ),
    (
        "D16",
        "The placement budget is DKK 30m for the first half-year. We have 20 residential placements at DKK 1.2m a year. What's left?",
        "en",
        "6,000,000",
    ),
    (
        "D17",
        "The budget is DKK 42m. We have 26 social workers at DKK 590,000 for half a year. What is left?",
        "en",
        "26,660,000",
    ),
    (
        "E1",
        "Cases went from 600 to 780 while we went from 24 to 26 caseworkers. How many caseworkers do we need to keep the old caseload?",
        "en",
        "8",
    ),
    (
        "E2",
        "Sagerne er steget fra 600 til 780. Vi har 24 rådgivere, og 2 af dem går på pension. Hvor mange skal vi ansætte for at holde det gamle sagstal?",
        "da",
        "8",
    ),
    (
        "F1",
        "We hire 4 caseworkers at DKK 600,000 a year, plus a one-off recruitment fee of DKK 50,000 per hire, but 2 of them are internal transfers with no fee. What does it cost in the first year?",
        "en",
        "2,600,000",
    ),
    (
        "F2",
        "We hire 4 caseworkers at DKK 600,000 a year. Each already has a laptop; the one-off for phones is DKK 5,000 per worker for all 30 workers. What does it cost in the first year?",
        "en",
        "2,420,000",
    ),
    (
        "G1",
        "We have 30 caseworkers at DKK 600,000 each and hire 4 more. What's the new yearly total?",
        "en",
        "2,400,000",
    ),
    (
        "G2",
        "Vi har 30 rådgivere til 600.000 kr. hver og ansætter 4 mere. Hvad bliver den nye total?",
        "da",
        "2.400.000",
    ),
    (
        "H1",
        "The budget for social workers' supervision and training this year is DKK 1.2m. A social worker costs DKK 600,000. How many social workers can we hire?",
        "en",
        "2",
    ),
]


@pytest.mark.parametrize(("rid", "question", "lang", "wrong"), WRONG_BEFORE, ids=[r[0] for r in WRONG_BEFORE])
def test_the_reviews_wrong_figures_are_gone(rid: str, question: str, lang: str, wrong: str) -> None:
    got = answer_calculation(question, lang, cite)  # type: ignore[arg-type]
    if got is None:
        return  # left to the documents: no figure stated
    results = "\n".join(got.text.split("\n\n")[0].split("\n")[1:])  # the result lines, not the reading line
    assert not re.search(rf"(?<![\d.,]){re.escape(wrong)}(?![\d]|[.,]\d)", results), (rid, results)
