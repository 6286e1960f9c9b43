"""Reading data files (YAML) with positions kept, and errors as ``file:line:col: path: message``."""
