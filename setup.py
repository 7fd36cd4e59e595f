"""Build hook: compile Qt Linguist translations before the package is assembled.

Everything else about the package lives in pyproject.toml.  The .qm files are build
outputs (git-ignored); building them here means a wheel, an sdist install and an
editable checkout all carry up-to-date translations without a manual step.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent / "scripts"))
from build_translations import compile_translations


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


# Code packages come from src/; the two data packages are mapped from top-level
# folders in pyproject's package-dir, so they are listed here by name.
setup(
    packages=[*find_packages("src"), "moatdesk.resources", "moatdesk.translations"],
    cmdclass={"build_py": BuildPyWithTranslations},
)
