"""The machine-wide settings that clinic IT sets for a workstation (read-only in the app).

One TOML file per machine (``/etc/trygstart/trygstart.toml`` on Linux,
``%ProgramData%\\TrygStart\\trygstart.toml`` on Windows; ``TRYGSTART_MACHINE_CONFIG`` names
another file, for tests and odd installs) and, on Windows, the same keys as values under
``HKLM\\SOFTWARE\\TrygStart`` (the MSI's properties land there; they override the file's key by
key). One reader for both (``read_machine_config``): validated by pydantic, every problem as
``file:line: key: message``. What the values limit is decided in ``domain.layers``.
"""
# Nothing is imported here: the first window needs ``location`` without pydantic. Import from
# the modules: ``location`` (where the file is), ``model`` (the keys), ``reader`` (the reader).
