"""ASGI guard in front of the app: size limits and security headers on every response.

Oversize paths, query strings and bodies get a clear 414/413 before any route runs, so no
handler ever sees them. Every response carries a strict Content-Security-Policy (scripts and
styles only from this server, no inline script, nothing from elsewhere), nosniff and
no-referrer; with `allowed_hosts`, requests for other Host names (DNS rebinding) get 400.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
#: Swagger UI sets style attributes while rendering; scripts stay 'self' only.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


@dataclass(frozen=True, slots=True)
class Limits:
    #: Longest URL path: ids are 20 hex digits; anything near this is not a real request.
    max_path: int = 1024
    #: Longest query string: every filter together fits in well under 1 KB.
    max_query: int = 4096
    #: Largest request body (the JSON search request is a few hundred bytes).
    max_body: int = 16 * 1024


class Guard:
    def __init__(self, app: App, limits: Limits | None = None,
                 allowed_hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.limits = limits or Limits()
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refuse(scope)
        if refusal:
            await _reply(send, *refusal)
            return
        body = await _read_body(receive, self.limits.max_body)
        if body is None:
            await _reply(send, 413, f"request body over {self.limits.max_body} bytes")
            return
        await self.app(scope, _replay(body, receive), _with_headers(send, scope.get("path", "")))

    def _refuse(self, scope: Scope) -> tuple[int, str] | None:
        headers = dict(scope.get("headers") or [])
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").rsplit(":", 1)[0].strip("[]").lower()
            if host not in self.allowed_hosts:
                return 400, "unknown Host header"
        if len(scope.get("raw_path") or scope.get("path", "").encode()) > self.limits.max_path:
            return 414, f"path over {self.limits.max_path} bytes"
        if len(scope.get("query_string") or b"") > self.limits.max_query:
            return 414, f"query string over {self.limits.max_query} bytes"
        length = headers.get(b"content-length", b"0")
        if not length.isdigit():
            return 400, "bad Content-Length"
        if int(length) > self.limits.max_body:
            return 413, f"request body over {self.limits.max_body} bytes"
        return None


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None as soon as it exceeds `limit` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, upstream: Receive) -> Receive:
    """Hands the buffered body over once, then passes on the server's own messages (disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await upstream()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _with_headers(send: Send, path: str) -> Send:
    csp = DOCS_CSP if path == "/docs" else CSP

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", [])
                       if k.lower() != b"content-security-policy"]
            headers += [(b"content-security-policy", csp.encode()), *_HEADERS]
            if path.startswith("/api/"):
                headers.append((b"cache-control", b"no-store"))
            message["headers"] = headers
        await send(message)

    return wrapped


async def _reply(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"content-security-policy", CSP.encode()), *_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
