from __future__ import annotations

import sys
from pathlib import Path

import pytest

from copydesk.enrich import EnrichStage

sys.path.insert(0, str(Path(__file__).parent))  # enrich_fixtures


@pytest.fixture(scope="session")
def stage() -> EnrichStage:
    return EnrichStage()
