"""Which build of the join repairer runs: compiled or source.

``setup.py`` compiles the join modules (``COMPILED``: ``cleaners.joins``, the
``cleaners.joins_*`` modules it uses and their word tables) with mypyc when the
package is installed (the repairer is most of ``clean_text``'s time; compiled
it is about 1.4 times faster). The compiled modules sit beside their sources and Python imports
them first, so that an edited source would go unnoticed until the next
install: when any compiled module is older than its source or than
``cleaners/settings.py`` (whose values mypyc inlined), or
``NEWSCLEAN_PURE_PYTHON=1`` is set, all of them are loaded from source instead
(they call each other directly when compiled, so they go together).

Imported by ``cleaners/__init__.py`` before anything imports the join modules.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

#: The compiled modules, each after those it imports.
COMPILED = (
    "wordtables",
    "joins_lexicon",
    "joins_marks",
    "joins_candidates",
    "joins_wraps",
    "joins",
)
PURE_ENV = "NEWSCLEAN_PURE_PYTHON"
HERE = Path(__file__).resolve().parent
#: Uncompiled sources whose Final values every compiled module holds inlined.
INLINED = ("settings",)


def compiled_path(name: str) -> Path | None:
    """The compiled module ``name`` beside its source, if there is one."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = HERE / f"{name}{suffix}"
        if path.exists():
            return path
    return None


def stale() -> list[str]:
    """The compiled modules older than their sources or the inlined settings."""
    inlined = max((HERE / f"{name}.py").stat().st_mtime for name in INLINED)
    out = []
    for name in COMPILED:
        path = compiled_path(name)
        source = max((HERE / f"{name}.py").stat().st_mtime, inlined)
        if path is not None and path.stat().st_mtime < source:
            out.append(name)
    return out


def load_sources() -> None:
    """Import the join modules from their sources, whatever is compiled."""
    for name in COMPILED:
        full = f"{__package__}.{name}"
        spec = importlib.util.spec_from_file_location(full, HERE / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        spec.loader.exec_module(module)


def choose() -> str:
    """Load the source modules when they must be; say which build runs."""
    if not any(compiled_path(name) for name in COMPILED):
        return "source"
    if os.environ.get(PURE_ENV) == "1":
        load_sources()
        return "source"
    old = stale()
    if old:
        warnings.warn(
            f"newsclean: compiled {', '.join(old)} older than the source or "
            "cleaners/settings.py; using the source (reinstall to compile again: make install)",
            stacklevel=2,
        )
        load_sources()
        return "source"
    return "compiled"


BUILD = choose()
