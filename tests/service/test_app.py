import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient

from copydesk.service import create_app
from copydesk.service.guard import Limits

FIXTURE = Path(__file__).parents[1] / "fixtures" / "explore_records.py"


@pytest.fixture
def client(tmp_path):
    spec = importlib.util.spec_from_file_location("explore_records", FIXTURE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return TestClient(create_app(module.build_store(tmp_path / "s.db")))


def test_search_with_filters_and_paging(client):
    body = client.get("/api/search", params={"q": "strike"}).json()
    assert body["total"] == 3
    assert {h["id"] for h in body["hits"]} == {"strike01", "strike02", "hostile01"}
    only = client.get("/api/search", params={"q": "strike", "site": "portnews.example"}).json()
    assert [h["id"] for h in only["hits"]] == ["strike01"]
    pair = client.get("/api/search", params={"pair": "FR-DE"}).json()
    assert [h["id"] for h in pair["hits"]] == ["talks01"]
    page = client.get("/api/search", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 4 and len(page["hits"]) == 1
    posted = client.post("/api/search", json={"q": "dockworkers", "unique": True}).json()
    assert [h["id"] for h in posted["hits"]] == ["strike01"]


def test_article_and_reading_view(client):
    body = client.get("/api/articles/strike01").json()
    assert body["record"]["title"] == "Rotterdam dockworkers strike over pay"
    kinds = [b["type"] for b in body["reading"]]
    assert kinds == ["paragraph", "removed", "paragraph", "paragraph", "removed"]
    quoted = [s for b in body["reading"] if b["type"] == "paragraph" for s in b["segments"]
              if any(m["kind"] == "quote" for m in s["marks"])]
    assert quoted and "Lena Brandt" in quoted[0]["marks"][0]["title"]
    assert client.get("/api/articles/nope").status_code == 404


def test_facets_and_aggregates(client):
    facets = client.get("/api/facets", params={"q": "strike"}).json()
    assert {f["value"] for f in facets["site"]} == {"portnews.example", "mirror.example", "evil.example"}
    agg = client.get("/api/aggregates").json()
    assert {"pair", "month", "events"} <= set(agg["pair_timeline"][0])
    assert agg["junk_by_site"] and agg["speakers"]


@pytest.mark.parametrize(("params", "status"), [
    ({"limit": 1000}, 422), ({"offset": -1}, 422), ({"q": "x" * 501}, 422),
    ({"pair": "DE"}, 422), ({"date_from": "soon"}, 422), ({"q": "x" * 5000}, 414),
])
def test_bad_or_oversize_queries_are_4xx(client, params, status):
    assert client.get("/api/search", params=params).status_code == status


def test_oversize_bodies_and_paths_are_4xx(client):
    big = client.post("/api/search", content=b"{" + b" " * 20000 + b"}",
                      headers={"content-type": "application/json"})
    assert big.status_code == 413
    assert client.post("/api/search", json={"q": "x", "extra": 1}).status_code == 422
    assert client.post("/api/search", content=b"not json", headers={"content-type": "application/json"}
                       ).status_code == 422
    assert client.get("/api/articles/" + "a" * 2000).status_code == 414
    assert client.get("/api/articles/..%2F..%2Fetc").status_code in {404, 422}


def test_security_headers_and_page(client):
    page = client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script src=\"/static/app.js\">" in page.text
    assert "onclick" not in page.text and "<script>" not in page.text, "no inline script in the page"
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/api/search" in schema["paths"] and "/api/articles/{article_id}" in schema["paths"]


def test_missing_store_is_a_clear_503(tmp_path):
    client = TestClient(create_app(tmp_path / "absent.db"))
    response = client.get("/api/search", params={"q": "x"})
    assert response.status_code == 503 and "no store" in response.json()["detail"]


def test_loopback_guard_rejects_foreign_host(tmp_path):
    client = TestClient(create_app(tmp_path / "absent.db", Limits(), frozenset({"127.0.0.1"})),
                        base_url="http://attacker.example")
    assert client.get("/").status_code == 400
