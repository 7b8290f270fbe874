"""End-to-end: a real headless chromium drives the page over a store of hand-written records."""

import importlib.util
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
FIXTURE = Path(__file__).parents[1] / "fixtures" / "explore_records.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing (apt-get install chromium)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
uvicorn = pytest.importorskip("uvicorn")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    from copydesk.service import LOOPBACK, create_app

    spec = importlib.util.spec_from_file_location("explore_records", FIXTURE)
    records = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(records)
    app = create_app(records.build_store(tmp_path / "s.db"), allowed_hosts=LOOPBACK)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def _shot(page, tmp_path, name):
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    keep = os.environ.get("COPYDESK_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / name)
    return path


def test_search_read_and_hostile_content(server, tmp_path):
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        problems: list[str] = []
        page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: problems.append(str(exc)))

        page.goto(server + "/")
        page.fill("#q", "dockworkers")
        page.press("#q", "Enter")
        page.wait_for_selector(".hit")
        assert page.locator("#result-count").inner_text().startswith("2 articles")
        assert page.locator(".facet-group").count() >= 3
        page.get_by_role("link", name="Rotterdam dockworkers strike over pay").click()

        page.wait_for_selector(".reading")
        quote = page.locator(".reading .ann-quote").first
        assert "Lena Brandt" in quote.get_attribute("title")
        assert page.locator(".reading .ann-entity").count() >= 2
        assert page.locator(".reading .ann-event").count() >= 2
        removed = page.locator(".reading .removed del").first
        assert removed.inner_text() == "Advertisement"
        assert "line-through" in removed.evaluate("e => getComputedStyle(e).textDecorationLine")
        assert page.locator(".reading .removed .reason").first.inner_text().lower() == "ad"
        _shot(page, tmp_path, "reading.png")

        page.goto(server + "/#/?q=comments")
        page.wait_for_selector(".hit")
        page.locator(".hit-title").first.click()
        page.wait_for_selector(".reading")
        body = page.locator(".reading").inner_text()
        assert "<script>window.__pwned = 1</script>" in body
        assert '<img src=x onerror="window.__pwned = 1">' in body
        assert '<b onmouseover="window.__pwned = 1">Sponsored</b>' in body
        assert page.locator(".reading img, .reading script, .reading b, h1 img").count() == 0
        assert page.locator(".reading a.source").count() == 0, "a javascript: URL is never linked"
        page.locator(".reading .ann").first.hover()
        assert page.evaluate("window.__pwned") is None, "hostile markup must not run"
        _shot(page, tmp_path, "hostile.png")

        page.goto(server + "/#/plots")
        page.wait_for_selector("svg.plot")
        assert page.locator("svg.plot").count() == 3
        assert page.locator("svg.plot polyline").count() >= 2
        _shot(page, tmp_path, "plots.png")
        assert not [p for p in problems if "Content Security Policy" in p or "Uncaught" in p], problems

        page.goto(server + "/docs")  # vendored Swagger UI, served from this server only
        page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
        assert page.locator(".swagger-ui .opblock").count() >= 4
        browser.close()
