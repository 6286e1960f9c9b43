"""The result of a questionnaire and what to do now."""
