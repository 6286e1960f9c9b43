"""Use cases the screens call (Qt-free, so every flow is testable without a window)."""
