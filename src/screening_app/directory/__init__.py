"""The support-services directory: bundled national entries and the clinic's own."""

from screening_app.directory.editing import (
    FieldProblem,
    clinic_yaml,
    entry_data,
    remove,
    save_clinic_entries,
    upsert,
    validate_clinic_entries,
    validate_entry,
    verified_today,
)
from screening_app.directory.loader import (
    load_directory,
    parse_clinic_text,
    read_bundled,
    read_clinic_file,
)

__all__ = [
    "FieldProblem",
    "clinic_yaml",
    "entry_data",
    "load_directory",
    "parse_clinic_text",
    "read_bundled",
    "read_clinic_file",
    "remove",
    "save_clinic_entries",
    "upsert",
    "validate_clinic_entries",
    "validate_entry",
    "verified_today",
]
