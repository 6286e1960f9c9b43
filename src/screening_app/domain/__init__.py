"""Pure domain: instruments, answer sessions, scoring, pathway rules. No I/O, no Qt, no SQL."""
