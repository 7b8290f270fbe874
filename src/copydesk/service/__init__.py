"""`copydesk serve`: a JSON API and a web page to search and read a store."""

from __future__ import annotations

from pathlib import Path

from copydesk.service.app import create_app
from copydesk.service.guard import Limits

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def serve(store_path: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve `store_path` until interrupted. On a loopback address only loopback Host names
    are answered (a guard against DNS rebinding)."""
    import uvicorn

    from copydesk.store.sqlite import open_indexed

    open_indexed(Path(store_path)).close()  # fail early on a missing store; back-fill the index once
    app = create_app(Path(store_path), allowed_hosts=LOOPBACK if host in LOOPBACK else None)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


__all__ = ["LOOPBACK", "Limits", "create_app", "serve"]
