"""Encrypted storage (SQLCipher). SQL lives nowhere else."""
