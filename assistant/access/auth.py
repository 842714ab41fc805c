"""Who is asking, and what they may do: users, roles from groups, and the three ways to sign in.

``ASSISTANT_AUTH`` picks one identity source:

- ``none``: one local user with every right, as the app has always been on a single machine;
- ``header``: a reverse proxy in front of the app has signed the person in and names them in a header
  (``X-Forwarded-Email`` and ``X-Forwarded-Groups``, as oauth2-proxy and Open WebUI use). Anyone can
  type such a header, so it counts only when the TCP connection itself comes from a configured proxy
  address (``ASSISTANT_AUTH_PROXIES``);
- ``oidc``: Streamlit's own ``st.login`` against the municipality's identity provider; the user and the
  groups come from the ID token's claims.

This module knows nothing of Streamlit: the app hands it a ``Request`` (headers, the peer address,
the claims) so the mapping is plain functions that unit tests can call. The CLI is the operator's tool
and acts as the operating-system user with every right.
"""

from __future__ import annotations

import getpass
import hashlib
import ipaddress
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from assistant.config import Settings, split_list
from assistant.errors import AssistantError

Role = Literal["reader", "editor", "admin"]
ROLES: tuple[Role, ...] = ("reader", "editor", "admin")  # each has every right of the ones before it
Action = Literal["ask", "upload", "remove", "eval", "audit", "settings"]
# The least role that may do each action.
NEEDS: dict[Action, Role] = {
    "ask": "reader",
    "upload": "editor",
    "remove": "editor",
    "eval": "admin",
    "audit": "admin",
    "settings": "admin",
}
LOCAL_USER = "lokal"
_MAX_NAME = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class AccessDenied(AssistantError):
    """The user's role does not allow the action (the UI hides such controls; this is the backstop)."""

    exit_code = 5


@dataclass(frozen=True)
class User:
    """A person as the app sees them; ``mode`` says how they were identified."""

    name: str
    role: Role
    groups: tuple[str, ...] = ()
    mode: Literal["none", "header", "oidc", "cli"] = "none"

    def can(self, action: Action) -> bool:
        return ROLES.index(self.role) >= ROLES.index(NEEDS[action])

    @property
    def local(self) -> bool:
        """The single local user and the CLI share the operator's conversations; signed-in users do not."""
        return self.mode in ("none", "cli")

    @property
    def key(self) -> str:
        """A stable folder name for the user's own files: no e-mail address in a path, no path tricks."""
        return hashlib.sha256(self.name.casefold().encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Request:
    """What the app knows about one browser session when it asks who this is."""

    headers: Mapping[str, str] = field(default_factory=dict)
    repeated: frozenset[str] = frozenset()  # lower-cased names of headers sent more than once
    peer: str | None = None  # the TCP peer address as the server saw it (not a header)
    claims: Mapping[str, object] | None = None  # st.user's claims when signed in through OIDC


class IdentitySource(Protocol):
    """One way to sign in; ``identify`` returns None when the request names no allowed user."""

    def identify(self, request: Request) -> User | None: ...


def require(user: User, action: Action) -> None:
    if not user.can(action):
        raise AccessDenied(f"{user.name} ({user.role}) may not {action}")


def clean_name(value: object) -> str | None:
    """A user name fit for logs and folders: trimmed, no control characters, bounded; None when empty."""
    if not isinstance(value, str):
        return None
    name = _CONTROL.sub("", value).strip()
    return name[:_MAX_NAME] or None


def parse_groups(value: object) -> tuple[str, ...]:
    """Groups from a header ("a, b") or a claim (a list, or the same comma string)."""
    if isinstance(value, str):
        items: Iterable[object] = value.split(",")
    elif isinstance(value, list | tuple):
        items = value
    else:
        return ()
    return tuple(g for g in (clean_name(i) for i in items) if g)


def role_for(groups: Iterable[str], settings: Settings) -> Role | None:
    """The highest role any of ``groups`` gives; None when reader groups are set and none matches."""
    have = {g.casefold() for g in groups}

    def member(setting: str) -> bool:
        return any(g.casefold() in have for g in split_list(setting))

    if member(settings.auth_admin_groups):
        return "admin"
    if member(settings.auth_editor_groups):
        return "editor"
    if not split_list(settings.auth_reader_groups) or member(settings.auth_reader_groups):
        return "reader"
    return None


def is_proxy(peer: str | None, settings: Settings) -> bool:
    """True when the connection comes from one of the configured proxy addresses or networks."""
    if not peer:
        return False
    try:
        address = ipaddress.ip_address(peer.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in network for network in settings.proxy_networks)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.casefold()
    return next((v for k, v in headers.items() if k.casefold() == wanted), None)


class LocalSource:
    """``none``: today's single-user mode; whoever reaches the port is the local user."""

    def identify(self, request: Request) -> User | None:
        return User(LOCAL_USER, "admin", mode="none")


class HeaderSource:
    """``header``: the user and groups from headers, believed only from the configured proxies."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def identify(self, request: Request) -> User | None:
        if not is_proxy(request.peer, self.settings):
            return None
        wanted = {self.settings.auth_user_header.casefold(), self.settings.auth_groups_header.casefold()}
        if wanted & {h.casefold() for h in request.repeated}:
            return None  # a proxy that appended to a browser's header instead of replacing it: ambiguous
        name = clean_name(_header(request.headers, self.settings.auth_user_header))
        if name is None:
            return None
        groups = parse_groups(_header(request.headers, self.settings.auth_groups_header) or "")
        role = role_for(groups, self.settings)
        return User(name, role, groups, "header") if role else None

    def signed_in_without_role(self, request: Request) -> bool:
        """The proxy names a person whose groups give no role: they need other words than "not signed in"."""
        if self.identify(request) is not None or not is_proxy(request.peer, self.settings):
            return False
        return clean_name(_header(request.headers, self.settings.auth_user_header)) is not None


class OidcSource:
    """``oidc``: the claims of Streamlit's ``st.user`` after ``st.login``."""

    NAME_CLAIMS = ("email", "preferred_username", "upn", "sub")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def identify(self, request: Request) -> User | None:
        claims = request.claims or {}
        if not claims.get("is_logged_in"):
            return None
        name = next((n for n in (clean_name(claims.get(c)) for c in self.NAME_CLAIMS) if n), None)
        if name is None:
            return None
        groups = parse_groups(claims.get(self.settings.auth_groups_claim))
        role = role_for(groups, self.settings)
        return User(name, role, groups, "oidc") if role else None


def source_for(settings: Settings) -> IdentitySource:
    sources: dict[str, IdentitySource] = {
        "none": LocalSource(),
        "header": HeaderSource(settings),
        "oidc": OidcSource(settings),
    }
    return sources[settings.auth]


def operator() -> User:
    """The CLI's user: the operating-system account, with every right."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        name = f"uid-{os.getuid()}" if hasattr(os, "getuid") else "operator"
    return User(name, "admin", mode="cli")


def peer_problem(settings: Settings, environ: Mapping[str, str]) -> str | None:
    """Why the app cannot see the proxy's own address, or None when it can.

    Streamlit serves through uvicorn, which by default replaces the peer address by the
    ``X-Forwarded-For`` header when the peer is 127.0.0.1: the app would then check the browser's
    address instead of the proxy's, and a local process could claim to be the proxy. Header mode
    therefore needs ``FORWARDED_ALLOW_IPS=""`` in the server's environment, which turns that off.
    """
    if settings.auth != "header":
        return None
    value = environ.get("FORWARDED_ALLOW_IPS")
    if value is not None and not split_list(value):
        return None
    return (
        "ASSISTANT_AUTH=header needs the app started with FORWARDED_ALLOW_IPS='' "
        "(otherwise the server replaces the proxy's address with X-Forwarded-For)"
    )
