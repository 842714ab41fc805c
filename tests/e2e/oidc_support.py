"""A loopback OpenID Connect provider for the ``oidc`` sign-in test: just enough of one for Streamlit's
``st.login`` (Authlib) to run the real authorization-code flow against it.

It publishes discovery metadata and a signing key, "signs in" whoever the test put in ``next_claims``
at the authorize endpoint (no form: the person is taken as already authenticated, which is the one
thing a real provider does that this one does not), and answers the code exchange with an RS256 ID
token carrying the nonce Authlib sent. Streamlit verifies the token's signature, issuer, audience,
expiry and nonce as it would against Entra ID.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from auth_support import free_port
from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "kommune-assistent"
CLIENT_SECRET = "loopback-secret"


class LoopbackIdP:
    """An OIDC provider on 127.0.0.1 in a background thread."""

    def __init__(self) -> None:
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.key = RSAKey.generate_key(2048, parameters={"kid": "loopback-1", "use": "sig"})
        self.next_claims: dict[str, Any] = {}
        self._codes: dict[str, dict[str, Any]] = {}
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None

    def secrets_toml(self, app_url: str) -> str:
        """The ``[auth]`` section Streamlit reads, as the municipality would write it for Entra ID."""
        return (
            "[auth]\n"
            f'redirect_uri = "{app_url}/oauth2callback"\n'
            f'cookie_secret = "{secrets.token_urlsafe(32)}"\n'
            f'client_id = "{CLIENT_ID}"\n'
            f'client_secret = "{CLIENT_SECRET}"\n'
            f'server_metadata_url = "{self.issuer}/.well-known/openid-configuration"\n'
        )

    def start(self) -> LoopbackIdP:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/.well-known/openid-configuration", self._metadata)
        app.router.add_get("/jwks", self._jwks)
        app.router.add_get("/authorize", self._authorize)
        app.router.add_post("/token", self._token)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def _metadata(self, request: web.Request) -> web.Response:
        return web.json_response({
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        })

    async def _jwks(self, request: web.Request) -> web.Response:
        return web.json_response({"keys": [self.key.as_dict(private=False)]})

    async def _authorize(self, request: web.Request) -> web.Response:
        query = request.query
        if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code":
            return web.Response(status=400, text="bad authorization request")
        code = secrets.token_urlsafe(16)
        self._codes[code] = {"claims": dict(self.next_claims), "nonce": query.get("nonce")}
        target = f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query.get('state', '')})}"
        raise web.HTTPFound(target)

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        grant = self._codes.pop(str(form.get("code", "")), None)
        if grant is None:
            return web.json_response({"error": "invalid_grant"}, status=400)
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "iat": now, "exp": now + 300, **grant["claims"]}
        if grant["nonce"]:
            claims["nonce"] = grant["nonce"]
        id_token = jwt.encode({"alg": "RS256", "kid": "loopback-1"}, claims, self.key)
        return web.json_response(
            {"access_token": secrets.token_urlsafe(16), "token_type": "Bearer", "expires_in": 300, "id_token": id_token}
        )
