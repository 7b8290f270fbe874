"""Readers: HTML, WARC, JSON lines and plain text files into `Article`s."""

from copydesk.read.sources import iter_files, read_file, read_inputs

__all__ = ["iter_files", "read_file", "read_inputs"]
