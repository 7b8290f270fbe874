"""Choose between the mypyc-compiled clean modules (`setup.py`) and their Python sources.

The compiled modules sit beside their sources and Python's import system prefers them. They are
one unit (they call each other directly, not through imports), so either all run or none: the
sources run instead when `COPYDESK_PURE=1` is set, or when any source differs from the one that
was compiled (edited since the build, by content digest in `compiled.json`; `make build` compiles
again). Imported by `copydesk.clean` before any of its modules.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

_HERE = Path(__file__).parent
_PACKAGE = __name__.rpartition(".")[0]
#: Written by `setup.py` (`RecordingBuildExt`) at build time: module stem -> sha256 of the source it
#: compiled. setup.py spells the name itself: it cannot import the package it builds.
DIGEST_FILE = "compiled.json"


def compiled_modules(directory: Path = _HERE) -> list[str]:
    """Stems of the compiled modules that have a source beside them."""
    found = set()
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in directory.glob(f"*{suffix}"):
            stem = path.name[: -len(suffix)]
            if (directory / f"{stem}.py").exists():
                found.add(stem)
    return sorted(found)


def stale_modules(stems: list[str], directory: Path = _HERE) -> list[str]:
    """Stems whose source is not the one that was compiled (or whose digest is unknown)."""
    try:
        built = json.loads((directory / DIGEST_FILE).read_text())
    except (OSError, ValueError):
        return list(stems)
    return [stem for stem in stems
            if built.get(stem) != hashlib.sha256((directory / f"{stem}.py").read_bytes()).hexdigest()]


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the listed clean modules as their `.py` sources, ahead of the compiled files."""

    def __init__(self, stems: list[str], directory: Path) -> None:
        self.stems = frozenset(stems)
        self.directory = directory

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        package, _, stem = fullname.rpartition(".")
        if package != _PACKAGE or stem not in self.stems:
            return None
        return importlib.util.spec_from_file_location(fullname, self.directory / f"{stem}.py")


def choose_sources(directory: Path = _HERE) -> bool:
    """Route the clean modules to their sources when asked or when the build is stale; True when
    the sources will run (also when nothing was compiled)."""
    compiled = compiled_modules(directory)
    if not compiled:
        return True
    pure = os.environ.get("COPYDESK_PURE") == "1"
    stale = [] if pure else stale_modules(compiled, directory)
    if not pure and not stale:
        return False
    if stale:
        warnings.warn(f"copydesk: {', '.join(stale)} changed since the clean stage was compiled; running "
                      "its Python sources (`make build` compiles it again)", RuntimeWarning, stacklevel=2)
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(compiled, directory))
    return True
