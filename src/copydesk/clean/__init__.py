"""Clean stage: in-body junk-line removal."""

from copydesk.clean.site import SiteLineStats
from copydesk.clean.stage import Cleaned, CleanStage, SiteCleanStage, clean_lines

__all__ = ["CleanStage", "Cleaned", "SiteCleanStage", "SiteLineStats", "clean_lines"]
