"""Typed errors of the single-document API. Batch runs turn them into error records."""


class CopydeskError(Exception):
    """Base class of every error copydesk raises on purpose."""

    stage = "pipeline"


class ReadError(CopydeskError):
    """An input could not be read or decoded."""

    stage = "read"


class ExtractError(CopydeskError):
    """No article could be extracted from a page."""

    stage = "extract"


class CleanError(CopydeskError):
    """Cleaning the extracted text failed."""

    stage = "clean"


class DocumentTimeout(CopydeskError):
    """One document took longer than the per-document time limit."""


class OutputError(CopydeskError):
    """The output cannot be opened or written."""

    stage = "write"
