"""Reading files into documents and chunks: formats, cleaning, privacy-safe text, sections, tables, OCR."""
