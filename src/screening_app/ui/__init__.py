"""The PySide6 screens. No business rule lives here."""
