"""Where the bundled data lives: instruments, resources (translations, fonts, directory...).

In an installed wheel the data is inside the package (``screening_app/_data``); in a source
checkout (editable install, tests) it is at the repository root. ``TRYGSTART_RESOURCES`` and
``TRYGSTART_QUESTIONNAIRES`` override both (used by installers and tests).
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _locate(env_var: str, name: str) -> Path:
    override = os.environ.get(env_var)
    if override:
        return Path(override)
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parents[1] / name


def questionnaires_dir() -> Path:
    """The directory holding the bundled instrument files (``*.yaml``) and ``schema.json``."""
    return _locate("TRYGSTART_QUESTIONNAIRES", "questionnaires")


def resources_dir() -> Path:
    """The directory holding translations, fonts, icons, the services directory, training cases."""
    return _locate("TRYGSTART_RESOURCES", "resources")
