"""A tiny OpenAI-compatible chat server on loopback, for tests that go through the real client.

Use it as a context manager; it listens on 127.0.0.1 on a free port, answers
``POST /v1/chat/completions`` from a script of canned replies, records every request body, and shuts
itself down when the ``with`` block ends or after ``max_seconds`` at the latest::

    with chat_server(["Herning sparede 4,4 mio. kr. [1]."]) as server:
        settings = Settings(llm="openai-compatible", llm_base_url=server.base_url, llm_model="fake")
        ...
    assert server.requests[0]["messages"][0]["role"] == "system"

A script is a list of replies (one per request, in order; a request after the last one gets HTTP 500)
or a function of the request body. A reply is a string (the assistant message) or a ``Reply`` with a
status code or a delay (to make the client time out).
"""

from __future__ import annotations

import html
import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """One canned response: the assistant text, or an HTTP error status, after an optional delay."""

    content: str = ""
    status: int = 200
    delay: float = 0.0


Script = Sequence[Reply | str] | Callable[[dict[str, Any]], Reply | str]


@dataclass
class ChatServer:
    """What a test sees of the running server."""

    base_url: str
    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)


def completion(content: str, model: str = "fake") -> dict[str, Any]:
    """A minimal chat.completion object as the OpenAI API returns it."""
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def passages_in(body: dict[str, Any]) -> dict[int, str]:
    """The numbered passages the assistant put into a request (unescaped), by id."""
    text = "\n".join(str(m.get("content", "")) for m in body.get("messages", []))
    found = re.finditer(r'<passage id="(\d+)"[^>]*>\n?(.*?)\n?</passage>', text, flags=re.DOTALL)
    return {int(m.group(1)): html.unescape(m.group(2)) for m in found}


def quote_first_passage(body: dict[str, Any]) -> Reply:
    """A faithful answer to any request: a sentence of passage 1 verbatim, cited [1].

    The first sentence with a figure is preferred, so the number check has something to verify.
    """
    passages = passages_in(body)
    if not passages:
        return Reply("NO_ANSWER")
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", passages[min(passages)].strip())
    chosen = next((s for s in sentences if re.search(r"\d", s)), sentences[0])
    return Reply(f"{chosen.strip().rstrip('.')} [{min(passages)}].")


def _next_reply(script: Script, body: dict[str, Any], count: int) -> Reply:
    if callable(script):
        reply = script(body)
    elif count < len(script):
        reply = script[count]
    else:
        reply = Reply(status=500, content="the test script has no more replies")
    return Reply(reply) if isinstance(reply, str) else reply


@contextmanager
def chat_server(script: Script, max_seconds: float = 60.0) -> Iterator[ChatServer]:
    """Run the fake server for the duration of a ``with`` block (and never longer than ``max_seconds``)."""
    stopping = threading.Event()
    lock = threading.Lock()
    state = ChatServer(base_url="")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
            pass

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test): nothing to answer

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})
            else:
                self._send(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
                return
            with lock:
                count = len(state.requests)
                state.requests.append(body)
                state.headers.append({k.lower(): v for k, v in self.headers.items()})
            reply = _next_reply(script, body, count)
            if reply.delay and stopping.wait(reply.delay):
                return  # the server is stopping: do not keep a thread sleeping
            if reply.status != 200:
                error = {"message": reply.content or f"HTTP {reply.status}", "type": "server_error"}
                self._send(reply.status, {"error": error})
                return
            self._send(200, completion(reply.content, str(body.get("model", "fake"))))

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    watchdog = threading.Timer(max_seconds, server.shutdown)
    watchdog.daemon = True
    thread.start()
    watchdog.start()
    try:
        yield state
    finally:
        stopping.set()
        watchdog.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
