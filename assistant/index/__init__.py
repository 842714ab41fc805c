"""The searchable index: embeddings, the Chroma store (embedded or server), sentence vectors, bulk loading."""
