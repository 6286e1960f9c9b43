"""Instrument I/O: YAML instruments, FHIR R4 Questionnaire import and export, the catalog."""
