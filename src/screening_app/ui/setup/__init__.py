"""First start: the setup wizard and printing the recovery key."""
