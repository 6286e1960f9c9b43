"""The person's own data (GDPR art. 15-17): her copy as PDF, JSON or FHIR, with the access
log about her, and her requests for correction or erasure with what was decided."""
