"""The support-services directory: bundled national entries and the clinic's own."""
