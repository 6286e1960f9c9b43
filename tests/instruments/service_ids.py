"""The service ids instruments may refer to: those in the bundled services directory."""

from __future__ import annotations

from screening_app.directory import load_directory
from screening_app.paths import resources_dir

DIRECTORY_SERVICE_IDS: frozenset[str] = load_directory(resources_dir() / "services").ids()
