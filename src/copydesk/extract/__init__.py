"""Extract stage: HTML page → article fields."""

from copydesk.extract.page import Extracted, extract_page, extract_text
from copydesk.extract.stage import ExtractStage

__all__ = ["ExtractStage", "Extracted", "extract_page", "extract_text"]
