"""The machine settings' keys as values under ``HKLM\\SOFTWARE\\TrygStart`` (Windows only).

The MSI writes its public properties there (``DATADIR`` -> ``data_folder``...); regions may set
the same values with Group Policy preferences. Only the 64-bit view is read. Values are handed
to the same validation as the file's (``reader.read_machine_config``).

Not exercised on a Windows machine yet (none is available to the project's CI); the mapping of
registry values to settings is tested through ``reader`` with a fake source.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

SUBKEY = "SOFTWARE\\TrygStart"


if sys.platform == "win32":

    def read_hklm() -> Mapping[str, object] | None:
        """The values under ``HKLM\\SOFTWARE\\TrygStart``, or None when there is no such key."""
        import winreg

        try:
            key = winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE, SUBKEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY
            )
        except FileNotFoundError:
            return None
        values: dict[str, object] = {}
        with key:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(key, index)
                except OSError:
                    break
                if name:  # the key's default value has no name and means nothing here
                    values[name] = value
                index += 1
        return values

else:

    def read_hklm() -> Mapping[str, object] | None:
        """No registry here."""
        return None
