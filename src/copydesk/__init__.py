"""copydesk: scraped news in, clean and structured article records out."""

from copydesk.api import Summary, clean, extract, run
from copydesk.article import Article, ErrorInfo, Removed
from copydesk.config import Config
from copydesk.errors import CleanError, CopydeskError, ExtractError, OutputError, ReadError

__version__ = "0.1.0"

__all__ = [
    "Article", "CleanError", "Config", "CopydeskError", "ErrorInfo", "ExtractError", "OutputError",
    "ReadError", "Removed", "Summary", "clean", "extract", "run",
]
