"""The questionnaire runner: renders any instrument the engine loads, one item at a time."""
