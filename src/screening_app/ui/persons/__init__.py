"""Finding, registering and reading about a person."""
