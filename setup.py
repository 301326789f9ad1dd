"""Build hook: compile the join repairer with mypyc (see cleaners/_accelerated.py).

Everything else about the package is in pyproject.toml. The compiled modules
are optional: without a C compiler, or with NEWSCLEAN_PURE_PYTHON=1 at install
time, the package installs as pure Python and behaves the same, slower.
"""

import os

from setuptools import setup

#: Compiled, in this order of dependence (cleaners._accelerated.COMPILED).
JOIN_MODULES = [
    "cleaners/wordtables.py",
    "cleaners/joins_lexicon.py",
    "cleaners/joins_marks.py",
    "cleaners/joins_candidates.py",
    "cleaners/joins_wraps.py",
    "cleaners/joins.py",
]


def compiled_join_modules() -> list:
    if os.environ.get("NEWSCLEAN_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify

        extensions = mypycify(
            [
                # the isolated build environment has none of the runtime
                # dependencies: their types are not needed to compile
                "--ignore-missing-imports",
                "--follow-imports=silent",
                "--no-warn-unused-ignores",
                *JOIN_MODULES,
            ],
            opt_level="3",
        )
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        print(f"newsclean: join repairer left uncompiled ({error})")
        return []
    for extension in extensions:
        extension.optional = True  # a failing C compiler leaves pure Python
    return extensions


setup(ext_modules=compiled_join_modules())
