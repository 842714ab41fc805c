"""Who this browser session is: Streamlit's request details handed to ``assistant.access.auth``.

The proxy check needs the address of the TCP peer that opened the session's WebSocket.
``st.context.ip_address`` cannot give it: it turns 127.0.0.1 and ::1 into None, and a reverse proxy on
the same machine is exactly such a peer. So the peer is read where Streamlit itself reads it for its
own local-only checks (the session client's ``client_context.remote_ip``), falling back to
``st.context.ip_address`` if a future Streamlit moves it; a missing address is never a proxy.
"""

from __future__ import annotations

import os
from typing import NoReturn

import streamlit as st
from streamlit.errors import StreamlitAuthError

from assistant.access import audit
from assistant.access.auth import AccessDenied, Action, HeaderSource, Request, User, peer_problem, source_for
from assistant.config import Settings, load_settings
from assistant.ui.state import tr

USER = "auth_user"
LOGGED = "auth_login_logged"
ROLE_KEYS = {"reader": "ui_auth_role_reader", "editor": "ui_auth_role_editor", "admin": "ui_auth_role_admin"}


def _peer() -> str | None:
    try:
        from streamlit.runtime import get_instance
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        ctx = get_script_run_ctx()
        client = get_instance().get_client(ctx.session_id) if ctx else None
        context = client.client_context if client is not None else None
        return str(context.remote_ip) if context is not None and context.remote_ip else None
    except (AttributeError, RuntimeError):
        return st.context.ip_address


def _claims(settings: Settings) -> dict[str, object] | None:
    if settings.auth != "oidc":
        return None
    return dict(st.user.to_dict())


def request_info(settings: Settings) -> Request:
    """This session's headers (from the WebSocket handshake), peer address and OIDC claims."""
    if settings.auth != "header":
        return Request(claims=_claims(settings))
    sent = st.context.headers
    repeated = frozenset(k.casefold() for k in sent if len(sent.get_all(k)) > 1)
    return Request(headers=dict(sent.to_dict()), repeated=repeated, peer=_peer())


def _refuse(settings: Settings) -> NoReturn:
    """The page for a session that names no allowed user; it stops the script run."""
    st.title(tr("ui_auth_title"))
    logged_in = bool((_claims(settings) or {}).get("is_logged_in"))  # st.user lacks the key when unset
    if settings.auth == "oidc" and not logged_in:
        st.info(tr("ui_auth_oidc_intro"), icon=":material/login:")
        if st.button(tr("ui_auth_login"), key="auth_login", icon=":material/login:", type="primary"):
            try:
                st.login()
            except StreamlitAuthError as exc:  # no or a broken [auth] section in .streamlit/secrets.toml
                st.error(tr("ui_auth_oidc_unconfigured", message=str(exc)), icon=":material/error:")
    elif settings.auth == "oidc":
        st.error(tr("ui_auth_no_role"), icon=":material/block:")
        st.button(tr("ui_auth_logout"), key="auth_logout", on_click=st.logout, icon=":material/logout:")
    elif HeaderSource(settings).signed_in_without_role(request_info(settings)):
        st.error(tr("ui_auth_no_role"), icon=":material/block:")
    else:
        st.error(tr("ui_auth_header_missing"), icon=":material/block:")
    st.stop()


def sign_in(settings: Settings) -> User:
    """The signed-in user of this session, or a sign-in/refusal page and a stopped run.

    The first time a session is identified, the sign-in goes into the audit log.
    """
    problem = peer_problem(settings, os.environ)
    if problem:
        st.error(tr("ui_error", message=problem), icon=":material/error:")
        st.stop()
    user = source_for(settings).identify(request_info(settings))
    if user is None:
        st.session_state.pop(USER, None)
        _refuse(settings)
    st.session_state[USER] = user
    if st.session_state.get(LOGGED) != user.name and user.mode != "none":
        audit.record(settings, user, "login")
        st.session_state[LOGGED] = user.name
    return user


def current_user() -> User:
    """The user ``sign_in`` found on this run; a page drawn on its own (tests) identifies the session here."""
    user = st.session_state.get(USER)
    if isinstance(user, User):
        return user
    settings = load_settings()
    found = None if peer_problem(settings, os.environ) else source_for(settings).identify(request_info(settings))
    if found is None:
        raise AccessDenied("no signed-in user in this session")
    st.session_state[USER] = found
    return found


def allowed(action: Action) -> bool:
    try:
        return current_user().can(action)
    except AccessDenied:
        return False


def user_badge(user: User) -> None:
    """At the top of the sidebar: who is signed in and as what, or that the app runs without login."""
    if user.mode == "none":
        st.sidebar.caption(tr("ui_auth_local_mode"), help=tr("ui_auth_local_mode_help"))
        return
    # The name comes from a header or a token: plain text, never Markdown (which would make it a mailto link).
    st.sidebar.text(tr("ui_auth_signed_in", name=user.name, role=tr(ROLE_KEYS[user.role])))
    if user.mode == "oidc":
        st.sidebar.button(tr("ui_auth_logout"), key="auth_logout", on_click=st.logout, icon=":material/logout:",
                          type="tertiary")
