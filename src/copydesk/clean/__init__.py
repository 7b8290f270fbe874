"""Clean stage: in-body junk-line removal."""

from copydesk.clean.stage import Cleaned, CleanStage, clean_lines

__all__ = ["CleanStage", "Cleaned", "clean_lines"]
