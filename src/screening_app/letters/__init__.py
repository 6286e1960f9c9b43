"""Printed documents (reportlab): content in, PDF bytes out. Never writes files."""
