"""Run a big sort and watch SQLITE_TMPDIR for temporary files (security.md check 5).

    python -m tests.storage.temp_probe DB_PATH TMPDIR MEMORY|FILE

Prints the number of distinct temporary files seen open in TMPDIR during the query (SQLite
unlinks its temp files at once, so they are found through /proc/self/fd while the query runs).
"""

from __future__ import annotations

import sys
from pathlib import Path

from screening_app.storage.connection import open_connection

KEY = bytes(range(5, 37))


def main() -> int:
    path, tmpdir, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    connection = open_connection(path, KEY, create=True)
    if mode == "FILE":
        connection.execute("PRAGMA temp_store = FILE")  # the positive control
    connection.execute("PRAGMA cache_size = 20")  # force the sorter to spill
    connection.execute("CREATE TABLE IF NOT EXISTS big (x TEXT)")
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO big VALUES (?)", ((f"{n:08d}-" + "x" * 200,) for n in range(20_000))
    )
    connection.execute("COMMIT")
    seen: set[str] = set()

    def watch() -> int:
        for fd in Path("/proc/self/fd").iterdir():
            try:
                target = str(fd.readlink())
            except OSError:
                continue
            if target.startswith(tmpdir):
                seen.add(target)
        return 0

    connection.set_progress_handler(watch, 1000)
    connection.execute("SELECT x FROM big ORDER BY substr(x, 5) DESC").fetchall()
    connection.execute("SELECT DISTINCT substr(x, 3) FROM big").fetchall()
    connection.set_progress_handler(None, 0)
    connection.close()
    print(len(seen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
