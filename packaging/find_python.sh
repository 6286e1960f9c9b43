#!/usr/bin/env bash
# Print the Python that packaged builds use: 3.12 or later where the build machine has one
# (on 3.11 PySide6 6.12 needs the refcount guard; packaged builds do not take that risk).
# Looks on PATH, then in pyenv's versions; falls back to python3 (3.11) with a warning.
set -u
candidates=(python3.12 python3.13)
for root in "${PYENV_ROOT:-$HOME/.pyenv}" /root/.pyenv; do
    for dir in "$root"/versions/3.12* "$root"/versions/3.13*; do
        [ -d "$dir" ] && candidates+=("$dir/bin/python3")
    done
done
for python in "${candidates[@]}"; do
    if "$python" -c 'import sys, sysconfig, venv; sys.exit(0 if sys.version_info >= (3, 12) and sysconfig.get_config_var("Py_ENABLE_SHARED") else 1)' >/dev/null 2>&1; then
        command -v "$python"
        exit 0
    fi
done
echo "find_python: no Python 3.12+ with a shared libpython here; building with python3" >&2
command -v python3
