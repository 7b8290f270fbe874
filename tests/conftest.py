from __future__ import annotations

import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(Path(__file__).parent))  # test helpers such as hostile_corpus


@pytest.fixture
def harbour_html() -> str:
    return (FIXTURES / "harbour.html").read_text(encoding="utf-8")
