"""Where the machine settings file is: light enough for the first window (no pydantic)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "TRYGSTART_MACHINE_CONFIG"
FILE_NAME = "trygstart.toml"
LINUX_PATH = Path("/etc/trygstart") / FILE_NAME


def machine_config_path(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> Path:
    """``TRYGSTART_MACHINE_CONFIG``, else the platform's place for machine-wide settings."""
    env = os.environ if environ is None else environ
    override = env.get(ENV_VAR)
    if override:
        return Path(override)
    if (platform or sys.platform) == "win32":
        base = env.get("ProgramData") or env.get("PROGRAMDATA") or "C:\\ProgramData"
        return Path(base) / "TrygStart" / FILE_NAME
    return LINUX_PATH
