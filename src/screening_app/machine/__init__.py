"""The machine-wide settings that clinic IT sets for a workstation (read-only in the app).

One TOML file per machine (``/etc/trygstart/trygstart.toml`` on Linux,
``%ProgramData%\\TrygStart\\trygstart.toml`` on Windows; ``TRYGSTART_MACHINE_CONFIG`` names
another file, for tests and odd installs) and, on Windows, the same keys as values under
``HKLM\\SOFTWARE\\TrygStart`` (the MSI's properties land there; they override the file's key by
key). One reader for both (``read_machine_config``): validated by pydantic, every problem as
``file:line: key: message``. What the values limit is decided in ``domain.layers``.
"""

from screening_app.machine.model import KEYS, MachineSettings
from screening_app.machine.reader import (
    MachineConfig,
    MachineConfigError,
    machine_config_path,
    read_machine_config,
)

__all__ = [
    "KEYS",
    "MachineConfig",
    "MachineConfigError",
    "MachineSettings",
    "machine_config_path",
    "read_machine_config",
]
