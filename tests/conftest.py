from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def harbour_html() -> str:
    return (FIXTURES / "harbour.html").read_text(encoding="utf-8")
