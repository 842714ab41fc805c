"""The Streamlit face of the package: pages are short scripts that call ``assistant.service``."""
