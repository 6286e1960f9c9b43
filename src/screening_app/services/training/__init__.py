"""Training mode's use cases, Qt-free: the cases, a case played through the engine, the
debrief, the training database's runs and the trainer's overview."""
