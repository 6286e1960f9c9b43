"""Training mode's screens: the band, the name, the cases, the case panel over the real
screens, the debrief, the trainer's overview (``flow.TrainingFlow`` ties them together)."""
