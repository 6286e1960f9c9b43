"""Screens for those who oversee the clinic's work: statistics (administrators and leaders),
the access log and its spot checks. None of them shows a person's data."""
