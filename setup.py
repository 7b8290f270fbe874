"""Build hook: compile the clean stage's per-line modules with mypyc (bench/README, "Compiled clean
stage", for what it saves).

The Python sources stay the reference and run as they are when no C compiler is found or
`COPYDESK_PURE=1` is set at install time; `copydesk.clean` also falls back to them at run time
when a source changed after the build (`copydesk/clean/_sources.py`).
"""

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

CLEAN = Path("src/copydesk/clean")
#: The modules whose per-line work dominates `clean_lines` (profiled; bench/README).
COMPILED = [CLEAN / f"{name}.py" for name in ("features", "rules", "pagewise", "model", "needles")]
#: setup.py commands that build code; metadata steps (egg_info, dist_info, sdist) skip the compile,
#: which would otherwise run once per step of a pip install.
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}
#: The sources as mypyc reads them now, by content.
DIGESTS = {path.stem: hashlib.sha256(path.read_bytes()).hexdigest() for path in COMPILED}


class RecordingBuildExt(build_ext):
    """Once the modules are built, record beside them which sources they were built from."""

    def run(self) -> None:
        super().run()
        clean = [ext.name for ext in self.extensions if ext.name.startswith("copydesk.clean.")]
        if clean:
            built = Path(self.get_ext_fullpath(clean[0])).parent
            # the name `copydesk.clean._sources.DIGEST_FILE` reads
            (built / "compiled.json").write_text(json.dumps(DIGESTS, indent=1) + "\n")


def ext_modules() -> list:
    if _BUILDS.isdisjoint(sys.argv[1:]) or os.environ.get("COPYDESK_PURE") == "1":
        return []
    if shutil.which(os.environ.get("CC", "cc")) is None:
        print("copydesk: no C compiler found; the clean stage runs from its Python sources")
        return []
    from mypyc.build import mypycify

    # the build may run before the dependencies are installed (a fresh `pip install`), where an
    # ignore kept for the installed packages' types looks unused: not an error when compiling
    options = ["--no-warn-unused-ignores"]
    return mypycify([*options, *(str(path) for path in COMPILED)], opt_level="3", group_name="copydesk_clean")


setup(ext_modules=ext_modules(), cmdclass={"build_ext": RecordingBuildExt})
