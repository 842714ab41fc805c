"""The app: `make run`, or `streamlit run streamlit_app.py`. All logic lives in ``assistant.ui``."""

from assistant.ui.app import main

main()
