"""Hostile requests to the web API get a clear 4xx, never a 500."""

import asyncio
import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient

from copydesk.service import create_app

FIXTURE = Path(__file__).parents[1] / "fixtures" / "explore_records.py"
JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("explore_records", FIXTURE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    store = module.build_store(tmp_path_factory.mktemp("svc") / "s.db")
    return TestClient(create_app(store), raise_server_exceptions=False)


def test_ten_megabyte_query_string_is_414(client):
    """httpx refuses to send a URL this long, so the ASGI app is called directly."""
    scope = {"type": "http", "method": "GET", "path": "/api/search", "raw_path": b"/api/search",
             "query_string": b"q=" + b"x" * 10_000_000, "headers": [(b"host", b"testserver")],
             "http_version": "1.1", "scheme": "http", "server": ("testserver", 80), "client": ("t", 1),
             "root_path": ""}
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    asyncio.run(client.app(scope, receive, send))
    assert sent[0]["type"] == "http.response.start" and sent[0]["status"] == 414


def test_huge_json_body_is_413(client):
    body = b'{"q": "' + b"x" * 5_000_000 + b'"}'
    assert client.post("/api/search", content=body, headers=JSON).status_code == 413


@pytest.mark.parametrize("body", [
    b"[" * 8000 + b"]" * 8000,
    b'{"q": ' * 2000 + b'"x"' + b"}" * 2000,
    b'{"q": {"q": {"q": {"q": []}}}}',
    b'{"q": "\xff\xfe broken"}',
    b'{"q": "\\ud800"}',
    b"\x00" * 100,
    b"",
])
def test_malformed_or_deeply_nested_json_is_4xx(client, body):
    status = client.post("/api/search", content=body, headers=JSON).status_code
    assert 400 <= status < 500, (body[:20], status)


@pytest.mark.parametrize("query", [b"q=%ff%fe", b"q=\xff\xfe", b"q=%00", b"q=%ud800", b"limit=1e999",
                                   b"offset=99999999999999999999999", b"date_from=9999-99-99"])
def test_odd_query_strings_are_never_500(client, query):
    status = client.get("/api/search?" + query.decode("latin-1")).status_code
    assert status < 500, (query, status)


def test_chunked_body_without_length_is_still_bounded(client):
    def chunks():
        for _ in range(100):
            yield b"x" * 100_000

    response = client.post("/api/search", content=chunks(), headers=JSON)
    assert response.status_code == 413
