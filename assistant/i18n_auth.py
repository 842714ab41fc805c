"""Phrases about users, roles, the audit trail and rate limits, merged into ``i18n.TEXTS``."""

from __future__ import annotations

AUTH_TEXTS: dict[str, dict[str, str]] = {
    "ui_auth_title": {"da": "Log ind", "en": "Sign in"},
    "ui_auth_local_mode": {"da": "Lokal tilstand, ingen login", "en": "Local mode, no sign-in"},
    "ui_auth_local_mode_help": {
        "da": "Alle, der kan nå denne adresse, kan alt. Se README, afsnittet «Drift i kommunen», for login.",
        "en": "Anyone who can reach this address can do everything. See the README, «Drift i kommunen», for sign-in.",
    },
    "ui_auth_signed_in": {"da": "Logget ind som {name} ({role})", "en": "Signed in as {name} ({role})"},
    "ui_auth_role_reader": {"da": "læser", "en": "reader"},
    "ui_auth_role_editor": {"da": "redaktør", "en": "editor"},
    "ui_auth_role_admin": {"da": "administrator", "en": "administrator"},
    "ui_auth_header_missing": {
        "da": (
            "Du er ikke logget ind. Åbn assistenten via kommunens login-adresse; direkte adgang til serveren "
            "giver ingen adgang."
        ),
        "en": (
            "You are not signed in. Open the assistant through the municipality's sign-in address; "
            "reaching the server directly gives no access."
        ),
    },
    "ui_auth_oidc_intro": {
        "da": "Log ind med din kommunale konto for at bruge assistenten.",
        "en": "Sign in with your municipal account to use the assistant.",
    },
    "ui_auth_oidc_unconfigured": {
        "da": "Login er ikke sat op på serveren ([auth] i .streamlit/secrets.toml): {message}",
        "en": "Sign-in is not set up on the server ([auth] in .streamlit/secrets.toml): {message}",
    },
    "ui_auth_login": {"da": "Log ind", "en": "Sign in"},
    "ui_auth_logout": {"da": "Log ud", "en": "Sign out"},
    "ui_auth_no_role": {
        "da": "Din konto er ikke med i en gruppe, der giver adgang til assistenten. Kontakt din administrator.",
        "en": "Your account is not in a group that gives access to the assistant. Contact your administrator.",
    },
    "ui_auth_conversation_missing": {
        "da": "Samtalen findes ikke blandt dine samtaler. Du kan kun åbne dine egne.",
        "en": "That conversation is not among yours. You can only open your own.",
    },
    "ui_rate_limited_ask": {
        "da": "Du har stillet mange spørgsmål på kort tid. Prøv igen om {seconds} sekunder.",
        "en": "You have asked many questions in a short time. Try again in {seconds} seconds.",
    },
    "ui_rate_limited_upload": {
        "da": "Du har tilføjet mange dokumenter på kort tid. Prøv igen om {minutes} minutter.",
        "en": "You have added many documents in a short time. Try again in {minutes} minutes.",
    },
    # --- who changed the knowledge base (the Dokumenter page) ---
    "ui_col_added_by": {"da": "Tilføjet af", "en": "Added by"},
    "ui_changes_title": {"da": "Seneste ændringer", "en": "Recent changes"},
    "ui_changes_none": {
        "da": "Ingen dokumenter er tilføjet eller fjernet siden loggen blev startet.",
        "en": "No documents have been added or removed since the log was started.",
    },
    "ui_col_when": {"da": "Tidspunkt", "en": "Time"},
    "ui_col_user": {"da": "Bruger", "en": "User"},
    "ui_col_action": {"da": "Handling", "en": "Action"},
    "ui_col_documents": {"da": "Dokumenter", "en": "Documents"},
    "ui_action_upload": {"da": "tilføjet", "en": "added"},
    "ui_action_remove": {"da": "fjernet", "en": "removed"},
    "ui_action_ask": {"da": "spørgsmål", "en": "question"},
    "ui_action_eval": {"da": "evaluering", "en": "evaluation"},
    "ui_action_login": {"da": "login", "en": "sign-in"},
    "ui_docs_readonly": {
        "da": "Du kan se vidensbasen. Kun redaktører kan tilføje og fjerne dokumenter.",
        "en": "You can see the knowledge base. Only editors can add and remove documents.",
    },
    # --- the audit page (administrators) ---
    "ui_page_audit": {"da": "Log", "en": "Audit log"},
    "ui_audit_title": {"da": "Revisionslog", "en": "Audit log"},
    "ui_audit_intro": {
        "da": "Hvem spurgte, tilføjede, fjernede, evaluerede eller loggede ind, og hvornår. Spørgsmålenes tekst "
        "gemmes kun, hvis kommunen har slået det til.",
        "en": "Who asked, added, removed, evaluated or signed in, and when. Question text is stored only "
        "if the municipality turned it on.",
    },
    "ui_audit_since": {"da": "Fra dato", "en": "From date"},
    "ui_audit_empty": {"da": "Ingen hændelser i perioden.", "en": "No events in the period."},
    "ui_col_question": {"da": "Spørgsmål", "en": "Question"},
    "ui_audit_settings": {"da": "Indstillinger for login og log", "en": "Sign-in and log settings"},
    "ui_col_setting": {"da": "Indstilling", "en": "Setting"},
    "ui_col_value": {"da": "Værdi", "en": "Value"},
}
