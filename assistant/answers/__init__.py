"""From evidence to a cited answer: extractive answers, comparisons, citations, the optional LLM, export."""
