"""Training mode's pure part: the case format, its checks, and the sections of the clinical
ground that a case's reasons cite."""
