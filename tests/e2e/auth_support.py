"""Test support for header sign-in: a Streamlit server in ``header`` mode and a loopback reverse proxy.

The proxy stands where a municipality's sign-in proxy stands: the browser talks to it, it passes every
request and the WebSocket on to Streamlit, and it connects *from its own address* (127.0.0.2, which
Linux routes on the loopback interface like 127.0.0.1). The app is told to trust only 127.0.0.2, so the
very same headers sent by the browser straight to Streamlit (peer 127.0.0.1) must be ignored: the test
of the proxy check compares two real TCP peers, not a mocked address.

What it does not prove: a real proxy signs people in and overwrites any user header the browser sends;
this one passes the browser's headers through (Playwright sets them), so it stands for the proxy after
sign-in. The app-side rule tested is the one that matters: headers count only from the proxy's address.
"""

from __future__ import annotations

import asyncio
import threading

import aiohttp
from aiohttp import web
from server_support import free_port, start_streamlit, stop, wait_healthy

__all__ = ["PROXY_SOURCE", "LoopbackProxy", "free_port", "start_streamlit", "stop", "wait_healthy"]

PROXY_SOURCE = "127.0.0.2"
# Per-connection headers a proxy never forwards (RFC 9110 §7.6.1), plus the ones aiohttp sets itself.
_HOP = {
    "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
    "content-length", "sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions",
    "sec-websocket-protocol", "sec-websocket-accept",
}


def _forwarded(request: web.Request) -> dict[str, str]:
    headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP}
    headers["X-Forwarded-For"] = request.remote or ""  # as a real proxy does; the app must not believe it
    return headers


class LoopbackProxy:
    """An HTTP + WebSocket reverse proxy on 127.0.0.1 that connects upstream from 127.0.0.2."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    def start(self) -> LoopbackProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _start(self) -> None:
        connector = aiohttp.TCPConnector(local_addr=(PROXY_SOURCE, 0), force_close=True)
        self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        app = web.Application(client_max_size=200 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def _stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await self._websocket(request)
        assert self._session is not None
        async with self._session.request(
            request.method, self.upstream + str(request.rel_url), headers=_forwarded(request),
            data=await request.read(), allow_redirects=False,
        ) as upstream:
            body = await upstream.read()
            headers = {k: v for k, v in upstream.headers.items() if k.lower() not in _HOP}
            return web.Response(status=upstream.status, body=body, headers=headers)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        offered = [p.strip() for p in request.headers.get("Sec-WebSocket-Protocol", "").split(",") if p.strip()]
        url = self.upstream.replace("http", "ws", 1) + str(request.rel_url)
        async with self._session.ws_connect(
            url, headers=_forwarded(request), protocols=offered, max_msg_size=0, autoping=True
        ) as upstream:
            chosen = (upstream.protocol,) if upstream.protocol else ()
            client = web.WebSocketResponse(protocols=chosen, max_msg_size=0)
            await client.prepare(request)

            async def pump(source: web.WebSocketResponse | aiohttp.ClientWebSocketResponse,
                           target: web.WebSocketResponse | aiohttp.ClientWebSocketResponse) -> None:
                async for message in source:
                    if message.type == aiohttp.WSMsgType.BINARY:
                        await target.send_bytes(message.data)
                    elif message.type == aiohttp.WSMsgType.TEXT:
                        await target.send_str(message.data)
                    else:
                        break
                await target.close()

            await asyncio.gather(pump(client, upstream), pump(upstream, client), return_exceptions=True)
            return client
