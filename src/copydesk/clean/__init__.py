"""Clean stage: in-body junk-line removal."""

from copydesk.clean._sources import choose_sources

#: Whether the clean modules run from their Python sources rather than compiled (`setup.py`).
FROM_SOURCES = choose_sources()

from copydesk.clean.site import SiteLineStats  # noqa: E402 - after choosing how its modules load
from copydesk.clean.stage import Cleaned, CleanStage, SiteCleanStage, clean_lines  # noqa: E402

__all__ = ["FROM_SOURCES", "CleanStage", "Cleaned", "SiteCleanStage", "SiteLineStats", "clean_lines"]
