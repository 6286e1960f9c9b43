"""Where the bundled data lives (instruments, resources: translations, fonts, directory...),
and where the clinic's data folder is.

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


TRAINING_SUFFIX = "-training"


def default_training_dir(data_dir: Path) -> Path:
    """Training's folder unless ``--training-dir`` says otherwise: beside the clinic's data
    folder, its name with ``-training`` after it (never inside it)."""
    return data_dir.with_name(data_dir.name + TRAINING_SUFFIX)


def default_data_dir(machine_folder: str | None = None, *, read_machine: bool = True) -> Path:
    """The clinic's data folder unless ``--data-dir`` says otherwise: ``TRYGSTART_DATA_DIR``,
    else the machine settings' ``data_folder`` (``machine_folder`` when the caller has read
    them; raises ``MachineConfigError`` when they are not valid), else the platform's per-user
    data folder for TrygStart (the GUI, ``admin`` and ``selftest`` agree)."""
    override = os.environ.get("TRYGSTART_DATA_DIR")
    if override:
        return Path(override)
    if machine_folder is None and read_machine:
        from screening_app.machine.reader import read_machine_config

        machine_folder = read_machine_config().settings.data_folder
    if machine_folder:
        return Path(machine_folder)
    import platformdirs

    return Path(platformdirs.user_data_dir("TrygStart", appauthor=False))
